// The map's legend: each weak-link category as the canvas draws it, with its
// meaning in plain words from the backend and how many links on the map
// currently fall in it.
import type { Category, CategoryMeaning, SceneEdge } from '../ipc';
import { categoryStyle } from '../common/categories';

export interface LegendEntry {
  category: Category;
  label: string;
  meaning: string;
  colour: string;
  /** Drawn dashed: the category means there is no direct tie. */
  dashed: boolean;
  /** Links on the map in this category now. */
  count: number;
}

// Categories that mean "no direct tie": their links carry no ties, so the
// canvas draws them dashed (see edge-style.ts).
const WITHOUT_TIES: ReadonlySet<Category> = new Set<Category>(['missing', 'indirect-only']);

/** The legend rows, in the backend's order (most urgent first). */
export function legendEntries(legend: readonly CategoryMeaning[], edges: readonly SceneEdge[]): LegendEntry[] {
  const counts = new Map<Category, number>();
  for (const edge of edges) {
    if (edge.category !== null) counts.set(edge.category, (counts.get(edge.category) ?? 0) + 1);
  }
  return legend.map(({ category, label, meaning }) => ({
    category,
    label,
    meaning,
    colour: categoryStyle(category).colour,
    dashed: WITHOUT_TIES.has(category),
    count: counts.get(category) ?? 0,
  }));
}
