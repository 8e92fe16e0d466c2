//! Exporting a map's tables, in the same format the import reads.

use crate::map_file::open_map;
use crate::{ApiError, ErrorCode, Result};
use bridgework_core::Records;
use bridgework_interchange::WriteError;
use serde::Serialize;
use std::io::Write;
use std::path::Path;

/// The formats a map's tables export to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TableFormat {
    /// A folder with one CSV file per table.
    Csv,
    /// One JSON document with every table.
    Json,
}

/// What was exported, and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportReport {
    pub format: TableFormat,
    pub out: String,
    pub organisations: usize,
    pub teams: usize,
    pub people: usize,
    pub ties: usize,
    pub partner_links: usize,
    pub partnerships: usize,
    pub assessments: usize,
}

/// Exports every table of the map at `map_path` to `out`: a folder for CSV, a
/// file for JSON (`-` for standard output). Importing the result gives the same map.
pub fn export(map_path: &Path, format: TableFormat, out: &Path) -> Result<ExportReport> {
    let map = open_map(map_path)?;
    let records = map.records();
    let io = |e: &dyn std::fmt::Display| ApiError::new(ErrorCode::Io, e.to_string());
    match format {
        TableFormat::Csv => bridgework_interchange::write_csv(records, out).map_err(|e| io(&e))?,
        TableFormat::Json if out == Path::new("-") => {
            let stdout = std::io::stdout();
            let mut lock = stdout.lock();
            let written = bridgework_interchange::write_json(records, &mut lock)
                .and_then(|()| lock.flush().map_err(|source| WriteError::Io { path: out.to_path_buf(), source }));
            // A reader that has read enough (`| head`) closes the pipe: that
            // ends the export, it does not fail it.
            match written {
                Err(e) if closed_pipe(&e) => {}
                other => other.map_err(|e| io(&e))?,
            }
        }
        TableFormat::Json => write_json_file(records, out)?,
    }
    Ok(ExportReport {
        format,
        out: out.display().to_string(),
        organisations: records.organisations.len(),
        teams: records.teams.len(),
        people: records.people.len(),
        ties: records.ties.len(),
        partner_links: records.partner_links.len(),
        partnerships: records.partnerships.len(),
        assessments: records.assessments.len(),
    })
}

fn closed_pipe(err: &WriteError) -> bool {
    let kind = match err {
        WriteError::Io { source, .. } => Some(source.kind()),
        WriteError::Json(e) => e.io_error_kind(),
    };
    kind == Some(std::io::ErrorKind::BrokenPipe)
}

/// Writes the JSON beside its final name and moves it there when complete, so
/// a failed export never leaves half a file.
pub(crate) fn write_json_file(records: &Records, out: &Path) -> Result<()> {
    let fail = |e: std::io::Error| ApiError::new(ErrorCode::Io, format!("{}: {e}", out.display()));
    let dir = match out.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let mut temp = tempfile::NamedTempFile::new_in(dir).map_err(fail)?;
    {
        let mut writer = std::io::BufWriter::new(temp.as_file_mut());
        bridgework_interchange::write_json(records, &mut writer)
            .map_err(|e| ApiError::new(ErrorCode::Io, format!("{}: {e}", out.display())))?;
        writer.flush().map_err(fail)?;
    }
    temp.persist(out).map_err(|e| fail(e.error))?;
    Ok(())
}
