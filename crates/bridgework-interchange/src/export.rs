//! Writing every table back out: a folder of CSV files and an `.xlsx`
//! workbook that read back as the same records, and one JSON document with
//! the same columns.
//!
//! All are written from one description of each table's rows
//! ([`for_each_row`]), so the formats cannot disagree on a column. CSV and
//! workbook cells are guarded against formulas ([`formulas::neutralise`]).

use crate::columns;
use crate::error::WriteError;
use crate::formulas;
use bridgework_core::{Date, Records, Table};
use chrono::Datelike;
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};
use std::fmt::Write as _;
use std::io::{BufWriter, Write};
use std::path::Path;

/// Writes every table to `dir` as `NAME.csv` (a header even when empty),
/// creating the folder if needed: UTF-8 without a byte order mark, commas,
/// CRLF line ends and RFC 4180 quoting; an empty value is an empty cell and
/// lists are joined with `"; "`.
///
/// Each file is written beside its final name and moved there when complete,
/// so a failed export never leaves half a file (an existing file stays as it
/// was).
pub fn write_csv(records: &Records, dir: &Path) -> Result<(), WriteError> {
    std::fs::create_dir_all(dir).map_err(|source| WriteError::Io { path: dir.to_path_buf(), source })?;
    for table in Table::ALL {
        write_table(records, table, dir)?;
    }
    Ok(())
}

fn write_table(records: &Records, table: Table, dir: &Path) -> Result<(), WriteError> {
    let path = dir.join(format!("{}.csv", table.name()));
    let io = |source| WriteError::Io { path: path.clone(), source };
    // A hidden name, so that reading the folder meanwhile never sees it.
    let prefix = format!(".{}.csv.", table.name());
    let temp = temporary_beside(&prefix, FILE_MODE).tempfile_in(dir).map_err(io)?;
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(BufWriter::with_capacity(1 << 16, temp));
    writer.write_record(columns::names(table)).map_err(|e| io(e.into()))?;
    let mut text = String::new();
    for_each_row(records, table, |values| {
        for value in values {
            text.clear();
            value.write_text(&mut text);
            writer.write_field(formulas::neutralise(&text).as_bytes())?;
        }
        writer.write_record(None::<&[u8]>)
    })
    .map_err(|e| io(e.into()))?;
    let buffered = writer.into_inner().map_err(|e| io(e.into_error()))?;
    let temp = buffered.into_inner().map_err(|e| io(e.into_error()))?;
    temp.persist(&path).map_err(|e| io(e.error))?;
    Ok(())
}

/// The permissions asked for a new file, and for a new folder; the umask
/// takes its part off, as for any file a program writes.
pub const FILE_MODE: u32 = 0o666;
pub const FOLDER_MODE: u32 = 0o777;

/// A builder of temporary files or folders named `prefix` and something
/// random, hidden beside an export until it is renamed into place, with the
/// permissions of any new file (`mode` less the umask) rather than a
/// temporary file's owner-only ones, since it becomes the export.
pub fn temporary_beside(prefix: &str, mode: u32) -> tempfile::Builder<'_, 'static> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(prefix);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(mode));
    }
    #[cfg(not(unix))]
    let _ = mode;
    builder
}

/// The most rows a worksheet holds, its header included.
const SHEET_ROWS: usize = 1_048_576;

/// Writes every table as a sheet of one `.xlsx` workbook, named and laid out
/// as the CSV files are (header row, the same columns and cells), with
/// `strength` and the assessment scores as numbers. The workbook reads back
/// as the same records.
pub fn write_xlsx(records: &Records, out: &mut dyn Write) -> Result<(), WriteError> {
    use rust_xlsxwriter::{Format, Workbook};
    let sheet_error = |table: Table, e: rust_xlsxwriter::XlsxError| WriteError::Workbook {
        sheet: table.name().to_string(),
        message: e.to_string(),
    };
    let mut workbook = Workbook::new();
    // Compressing the sheets is most of the time taken: level 2 takes about
    // 0.6 of the default's time for a file about a tenth larger (the
    // writer's own measurements).
    workbook.set_zip_compression_level(2);
    let bold = Format::new().set_bold();
    for table in Table::ALL {
        let rows = records.len(table);
        if rows >= SHEET_ROWS {
            return Err(WriteError::Workbook {
                sheet: table.name().to_string(),
                message: format!("{rows} rows do not fit in a worksheet, which holds {}", SHEET_ROWS - 1),
            });
        }
        let fail = |e| sheet_error(table, e);
        let sheet = workbook.add_worksheet_with_constant_memory().map_err(fail)?;
        sheet.set_name(table.name()).map_err(fail)?;
        for (col, name) in columns::names(table).enumerate() {
            sheet.write_string_with_format(0, col as u16, name, &bold).map_err(fail)?;
        }
        sheet.set_freeze_panes(1, 0).map_err(fail)?;
        let mut row = 0u32;
        let mut text = String::new();
        for_each_row(records, table, |values| {
            row += 1;
            for (col, value) in values.iter().enumerate() {
                match value {
                    Value::None => {}
                    Value::Whole(n) => {
                        sheet.write_number(row, col as u16, f64::from(*n)).map_err(fail)?;
                    }
                    _ => {
                        text.clear();
                        value.write_text(&mut text);
                        sheet.write_string(row, col as u16, formulas::neutralise(&text)).map_err(fail)?;
                    }
                }
            }
            Ok::<(), WriteError>(())
        })?;
    }
    // In memory first: the writer wants a `Send` destination, which standard output is not.
    let bytes =
        workbook.save_to_buffer().map_err(|e| WriteError::Workbook { sheet: String::new(), message: e.to_string() })?;
    out.write_all(&bytes).map_err(|source| WriteError::Io { path: "the workbook".into(), source })
}

/// The cells of one row as the CSV export writes them.
pub(crate) fn row_text(records: &Records, table: Table, row: usize) -> Vec<String> {
    // The one row alone, so that `for_each_row` describes it as it does every row.
    let mut one = Records::default();
    match table {
        Table::Organisations => one.organisations.push(records.organisations[row].clone()),
        Table::Teams => one.teams.push(records.teams[row].clone()),
        Table::People => one.people.push(records.people[row].clone()),
        Table::Ties => one.ties.push(records.ties[row].clone()),
        Table::PartnerLinks => one.partner_links.push(records.partner_links[row].clone()),
        Table::Partnerships => one.partnerships.push(records.partnerships[row].clone()),
        Table::Assessments => one.assessments.push(records.assessments[row].clone()),
    }
    let mut cells = Vec::new();
    let _: Result<(), std::convert::Infallible> = for_each_row(&one, table, |values| {
        cells = values
            .iter()
            .map(|value| {
                let mut text = String::new();
                value.write_text(&mut text);
                text
            })
            .collect();
        Ok(())
    });
    cells
}

/// Calls `f` with each row of `table` and its cells as the CSV export writes
/// them. The cells are reused from row to row, so a large table is read
/// without an allocation per row.
pub(crate) fn each_row_text(records: &Records, table: Table, mut f: impl FnMut(usize, &[String])) {
    let mut cells: Vec<String> = Vec::new();
    let mut row = 0;
    let _: Result<(), std::convert::Infallible> = for_each_row(records, table, |values| {
        cells.resize_with(values.len(), String::new);
        for (cell, value) in cells.iter_mut().zip(values) {
            cell.clear();
            value.write_text(cell);
        }
        f(row, &cells);
        row += 1;
        Ok(())
    });
}

/// Writes every table as one pretty-printed JSON document (described in the
/// crate's documentation), ending with a line break.
pub fn write_json(records: &Records, out: &mut dyn Write) -> Result<(), WriteError> {
    serde_json::to_writer_pretty(&mut *out, &Document { records })?;
    writeln!(out).map_err(serde_json::Error::io)?;
    Ok(())
}

/// The JSON document: its format, then each table under its name.
struct Document<'a> {
    records: &'a Records,
}

impl Serialize for Document<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut document = serializer.serialize_map(Some(2 + Table::ALL.len()))?;
        document.serialize_entry("format", "bridgework-map")?;
        document.serialize_entry("format_version", &1)?;
        for table in Table::ALL {
            document.serialize_entry(table.name(), &Rows { records: self.records, table })?;
        }
        document.end()
    }
}

/// One table as an array of objects.
struct Rows<'a> {
    records: &'a Records,
    table: Table,
}

impl Serialize for Rows<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut rows = serializer.serialize_seq(Some(self.records.len(self.table)))?;
        let columns = columns::of(self.table);
        for_each_row(self.records, self.table, |values| {
            rows.serialize_element(&Row { names: columns.iter().map(|c| c.name), values })
        })?;
        rows.end()
    }
}

/// One row as an object whose keys are the column names, in order.
struct Row<'a, N> {
    names: N,
    values: &'a [Value<'a>],
}

impl<N: Iterator<Item = &'static str> + Clone> Serialize for Row<'_, N> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.names.clone().zip(self.values))
    }
}

/// One value of an exported row.
#[derive(Debug, Clone, Copy)]
enum Value<'a> {
    Text(&'a str),
    None,
    Day(Date),
    Whole(u8),
    List(&'a [String]),
}

impl Value<'_> {
    /// The value as a CSV cell: what the reader reads back as the same value.
    fn write_text(&self, out: &mut String) {
        match self {
            Value::Text(text) => out.push_str(text),
            Value::None => {}
            Value::Day(day) => write!(out, "{}", IsoDay(*day)).expect("a String takes any text"),
            Value::Whole(n) => write!(out, "{n}").expect("a String takes any text"),
            Value::List(items) => {
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str("; ");
                    }
                    out.push_str(item);
                }
            }
        }
    }
}

impl Serialize for Value<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Text(text) => serializer.serialize_str(text),
            Value::None => serializer.serialize_none(),
            Value::Day(day) => serializer.collect_str(&IsoDay(*day)),
            Value::Whole(n) => serializer.serialize_u8(*n),
            Value::List(items) => items.serialize(serializer),
        }
    }
}

/// A day as `YYYY-MM-DD`; by hand, since chrono's formatter interprets its
/// pattern for every date and two columns of the largest table are dates.
struct IsoDay(Date);

impl std::fmt::Display for IsoDay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.0.year(), self.0.month(), self.0.day())
    }
}

fn text(value: &Option<String>) -> Value<'_> {
    value.as_deref().map_or(Value::None, Value::Text)
}

fn day(value: Option<Date>) -> Value<'static> {
    value.map_or(Value::None, Value::Day)
}

/// Calls `write` with the values of each row of `table`, in the order of
/// [`columns::of`] the table.
fn for_each_row<E>(
    records: &Records,
    table: Table,
    mut write: impl FnMut(&[Value<'_>]) -> Result<(), E>,
) -> Result<(), E> {
    use Value::{List, Text, Whole};
    let word = |word: Option<&'static str>| word.map_or(Value::None, Text);
    match table {
        Table::Organisations => records.organisations.iter().try_for_each(|o| {
            write(&[Text(&o.id), Text(&o.name), Text(o.kind.as_str()), text(&o.short_name), text(&o.colour)])
        }),
        Table::Teams => records.teams.iter().try_for_each(|t| {
            write(&[Text(&t.id), Text(&t.org_id), text(&t.parent_team_id), Text(&t.name), List(&t.functions)])
        }),
        Table::People => records.people.iter().try_for_each(|p| {
            write(&[
                Text(&p.id),
                text(&p.team_id),
                Text(&p.name),
                text(&p.role),
                word(p.level.map(|l| l.as_str())),
                text(&p.email),
                text(&p.phone),
                day(p.joined),
                day(p.left),
                List(&p.tags),
            ])
        }),
        Table::Ties => records.ties.iter().try_for_each(|t| {
            write(&[
                Text(&t.person_a),
                Text(&t.person_b),
                Text(t.kind.as_str()),
                t.strength.map_or(Value::None, Whole),
                word(t.frequency.map(|f| f.as_str())),
                day(t.last_contact),
                day(t.since),
                text(&t.source),
                text(&t.note),
            ])
        }),
        Table::PartnerLinks => {
            records.partner_links.iter().try_for_each(|l| write(&[Text(&l.team_a), Text(&l.team_b), text(&l.reason)]))
        }
        Table::Partnerships => records.partnerships.iter().try_for_each(|p| {
            write(&[
                Text(&p.id),
                Text(&p.name),
                word(p.model.map(|m| m.as_str())),
                text(&p.purpose),
                day(p.started),
                List(&p.org_ids),
            ])
        }),
        Table::Assessments => records.assessments.iter().try_for_each(|a| {
            write(&[
                Text(&a.partnership_id),
                Value::Day(a.date),
                Whole(a.shared_purpose),
                Whole(a.shared_values),
                Whole(a.agreed_processes),
                Whole(a.trust_commitment),
                Whole(a.communication),
            ])
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bridgework_core::*;

    fn one_of_each() -> Records {
        let day = Date::from_ymd_opt(2025, 1, 2);
        Records {
            organisations: vec![Organisation {
                id: "o".into(),
                name: "O".into(),
                kind: OrgKind::Hospice,
                short_name: None,
                colour: None,
            }],
            teams: vec![Team {
                id: "t".into(),
                org_id: "o".into(),
                parent_team_id: None,
                name: "T".into(),
                functions: vec!["a".into(), "b".into()],
            }],
            people: vec![Person {
                id: "p".into(),
                team_id: None,
                name: "P".into(),
                role: None,
                level: Some(Level::Middle),
                email: None,
                phone: None,
                joined: day,
                left: None,
                tags: vec![],
            }],
            ties: vec![Tie {
                person_a: "p".into(),
                person_b: "q".into(),
                kind: TieKind::Advice,
                strength: Some(2),
                frequency: None,
                last_contact: day,
                since: None,
                source: None,
                note: Some("n".into()),
            }],
            partner_links: vec![PartnerLink { team_a: "t".into(), team_b: "u".into(), reason: None }],
            partnerships: vec![Partnership {
                id: "x".into(),
                name: "X".into(),
                model: None,
                purpose: None,
                started: day,
                org_ids: vec!["o".into()],
            }],
            assessments: vec![Assessment {
                partnership_id: "x".into(),
                date: day.unwrap(),
                shared_purpose: 1,
                shared_values: 2,
                agreed_processes: 3,
                trust_commitment: 4,
                communication: 5,
            }],
        }
    }

    #[test]
    fn every_table_writes_as_many_values_as_it_has_columns() {
        let records = one_of_each();
        for table in Table::ALL {
            let mut widths = Vec::new();
            for_each_row(&records, table, |values| {
                widths.push(values.len());
                Ok::<_, ()>(())
            })
            .unwrap();
            assert_eq!(widths, [columns::of(table).len()], "{}", table.name());
        }
    }
}
