// The map's read-only test hook.
//
// End-to-end tests drive the real window through WebDriver, which cannot see
// inside a WebGL canvas. So the canvas publishes what it draws as
// `window.__bridgeworkMap`:
//
//   window.__bridgeworkMap.nodes(): MapTestNode[]
//   window.__bridgeworkMap.edges(): MapTestEdge[]
//   window.__bridgeworkMap.timings(): MapTimings
//   window.__bridgeworkMap.freeArea(): Rect
//   window.__bridgeworkMap.keyboardFocus(): string | null (the node the keyboard reached)
//
// A test finds a node's screen position there to hover, click, double-click
// or drag it. The hook only reads: nothing it returns changes the map, and it
// holds nothing the canvas does not already show.
import type { Coordinates, EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { Rect } from './camera';
import type { Emphasis } from './emphasis';
import type { MapGraph } from './scene-graph';

export interface MapTestNode {
  key: string;
  kind: string;
  /** The node's name (without a marked person's symbol). */
  label: string;
  /** A person's marks (`only-contact`, `cut-point`), most urgent first. */
  marks: string[];
  /** The node it was opened from (a team's organisation, a person's team), if any. */
  parent: string | null;
  /** Position in layout units (what `placeNode` saves). */
  x: number;
  y: number;
  /** Centre in CSS pixels from the canvas's top-left corner. */
  viewportX: number;
  viewportY: number;
  /** Centre in CSS pixels from the window's top-left corner, for pointer actions. */
  clientX: number;
  clientY: number;
  /** Disc radius on screen, in CSS pixels. */
  size: number;
  hidden: boolean;
  /** Selected or a search hit: drawn with its label in a box. */
  highlighted: boolean;
  /** Outside the focused neighbourhood. */
  dimmed: boolean;
  /** Its label was drawn in the last frame (labels that would overlap are left out). */
  labelled: boolean;
}

export interface MapTestEdge {
  key: string;
  source: string;
  target: string;
  category: string | null;
  ties: number;
  /** Between two people: their ties are a bridge. */
  bridge: boolean;
  /** The edge program: `line`, or its pattern (`dashed`, `dotted`…). */
  type: string;
  color: string;
  hidden: boolean;
  dimmed: boolean;
}

/**
 * When the canvas last took a new scene and last drew a frame, in the page's
 * `performance.now()` milliseconds: a frame drawn after the scene was taken
 * shows it completely. For benchmarks of the real window.
 */
export interface MapTimings {
  sceneApplied: number;
  rendered: number;
}

export interface MapTestHook {
  nodes(): MapTestNode[];
  edges(): MapTestEdge[];
  timings(): MapTimings;
  /** The part of the canvas nothing floats over, where new views are framed (viewport pixels). */
  freeArea(): Rect;
  keyboardFocus(): string | null;
}

/** The parts of a sigma renderer the hook reads. */
export interface HookRenderer {
  getGraph(): MapGraph;
  getContainer(): HTMLElement;
  getNodeDisplayData(key: string): NodeDisplayData | undefined;
  getEdgeDisplayData(key: string): EdgeDisplayData | undefined;
  graphToViewport(point: Coordinates): Coordinates;
  scaleSize(size?: number): number;
}

declare global {
  interface Window {
    __bridgeworkMap?: MapTestHook;
  }
}

export function createTestHook(
  renderer: HookRenderer,
  emphasis: () => Emphasis,
  timings: () => MapTimings,
  freeArea: () => Rect,
  labelled: () => ReadonlySet<string>,
  keyboardFocus: () => string | null = () => null,
): MapTestHook {
  return {
    timings: () => ({ ...timings() }),
    freeArea,
    keyboardFocus,
    nodes() {
      const graph = renderer.getGraph();
      const { focus } = emphasis();
      const drawn = labelled();
      const frame = renderer.getContainer().getBoundingClientRect();
      return graph.mapNodes((key, attributes) => {
        const shown = renderer.getNodeDisplayData(key);
        const at = renderer.graphToViewport({ x: attributes.x, y: attributes.y });
        return {
          key,
          kind: attributes.kind,
          label: attributes.name,
          marks: attributes.marks.map((mark) => mark.kind),
          parent: attributes.parent,
          x: attributes.x,
          y: attributes.y,
          viewportX: at.x,
          viewportY: at.y,
          clientX: frame.left + at.x,
          clientY: frame.top + at.y,
          size: renderer.scaleSize(shown?.size ?? attributes.size),
          hidden: shown?.hidden ?? true,
          highlighted: shown?.highlighted ?? false,
          dimmed: focus !== null && !focus.has(key),
          labelled: drawn.has(key),
        };
      });
    },
    edges() {
      const graph = renderer.getGraph();
      const { focus } = emphasis();
      return graph.mapEdges((key, attributes, source, target) => {
        const shown = renderer.getEdgeDisplayData(key);
        return {
          key,
          source,
          target,
          category: attributes.category,
          ties: attributes.ties,
          bridge: attributes.bridge,
          type: attributes.type,
          color: shown?.color ?? attributes.color,
          hidden: shown?.hidden ?? true,
          dimmed: focus !== null && !(focus.has(source) && focus.has(target)),
        };
      });
    },
  };
}

/** Publishes the hook on `window`; returns what takes it down again. */
export function installTestHook(hook: MapTestHook): () => void {
  window.__bridgeworkMap = hook;
  return () => {
    if (window.__bridgeworkMap === hook) delete window.__bridgeworkMap;
  };
}
