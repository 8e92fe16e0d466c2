//! The store's own row ids beside the spreadsheet's ids.
//!
//! Records refer to each other by the spreadsheet's ids; tables refer to each
//! other by integer row ids. Loading turns row ids into spreadsheet ids, and
//! writing turns them back.

use rusqlite::Error;
use rusqlite::types::Type;
use rustc_hash::FxHashMap as HashMap;

/// The row ids of one table, in the order of its records (ascending, as every
/// load reads `ORDER BY id`), and the way back from a row id to its record.
#[derive(Debug, Default, Clone)]
pub(crate) struct RowIds {
    pub(crate) ids: Vec<i64>,
}

impl RowIds {
    pub(crate) fn new(ids: Vec<i64>) -> RowIds {
        debug_assert!(ids.is_sorted(), "row ids are loaded in order");
        RowIds { ids }
    }

    /// The position of the record with row id `id`; a dangling row id means a
    /// file edited behind the store's back. Row ids are mostly dense, so the
    /// first guess usually hits; otherwise a binary search finds it.
    pub(crate) fn position(&self, id: i64, column: usize, what: &str) -> rusqlite::Result<usize> {
        let guess = self.ids.first().and_then(|first| usize::try_from(id - first).ok());
        if let Some(guess) = guess.filter(|&g| self.ids.get(g) == Some(&id)) {
            return Ok(guess);
        }
        self.ids.binary_search(&id).map_err(|_| {
            Error::FromSqlConversionFailure(
                column,
                Type::Integer,
                format!("a reference to {what} row {id}, which does not exist").into(),
            )
        })
    }
}

/// From spreadsheet id to row id, for one table, as it stands while writing.
pub(crate) type ByExtId = HashMap<String, i64>;

pub(crate) fn by_ext_id<'a>(ext_ids: impl Iterator<Item = &'a str>, ids: &[i64]) -> ByExtId {
    ext_ids.zip(ids).map(|(ext, id)| (ext.to_string(), *id)).collect()
}
