//! Writing the demo map, or a synthetic one, in any of the formats.

use crate::create::create_from;
use crate::export::write_json_file;
use crate::{ApiError, ErrorCode, Result};
use bridgework_core::{Date, Records};
use bridgework_demo::Synthetic;
use serde::Serialize;
use std::path::Path;

/// The forms a demo can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DemoFormat {
    /// A new map file.
    Map,
    /// A folder of CSV files, ready for `import`.
    Csv,
    /// One JSON document.
    Json,
}

/// What was written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DemoReport {
    pub out: String,
    pub organisations: usize,
    pub teams: usize,
    pub people: usize,
    pub ties: usize,
}

/// Writes the built-in demo as of `as_of`, or `synthetic` if given, to `out`.
pub fn write_demo(out: &Path, synthetic: Option<&Synthetic>, as_of: Date, format: DemoFormat) -> Result<DemoReport> {
    let (records, name) = match synthetic {
        Some(s) => (s.records(), format!("Synthetic map: {} people, seed {}", s.people, s.seed)),
        None => (bridgework_demo::demo_map(as_of), crate::create::DEMO_NAME.to_string()),
    };
    let report = DemoReport {
        out: out.display().to_string(),
        organisations: records.organisations.len(),
        teams: records.teams.len(),
        people: records.people.len(),
        ties: records.ties.len(),
    };
    write(out, &name, records, as_of, format)?;
    Ok(report)
}

fn write(out: &Path, name: &str, records: Records, as_of: Date, format: DemoFormat) -> Result<()> {
    match format {
        DemoFormat::Map => create_from(out, name, records, as_of).map(|_| ()),
        DemoFormat::Csv => bridgework_interchange::write_csv(&records, out)
            .map_err(|e| ApiError::new(ErrorCode::Io, format!("{}: {e}", out.display()))),
        DemoFormat::Json => write_json_file(&records, out),
    }
}
