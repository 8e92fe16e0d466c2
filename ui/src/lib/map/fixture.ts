// A small map and a stand-in for the backend's `scene` command, for tests and
// for previewing the UI in a browser without the app: three organisations,
// their teams and people, ties between people, and weak-link categories for
// the partner pairs, rolled up to whatever the request opens the way the
// backend does. Not used by the app itself.
import type { Category, CategoryMeaning, MapInfo, Scene, SceneEdge, SceneNode, SceneRequest } from '../ipc';

interface FixtureOrganisation {
  id: string;
  name: string;
  kind: string;
  colour: string;
  x: number;
  y: number;
}

interface FixtureTeam {
  id: string;
  name: string;
  organisation: string;
  /** Offset from the organisation's centre, in layout units. */
  dx: number;
  dy: number;
}

interface FixturePerson {
  id: string;
  name: string;
  role: string;
  team: string;
}

/** What the backend says of the fixture map once it is open. */
export const fixtureInfo: MapInfo = {
  file: '/maps/fixture.bwmap',
  name: 'Fixture',
  schema_version: 1,
  organisations: 3,
  teams: 4,
  people: 10,
  people_in_post: 10,
  ties: 12,
  partner_links: 2,
  partnerships: 0,
  snapshots: 0,
  recovered: false,
};

export const fixtureOrganisations: readonly FixtureOrganisation[] = [
  { id: 'RVH', name: 'Riverside Hospitals NHS Trust', kind: 'acute', colour: '#1d6b8f', x: 0, y: 0 },
  { id: 'NBC', name: 'Northbridge Council', kind: 'local-authority', colour: '#c4661f', x: 70, y: 10 },
  { id: 'SAH', name: "St Anne's Hospice", kind: 'hospice', colour: '#7a4fb5', x: 30, y: 62 },
];

const ORGANISATION_RADIUS = 22;
const TEAM_RADIUS = 7;

export const fixtureTeams: readonly FixtureTeam[] = [
  { id: 'RVH-ED', name: 'Emergency Department', organisation: 'RVH', dx: -9, dy: -6 },
  { id: 'RVH-DIS', name: 'Discharge Team', organisation: 'RVH', dx: 9, dy: -4 },
  { id: 'RVH-FRL', name: 'Frailty Unit', organisation: 'RVH', dx: 0, dy: 11 },
  { id: 'NBC-ASC', name: 'Adult Social Care', organisation: 'NBC', dx: -8, dy: 5 },
  { id: 'NBC-HSG', name: 'Housing Options', organisation: 'NBC', dx: 9, dy: -5 },
  { id: 'SAH-CNS', name: 'Community Nursing', organisation: 'SAH', dx: -8, dy: 0 },
  // A name that must show as text everywhere, never as markup.
  { id: 'SAH-XSS', name: '<img src=x onerror=alert(1)>', organisation: 'SAH', dx: 8, dy: 2 },
];

export const fixturePeople: readonly FixturePerson[] = [
  { id: 'P01', name: 'Amara Okafor', role: 'ED consultant', team: 'RVH-ED' },
  { id: 'P02', name: 'Ben Hughes', role: 'Charge nurse', team: 'RVH-ED' },
  { id: 'P03', name: 'Chloe Patel', role: 'Discharge coordinator', team: 'RVH-DIS' },
  { id: 'P04', name: 'Dev Sharma', role: 'Discharge lead', team: 'RVH-DIS' },
  { id: 'P05', name: 'Ellen Moore', role: 'Frailty consultant', team: 'RVH-FRL' },
  { id: 'P06', name: 'Femi Adeyemi', role: 'Social worker', team: 'NBC-ASC' },
  { id: 'P07', name: 'Grace Lin', role: 'Head of adult social care', team: 'NBC-ASC' },
  { id: 'P08', name: 'Harry Wood', role: 'Housing officer', team: 'NBC-HSG' },
  { id: 'P09', name: 'Isla Brown', role: 'Community nurse', team: 'SAH-CNS' },
  { id: 'P10', name: 'Jon Reid', role: 'Clinical nurse specialist', team: 'SAH-CNS' },
  { id: 'P11', name: '<b>Kai</b> "Quotes" & Co', role: 'Volunteer lead', team: 'SAH-XSS' },
];

/** Ties between people: [person, person, strength 0–1, last contact]. */
const ties: readonly [string, string, number, string][] = [
  ['P01', 'P02', 0.9, '2025-05-01'],
  ['P03', 'P04', 0.8, '2025-05-10'],
  ['P01', 'P05', 0.5, '2025-03-02'],
  ['P03', 'P06', 0.7, '2025-04-20'],
  ['P04', 'P06', 0.6, '2025-04-28'],
  ['P04', 'P07', 0.4, '2024-09-01'],
  ['P06', 'P07', 0.7, '2025-05-02'],
  ['P06', 'P08', 0.5, '2025-02-11'],
  ['P05', 'P09', 0.3, '2024-06-30'],
  ['P09', 'P10', 0.8, '2025-05-12'],
  ['P10', 'P11', 0.6, '2025-04-01'],
  ['P07', 'P10', 0.2, '2025-01-15'],
  ['P01', 'P11', 0.4, '2025-03-20'],
];

/** The weak-link category of partner pairs, keyed `KEY|KEY` in key order. */
const categories: Record<string, { category: Category; reason: string }> = {
  'org:NBC|org:RVH': { category: 'healthy', reason: 'Four independent, recent ties at three levels.' },
  'org:RVH|org:SAH': { category: 'single-point-of-failure', reason: 'Every tie goes through Ellen Moore.' },
  'org:NBC|org:SAH': { category: 'thin', reason: 'Only one weak tie, between Grace Lin and Jon Reid.' },
  'team:NBC-ASC|team:RVH-DIS': { category: 'healthy', reason: 'Three recent ties between the two teams.' },
  'team:NBC-ASC|team:RVH-FRL': { category: 'indirect-only', reason: 'Chloe Patel knows people in both teams.' },
  'team:NBC-HSG|team:RVH-DIS': { category: 'missing', reason: 'Nobody in either team knows anyone in the other.' },
  'team:RVH-FRL|team:SAH-CNS': { category: 'stale', reason: 'The only tie was last used in June 2024.' },
  'team:NBC-ASC|team:SAH-CNS': { category: 'thin', reason: 'Only one weak tie.' },
  'team:RVH-ED|team:SAH-XSS': { category: 'top-heavy', reason: 'Only consultants know each other.' },
};

export const fixtureLegend: CategoryMeaning[] = [
  { category: 'missing', label: 'Missing', meaning: 'Nobody on either side knows anyone on the other, not even through one colleague.' },
  { category: 'indirect-only', label: 'Indirect only', meaning: 'Nobody knows anyone on the other side directly, but someone could introduce them.' },
  { category: 'single-point-of-failure', label: 'Single point of failure', meaning: 'Every direct contact goes through one person: if they leave, the link is gone.' },
  { category: 'stale', label: 'Stale', meaning: 'They know each other, but nobody has been in contact recently.' },
  { category: 'thin', label: 'Thin', meaning: 'Only two independent relationships, or only weak ones.' },
  { category: 'top-heavy', label: 'Top-heavy', meaning: 'Only senior staff know each other; the people doing the work do not.' },
  { category: 'healthy', label: 'Healthy', meaning: 'Several independent, recent relationships at more than one level.' },
];

const pairKey = (a: string, b: string): [string, string, string] => {
  const [source, target] = a < b ? [a, b] : [b, a];
  return [`${source}|${target}`, source, target];
};

/** The scene the backend would answer `request` with (only the organisation filter is honoured). */
export function fixtureScene(request: SceneRequest): Scene {
  const shownOrganisations = request.filters.organisations;
  const organisations = fixtureOrganisations.filter(
    (org) => shownOrganisations.length === 0 || shownOrganisations.includes(org.id),
  );
  const openOrganisations = new Set(request.expanded_organisations);
  // A team is only open inside an open organisation.
  const openTeams = new Set(
    request.expanded_teams.filter((id) => {
      const team = fixtureTeams.find((t) => t.id === id);
      return team !== undefined && openOrganisations.has(team.organisation);
    }),
  );

  const nodes: SceneNode[] = [];
  // Which visible node each person is drawn inside.
  const shownAs = new Map<string, string>();
  for (const org of organisations) {
    const teams = fixtureTeams.filter((team) => team.organisation === org.id);
    const orgPeople = fixturePeople.filter((person) => teams.some((team) => team.id === person.team));
    if (!openOrganisations.has(org.id)) {
      nodes.push({
        key: `org:${org.id}`, kind: 'organisation', id: org.id, label: org.name, subtitle: org.kind,
        organisation: org.id, colour: org.colour, parent: null, x: org.x, y: org.y,
        radius: ORGANISATION_RADIUS, size: orgPeople.length, people: orgPeople.length,
        expandable: teams.length > 0, pinned: false, marks: [],
      });
      for (const person of orgPeople) shownAs.set(person.id, `org:${org.id}`);
      continue;
    }
    for (const team of teams) {
      const teamX = org.x + team.dx;
      const teamY = org.y + team.dy;
      const members = fixturePeople.filter((person) => person.team === team.id);
      if (!openTeams.has(team.id)) {
        nodes.push({
          key: `team:${team.id}`, kind: 'team', id: team.id, label: team.name, subtitle: org.name,
          organisation: org.id, colour: org.colour, parent: `org:${org.id}`, x: teamX, y: teamY,
          radius: TEAM_RADIUS, size: members.length, people: members.length,
          expandable: members.length > 0, pinned: false, marks: [],
        });
        for (const person of members) shownAs.set(person.id, `team:${team.id}`);
        continue;
      }
      members.forEach((person, i) => {
        const angle = i * 2.4;
        const r = 1.6 * Math.sqrt(i + 0.5);
        nodes.push({
          key: `person:${person.id}`, kind: 'person', id: person.id, label: person.name, subtitle: person.role,
          organisation: org.id, colour: org.colour, parent: `team:${team.id}`,
          x: teamX + r * Math.cos(angle), y: teamY + r * Math.sin(angle),
          radius: 1, size: 1, people: 1, expandable: false, pinned: false, marks: [],
        });
        shownAs.set(person.id, `person:${person.id}`);
      });
    }
  }

  // Roll the ties up to the visible nodes.
  const edges = new Map<string, SceneEdge>();
  for (const [a, b, strength, contact] of ties) {
    const from = shownAs.get(a);
    const to = shownAs.get(b);
    if (from === undefined || to === undefined || from === to) continue;
    const [key, source, target] = pairKey(from, to);
    const edge = edges.get(key) ?? {
      key, source, target, ties: 0, strength: 0, latest_contact: null,
      category: categories[key]?.category ?? null, reason: categories[key]?.reason ?? null, partner_links: [], bridge: false,
    };
    edge.ties += 1;
    edge.strength += strength;
    if (edge.latest_contact === null || contact > edge.latest_contact) edge.latest_contact = contact;
    edges.set(key, edge);
  }
  // Partner pairs with no tie at all still show, as a missing link.
  const visible = new Set(nodes.map((node) => node.key));
  for (const [key, { category, reason }] of Object.entries(categories)) {
    const [source, target] = key.split('|');
    if (!edges.has(key) && visible.has(source) && visible.has(target)) {
      edges.set(key, { key, source, target, ties: 0, strength: 0, latest_contact: null, category, reason, partner_links: [], bridge: false });
    }
  }

  return {
    day: '2025-06-01',
    nodes,
    edges: [...edges.values()],
    legend: fixtureLegend,
    max_size: Math.max(0, ...nodes.map((node) => node.size)),
  };
}
