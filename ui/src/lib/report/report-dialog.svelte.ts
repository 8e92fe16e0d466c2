// The Report dialog's state, outside any component: what to report on (the
// partnerships, a snapshot to say what changed since, the moment and day),
// privacy, the format, the preview shown in the window and the save, whose
// Save dialog the backend shows. App.svelte opens it from File → Report…,
// the Partnerships page (that partnership) and the Snapshots page (changes
// since that snapshot).
import {
  cancelOpen,
  errorMessage,
  partnerships,
  previewReport,
  reportWithDialog,
  snapshots,
  toCallError,
  type ProgressReport,
  type ReportDone,
  type ReportFormat,
  type SnapshotInfo,
} from '../ipc';
import { choicesProblem, DEFAULT_MIN_GROUP, reportRequest, type ReportChoices, type ReportStart } from './report';

export class ReportDialogState {
  /** Whether the dialog is open. */
  open = $state(false);
  /** The partnerships and snapshots to choose from; null while they load. */
  partnershipList = $state.raw<{ id: string; name: string }[] | null>(null);
  snapshotList = $state.raw<SnapshotInfo[] | null>(null);
  every = $state(true);
  chosen = $state<string[]>([]);
  since = $state<number | null>(null);
  snapshot = $state<number | null>(null);
  asOf = $state('');
  pseudonymise = $state(false);
  minGroup = $state(DEFAULT_MIN_GROUP);
  format = $state<ReportFormat>('pdf');
  busy = $state(false);
  /** How far the preview or save has got; null otherwise. */
  progress = $state.raw<ProgressReport | null>(null);
  error = $state<string | null>(null);
  /** The HTML of the report previewed, or null when the choices have changed since. */
  preview = $state<string | null>(null);
  /** What the report previewed covers, in a sentence. */
  previewSummary = $state<string | null>(null);
  /** The request the preview shows, to tell when the choices have moved on. */
  #previewed = $state<string | null>(null);
  /** The last report saved, for the dialog to say where it went. */
  done = $state.raw<ReportDone | null>(null);

  readonly choices: ReportChoices = $derived({
    every: this.every,
    chosen: this.chosen,
    since: this.since,
    snapshot: this.snapshot,
    asOf: this.asOf,
    pseudonymise: this.pseudonymise,
    minGroup: this.minGroup,
  });
  readonly problem = $derived(choicesProblem(this.choices));
  /** Whether the preview shows the report the choices ask for now. */
  readonly previewCurrent = $derived(
    this.preview !== null && this.#previewed === JSON.stringify(reportRequest(this.choices)),
  );

  /**
   * Opens the dialog, starting from `start` (a partnership alone, changes
   * since a snapshot) and keeping the other choices made last time, and reads
   * the partnerships and snapshots to choose from.
   */
  async show(start: ReportStart = {}): Promise<void> {
    if (this.busy) return;
    this.open = true;
    this.error = null;
    this.done = null;
    this.preview = null;
    if (start.partnership !== undefined) {
      this.every = false;
      this.chosen = [start.partnership];
    }
    if (start.since !== undefined) this.since = start.since;
    try {
      const [view, list] = await Promise.all([partnerships(), snapshots()]);
      this.partnershipList = view.partnerships.map((p) => ({ id: p.id, name: p.name }));
      this.snapshotList = list;
      // Choices left from another map, or a snapshot since deleted, are dropped.
      this.chosen = this.chosen.filter((id) => view.partnerships.some((p) => p.id === id));
      const known = (id: number | null) => (id !== null && list.some((s) => s.id === id) ? id : null);
      this.since = known(this.since);
      this.snapshot = known(this.snapshot);
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  close(): void {
    if (!this.busy) this.open = false;
  }

  /** Chooses or drops partnership `id`. */
  toggle(id: string, on: boolean): void {
    this.chosen = on ? [...this.chosen.filter((c) => c !== id), id] : this.chosen.filter((c) => c !== id);
  }

  /** Makes the report and shows its HTML version in the dialog. */
  async makePreview(): Promise<void> {
    if (this.busy || this.problem !== null) return;
    const request = reportRequest(this.choices);
    await this.#work(async () => {
      const preview = await previewReport(request, (report) => (this.progress = report));
      this.preview = preview.html;
      this.previewSummary = preview.summary;
      this.#previewed = JSON.stringify(request);
    });
  }

  /**
   * Asks where (the backend shows the Save dialog) and saves the report
   * previewed. A cancelled Save dialog leaves the dialog as it was.
   */
  async save(): Promise<void> {
    if (this.busy || !this.previewCurrent) return;
    const request = reportRequest(this.choices);
    await this.#work(async () => {
      this.done = await reportWithDialog(request, this.format, (report) => (this.progress = report));
    });
  }

  /** Stops the preview or save in progress; a save writes nothing. */
  cancel(): void {
    if (this.busy) void cancelOpen();
  }

  async #work(work: () => Promise<void>): Promise<void> {
    this.busy = true;
    this.error = null;
    this.done = null;
    try {
      await work();
    } catch (error) {
      // A cancelled preview or save left nothing: the dialog stays as it was, without an error.
      if (toCallError(error).code !== 'cancelled') this.error = errorMessage(error);
    } finally {
      this.busy = false;
      this.progress = null;
    }
  }
}
