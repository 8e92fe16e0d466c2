import { describe, expect, it } from 'vitest';
import type { SceneRequest } from '../ipc';
import { fixtureScene } from './fixture';
import { INTERNAL_EDGE_COLOUR, MAX_INTERNAL_EDGE_PIXELS, MISSING_EDGE_PIXELS } from './edge-style';
import { MAX_NODE_PIXELS } from './node-style';
import { applyScene, createMapGraph, maxStrength } from './scene-graph';

const request = (organisations: string[] = [], teams: string[] = []): SceneRequest => ({
  expanded_organisations: organisations,
  expanded_teams: teams,
  filters: { organisations: [], levels: [], tie_kinds: [], min_strength: 0, contact_within_days: null },
  size_by: 'people',
});

describe('applyScene', () => {
  it('draws ties between two teams of one organisation quietly, under the partner links', () => {
    const graph = createMapGraph();
    applyScene(graph, fixtureScene(request(['RVH', 'NBC', 'SAH'])));
    const internal = graph.getEdgeAttributes('team:RVH-ED|team:RVH-FRL');
    expect(internal.color).toBe(INTERNAL_EDGE_COLOUR);
    expect(internal.size).toBeLessThanOrEqual(MAX_INTERNAL_EDGE_PIXELS);
    const partner = graph.getEdgeAttributes('team:NBC-ASC|team:RVH-FRL');
    expect(partner.color).not.toBe(INTERNAL_EDGE_COLOUR);
    expect(internal.zIndex).toBeLessThan(partner.zIndex);
  });

  it('fills an empty graph with the scene', () => {
    const graph = createMapGraph();
    const scene = fixtureScene(request());
    const changes = applyScene(graph, scene);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(scene.edges.length);
    expect(changes).toEqual({ added: 3 + scene.edges.length, updated: 0, removed: 0 });
    const rvh = graph.getNodeAttributes('org:RVH');
    expect(rvh).toMatchObject({ kind: 'organisation', label: 'Riverside Hospitals NHS Trust', x: 0, y: 0, color: '#1d6b8f' });
    expect(rvh.radius).toBe(22);
  });

  it('sizes the largest node largest and keeps the metric beside the pixels', () => {
    const graph = createMapGraph();
    const scene = fixtureScene(request());
    applyScene(graph, scene);
    const largest = scene.nodes.reduce((a, b) => (b.size > a.size ? b : a));
    expect(graph.getNodeAttribute(largest.key, 'size')).toBe(MAX_NODE_PIXELS.organisation);
    expect(graph.getNodeAttribute(largest.key, 'metric')).toBe(largest.size);
  });

  it('updates by key when drilling in: the opened node goes, its teams come, the rest stay', () => {
    const graph = createMapGraph();
    applyScene(graph, fixtureScene(request()));
    const before = graph.getNodeAttributes('org:NBC');
    const changes = applyScene(graph, fixtureScene(request(['RVH'])));
    expect(graph.hasNode('org:RVH')).toBe(false);
    expect(graph.filterNodes((_k, a) => a.kind === 'team')).toEqual(['team:RVH-ED', 'team:RVH-DIS', 'team:RVH-FRL']);
    // Kept nodes keep their key and place.
    expect(graph.getNodeAttributes('org:NBC')).toMatchObject({ x: before.x, y: before.y });
    expect(changes.added).toBeGreaterThan(0);
    expect(changes.updated).toBeGreaterThan(0);
    expect(changes.removed).toBeGreaterThan(0);
  });

  it('puts the teams of an opened organisation inside its disc', () => {
    const graph = createMapGraph();
    applyScene(graph, fixtureScene(request(['RVH'])));
    graph.forEachNode((_key, attributes) => {
      if (attributes.parent === 'org:RVH') expect(Math.hypot(attributes.x, attributes.y)).toBeLessThan(22);
    });
  });

  it('returns to the same graph when backing out', () => {
    const graph = createMapGraph();
    applyScene(graph, fixtureScene(request()));
    const top = { nodes: graph.nodes(), edges: graph.edges() };
    applyScene(graph, fixtureScene(request(['RVH', 'SAH'], ['RVH-ED', 'SAH-XSS'])));
    expect(graph.hasNode('person:P11')).toBe(true);
    applyScene(graph, fixtureScene(request()));
    expect(graph.nodes().sort()).toEqual([...top.nodes].sort());
    expect(graph.edges().sort()).toEqual([...top.edges].sort());
  });

  it('keeps every edge of the scene, with its category and a dashed line when it has no tie', () => {
    const graph = createMapGraph();
    const scene = fixtureScene(request(['RVH', 'NBC']));
    applyScene(graph, scene);
    for (const edge of scene.edges) {
      expect(graph.hasEdge(edge.key)).toBe(true);
      expect(graph.source(edge.key) === edge.source || graph.target(edge.key) === edge.source).toBe(true);
    }
    const missing = graph.getEdgeAttributes('team:NBC-HSG|team:RVH-DIS');
    expect(missing).toMatchObject({ category: 'missing', ties: 0, type: 'missing', size: MISSING_EDGE_PIXELS, label: '✕' });
    expect(graph.getEdgeAttributes('team:NBC-ASC|team:RVH-DIS')).toMatchObject({ category: 'healthy', type: 'line' });
  });

  it('keeps names exactly as given', () => {
    const graph = createMapGraph();
    applyScene(graph, fixtureScene(request(['SAH'])));
    expect(graph.getNodeAttribute('team:SAH-XSS', 'label')).toBe('<img src=x onerror=alert(1)>');
  });

  it('ignores an edge whose end is not in the scene rather than failing', () => {
    const graph = createMapGraph();
    const scene = fixtureScene(request());
    scene.edges.push({
      key: 'org:GONE|org:RVH', source: 'org:GONE', target: 'org:RVH', ties: 1, strength: 1,
      latest_contact: null, category: null, reason: null, partner_links: [], bridge: false,
    });
    applyScene(graph, scene);
    expect(graph.hasEdge('org:GONE|org:RVH')).toBe(false);
  });
});

describe('maxStrength', () => {
  it('is the strongest edge, or 0 with none', () => {
    expect(maxStrength([])).toBe(0);
    expect(maxStrength(fixtureScene(request()).edges)).toBeGreaterThan(0);
  });
});
