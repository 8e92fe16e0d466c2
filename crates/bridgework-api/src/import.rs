//! Importing a folder of CSV files or an .xlsx workbook into a map: all or
//! nothing, every problem reported with its file, line and column.

use crate::map_file::now;
use crate::{ApiError, ErrorCode, Result};
use bridgework_core::{Map, Progress, Table};
use bridgework_interchange::{Issue, ReadError};
use bridgework_store::Store;
use serde::Serialize;
use std::path::Path;

/// What an import did (or, in a dry run, would do) to each table it held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportReport {
    pub map: String,
    pub source: String,
    pub dry_run: bool,
    /// Whether the map was written: false for a dry run.
    pub written: bool,
    pub tables: Vec<TableReport>,
    /// Things worth knowing that did not stop the import, such as a column
    /// that is not part of the format.
    pub warnings: Vec<Issue>,
}

/// The changes to one table, matched on the spreadsheet's ids.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TableReport {
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
    let mut input = bridgework_interchange::read(source, progress).map_err(read_error)?;
    let mut store = Store::open(map_path)?;
    let update = store.update()?;

    let mut merged = update.current().clone();
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
    let map = match map {
        Some(map) if errors.is_empty() => map,
        _ => return Err(invalid(source, errors)),
    };

    let tables_of = |changes: &bridgework_core::Changes| -> Vec<TableReport> {
        input
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
            .collect()
    };
    let changes = if dry_run {
        bridgework_core::Changes::between(update.current(), map.records())
    } else {
        let summary = format!("Imported {}", source.display());
        update.commit(&map, "import", &summary, &now(), progress)?
    };
    Ok(ImportReport {
        map: map_path.display().to_string(),
        source: source.display().to_string(),
        dry_run,
        written: !dry_run,
        tables: tables_of(&changes),
        warnings: input.warnings,
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
