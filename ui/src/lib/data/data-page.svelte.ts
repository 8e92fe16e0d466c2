// The Data page's state and transitions, outside any component: which table
// is shown, its search, sort and page, the record being edited, the delete
// or erasure being confirmed and the duplicates found. DataPage.svelte
// renders it.
import {
  createLatest,
  dataRows,
  deletePlan,
  deleteRecord,
  duplicates as fetchDuplicates,
  erasePerson,
  erasurePlan,
  errorMessage,
  mergePeople,
  saveRecord,
  type AfterEdit,
  type ColumnSpec,
  type DataRow,
  type DataTable,
  type DeletePlan,
  type DuplicatePair,
  type DuplicatePerson,
  type Erasure,
  type MapInfo,
  type RowsPage,
} from '../ipc';
import {
  TABS,
  TYPING_DELAY,
  formErrors,
  formValues,
  knownReferences,
  nextSort,
  recordInput,
  refillOffset,
  rowsRequest,
  type DataTab,
  type FormValues,
  type Sort,
  type Suggestion,
} from './data';

/** The record open in the form: its table and key (null for a new one), what is typed and what was refused. */
export interface Editing {
  table: DataTable;
  key: string | null;
  columns: readonly ColumnSpec[];
  values: FormValues;
  errors: Record<string, string>;
  known: Record<string, Suggestion>;
}

export class DataPageState {
  tab = $state<DataTab>('organisations');
  search = $state('');
  sort = $state.raw<Sort | null>(null);
  offset = $state(0);
  page = $state.raw<RowsPage | null>(null);
  pairs = $state.raw<DuplicatePair[] | null>(null);
  loading = $state(false);
  error = $state<string | null>(null);
  status = $state('');
  savedKey = $state<string | null>(null);
  editing = $state<Editing | null>(null);
  saving = $state(false);
  confirming = $state.raw<DeletePlan | null>(null);
  /** The person whose erasure is being confirmed, with what it takes. */
  erasing = $state.raw<{ key: string; plan: Erasure } | null>(null);
  working = $state(false);

  readonly label = $derived(TABS.find((entry) => entry.tab === this.tab)?.label ?? '');

  readonly #onChanged: (info: MapInfo) => void;

  readonly #rows = createLatest(
    dataRows,
    (answer) => {
      // The last rows of this page were deleted: show the last page there is.
      const refill = refillOffset(answer);
      if (refill !== null) {
        this.offset = refill;
        this.#loadRows();
        return;
      }
      this.page = answer;
      this.loading = false;
      this.error = null;
    },
    (failure) => this.#failed(failure),
  );

  readonly #duplicates = createLatest(
    fetchDuplicates,
    (answer) => {
      this.pairs = answer;
      this.loading = false;
      this.error = null;
    },
    (failure) => this.#failed(failure),
  );

  /** `onChanged` hands the reopened map's info to the app after every write. */
  constructor(onChanged: (info: MapInfo) => void) {
    this.#onChanged = onChanged;
  }

  #failed(failure: unknown): void {
    this.loading = false;
    this.error = errorMessage(failure);
  }

  #loadRows(delay = 0): void {
    if (this.tab === 'duplicates') return;
    this.loading = true;
    void this.#rows.ask(rowsRequest(this.tab, this.search, this.sort, this.offset), delay);
  }

  /** Reads the table shown again (the map was opened or changed, here or anywhere else). */
  reload(): void {
    if (this.tab === 'duplicates') {
      this.loading = true;
      void this.#duplicates.ask(undefined);
    } else {
      this.#loadRows();
    }
  }

  /** The page is gone: drops every answer still to come. */
  dispose(): void {
    this.#rows.cancel();
    this.#duplicates.cancel();
  }

  choose(next: DataTab): void {
    if (next === this.tab) return;
    this.dispose();
    this.tab = next;
    this.search = '';
    this.sort = null;
    this.offset = 0;
    this.page = null;
    this.editing = null;
    this.error = null;
    this.reload();
  }

  typed(search: string): void {
    this.search = search;
    this.offset = 0;
    this.#loadRows(TYPING_DELAY);
  }

  sortBy(column: string): void {
    this.sort = nextSort(this.sort, column);
    this.offset = 0;
    this.#loadRows();
  }

  goTo(next: number | null): void {
    if (next === null) return;
    this.offset = next;
    this.#loadRows();
  }

  startEditing(key: string | null, row: DataRow | null): void {
    if (this.page === null || this.tab === 'duplicates') return;
    const { columns } = this.page;
    this.editing = {
      table: this.tab,
      key,
      columns,
      values: formValues(columns, row),
      errors: {},
      known: knownReferences(columns, row),
    };
  }

  // Every write ends here: say what was done, and let the app reopen the map.
  #done(after: AfterEdit): void {
    this.status = after.done.summary;
    this.savedKey = after.done.key;
    this.error = null;
    this.#onChanged(after.info);
  }

  async save(): Promise<void> {
    const target = this.editing;
    if (target === null || this.saving) return;
    this.saving = true;
    try {
      const after = await saveRecord(recordInput(target.table, target.key, target.columns, target.values));
      if (this.editing === target) this.editing = null;
      this.#done(after);
    } catch (failure) {
      if (this.editing === target) target.errors = formErrors(failure, target.columns);
    } finally {
      this.saving = false;
    }
  }

  async askToDelete(row: DataRow): Promise<void> {
    if (this.tab === 'duplicates') return;
    try {
      this.confirming = await deletePlan(this.tab, row.key);
    } catch (failure) {
      this.error = errorMessage(failure);
    }
  }

  async confirmDelete(): Promise<void> {
    const plan = this.confirming;
    if (plan === null || this.working) return;
    this.working = true;
    try {
      const after = await deleteRecord(plan.table, plan.key);
      if (this.editing?.key === plan.key) this.editing = null;
      this.#done(after);
    } catch (failure) {
      this.error = errorMessage(failure);
    } finally {
      this.working = false;
      this.confirming = null;
    }
  }

  async askToErase(row: DataRow): Promise<void> {
    if (this.tab !== 'people') return;
    try {
      this.erasing = { key: row.key, plan: await erasurePlan(row.key) };
    } catch (failure) {
      this.error = errorMessage(failure);
    }
  }

  async confirmErase(): Promise<void> {
    const target = this.erasing;
    if (target === null || this.working) return;
    this.working = true;
    try {
      const after = await erasePerson(target.key, null);
      if (this.editing?.key === target.key) this.editing = null;
      this.#done(after);
    } catch (failure) {
      this.error = errorMessage(failure);
    } finally {
      this.working = false;
      this.erasing = null;
    }
  }

  async merge(keep: DuplicatePerson, other: DuplicatePerson): Promise<void> {
    if (this.working) return;
    this.working = true;
    try {
      this.#done(await mergePeople(keep.key, other.key));
    } catch (failure) {
      this.error = errorMessage(failure);
    } finally {
      this.working = false;
    }
  }
}
