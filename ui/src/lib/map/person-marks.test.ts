import { describe, expect, it } from 'vitest';
import { fixtureScene } from './fixture';
import { BRIDGE_EDGE_COLOUR, markLegend, markStyle, markedLabel } from './person-marks';
import { edgeStyle } from './edge-style';
import { applyScene, createMapGraph, edgeAttributes } from './scene-graph';
import type { PersonMark, SceneEdge } from '../ipc';

const onlyContact: PersonMark = { kind: 'only-contact', reason: 'the only contact between A and B' };
const cutPoint: PersonMark = { kind: 'cut-point', reason: 'if they leave, 1 person loses every route to the rest' };

describe('person marks', () => {
  it('read their colour and symbol from app.css, the only contact as a single point of failure', () => {
    expect(markStyle('only-contact')).toMatchObject({ symbol: '①', colour: '#4d163b' });
    expect(markStyle('cut-point')).toMatchObject({ symbol: '✂', colour: '#b54708' });
  });

  it('put the most urgent mark’s symbol before a name, and nothing before an unmarked one', () => {
    expect(markedLabel('Ella Brown', [onlyContact, cutPoint])).toBe('① Ella Brown');
    expect(markedLabel('Ella Brown', [cutPoint])).toBe('✂ Ella Brown');
    expect(markedLabel('Ella Brown', [])).toBe('Ella Brown');
  });

  it('count marked people and bridges for the legend, listing only what the map has', () => {
    const nodes = [{ marks: [onlyContact, cutPoint] }, { marks: [onlyContact] }, { marks: [] }];
    expect(markLegend(nodes, [{ bridge: true }, { bridge: false }]).map((r) => [r.key, r.count])).toEqual([
      ['only-contact', 2],
      ['cut-point', 1],
      ['bridge', 1],
    ]);
    expect(markLegend([{ marks: [] }], [{ bridge: false }])).toEqual([]);
  });
});

describe('the canvas', () => {
  it('rings a marked person in their most urgent mark’s colour and names them with its symbol', () => {
    const scene = fixtureScene({
      expanded_organisations: ['SAH'],
      expanded_teams: ['SAH-XSS'],
      filters: { organisations: [], levels: [], tie_kinds: [], min_strength: 0, contact_within_days: null },
      size_by: 'people',
    });
    const person = scene.nodes.find((n) => n.kind === 'person')!;
    person.marks = [cutPoint];
    const graph = createMapGraph();
    applyScene(graph, scene);
    const drawn = graph.getNodeAttributes(person.key);
    expect([drawn.type, drawn.ringColor, drawn.label, drawn.name]).toEqual([
      'marked',
      '#b54708',
      `✂ ${person.label}`,
      person.label,
    ]);
    const plain = scene.nodes.find((n) => n.marks.length === 0)!;
    expect(graph.getNodeAttributes(plain.key).type).toBe('circle');
  });

  it('draws a bridge darker and wider than a plain tie, and a categorised bridge in its category', () => {
    const edge: SceneEdge = {
      key: 'a|b', source: 'a', target: 'b', ties: 1, strength: 0.01, latest_contact: null,
      category: null, reason: null, partner_links: [], bridge: true,
    };
    const bridge = edgeAttributes(edge, edgeStyle(edge, 1));
    expect([bridge.color, bridge.size >= 2, bridge.bridge]).toEqual([BRIDGE_EDGE_COLOUR, true, true]);
    const plainEdge = { ...edge, bridge: false };
    const plain = edgeAttributes(plainEdge, edgeStyle(plainEdge, 1));
    expect(plain.size).toBeLessThan(bridge.size);
    const categorisedEdge: SceneEdge = { ...edge, category: 'single-point-of-failure' };
    const categorised = edgeAttributes(categorisedEdge, edgeStyle(categorisedEdge, 1));
    expect(categorised.color).toBe(markStyle('only-contact').colour);
  });
});
