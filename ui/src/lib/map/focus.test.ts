import { describe, expect, it } from 'vitest';
import { neighbourhood } from './focus';
import { createMapGraph, type MapNodeAttributes } from './scene-graph';
import type { MapGraph } from './scene-graph';

// A path a–b–c–d–e and a separate pair x–y.
function pathGraph(): MapGraph {
  const graph = createMapGraph();
  for (const key of ['a', 'b', 'c', 'd', 'e', 'x', 'y']) graph.addNode(key, {} as MapNodeAttributes);
  const link = (s: string, t: string) => graph.addEdgeWithKey(`${s}|${t}`, s, t);
  link('a', 'b');
  link('b', 'c');
  link('c', 'd');
  link('d', 'e');
  link('x', 'y');
  return graph;
}

const sorted = (set: Set<string> | null) => (set === null ? null : [...set].sort());

describe('neighbourhood', () => {
  it('reaches as many steps as asked, the start included', () => {
    const graph = pathGraph();
    expect(sorted(neighbourhood(graph, 'c', 1))).toEqual(['b', 'c', 'd']);
    expect(sorted(neighbourhood(graph, 'c', 2))).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(sorted(neighbourhood(graph, 'a', 3))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('stops at three steps', () => {
    expect(sorted(neighbourhood(pathGraph(), 'a', 9))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('never crosses to a part of the map it is not connected to', () => {
    expect(neighbourhood(pathGraph(), 'x', 3)).toEqual(new Set(['x', 'y']));
  });

  it('is off with no steps or a node not on the map', () => {
    expect(neighbourhood(pathGraph(), 'c', 0)).toBeNull();
    expect(neighbourhood(pathGraph(), 'gone', 2)).toBeNull();
  });
});
