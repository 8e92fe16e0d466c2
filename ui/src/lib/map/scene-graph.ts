// The graphology graph the canvas draws, kept in step with the backend's
// scenes by key: a new scene adds, updates and removes only what changed, so
// the graph (and the camera looking at it) is never rebuilt from nothing.
import Graph from 'graphology';
import type { Category, CategoryCount, NodeKind, Scene, SceneEdge, SceneNode } from '../ipc';
import { edgeStyle, internalTieStyle, type EdgeProgram, type EdgeStyle } from './edge-style';
import { nodeColour, nodePixelSize } from './node-style';

/** A node as the graph holds it: sigma's display attributes, then the scene's. */
export interface MapNodeAttributes {
  /** Position in layout units, shared by every level. */
  x: number;
  y: number;
  /** Disc size in pixels (sigma's `size`). */
  size: number;
  color: string;
  label: string;
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
    label: node.label,
    zIndex: 0,
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
  };
}

export function edgeAttributes(edge: SceneEdge, style: EdgeStyle): MapEdgeAttributes {
  return {
    ...style,
    ties: edge.ties,
    strength: edge.strength,
    latestContact: edge.latest_contact,
    category: edge.category,
    reason: edge.reason,
    partnerLinks: edge.partner_links,
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
