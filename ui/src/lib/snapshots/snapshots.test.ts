import { describe, expect, it } from 'vitest';
import { lostCause } from '../common/labels';
import type { GroupRef, PairChangeView, SnapshotDiffView, SnapshotInfo, StrengthChangeView } from '../ipc';
import {
  comparisonError,
  DEFAULT_SETTINGS,
  defaultComparison,
  groupLabel,
  joinerFocus,
  leftLabel,
  momentLabel,
  noChanges,
  parseSide,
  readSettings,
  sideId,
  sideValue,
  snapshotCounts,
  snapshotNameError,
  takenLabel,
  splitByRecency,
  summaryRows,
  teamPairFocus,
} from './snapshots';

const snap = (id: number, name: string): SnapshotInfo => ({
  id,
  name,
  taken_at: '2026-08-01T09:30:00Z',
  day: '2026-08-01',
  note: null,
  people: 597,
  ties: 2743,
});

const council: GroupRef = { id: 'council', name: 'Council', key: 'org:council' };
const hospital: GroupRef = { id: 'acute', name: 'City Hospital', key: 'org:acute' };
const reablement: GroupRef = { id: 'reab', name: 'Reablement', key: 'team:reab', organisation: council };
const discharge: GroupRef = { id: 'hub', name: 'Discharge Hub', key: 'team:hub', organisation: hospital };
const ann = { id: 'p1', name: 'Ann Lee', key: 'person:p1' };
const bob = { id: 'p2', name: 'Bob Khan', key: 'person:p2' };
const cy = { id: 'p3', name: 'Cy Dunn', key: 'person:p3' };

const strength = (moved: StrengthChangeView['moved'], change: number): StrengthChangeView => ({
  a: ann,
  b: cy,
  kind: 'advice',
  before: 0.8,
  after: 0.8 + change,
  change,
  moved,
  reason: 'rating 4 of 5 → 2 of 5',
});

const pair: PairChangeView = {
  a: discharge,
  b: reablement,
  partner_link: true,
  before: 'single-point-of-failure',
  after: 'missing',
};

function diff(): SnapshotDiffView {
  return {
    from: { snapshot: snap(1, 'Before'), as_of: '2026-08-01' },
    to: { snapshot: null, as_of: '2026-09-01' },
    summary: {
      joined: 1,
      left: 1,
      ties_gained: 1,
      ties_lost: 1,
      ties_strengthened: 0,
      ties_weakened: 2,
      team_pairs_changed: 1,
      organisation_pairs_changed: 0,
    },
    joined: [{ person: ann, team: reablement, role: 'Coordinator', level: 'frontline' }],
    left: [{ person: bob, team: discharge, role: null, level: null, left_on: '2026-08-20' }],
    ties_gained: [{ a: ann, b: cy, kind: 'works-with', strength: 0.5 }],
    ties_lost: [{ a: bob, b: cy, kind: 'governance', strength: 0.9, because: 'person-left' }],
    ties_strengthened: [],
    ties_weakened: [strength(['rating'], -0.3), strength(['recency'], -0.05)],
    team_pairs: [pair],
    organisation_pairs: [],
    changes_map: { nodes: [], edges: [], recency_only: 1 },
  };
}

describe('taking a snapshot', () => {
  it('needs a name that is not blank and not already used', () => {
    expect(snapshotNameError('', [])).toMatch(/name/);
    expect(snapshotNameError('   ', [])).toMatch(/name/);
    expect(snapshotNameError(' Before ', [snap(1, 'Before')])).toMatch(/already a snapshot called "Before"/);
    expect(snapshotNameError('After', [snap(1, 'Before')])).toBeNull();
  });

  it('counts people and ties in words', () => {
    expect(snapshotCounts(snap(1, 'x'))).toBe('597 people, 2,743 ties');
    expect(snapshotCounts({ ...snap(1, 'x'), people: 1, ties: 1 })).toBe('1 person, 1 tie');
  });

  it('says the day a snapshot is as of when it is not the day it was taken', () => {
    // Noon UTC is the same calendar day in every time zone the tests run in.
    const taken = { ...snap(1, 'x'), taken_at: '2026-11-24T12:00:00Z', day: '2026-11-24' };
    expect(takenLabel(taken)).toMatch(/^24 Nov 2026, \d\d:\d\d$/);
    expect(takenLabel({ ...taken, day: '2026-09-30' })).toMatch(/^As of 30 Sept? 2026 · taken 24 Nov 2026, \d\d:\d\d$/);
  });
});

describe('choosing what to compare', () => {
  it('offers the latest snapshot with now, or nothing without snapshots', () => {
    expect(defaultComparison([])).toBeNull();
    expect(defaultComparison([snap(1, 'a'), snap(4, 'b')])).toEqual({ from: 4, to: 'now' });
  });

  it('refuses the same moment twice or a missing side', () => {
    expect(comparisonError(null, 'now')).not.toBeNull();
    expect(comparisonError(2, 2)).toMatch(/different/);
    expect(comparisonError('now', 'now')).toMatch(/different/);
    expect(comparisonError(1, 'now')).toBeNull();
  });

  it('reads the settings as whole days from 1 to 3650, each problem at its field', () => {
    expect(readSettings(DEFAULT_SETTINGS)).toEqual({
      settings: { half_life_days: 180, recency_days: 180 },
      errors: null,
    });
    expect(readSettings({ half_life_days: ' 90 ', recency_days: '365' }).settings).toEqual({
      half_life_days: 90,
      recency_days: 365,
    });
    const bad = readSettings({ half_life_days: '0', recency_days: '12.5' });
    expect(bad.settings).toBeNull();
    expect(Object.keys(bad.errors ?? {})).toEqual(['half_life_days', 'recency_days']);
    expect(readSettings({ half_life_days: '', recency_days: 'soon' }).errors?.half_life_days).toMatch(/Half-life/);
  });

  it('round-trips a side through a select value and gives the command an id or null', () => {
    expect(parseSide(sideValue(7))).toBe(7);
    expect(parseSide(sideValue('now'))).toBe('now');
    expect(sideId('now')).toBeNull();
    expect(sideId(3)).toBe(3);
  });

  it('names each side with its day', () => {
    expect(momentLabel(diff().from)).toBe('"Before" (1 Aug 2026)');
    expect(momentLabel(diff().to)).toBe('now (1 Sept 2026)');
  });
});

describe('the comparison in words', () => {
  it('lists every count, and knows when nothing changed', () => {
    const rows = summaryRows(diff().summary);
    expect(rows.map((r) => r.key)).toEqual([
      'joined',
      'left',
      'ties_gained',
      'ties_lost',
      'ties_strengthened',
      'ties_weakened',
      'team_pairs_changed',
      'organisation_pairs_changed',
    ]);
    expect(rows[0]).toEqual({ key: 'joined', label: 'People joined', count: 1 });
    expect(noChanges(diff().summary)).toBe(false);
    const zero = Object.fromEntries(rows.map((r) => [r.key, 0])) as unknown as SnapshotDiffView['summary'];
    expect(noChanges(zero)).toBe(true);
  });

  it('says why a tie was lost and when a person left', () => {
    expect(lostCause('removed')).toBe('removed from the map');
    expect(lostCause('person-left')).toBe('one of them left');
    expect(leftLabel('2026-08-20')).toBe('left 20 Aug 2026');
    expect(leftLabel(null)).toBe('removed from the map');
  });

  it('names teams with their organisation', () => {
    expect(groupLabel(reablement)).toBe('Reablement (Council)');
    expect(groupLabel(council)).toBe('Council');
    expect(groupLabel(null)).toBe('no team');
  });

  it('counts the ties that moved by time alone apart from the rest', () => {
    const { listed, recencyOnly } = splitByRecency(diff().ties_weakened);
    expect(listed.map((c) => c.moved)).toEqual([['rating']]);
    expect(recencyOnly).toBe(1);
  });
});

describe('show on map', () => {
  it('opens a joiner’s organisation and team and selects them', () => {
    expect(joinerFocus(diff().joined[0])).toEqual({
      organisations: [{ id: 'council', key: 'org:council', label: 'Council' }],
      teams: [{ id: 'reab', key: 'team:reab', label: 'Reablement', organisation: 'council' }],
      select: 'person:p1',
    });
    expect(joinerFocus({ ...diff().joined[0], team: null })).toBeNull();
  });

  it('opens both organisations of a team pair and selects side A', () => {
    expect(teamPairFocus(pair)).toEqual({
      organisations: [
        { id: 'acute', key: 'org:acute', label: 'City Hospital' },
        { id: 'council', key: 'org:council', label: 'Council' },
      ],
      teams: [],
      select: 'team:hub',
    });
  });
});
