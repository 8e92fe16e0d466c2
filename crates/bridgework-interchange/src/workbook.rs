//! `.xlsx` workbooks: one sheet per table, named after it.
//!
//! A sheet's header is the first row of its used range, and lines are the row
//! numbers the spreadsheet program shows, so a problem "on line 14" is on the
//! row labelled 14. Cells keep their types: a date cell is a date, whatever
//! its display format; a number typed into an id column reads as the number
//! shown (`12`, not `12.0`).

use crate::cells::{self, Cell, Cells};
use crate::columns;
use crate::error::ReadError;
use crate::input::Input;
use crate::issue::Issue;
use crate::names::{self, Holder};
use crate::read::name_of;
use crate::tables::TableReader;
use bridgework_core::{Date, Progress};
use calamine::{Data, Reader, Xlsx};
use std::borrow::Cow;
use std::path::Path;

/// How many rows pass between progress reports and checks for cancelling.
const ROWS_PER_REPORT: usize = 1 << 16;

/// Reads every sheet of the workbook at `path` that names a table.
pub(crate) fn read(path: &Path, input: &mut Input, progress: &dyn Progress) -> Result<(), ReadError> {
    let unreadable = |e: calamine::XlsxError| ReadError::Workbook { path: path.to_path_buf(), message: e.to_string() };
    let mut workbook: Xlsx<_> = calamine::open_workbook(path).map_err(unreadable)?;
    let book = name_of(path);
    let sheets = workbook.sheet_names();
    let picked = names::pick(Holder::Workbook, &book, &sheets, input);
    for (done, (table, sheet)) in picked.iter().enumerate() {
        let file = format!("{book}, sheet {sheet}");
        progress.report(&format!("reading {file}"), done as u64, picked.len() as u64);
        if progress.cancelled() {
            return Err(ReadError::Cancelled);
        }
        let range = workbook.worksheet_range(sheet).map_err(unreadable)?;
        let Some((top, left)) = range.start() else {
            let names: Vec<_> = columns::names(*table).collect();
            let message = format!("the sheet is empty; its first row should name the columns: {}", names.join(", "));
            input.errors.push(Issue::file(file, message));
            continue;
        };
        let mut rows = range.rows();
        let headings: Vec<Cow<'_, str>> = rows
            .next()
            .unwrap_or_default()
            .iter()
            .map(|data| cells::text(&cell(data)).ok().flatten().unwrap_or_default())
            .collect();
        let header_line = u64::from(top) + 1;
        let label = |index: usize| format!("column {}", column_letters(left as usize + index));
        let Some(mut reader) = TableReader::start(input, *table, file, &headings, header_line, &label) else {
            continue;
        };
        for (index, row) in rows.enumerate() {
            if index % ROWS_PER_REPORT == ROWS_PER_REPORT - 1 && progress.cancelled() {
                return Err(ReadError::Cancelled);
            }
            reader.row(header_line + 1 + index as u64, row);
        }
        reader.finish();
    }
    progress.report(&format!("reading {book}"), picked.len() as u64, picked.len() as u64);
    Ok(())
}

/// A spreadsheet's name for a column: A … Z, AA, AB …
fn column_letters(index: usize) -> String {
    let mut letters = Vec::new();
    let mut n = index + 1;
    while n > 0 {
        n -= 1;
        letters.push(b'A' + (n % 26) as u8);
        n /= 26;
    }
    letters.iter().rev().map(|b| *b as char).collect()
}

fn cell(data: &Data) -> Cell<'_> {
    match data {
        Data::Empty => Cell::Text(""),
        Data::String(text) | Data::DurationIso(text) => Cell::Text(text),
        Data::Int(n) => Cell::Number(*n as f64),
        Data::Float(n) => Cell::Number(*n),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(serial) => {
            let (year, month, day, ..) = serial.to_ymd_hms_milli();
            match Date::from_ymd_opt(i32::from(year), u32::from(month), u32::from(day)) {
                Some(day) if serial.is_datetime() => Cell::Date(day),
                // A duration, or Excel's 29 February 1900, which never was.
                _ => Cell::Number(serial.as_f64()),
            }
        }
        // Written by some tools instead of a serial: "2025-03-01T00:00:00".
        Data::DateTimeIso(text) => match text.get(..10).and_then(cells::parse_date) {
            Some(day) => Cell::Date(day),
            None => Cell::Text(text),
        },
        Data::Error(e) => Cell::Error(e.to_string()),
    }
}

impl Cells for [Data] {
    fn width(&self) -> usize {
        self.len()
    }

    fn cell(&self, index: usize) -> Cell<'_> {
        self.get(index).map_or(Cell::Text(""), cell)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_as_spreadsheets_do() {
        let letters: Vec<_> = [0, 1, 25, 26, 27, 51, 52, 701, 702].into_iter().map(column_letters).collect();
        assert_eq!(letters, ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
    }
}
