//! Something wrong (or worth knowing) about an input, located as a person
//! would look for it: the file or sheet, the line, the column.

use serde::Serialize;
use std::fmt;

/// One problem or warning, located in the input.
///
/// Displays as `people.csv:14: column level: "Snr" is not a level; …`, the
/// form compilers use, so editors and terminals can jump to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Issue {
    /// The file as named in the input (`people.csv`), a workbook's sheet
    /// (`book.xlsx, sheet people`), the folder itself, or `the map` for a row
    /// that was not in the input but already in the map.
    pub file: String,
    /// The physical line of a CSV file (1 is the header) or the row number a
    /// spreadsheet program shows.
    pub line: Option<u64>,
    /// The column's name in the format (`person_a`), or the heading as
    /// written for a column the format does not know.
    pub column: Option<String>,
    pub message: String,
}

impl Issue {
    /// An issue about a file as a whole.
    pub(crate) fn file(file: impl Into<String>, message: String) -> Issue {
        Issue { file: file.into(), line: None, column: None, message }
    }

    /// An issue about a line, or a cell when `column` is given.
    pub(crate) fn at(file: &str, line: u64, column: Option<&str>, message: String) -> Issue {
        Issue { file: file.to_string(), line: Some(line), column: column.map(str::to_string), message }
    }
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(column) = &self.column {
            write!(f, ": column {column}")?;
        }
        write!(f, ": {}", self.message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_like_a_compiler_message() {
        let issue = Issue::at("people.csv", 14, Some("level"), "\"Snr\" is not a level".into());
        assert_eq!(issue.to_string(), "people.csv:14: column level: \"Snr\" is not a level");
        assert_eq!(Issue::file("csv", "no tables".into()).to_string(), "csv: no tables");
        assert_eq!(Issue::at("ties.csv", 3, None, "too many fields".into()).to_string(), "ties.csv:3: too many fields");
    }
}
