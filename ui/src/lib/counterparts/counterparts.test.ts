import { describe, expect, it } from 'vitest';
import type { CounterpartView, CounterpartsView, OrganisationSummary, SearchHit } from '../ipc';
import {
  TOP,
  counterpartFocus,
  emptyMessage,
  introductionGraph,
  matchLabel,
  pathLabel,
  peopleOnly,
  placeLabel,
  reachLabel,
  searchFor,
  strengthLabel,
  summaryLine,
} from './counterparts';

const acute = { id: 'acute', name: 'Ashworth Hospitals', key: 'org:acute' };
const council = { id: 'council', name: 'Ashworth Borough Council', key: 'org:council' };
const hub = { id: 'acute-discharge-hub', name: 'Integrated Discharge Hub', key: 'team:acute-discharge-hub', organisation: acute };
const reablement = { id: 'council-reablement', name: 'Reablement Service', key: 'team:council-reablement', organisation: council };

const gareth: SearchHit = {
  key: 'person:p-0036',
  kind: 'person',
  id: 'p-0036',
  label: 'Gareth Taylor',
  context: 'Discharge Coordinator · Integrated Discharge Hub · Ashworth Hospitals',
  open_organisation: acute,
  open_team: hub,
};

function lily(overrides: Partial<CounterpartView> = {}): CounterpartView {
  return {
    rank: 1,
    person: { id: 'p-0420', name: 'Lily Clarke', key: 'person:p-0420' },
    team: reablement,
    role: 'Reablement Coordinator',
    level: 'middle',
    score: 0.622,
    parts: { similarity: 0.537, keywords: null, level: 0.5, partner: 1 },
    already_known: false,
    reasons: ['similar role: Reablement Coordinator'],
    introduction: {
      path: [
        { id: 'p-0036', name: 'Gareth Taylor', key: 'person:p-0036' },
        { id: 'p-0421', name: 'Dawn Ainsworth', key: 'person:p-0421' },
        { id: 'p-0420', name: 'Lily Clarke', key: 'person:p-0420' },
      ],
      strength: 0.71,
    },
    introduction_teams: [hub, reablement, reablement],
    introducers: [{ id: 'p-0421', name: 'Dawn Ainsworth', key: 'person:p-0421' }],
    advice: 'Ask Dawn Ainsworth to introduce you.',
    ...overrides,
  };
}

function view(overrides: Partial<CounterpartsView> = {}): CounterpartsView {
  return {
    as_of: '2026-11-01',
    seeker: { kind: 'person', person: { id: 'p-0036', name: 'Gareth Taylor', key: 'person:p-0036' }, team: hub, role: null, level: null },
    organisation: council,
    keywords: '',
    considered: 91,
    counterparts: [lily()],
    ...overrides,
  };
}

const orgs: OrganisationSummary[] = [
  { id: 'acute', name: 'Ashworth Hospitals', key: 'org:acute', kind: 'acute', colour: '#112233', teams: 3, people: 10 },
  { id: 'council', name: 'Ashworth Borough Council', key: 'org:council', kind: 'council', colour: null, teams: 3, people: 10 },
];

describe('searchFor', () => {
  it('asks for the person picked, with the organisation and trimmed keywords', () => {
    const asked = searchFor({
      seeker: { kind: 'person', picked: gareth, typed: 'Gareth Taylor' },
      organisation: 'council',
      keywords: '  falls frailty ',
    });
    expect(asked).toEqual({
      search: { person: 'p-0036', role: null, level: null, organisation: 'council', keywords: 'falls frailty', top: TOP },
    });
  });

  it('asks for a typed role with its level, and leaves a blank role or organisation to the backend to refuse', () => {
    expect(searchFor({ seeker: { kind: 'role', role: 'social worker', level: 'frontline' }, organisation: '', keywords: '' })).toEqual({
      search: { person: null, role: 'social worker', level: 'frontline', organisation: '', keywords: '', top: TOP },
    });
  });

  it('refuses a name typed but not picked, saying so', () => {
    const none = searchFor({ seeker: { kind: 'person', picked: null, typed: '' }, organisation: 'council', keywords: '' });
    expect(none).toEqual({ error: expect.stringContaining('Pick yourself') });
    const unknown = searchFor({ seeker: { kind: 'person', picked: null, typed: ' Zed ' }, organisation: 'council', keywords: '' });
    expect(unknown).toEqual({ error: expect.stringContaining('"Zed"') });
  });
});

describe('wording', () => {
  it('reads scores, places, paths and strengths in plain words', () => {
    expect(matchLabel(0.622)).toBe('62% match');
    expect(matchLabel(1.4)).toBe('100% match');
    expect(placeLabel(reablement)).toBe('Reablement Service, Ashworth Borough Council');
    expect(placeLabel(council)).toBe('Ashworth Borough Council');
    expect(placeLabel(null)).toBe('No team recorded');
    expect(pathLabel(lily())).toBe('Gareth Taylor → Dawn Ainsworth → Lily Clarke');
    expect(pathLabel(lily({ introduction: null }))).toBe('');
    expect(strengthLabel(0.71)).toBe('strong (71%)');
    expect(strengthLabel(0.4)).toBe('fair (40%)');
    expect(strengthLabel(0.1)).toBe('weak (10%)');
  });

  it('says how to reach someone: known, introduced, out of reach, or a typed role', () => {
    expect(reachLabel(view(), lily())).toBe('Ask Dawn Ainsworth to introduce you.');
    expect(reachLabel(view(), lily({ already_known: true }))).toContain('already know');
    expect(reachLabel(view(), lily({ introduction: null, advice: '' }))).toContain('within three introductions');
    const role = view({ seeker: { kind: 'role', role: 'social worker', level: null } });
    expect(reachLabel(role, lily({ introduction: null }))).toContain('typed role');
  });

  it('sums up the results', () => {
    expect(summaryLine(view())).toBe('The best 1 of 91 people in post in Ashworth Borough Council for Gareth Taylor.');
    const role = view({ seeker: { kind: 'role', role: 'social worker', level: null }, keywords: 'falls' });
    expect(summaryLine(role)).toBe(
      'The best 1 of 91 people in post in Ashworth Borough Council for the role “social worker”, about “falls”.',
    );
  });

  it('says why nothing was found', () => {
    expect(emptyMessage(view({ considered: 0, counterparts: [] }))).toContain('Nobody is in post');
    expect(emptyMessage(view({ counterparts: [] }))).toBe('Nobody in Ashworth Borough Council matched.');
  });

  it('keeps only people among suggestions', () => {
    const team: SearchHit = { ...gareth, key: 'team:x', kind: 'team', id: 'x' };
    expect(peopleOnly([team, gareth])).toEqual([gareth]);
  });
});

describe('counterpartFocus', () => {
  it('opens their organisation and team and selects them', () => {
    expect(counterpartFocus(lily())).toEqual({
      organisations: [{ id: 'council', key: 'org:council', label: 'Ashworth Borough Council' }],
      teams: [{ id: 'council-reablement', key: 'team:council-reablement', label: 'Reablement Service', organisation: 'council' }],
      select: 'person:p-0420',
    });
  });
});

describe('introductionGraph', () => {
  it('draws the path left to right in organisation colours, naming who is who', () => {
    const graph = introductionGraph(lily(), orgs);
    expect(graph.nodes.map((n) => [n.key, n.role, n.colour, n.x])).toEqual([
      ['person:p-0036', 'you', '#112233', 0],
      ['person:p-0421', 'introducer', '#98a2b3', 1],
      ['person:p-0420', 'counterpart', '#98a2b3', 2],
    ]);
    expect(graph.nodes[1].place).toBe('Reablement Service, Ashworth Borough Council');
    expect(graph.nodes[0].y).not.toBe(graph.nodes[1].y);
    expect(graph.edges.map((e) => [e.source, e.target])).toEqual([
      ['person:p-0036', 'person:p-0421'],
      ['person:p-0421', 'person:p-0420'],
    ]);
  });

  it('draws nothing without an introduction', () => {
    expect(introductionGraph(lily({ introduction: null, introduction_teams: [] }), orgs)).toEqual({ nodes: [], edges: [] });
  });
});
