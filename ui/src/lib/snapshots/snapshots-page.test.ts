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
  changes_map: { nodes: [], edges: [], recency_only: 0 },
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

  it('exports the comparison shown, with its sides and settings, in the format chosen', async () => {
    const exports: unknown[] = [];
    let answer: () => Promise<unknown> = () => Promise.resolve(null);
    const backend = invoke.getMockImplementation()!;
    invoke.mockImplementation((command: string, args: unknown) => {
      if (command !== 'export_comparison_with_dialog') return backend(command, args);
      exports.push(args);
      return answer();
    });
    const screen = new SnapshotsPageState();
    screen.mapChanged();
    await settle();
    screen.setField('half_life_days', '30');
    screen.compare();
    diffs[0].resolve(diff(1));
    await settle();
    // The fields change after comparing: the export is of what is shown.
    screen.setField('half_life_days', '90');
    screen.exportFormat = 'xlsx';
    answer = () => Promise.resolve({ format: 'xlsx', out: '/saves/Map Before to now 2026-12-02.xlsx', summary: 'the changes' });
    await screen.exportComparison();
    expect(exports).toEqual([{ from: 1, to: null, settings: { half_life_days: 30, recency_days: 180 }, format: 'xlsx' }]);
    expect(screen.exported?.out).toBe('/saves/Map Before to now 2026-12-02.xlsx');
    expect(screen.exporting).toBe(false);
    // A cancelled Save dialog says nothing; a failure says why.
    answer = () => Promise.resolve(null);
    await screen.exportComparison();
    expect([screen.exported, screen.exportError]).toEqual([null, null]);
    answer = () => Promise.reject({ code: 'already-exists', message: 'Map.xlsx already exists; choose another name' });
    await screen.exportComparison();
    expect(screen.exportError).toBe('Map.xlsx already exists; choose another name');
  });

  it('exports nothing before a comparison is shown', async () => {
    const screen = new SnapshotsPageState();
    await screen.exportComparison();
    expect(invoke).not.toHaveBeenCalledWith('export_comparison_with_dialog', expect.anything());
  });

  it('puts a refused name or day beside its field', async () => {
    const screen = new SnapshotsPageState();
    screen.mapChanged();
    await settle();
    invoke.mockImplementationOnce((command: string, args: unknown) => {
      expect([command, args]).toEqual(['take_snapshot_named', { name: 'Q3', note: null, asOf: '2027-01-01' }]);
      return Promise.reject({
        code: 'invalid-input',
        message: 'the snapshot was not saved: As of: 2027-01-01 is after today',
        issues: [{ file: 'snapshot', line: null, column: 'as_of', message: 'As of: 2027-01-01 is after today' }],
      });
    });
    screen.name = 'Q3';
    screen.asOf = '2027-01-01';
    await screen.take();
    expect([screen.asOfError, screen.nameError, screen.takeError]).toEqual(['As of: 2027-01-01 is after today', null, null]);
    expect(screen.name).toBe('Q3');
  });

  it('renames a snapshot in the list, refusing a name another snapshot has', async () => {
    const other: SnapshotInfo = { ...snapshot, id: 2, name: 'After' };
    invoke.mockImplementation((command: string, args: { id: number; name: string }) => {
      if (command === 'snapshots') return Promise.resolve([snapshot, other]);
      if (command === 'rename_snapshot') return Promise.resolve({ ...snapshot, name: args.name });
      return Promise.reject(new Error(`unexpected ${command}`));
    });
    const screen = new SnapshotsPageState();
    screen.mapChanged();
    await settle();
    screen.startRename(snapshot);
    screen.renameText = 'After';
    await screen.saveRename();
    expect(screen.renameError).toMatch(/already a snapshot called "After"/);
    expect(invoke).not.toHaveBeenCalledWith('rename_snapshot', expect.anything());
    screen.renameText = ' Before the merger ';
    await screen.saveRename();
    expect(invoke).toHaveBeenCalledWith('rename_snapshot', { id: 1, name: 'Before the merger' });
    expect([screen.renaming, screen.renameError]).toEqual([null, null]);
    expect(screen.list?.map((s) => s.name)).toEqual(['Before the merger', 'After']);
  });

  it('deletes a snapshot only once confirmed, and drops the comparison it was part of', async () => {
    let listed = [snapshot];
    invoke.mockImplementation((command: string) => {
      if (command === 'snapshots') return Promise.resolve(listed);
      if (command === 'diff_snapshot') return Promise.resolve(diff(1));
      if (command === 'delete_snapshot') {
        listed = [];
        return Promise.resolve(snapshot);
      }
      return Promise.reject(new Error(`unexpected ${command}`));
    });
    const screen = new SnapshotsPageState();
    screen.mapChanged();
    await settle();
    screen.compare();
    await settle();
    expect(screen.diff).not.toBeNull();
    screen.askDelete(snapshot);
    expect(screen.deleting).toEqual(snapshot);
    expect(invoke).not.toHaveBeenCalledWith('delete_snapshot', expect.anything());
    await screen.confirmDelete();
    expect(invoke).toHaveBeenCalledWith('delete_snapshot', { id: 1 });
    expect([screen.deleting, screen.diff, screen.from, screen.list]).toEqual([null, null, null, []]);
  });
});
