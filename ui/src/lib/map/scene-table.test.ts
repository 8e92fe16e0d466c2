import { describe, expect, it } from 'vitest';
import { fixtureOrganisations, fixtureScene } from './fixture';
import { edgeRows, nextSort, nodeRows, sortRows, strengthInWords } from './scene-table';

const scene = fixtureScene({
  expanded_organisations: ['RVH', 'NBC', 'SAH'],
  expanded_teams: ['SAH-XSS'],
  filters: { organisations: [], levels: [], tie_kinds: [], min_strength: 0, contact_within_days: null },
  size_by: 'people',
});
const names = new Map(fixtureOrganisations.map((org) => [org.id, org.name]));

describe('nodeRows', () => {
  it('has one row per node of the scene, in its order, with its facts in words', () => {
    const rows = nodeRows(scene.nodes, names);
    expect(rows.map((row) => row.key)).toEqual(scene.nodes.map((node) => node.key));
    expect(rows.find((row) => row.key === 'team:RVH-ED')).toEqual({
      key: 'team:RVH-ED',
      name: 'Emergency Department',
      kind: 'Team',
      organisation: 'Riverside Hospitals NHS Trust',
      people: 2,
      marks: [],
      expandable: true,
    });
  });

  it('says each mark with its symbol, name and reason, and an unknown organisation by its id', () => {
    const person = { ...scene.nodes.find((node) => node.kind === 'person')!, organisation: 'GONE' };
    person.marks = [
      { kind: 'only-contact', reason: 'the only contact between Discharge Team and Reablement Team' },
      { kind: 'cut-point', reason: 'if they leave, 1 person loses every route to the rest' },
    ];
    const [row] = nodeRows([person], names);
    expect([row.organisation, row.marks]).toEqual([
      'GONE',
      [
        '① Only contact: the only contact between Discharge Team and Reablement Team',
        '✂ Cut point: if they leave, 1 person loses every route to the rest',
      ],
    ]);
  });
});

describe('edgeRows', () => {
  it('has one row per edge, naming both ends, its category in words and its average strength', () => {
    const rows = edgeRows(scene);
    expect(rows.map((row) => row.key)).toEqual(scene.edges.map((edge) => edge.key));
    const stale = rows.find((row) => row.key === 'team:RVH-FRL|team:SAH-CNS')!;
    expect(stale).toMatchObject({
      between: 'Frailty Unit – Community Nursing',
      ties: 1,
      category: '◷ Stale',
      notes: 'The only tie was last used in June 2024.',
    });
    const missing = rows.find((row) => row.key === 'team:NBC-HSG|team:RVH-DIS')!;
    expect([missing.ties, missing.strength, strengthInWords(missing.strength), missing.category]).toEqual([
      0,
      null,
      'No tie',
      '✕ Missing',
    ]);
  });

  it('says a bridge is one', () => {
    const bridged = { ...scene, edges: scene.edges.map((edge) => ({ ...edge, bridge: true, reason: null })) };
    expect(edgeRows(bridged)[0].notes).toBe('A bridge: the only route between the two parts of the network it joins.');
  });
});

describe('sorting', () => {
  const rows = [
    { name: 'team 10', people: 3, marks: [] as string[] },
    { name: 'Team 2', people: 12, marks: ['✂ Cut point'] },
    { name: 'Ávila', people: 3, marks: ['① Only contact'] },
  ];

  it('sorts names as people read them and numbers by value, equal rows in their order', () => {
    expect(sortRows(rows, { column: 'name', direction: 'ascending' }).map((r) => r.name)).toEqual([
      'Ávila',
      'Team 2',
      'team 10',
    ]);
    expect(sortRows(rows, { column: 'people', direction: 'descending' }).map((r) => r.name)).toEqual([
      'Team 2',
      'team 10',
      'Ávila',
    ]);
  });

  it('puts an empty value last whichever the direction', () => {
    for (const direction of ['ascending', 'descending'] as const) {
      expect(sortRows(rows, { column: 'marks', direction }).at(-1)?.name).toBe('team 10');
    }
  });

  it('turns a column round on a second click, and starts numbers with the most', () => {
    const byName = { column: 'name', direction: 'ascending' } as const;
    expect(nextSort(byName, 'name', false)).toEqual({ column: 'name', direction: 'descending' });
    expect(nextSort(byName, 'people', true)).toEqual({ column: 'people', direction: 'descending' });
    expect(nextSort(byName, 'kind', false)).toEqual({ column: 'kind', direction: 'ascending' });
  });
});
