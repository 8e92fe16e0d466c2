// The "Find a counterpart" page's pure helpers: the search the form asks
// for (or why it cannot be asked yet), how a result reads in plain words,
// the small map of its introduction, and what "Show on map" opens. No DOM, no IPC.
import { formatStrength } from '../common/format';
import type {
  GroupRef,
  CounterpartSearch,
  CounterpartView,
  CounterpartsView,
  Level,
  OrganisationSummary,
  SearchHit,
} from '../ipc';
import type { MapFocus } from '../app/navigation';
import { token } from '../common/palette';

/** Who is looking, as the form holds it. */
export type SeekerChoice =
  | { kind: 'person'; picked: SearchHit | null; typed: string }
  | { kind: 'role'; role: string; level: Level | null };

/** The form's fields. */
export interface CounterpartForm {
  seeker: SeekerChoice;
  organisation: string;
  keywords: string;
}

/** How many people the page lists. */
export const TOP = 10;

/**
 * The search the form asks for, or what to fix first. Only a person picked
 * from the suggestions counts: a name typed and not picked is nobody yet.
 * A blank role or organisation goes to the backend, which says what is missing.
 */
export function searchFor(form: CounterpartForm): { search: CounterpartSearch } | { error: string } {
  const { seeker } = form;
  if (seeker.kind === 'person' && seeker.picked === null) {
    const typed = seeker.typed.trim();
    return {
      error:
        typed === ''
          ? 'Pick yourself: type your name and choose it from the list, or type a role instead.'
          : `Nobody on the map is picked for "${typed}": choose a name from the list, or type a role instead.`,
    };
  }
  return {
    search: {
      person: seeker.kind === 'person' ? (seeker.picked?.id ?? null) : null,
      role: seeker.kind === 'role' ? seeker.role : null,
      level: seeker.kind === 'role' ? seeker.level : null,
      organisation: form.organisation,
      keywords: form.keywords.trim(),
      top: TOP,
    },
  };
}

/** Only the people among search suggestions: the seeker is a person. */
export function peopleOnly(hits: readonly SearchHit[]): SearchHit[] {
  return hits.filter((hit) => hit.kind === 'person');
}

/** The score as a whole percentage: "62% match". */
export function matchLabel(score: number): string {
  const percent = Math.round(Math.min(Math.max(score, 0), 1) * 100);
  return `${percent}% match`;
}

/** Where they work: "Reablement Service, Ashworth Borough Council". */
export function placeLabel(team: GroupRef | null): string {
  if (team === null) return 'No team recorded';
  return team.organisation === undefined ? team.name : `${team.name}, ${team.organisation.name}`;
}

/** How to reach them, in plain words, given who is looking. */
export function reachLabel(view: CounterpartsView, c: CounterpartView): string {
  if (c.already_known) return 'You already know them: get in touch directly.';
  if (view.seeker.kind === 'role') {
    return 'A typed role has no ties on the map, so no introduction is suggested: pick yourself to see who could introduce you.';
  }
  if (c.introduction === null) return 'Nobody you know knows them within three introductions.';
  return c.advice;
}

/** The introduction as a line of names: "Gareth Taylor → Dawn Ainsworth → Lily Clarke". */
export function pathLabel(c: CounterpartView): string {
  return c.introduction === null ? '' : c.introduction.path.map((p) => p.name).join(' → ');
}

/** The strength of an introduction in plain words, on the UI's one strength scale: "strong (71%)". */
export function strengthLabel(strength: number): string {
  const word = strength >= 0.6 ? 'strong' : strength >= 0.3 ? 'fair' : 'weak';
  return `${word} (${formatStrength(strength)})`;
}

/** What "62% match" means, shown with the results (the score of crates/bridgework-core/src/counterparts.rs). */
export const MATCH_HELP =
  'Match, 0–100%: how much their role and their team’s work share words with yours (rare words count more), the keywords they mention, being at your level and a declared partner link between your teams. Someone you already know counts half.';

/** What an introduction's strength means: the ties along it multiplied. */
export const INTRODUCTION_HELP =
  'An introduction’s strength is the strengths of its ties multiplied: 0–100%, like a tie’s, so a chain is never stronger than its weakest tie.';

/** What the results are: "The best 10 of 91 people in post in Council for Gareth Taylor, about “falls”." */
export function summaryLine(view: CounterpartsView): string {
  const seeker = view.seeker.kind === 'person' ? view.seeker.person.name : `the role “${view.seeker.role}”`;
  const about = view.keywords === '' ? '' : `, about “${view.keywords}”`;
  return `The best ${view.counterparts.length} of ${view.considered} people in post in ${view.organisation.name} for ${seeker}${about}.`;
}

/** What "nothing found" says. */
export function emptyMessage(view: CounterpartsView): string {
  return view.considered === 0
    ? `Nobody is in post in ${view.organisation.name} on ${view.as_of}.`
    : `Nobody in ${view.organisation.name} matched.`;
}

/** "Show on map": open the counterpart's organisation and team, and select them. */
export function counterpartFocus(c: CounterpartView): MapFocus {
  const organisation = c.team.organisation;
  if (organisation === undefined) return { organisations: [], teams: [], select: c.person.key };
  return {
    organisations: [{ id: organisation.id, key: organisation.key, label: organisation.name }],
    teams: [{ id: c.team.id, key: c.team.key, label: c.team.name, organisation: organisation.id }],
    select: c.person.key,
  };
}

/** Where someone stands on an introduction. */
export type PathRole = 'you' | 'introducer' | 'counterpart';

export interface PathNode {
  key: string;
  label: string;
  role: PathRole;
  /** Their organisation's colour on the main map; grey when unknown. */
  colour: string;
  /** Their team and organisation, for the legend. */
  place: string;
  x: number;
  y: number;
  size: number;
}

export interface PathEdge {
  key: string;
  source: string;
  target: string;
}

export interface PathGraph {
  nodes: PathNode[];
  edges: PathEdge[];
}

const UNKNOWN_COLOUR = token('faint');

/**
 * The introduction of `c` drawn as a path from left to right, each person in
 * their organisation's colour; empty when there is no introduction. Nodes
 * step up and down so neighbouring labels do not collide.
 */
export function introductionGraph(c: CounterpartView, organisations: readonly OrganisationSummary[]): PathGraph {
  if (c.introduction === null) return { nodes: [], edges: [] };
  const path = c.introduction.path;
  const colours = new Map(organisations.map((o) => [o.id, o.colour ?? UNKNOWN_COLOUR]));
  const nodes = path.map((person, i): PathNode => {
    const team = c.introduction_teams[i] ?? null;
    const role: PathRole = i === 0 ? 'you' : i === path.length - 1 ? 'counterpart' : 'introducer';
    return {
      key: person.key,
      label: person.name,
      role,
      colour: (team?.organisation !== undefined ? colours.get(team.organisation.id) : undefined) ?? UNKNOWN_COLOUR,
      place: placeLabel(team),
      x: i,
      y: i % 2 === 0 ? 0 : 0.35,
      size: role === 'introducer' ? 10 : 14,
    };
  });
  const edges = nodes.slice(1).map((node, i) => ({
    key: `${nodes[i].key}~${node.key}`,
    source: nodes[i].key,
    target: node.key,
  }));
  return { nodes, edges };
}

/** Who someone is on the path, in words. */
export function pathRoleLabel(role: PathRole): string {
  return role === 'you' ? 'You' : role === 'introducer' ? 'Could introduce you' : 'Counterpart';
}
