//! One module per command.

pub mod brokers;
pub mod communities;
pub mod counterparts;
pub mod coverage;
pub mod demo;
pub mod erase;
pub mod export;
pub mod health;
pub mod import;
pub mod info;
pub mod new_map;
pub mod report;
pub mod snapshot;
pub mod subject_access;
pub mod weak_links;

use bridgework_api::{ApiError, Date, ErrorCode};

/// Reads a `YYYY-MM-DD` date given on the command line.
pub fn parse_day(text: &str) -> Result<Date, String> {
    text.parse().map_err(|_| format!("\"{text}\" is not a date; write it as YYYY-MM-DD"))
}

/// An error about the files a command was given.
pub fn io_error(what: impl std::fmt::Display) -> ApiError {
    ApiError::new(ErrorCode::Io, what.to_string())
}
