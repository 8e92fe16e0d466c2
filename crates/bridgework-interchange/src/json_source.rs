//! The JSON document [`crate::write_json`] writes, read back: each table's
//! array of row objects goes through the same table reader as a CSV file's
//! rows, so a JSON export imports with the same checks and messages.
//!
//! A row's keys are its columns (any order; a key the format does not know
//! is a warning, a missing key an empty cell). Values: a string, a number,
//! `true`/`false`, `null` (no value) or, for the list columns, an array of
//! strings, each read exactly as it is (no apostrophe is taken off, as it is
//! from a spreadsheet's cell). A problem is located by the line of the file
//! its row starts on.

use crate::cells::{Cell, Cells};
use crate::columns;
use crate::error::ReadError;
use crate::formulas;
use crate::input::Input;
use crate::issue::Issue;
use crate::read::name_of;
use crate::tables::TableReader;
use bridgework_core::{Progress, Table};
use serde_json::Value;
use serde_json::value::RawValue;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::Path;

/// What the document says it is, as [`crate::write_json`] writes it.
const FORMAT: &str = "bridgework-map";
const FORMAT_VERSION: u64 = 1;

/// Reads the JSON document at `path` into `input`.
pub(crate) fn read(path: &Path, input: &mut Input, progress: &dyn Progress) -> Result<(), ReadError> {
    let text = std::fs::read_to_string(path).map_err(|source| ReadError::Io { path: path.to_path_buf(), source })?;
    let file = name_of(path);
    let not_json = |e: serde_json::Error| ReadError::Json { path: path.to_path_buf(), message: e.to_string() };
    let document: BTreeMap<String, &RawValue> = serde_json::from_str(&text).map_err(not_json)?;
    let format = document.get("format").map(|v| v.get());
    let version = document.get("format_version").and_then(|v| v.get().parse::<u64>().ok());
    if format != Some(format!("\"{FORMAT}\"").as_str()) || version != Some(FORMAT_VERSION) {
        let message = format!(
            "this is not a Bridgework map export: it should begin with \"format\": \"{FORMAT}\" and \"format_version\": {FORMAT_VERSION}"
        );
        input.errors.push(Issue::file(file, message));
        return Ok(());
    }
    let lines = Lines::new(&text);
    let tables: Vec<Table> = Table::ALL.iter().copied().filter(|t| document.contains_key(t.name())).collect();
    for (done, &table) in tables.iter().enumerate() {
        progress.report(&format!("reading {file}, {}", table.name()), done as u64, tables.len() as u64);
        if progress.cancelled() {
            return Err(ReadError::Cancelled);
        }
        let raw = document[table.name()];
        let place = format!("{file}, {}", table.name());
        let rows: Vec<&RawValue> = match serde_json::from_str(raw.get()) {
            Ok(rows) => rows,
            Err(_) => {
                let message = "should be an array of rows, one object each".to_string();
                input.errors.push(Issue::at(&place, lines.of(raw), None, message));
                continue;
            }
        };
        read_table(table, place, raw, &rows, &lines, input);
    }
    for (key, value) in &document {
        if !matches!(key.as_str(), "format" | "format_version") && !Table::ALL.iter().any(|t| t.name() == key) {
            let message = format!("\"{key}\" is not a table, so it is ignored");
            input.warnings.push(Issue::at(&file, lines.of(value), None, message));
        }
    }
    Ok(())
}

/// Reads one table's rows: the header is the table's columns, then any other
/// key the rows use, so that it is warned of as a CSV heading would be.
fn read_table(table: Table, place: String, array: &RawValue, rows: &[&RawValue], lines: &Lines<'_>, input: &mut Input) {
    let mut parsed = Vec::with_capacity(rows.len());
    let mut headings: Vec<String> = columns::names(table).map(str::to_string).collect();
    for &raw in rows {
        let line = lines.of(raw);
        match serde_json::from_str::<serde_json::Map<String, Value>>(raw.get()) {
            Ok(row) => {
                for key in row.keys() {
                    if !headings.contains(key) {
                        headings.push(key.clone());
                    }
                }
                parsed.push((line, row));
            }
            Err(_) => input.errors.push(Issue::at(&place, line, None, "a row should be an object".to_string())),
        }
    }
    let label = |index: usize| format!("key \"{}\"", headings[index]);
    let header_line = lines.of(array);
    let Some(mut reader) = TableReader::start(input, table, place, &headings, header_line, &label) else { return };
    for (line, row) in parsed {
        match Row::new(&headings, &row) {
            Ok(cells) => reader.row(line, &cells),
            Err((key, message)) => {
                let message = format!("key \"{key}\": {message}");
                reader.line_error(line, message);
            }
        }
    }
    reader.finish();
}

/// One row's values as cells, in the order of the headings.
#[derive(Debug)]
struct Row<'a> {
    cells: Vec<Held<'a>>,
}

/// A cell as the row holds it, or a text of its own: a list's items joined,
/// or a text given the spreadsheet guard against formulas that reading a
/// cell takes off ([`formulas`]), since JSON holds values as they are.
#[derive(Debug)]
enum Held<'a> {
    Cell(Cell<'a>),
    Owned(String),
}

impl<'a> Held<'a> {
    fn text(text: Cow<'a, str>) -> Held<'a> {
        match formulas::neutralise_cow(text) {
            Cow::Borrowed(text) => Held::Cell(Cell::Text(text)),
            Cow::Owned(text) => Held::Owned(text),
        }
    }
}

impl<'a> Row<'a> {
    /// The row's cells, or the key whose value no cell can hold and why.
    fn new(headings: &[String], row: &'a serde_json::Map<String, Value>) -> Result<Row<'a>, (String, String)> {
        let mut cells = Vec::with_capacity(headings.len());
        for heading in headings {
            cells.push(match row.get(heading) {
                None | Some(Value::Null) => Held::Cell(Cell::Text("")),
                Some(Value::String(text)) => Held::text(Cow::Borrowed(text)),
                Some(Value::Number(n)) => Held::Cell(Cell::Number(n.as_f64().unwrap_or(f64::NAN))),
                Some(Value::Bool(b)) => Held::Cell(Cell::Bool(*b)),
                Some(Value::Array(items)) => {
                    let mut joined = String::new();
                    for item in items {
                        let Value::String(item) = item else {
                            return Err((heading.clone(), "a list holds strings only".to_string()));
                        };
                        if !joined.is_empty() {
                            joined.push_str("; ");
                        }
                        joined.push_str(item);
                    }
                    Held::text(Cow::Owned(joined))
                }
                Some(Value::Object(_)) => {
                    return Err((heading.clone(), "a value cannot be an object".to_string()));
                }
            });
        }
        Ok(Row { cells })
    }
}

impl Cells for Row<'_> {
    fn width(&self) -> usize {
        self.cells.len()
    }

    fn cell(&self, index: usize) -> Cell<'_> {
        match self.cells.get(index) {
            Some(Held::Cell(cell)) => cell.clone(),
            Some(Held::Owned(text)) => Cell::Text(text),
            None => Cell::Text(""),
        }
    }
}

/// The line each value of the document starts on, from where its text lies
/// in the document.
#[derive(Debug)]
struct Lines<'t> {
    text: &'t str,
    /// The byte offset of each line break.
    breaks: Vec<usize>,
}

impl<'t> Lines<'t> {
    fn new(text: &'t str) -> Lines<'t> {
        Lines { text, breaks: text.match_indices('\n').map(|(i, _)| i).collect() }
    }

    /// The line (1 is the first) that `value`, a slice of the document, starts on.
    fn of(&self, value: &RawValue) -> u64 {
        let offset = (value.get().as_ptr() as usize).saturating_sub(self.text.as_ptr() as usize);
        let offset = offset.min(self.text.len());
        self.breaks.partition_point(|&b| b < offset) as u64 + 1
    }
}
