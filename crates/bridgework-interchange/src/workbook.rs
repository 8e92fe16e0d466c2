//! `.xlsx` workbooks: one sheet per table, named after it.
//!
//! A sheet's header is its first row holding a value, from its first value
//! on, and lines are the row numbers the spreadsheet program shows, so a
//! problem "on line 14" is on the row labelled 14. Cells keep their types: a
//! date cell is a date, whatever its display format; a number typed into an
//! id column reads as the number shown (`12`, not `12.0`).
//!
//! A workbook is a zip archive of XML, so a small file can hold a great
//! deal: before anything is parsed, each part is inflated once into nothing
//! and counted, and a workbook whose parts inflate beyond
//! [`MAX_PART_BYTES`], or far more than text does, is refused. Sheets are
//! then read cell by cell, never as the rectangle their cells span (one
//! value at A1 and one at XFD1048576 span 17 billion cells), and what a
//! sheet declares of its own size is not believed. Cells beyond the last
//! row or column a spreadsheet has are refused where they are.

use crate::cells::{self, Cell, Cells};
use crate::columns;
use crate::error::ReadError;
use crate::input::Input;
use crate::issue::Issue;
use crate::names::{self, Holder};
use crate::read::name_of;
use crate::tables::TableReader;
use bridgework_core::{Date, Progress};
use calamine::{Data, DataRef, Reader, Xlsx};
use std::io::Read;
use std::path::Path;

/// How many rows pass between progress reports and checks for cancelling.
const ROWS_PER_REPORT: u32 = 1 << 16;

/// The most one part of a workbook (a sheet's XML, the shared strings) may
/// inflate to: several times the largest map's ties sheet.
pub const MAX_PART_BYTES: u64 = 512 << 20;

/// How many times its compressed size a large part may inflate to. Sheet
/// XML compresses 10 to 30 times; a zip bomb, a thousand.
const MAX_INFLATION: u64 = 250;

/// Parts smaller than this are not held to [`MAX_INFLATION`]: a sheet of
/// one value repeated compresses very well and harms nobody.
const SMALL_PART_BYTES: u64 = 16 << 20;

/// The rows and columns a spreadsheet has (Excel's limits).
const SHEET_ROWS: u32 = 1 << 20;
const SHEET_COLUMNS: u32 = 1 << 14;

/// Reads every sheet of the workbook at `path` that names a table.
pub(crate) fn read(path: &Path, input: &mut Input, progress: &dyn Progress) -> Result<(), ReadError> {
    let unreadable = |e: calamine::XlsxError| ReadError::Workbook { path: path.to_path_buf(), message: e.to_string() };
    check_inflation(path)?;
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
        let mut cells = match workbook.worksheet_cells_reader(sheet) {
            Ok(cells) => cells,
            // A chart sheet, say: nothing to read.
            Err(calamine::XlsxError::NotAWorksheet(_)) => {
                input.errors.push(Issue::file(file, "is not a sheet of cells".to_string()));
                continue;
            }
            Err(e) => return Err(unreadable(e)),
        };
        let mut rows = Rows { next: None, done: false, file: &file };
        let header = match rows.next_row(&mut || cells.next_cell()) {
            Ok(Some(header)) => header,
            Ok(None) => {
                let names: Vec<_> = columns::names(*table).collect();
                let message =
                    format!("the sheet is empty; its first row should name the columns: {}", names.join(", "));
                input.errors.push(Issue::file(file, message));
                continue;
            }
            Err(Stop::Workbook(e)) => return Err(unreadable(e)),
            Err(Stop::Beyond(issue)) => {
                input.errors.push(issue);
                continue;
            }
        };
        let left = header.cells.first().map_or(0, |(column, _)| *column);
        let right = header.cells.last().map_or(0, |(column, _)| *column);
        let headings: Vec<String> = (left..=right)
            .map(|column| cells::text(&header.cell(column as usize)).ok().flatten().unwrap_or_default().into_owned())
            .collect();
        let header_line = u64::from(header.number) + 1;
        let label = |index: usize| format!("column {}", column_letters(left as usize + index));
        let Some(mut reader) = TableReader::start(input, *table, file.clone(), &headings, header_line, &label) else {
            continue;
        };
        let mut unheaded = std::collections::BTreeSet::new();
        let mut count = 0u32;
        let stop = loop {
            let row = match rows.next_row(&mut || cells.next_cell()) {
                Ok(Some(row)) => row,
                Ok(None) => break None,
                Err(stop) => break Some(stop),
            };
            count += 1;
            if count.is_multiple_of(ROWS_PER_REPORT) && progress.cancelled() {
                return Err(ReadError::Cancelled);
            }
            let line = u64::from(row.number) + 1;
            for (column, data) in &row.cells {
                if (*column < left || *column > right) && !cell(data).is_blank() && unheaded.insert(*column) {
                    let message = format!(
                        "column {} has a value but no heading, so it is ignored",
                        column_letters(*column as usize)
                    );
                    reader.warn(line, message);
                }
            }
            reader.row(line, &Shifted { row: &row, left, width: (right - left + 1) as usize });
        };
        reader.finish();
        match stop {
            None => {}
            Some(Stop::Workbook(e)) => return Err(unreadable(e)),
            Some(Stop::Beyond(issue)) => input.errors.push(issue),
        }
    }
    progress.report(&format!("reading {book}"), picked.len() as u64, picked.len() as u64);
    Ok(())
}

/// Inflates every part of the workbook at `path` into nothing, refusing one
/// that inflates beyond [`MAX_PART_BYTES`] or, when large, more than
/// [`MAX_INFLATION`] times: what the archive says of the sizes may be a lie.
fn check_inflation(path: &Path) -> Result<(), ReadError> {
    let io = |source| ReadError::Io { path: path.to_path_buf(), source };
    let unreadable =
        |e: zip::result::ZipError| ReadError::Workbook { path: path.to_path_buf(), message: e.to_string() };
    let file = std::fs::File::open(path).map_err(io)?;
    let mut archive = zip::ZipArchive::new(std::io::BufReader::new(file)).map_err(unreadable)?;
    for index in 0..archive.len() {
        let mut part = archive.by_index(index).map_err(unreadable)?;
        let compressed = part.compressed_size();
        let name = part.name().map(|n| n.into_owned()).unwrap_or_default();
        let inflated = std::io::copy(&mut (&mut part).take(MAX_PART_BYTES + 1), &mut std::io::sink())
            .map_err(|e| ReadError::Workbook { path: path.to_path_buf(), message: format!("{name}: {e}") })?;
        let bomb = inflated > MAX_PART_BYTES
            || (inflated > SMALL_PART_BYTES && inflated > compressed.saturating_mul(MAX_INFLATION));
        if bomb {
            let message = format!(
                "its part {name} inflates from {} kB to {} MB or more, more than a workbook of tables holds; \
                 Bridgework reads parts of up to {} MB",
                compressed / 1000,
                inflated / 1_000_000,
                MAX_PART_BYTES / 1_000_000
            );
            return Err(ReadError::Workbook { path: path.to_path_buf(), message });
        }
    }
    Ok(())
}

/// Why reading a sheet's rows stopped early.
enum Stop {
    Workbook(calamine::XlsxError),
    /// A cell beyond the sheet's last row or column, located.
    Beyond(Issue),
}

/// One row of a sheet: its cells holding values, by column, in order.
struct Row {
    /// Counting from 0, so the line is one more.
    number: u32,
    cells: Vec<(u32, Data)>,
}

impl Row {
    fn cell(&self, column: usize) -> Cell<'_> {
        match self.cells.binary_search_by_key(&column, |(c, _)| *c as usize) {
            Ok(at) => cell(&self.cells[at].1),
            Err(_) => Cell::Text(""),
        }
    }
}

/// Groups a sheet's cells, which come row by row, into rows.
struct Rows<'f> {
    /// The first cell of the next row, read while finishing the last.
    next: Option<(u32, u32, Data)>,
    /// Whether the reader has come to the end of the sheet's cells: asked
    /// again, it would read past them.
    done: bool,
    file: &'f str,
}

impl Rows<'_> {
    /// The next row holding a value, or `None` at the end of the sheet.
    fn next_row<'a>(
        &mut self,
        read: &mut dyn FnMut() -> Result<Option<calamine::Cell<DataRef<'a>>>, calamine::XlsxError>,
    ) -> Result<Option<Row>, Stop> {
        let mut row: Option<Row> = None;
        loop {
            let (number, column, data) = match self.next.take() {
                Some(next) => next,
                None if self.done => return Ok(row),
                None => match read().map_err(Stop::Workbook)? {
                    None => {
                        self.done = true;
                        return Ok(row);
                    }
                    Some(cell) => {
                        let (number, column) = cell.get_position();
                        if number >= SHEET_ROWS || column >= SHEET_COLUMNS {
                            let message = format!(
                                "a cell at row {} column {} lies beyond the last row ({SHEET_ROWS}) or column \
                                 (XFD) a spreadsheet has; the workbook is damaged",
                                u64::from(number) + 1,
                                u64::from(column) + 1
                            );
                            let line = u64::from(number.min(SHEET_ROWS)) + 1;
                            return Err(Stop::Beyond(Issue::at(self.file, line, None, message)));
                        }
                        let data = Data::from(cell.get_value().clone());
                        if data == Data::Empty {
                            continue;
                        }
                        (number, column, data)
                    }
                },
            };
            match &mut row {
                None => row = Some(Row { number, cells: vec![(column, data)] }),
                Some(current) if current.number == number => {
                    if current.cells.last().is_some_and(|(last, _)| *last >= column) {
                        // Cells out of order within a row: keep the row sorted.
                        let at = current.cells.partition_point(|(c, _)| *c < column);
                        if current.cells.get(at).is_some_and(|(c, _)| *c == column) {
                            current.cells[at].1 = data;
                        } else {
                            current.cells.insert(at, (column, data));
                        }
                    } else {
                        current.cells.push((column, data));
                    }
                }
                Some(current) if number > current.number => {
                    self.next = Some((number, column, data));
                    return Ok(row);
                }
                Some(current) => {
                    let message = format!(
                        "row {} comes after row {} in the workbook's file, and rows out of order cannot be read; \
                         open and save the workbook in a spreadsheet program",
                        u64::from(number) + 1,
                        u64::from(current.number) + 1
                    );
                    return Err(Stop::Beyond(Issue::at(self.file, u64::from(number) + 1, None, message)));
                }
            }
        }
    }
}

/// A row as the table reads it: the columns under the header, from `left`.
struct Shifted<'r> {
    row: &'r Row,
    left: u32,
    width: usize,
}

impl Cells for Shifted<'_> {
    fn width(&self) -> usize {
        self.width
    }

    fn cell(&self, index: usize) -> Cell<'_> {
        if index >= self.width { Cell::Text("") } else { self.row.cell(self.left as usize + index) }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_as_spreadsheets_do() {
        let letters: Vec<_> = [0, 1, 25, 26, 27, 51, 52, 701, 702].into_iter().map(column_letters).collect();
        assert_eq!(letters, ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
    }
}
