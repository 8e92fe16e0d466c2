// The map's legend: each weak-link category as the canvas draws it (colour,
// line pattern and symbol), with its meaning in plain words from the backend
// and how many partner links the map now stands for in it: an edge to a
// closed organisation counts every partner-team link under it, so a map of
// closed organisations says how many single points of failure it holds.
import type { Category, CategoryMeaning, SceneEdge } from '../ipc';
import { categoryStyle } from '../common/categories';

export interface LegendEntry {
  category: Category;
  label: string;
  meaning: string;
  colour: string;
  /** The line's dash and gap lengths in pixels (an SVG `stroke-dasharray`); empty for solid. */
  dashes: readonly number[];
  symbol: string;
  /** Partner links the map stands for in this category now. */
  count: number;
}

/** How many partner links each category holds among `edges`. */
export function linksByCategory(edges: readonly Pick<SceneEdge, 'category' | 'partner_links'>[]): Map<Category, number> {
  const counts = new Map<Category, number>();
  const add = (category: Category, links: number) => counts.set(category, (counts.get(category) ?? 0) + links);
  for (const edge of edges) {
    if (edge.partner_links.length > 0) edge.partner_links.forEach(({ category, links }) => add(category, links));
    else if (edge.category !== null) add(edge.category, 1);
  }
  return counts;
}

/** The legend rows, in the backend's order (most urgent first). */
export function legendEntries(legend: readonly CategoryMeaning[], edges: readonly SceneEdge[]): LegendEntry[] {
  const counts = linksByCategory(edges);
  return legend.map(({ category, label, meaning }) => {
    const style = categoryStyle(category);
    return {
      category,
      label,
      meaning,
      colour: style.colour,
      dashes: style.dashes,
      symbol: style.symbol,
      count: counts.get(category) ?? 0,
    };
  });
}
