import { describe, expect, it } from 'vitest';
import { fixtureScene } from './fixture';
import { announcement, keyAction, nearestInDirection, nextInReadingOrder, readingOrder, type ScreenNode } from './keyboard';
import { applyScene, createMapGraph } from './scene-graph';

//        n (100, 0)
//  w (0, 100)   c (100, 100)   e (200, 100)   far (400, 110)
//                  d (130, 160)     diag (250, 250)
const nodes: ScreenNode[] = [
  { key: 'c', x: 100, y: 100 },
  { key: 'n', x: 100, y: 0 },
  { key: 'w', x: 0, y: 100 },
  { key: 'e', x: 200, y: 100 },
  { key: 'far', x: 400, y: 110 },
  { key: 'd', x: 130, y: 160 },
  { key: 'diag', x: 250, y: 250 },
];
const c = nodes[0];

describe('nearestInDirection', () => {
  it('moves to the nearest node each arrow points at', () => {
    expect(nearestInDirection(c, nodes, 'right')).toBe('e');
    expect(nearestInDirection(c, nodes, 'left')).toBe('w');
    expect(nearestInDirection(c, nodes, 'up')).toBe('n');
    expect(nearestInDirection(c, nodes, 'down')).toBe('d');
  });

  it('prefers a node straight on to a nearer one off to the side', () => {
    // From w, c is straight right (100 away); d is nearer the diagonal and further: c.
    expect(nearestInDirection(nodes[2], nodes, 'right')).toBe('c');
    // From e, far is 200 right and 10 down (cost 220); diag is 50 right, 150 down: outside 45°.
    expect(nearestInDirection(nodes[3], nodes, 'right')).toBe('far');
    expect(nearestInDirection(nodes[3], nodes, 'down')).toBe('diag');
  });

  it('stays put when nothing lies that way', () => {
    expect(nearestInDirection(nodes[1], nodes, 'up')).toBeNull();
    expect(nearestInDirection(nodes[4], nodes, 'right')).toBeNull();
    expect(nearestInDirection(c, [c], 'left')).toBeNull();
  });

  it('breaks a tie by key, so the same map always moves the same way', () => {
    const twins = [c, { key: 'b', x: 150, y: 150 }, { key: 'a', x: 150, y: 50 }];
    expect(nearestInDirection(c, twins, 'right')).toBe('a');
  });
});

describe('Tab', () => {
  it('reads the nodes top to bottom, then left to right', () => {
    expect(readingOrder(nodes)).toEqual(['n', 'w', 'c', 'e', 'far', 'd', 'diag']);
  });

  it('starts at the first (or, backwards, the last) and leaves the canvas past either end', () => {
    expect(nextInReadingOrder(nodes, null, 1)).toBe('n');
    expect(nextInReadingOrder(nodes, null, -1)).toBe('diag');
    expect(nextInReadingOrder(nodes, 'c', 1)).toBe('e');
    expect(nextInReadingOrder(nodes, 'c', -1)).toBe('w');
    expect(nextInReadingOrder(nodes, 'diag', 1)).toBeNull();
    expect(nextInReadingOrder(nodes, 'n', -1)).toBeNull();
    expect(nextInReadingOrder([], null, 1)).toBeNull();
  });

  it('starts again from the first when the focused node has gone from the map', () => {
    expect(nextInReadingOrder(nodes, 'gone', 1)).toBe('n');
  });
});

describe('keyAction', () => {
  it('maps the arrows, Tab, Enter, Space, i and Escape, and leaves other keys alone', () => {
    expect(keyAction('ArrowUp', false)).toEqual({ kind: 'move', direction: 'up' });
    expect(keyAction('Tab', true)).toEqual({ kind: 'tab', step: -1 });
    expect(keyAction('Tab', false)).toEqual({ kind: 'tab', step: 1 });
    expect(keyAction('Enter', false)).toEqual({ kind: 'open' });
    expect(keyAction(' ', false)).toEqual({ kind: 'details' });
    expect(keyAction('i', false)).toEqual({ kind: 'details' });
    expect(keyAction('Escape', false)).toEqual({ kind: 'escape' });
    expect(keyAction('a', false)).toBeNull();
    expect(keyAction('+', false)).toBeNull();
  });
});

describe('announcement', () => {
  const graph = createMapGraph();
  applyScene(
    graph,
    fixtureScene({
      expanded_organisations: ['RVH'],
      expanded_teams: [],
      filters: { organisations: [], levels: [], tie_kinds: [], min_strength: 0, contact_within_days: null },
      size_by: 'people',
    }),
  );

  it('names the node, says what it is and which key opens it', () => {
    expect(announcement(graph.getNodeAttributes('team:RVH-ED'))).toBe(
      'Emergency Department, team. Riverside Hospitals NHS Trust. 2 people in post. Enter shows its people, Space its details.',
    );
  });

  it('says what marks a person, and that Enter shows the details of what cannot open', () => {
    const person = {
      ...graph.getNodeAttributes('team:RVH-ED'),
      kind: 'person' as const,
      name: 'Ella Brown',
      subtitle: 'Discharge coordinator',
      expandable: false,
      marks: [{ kind: 'only-contact' as const, reason: 'the only contact between Discharge Team and Reablement Team' }],
    };
    expect(announcement(person)).toBe(
      'Ella Brown, person. Discharge coordinator. ① Ella Brown: the only contact between Discharge Team and Reablement Team. Enter or Space shows its details.',
    );
  });
});
