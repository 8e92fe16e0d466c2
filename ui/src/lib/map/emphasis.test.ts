import { describe, expect, it } from 'vitest';
import { DIMMED_EDGE_COLOUR } from './edge-style';
import { createReducers, noEmphasis, type Emphasis } from './emphasis';
import { fixtureScene } from './fixture';
import { DIMMED_NODE_COLOUR } from './node-style';
import { applyScene, createMapGraph } from './scene-graph';

function setUp(emphasis: Emphasis) {
  const graph = createMapGraph();
  applyScene(
    graph,
    fixtureScene({
      expanded_organisations: [],
      expanded_teams: [],
      filters: { organisations: [], levels: [], tie_kinds: [], min_strength: 0, contact_within_days: null },
      size_by: 'people',
    }),
  );
  let current = emphasis;
  const reducers = createReducers(graph, () => current);
  // Sigma hands the reducers a shallow copy of the attributes, as here.
  const node = (key: string) => reducers.nodeReducer(key, { ...graph.getNodeAttributes(key) });
  const edge = (key: string) => reducers.edgeReducer(key, { ...graph.getEdgeAttributes(key) });
  return { graph, node, edge, set: (next: Emphasis) => (current = next) };
}

describe('reducers', () => {
  it('leave everything as it is with no emphasis', () => {
    const { graph, node, edge } = setUp(noEmphasis);
    expect(node('org:RVH')).toEqual(graph.getNodeAttributes('org:RVH'));
    expect(edge('org:NBC|org:RVH')).toEqual(graph.getEdgeAttributes('org:NBC|org:RVH'));
  });

  it('dim what is outside the focus and hide its labels', () => {
    const { node, edge } = setUp({ focus: new Set(['org:RVH', 'org:NBC']), selected: 'org:RVH', highlighted: null });
    expect(node('org:SAH')).toMatchObject({ color: DIMMED_NODE_COLOUR, ringColor: DIMMED_NODE_COLOUR, label: null, zIndex: -1 });
    expect(node('org:NBC').color).not.toBe(DIMMED_NODE_COLOUR);
    expect(edge('org:RVH|org:SAH')).toMatchObject({ color: DIMMED_EDGE_COLOUR, zIndex: -1 });
    expect(edge('org:NBC|org:RVH').color).not.toBe(DIMMED_EDGE_COLOUR);
  });

  it('single out the selected node and the search hit with a label on top', () => {
    const { node, set } = setUp({ focus: null, selected: 'org:RVH', highlighted: null });
    expect(node('org:RVH')).toMatchObject({ highlighted: true, forceLabel: true, zIndex: 2 });
    expect(node('org:NBC')).not.toHaveProperty('highlighted');
    set({ focus: null, selected: null, highlighted: 'org:NBC' });
    expect(node('org:NBC')).toMatchObject({ highlighted: true, forceLabel: true });
  });

  it('write into the copy they are given instead of allocating', () => {
    const { graph } = setUp(noEmphasis);
    const reducers = createReducers(graph, () => ({ focus: new Set<string>(), selected: null, highlighted: null }));
    const copy = { ...graph.getNodeAttributes('org:RVH') };
    expect(reducers.nodeReducer('org:RVH', copy)).toBe(copy);
    // The graph's own attributes are untouched.
    expect(graph.getNodeAttribute('org:RVH', 'color')).not.toBe(DIMMED_NODE_COLOUR);
  });
});
