//! Report tables that are not the map's own (the changes a comparison of two
//! snapshots found, …) written as an `.xlsx` workbook, a sheet each, or as a
//! folder of CSV files, a file each, with the guards the map's tables have:
//! every text cell neutralised against formulas ([`formulas::neutralise`]),
//! numbers written as numbers, the header row bold and frozen.
//!
//! They are read by people and spreadsheets, never imported back.

use crate::error::WriteError;
use crate::export::{FILE_MODE, temporary_beside};
use crate::formulas;
use std::io::{BufWriter, Write};
use std::path::Path;

/// One table of a report: a sheet of the workbook, a file of the CSV folder.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    /// The sheet's name, in plain words ("People joined"): at most 31
    /// characters, none of `[ ] : * ? / \`.
    pub name: String,
    /// Column headings, in plain words.
    pub header: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

impl Sheet {
    /// The CSV file's name: the sheet's, in lower case with underscores
    /// ("people_joined.csv").
    pub fn file_name(&self) -> String {
        let stem: String =
            self.name.chars().map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { '_' }).collect();
        format!("{stem}.csv")
    }
}

/// One cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    /// A number, which a spreadsheet can sum and sort as one.
    Number(f64),
}

impl From<&str> for Cell {
    fn from(text: &str) -> Cell {
        Cell::Text(text.to_string())
    }
}

impl From<String> for Cell {
    fn from(text: String) -> Cell {
        Cell::Text(text)
    }
}

impl From<f64> for Cell {
    fn from(value: f64) -> Cell {
        Cell::Number(value)
    }
}

impl<T: Into<Cell>> From<Option<T>> for Cell {
    fn from(value: Option<T>) -> Cell {
        value.map_or(Cell::Empty, Into::into)
    }
}

/// Writes `sheets` as one `.xlsx` workbook, in order.
pub fn write_sheets_xlsx(sheets: &[Sheet], out: &mut dyn Write) -> Result<(), WriteError> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    for sheet in sheets {
        let fail =
            |e: rust_xlsxwriter::XlsxError| WriteError::Workbook { sheet: sheet.name.clone(), message: e.to_string() };
        let page = workbook.add_worksheet();
        page.set_name(&sheet.name).map_err(fail)?;
        for (col, heading) in sheet.header.iter().enumerate() {
            page.write_string_with_format(0, col as u16, formulas::neutralise(heading), &bold).map_err(fail)?;
        }
        page.set_freeze_panes(1, 0).map_err(fail)?;
        for (row, cells) in sheet.rows.iter().enumerate() {
            let row = row as u32 + 1;
            for (col, cell) in cells.iter().enumerate() {
                match cell {
                    Cell::Empty => {}
                    Cell::Text(text) => {
                        page.write_string(row, col as u16, formulas::neutralise(text)).map_err(fail)?;
                    }
                    Cell::Number(value) => {
                        page.write_number(row, col as u16, *value).map_err(fail)?;
                    }
                }
            }
        }
        // Wide enough for the names they hold, measured on what they hold.
        page.autofit();
    }
    // In memory first: the writer wants a `Send` destination, which standard output is not.
    let bytes =
        workbook.save_to_buffer().map_err(|e| WriteError::Workbook { sheet: String::new(), message: e.to_string() })?;
    out.write_all(&bytes).map_err(|source| WriteError::Io { path: "the workbook".into(), source })
}

/// Writes each of `sheets` to `dir` (which must exist) as a CSV file named
/// after it ([`Sheet::file_name`]), as the map's CSV export writes its
/// tables: UTF-8, commas, CRLF line ends, each file written beside its final
/// name and moved there when complete.
pub fn write_sheets_csv(sheets: &[Sheet], dir: &Path) -> Result<(), WriteError> {
    for sheet in sheets {
        let path = dir.join(sheet.file_name());
        let io = |source| WriteError::Io { path: path.clone(), source };
        let temp = temporary_beside(&format!(".{}.", sheet.file_name()), FILE_MODE).tempfile_in(dir).map_err(io)?;
        let mut writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(BufWriter::with_capacity(1 << 16, temp));
        let heading = sheet.header.iter().map(|h| formulas::neutralise(h));
        writer.write_record(heading.map(|h| h.into_owned())).map_err(|e| io(e.into()))?;
        for cells in &sheet.rows {
            for cell in cells {
                let text = match cell {
                    Cell::Empty => String::new(),
                    Cell::Text(text) => formulas::neutralise(text).into_owned(),
                    Cell::Number(value) => value.to_string(),
                };
                writer.write_field(text).map_err(|e| io(e.into()))?;
            }
            writer.write_record(None::<&[u8]>).map_err(|e| io(e.into()))?;
        }
        let buffered = writer.into_inner().map_err(|e| io(e.into_error()))?;
        let temp = buffered.into_inner().map_err(|e| io(e.into_error()))?;
        temp.persist(&path).map_err(|e| io(e.error))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet() -> Sheet {
        Sheet {
            name: "Ties gained".into(),
            header: vec!["Person".into(), "Strength".into(), "Note".into()],
            rows: vec![
                vec!["=HYPERLINK(\"x\")".into(), 0.75.into(), Cell::Empty],
                vec!["Ann, \"Nan\" Lee".into(), (-3.0).into(), "-3".into()],
            ],
        }
    }

    #[test]
    fn a_csv_sheet_neutralises_formulas_and_keeps_numbers() {
        let dir = tempfile::tempdir().unwrap();
        write_sheets_csv(&[sheet()], dir.path()).unwrap();
        let files: Vec<String> =
            std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into()).collect();
        assert_eq!(files, ["ties_gained.csv"]);
        let text = std::fs::read_to_string(dir.path().join("ties_gained.csv")).unwrap();
        expect_test::expect![[r#"
            Person,Strength,Note
            "'=HYPERLINK(""x"")",0.75,
            "Ann, ""Nan"" Lee",-3,-3
        "#]]
        .assert_eq(&text.replace("\r\n", "\n"));
    }

    #[test]
    fn a_workbook_reads_back_with_text_as_text_and_numbers_as_numbers() {
        use calamine::{Data, Reader, Xlsx};
        let mut bytes = Vec::new();
        write_sheets_xlsx(&[sheet()], &mut bytes).unwrap();
        let mut book = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
        assert_eq!(book.sheet_names(), ["Ties gained"]);
        let range = book.worksheet_range("Ties gained").unwrap();
        let rows: Vec<Vec<Data>> = range.rows().map(|r| r.to_vec()).collect();
        assert_eq!(
            rows[0],
            [Data::String("Person".into()), Data::String("Strength".into()), Data::String("Note".into())]
        );
        assert_eq!(rows[1][0], Data::String("'=HYPERLINK(\"x\")".into()));
        assert_eq!(rows[1][1], Data::Float(0.75));
        assert_eq!(rows[2][1], Data::Float(-3.0));
        assert_eq!(rows[2][2], Data::String("-3".into()));
    }

    #[test]
    fn a_sheet_name_a_workbook_cannot_hold_is_named_in_the_error() {
        let bad = Sheet { name: "What: changed?".into(), header: vec![], rows: vec![] };
        let err = write_sheets_xlsx(&[bad], &mut Vec::new()).unwrap_err();
        assert!(err.to_string().contains("sheet What: changed?"), "{err}");
    }
}
