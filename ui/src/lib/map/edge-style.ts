// How a map edge looks: its width from the strength of the ties it rolls up,
// and its colour and line from its weak-link category, so a weak link stands
// out from the ordinary ties around it.
import type { Category } from '../ipc';
import { categoryStyle } from '../common/categories';
import { token } from '../common/palette';

/** The sigma edge programs the map registers (see MapCanvas). */
export type EdgeProgram = 'line' | 'dashed';

export interface EdgeStyle {
  color: string;
  /** Width in pixels at the default zoom. */
  size: number;
  type: EdgeProgram;
  /** Drawing order: weak links above plain ties, so thousands of ties never bury them. */
  zIndex: number;
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

/** Whether a link is drawn dashed: it stands for ties that do not exist. */
export function isDashed(ties: number): boolean {
  return ties === 0;
}

/** The full style of an edge. */
export function edgeStyle(edge: { ties: number; strength: number; category: Category | null }, maxStrength: number): EdgeStyle {
  if (isDashed(edge.ties)) {
    return {
      color: edge.category === null ? PLAIN_EDGE_COLOUR : categoryStyle(edge.category).colour,
      size: MISSING_EDGE_PIXELS,
      type: 'dashed',
      zIndex: 2,
    };
  }
  const size = edgeWidth(edge.strength, maxStrength);
  if (edge.category === null) return { color: PLAIN_EDGE_COLOUR, size, type: 'line', zIndex: 0 };
  return {
    color: categoryStyle(edge.category).colour,
    size: Math.max(size, CATEGORY_EDGE_PIXELS),
    type: 'line',
    zIndex: 1,
  };
}
