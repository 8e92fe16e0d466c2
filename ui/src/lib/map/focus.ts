// Focus on one node's neighbourhood: the nodes within a few steps of it on
// the visible map. Everything else is dimmed by the reducers (emphasis.ts).
import type Graph from 'graphology';

/** The most steps the focus reaches: beyond three, most maps are all neighbourhood. */
export const MAX_FOCUS_HOPS = 3;

/**
 * The nodes at most `hops` steps from `start` along the graph's edges,
 * `start` included, by breadth-first search: linear in what it reaches.
 * Null when there is nothing to focus on (no hops, or `start` is not shown).
 */
export function neighbourhood(graph: Graph, start: string, hops: number): Set<string> | null {
  if (hops <= 0 || !graph.hasNode(start)) return null;
  const limit = Math.min(hops, MAX_FOCUS_HOPS);
  const reached = new Set<string>([start]);
  let frontier = [start];
  for (let step = 0; step < limit && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (neighbour) => {
        if (!reached.has(neighbour)) {
          reached.add(neighbour);
          next.push(neighbour);
        }
      });
    }
    frontier = next;
  }
  return reached;
}
