//! What is wrong with a set of records, and where.

use crate::records::Table;
use serde::Serialize;
use std::fmt;

/// One broken rule, located by table, row (0-based, in the table's order) and
/// column. Readers of files translate the row into a file and line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub table: Table,
    pub row: usize,
    pub column: Option<&'static str>,
    pub message: String,
    /// For a duplicate: the row that came first.
    pub first_row: Option<usize>,
}

impl Problem {
    pub fn new(table: Table, row: usize, column: Option<&'static str>, message: String) -> Self {
        Problem { table, row, column, message, first_row: None }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} row {}", self.table.name(), self.row + 1)?;
        if let Some(column) = self.column {
            write!(f, ", column {column}")?;
        }
        write!(f, ": {}", self.message)?;
        if let Some(first) = self.first_row {
            write!(f, " (first on row {})", first + 1)?;
        }
        Ok(())
    }
}
