import { describe, expect, it } from 'vitest';
import { categoryStyle } from '../common/categories';
import { fixtureLegend, fixtureScene } from './fixture';
import { legendEntries, linksByCategory } from './legend';

describe('legendEntries', () => {
  it('lists every category in the backend order with its meaning, colour, line and symbol', () => {
    const entries = legendEntries(fixtureLegend, []);
    expect(entries.map((entry) => entry.category)).toEqual(fixtureLegend.map((meaning) => meaning.category));
    const missing = entries[0];
    expect(missing).toEqual({
      category: 'missing',
      label: 'Missing',
      meaning: fixtureLegend[0].meaning,
      colour: categoryStyle('missing').colour,
      dashes: [7, 5],
      symbol: '✕',
      count: 0,
    });
    expect(entries.find((entry) => entry.category === 'indirect-only')?.dashes).toEqual([2, 4]);
    expect(entries.find((entry) => entry.category === 'single-point-of-failure')?.dashes).toEqual([]);
  });

  it('counts the partner-team links an edge to a closed organisation stands for, not the edge', () => {
    const edges = [
      {
        category: 'single-point-of-failure' as const,
        partner_links: [
          { category: 'single-point-of-failure' as const, links: 5 },
          { category: 'missing' as const, links: 2 },
          { category: 'healthy' as const, links: 5 },
        ],
      },
      { category: 'healthy' as const, partner_links: [{ category: 'healthy' as const, links: 3 }] },
      { category: 'thin' as const, partner_links: [] },
      { category: null, partner_links: [] },
    ];
    expect(Object.fromEntries(linksByCategory(edges))).toEqual({
      'single-point-of-failure': 5,
      missing: 2,
      healthy: 8,
      thin: 1,
    });
  });

  it('counts the links of each category on the map now', () => {
    const scene = fixtureScene({
      expanded_organisations: ['RVH', 'NBC', 'SAH'],
      expanded_teams: [],
      filters: { organisations: [], levels: [], tie_kinds: [], min_strength: 0, contact_within_days: null },
      size_by: 'people',
    });
    const counts = Object.fromEntries(legendEntries(scene.legend, scene.edges).map((e) => [e.category, e.count]));
    expect(counts).toEqual({
      missing: 1,
      'indirect-only': 1,
      'single-point-of-failure': 0,
      stale: 1,
      thin: 1,
      'top-heavy': 1,
      healthy: 1,
    });
  });
});
