//! What can go wrong with a map file, in words a person can act on.

use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: no such file")]
    NotFound { path: String },
    #[error("{path} already exists; choose another name or remove it first")]
    AlreadyExists { path: String },
    #[error("{path} is not a Bridgework map ({detail})")]
    NotAMap { path: String, detail: String },
    #[error(
        "{path} was saved by a newer version of Bridgework (map format {found}; this version reads formats up to \
         {supported}); update Bridgework to open it"
    )]
    TooNew { path: String, found: i64, supported: i64 },
    #[error("{path} is damaged ({detail}); open a backup copy of the map instead")]
    Damaged { path: String, detail: String },
    #[error("{path} is in use by another program; close it there and try again")]
    Busy { path: String },
    #[error("{path}: no such folder; choose a folder that exists")]
    NoSuchFolder { path: String },
    #[error("{path} is the map being copied; choose another name for the copy")]
    SameFile { path: String },
    #[error("{path}: there is no snapshot {id}")]
    NoSuchSnapshot { path: String, id: i64 },
    #[error("{path} is read-only, so nothing was changed; make the file writable or work on a copy")]
    ReadOnly { path: String },
    #[error("{path}: nobody with the id \"{id}\" is in the map, its snapshots or its history")]
    NoSuchPerson { path: String, id: String },
    #[error(
        "{path}: the reason given names the person being erased, and it is kept in the audit log; give a reason \
         that does not name them (nothing was erased)"
    )]
    ReasonNamesPerson { path: String },
    #[error("{path}: cannot {action} \"{summary}\": {detail}")]
    CannotUndo { path: String, action: &'static str, summary: String, detail: String },
    #[error("{path}: {source}")]
    Sqlite { path: String, source: rusqlite::Error },
    #[error("{path}: {source}")]
    Io { path: String, source: std::io::Error },
}

impl StoreError {
    /// Sorts an SQLite error into what it means for the person holding the file.
    pub(crate) fn from_sqlite(path: &Path, err: rusqlite::Error) -> StoreError {
        use rusqlite::ErrorCode;
        let path = path.display().to_string();
        match &err {
            rusqlite::Error::SqliteFailure(failure, _) => match failure.code {
                ErrorCode::NotADatabase => {
                    StoreError::NotAMap { path, detail: "it is not an SQLite database".to_string() }
                }
                ErrorCode::DatabaseCorrupt => StoreError::Damaged { path, detail: err.to_string() },
                ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => StoreError::Busy { path },
                ErrorCode::ReadOnly => StoreError::ReadOnly { path },
                _ => StoreError::Sqlite { path, source: err },
            },
            // A value the schema allows but the domain does not (a file edited by
            // another tool) is damage too: say which value.
            rusqlite::Error::FromSqlConversionFailure(..) | rusqlite::Error::InvalidColumnType(..) => {
                StoreError::Damaged { path, detail: err.to_string() }
            }
            _ => StoreError::Sqlite { path, source: err },
        }
    }
}
