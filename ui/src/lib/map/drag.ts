// Dragging a node moves what was opened from it along with it (a team's
// people, an organisation's teams and their people), so the map looks while
// dragging as it will once the backend has laid it out around the new place.
import type { MapGraph } from './scene-graph';

/** Every node opened from `key`, at any depth, by the nodes' `parent` keys. Linear in the graph. */
export function descendantsOf(graph: MapGraph, key: string): string[] {
  const children = new Map<string, string[]>();
  graph.forEachNode((node, { parent }) => {
    if (parent === null) return;
    const siblings = children.get(parent);
    if (siblings === undefined) children.set(parent, [node]);
    else siblings.push(node);
  });
  const found: string[] = [];
  const stack = [key];
  while (stack.length > 0) {
    const next = children.get(stack.pop() as string);
    if (next === undefined) continue;
    for (const child of next) {
      found.push(child);
      stack.push(child);
    }
  }
  return found;
}

/** Moves `key` to (`x`, `y`) and `carried` by the same amount. */
export function moveWith(graph: MapGraph, key: string, carried: readonly string[], x: number, y: number): void {
  const from = graph.getNodeAttributes(key);
  const dx = x - from.x;
  const dy = y - from.y;
  if (dx === 0 && dy === 0) return;
  graph.mergeNodeAttributes(key, { x, y });
  for (const node of carried) {
    const at = graph.getNodeAttributes(node);
    graph.mergeNodeAttributes(node, { x: at.x + dx, y: at.y + dy });
  }
}
