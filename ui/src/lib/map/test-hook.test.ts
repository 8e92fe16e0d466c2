import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NodeDisplayData } from 'sigma/types';
import { noEmphasis, type Emphasis } from './emphasis';
import { fixtureScene } from './fixture';
import { applyScene, createMapGraph } from './scene-graph';
const FREE = () => ({ x: 0, y: 40, width: 800, height: 500 });
const LABELLED = () => new Set(['org:RVH']);

import { createTestHook, installTestHook, type HookRenderer } from './test-hook';

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

// A renderer that puts the graph's origin at (100, 50) at one pixel per unit,
// in a canvas 10 px from the window's left and 60 px from its top.
const renderer: HookRenderer = {
  getGraph: () => graph,
  getContainer: () => ({ getBoundingClientRect: () => ({ left: 10, top: 60 }) }) as HTMLElement,
  getNodeDisplayData: (key) =>
    ({ ...graph.getNodeAttributes(key), hidden: false, highlighted: key === 'org:RVH' }) as unknown as NodeDisplayData,
  getEdgeDisplayData: (key) => ({ ...graph.getEdgeAttributes(key), label: null, hidden: false, forceLabel: false }),
  graphToViewport: ({ x, y }) => ({ x: 100 + x, y: 50 - y }),
  scaleSize: (size = 1) => size * 2,
};

describe('the test hook', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists every node with its place in layout units, in the canvas and in the window', () => {
    const hook = createTestHook(renderer, () => noEmphasis, () => ({ sceneApplied: 1, rendered: 2 }), FREE, LABELLED);
    expect(hook.timings()).toEqual({ sceneApplied: 1, rendered: 2 });
    const nbc = hook.nodes().find((node) => node.key === 'org:NBC');
    expect(nbc).toEqual({
      key: 'org:NBC',
      kind: 'organisation',
      label: 'Northbridge Council',
      marks: [],
      parent: null,
      x: 70,
      y: 10,
      viewportX: 170,
      viewportY: 40,
      clientX: 180,
      clientY: 100,
      size: graph.getNodeAttribute('org:NBC', 'size') * 2,
      hidden: false,
      highlighted: false,
      dimmed: false,
      labelled: false,
    });
    expect(hook.nodes().find((node) => node.key === 'org:RVH')?.highlighted).toBe(true);
    expect(hook.nodes().find((node) => node.key === 'org:RVH')?.labelled).toBe(true);
    expect(hook.freeArea()).toEqual({ x: 0, y: 40, width: 800, height: 500 });
  });

  it('says what the focus dims', () => {
    const emphasis: Emphasis = { focus: new Set(['org:RVH', 'org:NBC']), selected: 'org:RVH', highlighted: null };
    const hook = createTestHook(renderer, () => emphasis, () => ({ sceneApplied: 0, rendered: 0 }), FREE, LABELLED);
    expect(hook.nodes().filter((node) => node.dimmed).map((node) => node.key)).toEqual(['org:SAH']);
    const edges = hook.edges();
    expect(edges.find((edge) => edge.key === 'org:NBC|org:RVH')).toMatchObject({ dimmed: false, category: 'healthy' });
    expect(edges.find((edge) => edge.key === 'org:RVH|org:SAH')).toMatchObject({
      dimmed: true,
      category: 'single-point-of-failure',
      type: 'line',
    });
  });

  it('is published on window and taken down again', () => {
    vi.stubGlobal('window', {});
    const hook = createTestHook(renderer, () => noEmphasis, () => ({ sceneApplied: 1, rendered: 2 }), FREE, LABELLED);
    const uninstall = installTestHook(hook);
    expect(window.__bridgeworkMap).toBe(hook);
    uninstall();
    expect(window.__bridgeworkMap).toBeUndefined();
  });
});
