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

/** A rectangle on screen, in CSS pixels from the canvas's top-left corner. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A cut never leaves the free area narrower or lower than this share of the
 * canvas: a panel that would take more is drawn over rather than avoided.
 */
export const MIN_FREE_SHARE = 0.5;

/**
 * The part of a `width` × `height` canvas that `covers` (the legend, the
 * details card, the camera buttons… measured on screen) leave free: each
 * cover that reaches into the free area is cut away from the side that
 * keeps the most area, largest cover first, so a strip along the bottom
 * takes the bottom and a card along the right the right.
 */
export function freeArea(canvas: { width: number; height: number }, covers: readonly Rect[]): Rect {
  let left = 0;
  let top = 0;
  let right = canvas.width;
  let bottom = canvas.height;
  const minWidth = canvas.width * MIN_FREE_SHARE;
  const minHeight = canvas.height * MIN_FREE_SHARE;
  const largestFirst = [...covers].sort((a, b) => b.width * b.height - a.width * a.height);
  for (const cover of largestFirst) {
    const coverRight = cover.x + cover.width;
    const coverBottom = cover.y + cover.height;
    // Only what reaches into the free area needs avoiding.
    if (cover.x >= right || coverRight <= left || cover.y >= bottom || coverBottom <= top) continue;
    const cuts = [
      { left: Math.max(left, coverRight), top, right, bottom },
      { left, top, right: Math.min(right, cover.x), bottom },
      { left, top: Math.max(top, coverBottom), right, bottom },
      { left, top, right, bottom: Math.min(bottom, cover.y) },
    ].filter((cut) => cut.right - cut.left >= minWidth && cut.bottom - cut.top >= minHeight);
    let best: (typeof cuts)[number] | null = null;
    for (const cut of cuts) {
      const area = (cut.right - cut.left) * (cut.bottom - cut.top);
      if (best === null || area > (best.right - best.left) * (best.bottom - best.top)) best = cut;
    }
    if (best !== null) ({ left, top, right, bottom } = best);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * Sigma's camera ratio that fits `box` into a free area of `free` pixels,
 * given the extent sigma normalises the graph to and `pixelsPerUnit`, how
 * many pixels one unit of sigma's normalised frame spans at ratio 1 (the
 * canvas's smaller side less sigma's stage padding, times its correction
 * ratio for the screen's shape).
 */
export function cameraRatio(
  box: Box,
  extent: { x: [number, number]; y: [number, number] },
  free: { width: number; height: number },
  pixelsPerUnit: number,
): number {
  const graphSide = Math.max(extent.x[1] - extent.x[0], extent.y[1] - extent.y[0]) || 1;
  const width = box.maxX - box.minX || graphSide;
  const height = box.maxY - box.minY || graphSide;
  // The box's side that runs out of free area first decides.
  const share = Math.max(width / Math.max(free.width, 1), height / Math.max(free.height, 1));
  return (share * pixelsPerUnit) / graphSide / FRAME_FILL;
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
