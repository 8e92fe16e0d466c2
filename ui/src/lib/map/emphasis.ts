// What the map singles out — the selected node, a search hit, a focused
// neighbourhood — applied by sigma's reducers at draw time, so the graph's
// own attributes never change for it.
//
// Sigma calls the reducers for every node and edge whenever it re-indexes
// (after a scene or an emphasis change, not on camera moves). They are
// written for that: a set lookup and a few field writes on the copy sigma
// hands them, no allocation.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { DIMMED_EDGE_COLOUR } from './edge-style';
import { DIMMED_NODE_COLOUR } from './node-style';
import type { MapEdgeAttributes, MapGraph, MapNodeAttributes } from './scene-graph';

export interface Emphasis {
  /** Nodes in focus; the rest are dimmed. Null: the whole map is in focus. */
  focus: ReadonlySet<string> | null;
  /** The node whose details are open. */
  selected: string | null;
  /** The node a search led to. */
  highlighted: string | null;
}

export const noEmphasis: Emphasis = { focus: null, selected: null, highlighted: null };

// Sigma's label may be null (not drawn); the graph's never is.
type NodeData = Omit<MapNodeAttributes, 'label'> & Partial<NodeDisplayData>;
type EdgeData = MapEdgeAttributes & Partial<EdgeDisplayData>;

export interface Reducers {
  nodeReducer: (key: string, data: MapNodeAttributes) => Partial<NodeDisplayData>;
  edgeReducer: (key: string, data: MapEdgeAttributes) => Partial<EdgeDisplayData>;
}

/** Reducers that read the emphasis from `current` each time sigma re-indexes. */
export function createReducers(graph: MapGraph, current: () => Emphasis): Reducers {
  return {
    nodeReducer(key, attributes) {
      const data: NodeData = attributes;
      const { focus, selected, highlighted } = current();
      if (focus !== null && !focus.has(key)) {
        data.color = DIMMED_NODE_COLOUR;
        data.ringColor = DIMMED_NODE_COLOUR;
        data.label = null;
        data.zIndex = -1;
      } else if (key === selected || key === highlighted) {
        // Sigma draws highlighted nodes with their label in a box, on top.
        data.highlighted = true;
        data.forceLabel = true;
        data.zIndex = 2;
      }
      return data;
    },
    edgeReducer(key, attributes) {
      const data: EdgeData = attributes;
      const { focus } = current();
      // graph.source/target return the stored keys: no array per edge, unlike extremities().
      if (focus !== null && !(focus.has(graph.source(key)) && focus.has(graph.target(key)))) {
        data.color = DIMMED_EDGE_COLOUR;
        data.zIndex = -1;
      }
      return data;
    },
  };
}
