// The weak-link categories as every part of the UI shows them: one label, one
// plain-words meaning, one colour, one line pattern and one symbol each,
// shared by the panels, the legend and the map canvas so a category looks the
// same everywhere, and no one needs to tell colours apart to read it. The
// colour, line and symbol are app.css's, which the exported picture reads too.
//
// The meanings are those of `Category::meaning` in
// crates/bridgework-core/src/weak_links/category.rs; keep the two in step.
import type { Category } from '../ipc';
import { token } from './palette';

export type { Category };

/** How one weak-link category reads and looks. */
export interface CategoryStyle {
  /** A short name for a badge or a legend: "Single point of failure". */
  label: string;
  /** What it means, in one plain sentence. */
  meaning: string;
  /**
   * `#rrggbb` (from app.css), dark enough that white text on it, and it on white or the
   * page background, keeps a contrast of at least 4.5:1.
   */
  colour: string;
  /**
   * Its line, so it reads without its colour: dash and gap lengths in CSS
   * pixels, alternating, dash first (an SVG `stroke-dasharray`); empty for solid.
   */
  dashes: readonly number[];
  /** A symbol beside its name and on its line: "①". */
  symbol: string;
}

/** A `--dashes-…` value of app.css as dash and gap lengths: "7 5" → [7, 5]; "none" → []. */
export function dashesOf(value: string): number[] {
  if (value === 'none') return [];
  const dashes = value.split(/\s+/).map(Number);
  if (dashes.length % 2 !== 0 || dashes.some((d) => !(d > 0))) {
    throw new Error(`a line is dash and gap lengths in pairs, each above 0, or none: "${value}"`);
  }
  return dashes;
}

/** A `--symbol-…` value of app.css without its quotes. */
function symbolOf(value: string): string {
  return value.replace(/^'(.*)'$/, '$1');
}

/** How `category` (`missing`, …) is drawn, from app.css's tokens of that name. */
function drawn(category: Category): Pick<CategoryStyle, 'colour' | 'dashes' | 'symbol'> {
  return {
    colour: token(`category-${category}`),
    dashes: dashesOf(token(`dashes-${category}`)),
    symbol: symbolOf(token(`symbol-${category}`)),
  };
}

/** Every category, most urgent first (the backend's order). */
export const CATEGORY_ORDER: readonly Category[] = [
  'missing',
  'indirect-only',
  'single-point-of-failure',
  'stale',
  'thin',
  'top-heavy',
  'healthy',
];

export const CATEGORY_STYLES: Record<Category, CategoryStyle> = {
  missing: {
    label: 'Missing',
    meaning: 'Nobody on either side knows anyone on the other, not even through one colleague.',
    ...drawn('missing'),
  },
  'indirect-only': {
    label: 'Indirect only',
    meaning: 'Nobody knows anyone on the other side directly, but someone could introduce them.',
    ...drawn('indirect-only'),
  },
  'single-point-of-failure': {
    label: 'Single point of failure',
    meaning: 'Every direct contact goes through one person: if they leave, the link is gone.',
    ...drawn('single-point-of-failure'),
  },
  stale: {
    label: 'Stale',
    meaning: 'They know each other, but nobody has been in contact recently.',
    ...drawn('stale'),
  },
  thin: {
    label: 'Thin',
    meaning: 'Only two independent relationships, or only weak ones.',
    ...drawn('thin'),
  },
  'top-heavy': {
    label: 'Top-heavy',
    meaning: 'Only senior staff know each other; the people doing the work do not.',
    ...drawn('top-heavy'),
  },
  healthy: {
    label: 'Healthy',
    meaning: 'Several independent, recent relationships at more than one level.',
    ...drawn('healthy'),
  },
};

/** The style of `category`; an unknown value (a newer backend) reads as itself in grey. */
export function categoryStyle(category: Category): CategoryStyle {
  return (
    CATEGORY_STYLES[category] ?? {
      label: String(category),
      meaning: '',
      colour: token('muted'),
      dashes: [],
      symbol: '?',
    }
  );
}

/** "5 single points of failure", "2 missing", "1 healthy": `links` links of `category`. */
export function linksInWords(category: Category, links: number): string {
  if (category === 'single-point-of-failure') {
    return `${links} ${links === 1 ? 'single point of failure' : 'single points of failure'}`;
  }
  return `${links} ${categoryStyle(category).label.toLowerCase()}`;
}

/**
 * What an edge to a closed organisation hides, in one line:
 * "12 partner team links: 5 single points of failure, 2 missing, 5 healthy".
 * Counts come most urgent first, as the backend orders them.
 */
export function hiddenLinksInWords(counts: readonly { category: Category; links: number }[]): string {
  const total = counts.reduce((sum, count) => sum + count.links, 0);
  const parts = counts.map(({ category, links }) => linksInWords(category, links));
  return `${total} partner team ${total === 1 ? 'link' : 'links'}: ${parts.join(', ')}`;
}
