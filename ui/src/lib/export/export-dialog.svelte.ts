// The Export dialog's state, outside any component: what is being exported
// (the map as shown, or a snapshot), the person's choices, and the export
// itself, whose Save dialog is shown by the backend. App.svelte opens it from
// the map's Export button and the native menu (File → Export…), the Snapshots
// page for a snapshot.
import {
  cancelOpen,
  errorMessage,
  exportWithDialog,
  type ExportFormat,
  type ExportReport,
  type PageSize,
  type ProgressReport,
  toCallError,
} from '../ipc';
import { DEFAULT_MIN_GROUP, exportRequest, FORMATS, type ExportKind, type ExportSubject, type NetworkLevel } from './export';

export class ExportDialogState {
  /** What the dialog exports; null while it is closed. */
  subject = $state.raw<ExportSubject | null>(null);
  kind = $state<ExportKind>('picture');
  format = $state<ExportFormat>(FORMATS.picture[0].format);
  networkLevel = $state<NetworkLevel>('shown');
  pngScale = $state(2);
  page = $state<PageSize>('fitted');
  pseudonymise = $state(false);
  minGroup = $state(DEFAULT_MIN_GROUP);
  busy = $state(false);
  /** How far the export has got, once it has begun writing; null otherwise. */
  progress = $state.raw<ProgressReport | null>(null);
  error = $state<string | null>(null);
  /** The last export done, for the dialog to say where it went. */
  done = $state.raw<ExportReport | null>(null);

  /** Opens the dialog for `subject`, keeping the choices made last time. */
  show(subject: ExportSubject): void {
    if (this.busy) return;
    this.subject = subject;
    this.error = null;
    this.done = null;
  }

  close(): void {
    if (!this.busy) this.subject = null;
  }

  /** Chooses what kind of export, with that kind's first format. */
  chooseKind(kind: ExportKind): void {
    this.kind = kind;
    this.format = FORMATS[kind][0].format;
  }

  /**
   * Asks where (the backend shows the Save dialog) and exports. A cancelled
   * Save dialog leaves the Export dialog open, as it was.
   */
  async run(): Promise<void> {
    const { subject } = this;
    if (subject === null || this.busy) return;
    this.busy = true;
    this.error = null;
    this.done = null;
    try {
      const request = exportRequest(
        {
          kind: this.kind,
          format: this.format,
          networkLevel: this.networkLevel,
          pngScale: this.pngScale,
          page: this.page,
          pseudonymise: this.pseudonymise,
          minGroup: this.minGroup,
        },
        subject,
      );
      this.done = await exportWithDialog(request, (report) => (this.progress = report));
    } catch (error) {
      // A cancelled export wrote nothing: the dialog stays as it was, without an error.
      if (toCallError(error).code !== 'cancelled') this.error = errorMessage(error);
    } finally {
      this.busy = false;
      this.progress = null;
    }
  }

  /** Stops the export in progress; it writes nothing. */
  cancel(): void {
    if (this.busy) void cancelOpen();
  }
}
