// The Report dialog's calls: a preview of the report, then the file saved
// where the person chooses in the native Save dialog, which Rust shows (the
// page never sends a path).
import type { ProgressReport } from '../bindings/ProgressReport';
import type { ReportDone } from '../bindings/ReportDone';
import type { ReportFormat } from '../bindings/ReportFormat';
import type { ReportPreview } from '../bindings/ReportPreview';
import type { ReportRequest } from '../bindings/ReportRequest';
import { call, progressChannel } from './call';

export type { ReportDone, ReportFormat, ReportPreview, ReportRequest };

/**
 * The report `request` asks for, as HTML to show in a sandboxed frame.
 * Rejects with `cancelled` when `cancelOpen` stops it.
 */
export function previewReport(
  request: ReportRequest,
  onProgress: (report: ProgressReport) => void,
): Promise<ReportPreview> {
  return call<ReportPreview>('preview_report', { request, onProgress: progressChannel(onProgress) });
}

/**
 * Asks where with the native Save dialog (suggesting the map's name and the
 * report's day) and writes the report there as `format`; null when the
 * person cancels the dialog. Rejects with `already-exists` rather than
 * replace a file the dialog did not ask about, and with `cancelled` when
 * `cancelOpen` stops it (nothing is written).
 */
export function reportWithDialog(
  request: ReportRequest,
  format: ReportFormat,
  onProgress: (report: ProgressReport) => void,
): Promise<ReportDone | null> {
  return call<ReportDone | null>('report_with_dialog', { request, format, onProgress: progressChannel(onProgress) });
}
