//! What was read from a folder or workbook, and where each row came from.

use crate::issue::Issue;
use crate::preview::{Rename, TablePreview};
use bridgework_core::{Problem, Records, Table};

/// The tables read from an input, with every problem found in them.
///
/// The records are not checked against each other: merge them into the map
/// (replacing whole tables, those in [`Input::tables`]), run
/// [`bridgework_core::Map::new`] and turn its problems into issues with
/// [`Input::locate`]. Import only when `errors` and those problems are both
/// empty: rows with errors are still in `records` (with the bad cells
/// empty) so that the map's rules can check the rest.
#[derive(Debug, Clone, Default)]
pub struct Input {
    /// The rows of the tables the input held; the other tables are empty.
    pub records: Records,
    /// The tables the input held and that could be read, in the format's order.
    pub tables: Vec<Table>,
    /// Problems that stop an import.
    pub errors: Vec<Issue>,
    /// Things worth knowing that do not stop an import, such as a column the
    /// format does not know.
    pub warnings: Vec<Issue>,
    sources: Vec<Source>,
    /// Headings to read as other columns.
    pub(crate) renames: Vec<Rename>,
    /// Each table's preview, when reading for one.
    pub(crate) preview: Option<Vec<TablePreview>>,
}

/// Where one table's rows came from.
#[derive(Debug, Clone)]
struct Source {
    table: Table,
    file: String,
    /// The line of each row of the table, in order.
    lines: Vec<u64>,
}

impl Input {
    /// Records that `table` was read from `file`, its rows from `lines`.
    pub(crate) fn add_table(&mut self, table: Table, file: String, lines: Vec<u64>) {
        self.tables.push(table);
        self.sources.push(Source { table, file, lines });
    }

    /// The file and line the `row`th record of `table` was read from.
    pub(crate) fn line_of(&self, table: Table, row: usize) -> Option<(String, u64)> {
        let source = self.sources.iter().find(|s| s.table == table)?;
        Some((source.file.clone(), *source.lines.get(row)?))
    }

    /// Where a problem that [`bridgework_core::Map::new`] found in the merged
    /// records is in the input: the file, line and column for a row that came
    /// from the input; `the map` for a row of a table the input did not hold,
    /// which the caller kept from the map.
    pub fn locate(&self, problem: &Problem) -> Issue {
        let column = problem.column.map(str::to_string);
        let Some(source) = self.sources.iter().find(|s| s.table == problem.table) else {
            let mut message = format!("{} (in {}, row {}", problem.message, problem.table.name(), problem.row + 1);
            if let Some(first) = problem.first_row {
                message.push_str(&format!("; first on row {}", first + 1));
            }
            message.push(')');
            return Issue { file: "the map".to_string(), line: None, column, message };
        };
        let mut message = problem.message.clone();
        if let Some(first) = problem.first_row.and_then(|row| source.lines.get(row)) {
            message.push_str(&format!(" (first on line {first})"));
        }
        Issue { file: source.file.clone(), line: source.lines.get(problem.row).copied(), column, message }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_input_rows_by_line_and_map_rows_by_table() {
        let mut input = Input::default();
        input.add_table(Table::People, "people.csv".into(), vec![2, 3, 7]);
        let duplicate =
            Problem { first_row: Some(0), ..Problem::new(Table::People, 2, Some("id"), "duplicate id \"p1\"".into()) };
        assert_eq!(
            input.locate(&duplicate).to_string(),
            "people.csv:7: column id: duplicate id \"p1\" (first on line 2)"
        );
        let in_map = Problem::new(Table::Ties, 4, Some("person_a"), "unknown person id \"p9\"".into());
        assert_eq!(
            input.locate(&in_map).to_string(),
            "the map: column person_a: unknown person id \"p9\" (in ties, row 5)"
        );
        let duplicate_in_map = Problem { table: Table::Teams, ..duplicate };
        assert_eq!(
            input.locate(&duplicate_in_map).to_string(),
            "the map: column id: duplicate id \"p1\" (in teams, row 3; first on row 1)"
        );
    }
}
