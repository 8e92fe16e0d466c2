// The Snapshots page's transitions, through the real lib/ipc with Tauri's
// `invoke` replaced by a stand-in backend whose answers the test hands back.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SnapshotDiffView, SnapshotInfo } from '../ipc';
import { SnapshotsPageState } from './snapshots-page.svelte';

const invoke = vi.hoisted(() => vi.fn());
vi.mock('@tauri-apps/api/core', () => ({ invoke, Channel: class {} }));

const snapshot: SnapshotInfo = {
  id: 1,
  name: 'Before',
  taken_at: '2026-12-01T09:00:00Z',
  day: '2026-12-01',
  note: null,
  people: 10,
  ties: 20,
};

const diff = (joined: number): SnapshotDiffView => ({
  from: { snapshot, as_of: '2026-12-01' },
  to: { snapshot: null, as_of: '2026-12-02' },
  summary: {
    joined,
    left: 0,
    ties_gained: 0,
    ties_lost: 0,
    ties_strengthened: 0,
    ties_weakened: 0,
    team_pairs_changed: 0,
    organisation_pairs_changed: 0,
  },
  joined: [],
  left: [],
  ties_gained: [],
  ties_lost: [],
  ties_strengthened: [],
  ties_weakened: [],
  team_pairs: [],
  organisation_pairs: [],
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('SnapshotsPageState', () => {
  let diffs: { resolve: (view: SnapshotDiffView) => void; reject: (error: unknown) => void }[];

  beforeEach(() => {
    diffs = [];
    invoke.mockReset();
    invoke.mockImplementation((command: string) => {
      if (command === 'snapshots') return Promise.resolve([snapshot]);
      if (command === 'diff_snapshot') return new Promise((resolve, reject) => diffs.push({ resolve, reject }));
      return Promise.reject(new Error(`unexpected ${command}`));
    });
  });

  it('compares the latest snapshot with now, and shows only the comparison asked for last', async () => {
    const screen = new SnapshotsPageState();
    screen.mapChanged();
    await settle();
    expect([screen.from, screen.to]).toEqual([1, 'now']);
    screen.compare();
    screen.compare();
    expect(screen.comparing).toBe(true);
    diffs[1].resolve(diff(2));
    diffs[0].resolve(diff(1));
    await settle();
    expect(screen.diff?.summary.joined).toBe(2);
    expect(screen.comparing).toBe(false);
  });

  it('drops a comparison the map changed under, and is not left comparing', async () => {
    const screen = new SnapshotsPageState();
    screen.mapChanged();
    await settle();
    screen.compare();
    screen.mapChanged();
    diffs[0].resolve(diff(1));
    await settle();
    expect(screen.diff).toBeNull();
    expect(screen.comparing).toBe(false);
  });

  it('puts a refused setting beside its field, and any other failure above', async () => {
    const screen = new SnapshotsPageState();
    screen.mapChanged();
    await settle();
    screen.compare();
    diffs[0].reject({
      code: 'invalid-input',
      message: 'Bad settings.',
      issues: [{ file: 'settings', line: null, column: 'recency_days', message: 'Stale after: 0 is too short' }],
    });
    await settle();
    expect(screen.settingErrors).toEqual({ recency_days: 'Stale after: 0 is too short' });
    expect(screen.compareError).toBeNull();
    screen.compare();
    diffs[1].reject({ code: 'io', message: 'The map file could not be read.' });
    await settle();
    expect(screen.compareError).toBe('The map file could not be read.');
  });
});
