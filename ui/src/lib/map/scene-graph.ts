// The graphology graph the canvas draws, kept in step with the backend's
// scenes by key: a new scene adds, updates and removes only what changed, so
// the graph (and the camera looking at it) is never rebuilt from nothing.
import Graph from 'graphology';
import type { Category, CategoryCount, NodeKind, PersonMark, Scene, SceneEdge, SceneNode } from '../ipc';
import { CATEGORY_EDGE_PIXELS, edgeStyle, internalTieStyle, type EdgeProgram, type EdgeStyle } from './edge-style';
import { nodeColour, nodePixelSize } from './node-style';
import { BRIDGE_EDGE_COLOUR, markStyle, markedLabel } from './person-marks';

/** A node as the graph holds it: sigma's display attributes, then the scene's. */
export interface MapNodeAttributes {
  /** Position in layout units, shared by every level. */
  x: number;
  y: number;
  /** Disc size in pixels (sigma's `size`). */
  size: number;
  color: string;
  /** What sigma draws beside the disc: the name, after a marked person's symbol. */
  label: string;
  /** The node's name as the scene gives it. */
  name: string;
  /** `marked` (a ring round the disc, see MapCanvas) for a marked person, else sigma's default `circle`. */
  type: 'circle' | 'marked';
  /** The ring's colour: the most urgent mark's; unused by a plain disc. */
  ringColor: string;
  zIndex: number;
  kind: NodeKind;
  id: string;
  subtitle: string;
  organisation: string;
  parent: string | null;
  /** The node's disc in layout units, to frame it with the camera. */
  radius: number;
  /** The size metric's value. */
  metric: number;
  people: number;
  expandable: boolean;
  pinned: boolean;
  /**
   * Organisations and teams always reach the label drawer, which decides
   * which of them fit (label-placement.ts); people's labels go through
   * sigma's label grid first.
   */
  forceLabel: boolean;
  /** Why a person matters to the links between teams, most urgent first. */
  marks: PersonMark[];
}

/** An edge as the graph holds it: sigma's display attributes, then the scene's. */
export interface MapEdgeAttributes {
  size: number;
  color: string;
  type: EdgeProgram;
  zIndex: number;
  /** The category's symbol, drawn on the line (sigma's edge label). */
  label: string;
  ties: number;
  strength: number;
  latestContact: string | null;
  category: Category | null;
  reason: string | null;
  /** The partner-team links under an edge to a closed organisation, by category. */
  partnerLinks: CategoryCount[];
  /** Between two people: their ties are the only route between two parts of the network. */
  bridge: boolean;
}

export type MapGraph = Graph<MapNodeAttributes, MapEdgeAttributes>;

/** An empty map graph: one undirected edge per pair of nodes, as scenes have. */
export function createMapGraph(): MapGraph {
  return new Graph<MapNodeAttributes, MapEdgeAttributes>({ type: 'undirected', multi: false, allowSelfLoops: false });
}

/** How many nodes and edges a scene added, updated and removed. */
export interface SceneChanges {
  added: number;
  updated: number;
  removed: number;
}

export function nodeAttributes(node: SceneNode, maxSize: number): MapNodeAttributes {
  return {
    x: node.x,
    y: node.y,
    size: nodePixelSize(node.kind, node.size, maxSize),
    color: nodeColour(node.colour),
    label: markedLabel(node.label, node.marks),
    name: node.label,
    type: node.marks.length > 0 ? 'marked' : 'circle',
    ringColor: node.marks.length > 0 ? markStyle(node.marks[0].kind).colour : '',
    // A marked person is drawn over their neighbours, as weak links are over plain ties.
    zIndex: node.marks.length > 0 ? 1 : 0,
    kind: node.kind,
    id: node.id,
    subtitle: node.subtitle,
    organisation: node.organisation,
    parent: node.parent,
    radius: node.radius,
    metric: node.size,
    people: node.people,
    expandable: node.expandable,
    pinned: node.pinned,
    forceLabel: node.kind !== 'person',
    marks: node.marks,
  };
}

export function edgeAttributes(edge: SceneEdge, style: EdgeStyle): MapEdgeAttributes {
  // A bridge with no category of its own stands out from the quiet grey ties, without a symbol.
  const bridge = edge.bridge && edge.category === null ? { color: BRIDGE_EDGE_COLOUR, size: Math.max(style.size, CATEGORY_EDGE_PIXELS), zIndex: 1 } : {};
  return {
    ...style,
    ...bridge,
    ties: edge.ties,
    strength: edge.strength,
    latestContact: edge.latest_contact,
    category: edge.category,
    reason: edge.reason,
    partnerLinks: edge.partner_links,
    bridge: edge.bridge,
  };
}

/** The strongest edge's summed strength: edge widths are relative to it. */
export function maxStrength(edges: readonly SceneEdge[]): number {
  let max = 0;
  for (const edge of edges) if (edge.strength > max) max = edge.strength;
  return max;
}

/** Whether `edge` joins two teams of the same organisation (both already in `graph`). */
function isBetweenTeamsOfOneOrganisation(graph: MapGraph, edge: SceneEdge): boolean {
  if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) return false;
  const source = graph.getNodeAttributes(edge.source);
  const target = graph.getNodeAttributes(edge.target);
  return source.kind === 'team' && target.kind === 'team' && source.organisation === target.organisation;
}

/**
 * Makes `graph` hold exactly `scene`, by key. Every step is linear in the
 * scene and the graph; the caller batches the redraw (see MapCanvas).
 */
export function applyScene(graph: MapGraph, scene: Scene): SceneChanges {
  const changes: SceneChanges = { added: 0, updated: 0, removed: 0 };

  const nodeKeys = new Set<string>();
  for (const node of scene.nodes) nodeKeys.add(node.key);
  const edgeKeys = new Set<string>();
  for (const edge of scene.edges) edgeKeys.add(edge.key);

  // Dropping a node drops its edges too, so nodes go first and edges are
  // counted as the graph reports them before and after.
  const edgesBefore = graph.size;
  const goneNodes = graph.filterNodes((key) => !nodeKeys.has(key));
  for (const key of goneNodes) graph.dropNode(key);
  const goneEdges = graph.filterEdges((key) => !edgeKeys.has(key));
  for (const key of goneEdges) graph.dropEdge(key);
  changes.removed = goneNodes.length + (edgesBefore - graph.size);

  for (const node of scene.nodes) {
    const attributes = nodeAttributes(node, scene.max_size);
    if (graph.hasNode(node.key)) {
      graph.replaceNodeAttributes(node.key, attributes);
      changes.updated += 1;
    } else {
      graph.addNode(node.key, attributes);
      changes.added += 1;
    }
  }

  const strongest = maxStrength(scene.edges);
  for (const edge of scene.edges) {
    const internal = isBetweenTeamsOfOneOrganisation(graph, edge);
    const attributes = edgeAttributes(edge, internal ? internalTieStyle(edge, strongest) : edgeStyle(edge, strongest));
    if (graph.hasEdge(edge.key)) {
      graph.replaceEdgeAttributes(edge.key, attributes);
      changes.updated += 1;
    } else if (nodeKeys.has(edge.source) && nodeKeys.has(edge.target)) {
      graph.addUndirectedEdgeWithKey(edge.key, edge.source, edge.target, attributes);
      changes.added += 1;
    }
  }
  return changes;
}
