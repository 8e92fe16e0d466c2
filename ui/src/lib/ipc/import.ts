// The Import page's calls.
//
// The page never names a path: choosing shows the native dialog in Rust,
// which keeps the source and hands back a token; the other calls take it.
//
// Choosing and previewing read only the source; checking is a dry run against
// the open map; importing writes it all or nothing, then the open map is
// reopened and its new MapInfo returned in `info`.
import type { ColumnRename } from '../bindings/ColumnRename';
import type { ImportDone } from '../bindings/ImportDone';
import type { ImportPreview } from '../bindings/ImportPreview';
import type { ImportReport } from '../bindings/ImportReport';
import type { ProgressReport } from '../bindings/ProgressReport';
import { call, progressChannel } from './call';

export type { ColumnRename, ImportDone, ImportPreview, ImportReport };
export type { ExpectedColumn } from '../bindings/ExpectedColumn';
export type { ImportTablePreview } from '../bindings/ImportTablePreview';
export type { Issue } from '../bindings/Issue';
export type { TableReport } from '../bindings/TableReport';

/**
 * A source the person chose, as the backend hands it out (mirrors
 * `src-tauri/src/import_sources.rs`'s `ChosenSource`, a shell type with no
 * generated binding): `token` names it to the calls below, `shown` is its path.
 */
export interface ChosenSource {
  token: number;
  shown: string;
}

/** Asks for a folder of CSV files (or, with `workbook`, an .xlsx file) with the native dialog; null when cancelled. */
export function chooseImportSource(workbook: boolean): Promise<ChosenSource | null> {
  return call<ChosenSource | null>('choose_import_source', { workbook });
}

/** Each table the source chosen as `source` holds, its headers, how they match and its first rows. */
export function previewImport(source: number, onProgress: (report: ProgressReport) => void): Promise<ImportPreview> {
  return call<ImportPreview>('preview_import', { source, onProgress: progressChannel(onProgress) });
}

/**
 * What importing `source` would change in the open map, writing nothing.
 * Rejects with `invalid-input` and every issue (file, line, column) when
 * anything is wrong.
 */
export function checkImport(
  source: number,
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
  source: number,
  renames: ColumnRename[],
  onProgress: (report: ProgressReport) => void,
): Promise<ImportDone> {
  return call<ImportDone>('run_import', { source, renames, onProgress: progressChannel(onProgress) });
}
