//! The one error type of the use cases: a code the UI can branch on, and a
//! message a person can act on.

use bridgework_interchange::Issue;
use bridgework_store::StoreError;
use serde::Serialize;

/// What went wrong, for code that reacts to it. A code is added only when a
/// caller branches on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum ErrorCode {
    /// The file or folder named does not exist.
    NotFound,
    /// A new map would overwrite an existing file.
    AlreadyExists,
    /// The file is not a Bridgework map.
    NotAMap,
    /// The map was saved by a newer version.
    TooNew,
    /// The map file is damaged.
    Damaged,
    /// Another program holds the map.
    Busy,
    /// The input has problems, listed in `issues`; nothing was written.
    InvalidInput,
    /// The map changed since, so the step asked for (an undo) cannot be
    /// taken; nothing was written.
    Conflict,
    /// The person stopped the work; nothing was written.
    Cancelled,
    /// Reading or writing a file failed.
    Io,
    /// The app was asked about the open map before any map was opened.
    NoMapOpen,
    /// A bug in Bridgework (a panic): nothing the person did caused it.
    Internal,
}

/// An error of a use case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[error("{message}")]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
    /// Every problem found in the input, located by file, line and column.
    // `default` changes nothing here (nothing deserialises an ApiError) but
    // is what makes ts-rs type the field as optional, as it is on the wire.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub issues: Vec<Issue>,
}

impl ApiError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> ApiError {
        ApiError { code, message: message.into(), issues: Vec::new() }
    }
}

impl From<StoreError> for ApiError {
    fn from(err: StoreError) -> ApiError {
        let code = match &err {
            StoreError::NotFound { .. }
            | StoreError::NoSuchFolder { .. }
            | StoreError::NoSuchSnapshot { .. }
            | StoreError::NoSuchPerson { .. } => ErrorCode::NotFound,
            StoreError::AlreadyExists { .. } | StoreError::SameFile { .. } => ErrorCode::AlreadyExists,
            StoreError::NotAMap { .. } => ErrorCode::NotAMap,
            StoreError::TooNew { .. } => ErrorCode::TooNew,
            StoreError::Damaged { .. } => ErrorCode::Damaged,
            StoreError::Busy { .. } => ErrorCode::Busy,
            StoreError::Sqlite { .. } | StoreError::Io { .. } | StoreError::ReadOnly { .. } => ErrorCode::Io,
            StoreError::ReasonNamesPerson { .. } => ErrorCode::InvalidInput,
            StoreError::CannotUndo { .. } => ErrorCode::Conflict,
        };
        ApiError::new(code, err.to_string())
    }
}
