// The weak-link categories as every part of the UI shows them: one label, one
// plain-words meaning and one colour each, shared by the panels, the legend and
// the map canvas so a category looks the same everywhere.
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
    colour: token('category-missing'),
  },
  'indirect-only': {
    label: 'Indirect only',
    meaning: 'Nobody knows anyone on the other side directly, but someone could introduce them.',
    colour: token('category-indirect-only'),
  },
  'single-point-of-failure': {
    label: 'Single point of failure',
    meaning: 'Every direct contact goes through one person: if they leave, the link is gone.',
    colour: token('category-single-point-of-failure'),
  },
  stale: {
    label: 'Stale',
    meaning: 'They know each other, but nobody has been in contact recently.',
    colour: token('category-stale'),
  },
  thin: {
    label: 'Thin',
    meaning: 'Only two independent relationships, or only weak ones.',
    colour: token('category-thin'),
  },
  'top-heavy': {
    label: 'Top-heavy',
    meaning: 'Only senior staff know each other; the people doing the work do not.',
    colour: token('category-top-heavy'),
  },
  healthy: {
    label: 'Healthy',
    meaning: 'Several independent, recent relationships at more than one level.',
    colour: token('category-healthy'),
  },
};

/** The style of `category`; an unknown value (a newer backend) reads as itself in grey. */
export function categoryStyle(category: Category): CategoryStyle {
  return (
    CATEGORY_STYLES[category] ?? {
      label: String(category),
      meaning: '',
      colour: token('muted'),
    }
  );
}
