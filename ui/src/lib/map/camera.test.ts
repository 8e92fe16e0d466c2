import { describe, expect, it } from 'vitest';
import {
  FRAME_FILL,
  MIN_CENTRE_EXTENT,
  cameraRatio,
  childrenOf,
  discBox,
  frameExtent,
  freeArea,
  targetBox,
} from './camera';
import { fixtureScene } from './fixture';
import { applyScene, createMapGraph } from './scene-graph';

function graphOf(organisations: string[] = [], teams: string[] = []) {
  const graph = createMapGraph();
  applyScene(
    graph,
    fixtureScene({
      expanded_organisations: organisations,
      expanded_teams: teams,
      filters: { organisations: [], levels: [], tie_kinds: [], min_strength: 0, contact_within_days: null },
      size_by: 'people',
    }),
  );
  return graph;
}

describe('discBox', () => {
  it('covers the discs of the nodes given, skipping any not on the map', () => {
    const graph = graphOf();
    expect(discBox(graph, ['org:RVH', 'gone'])).toEqual({ minX: -22, maxX: 22, minY: -22, maxY: 22 });
    expect(discBox(graph, ['org:RVH', 'org:NBC'])).toEqual({ minX: -22, maxX: 92, minY: -22, maxY: 32 });
    expect(discBox(graph, ['gone'])).toBeNull();
  });

  it('covers only the centres when asked', () => {
    expect(discBox(graphOf(), ['org:RVH', 'org:NBC'], true)).toEqual({ minX: 0, maxX: 70, minY: 0, maxY: 10 });
  });
});

describe('frameExtent', () => {
  it('covers every disc, so what opens inside them stays inside the frame', () => {
    expect(frameExtent(graphOf())).toEqual({ x: [-22, 92], y: [-22, 84] });
    expect(frameExtent(createMapGraph())).toBeNull();
  });
});

describe('targetBox', () => {
  it('leaves the camera alone to keep it', () => {
    expect(targetBox(graphOf(), { kind: 'keep' })).toBeNull();
  });

  it('shows every node to fit or reset', () => {
    const graph = graphOf();
    const all = { minX: 0, maxX: 70, minY: 0, maxY: 62 };
    expect(targetBox(graph, { kind: 'fit' })).toEqual(all);
    expect(targetBox(graph, { kind: 'reset' })).toEqual(all);
  });

  it('frames what an organisation or team opened into', () => {
    const graph = graphOf(['RVH'], ['RVH-ED']);
    expect(childrenOf(graph, 'org:RVH')).toEqual(['team:RVH-DIS', 'team:RVH-FRL']);
    expect(childrenOf(graph, 'team:RVH-ED')).toEqual(['person:P01', 'person:P02']);
    expect(targetBox(graph, { kind: 'open', key: 'team:RVH-ED' })).toEqual(
      discBox(graph, ['person:P01', 'person:P02']),
    );
  });

  it('frames what two teams opened into together, and nothing when neither is open', () => {
    const graph = graphOf(['RVH', 'SAH'], ['RVH-ED', 'SAH-XSS']);
    const people = [...childrenOf(graph, 'team:RVH-ED'), ...childrenOf(graph, 'team:SAH-XSS')];
    expect(people.length).toBeGreaterThan(2);
    expect(targetBox(graph, { kind: 'open-all', keys: ['team:RVH-ED', 'team:SAH-XSS'] })).toEqual(discBox(graph, people));
    expect(targetBox(graphOf(), { kind: 'open-all', keys: ['team:RVH-ED'] })).toBeNull();
  });

  it('frames a node itself when nothing opened from it is shown', () => {
    const graph = graphOf();
    expect(targetBox(graph, { kind: 'open', key: 'org:SAH' })).toEqual(discBox(graph, ['org:SAH']));
  });

  it('centres on a node with room around it', () => {
    const graph = graphOf(['RVH'], ['RVH-ED']);
    const box = targetBox(graph, { kind: 'centre', key: 'person:P01' });
    const { x, y } = graph.getNodeAttributes('person:P01');
    expect(box).not.toBeNull();
    expect(box!.maxX - box!.minX).toBe(MIN_CENTRE_EXTENT);
    expect((box!.minX + box!.maxX) / 2).toBeCloseTo(x);
    expect((box!.minY + box!.maxY) / 2).toBeCloseTo(y);
    expect(targetBox(graph, { kind: 'centre', key: 'gone' })).toBeNull();
  });
});

describe('cameraRatio', () => {
  const extent: { x: [number, number]; y: [number, number] } = { x: [0, 100], y: [0, 100] };
  const square = { width: 800, height: 800 };

  it('is 1 over the fill share for the whole extent on a screen it spans', () => {
    expect(cameraRatio({ minX: 0, maxX: 100, minY: 0, maxY: 100 }, extent, square, 800)).toBeCloseTo(1 / FRAME_FILL);
  });

  it('zooms in as the box shrinks', () => {
    expect(cameraRatio({ minX: 40, maxX: 50, minY: 40, maxY: 50 }, extent, square, 800)).toBeCloseTo(0.1 / FRAME_FILL);
  });

  it('lets the side that runs out of free area first decide', () => {
    const wide = { width: 1000, height: 500 };
    // A tall box in a wide area: its height decides (40 units over 500 px).
    expect(cameraRatio({ minX: 0, maxX: 10, minY: 0, maxY: 40 }, extent, wide, 500)).toBeCloseTo(0.4 / FRAME_FILL);
    // A wide box in a wide area, wider still: its width decides (60 units over 1000 px).
    expect(cameraRatio({ minX: 0, maxX: 60, minY: 0, maxY: 10 }, extent, wide, 500)).toBeCloseTo(0.3 / FRAME_FILL);
  });

  it('zooms out to fit a smaller free area', () => {
    const box = { minX: 0, maxX: 100, minY: 0, maxY: 100 };
    const half = { width: 400, height: 800 };
    expect(cameraRatio(box, extent, half, 800)).toBeCloseTo(2 * cameraRatio(box, extent, square, 800));
  });
});

describe('freeArea', () => {
  const canvas = { width: 1000, height: 700 };

  it('is the whole canvas when nothing covers it', () => {
    expect(freeArea(canvas, [])).toEqual({ x: 0, y: 0, width: 1000, height: 700 });
  });

  it('cuts a strip along the bottom from the bottom and a card along the right from the right', () => {
    const legend = { x: 12, y: 650, width: 800, height: 38 };
    const details = { x: 600, y: 12, width: 388, height: 620 };
    expect(freeArea(canvas, [legend, details])).toEqual({ x: 0, y: 0, width: 600, height: 650 });
  });

  it('cuts the breadcrumb row from the top and leaves corner buttons below the legend out of the way', () => {
    const breadcrumb = { x: 12, y: 12, width: 976, height: 30 };
    const legend = { x: 12, y: 650, width: 800, height: 38 };
    const buttons = { x: 880, y: 656, width: 108, height: 32 };
    expect(freeArea(canvas, [buttons, breadcrumb, legend])).toEqual({ x: 0, y: 42, width: 1000, height: 608 });
  });

  it('cuts a lone corner button from the side that keeps the most', () => {
    const buttons = { x: 880, y: 656, width: 108, height: 32 };
    expect(freeArea(canvas, [buttons])).toEqual({ x: 0, y: 0, width: 1000, height: 656 });
  });

  it('ignores what lies outside the canvas', () => {
    expect(freeArea(canvas, [{ x: 1000, y: 0, width: 300, height: 700 }])).toEqual({
      x: 0,
      y: 0,
      width: 1000,
      height: 700,
    });
  });

  it('never gives up more than half of either side to one cover', () => {
    const opened = { x: 12, y: 100, width: 976, height: 590 };
    const area = freeArea(canvas, [opened]);
    expect(area.width).toBeGreaterThanOrEqual(500);
    expect(area.height).toBeGreaterThanOrEqual(350);
  });
});
