// The Snapshots page's logic, kept out of the components so it can be tested:
// the take-a-snapshot form's check, which two moments to compare, the
// comparison's lists in words, "Show on map" focuses, and the changes map's
// graph (nodes, coloured edges, a deterministic layout).
import type {
  Category,
  DiffSettings,
  GroupRef,
  PersonRef,
  DiffSummary,
  JoinerView,
  MomentView,
  PairChangeView,
  SnapshotDiffView,
  SnapshotInfo,
  StrengthChangeView,
} from '../ipc';
import { formatDate } from '../common/format';
import { categoryStyle } from '../common/categories';
import type { MapFocus } from '../app/navigation';
import { token } from '../common/palette';

// ---------------------------------------------------------------------------
// Taking a snapshot

/** The problem with a snapshot name, in words, or null when it can be taken. */
export function snapshotNameError(name: string, existing: readonly SnapshotInfo[]): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'Give the snapshot a name, such as "2026 Q3".';
  if (existing.some((s) => s.name === trimmed)) return `There is already a snapshot called "${trimmed}".`;
  return null;
}

/**
 * When a snapshot was taken, as a reader writes it: "3 Mar 2026, 09:30"; and
 * first the day its data describes when that is another day: "As of 1 Mar
 * 2026 · taken 3 Mar 2026, 09:30".
 */
export function takenLabel(snapshot: SnapshotInfo): string {
  const at = new Date(snapshot.taken_at);
  if (Number.isNaN(at.getTime())) return `As of ${formatDate(snapshot.day)}`;
  const pad = (n: number) => String(n).padStart(2, '0');
  const takenDay = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  const taken = `${formatDate(takenDay)}, ${pad(at.getHours())}:${pad(at.getMinutes())}`;
  return takenDay === snapshot.day ? taken : `As of ${formatDate(snapshot.day)} · taken ${taken}`;
}

/** "597 people, 2,743 ties". */
export function snapshotCounts(snapshot: SnapshotInfo): string {
  const n = new Intl.NumberFormat('en-GB');
  return `${n.format(snapshot.people)} ${snapshot.people === 1 ? 'person' : 'people'}, ${n.format(snapshot.ties)} ${
    snapshot.ties === 1 ? 'tie' : 'ties'
  }`;
}

// ---------------------------------------------------------------------------
// Choosing what to compare

/** A side of a comparison: a snapshot id, or `now` for the map as it is now. */
export type Side = number | 'now';

/** The value of a side in a `<select>`, and back. */
export function sideValue(side: Side): string {
  return side === 'now' ? 'now' : String(side);
}

export function parseSide(value: string): Side {
  return value === 'now' ? 'now' : Number(value);
}

/** The side as the command takes it: an id, or null for now. */
export function sideId(side: Side): number | null {
  return side === 'now' ? null : side;
}

/**
 * The comparison to offer first: the latest snapshot with now; null without
 * snapshots.
 */
export function defaultComparison(snapshots: readonly SnapshotInfo[]): { from: Side; to: Side } | null {
  const last = snapshots.at(-1);
  return last === undefined ? null : { from: last.id, to: 'now' };
}

/** Why two sides cannot be compared, or null. */
export function comparisonError(from: Side | null, to: Side | null): string | null {
  if (from === null || to === null) return 'Choose what to compare.';
  if (from === to) return 'Choose two different moments to compare.';
  return null;
}

/** The comparison's settings as the fields show them: whole days. */
export interface SettingsText {
  half_life_days: string;
  recency_days: string;
}

/** The engine's defaults: ties halve in strength in 180 days; stale after 180. */
export const DEFAULT_SETTINGS: SettingsText = { half_life_days: '180', recency_days: '180' };

/**
 * The settings typed, or the problem with each field (keyed as the backend
 * names them, so its own messages land in the same place).
 */
export function readSettings(
  text: SettingsText,
): { settings: DiffSettings; errors: null } | { settings: null; errors: Partial<Record<keyof SettingsText, string>> } {
  const errors: Partial<Record<keyof SettingsText, string>> = {};
  const days = (field: keyof SettingsText, label: string): number => {
    const value = Number(text[field].trim());
    if (text[field].trim() === '' || !Number.isInteger(value) || value < 1 || value > 3650) {
      errors[field] = `${label}: a whole number of days from 1 to 3650.`;
    }
    return value;
  };
  const settings = {
    half_life_days: days('half_life_days', 'Half-life'),
    recency_days: days('recency_days', 'Stale after'),
  };
  return Object.keys(errors).length === 0 ? { settings, errors: null } : { settings: null, errors };
}

/** One side in words: `"2026 Q3" (3 Mar 2026)` or "now (5 Mar 2026)". */
export function momentLabel(moment: MomentView): string {
  return moment.snapshot === null
    ? `now (${formatDate(moment.as_of)})`
    : `"${moment.snapshot.name}" (${formatDate(moment.as_of)})`;
}

// ---------------------------------------------------------------------------
// The comparison in words

export interface SummaryRow {
  key: keyof DiffSummary;
  label: string;
  count: number;
}

const SUMMARY_LABELS: readonly [keyof DiffSummary, string][] = [
  ['joined', 'People joined'],
  ['left', 'People left'],
  ['ties_gained', 'Ties gained'],
  ['ties_lost', 'Ties lost'],
  ['ties_strengthened', 'Ties strengthened'],
  ['ties_weakened', 'Ties weakened'],
  ['team_pairs_changed', 'Team pairs changed category'],
  ['organisation_pairs_changed', 'Organisation pairs changed category'],
];

export function summaryRows(summary: DiffSummary): SummaryRow[] {
  return SUMMARY_LABELS.map(([key, label]) => ({ key, label, count: summary[key] }));
}

/** Whether nothing at all changed. */
export function noChanges(summary: DiffSummary): boolean {
  return summaryRows(summary).every((row) => row.count === 0);
}

/** A team with its organisation: "Reablement (Council)"; a group without one as its name. */
export function groupLabel(group: GroupRef | null): string {
  if (group === null) return 'no team';
  return group.organisation === undefined ? group.name : `${group.name} (${group.organisation.name})`;
}

/** "Ann Lee – Bob Khan". */
export function tieTitle(tie: { a: PersonRef; b: PersonRef }): string {
  return `${tie.a.name} – ${tie.b.name}`;
}

/** A leaver's leaving, in words. */
export function leftLabel(leftOn: string | null): string {
  return leftOn === null ? 'removed from the map' : `left ${formatDate(leftOn)}`;
}

/** Whether a strength change is due to time passing alone. */
export function recencyOnly(change: StrengthChangeView): boolean {
  return change.moved.length > 0 && change.moved.every((part) => part === 'recency');
}

/**
 * The strength changes worth listing one by one, and how many moved only
 * because time passed (between two days every unrenewed tie weakens).
 */
export function splitByRecency(changes: readonly StrengthChangeView[]): {
  listed: StrengthChangeView[];
  recencyOnly: number;
} {
  const listed = changes.filter((c) => !recencyOnly(c));
  return { listed, recencyOnly: changes.length - listed.length };
}

/** A category's label, or "not checked" for a side that does not check the pair. */
export function categoryLabel(category: Category | null): string {
  return category === null ? 'not checked' : categoryStyle(category).label;
}

/** A category's colour, grey for a side that does not check the pair. */
export function categoryColour(category: Category | null): string {
  return category === null ? token('muted') : categoryStyle(category).colour;
}

/** A pair's two sides in words. */
export function pairTitle(pair: PairChangeView): string {
  return `${groupLabel(pair.a)} – ${groupLabel(pair.b)}`;
}

// ---------------------------------------------------------------------------
// Show on map

/** The map focus selecting a person in `team` (which names its organisation); null without a team. */
export function personFocus(person: PersonRef, team: GroupRef | null): MapFocus | null {
  const organisation = team?.organisation;
  if (team === null || organisation === undefined) return null;
  return {
    organisations: [{ id: organisation.id, key: organisation.key, label: organisation.name }],
    teams: [{ id: team.id, key: team.key, label: team.name, organisation: organisation.id }],
    select: person.key,
  };
}

export function joinerFocus(joiner: JoinerView): MapFocus | null {
  return personFocus(joiner.person, joiner.team);
}

/** The map focus of a team pair: both organisations open, side A's team selected. */
export function teamPairFocus(pair: PairChangeView): MapFocus | null {
  const orgs = [pair.a.organisation, pair.b.organisation];
  if (orgs.some((o) => o === undefined)) return null;
  const organisations = orgs
    .map((o) => ({ id: o!.id, key: o!.key, label: o!.name }))
    .filter((o, i, all) => all.findIndex((x) => x.id === o.id) === i);
  return { organisations, teams: [], select: pair.a.key };
}

/** The map focus of an organisation pair: side A selected. */
export function organisationPairFocus(pair: PairChangeView): MapFocus {
  return { organisations: [], teams: [], select: pair.a.key };
}

// ---------------------------------------------------------------------------
// The changes map

export type Change = 'gained' | 'lost' | 'strengthened' | 'weakened' | 'category';
export type NodeStatus = 'joined' | 'left' | 'involved' | 'team';

export const CHANGE_STYLES: Record<Change, { label: string; colour: string }> = {
  gained: { label: 'Tie gained', colour: token('success') },
  lost: { label: 'Tie lost', colour: token('danger') },
  strengthened: { label: 'Tie strengthened', colour: token('info') },
  weakened: { label: 'Tie weakened', colour: token('warning') },
  category: { label: 'Pair changed category', colour: token('violet') },
};

export const NODE_STYLES: Record<NodeStatus, { label: string; colour: string }> = {
  joined: { label: 'Person joined', colour: token('success') },
  left: { label: 'Person left', colour: token('danger') },
  involved: { label: 'Person', colour: token('muted') },
  team: { label: 'Team', colour: token('violet') },
};

export interface ChangeNode {
  key: string;
  label: string;
  status: NodeStatus;
  x: number;
  y: number;
}

export interface ChangeEdge {
  key: string;
  source: string;
  target: string;
  change: Change;
  /** What the tooltip or a reader sees: "Tie gained: Ann – Bob". */
  label: string;
}

export interface ChangesGraph {
  nodes: ChangeNode[];
  edges: ChangeEdge[];
  /** Weakened ties left off the drawing because only time passed. */
  recencyOnly: number;
}

/**
 * The people and teams a comparison involves, with an edge per change: ties
 * gained, lost, strengthened and weakened (those weakened by time alone left
 * off) between people, and team pairs whose category changed between teams.
 * People sit on an outer circle, teams on an inner one, each ordered by
 * organisation, team and name so the drawing is the same every time.
 */
export function changesGraph(diff: SnapshotDiffView): ChangesGraph {
  const people = new Map<string, { label: string; status: NodeStatus; group: string }>();
  const teams = new Map<string, { label: string; group: string }>();
  const groupOf = (team: GroupRef | null) =>
    team === null ? '~' : `${team.organisation?.name ?? ''}\u0000${team.name}`;
  const addPerson = (p: PersonRef, status: NodeStatus = 'involved', group = '~') => {
    const known = people.get(p.key);
    if (known === undefined) people.set(p.key, { label: p.name, status, group });
    else if (status !== 'involved') people.set(p.key, { label: known.label, status, group });
  };
  for (const j of diff.joined) addPerson(j.person, 'joined', groupOf(j.team));
  for (const l of diff.left) addPerson(l.person, 'left', groupOf(l.team));

  const edges: ChangeEdge[] = [];
  const tieEdge = (change: Change, tie: { a: PersonRef; b: PersonRef; kind: string }) => {
    addPerson(tie.a);
    addPerson(tie.b);
    edges.push({
      key: `${change}:${tie.a.id}:${tie.b.id}:${tie.kind}`,
      source: tie.a.key,
      target: tie.b.key,
      change,
      label: `${CHANGE_STYLES[change].label}: ${tieTitle(tie)}`,
    });
  };
  for (const t of diff.ties_gained) tieEdge('gained', t);
  for (const t of diff.ties_lost) tieEdge('lost', t);
  for (const t of diff.ties_strengthened) tieEdge('strengthened', t);
  const { listed, recencyOnly: timeOnly } = splitByRecency(diff.ties_weakened);
  for (const t of listed) tieEdge('weakened', t);
  for (const pair of diff.team_pairs) {
    for (const team of [pair.a, pair.b]) teams.set(team.key, { label: groupLabel(team), group: groupOf(team) });
    edges.push({
      key: `category:${pair.a.id}:${pair.b.id}`,
      source: pair.a.key,
      target: pair.b.key,
      change: 'category',
      label: `${pairTitle(pair)}: ${categoryLabel(pair.before)} → ${categoryLabel(pair.after)}`,
    });
  }

  const order = <T extends { label: string; group: string }>(entries: [string, T][]) =>
    entries.sort(([ka, a], [kb, b]) => a.group.localeCompare(b.group) || a.label.localeCompare(b.label) || ka.localeCompare(kb));
  const nodes: ChangeNode[] = [];
  const ring = <T extends { label: string; group: string }>(
    entries: [string, T][],
    radius: number,
    status: (value: T) => NodeStatus,
  ) => {
    order(entries).forEach(([key, value], i) => {
      const angle = (2 * Math.PI * i) / Math.max(entries.length, 1) - Math.PI / 2;
      nodes.push({
        key,
        label: value.label,
        status: status(value),
        x: entries.length === 1 ? 0 : round(radius * Math.cos(angle)),
        y: entries.length === 1 ? 0 : round(radius * Math.sin(angle)),
      });
    });
  };
  const teamRadius = people.size === 0 ? 100 : 45;
  ring([...teams.entries()], teamRadius, () => 'team');
  ring([...people.entries()], 100, (p) => p.status);
  return { nodes, edges, recencyOnly: timeOnly };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
