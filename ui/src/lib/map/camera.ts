// Where the camera goes after a scene: nowhere (a filter changed), to the
// whole map, or to what a drill-in opened. Boxes are in layout units and
// cover each node's disc, so a node framed alone shows its whole disc.
import type { Scene } from '../ipc';
import type { MapGraph } from './scene-graph';

export type CameraIntent =
  /** Leave the camera where the person put it. */
  | { kind: 'keep' }
  /** A new map: show all of it at once and fix the coordinate frame to it. */
  | { kind: 'reset' }
  /** Show all of it, animated. */
  | { kind: 'fit' }
  /** Frame what the node `key` opened into. */
  | { kind: 'open'; key: string }
  /** Frame what the nodes `keys` opened into together (a partner link's two teams' people). */
  | { kind: 'open-all'; keys: string[] }
  /** Centre on the node `key` (a search hit) with its surroundings. */
  | { kind: 'centre'; key: string };

export interface Box {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** Centring on a person (radius 1) shows at least this much around them, in layout units. */
export const MIN_CENTRE_EXTENT = 24;
/** Framed content fills this share of the screen, leaving a margin. */
export const FRAME_FILL = 0.8;

/**
 * The box around the discs of `keys` that are on the map (or only their
 * centres, with `centres`); null if none are.
 */
export function discBox(graph: MapGraph, keys: Iterable<string>, centres = false): Box | null {
  let box: Box | null = null;
  for (const key of keys) {
    if (!graph.hasNode(key)) continue;
    const { x, y } = graph.getNodeAttributes(key);
    const radius = centres ? 0 : graph.getNodeAttribute(key, 'radius');
    if (box === null) box = { minX: x - radius, maxX: x + radius, minY: y - radius, maxY: y + radius };
    else {
      box.minX = Math.min(box.minX, x - radius);
      box.maxX = Math.max(box.maxX, x + radius);
      box.minY = Math.min(box.minY, y - radius);
      box.maxY = Math.max(box.maxY, y + radius);
    }
  }
  return box;
}

/** The nodes opened from `key`: a team's are its organisation's, a person's their team's. */
export function childrenOf(graph: MapGraph, key: string): string[] {
  return graph.filterNodes((_node, attributes) => attributes.parent === key);
}

/** The box the camera should frame for `intent`, or null to leave it. */
export function targetBox(graph: MapGraph, intent: CameraIntent): Box | null {
  switch (intent.kind) {
    case 'keep':
      return null;
    case 'reset':
    case 'fit':
      // The whole map by its nodes' centres: its discs are far larger than
      // the nodes are drawn, so framing them would leave a sparse map small.
      return discBox(graph, graph.nodes(), true);
    case 'open':
      return discBox(graph, childrenOf(graph, intent.key)) ?? discBox(graph, [intent.key]);
    case 'open-all':
      return discBox(graph, intent.keys.flatMap((key) => childrenOf(graph, key)));
    case 'centre': {
      const box = discBox(graph, [intent.key]);
      if (box === null) return null;
      const half = Math.max(box.maxX - box.minX, MIN_CENTRE_EXTENT) / 2;
      const x = (box.minX + box.maxX) / 2;
      const y = (box.minY + box.maxY) / 2;
      return { minX: x - half, maxX: x + half, minY: y - half, maxY: y + half };
    }
  }
}

/**
 * Sigma's camera ratio that fits `box` on screen, given the extent sigma
 * normalises the graph to and its correction ratio for the screen's shape
 * (the same reckoning as @sigma/utils' fitViewportToNodes, for a box).
 */
export function cameraRatio(
  box: Box,
  extent: { x: [number, number]; y: [number, number] },
  viewport: { width: number; height: number },
  correction: number,
): number {
  const graphWidth = extent.x[1] - extent.x[0] || 1;
  const graphHeight = extent.y[1] - extent.y[0] || 1;
  const width = box.maxX - box.minX || graphWidth;
  const height = box.maxY - box.minY || graphHeight;
  // The box's side that runs out of screen first decides.
  const side = height / width < viewport.height / viewport.width ? width : height;
  return ((side / Math.max(graphWidth, graphHeight)) * correction) / FRAME_FILL;
}

/** The extent to fix sigma's coordinate frame to: every disc on the map, so it holds whatever opens inside them. */
export function frameExtent(graph: MapGraph): { x: [number, number]; y: [number, number] } | null {
  const box = discBox(graph, graph.nodes());
  return box === null ? null : { x: [box.minX, box.maxX], y: [box.minY, box.maxY] };
}

/** What the canvas draws: a scene, and where the camera goes for it. */
export interface MapView {
  scene: Scene;
  camera: CameraIntent;
}
