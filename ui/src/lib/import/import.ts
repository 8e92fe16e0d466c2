// The Import page's logic: the column mapping (which header of the file each
// of the format's columns is read from) and the renames it sends, problems
// with a mapping, and the words for a check's result and for progress.
// No DOM, no IPC.
import type { ColumnRename, ImportPreview, ImportReport, ImportTablePreview, Issue, ProgressReport } from '../ipc';

/** Per table, per column of the format, the header chosen for it ('' for none). */
export type Mapping = Record<string, Record<string, string>>;

/** The mapping a preview starts with: each column's auto-matched header, or none. */
export function initialMapping(preview: ImportPreview): Mapping {
  const mapping: Mapping = {};
  for (const table of preview.tables) {
    mapping[table.table] = Object.fromEntries(table.columns.map((c) => [c.name, c.header ?? '']));
  }
  return mapping;
}

/**
 * The renames that make the reader see `mapping`: a header chosen for a
 * column it did not match is read as that column, and a header that matched
 * a column but is now chosen for none is ignored (so it cannot clash).
 */
export function renamesFor(preview: ImportPreview, mapping: Mapping): ColumnRename[] {
  const renames: ColumnRename[] = [];
  for (const table of preview.tables) {
    const chosen = mapping[table.table] ?? {};
    const used = new Set(Object.values(chosen).filter((h) => h !== ''));
    for (const column of table.columns) {
      const header = chosen[column.name] ?? '';
      if (header !== '' && header !== column.header) {
        renames.push({ table: table.table, header, column: column.name });
      }
      if (column.header !== null && !used.has(column.header)) {
        renames.push({ table: table.table, header: column.header, column: '' });
      }
    }
  }
  return renames;
}

/** What is wrong with a mapping before checking: a header chosen twice, a required column with none. */
export function mappingProblems(table: ImportTablePreview, chosen: Record<string, string>): string[] {
  const problems: string[] = [];
  const byHeader = new Map<string, string[]>();
  for (const column of table.columns) {
    const header = chosen[column.name] ?? '';
    if (header === '') {
      if (column.required) problems.push(`No header is chosen for ${column.name}, which ${table.table} needs.`);
      continue;
    }
    byHeader.set(header, [...(byHeader.get(header) ?? []), column.name]);
  }
  for (const [header, columns] of byHeader) {
    if (columns.length > 1) problems.push(`"${header}" is chosen for ${columns.join(' and ')}; choose it for one.`);
  }
  return problems;
}

/** The headers no column is read from, which the import ignores. */
export function ignoredHeaders(table: ImportTablePreview, chosen: Record<string, string>): string[] {
  const used = new Set(Object.values(chosen));
  return table.headers.filter((h) => h !== '' && !used.has(h));
}

/** How a table's row count reads: "1 row", "42 rows". */
export function rowsLabel(rows: number): string {
  return rows === 1 ? '1 row' : `${rows} rows`;
}

/** A check's result per table: "people: 1 added, 0 updated, 0 removed (140 unchanged)". */
export function reportLines(report: ImportReport): string[] {
  return report.tables.map(
    (t) => `${t.table}: ${t.added} added, ${t.updated} updated, ${t.removed} removed (${t.unchanged} unchanged)`,
  );
}

/**
 * Whether Undo can take the import back, in words: small imports are kept in
 * the map's history; a large one is not, so a snapshot first is the way back.
 */
export function undoNote(report: ImportReport, done: boolean): string {
  if (report.undoable) return done ? 'Undo (Ctrl+Z) takes this import back.' : 'You can undo this import afterwards.';
  return done
    ? 'This import was too large to undo; a snapshot taken before it is the way back.'
    : 'This import is too large to undo afterwards: take a snapshot first if you may want to go back.';
}

/** An issue's cells for the problems table: file, line, column, message. */
export function issueCells(issue: Issue): [string, string, string, string] {
  return [issue.file, issue.line === null ? '' : String(issue.line), issue.column ?? '', issue.message];
}

/** A progress report as text: "reading people.csv: 45%", or the stage alone when its size is unknown. */
export function progressLabel(report: ProgressReport): string {
  if (report.total <= 0) return report.stage;
  const percent = Math.min(100, Math.floor((report.done / report.total) * 100));
  return `${report.stage}: ${percent}%`;
}

/** Identifies what a check was run on, so that a changed source or mapping asks for a new check. */
export function checkKey(source: number, renames: ColumnRename[]): string {
  return JSON.stringify([source, renames]);
}
