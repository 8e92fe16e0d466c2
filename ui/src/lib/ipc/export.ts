// The Export dialog's call.
//
// The page says what to export (the view the canvas shows, or a snapshot);
// where is asked in Rust, with the native Save dialog: the page never sends
// a path.
import type { ExportFormat } from '../bindings/ExportFormat';
import type { ExportReport } from '../bindings/ExportReport';
import type { ExportRequest } from '../bindings/ExportRequest';
import type { ViewLevel } from '../bindings/ViewLevel';
import { call } from './call';

export type { ExportFormat, ExportReport, ExportRequest, ViewLevel };

/**
 * Asks where with the native Save dialog (suggesting a name after the map and
 * its day) and exports there; null when the person cancels the dialog.
 * Rejects with `already-exists` rather than replace a file the dialog did not
 * ask about.
 */
export function exportWithDialog(request: ExportRequest): Promise<ExportReport | null> {
  return call<ExportReport | null>('export_with_dialog', { request });
}
