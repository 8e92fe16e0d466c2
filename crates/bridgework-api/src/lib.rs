//! The use cases Bridgework's desktop app and CLI share: create a map, open
//! it, import into it, export it, take snapshots. Each is one function that
//! takes paths and plain values and returns serialisable results, so both
//! shells are thin and behave alike.
//!
//! This crate never prints and never touches the UI: progress goes through
//! [`bridgework_core::Progress`], errors are [`ApiError`]s with a code the UI
//! can branch on.

mod error;
mod map_file;

pub use error::{ApiError, ErrorCode, Located};
pub use map_file::{MapInfo, OrganisationSummary, info, organisations, today};

pub type Result<T> = std::result::Result<T, ApiError>;
