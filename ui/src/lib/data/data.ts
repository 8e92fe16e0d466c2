// Pure helpers of the Data page: its tabs, how rows are asked for, counted,
// paged and sorted, how a cell reads, the record form's values and field
// errors, suggestions for fields that name another record, and the facts
// shown for a possible duplicate, and the question that confirms an
// erasure. No DOM, no IPC.
import { countOf, formatCount } from '../common/format';
import type {
  ColumnSpec,
  DataRow,
  DataTable,
  DuplicatePerson,
  Erasure,
  FieldKind,
  RecordInput,
  RowsPage,
  RowsRequest,
} from '../ipc';
import { issuesByField } from '../ipc';

export type DataTab = DataTable | 'duplicates';

/** The page's tabs in order, with what one row of each is called. */
export const TABS: readonly { tab: DataTab; label: string; noun: string }[] = [
  { tab: 'organisations', label: 'Organisations', noun: 'organisation' },
  { tab: 'teams', label: 'Teams', noun: 'team' },
  { tab: 'people', label: 'People', noun: 'person' },
  { tab: 'ties', label: 'Ties', noun: 'tie' },
  { tab: 'duplicates', label: 'Duplicates', noun: 'pair' },
];

/** One record of a table, in words: "person". */
export function noun(tab: DataTab): string {
  return TABS.find((entry) => entry.tab === tab)?.noun ?? tab;
}

/** Rows on one page of a table. */
export const PAGE_SIZE = 100;

/** Milliseconds typing must pause before the rows (or suggestions) are asked for. */
export const TYPING_DELAY = 200;

// ---------------------------------------------------------------------------
// Rows, paging and sorting

/** Which column the rows are sorted by; none keeps the map's order (a tree for teams). */
export interface Sort {
  column: string;
  descending: boolean;
}

export function rowsRequest(table: DataTable, search: string, sort: Sort | null, offset: number): RowsRequest {
  return {
    table,
    search: search.trim(),
    sort: sort?.column ?? null,
    descending: sort?.descending ?? false,
    offset,
    limit: PAGE_SIZE,
  };
}

/** "Rows 1–100 of 2,314", and "(of 3,000)" after it when a search leaves some out. */
export function rowsLabel(page: Pick<RowsPage, 'offset' | 'matched' | 'total'> & { rows: readonly unknown[] }): string {
  if (page.total === 0) return 'No rows yet';
  if (page.matched === 0) return `No rows match (of ${formatCount(page.total)})`;
  const last = page.offset + page.rows.length;
  const range = `Rows ${formatCount(page.offset + 1)}–${formatCount(last)} of ${formatCount(page.matched)}`;
  return page.matched === page.total ? range : `${range} (of ${formatCount(page.total)})`;
}

/** Where the previous page starts, or null on the first. */
export function previousOffset(page: Pick<RowsPage, 'offset'>): number | null {
  return page.offset === 0 ? null : Math.max(0, page.offset - PAGE_SIZE);
}

/** Where the next page starts, or null on the last. */
export function nextOffset(page: Pick<RowsPage, 'offset' | 'matched'> & { rows: readonly unknown[] }): number | null {
  const after = page.offset + page.rows.length;
  return after < page.matched ? after : null;
}

/**
 * Where to ask again when a page came back empty though rows match (its
 * last rows were deleted): the start of the last page. Null otherwise.
 */
export function refillOffset(page: Pick<RowsPage, 'offset' | 'matched'> & { rows: readonly unknown[] }): number | null {
  if (page.rows.length > 0 || page.matched === 0 || page.offset === 0) return null;
  return Math.floor((page.matched - 1) / PAGE_SIZE) * PAGE_SIZE;
}

/** A column header clicked: ascending first, then descending, then back to the map's own order. */
export function nextSort(sort: Sort | null, column: string): Sort | null {
  if (sort === null || sort.column !== column) return { column, descending: false };
  return sort.descending ? null : { column, descending: true };
}

export function ariaSort(sort: Sort | null, column: string): 'ascending' | 'descending' | 'none' {
  if (sort === null || sort.column !== column) return 'none';
  return sort.descending ? 'descending' : 'ascending';
}

/** What a cell shows: a reference by the name of what it names, with its id beside it; else the text. */
export function cellView(row: DataRow, index: number): { text: string; id: string | null } {
  const name = row.names[index];
  return name === null || name === undefined ? { text: row.cells[index] ?? '', id: null } : { text: name, id: row.cells[index] };
}

/** A row as a person names it, for its buttons' labels: the name, or a tie's two people and kind. */
export function rowName(row: DataRow, columns: readonly ColumnSpec[]): string {
  const at = (key: string) => columns.findIndex((column) => column.key === key);
  const name = at('name');
  if (name >= 0) return row.cells[name];
  const [a, b, kind] = [at('person_a'), at('person_b'), at('kind')].map((i) => (i < 0 ? '' : cellView(row, i).text));
  return kind === '' ? `${a} – ${b}` : `${a} – ${b} (${kind})`;
}

// ---------------------------------------------------------------------------
// The record form

/** The form's text by column key. */
export type FormValues = Record<string, string>;

/** A blank form, or the cells of `row` to edit. */
export function formValues(columns: readonly ColumnSpec[], row: DataRow | null = null): FormValues {
  return Object.fromEntries(columns.map((column, i) => [column.key, row?.cells[i] ?? '']));
}

/** What the backend is sent: every column's text as typed; the backend reads and checks it. */
export function recordInput(
  table: DataTable,
  key: string | null,
  columns: readonly ColumnSpec[],
  values: FormValues,
): RecordInput {
  return { table, key, cells: columns.map((column) => ({ column: column.key, text: values[column.key] ?? '' })) };
}

/**
 * A refused save's messages by the form's column keys; a problem with no
 * field of the form (another record's, or another error) goes under `''`.
 */
export function formErrors(error: unknown, columns: readonly ColumnSpec[]): Record<string, string> {
  return issuesByField(error, new Set(columns.map((column) => column.key)));
}

/**
 * The options of a choice field: an empty one first unless a value is
 * required, and a value the record holds that is not among the choices, so
 * opening a form never changes what it does not touch.
 */
export function choiceOptions(column: ColumnSpec, current: string): string[] {
  const options = column.required ? [...column.choices] : ['', ...column.choices];
  return current === '' || options.includes(current) ? options : [...options, current];
}

// ---------------------------------------------------------------------------
// Fields that name another record

/** The table a reference field's ids come from, or null for a plain field. */
export function referenceTable(field: FieldKind): DataTable | null {
  switch (field) {
    case 'organisation':
      return 'organisations';
    case 'team':
      return 'teams';
    case 'person':
      return 'people';
    default:
      return null;
  }
}

/** One suggestion for a reference field: the id to enter, the record's name, and how a person knows it. */
export interface Suggestion {
  id: string;
  name: string;
  label: string;
}

/**
 * The record a reference field's text names: the suggestion with that id, or
 * the one suggestion with that name (in any case), as the backend reads a
 * name typed for a person; null when it names none, or several.
 */
export function suggestionNamed(text: string, suggestions: readonly Suggestion[]): Suggestion | null {
  const typed = text.trim();
  const byId = suggestions.find((suggestion) => suggestion.id === typed);
  if (byId !== undefined) return byId;
  const byName = suggestions.filter((suggestion) => suggestion.name.trim().toLowerCase() === typed.toLowerCase());
  return typed !== '' && byName.length === 1 ? byName[0] : null;
}

/** The references a row holds, by column key, as suggestions: so a form names them before anything is typed. */
export function knownReferences(columns: readonly ColumnSpec[], row: DataRow | null): Record<string, Suggestion> {
  const known: Record<string, Suggestion> = {};
  columns.forEach((column, i) => {
    const name = row?.names[i];
    if (row !== null && name !== null && name !== undefined) known[column.key] = { id: row.cells[i], name, label: name };
  });
  return known;
}

/** How many suggestions to ask for: every organisation or team of a normal map; people are many, so fewer. */
export function suggestionLimit(table: DataTable): number {
  return table === 'people' ? 50 : 500;
}

/**
 * Suggestions from a page of organisations, teams or people: each row's id,
 * labelled with its name and where it belongs ("Discharge · City Hospital").
 */
export function suggestionsFrom(page: Pick<RowsPage, 'table' | 'columns' | 'rows'>): Suggestion[] {
  const at = (key: string) => page.columns.findIndex((column) => column.key === key);
  const [id, name] = [at('id'), at('name')];
  if (id < 0 || name < 0) return [];
  const where = page.table === 'teams' ? 'org_id' : page.table === 'people' ? 'team_id' : null;
  const context = where === null ? -1 : at(where);
  return page.rows.map((row) => {
    const place = context < 0 ? null : row.names[context];
    return { id: row.cells[id], name: row.cells[name], label: place ? `${row.cells[name]} · ${place}` : row.cells[name] };
  });
}

// ---------------------------------------------------------------------------
// Duplicates

/** What helps decide which of two records to keep, one fact a line. */
export function personFacts(person: DuplicatePerson): string[] {
  const place = [person.team, person.organisation].filter((part) => part !== null && part !== '').join(' · ');
  return [
    person.role ?? 'No role recorded',
    place === '' ? 'No team recorded' : place,
    person.email ?? 'No email recorded',
    countOf(person.ties, 'tie', 'ties'),
  ];
}

/** The question that confirms an erasure, saying exactly what will go. */
export function erasureQuestion(plan: Erasure): string {
  return (
    `Erase ${plan.name} (${plan.person_id}) for good? This removes them and ${countOf(plan.ties, 'tie', 'ties')}, ` +
    `in ${countOf(plan.snapshots, 'snapshot', 'snapshots')} (with ${countOf(plan.snapshot_ties, 'tie', 'ties')} ` +
    `there) and ${countOf(plan.history_entries, 'history entry', 'history entries')}, and leaves no trace of them ` +
    `in the file.`
  );
}

/** What follows from confirming an erasure. */
export const ERASURE_NOTE = 'An erasure cannot be undone: not with Undo, not from a snapshot.';
