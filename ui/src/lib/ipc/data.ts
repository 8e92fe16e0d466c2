// The Data page's calls, and undo and redo.
//
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
import type { Erasure } from '../bindings/Erasure';
import type { HistoryView } from '../bindings/HistoryView';
import type { RecordInput } from '../bindings/RecordInput';
import type { RowsPage } from '../bindings/RowsPage';
import type { RowsRequest } from '../bindings/RowsRequest';
import { call } from './call';

export type { AfterEdit, DataTable, DeletePlan, DuplicatePair, Erasure, HistoryView, RecordInput, RowsPage, RowsRequest };
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

/** What erasing the person `key` (`person:ID`) would take away: ties, snapshots, history entries. */
export function erasurePlan(key: string): Promise<Erasure> {
  return call<Erasure>('erasure_plan', { key });
}

/**
 * Erases the person `key` from the map, its snapshots and its history, for
 * good (it cannot be undone); `reason` goes to the audit log and must not
 * name them (`invalid-input`).
 */
export function erasePerson(key: string, reason: string | null): Promise<AfterEdit> {
  return call<AfterEdit>('erase_person', { key, reason });
}

/** The pairs of people in the open map who may be one person. */
export function duplicates(): Promise<DuplicatePair[]> {
  return call<DuplicatePair[]>('duplicates');
}

/** Merges the person `merge` into the person `keep` (node keys, `person:ID`): their ties move, `merge` is deleted. */
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
