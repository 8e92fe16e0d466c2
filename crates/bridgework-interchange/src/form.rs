//! One record as text cells, for a form that edits it: the cells a row of
//! the table's CSV file would hold, and the record read back from them with
//! exactly the import's spellings and messages.
//!
//! An edited row is a spreadsheet row typed into the app, so it is read by
//! the code that reads files: a level written "Front line" or a date written
//! 03/04/2025 means the same in a form as in `people.csv`.

use crate::cells::{Cell, Cells};
use crate::columns;
use crate::input::Input;
use crate::issue::Issue;
use crate::tables::TableReader;
use bridgework_core::{Records, Table};

/// The names of `table`'s columns, in the format's order.
pub fn column_names(table: Table) -> Vec<&'static str> {
    columns::names(table).collect()
}

/// The cells of row `row` of `table`, in [`column_names`]' order, as the CSV
/// export writes them (empty for no value, lists joined by `"; "`).
pub fn row_cells(records: &Records, table: Table, row: usize) -> Vec<String> {
    crate::export::row_text(records, table, row)
}

/// Calls `f` with each row of `table` (its index and its cells, as
/// [`row_cells`] gives them), reusing the cells from row to row.
pub fn each_row_cells(records: &Records, table: Table, f: impl FnMut(usize, &[String])) {
    crate::export::each_row_text(records, table, f)
}

/// Reads one row typed into a form, `cells` in [`column_names`]' order
/// (missing cells are empty). Returns the records holding that one row (no
/// row when a cell it cannot be stored without is bad) and every problem,
/// each naming its column. Issues name the file `form` and no line.
pub fn read_row(table: Table, cells: &[String], form: &str) -> (Records, Vec<Issue>) {
    let mut input = Input::default();
    let headings = column_names(table);
    let no_label = |_: usize| String::new();
    if let Some(mut reader) = TableReader::start(&mut input, table, form.to_string(), &headings, 1, &no_label) {
        reader.row(2, &FormCells(cells));
        reader.finish();
    }
    let mut issues = input.errors;
    for issue in &mut issues {
        issue.line = None;
    }
    (input.records, issues)
}

/// A form's cells, as a row of text.
struct FormCells<'a>(&'a [String]);

impl Cells for FormCells<'_> {
    fn width(&self) -> usize {
        self.0.len()
    }

    fn cell(&self, index: usize) -> Cell<'_> {
        Cell::Text(self.0.get(index).map_or("", String::as_str))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bridgework_core::{Level, Person};

    fn cells(values: &[&str]) -> Vec<String> {
        values.iter().map(|v| v.to_string()).collect()
    }

    #[test]
    fn a_row_reads_back_from_its_own_cells() {
        let person = Person {
            id: "p1".into(),
            team_id: Some("t1".into()),
            name: "Priya Shah".into(),
            role: Some("Discharge lead".into()),
            level: Some(Level::Middle),
            email: None,
            phone: None,
            joined: Some("2024-03-01".parse().unwrap()),
            left: None,
            tags: vec!["discharge".into(), "flow".into()],
        };
        let records = Records { people: vec![person], ..Records::default() };
        let text = row_cells(&records, Table::People, 0);
        assert_eq!(text[4], "middle");
        assert_eq!(text[9], "discharge; flow");
        let (read, issues) = read_row(Table::People, &text, "person");
        assert!(issues.is_empty(), "{issues:?}");
        assert_eq!(read, records);
    }

    #[test]
    fn a_bad_cell_names_its_column_and_no_line() {
        let (read, issues) =
            read_row(Table::People, &cells(&["p1", "", "Priya", "", "Snr", "", "", "31/02/2025"]), "person");
        let columns: Vec<_> = issues.iter().map(|i| i.column.as_deref().unwrap()).collect();
        assert_eq!(columns, ["level", "joined"]);
        assert!(issues.iter().all(|i| i.file == "person" && i.line.is_none()));
        assert_eq!(read.people.len(), 1, "the row is kept with the bad cells empty");
        let (read, issues) = read_row(Table::Ties, &cells(&["", "p2", "advice", "7"]), "tie");
        assert!(read.ties.is_empty(), "a tie needs both people");
        assert_eq!(issues[0].column.as_deref(), Some("person_a"));
    }
}
