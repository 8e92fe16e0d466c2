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
use std::path::PathBuf;

/// The pseudonymising options `export` and `report` share.
#[derive(Debug, clap::Args)]
pub struct PrivacyArgs {
    /// Name people by pseudonyms, without emails or phones (see above).
    #[arg(long, visible_alias = "pseudonymize")]
    pub pseudonymise: bool,
    /// With --pseudonymise: fold teams of fewer people in post than N into
    /// a larger one (default 5; 1 folds none).
    #[arg(long, value_name = "N", requires = "pseudonymise")]
    pub min_group: Option<u32>,
    /// With --pseudonymise: also write the key from pseudonyms to people,
    /// as CSV, to FILE (kept unless --force). Keep it apart from what it
    /// is the key to.
    #[arg(long, value_name = "FILE", requires = "pseudonymise")]
    pub key_out: Option<PathBuf>,
}

/// Reads a `YYYY-MM-DD` date given on the command line.
pub fn parse_day(text: &str) -> Result<Date, String> {
    text.parse().map_err(|_| format!("\"{text}\" is not a date; write it as YYYY-MM-DD"))
}

/// An error about the files a command was given.
pub fn io_error(what: impl std::fmt::Display) -> ApiError {
    ApiError::new(ErrorCode::Io, what.to_string())
}
