// The UI's only door to the backend: every Tauri `invoke` goes through here,
// every failure comes out as one CallError (./error.ts), and every request
// whose answer can be overtaken goes through one latest-answer helper
// (./latest.ts).
//
// The types that cross the IPC boundary are generated from the Rust types into
// ./bindings/ (src-tauri/tests/bindings.rs fails when they drift) and
// re-exported from here as the rest of the UI needs them.
import { Channel, invoke } from '@tauri-apps/api/core';
import { listen } from '@tauri-apps/api/event';
import { toCallError } from './error';
import type { MapInfo } from '../bindings/MapInfo';
import type { NodeDetails } from '../bindings/NodeDetails';
import type { OrganisationSummary } from '../bindings/OrganisationSummary';
import type { ProgressReport } from '../bindings/ProgressReport';
import type { RecentMap } from '../bindings/RecentMap';
import type { Scene } from '../bindings/Scene';
import type { SceneRequest } from '../bindings/SceneRequest';
import type { SearchHit } from '../bindings/SearchHit';

export { errorMessage, issuesByField, toCallError, type CallError } from './error';
export { createLatest, type Latest } from './latest';
export type { MapInfo, NodeDetails, OrganisationSummary, ProgressReport, RecentMap, Scene, SceneRequest, SearchHit };
export type { Category } from '../bindings/Category';
export type { CategoryMeaning } from '../bindings/CategoryMeaning';
export type { Level } from '../bindings/Level';
export type { LinkDetail } from '../bindings/LinkDetail';
export type { NodeKind } from '../bindings/NodeKind';
export type { NodeRef } from '../bindings/NodeRef';
export type { OrganisationDetails } from '../bindings/OrganisationDetails';
export type { PersonDetails } from '../bindings/PersonDetails';
export type { SceneEdge } from '../bindings/SceneEdge';
export type { SceneFilters } from '../bindings/SceneFilters';
export type { SceneNode } from '../bindings/SceneNode';
export type { SizeMetric } from '../bindings/SizeMetric';
export type { TeamDetails } from '../bindings/TeamDetails';
export type { TieKind } from '../bindings/TieKind';

// Commands reject with an ApiError; Tauri itself rejects with a bare string
// (e.g. an unknown command): both are normalised so callers meet one shape.
async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw toCallError(error);
  }
}

/** Streams a long command's progress reports to `onProgress`. */
function progressChannel(onProgress: (report: ProgressReport) => void): Channel<ProgressReport> {
  const channel = new Channel<ProgressReport>();
  channel.onmessage = onProgress;
  return channel;
}

/**
 * Opens the map at `path`, or with no path the map chosen at launch (the demo
 * map on first launch), loads and analyses it, and names the window after it.
 * Rejects with code `cancelled` after {@link cancelOpen}.
 */
export function openMap(path: string | null, onProgress: (report: ProgressReport) => void): Promise<MapInfo> {
  return call<MapInfo>('open_map', { path, onProgress: progressChannel(onProgress) });
}

/** Asks the open in progress to stop; the map open before stays open. */
export function cancelOpen(): Promise<void> {
  return call<void>('cancel_open');
}

/** Asks for a file with the native Open dialog and opens it; null when the person cancels the dialog. */
export function openMapWithDialog(onProgress: (report: ProgressReport) => void): Promise<MapInfo | null> {
  return call<MapInfo | null>('open_map_with_dialog', { onProgress: progressChannel(onProgress) });
}

/** Asks where with the native Save dialog, creates an empty map there and opens it; null when cancelled. */
export function newMapWithDialog(): Promise<MapInfo | null> {
  return call<MapInfo | null>('new_map_with_dialog');
}

/** Asks where with the native Save dialog, copies the open map there and switches to the copy; null when cancelled. */
export function saveMapAsWithDialog(): Promise<MapInfo | null> {
  return call<MapInfo | null>('save_map_as_with_dialog');
}

/** Maps opened lately, most recent first. */
export function recentMaps(): Promise<RecentMap[]> {
  return call<RecentMap[]>('recent_maps');
}

/** The organisations of the open map, in the order the map keeps them. */
export function organisations(): Promise<OrganisationSummary[]> {
  return call<OrganisationSummary[]>('organisations');
}

/** What the canvas shows for the open nodes and filters in `request`. */
export function scene(request: SceneRequest): Promise<Scene> {
  return call<Scene>('scene', { request });
}

/** The details panel of a node, by key (`org:ID`, `team:ID`, `person:ID`). */
export function details(key: string): Promise<NodeDetails> {
  return call<NodeDetails>('details', { key });
}

/** Suggestions for the search box, best first. */
export function search(query: string, limit: number): Promise<SearchHit[]> {
  return call<SearchHit[]>('search', { query, limit });
}

/** Saves where a node was dragged to, in the map file. */
export function placeNode(key: string, x: number, y: number): Promise<void> {
  return call<void>('place_node', { key, x, y });
}

/** Forgets every hand-placed position. */
export function resetLayout(): Promise<void> {
  return call<void>('reset_layout');
}

/**
 * Calls `handler` with each click in the native menu bar that the UI acts on:
 * "new", "open", "save-as", "recent:<path>", "undo" or "redo", until the
 * function returned is called (return it from `onMount`). Outside the app
 * window (a plain browser) there is no native menu, and nothing is heard.
 */
export function onMenu(handler: (payload: string) => void): () => void {
  let stopped = false;
  let unlisten: (() => void) | undefined;
  listen<string>('menu', (event) => handler(event.payload))
    .then((stop) => {
      // Stopped before listening began: stop at once.
      if (stopped) stop();
      else unlisten = stop;
    })
    .catch(() => {});
  return () => {
    stopped = true;
    unlisten?.();
  };
}

// ---------------------------------------------------------------------------
// Partnerships page
// ---------------------------------------------------------------------------
// A write changes the map file and reloads the open map: each resolves to the
// map's new MapInfo, which the app sets as `info` so the scene and the pages
// reload. A write refused rejects with code `invalid-input` and one issue per
// wrong field (`issue.column` names the field), and writes nothing.
import type { PartnershipsView } from '../bindings/PartnershipsView';
import type { PartnershipInput } from '../bindings/PartnershipInput';
import type { AssessmentInput } from '../bindings/AssessmentInput';

export type { PartnershipsView, PartnershipInput, AssessmentInput };
export type { PartnershipView } from '../bindings/PartnershipView';
export type { PartnershipLink } from '../bindings/PartnershipLink';
export type { PartnershipModel } from '../bindings/PartnershipModel';
export type { AssessmentView } from '../bindings/AssessmentView';
export type { PairCoverage } from '../bindings/PairCoverage';
export type { OrgRef } from '../bindings/OrgRef';
export type { TeamSide } from '../bindings/TeamSide';

/** Every partnership of the open map, with its assessments, partner links and level coverage. */
export function partnerships(): Promise<PartnershipsView> {
  return call<PartnershipsView>('partnerships');
}

/** Adds a partnership to the open map; resolves to the reloaded map's info. */
export function addPartnership(input: PartnershipInput): Promise<MapInfo> {
  return call<MapInfo>('add_partnership', { input });
}

/** Edits the partnership `id` (its id and assessments stay); resolves to the reloaded map's info. */
export function editPartnership(id: string, input: PartnershipInput): Promise<MapInfo> {
  return call<MapInfo>('edit_partnership', { id, input });
}

/**
 * Adds an assessment of a partnership, or with `replacing` (a date) replaces
 * that assessment; resolves to the reloaded map's info.
 */
export function saveAssessment(
  partnershipId: string,
  replacing: string | null,
  input: AssessmentInput,
): Promise<MapInfo> {
  return call<MapInfo>('save_assessment', { partnershipId, replacing, input });
}

// ---------------------------------------------------------------------------
// Snapshots page
// ---------------------------------------------------------------------------
// Snapshots live inside the map file; taking one does not change the live
// map, so the open map (and `info`) stays as it is.
import type { SnapshotInfo } from '../bindings/SnapshotInfo';
import type { SnapshotDiffView } from '../bindings/SnapshotDiffView';
import type { DiffSettings } from '../bindings/DiffSettings';

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

/** Every snapshot of the open map, oldest first. */
export function snapshots(): Promise<SnapshotInfo[]> {
  return call<SnapshotInfo[]>('snapshots');
}

/**
 * Takes a snapshot of the open map called `name`, with an optional note.
 * Rejects with `invalid-input` for a blank name, `already-exists` for a name
 * in use.
 */
export function takeSnapshot(name: string, note: string | null): Promise<SnapshotInfo> {
  return call<SnapshotInfo>('take_snapshot_named', { name, note });
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

// ---------------------------------------------------------------------------
// Find a counterpart page
// ---------------------------------------------------------------------------
// Answered from the open map (its day and tie strengths), without reading the
// file. Rejects with `invalid-input` when neither a person nor a role is given
// or no organisation is chosen, `not-found` for an id the map does not hold.
import type { CounterpartSearch } from '../bindings/CounterpartSearch';
import type { CounterpartsView } from '../bindings/CounterpartsView';

export type { CounterpartSearch, CounterpartsView };
export type { CounterpartView } from '../bindings/CounterpartView';
export type { IntroductionView } from '../bindings/IntroductionView';
export type { SeekerView } from '../bindings/SeekerView';

/** The people of a partner organisation ranked for `search`, best first, with reasons and introductions. */
export function counterparts(search: CounterpartSearch): Promise<CounterpartsView> {
  return call<CounterpartsView>('counterparts', { search });
}

// ---------------------------------------------------------------------------
// Import page
// ---------------------------------------------------------------------------
// Choosing and previewing read only the source; checking is a dry run against
// the open map; importing writes it all or nothing, then the open map is
// reopened and its new MapInfo returned in `info`.
import type { ColumnRename } from '../bindings/ColumnRename';
import type { ImportDone } from '../bindings/ImportDone';
import type { ImportPreview } from '../bindings/ImportPreview';
import type { ImportReport } from '../bindings/ImportReport';

export type { ColumnRename, ImportDone, ImportPreview, ImportReport };
export type { ExpectedColumn } from '../bindings/ExpectedColumn';
export type { ImportTablePreview } from '../bindings/ImportTablePreview';
export type { Issue } from '../bindings/Issue';
export type { TableReport } from '../bindings/TableReport';

/** Asks for a folder of CSV files (or, with `workbook`, an .xlsx file) with the native dialog; null when cancelled. */
export function chooseImportSource(workbook: boolean): Promise<string | null> {
  return call<string | null>('choose_import_source', { workbook });
}

/** Each table `source` holds, its headers, how they match and its first rows. */
export function previewImport(source: string, onProgress: (report: ProgressReport) => void): Promise<ImportPreview> {
  return call<ImportPreview>('preview_import', { source, onProgress: progressChannel(onProgress) });
}

/**
 * What importing `source` would change in the open map, writing nothing.
 * Rejects with `invalid-input` and every issue (file, line, column) when
 * anything is wrong.
 */
export function checkImport(
  source: string,
  renames: ColumnRename[],
  onProgress: (report: ProgressReport) => void,
): Promise<ImportReport> {
  return call<ImportReport>('check_import', { source, renames, onProgress: progressChannel(onProgress) });
}

/**
 * Imports `source` into the open map, all or nothing, and reopens it.
 * {@link cancelOpen} stops it while it reads (rejecting with `cancelled`).
 */
export function runImport(
  source: string,
  renames: ColumnRename[],
  onProgress: (report: ProgressReport) => void,
): Promise<ImportDone> {
  return call<ImportDone>('run_import', { source, renames, onProgress: progressChannel(onProgress) });
}

// ---------------------------------------------------------------------------
// Data page, and undo and redo
// ---------------------------------------------------------------------------
// Tables are read from the open map a page of rows at a time (searched and
// sorted by the backend). Every write — a record saved or deleted, two
// people merged, an undo or a redo — is one edit kept in the map's audit
// log, reopens the map, and resolves to an AfterEdit: the new MapInfo (which
// the app sets as `info`, so the canvas and every page reload), what was
// done, and what undo and redo would do next. A record refused rejects with
// `invalid-input` and one issue per wrong field (`issue.column` is the
// column's key), and writes nothing.
import type { AfterEdit } from '../bindings/AfterEdit';
import type { DataTable } from '../bindings/DataTable';
import type { DeletePlan } from '../bindings/DeletePlan';
import type { DuplicatePair } from '../bindings/DuplicatePair';
import type { HistoryView } from '../bindings/HistoryView';
import type { RecordInput } from '../bindings/RecordInput';
import type { RowsPage } from '../bindings/RowsPage';
import type { RowsRequest } from '../bindings/RowsRequest';

export type { AfterEdit, DataTable, DeletePlan, DuplicatePair, HistoryView, RecordInput, RowsPage, RowsRequest };
export type { CellInput } from '../bindings/CellInput';
export type { ColumnSpec } from '../bindings/ColumnSpec';
export type { DataRow } from '../bindings/DataRow';
export type { DuplicatePerson } from '../bindings/DuplicatePerson';
export type { EditDone } from '../bindings/EditDone';
export type { FieldKind } from '../bindings/FieldKind';
export type { HistoryStep } from '../bindings/HistoryStep';

/** One page of a table of the open map: its columns, counts and the rows asked for (at most 500). */
export function dataRows(request: RowsRequest): Promise<RowsPage> {
  return call<RowsPage>('data_rows', { request });
}

/** Adds a record (`input.key` null) or edits the record `input.key`. */
export function saveRecord(input: RecordInput): Promise<AfterEdit> {
  return call<AfterEdit>('save_record', { input });
}

/** What deleting the record `key` would take with it, and the question to confirm it. */
export function deletePlan(table: DataTable, key: string): Promise<DeletePlan> {
  return call<DeletePlan>('delete_plan', { table, key });
}

/** Deletes the record `key` and everything that cannot stand without it. */
export function deleteRecord(table: DataTable, key: string): Promise<AfterEdit> {
  return call<AfterEdit>('delete_record', { table, key });
}

/** The pairs of people in the open map who may be one person. */
export function duplicates(): Promise<DuplicatePair[]> {
  return call<DuplicatePair[]>('duplicates');
}

/** Merges the person `merge` into the person `keep` (ids): their ties move, `merge` is deleted. */
export function mergePeople(keep: string, merge: string): Promise<AfterEdit> {
  return call<AfterEdit>('merge_people', { keep, merge });
}

/** What undo and redo would do on the open map now. */
export function history(): Promise<HistoryView> {
  return call<HistoryView>('history');
}

/**
 * Takes back the latest edit. Rejects with `not-found` when there is nothing
 * to undo, `conflict` when the map changed since in a way undo cannot reverse.
 */
export function undo(): Promise<AfterEdit> {
  return call<AfterEdit>('undo');
}

/** Makes again the edit undone last; rejects as {@link undo} does. */
export function redo(): Promise<AfterEdit> {
  return call<AfterEdit>('redo');
}
