// The Snapshots page's logic, kept out of the components so it can be tested:
// the take-a-snapshot form's check, which two moments to compare, the
// comparison's lists in words, "Show on map" focuses, and how the changes
// map's marks look (its nodes, edges and layout come from Rust, in the
// comparison's `changes_map`, so the exported picture matches it).
import type {
  Change,
  NodeStatus,
  DiffSettings,
  GroupRef,
  PersonRef,
  DiffSummary,
  ExportFormat,
  JoinerView,
  MomentView,
  PairChangeView,
  SnapshotInfo,
  StrengthChangeView,
} from '../ipc';
import { formatDate } from '../common/format';
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

/** The formats a comparison exports to, the first the one offered first. */
export const COMPARISON_FORMATS: readonly { format: ExportFormat; label: string }[] = [
  { format: 'pdf', label: 'Changes map as PDF' },
  { format: 'svg', label: 'Changes map as SVG' },
  { format: 'png', label: 'Changes map as PNG' },
  { format: 'xlsx', label: 'Changes as an Excel workbook' },
  { format: 'csv', label: 'Changes as a folder of CSV files' },
  { format: 'json', label: 'Changes as JSON' },
];

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

/**
 * How each change and kind of node is drawn, and what the legend says: the
 * picture export (crates/bridgework-api/src/export/comparison/picture.rs)
 * uses the same colours and words; keep the two in step.
 */
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
