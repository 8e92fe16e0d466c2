// The Snapshots page's state and transitions, outside any component: the
// snapshots of the map, the snapshot being taken, renamed or deleted, the two
// moments compared with their settings, the comparison, and its export.
// SnapshotsPage.svelte renders it.
import {
  createLatest,
  deleteSnapshot,
  diffSnapshots,
  errorMessage,
  exportComparisonWithDialog,
  renameSnapshot,
  snapshots,
  takeSnapshot,
  toCallError,
  type DiffSettings,
  type ExportFormat,
  type ExportReport,
  type SnapshotDiffView,
  type SnapshotInfo,
} from '../ipc';
import {
  COMPARISON_FORMATS,
  DEFAULT_SETTINGS,
  comparisonError,
  defaultComparison,
  readSettings,
  sideId,
  snapshotNameError,
  type SettingsText,
  type Side,
} from './snapshots';

/** The settings a comparison can refuse, each shown beside its field. */
const SETTING_FIELDS: ReadonlySet<string> = new Set(['half_life_days', 'recency_days']);

interface Comparison {
  from: Side;
  to: Side;
  settings: DiffSettings;
}

export class SnapshotsPageState {
  list = $state.raw<SnapshotInfo[] | null>(null);
  listError = $state<string | null>(null);

  name = $state('');
  note = $state('');
  /** The day the map's data describes, YYYY-MM-DD; empty for today. */
  asOf = $state('');
  nameError = $state<string | null>(null);
  asOfError = $state<string | null>(null);
  takeError = $state<string | null>(null);
  taking = $state(false);
  justTaken = $state<string | null>(null);

  /** The snapshot whose name is being edited, and the name typed so far. */
  renaming = $state<number | null>(null);
  renameText = $state('');
  renameError = $state<string | null>(null);
  /** The snapshot the person is asked to confirm deleting. */
  deleting = $state.raw<SnapshotInfo | null>(null);
  deleteError = $state<string | null>(null);
  working = $state(false);

  from = $state<Side | null>(null);
  to = $state<Side | null>('now');
  compareError = $state<string | null>(null);
  settingsText = $state<SettingsText>({ ...DEFAULT_SETTINGS });
  settingErrors = $state<Partial<Record<keyof SettingsText, string>>>({});
  comparing = $state(false);
  diff = $state.raw<SnapshotDiffView | null>(null);

  /** The comparison's export: the format chosen, and how the last one went. */
  exportFormat = $state<ExportFormat>(COMPARISON_FORMATS[0].format);
  exporting = $state(false);
  exportError = $state<string | null>(null);
  exported = $state.raw<ExportReport | null>(null);

  // The sides and settings of the comparison asked for last, which is the one shown.
  #asked: Comparison | null = null;
  #shown: Comparison | null = null;

  // People exist on the map only as it is now.
  readonly toIsNow = $derived(this.diff !== null && this.diff.to.snapshot === null);

  // Only the latest comparison asked for is shown, and none once the map changed.
  readonly #diffs = createLatest(
    ({ from, to, settings }: Comparison) => diffSnapshots(sideId(from), sideId(to), settings),
    (result) => {
      this.diff = result;
      this.#shown = this.#asked;
      this.exported = null;
      this.exportError = null;
      this.comparing = false;
    },
    (error) => {
      this.diff = null;
      this.#shown = null;
      this.comparing = false;
      const atFields = toCallError(error).issues.filter((issue) => issue.column !== null && SETTING_FIELDS.has(issue.column));
      if (atFields.length > 0) {
        this.settingErrors = Object.fromEntries(atFields.map((issue) => [issue.column, issue.message]));
      } else {
        this.compareError = errorMessage(error);
      }
    },
  );

  /** A new map, or the same map changed: list its snapshots afresh and drop a comparison that may no longer hold. */
  mapChanged(): void {
    this.#diffs.cancel();
    this.comparing = false;
    this.diff = null;
    this.#shown = null;
    this.compareError = null;
    void this.#loadList(true);
  }

  dispose(): void {
    this.#diffs.cancel();
  }

  async #loadList(pickDefault: boolean): Promise<void> {
    try {
      const loaded = await snapshots();
      this.list = loaded;
      this.listError = null;
      if (pickDefault || this.from === null) {
        const choice = defaultComparison(loaded);
        this.from = choice?.from ?? null;
        this.to = choice?.to ?? 'now';
      }
    } catch (error) {
      this.listError = errorMessage(error);
    }
  }

  async take(): Promise<void> {
    this.justTaken = null;
    this.takeError = null;
    this.asOfError = null;
    this.nameError = snapshotNameError(this.name, this.list ?? []);
    if (this.nameError !== null) return;
    this.taking = true;
    try {
      const note = this.note.trim();
      const asOf = this.asOf.trim();
      const taken = await takeSnapshot(this.name.trim(), note === '' ? null : note, asOf === '' ? null : asOf);
      this.justTaken = taken.name;
      this.name = '';
      this.note = '';
      this.asOf = '';
      await this.#loadList(false);
    } catch (error) {
      const failure = toCallError(error);
      const at = (field: string) => failure.issues.find((issue) => issue.column === field)?.message ?? null;
      this.nameError = at('name');
      this.asOfError = at('as_of');
      if (this.nameError === null && this.asOfError === null) this.takeError = failure.message;
    } finally {
      this.taking = false;
    }
  }

  startRename(snapshot: SnapshotInfo): void {
    this.renaming = snapshot.id;
    this.renameText = snapshot.name;
    this.renameError = null;
  }

  cancelRename(): void {
    this.renaming = null;
    this.renameError = null;
  }

  async saveRename(): Promise<void> {
    const id = this.renaming;
    if (id === null) return;
    const others = (this.list ?? []).filter((s) => s.id !== id);
    this.renameError = snapshotNameError(this.renameText, others);
    if (this.renameError !== null) return;
    this.working = true;
    try {
      const renamed = await renameSnapshot(id, this.renameText.trim());
      this.renaming = null;
      this.list = (this.list ?? []).map((s) => (s.id === id ? renamed : s));
      // A comparison names its snapshots: show the new name there too.
      if (this.diff !== null) this.compare();
    } catch (error) {
      this.renameError = errorMessage(error);
    } finally {
      this.working = false;
    }
  }

  askDelete(snapshot: SnapshotInfo): void {
    this.deleting = snapshot;
    this.deleteError = null;
  }

  async confirmDelete(): Promise<void> {
    const doomed = this.deleting;
    if (doomed === null) return;
    this.working = true;
    try {
      await deleteSnapshot(doomed.id);
      this.deleting = null;
      const shown = this.diff !== null && [this.diff.from, this.diff.to].some((side) => side.snapshot?.id === doomed.id);
      const chosen = this.from === doomed.id || this.to === doomed.id;
      if (shown) {
        this.#diffs.cancel();
        this.diff = null;
      }
      await this.#loadList(chosen);
    } catch (error) {
      this.deleting = null;
      this.deleteError = errorMessage(error);
      await this.#loadList(false);
    } finally {
      this.working = false;
    }
  }

  compare(): void {
    const { from, to } = this;
    this.compareError = comparisonError(from, to);
    const read = readSettings(this.settingsText);
    this.settingErrors = read.errors ?? {};
    if (this.compareError !== null || read.settings === null || from === null || to === null) return;
    this.comparing = true;
    this.#asked = { from, to, settings: read.settings };
    void this.#diffs.ask(this.#asked);
  }

  /**
   * Exports the comparison shown in the format chosen, where the Save dialog
   * (shown by the backend) says; a cancelled dialog changes nothing.
   */
  async exportComparison(): Promise<void> {
    const shown = this.#shown;
    if (shown === null || this.exporting) return;
    this.exporting = true;
    this.exportError = null;
    this.exported = null;
    try {
      this.exported = await exportComparisonWithDialog(sideId(shown.from), sideId(shown.to), shown.settings, this.exportFormat);
    } catch (error) {
      this.exportError = errorMessage(error);
    } finally {
      this.exporting = false;
    }
  }

  compareWithNow(id: number): void {
    this.from = id;
    this.to = 'now';
    this.compare();
  }

  setField(field: keyof SettingsText, value: string): void {
    this.settingsText = { ...this.settingsText, [field]: value };
  }
}
