//! What an input holds before it is imported, and headings to read as other
//! columns: the import wizard shows each table's headings, how they match the
//! format's columns and its first rows, and the person maps any heading the
//! format does not recognise.

use crate::cells::{self, Cells};
use crate::columns::{self, Need};
use crate::error::ReadError;
use crate::header::Header;
use crate::input::Input;
use crate::issue::Issue;
use bridgework_core::{Progress, Table};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// How many rows of each table a preview keeps.
pub const SAMPLE_ROWS: usize = 5;

/// A heading of one table to read as one of the format's columns, or to
/// ignore when `column` is empty. Applied before headings are matched, so it
/// works whatever the heading is (`Full name` → `name`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rename {
    pub table: Table,
    /// The heading as written in the file (case and spacing do not matter).
    pub heading: String,
    /// The format's column name, or empty to ignore the heading.
    pub column: String,
}

/// What [`preview`] found: each table's headings and first rows, and the
/// problems reading found (with the headings as they are, unmapped).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Preview {
    pub tables: Vec<TablePreview>,
    pub errors: Vec<Issue>,
    pub warnings: Vec<Issue>,
}

/// One table of the input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TablePreview {
    pub table: Table,
    /// The file or sheet, as issues name it.
    pub file: String,
    /// The header's headings, in the file's order, trimmed.
    pub headings: Vec<String>,
    /// The format's columns, in its order, each with the heading that matched it.
    pub columns: Vec<ColumnMatch>,
    /// Headings that match no column.
    pub unknown: Vec<String>,
    /// Rows with any value.
    pub rows: u64,
    /// The first [`SAMPLE_ROWS`] of those, each cell as text, in the
    /// headings' order.
    pub sample: Vec<Vec<String>>,
}

/// One of the format's columns and the heading read as it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ColumnMatch {
    pub column: String,
    /// Whether the file must have this column.
    pub required: bool,
    pub heading: Option<String>,
}

/// Reads `path` as [`crate::read()`] does, reading the headings in `renames`
/// as the columns they name.
pub fn read_with(path: &Path, renames: &[Rename], progress: &dyn Progress) -> Result<Input, ReadError> {
    let mut input = Input::default();
    input.renames = renames.to_vec();
    crate::read::read_into(path, &mut input, progress)?;
    Ok(input)
}

/// Reads `path` for a preview: every table's headings, how they match, its
/// row count and first rows, even when a required column is missing.
pub fn preview(path: &Path, progress: &dyn Progress) -> Result<Preview, ReadError> {
    let mut input = Input::default();
    input.preview = Some(Vec::new());
    crate::read::read_into(path, &mut input, progress)?;
    Ok(Preview { tables: input.preview.take().unwrap_or_default(), errors: input.errors, warnings: input.warnings })
}

/// The preview of a table whose header matched as `header`.
pub(crate) fn table_preview<S: AsRef<str>>(table: Table, file: &str, headings: &[S], header: &Header) -> TablePreview {
    let headings: Vec<String> = headings.iter().map(|h| h.as_ref().trim().to_string()).collect();
    let columns = columns::of(table)
        .iter()
        .zip(&header.at)
        .map(|(column, at)| ColumnMatch {
            column: column.name.to_string(),
            required: column.need != Need::Optional,
            heading: at.map(|i| headings[i].clone()),
        })
        .collect();
    let matched: Vec<usize> = header.at.iter().flatten().copied().collect();
    let unknown = headings
        .iter()
        .enumerate()
        .filter(|(i, h)| !h.is_empty() && !matched.contains(i))
        .map(|(_, h)| h.clone())
        .collect();
    TablePreview { table, file: file.to_string(), headings, columns, unknown, rows: 0, sample: Vec::new() }
}

/// Counts a row with a value, keeping it as text while the sample is short.
pub(crate) fn sample_row<C: Cells + ?Sized>(preview: &mut TablePreview, cells: &C) {
    preview.rows += 1;
    if preview.sample.len() < SAMPLE_ROWS {
        let width = cells.width().max(preview.headings.len());
        let row = (0..width)
            .map(|i| match cells::text(&cells.cell(i)) {
                Ok(text) => text.map(|t| t.into_owned()).unwrap_or_default(),
                Err(message) => message,
            })
            .collect();
        preview.sample.push(row);
    }
}
