import { describe, expect, it } from 'vitest';
import { descendantsOf, moveWith } from './drag';
import { createMapGraph, type MapNodeAttributes } from './scene-graph';

// An organisation drawn with an opened team and that team's people, and a
// second team of the same organisation; nodes carry only what dragging reads.
function graphOf() {
  const graph = createMapGraph();
  const add = (key: string, parent: string | null, x: number, y: number) =>
    graph.addNode(key, { parent, x, y } as MapNodeAttributes);
  add('org:A', null, 0, 0);
  add('team:A1', 'org:A', -5, 0);
  add('team:A2', 'org:A', 5, 0);
  add('person:1', 'team:A1', -6, 1);
  add('person:2', 'team:A1', -4, -1);
  add('org:B', null, 40, 0);
  return graph;
}

describe('descendantsOf', () => {
  it("finds a team's people, and an organisation's teams with their people", () => {
    const graph = graphOf();
    expect(descendantsOf(graph, 'team:A1').sort()).toEqual(['person:1', 'person:2']);
    expect(descendantsOf(graph, 'org:A').sort()).toEqual(['person:1', 'person:2', 'team:A1', 'team:A2']);
    expect(descendantsOf(graph, 'person:1')).toEqual([]);
    expect(descendantsOf(graph, 'org:B')).toEqual([]);
  });
});

describe('moveWith', () => {
  it('moves the node to the point and what it carries by the same amount', () => {
    const graph = graphOf();
    moveWith(graph, 'team:A1', ['person:1', 'person:2'], 0, -3);
    expect(graph.getNodeAttributes('team:A1')).toMatchObject({ x: 0, y: -3 });
    expect(graph.getNodeAttributes('person:1')).toMatchObject({ x: -1, y: -2 });
    expect(graph.getNodeAttributes('person:2')).toMatchObject({ x: 1, y: -4 });
    expect(graph.getNodeAttributes('team:A2')).toMatchObject({ x: 5, y: 0 });
  });
});
