import { describe, expect, it } from 'vitest';
import { categoryStyle } from '../common/categories';
import { fixtureLegend, fixtureScene } from './fixture';
import { legendEntries } from './legend';

describe('legendEntries', () => {
  it('lists every category in the backend order with its meaning, colour and line', () => {
    const entries = legendEntries(fixtureLegend, []);
    expect(entries.map((entry) => entry.category)).toEqual(fixtureLegend.map((meaning) => meaning.category));
    const missing = entries[0];
    expect(missing).toEqual({
      category: 'missing',
      label: 'Missing',
      meaning: fixtureLegend[0].meaning,
      colour: categoryStyle('missing').colour,
      dashed: true,
      count: 0,
    });
    expect(entries.find((entry) => entry.category === 'indirect-only')?.dashed).toBe(true);
    expect(entries.find((entry) => entry.category === 'stale')?.dashed).toBe(false);
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
