import { describe, expect, it } from 'vitest';
import { fixtureScene } from './fixture';
import { applyScene, createMapGraph } from './scene-graph';
import { edgeTooltip, nodeTooltip, tooltipPosition } from './tooltip';

const graph = createMapGraph();
applyScene(
  graph,
  fixtureScene({
    expanded_organisations: ['RVH', 'NBC', 'SAH'],
    expanded_teams: ['SAH-XSS'],
    filters: { organisations: [], levels: [], tie_kinds: [], min_strength: 0, contact_within_days: null },
    size_by: 'people',
  }),
);

describe('nodeTooltip', () => {
  it('names a team, its organisation, its people and how to open it', () => {
    expect(nodeTooltip(graph.getNodeAttributes('team:RVH-ED'))).toEqual({
      title: 'Emergency Department',
      lines: ['Riverside Hospitals NHS Trust', '2 people in post', 'Double-click to show its people'],
    });
  });

  it('says what a marked person is to the links between teams, one sentence a mark', () => {
    const person = {
      ...graph.getNodeAttributes('person:P11'),
      name: 'Ella Brown',
      marks: [
        { kind: 'only-contact' as const, reason: 'the only contact between Discharge Team and Reablement Team' },
        { kind: 'cut-point' as const, reason: 'if they leave, 2 people lose every route to the rest' },
      ],
    };
    expect(nodeTooltip(person)).toEqual({
      title: 'Ella Brown',
      lines: [
        'Volunteer lead',
        '① Ella Brown: the only contact between Discharge Team and Reablement Team',
        '✂ Ella Brown: if they leave, 2 people lose every route to the rest',
      ],
    });
  });

  it('gives a person their role only', () => {
    expect(nodeTooltip(graph.getNodeAttributes('person:P11'))).toEqual({
      title: '<b>Kai</b> "Quotes" & Co',
      lines: ['Volunteer lead'],
    });
  });
});

describe('edgeTooltip', () => {
  it('says the category, why, how many ties and the last contact', () => {
    const edge = graph.getEdgeAttributes('team:RVH-FRL|team:SAH-CNS');
    expect(edgeTooltip(edge, 'Frailty Unit', 'Community Nursing')).toEqual({
      title: 'Frailty Unit – Community Nursing',
      lines: ['◷ Stale', 'The only tie was last used in June 2024.', '1 tie', 'Last contact 30 Jun 2024'],
    });
  });

  it('says what an edge to a closed organisation hides, most urgent first', () => {
    const edge = {
      ...graph.getEdgeAttributes('team:RVH-FRL|team:SAH-CNS'),
      category: 'single-point-of-failure' as const,
      reason: 'The most urgent: if Ella Brown leaves…',
      partnerLinks: [
        { category: 'single-point-of-failure' as const, links: 5 },
        { category: 'missing' as const, links: 2 },
        { category: 'healthy' as const, links: 5 },
      ],
    };
    expect(edgeTooltip(edge, 'Riverside', 'Borough').lines.slice(0, 2)).toEqual([
      '① Single point of failure',
      '12 partner team links: 5 single points of failure, 2 missing, 5 healthy',
    ]);
  });

  it('says a tie is a bridge', () => {
    const edge = { ...graph.getEdgeAttributes('team:RVH-FRL|team:SAH-CNS'), category: null, reason: null, bridge: true };
    expect(edgeTooltip(edge, 'Ella Brown', 'Sam Lee').lines[0]).toBe(
      'A bridge: the only route between the two parts of the network it joins.',
    );
  });

  it('says there is no direct tie for a missing link', () => {
    const edge = graph.getEdgeAttributes('team:NBC-HSG|team:RVH-DIS');
    expect(edgeTooltip(edge, 'a', 'b').lines).toContain('No direct tie');
  });
});

describe('tooltipPosition', () => {
  const area = { width: 1000, height: 700 };

  it('opens below and right of the pointer', () => {
    expect(tooltipPosition({ x: 100, y: 100 }, area)).toEqual({ left: '114px', right: null, top: '114px', bottom: null });
  });

  it('opens left of the pointer near the right edge, and above it near the bottom', () => {
    expect(tooltipPosition({ x: 900, y: 650 }, area)).toEqual({
      left: null,
      right: '114px',
      top: null,
      bottom: '64px',
    });
  });

  it('opens left where a panel covers the right of the canvas', () => {
    expect(tooltipPosition({ x: 600, y: 100 }, area, 300).right).toBe('414px');
    expect(tooltipPosition({ x: 600, y: 100 }, area).left).toBe('614px');
  });
});
