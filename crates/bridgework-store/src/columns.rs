//! Reading and writing the column types the schema uses: dates as
//! `YYYY-MM-DD` text, vocabularies by their canonical spelling, lists as JSON
//! arrays.

use rusqlite::types::Type;
use rusqlite::{Error, Row};
use std::str::FromStr;

/// Which copy of the map a query reads: the live tables, or one snapshot's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Source {
    Live,
    Snapshot(i64),
}

impl Source {
    /// The `FROM` clause for `table` in this copy.
    pub(crate) fn from(self, table: &str) -> String {
        match self {
            Source::Live => table.to_string(),
            Source::Snapshot(id) => format!("snapshot_{table} WHERE snapshot_id = {id}"),
        }
    }
}

fn conversion_error(idx: usize, err: impl std::error::Error + Send + Sync + 'static) -> Error {
    Error::FromSqlConversionFailure(idx, Type::Text, Box::new(err))
}

/// A vocabulary value, such as a level or a tie kind.
pub(crate) fn word<T: FromStr>(row: &Row<'_>, idx: usize) -> rusqlite::Result<T>
where
    T::Err: std::error::Error + Send + Sync + 'static,
{
    let text: String = row.get(idx)?;
    text.parse().map_err(|e| conversion_error(idx, e))
}

/// An optional vocabulary value.
pub(crate) fn optional_word<T: FromStr>(row: &Row<'_>, idx: usize) -> rusqlite::Result<Option<T>>
where
    T::Err: std::error::Error + Send + Sync + 'static,
{
    let text: Option<String> = row.get(idx)?;
    text.map(|t| t.parse().map_err(|e| conversion_error(idx, e))).transpose()
}

/// A list of tags stored as a JSON array.
pub(crate) fn list(row: &Row<'_>, idx: usize) -> rusqlite::Result<Vec<String>> {
    let text: String = row.get(idx)?;
    serde_json::from_str(&text).map_err(|e| conversion_error(idx, e))
}

/// A list of tags as the JSON array it is stored as.
pub(crate) fn list_text(items: &[String]) -> String {
    serde_json::to_string(items).expect("a list of strings always serialises")
}
