// The Snapshots page's calls.
//
// Snapshots live inside the map file; taking one does not change the live
// map, so the open map (and `info`) stays as it is.
import type { SnapshotInfo } from '../bindings/SnapshotInfo';
import type { SnapshotDiffView } from '../bindings/SnapshotDiffView';
import type { DiffSettings } from '../bindings/DiffSettings';
import type { ExportFormat } from '../bindings/ExportFormat';
import type { ExportReport } from '../bindings/ExportReport';
import { call } from './call';

export type { SnapshotInfo, SnapshotDiffView, DiffSettings };
export type { GroupRef } from '../bindings/GroupRef';
export type { PersonRef } from '../bindings/PersonRef';
export type { DiffSummary } from '../bindings/DiffSummary';
export type { DiffTieView } from '../bindings/DiffTieView';
export type { JoinerView } from '../bindings/JoinerView';
export type { LeaverView } from '../bindings/LeaverView';
export type { LostBecause } from '../bindings/LostBecause';
export type { LostTieView } from '../bindings/LostTieView';
export type { MomentView } from '../bindings/MomentView';
export type { PairChangeView } from '../bindings/PairChangeView';
export type { StrengthChangeView } from '../bindings/StrengthChangeView';
export type { ChangesMap } from '../bindings/ChangesMap';
export type { ChangeNode } from '../bindings/ChangeNode';
export type { ChangeEdge } from '../bindings/ChangeEdge';
export type { Change } from '../bindings/Change';
export type { NodeStatus } from '../bindings/NodeStatus';

/** Every snapshot of the open map, oldest first. */
export function snapshots(): Promise<SnapshotInfo[]> {
  return call<SnapshotInfo[]>('snapshots');
}

/**
 * Takes a snapshot of the open map called `name`, with an optional note, as of
 * the day `asOf` (YYYY-MM-DD; null for today). Rejects with `invalid-input`
 * and an issue at `name` (blank or in use) or `as_of` (not a day, or after
 * today).
 */
export function takeSnapshot(name: string, note: string | null, asOf: string | null): Promise<SnapshotInfo> {
  return call<SnapshotInfo>('take_snapshot_named', { name, note, asOf });
}

/**
 * Renames snapshot `id`; resolves to it as it is now. Rejects with
 * `invalid-input` and an issue at `name`, or `not-found` when it is gone.
 */
export function renameSnapshot(id: number, name: string): Promise<SnapshotInfo> {
  return call<SnapshotInfo>('rename_snapshot', { id, name });
}

/** Deletes snapshot `id` for good; resolves to what it was. Rejects with `not-found` when it is gone. */
export function deleteSnapshot(id: number): Promise<SnapshotInfo> {
  return call<SnapshotInfo>('delete_snapshot', { id });
}

/**
 * What changed from snapshot `from` to snapshot `to` (by id); null is the map
 * as it is now. Rejects with `invalid-input` and an issue per bad setting.
 */
export function diffSnapshots(
  from: number | null,
  to: number | null,
  settings: DiffSettings,
): Promise<SnapshotDiffView> {
  return call<SnapshotDiffView>('diff_snapshot', { from, to, settings });
}

/**
 * Asks where with the native Save dialog (suggesting a name after the map,
 * the two sides and the day) and exports the comparison `diffSnapshots`
 * shows for the same sides and settings: the changes map as a picture (pdf,
 * svg, png) or the changes as tables (xlsx, csv, json). Null when the person
 * cancels the dialog.
 */
export function exportComparisonWithDialog(
  from: number | null,
  to: number | null,
  settings: DiffSettings,
  format: ExportFormat,
): Promise<ExportReport | null> {
  return call<ExportReport | null>('export_comparison_with_dialog', { from, to, settings, format });
}
