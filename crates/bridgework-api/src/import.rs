//! Importing a folder of CSV files or an .xlsx workbook into a map: all or
//! nothing, every problem reported with its file, line and column.

use crate::edit::Written;
use crate::map_file::now;
use crate::{ApiError, ErrorCode, Result};
use bridgework_core::{Changes, Map, Progress, Records, Table};
use bridgework_interchange::{Issue, ReadError, Rename};
use bridgework_store::Store;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// What an import did (or, in a dry run, would do) to each table it held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ImportReport {
    pub map: String,
    pub source: String,
    pub dry_run: bool,
    /// Whether the map was written: false for a dry run.
    pub written: bool,
    pub tables: Vec<TableReport>,
    /// Whether undo can take the import back (or, for a dry run, could):
    /// true when it touches at most [`UNDOABLE_ROWS`] rows.
    pub undoable: bool,
    /// Things worth knowing that did not stop the import, such as a column
    /// that is not part of the format.
    pub warnings: Vec<Issue>,
}

/// The changes to one table, matched on the spreadsheet's ids.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TableReport {
    /// The table's name in files (`people`, `partner_links`).
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub table: Table,
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub removed: usize,
}

/// Reads `source` and writes the tables it holds over the map's: records are
/// matched on their ids, so an updated spreadsheet updates the same records.
/// Tables the source does not hold are kept. Nothing is written if anything is
/// wrong, or if `dry_run`.
pub fn import(map_path: &Path, source: &Path, dry_run: bool, progress: &dyn Progress) -> Result<ImportReport> {
    import_mapped(map_path, source, &[], dry_run, progress)
}

/// An import done in the app, and what the map holds after it.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ImportDone {
    pub report: ImportReport,
    pub info: crate::MapInfo,
}

/// A heading of one table to read as one of the format's columns (`Full
/// name` as `name`), or to ignore when `column` is empty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ColumnRename {
    /// The table's name in files (`people`).
    pub table: String,
    /// The heading as written in the file.
    pub header: String,
    /// The format's column, or empty to ignore the heading.
    pub column: String,
}

/// [`import`], reading the headings in `renames` as the columns they name.
/// A dry run is [`check_import`]: it never writes.
pub fn import_mapped(
    map_path: &Path,
    source: &Path,
    renames: &[ColumnRename],
    dry_run: bool,
    progress: &dyn Progress,
) -> Result<ImportReport> {
    if dry_run {
        check_import(map_path, source, renames, progress)
    } else {
        import_written(map_path, source, renames, progress).map(|written| written.value)
    }
}

/// What importing `source` with `renames` would change in the map at
/// `map_path`, or every problem. Opens the map read-only: never starts a
/// write, never migrates the file, leaves its bytes and modification time
/// as they were.
pub fn check_import(
    map_path: &Path,
    source: &Path,
    renames: &[ColumnRename],
    progress: &dyn Progress,
) -> Result<ImportReport> {
    let current = Store::open_read_only(map_path)?.load()?;
    let merged = merge(source, renames, &current, progress)?;
    let changes = Changes::between(&current, merged.map.records());
    let undoable = changes.touched() <= UNDOABLE_ROWS;
    Ok(merged.report(map_path, source, true, &changes, undoable))
}

/// Imports `source` with `renames` into the map at `map_path`, all or
/// nothing, and hands back the map as written.
pub(crate) fn import_written(
    map_path: &Path,
    source: &Path,
    renames: &[ColumnRename],
    progress: &dyn Progress,
) -> Result<Written<ImportReport>> {
    let mut store = Store::open(map_path)?;
    let update = store.update()?;
    let merged = merge(source, renames, update.current(), progress)?;
    let summary = format!("Imported {}", source.display());
    let (changes, undoable) =
        update.commit_undoable_within(&merged.map, "import", &summary, &now(), UNDOABLE_ROWS, progress)?;
    let report = merged.report(map_path, source, false, &changes, undoable);
    Ok(Written { value: report, map: merged.map })
}

/// The map `current` becomes with the tables `source` holds, checked.
#[derive(Debug)]
struct Merged {
    map: Map,
    /// The tables the source holds, in its order.
    tables: Vec<Table>,
    warnings: Vec<Issue>,
}

/// Reads `source` and puts the tables it holds in place of `current`'s:
/// records are matched on their ids. Every problem of the source and of the
/// map it would make is reported, located in the source.
fn merge(source: &Path, renames: &[ColumnRename], current: &Records, progress: &dyn Progress) -> Result<Merged> {
    let renames = renames.iter().map(rename).collect::<Result<Vec<_>>>()?;
    let mut input = bridgework_interchange::read_with(source, &renames, progress).map_err(read_error)?;
    let mut merged = current.clone();
    for &table in &input.tables {
        merged.take_table(table, &mut input.records);
    }
    let mut errors: Vec<Issue> = input.errors.clone();
    let map = match Map::new(merged) {
        Ok(map) => Some(map),
        Err(problems) => {
            errors.extend(problems.iter().map(|p| input.locate(p)));
            None
        }
    };
    match map {
        Some(map) if errors.is_empty() => Ok(Merged { map, tables: input.tables, warnings: input.warnings }),
        _ => Err(invalid(source, errors)),
    }
}

impl Merged {
    fn report(&self, map_path: &Path, source: &Path, dry_run: bool, changes: &Changes, undoable: bool) -> ImportReport {
        let tables = self
            .tables
            .iter()
            .map(|&table| {
                let c = changes.table(table);
                TableReport {
                    table,
                    added: c.added.len(),
                    updated: c.updated.len(),
                    unchanged: c.unchanged,
                    removed: c.removed.len(),
                }
            })
            .collect();
        ImportReport {
            map: map_path.display().to_string(),
            source: source.display().to_string(),
            dry_run,
            written: !dry_run,
            tables,
            undoable,
            warnings: self.warnings.clone(),
        }
    }
}

/// An import that adds, updates or removes at most this many rows can be
/// undone; its rows before and after are kept in the map's audit log, which
/// stays in the file, so a bigger one would swell every copy of the map.
pub const UNDOABLE_ROWS: usize = 5_000;

fn rename(r: &ColumnRename) -> Result<Rename> {
    let table = table_named(&r.table)?;
    Ok(Rename { table, heading: r.header.clone(), column: r.column.clone() })
}

fn table_named(name: &str) -> Result<Table> {
    Table::ALL.into_iter().find(|t| t.name() == name).ok_or_else(|| {
        let names: Vec<_> = Table::ALL.iter().map(|t| t.name()).collect();
        ApiError::new(
            ErrorCode::InvalidInput,
            format!("no table is called {name:?}; the tables are {}", names.join(", ")),
        )
    })
}

/// What a folder or workbook holds, before importing it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ImportPreview {
    pub source: String,
    pub tables: Vec<ImportTablePreview>,
    /// Problems reading found with the headings as they are: a missing column
    /// may be one a mapping supplies.
    pub errors: Vec<Issue>,
    pub warnings: Vec<Issue>,
}

/// One table found in the source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ImportTablePreview {
    /// The table's name in files (`people`).
    pub table: String,
    /// The file or sheet (`people.csv`, `book.xlsx, sheet people`).
    pub file: String,
    /// The file's headers, in its order.
    pub headers: Vec<String>,
    /// The format's columns, each with the header matched to it, if any.
    pub columns: Vec<ExpectedColumn>,
    /// Headers that match no column.
    pub unknown: Vec<String>,
    /// Rows with any value.
    pub rows: u64,
    /// The first rows, each cell as text, in the headers' order.
    pub sample: Vec<Vec<String>>,
}

/// One of the format's columns, and the file's header matched to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ExpectedColumn {
    pub name: String,
    /// Whether the table must have this column.
    pub required: bool,
    /// The header matched by name or alias; none when unmatched.
    pub header: Option<String>,
}

/// Each table `source` holds: its headers, how they match the format's
/// columns, how many rows, and the first few. Reads the whole source, so
/// counts are exact; writes nothing.
pub fn preview_import(source: &Path, progress: &dyn Progress) -> Result<ImportPreview> {
    let preview = bridgework_interchange::preview(source, progress).map_err(read_error)?;
    let tables = preview
        .tables
        .into_iter()
        .map(|t| ImportTablePreview {
            table: t.table.name().to_string(),
            file: t.file,
            headers: t.headings,
            columns: t
                .columns
                .into_iter()
                .map(|c| ExpectedColumn { name: c.column, required: c.required, header: c.heading })
                .collect(),
            unknown: t.unknown,
            rows: t.rows,
            sample: t.sample,
        })
        .collect();
    Ok(ImportPreview {
        source: source.display().to_string(),
        tables,
        errors: preview.errors,
        warnings: preview.warnings,
    })
}

fn invalid(source: &Path, issues: Vec<Issue>) -> ApiError {
    let count = issues.len();
    let problems = if count == 1 { "1 problem".to_string() } else { format!("{count} problems") };
    ApiError {
        code: ErrorCode::InvalidInput,
        message: format!("{problems} in {}; nothing was imported", source.display()),
        issues,
    }
}

fn read_error(err: ReadError) -> ApiError {
    let code = match &err {
        ReadError::NotFound { .. } => ErrorCode::NotFound,
        ReadError::Cancelled => ErrorCode::Cancelled,
        _ => ErrorCode::Io,
    };
    ApiError::new(code, err.to_string())
}
