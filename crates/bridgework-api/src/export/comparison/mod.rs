//! Exporting a comparison of two moments of a map (what `bridgework
//! snapshot diff` and the Snapshots page show): the changes map as a picture
//! (SVG, PNG, PDF, drawn by the export's one renderer at the positions the
//! page uses, [`crate::ChangesMap`]), the changes as a workbook (a sheet per
//! kind of change and a summary), a CSV file per sheet in a folder, or the
//! comparison as JSON (`--format json`'s document).

mod picture;
mod workbook;

use super::destination::{write_file, write_folder};
use super::{Destination, ExportFormat, ExportReport};
use crate::snapshots::{SnapshotDiffRequest, SnapshotDiffView, SnapshotRef, diff_snapshots};
use crate::{ApiError, ErrorCode, Result};
use bridgework_store::Store;
use std::path::Path;

/// A comparison, with the name of the map it is of.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// The map's name, the title of its exports.
    pub map: String,
    pub diff: SnapshotDiffView,
}

impl Comparison {
    /// Compares `from` with `to` in the map at `path`, as
    /// [`diff_snapshots`] does. Never writes.
    pub fn of(path: &Path, from: &SnapshotRef, to: &SnapshotRef, request: &SnapshotDiffRequest) -> Result<Comparison> {
        let map = Store::open_read_only(path)?.name()?;
        Ok(Comparison { map, diff: diff_snapshots(path, from, to, request)? })
    }

    /// The name a Save dialog suggests for the comparison's export in
    /// `format`: the map, the two sides and the later side's day, such as
    /// "Ashworth ICS 2026 Q3 to now 2026-12-01.xlsx" (no extension for a
    /// CSV folder). Characters no file name may hold become `-`.
    pub fn file_name(&self, format: ExportFormat) -> String {
        let side = |moment: &crate::MomentView| moment.snapshot.as_ref().map_or("now".to_string(), |s| s.name.clone());
        let stem = format!("{} {} to {} {}", self.map, side(&self.diff.from), side(&self.diff.to), self.diff.to.as_of);
        super::file_name(&stem, format)
    }
}

/// Writes `comparison` in `format` to `to`; `png_scale` is a PNG's pixels
/// for each of the picture's. A network format is refused: a comparison is
/// changes, not a network.
pub fn export_comparison(
    comparison: &Comparison,
    format: ExportFormat,
    png_scale: f32,
    to: &Destination,
) -> Result<ExportReport> {
    super::check_png_scale(format, png_scale)?;
    let render = |e: bridgework_export::render::RenderError| ApiError::new(ErrorCode::Internal, e.to_string());
    let picture = || bridgework_export::svg::to_svg(&picture::of(comparison));
    match format {
        ExportFormat::Svg => write_file(to, |out| out.write_all(picture().as_bytes()))?,
        ExportFormat::Png => {
            let png = bridgework_export::render::to_png(&picture(), png_scale).map_err(render)?;
            write_file(to, |out| out.write_all(&png))?;
        }
        ExportFormat::Pdf => {
            let pdf = bridgework_export::render::to_pdf(&picture()).map_err(render)?;
            write_file(to, |out| out.write_all(&pdf))?;
        }
        ExportFormat::Xlsx => {
            let sheets = workbook::of(comparison);
            write_file(to, |out| Ok(bridgework_interchange::write_sheets_xlsx(&sheets, out)?))?;
        }
        ExportFormat::Csv => {
            let sheets = workbook::of(comparison);
            write_folder(to, "a comparison's CSV export", |dir| {
                bridgework_interchange::write_sheets_csv(&sheets, dir)
                    .map_err(|e| ApiError::new(ErrorCode::Io, e.to_string()))
            })?;
        }
        ExportFormat::Json => write_file(to, |out| {
            serde_json::to_writer_pretty(&mut *out, &comparison.diff)?;
            out.write_all(b"\n")
        })?,
        ExportFormat::Graphml | ExportFormat::Gexf => {
            return Err(ApiError::new(
                ErrorCode::InvalidInput,
                "a comparison exports as a picture (svg, png, pdf) or its changes as tables (xlsx, csv, json), \
                 not as a network",
            ));
        }
    }
    Ok(ExportReport { format, out: to.describe(), summary: summary(&comparison.diff) })
}

/// The comparison in a sentence: "the changes from … to …: 1 joined, …".
fn summary(diff: &SnapshotDiffView) -> String {
    format!(
        "the changes from {} to {}: {}",
        picture::side(&diff.from),
        picture::side(&diff.to),
        diff.summary.in_words()
    )
}
