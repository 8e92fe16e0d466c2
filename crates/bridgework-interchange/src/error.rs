//! Failures that stop reading or writing as a whole. Problems with the
//! content of a file are not errors of this kind but [`crate::Issue`]s, so
//! that all of them can be reported at once.

use std::path::PathBuf;

/// Why an input could not be read at all.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{} does not exist", path.display())]
    NotFound { path: PathBuf },
    #[error("{} is not a folder of CSV files, an .xlsx workbook, a table's .csv file or a Bridgework JSON export", path.display())]
    NotSupported { path: PathBuf },
    #[error("{} is not named after a table; the tables are: {tables}", path.display())]
    NotATable { path: PathBuf, tables: String },
    #[error("{} is not a file (a device, a named pipe or a socket); choose a file or a folder", path.display())]
    NotAFile { path: PathBuf },
    #[error("{} is {} MB; Bridgework reads files of up to {} MB", path.display(), size / 1_000_000, limit / 1_000_000)]
    TooLarge { path: PathBuf, size: u64, limit: u64 },
    #[error("cannot read {}: {source}", path.display())]
    Io { path: PathBuf, source: std::io::Error },
    #[error("cannot read the workbook {}: {message}", path.display())]
    Workbook { path: PathBuf, message: String },
    #[error("{} is not valid JSON: {message}", path.display())]
    Json { path: PathBuf, message: String },
    #[error("reading was cancelled")]
    Cancelled,
}

/// Why an export could not be written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("cannot write {}: {source}", path.display())]
    Io { path: PathBuf, source: std::io::Error },
    #[error("cannot write the JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("cannot write the workbook{}: {message}", if sheet.is_empty() { String::new() } else { format!("'s sheet {sheet}") })]
    Workbook { sheet: String, message: String },
}

impl From<WriteError> for std::io::Error {
    /// The error as an I/O error of the same kind, so a writer's caller can
    /// tell a reader that closed the pipe from a full disk.
    fn from(err: WriteError) -> std::io::Error {
        match err {
            WriteError::Io { source, .. } => source,
            WriteError::Json(e) => e.into(),
            other => std::io::Error::other(other),
        }
    }
}
