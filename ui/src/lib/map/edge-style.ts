// How a map edge looks: its width from the strength of the ties it rolls up,
// and its colour, line pattern and symbol from its weak-link category, so a
// weak link stands out from the ordinary ties around it, in colour or not.
import type { Category } from '../ipc';
import { CATEGORY_ORDER, categoryStyle } from '../common/categories';
import { token } from '../common/palette';

/**
 * The sigma edge programs the map registers (see MapCanvas): `line` for
 * solid lines, `dashed` for a link with no tie and no category, and one per
 * category whose line is not solid, drawing its pattern.
 */
export type EdgeProgram = 'line' | 'dashed' | Category;

/** Every patterned program's name with its dashes, for MapCanvas to register. */
export const PATTERNED_PROGRAMS: readonly { program: EdgeProgram; dashes: readonly number[] }[] = [
  { program: 'dashed', dashes: categoryStyle('missing').dashes },
  ...CATEGORY_ORDER.filter((category) => categoryStyle(category).dashes.length > 0).map((category) => ({
    program: category,
    dashes: categoryStyle(category).dashes,
  })),
];

export interface EdgeStyle {
  color: string;
  /** Width in pixels at the default zoom. */
  size: number;
  type: EdgeProgram;
  /**
   * Drawing order: weak links above plain ties, so thousands of ties never
   * bury them, and the links that hang by a thread above the rest.
   */
  zIndex: number;
  /** The category's symbol, drawn on the line; empty for a plain tie. */
  label: string;
}

/** The thinnest and thickest ties drawn, in pixels. */
export const MIN_EDGE_PIXELS = 0.6;
export const MAX_EDGE_PIXELS = 6;
/** A categorised link is never thinner than this, so it reads as a finding. */
export const CATEGORY_EDGE_PIXELS = 2;
/** A link with no tie at all has no strength to show: one fixed, readable width. */
export const MISSING_EDGE_PIXELS = 3;

// Edge colours are opaque: sigma blends as if colours were premultiplied by
// their alpha, so a translucent colour would come out lighter than meant.

/** Plain ties (people, or a pair the weak-link report does not cover): a quiet grey. */
export const PLAIN_EDGE_COLOUR = token('edge');
/** What an edge outside the focused neighbourhood is drawn in: barely off the page colour. */
export const DIMMED_EDGE_COLOUR = token('edge-dimmed');

/**
 * The width for a summed tie strength when the strongest edge on the map has
 * `maxStrength`; like node sizes, it follows the square root so a few very
 * strong links do not flatten all the others.
 */
export function edgeWidth(strength: number, maxStrength: number): number {
  if (!(maxStrength > 0) || !(strength > 0)) return MIN_EDGE_PIXELS;
  const share = Math.min(strength / maxStrength, 1);
  return MIN_EDGE_PIXELS + (MAX_EDGE_PIXELS - MIN_EDGE_PIXELS) * Math.sqrt(share);
}

/** The categories whose links hang by a thread: drawn above the other categories. */
const URGENT: ReadonlySet<Category> = new Set<Category>(['missing', 'indirect-only', 'single-point-of-failure']);

/**
 * The full style of an edge. A categorised edge is drawn in its category's
 * colour, pattern and symbol at every level, whether or not it carries ties
 * (a missing link under a closed organisation's edge is dashed too); an edge
 * with no tie has no strength to show, so it takes one fixed width.
 */
export function edgeStyle(edge: { ties: number; strength: number; category: Category | null }, maxStrength: number): EdgeStyle {
  const width = edge.ties === 0 ? MISSING_EDGE_PIXELS : edgeWidth(edge.strength, maxStrength);
  if (edge.category === null) {
    return { color: PLAIN_EDGE_COLOUR, size: width, type: edge.ties === 0 ? 'dashed' : 'line', zIndex: 0, label: '' };
  }
  const style = categoryStyle(edge.category);
  return {
    color: style.colour,
    size: Math.max(width, CATEGORY_EDGE_PIXELS),
    type: style.dashes.length > 0 ? edge.category : 'line',
    zIndex: URGENT.has(edge.category) || edge.ties === 0 ? 2 : 1,
    label: style.symbol,
  };
}

/** Ties between two teams of one organisation: light, under everything in focus. */
export const INTERNAL_EDGE_COLOUR = token('edge-internal');
/** The widest an internal tie is drawn, whatever its strength. */
export const MAX_INTERNAL_EDGE_PIXELS = 1.2;

/**
 * The style of an edge between two teams of one organisation. At team level
 * these are most of the lines and almost all healthy; drawn thin and light,
 * below the partner links, they leave the links between organisations to be
 * followed. A categorised one (none today: categories rate partner pairs)
 * keeps its category's style.
 */
export function internalTieStyle(
  edge: { ties: number; strength: number; category: Category | null },
  maxStrength: number,
): EdgeStyle {
  const style = edgeStyle(edge, maxStrength);
  if (edge.category !== null) return style;
  return { ...style, color: INTERNAL_EDGE_COLOUR, size: Math.min(style.size, MAX_INTERNAL_EDGE_PIXELS), zIndex: -1 };
}
