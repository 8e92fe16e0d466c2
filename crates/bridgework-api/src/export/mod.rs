//! Exporting a map, as it is now or as a snapshot holds it: the picture of
//! a view (SVG, PNG, PDF), the network at the level shown (GraphML, GEXF)
//! and every table (an `.xlsx` workbook, a CSV folder, JSON).
//!
//! Pictures and networks are made from the same scene the map canvas
//! draws ([`MapSession::scene`]): the nodes open, the filters, the hand-placed
//! positions and the layout, so an export shows what the screen shows.
//! Tables always hold every record, whatever the view, and import back as
//! the same map.
//!
//! Each export is one call ([`export`] for a map file, [`export_open`] for
//! the map the app has open), written whole or not at all
//! ([`destination`]); [`suggested_file_name`] names it for a Save dialog.

mod destination;
mod network;
mod picture;
mod view;

pub use destination::Destination;
pub(crate) use destination::write_file;
pub(crate) use picture::category_colour;

use crate::map_view::MapSession;
use crate::snapshots::{SnapshotRef, find, moment};
use crate::{ApiError, ErrorCode, Result, SceneFilters, SizeMetric};
use bridgework_core::{Date, Progress, Records};
use bridgework_store::Store;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The formats a map exports to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum ExportFormat {
    /// The picture of the view, as SVG.
    Svg,
    /// The picture as a PNG image.
    Png,
    /// The picture as a one-page PDF.
    Pdf,
    /// The network at the level shown, as GraphML.
    Graphml,
    /// The network as GEXF 1.3, with positions, colours and sizes.
    Gexf,
    /// Every table as a sheet of an .xlsx workbook.
    Xlsx,
    /// Every table as a CSV file, in a folder.
    Csv,
    /// Every table in one JSON document.
    Json,
}

impl ExportFormat {
    /// Whether the format shows a view (and so takes one), rather than
    /// holding every table.
    pub fn shows_view(self) -> bool {
        !matches!(self, ExportFormat::Xlsx | ExportFormat::Csv | ExportFormat::Json)
    }

    /// The file name extension, or `None` for a folder.
    pub fn extension(self) -> Option<&'static str> {
        Some(match self {
            ExportFormat::Svg => "svg",
            ExportFormat::Png => "png",
            ExportFormat::Pdf => "pdf",
            ExportFormat::Graphml => "graphml",
            ExportFormat::Gexf => "gexf",
            ExportFormat::Xlsx => "xlsx",
            ExportFormat::Json => "json",
            ExportFormat::Csv => return None,
        })
    }
}

/// The level a view shows everything at, before opening any node further.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum ViewLevel {
    /// Each organisation a node (the map's first screen).
    #[default]
    Organisation,
    /// Every organisation opened into its teams.
    Team,
    /// Every team opened into its people.
    Person,
}

/// What to export.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ExportRequest {
    pub format: ExportFormat,
    /// The level the view shows everything at.
    pub level: ViewLevel,
    /// Organisations and teams opened beyond that level, by spreadsheet id
    /// (a team opens its organisation too): the canvas's opened nodes.
    pub open: Vec<String>,
    /// Which organisations, levels and ties the view counts.
    pub filters: SceneFilters,
    /// What a node's size shows.
    pub size_by: SizeMetric,
    /// A snapshot to export instead of the map as it is now: its id or exact name.
    pub snapshot: Option<String>,
    /// The day to analyse the map as of: default today, or the day a
    /// snapshot was taken.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub as_of: Option<Date>,
    /// A PNG's pixels for each of the picture's (1280 wide): 2 by default.
    pub png_scale: f32,
}

impl ExportRequest {
    /// The organisation-level view of the map as it is now, in `format`.
    pub fn new(format: ExportFormat) -> ExportRequest {
        ExportRequest {
            format,
            level: ViewLevel::Organisation,
            open: Vec::new(),
            filters: SceneFilters::default(),
            size_by: SizeMetric::default(),
            snapshot: None,
            as_of: None,
            png_scale: 2.0,
        }
    }
}

/// The name a Save dialog suggests for `request`'s export of the open map:
/// the map's name and the day it shows, such as "Ashworth ICS 2026-12-01.pdf",
/// or for a snapshot its name and day too ("Ashworth ICS Q3 2026-09-30.pdf"),
/// with the format's extension (none for a CSV folder). Characters no file
/// name may hold (`/`, `\`, `:` and control characters) become `-`. Fails
/// with `not-found` for a snapshot the map does not have.
pub fn suggested_file_name(session: &MapSession, request: &ExportRequest) -> Result<String> {
    let stem = match &request.snapshot {
        None => format!("{} {}", session.info().name, session.day()),
        Some(name) => {
            let store = Store::open_read_only(session.path())?;
            let snapshot = find(&store, &SnapshotRef::parse(name))?;
            format!("{} {} {}", session.info().name, snapshot.name, snapshot.day)
        }
    };
    let stem: String =
        stem.trim().chars().map(|c| if matches!(c, '/' | '\\' | ':') || c.is_control() { '-' } else { c }).collect();
    Ok(match request.format.extension() {
        Some(extension) => format!("{stem}.{extension}"),
        None => stem,
    })
}

/// What was exported, and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ExportReport {
    pub format: ExportFormat,
    /// The file or folder written, or "standard output".
    pub out: String,
    /// What it holds, in a sentence: "8 organisations and 21 links", or the tables' rows.
    pub summary: String,
}

/// Exports the map at `map_path` (or one of its snapshots) as `request`
/// asks, to `to`. Never writes to the map.
pub fn export(
    map_path: &Path,
    request: &ExportRequest,
    to: &Destination,
    progress: &dyn Progress,
) -> Result<ExportReport> {
    check_scale(request)?;
    if !request.format.shows_view() {
        let map = match &request.snapshot {
            None => crate::open_map(map_path)?,
            Some(name) => moment(&Store::open_read_only(map_path)?, &SnapshotRef::parse(name), request.as_of)?.0,
        };
        return export_tables(map.records(), request.format, to);
    }
    let session = session(map_path, request.snapshot.as_deref(), request.as_of, progress)?;
    export_view(&session, request, to)
}

/// The map at `map_path` loaded for views, as it is now or as the snapshot
/// `snapshot` (its id or exact name) holds it, analysed as of `as_of`
/// (default today, or the day the snapshot was taken).
pub(crate) fn session(
    map_path: &Path,
    snapshot: Option<&str>,
    as_of: Option<Date>,
    progress: &dyn Progress,
) -> Result<MapSession> {
    match snapshot {
        None => MapSession::open(map_path, as_of.unwrap_or_else(crate::today), progress),
        Some(name) => {
            let store = Store::open_read_only(map_path)?;
            let (map, taken) = moment(&store, &SnapshotRef::parse(name), as_of)?;
            // The snapshot's records, with the hand-placed positions the file holds now, so a
            // snapshot and today's map line up.
            MapSession::from_written(map_path, map, taken.as_of)
        }
    }
}

/// The picture of the view `request` asks for, as SVG (whatever its format).
pub(crate) fn picture_svg(session: &MapSession, request: &ExportRequest) -> Result<String> {
    let view = view::View::of(session, request)?;
    Ok(bridgework_export::svg::to_svg(&picture::of(&view)))
}

/// Exports the map the app has open, as it shows it, as `request` asks (its
/// `snapshot` and `as_of` must be unset: the open map is as of its own day).
pub fn export_open(session: &MapSession, request: &ExportRequest, to: &Destination) -> Result<ExportReport> {
    check_scale(request)?;
    if request.snapshot.is_some() || request.as_of.is_some_and(|day| day != session.day()) {
        return Err(ApiError::new(
            ErrorCode::InvalidInput,
            "the open map exports as it is shown; export a snapshot or another day from the map file",
        ));
    }
    if !request.format.shows_view() {
        return export_tables(session.map().records(), request.format, to);
    }
    export_view(session, request, to)
}

fn check_scale(request: &ExportRequest) -> Result<()> {
    if request.format == ExportFormat::Png && !(request.png_scale > 0.0 && request.png_scale <= 8.0) {
        return Err(ApiError::new(
            ErrorCode::InvalidInput,
            format!("a PNG's scale is from above 0 to 8 (pixels per picture pixel), not {}", request.png_scale),
        ));
    }
    Ok(())
}

/// A picture or network of the view `request` asks for.
fn export_view(session: &MapSession, request: &ExportRequest, to: &Destination) -> Result<ExportReport> {
    let view = view::View::of(session, request)?;
    let summary = view.summary();
    let render = |e: bridgework_export::render::RenderError| ApiError::new(ErrorCode::Internal, e.to_string());
    match request.format {
        ExportFormat::Graphml | ExportFormat::Gexf => {
            let network = network::of(&view);
            let graphml = request.format == ExportFormat::Graphml;
            write_file(to, |out| {
                if graphml {
                    bridgework_export::graphml::write(&network, out)
                } else {
                    bridgework_export::gexf::write(&network, out)
                }
            })?;
        }
        ExportFormat::Svg => {
            let svg = bridgework_export::svg::to_svg(&picture::of(&view));
            write_file(to, |out| out.write_all(svg.as_bytes()))?;
        }
        ExportFormat::Png => {
            let svg = bridgework_export::svg::to_svg(&picture::of(&view));
            let png = bridgework_export::render::to_png(&svg, request.png_scale).map_err(render)?;
            write_file(to, |out| out.write_all(&png))?;
        }
        ExportFormat::Pdf => {
            let svg = bridgework_export::svg::to_svg(&picture::of(&view));
            let pdf = bridgework_export::render::to_pdf(&svg).map_err(render)?;
            write_file(to, |out| out.write_all(&pdf))?;
        }
        ExportFormat::Xlsx | ExportFormat::Csv | ExportFormat::Json => unreachable!("tables show no view"),
    }
    Ok(ExportReport { format: request.format, out: to.describe(), summary })
}

/// Every table in `format`.
fn export_tables(records: &Records, format: ExportFormat, to: &Destination) -> Result<ExportReport> {
    match format {
        ExportFormat::Csv => destination::write_folder(to, "a CSV export", |dir| {
            bridgework_interchange::write_csv(records, dir).map_err(|e| ApiError::new(ErrorCode::Io, e.to_string()))
        })?,
        ExportFormat::Json => write_file(to, |out| Ok(bridgework_interchange::write_json(records, out)?))?,
        ExportFormat::Xlsx => write_file(to, |out| Ok(bridgework_interchange::write_xlsx(records, out)?))?,
        _ => unreachable!("only tables are written here"),
    }
    let summary = format!(
        "{} organisations, {} teams, {} people, {} ties, {} partner links, {} partnerships, {} assessments",
        records.organisations.len(),
        records.teams.len(),
        records.people.len(),
        records.ties.len(),
        records.partner_links.len(),
        records.partnerships.len(),
        records.assessments.len()
    );
    Ok(ExportReport { format, out: to.describe(), summary })
}

/// Writes the JSON document of `records` to `out`, replacing a file there
/// (the demo's JSON).
pub(crate) fn write_json_file(records: &Records, out: &Path) -> Result<()> {
    export_tables(records, ExportFormat::Json, &Destination::Replace(out.to_path_buf())).map(|_| ())
}
