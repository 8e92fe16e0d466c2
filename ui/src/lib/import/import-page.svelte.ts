// The Import page's state and transitions, outside any component: the
// source chosen and its preview, how its headers map onto the format's
// columns, the check (kept with the mapping it checked) and the import
// itself, with the progress of whichever reads the source. ImportPage.svelte
// renders it.
import {
  cancelOpen,
  checkImport,
  chooseImportSource,
  errorMessage,
  previewImport,
  runImport,
  toCallError,
  type ChosenSource,
  type ImportDone,
  type ImportPreview,
  type ImportReport,
  type Issue,
  type MapInfo,
  type ProgressReport,
} from '../ipc';
import { checkKey, initialMapping, renamesFor, type Mapping } from './import';

/** What a check found, for the columns as they were mapped then (`key`). */
export interface Checked {
  key: string;
  report: ImportReport | null;
  issues: Issue[];
  error: string | null;
}

export class ImportPageState {
  /** The source the person chose, by the token the backend handed out. */
  source = $state.raw<ChosenSource | null>(null);
  choosing = $state(false);
  previewing = $state(false);
  previewError = $state<string | null>(null);
  preview = $state.raw<ImportPreview | null>(null);
  /** The token of the source the preview shows, which the check and the import read. */
  #previewed = $state(0);
  mapping = $state<Mapping>({});

  checking = $state(false);
  checked = $state.raw<Checked | null>(null);

  importing = $state(false);
  progress = $state.raw<ProgressReport | null>(null);
  importError = $state<string | null>(null);
  done = $state.raw<ImportDone | null>(null);

  readonly renames = $derived(this.preview === null ? [] : renamesFor(this.preview, this.mapping));
  readonly key = $derived(this.preview === null ? '' : checkKey(this.#previewed, this.renames));
  readonly checkIsCurrent = $derived(this.checked !== null && this.checked.key === this.key);
  readonly ready = $derived(this.checkIsCurrent && this.checked !== null && this.checked.report !== null);

  readonly #onChanged: (info: MapInfo) => void;

  /** `onChanged` hands the map's new info to the app after an import. */
  constructor(onChanged: (info: MapInfo) => void) {
    this.#onChanged = onChanged;
  }

  #report = (report: ProgressReport) => {
    this.progress = report;
  };

  /** A refused check or import: its message, and its issues when the source was at fault. */
  #refused(key: string, error: unknown): Checked {
    const failure = toCallError(error);
    const issues = failure.code === 'invalid-input' ? failure.issues : [];
    return { key, report: null, issues, error: failure.message };
  }

  async choose(workbook: boolean): Promise<void> {
    this.choosing = true;
    try {
      const chosen = await chooseImportSource(workbook);
      if (chosen !== null) {
        this.source = chosen;
        await this.loadPreview();
      }
    } catch (error) {
      this.previewError = errorMessage(error);
    } finally {
      this.choosing = false;
    }
  }

  async loadPreview(): Promise<void> {
    const source = this.source;
    this.previewError = null;
    this.checked = null;
    this.done = null;
    this.importError = null;
    if (source === null) {
      this.previewError = 'Choose a folder of CSV files or an .xlsx workbook.';
      return;
    }
    this.previewing = true;
    this.progress = null;
    try {
      const loaded = await previewImport(source.token, this.#report);
      this.#previewed = source.token;
      this.preview = loaded;
      this.mapping = initialMapping(loaded);
    } catch (error) {
      this.preview = null;
      this.previewError = errorMessage(error);
    } finally {
      this.previewing = false;
      this.progress = null;
    }
  }

  async check(): Promise<void> {
    if (this.preview === null) return;
    const key = this.key;
    this.checking = true;
    this.done = null;
    this.importError = null;
    this.progress = null;
    try {
      const report = await checkImport(this.#previewed, this.renames, this.#report);
      this.checked = { key, report, issues: [], error: null };
    } catch (error) {
      this.checked = this.#refused(key, error);
    } finally {
      this.checking = false;
      this.progress = null;
    }
  }

  async run(): Promise<void> {
    if (this.preview === null || !this.ready) return;
    this.importing = true;
    this.importError = null;
    this.progress = null;
    try {
      const result = await runImport(this.#previewed, this.renames, this.#report);
      this.done = result;
      this.checked = null;
      this.#onChanged(result.info);
    } catch (error) {
      this.importError = errorMessage(error);
      if (toCallError(error).code === 'invalid-input') this.checked = this.#refused(this.key, error);
    } finally {
      this.importing = false;
      this.progress = null;
    }
  }

  /** Asks the import in progress to stop while it reads. */
  cancel(): void {
    cancelOpen().catch((error: unknown) => (this.importError = errorMessage(error)));
  }
}
