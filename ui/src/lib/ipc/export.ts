// The Export dialog's call.
//
// The page says what to export (the view the canvas shows, or a snapshot);
// where is asked in Rust, with the native Save dialog: the page never sends
// a path.
import type { ExportFocus } from '../bindings/ExportFocus';
import type { ExportFormat } from '../bindings/ExportFormat';
import type { ExportReport } from '../bindings/ExportReport';
import type { ExportRequest } from '../bindings/ExportRequest';
import type { PageSize } from '../bindings/PageSize';
import type { ViewLevel } from '../bindings/ViewLevel';
import type { ProgressReport } from '../bindings/ProgressReport';
import { call, progressChannel } from './call';

export type { ExportFocus, ExportFormat, ExportReport, ExportRequest, PageSize, ViewLevel };

/**
 * Asks where with the native Save dialog (suggesting a name after the map and
 * its day) and exports there; null when the person cancels the dialog.
 * Rejects with `already-exists` rather than replace a file the dialog did not
 * ask about, and with `cancelled` when `cancelOpen` stops it (nothing is
 * written). Reports how far it has got to `onProgress`.
 */
export function exportWithDialog(
  request: ExportRequest,
  onProgress: (report: ProgressReport) => void,
): Promise<ExportReport | null> {
  return call<ExportReport | null>('export_with_dialog', { request, onProgress: progressChannel(onProgress) });
}
