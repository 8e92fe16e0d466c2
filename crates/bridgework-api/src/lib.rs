//! The use cases Bridgework's desktop app and CLI share: create a map, open
//! it, import into it, export it, take snapshots. Each is one function that
//! takes paths and plain values and returns serialisable results, so both
//! shells are thin and behave alike.
//!
//! This crate never prints and never touches the UI: progress goes through
//! [`bridgework_core::Progress`], errors are [`ApiError`]s with a code the UI
//! can branch on.

mod create;
mod demo;
mod error;
mod export;
mod import;
mod map_file;
mod views;
mod weak_links;

pub use bridgework_core::weak_links::{Category, Scope, Thresholds};
pub use bridgework_core::{Date, Level, StrengthModel};
pub use bridgework_demo::Synthetic;
pub use create::{create_demo_map, create_map, create_synthetic_map};
pub use demo::{DemoFormat, DemoReport, write_demo};
pub use error::{ApiError, ErrorCode, Located};
pub use export::{ExportReport, TableFormat, export};
pub use import::{ImportReport, TableReport, import};
pub use map_file::{MapInfo, OrganisationSummary, info, open_map, organisations, today};
pub use views::{GroupRef, PersonRef};
pub use weak_links::{
    IntroductionView, LegendEntry, PairView, PartnerLinkView, WeakLinksRequest, WeakLinksView, weak_links_report,
};

pub type Result<T> = std::result::Result<T, ApiError>;
