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

mod comparison;
mod destination;
mod network;
mod picture;
mod view;

pub use comparison::{Comparison, export_comparison};
pub use destination::Destination;
pub(crate) use destination::write_file;
pub(crate) use picture::category_colour;

use crate::map_view::MapSession;
use crate::snapshots::{SnapshotRef, find, moment};
use crate::{ApiError, ErrorCode, Result, SceneFilters, SizeMetric};
use bridgework_core::{Date, KeyEntry, Map, Progress, Pseudonymised, Records, Silent};
use bridgework_store::Store;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::io::Write;
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
    /// On paper, 96 times the scale is the PNG's dots per inch.
    pub png_scale: f32,
    /// The canvas's focus: a picture dims what lies beyond it, as the
    /// canvas does (a network shows the whole view).
    #[serde(default)]
    pub focus: Option<ExportFocus>,
    /// The page a picture (SVG, PDF, PNG) is drawn on.
    #[serde(default)]
    pub page: PageSize,
    /// Every person named by their pseudonym, their email and phone left
    /// out, and their names in free text replaced ([`crate::privacy`]).
    #[serde(default)]
    pub pseudonymise: bool,
    /// When pseudonymising: no team of fewer people in post than this
    /// leaves; small teams are folded into larger ones. Default
    /// [`crate::privacy::DEFAULT_MIN_GROUP`]; 0 or 1 folds none.
    #[serde(default)]
    pub min_group: Option<u32>,
}

/// A focus on one node's neighbourhood, as the map's Focus filter sets it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ExportFocus {
    /// The node focused on: its key (`team:ID`) or its spreadsheet id.
    pub node: String,
    /// How many steps from it are in focus, 1 to [`MAX_FOCUS_STEPS`].
    pub steps: u32,
}

/// The most steps a focus reaches, as on the canvas (`ui/src/lib/map/focus.ts`).
pub const MAX_FOCUS_STEPS: u32 = 3;

/// The page a picture is drawn on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum PageSize {
    /// 1280 pixels wide and as tall as the picture needs (a PDF page 13.3
    /// inches wide).
    #[default]
    Fitted,
    /// A4 across, 297 × 210 mm.
    A4Landscape,
    /// A4 upright, 210 × 297 mm.
    A4Portrait,
    /// A3 across, 420 × 297 mm.
    A3Landscape,
    /// A3 upright, 297 × 420 mm.
    A3Portrait,
}

impl PageSize {
    /// The sheet of paper, or `None` for the fitted page.
    pub(crate) fn paper(self) -> Option<bridgework_export::Paper> {
        let (width_mm, height_mm) = match self {
            PageSize::Fitted => return None,
            PageSize::A4Landscape => (297.0, 210.0),
            PageSize::A4Portrait => (210.0, 297.0),
            PageSize::A3Landscape => (420.0, 297.0),
            PageSize::A3Portrait => (297.0, 420.0),
        };
        Some(bridgework_export::Paper { width_mm, height_mm })
    }
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
            focus: None,
            page: PageSize::Fitted,
            pseudonymise: false,
            min_group: None,
        }
    }

    /// The minimum group size to fold teams to, when pseudonymising.
    fn min_group(&self) -> u32 {
        self.min_group.unwrap_or(crate::privacy::DEFAULT_MIN_GROUP)
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
    Ok(file_name(&stem, request.format))
}

/// `stem` as a file name with `format`'s extension (none for a CSV folder),
/// each character no file name may hold (`/`, `\`, `:` and control
/// characters) made `-`.
fn file_name(stem: &str, format: ExportFormat) -> String {
    let stem = file_stem(stem);
    match format.extension() {
        Some(extension) => format!("{stem}.{extension}"),
        None => stem,
    }
}

/// `stem` trimmed, each character no file name may hold (`/`, `\`, `:` and
/// control characters) made `-`.
pub(crate) fn file_stem(stem: &str) -> String {
    stem.trim().chars().map(|c| if matches!(c, '/' | '\\' | ':') || c.is_control() { '-' } else { c }).collect()
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
    export_with_key(map_path, request, to, None, progress)
}

/// [`export`], and with `key` (for a pseudonymised export only) the key
/// from its pseudonyms to the people they stand for, as CSV
/// ([`crate::privacy::write_key`]), written after the export.
pub fn export_with_key(
    map_path: &Path,
    request: &ExportRequest,
    to: &Destination,
    key: Option<&Destination>,
    progress: &dyn Progress,
) -> Result<ExportReport> {
    check_png_scale(request.format, request.png_scale)?;
    if key.is_some() && !request.pseudonymise {
        return Err(ApiError::new(
            ErrorCode::InvalidInput,
            "a key from pseudonyms to people is written only with a pseudonymised export",
        ));
    }
    if request.pseudonymise {
        let (copy, pins, day) =
            pseudonymised_copy(map_path, request.snapshot.as_deref(), request.as_of, request.min_group(), progress)?;
        let (report, key_entries) = export_copy(map_path, copy, pins, day, request, to, progress)?;
        if let Some(key) = key {
            crate::privacy::write_key(&key_entries, key)?;
        }
        return Ok(report);
    }
    if !request.format.shows_view() {
        let map = match &request.snapshot {
            None => crate::open_map(map_path)?,
            Some(name) => moment(&Store::open_read_only(map_path)?, &SnapshotRef::parse(name), request.as_of)?.0,
        };
        return export_tables(map.records(), request.format, to, progress);
    }
    let session = session(map_path, request.snapshot.as_deref(), request.as_of, progress)?;
    export_view(&session, request, to, progress)
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
/// Reports its progress to `progress` and stops, writing nothing, when that
/// is cancelled (`cancelled`).
pub fn export_open(
    session: &MapSession,
    request: &ExportRequest,
    to: &Destination,
    progress: &dyn Progress,
) -> Result<ExportReport> {
    check_png_scale(request.format, request.png_scale)?;
    if request.snapshot.is_some() || request.as_of.is_some_and(|day| day != session.day()) {
        return Err(ApiError::new(
            ErrorCode::InvalidInput,
            "the open map exports as it is shown; export a snapshot or another day from the map file",
        ));
    }
    if request.pseudonymise {
        let copy =
            crate::privacy::pseudonymised(session.path(), session.map().records(), request.min_group(), session.day())?;
        return export_copy(session.path(), copy, session.pins(), session.day(), request, to, progress)
            .map(|(report, _)| report);
    }
    if !request.format.shows_view() {
        return export_tables(session.map().records(), request.format, to, progress);
    }
    export_view(session, request, to, progress)
}

/// Hand-placed positions by node key.
type Pins = HashMap<String, (f64, f64)>;

/// The pseudonymised copy of the map at `map_path` as it is now or as the
/// snapshot `snapshot` (its id or exact name) holds it, with no team smaller
/// than `min_group`, the file's hand-placed positions and the day it is as
/// of (`as_of`, default today or the day the snapshot was taken).
fn pseudonymised_copy(
    map_path: &Path,
    snapshot: Option<&str>,
    as_of: Option<Date>,
    min_group: u32,
    progress: &dyn Progress,
) -> Result<(Pseudonymised, Pins, Date)> {
    let (map, day) = match snapshot {
        None => {
            progress.report("Reading the map", 0, 2);
            (crate::open_map(map_path)?, as_of.unwrap_or_else(crate::today))
        }
        Some(name) => {
            let store = Store::open_read_only(map_path)?;
            let (map, taken) = moment(&store, &SnapshotRef::parse(name), as_of)?;
            (map, taken.as_of)
        }
    };
    progress.report("Pseudonymising", 1, 2);
    let copy = crate::privacy::pseudonymised(map_path, map.records(), min_group, day)?;
    let pins = crate::map_view::pins(&Store::open_read_only(map_path)?)?;
    Ok((copy, pins, day))
}

/// [`session`] of a pseudonymised copy: the map or snapshot loaded for
/// views with every person named by their pseudonym and no team smaller
/// than `min_group`, and the key from pseudonyms to people.
pub(crate) fn pseudonymised_session(
    map_path: &Path,
    snapshot: Option<&str>,
    as_of: Option<Date>,
    min_group: u32,
    progress: &dyn Progress,
) -> Result<(MapSession, Vec<KeyEntry>)> {
    let (copy, pins, day) = pseudonymised_copy(map_path, snapshot, as_of, min_group, progress)?;
    let session = copy_session(map_path, &copy, pins, day)?;
    Ok((session, copy.key))
}

/// The pseudonymised `copy` of the map at `map_path` loaded for views as of
/// `day`, with the hand-placed positions `pins` had before it was made.
fn copy_session(map_path: &Path, copy: &Pseudonymised, pins: Pins, day: Date) -> Result<MapSession> {
    let map = checked_copy(copy)?;
    let pins = pins.into_iter().filter_map(|(node, at)| Some((copy.node_key(&node)?, at))).collect();
    MapSession::from_parts(map_path, map, day, pins)
}

/// Exports a pseudonymised copy of the map at `map_path`, whose hand-placed
/// positions were `pins` before it was made; gives back the key too.
fn export_copy(
    map_path: &Path,
    copy: Pseudonymised,
    pins: Pins,
    day: Date,
    request: &ExportRequest,
    to: &Destination,
    progress: &dyn Progress,
) -> Result<(ExportReport, Vec<KeyEntry>)> {
    if !request.format.shows_view() {
        return Ok((export_tables(checked_copy(&copy)?.records(), request.format, to, progress)?, copy.key));
    }
    let session = copy_session(map_path, &copy, pins, day)?;
    // The canvas's opened teams, as the copy names them (a folded team is
    // the team it went into).
    let mut open: Vec<String> = Vec::with_capacity(request.open.len());
    for id in request.open.iter().map(|id| copy.team_id(id)) {
        if !open.iter().any(|o| o == id) {
            open.push(id.to_string());
        }
    }
    let request = ExportRequest { open, ..request.clone() };
    Ok((export_view(&session, &request, to, progress)?, copy.key))
}

/// The pseudonymised records as a map, checked against the map's rules.
pub(crate) fn checked_copy(copy: &Pseudonymised) -> Result<Map> {
    Map::new(copy.records.clone()).map_err(|problems| {
        ApiError::new(ErrorCode::Internal, format!("the pseudonymised map breaks a rule: {}", problems[0]))
    })
}

fn check_png_scale(format: ExportFormat, png_scale: f32) -> Result<()> {
    if format == ExportFormat::Png && !(png_scale > 0.0 && png_scale <= 8.0) {
        return Err(ApiError::new(
            ErrorCode::InvalidInput,
            format!("a PNG's scale is from above 0 to 8 (pixels per picture pixel), not {png_scale}"),
        ));
    }
    Ok(())
}

/// A picture or network of the view `request` asks for.
fn export_view(
    session: &MapSession,
    request: &ExportRequest,
    to: &Destination,
    progress: &dyn Progress,
) -> Result<ExportReport> {
    progress.report(DRAWING, 0, 0);
    let view = view::View::of(session, request)?;
    stop_if_cancelled(progress)?;
    let write_file =
        |to: &Destination, write: &dyn Fn(&mut dyn Write) -> std::io::Result<()>| write_watched(to, progress, write);
    let summary = view.summary();
    let render = |e: bridgework_export::render::RenderError| ApiError::new(ErrorCode::Internal, e.to_string());
    match request.format {
        ExportFormat::Graphml | ExportFormat::Gexf => {
            let network = network::of(&view);
            let graphml = request.format == ExportFormat::Graphml;
            write_file(to, &|out| {
                if graphml {
                    bridgework_export::graphml::write(&network, out)
                } else {
                    bridgework_export::gexf::write(&network, out)
                }
            })?;
        }
        ExportFormat::Svg => {
            let svg = bridgework_export::svg::to_svg(&picture::of(&view));
            write_file(to, &|out| out.write_all(svg.as_bytes()))?;
        }
        ExportFormat::Png => {
            let svg = bridgework_export::svg::to_svg(&picture::of(&view));
            let png = bridgework_export::render::to_png(&svg, request.png_scale).map_err(render)?;
            write_file(to, &|out| out.write_all(&png))?;
        }
        ExportFormat::Pdf => {
            let svg = bridgework_export::svg::to_svg(&picture::of(&view));
            let pdf = bridgework_export::render::to_pdf(&svg).map_err(render)?;
            write_file(to, &|out| out.write_all(&pdf))?;
        }
        ExportFormat::Xlsx | ExportFormat::Csv | ExportFormat::Json => unreachable!("tables show no view"),
    }
    Ok(ExportReport { format: request.format, out: to.describe(), summary })
}

/// Every table in `format`.
fn export_tables(
    records: &Records,
    format: ExportFormat,
    to: &Destination,
    progress: &dyn Progress,
) -> Result<ExportReport> {
    progress.report(WRITING, 0, 0);
    let watched = |write: &dyn Fn(&mut dyn Write) -> std::io::Result<()>| write_watched(to, progress, write);
    match format {
        ExportFormat::Csv => destination::write_folder(to, "a CSV export", |dir| {
            bridgework_interchange::write_csv(records, dir).map_err(|e| ApiError::new(ErrorCode::Io, e.to_string()))?;
            // The folder is still hidden: stopping now leaves nothing.
            stop_if_cancelled(progress)
        })?,
        ExportFormat::Json => watched(&|out| Ok(bridgework_interchange::write_json(records, out)?))?,
        ExportFormat::Xlsx => watched(&|out| Ok(bridgework_interchange::write_xlsx(records, out)?))?,
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
    export_tables(records, ExportFormat::Json, &Destination::Replace(out.to_path_buf()), &Silent).map(|_| ())
}

/// The stages an export reports.
const DRAWING: &str = "drawing the view";
const WRITING: &str = "writing the export";

fn cancelled() -> ApiError {
    ApiError::new(ErrorCode::Cancelled, "the export was cancelled; nothing was written")
}

pub(crate) fn stop_if_cancelled(progress: &dyn Progress) -> Result<()> {
    if progress.cancelled() { Err(cancelled()) } else { Ok(()) }
}

/// `error`, or that the export was cancelled when it was: a cancelled write
/// fails as the writer's error, which is not the reason.
fn cancelled_or(error: ApiError, progress: &dyn Progress) -> ApiError {
    if progress.cancelled() { cancelled() } else { error }
}

/// Writes one file through `write`, reporting its progress and stopping,
/// with nothing written, when the person cancels before it is in place.
fn write_watched(
    to: &Destination,
    progress: &dyn Progress,
    write: &dyn Fn(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    write_file(to, |out| {
        let mut watched = Watched::new(out, progress);
        write(&mut watched)?;
        watched.finish()
    })
    .map_err(|e| cancelled_or(e, progress))
}

/// A writer that reports how many bytes of the export are written, every
/// mebibyte, and fails the write when the person cancels (the file, still
/// temporary, is then removed).
struct Watched<'a> {
    out: &'a mut dyn Write,
    progress: &'a dyn Progress,
    written: u64,
    next_report: u64,
}

impl<'a> Watched<'a> {
    const EVERY: u64 = 1 << 20;

    fn new(out: &'a mut dyn Write, progress: &'a dyn Progress) -> Watched<'a> {
        Watched { out, progress, written: 0, next_report: 0 }
    }

    /// Fails when the person cancelled since the last check: the file is
    /// written but not yet in place, so nothing is left.
    fn finish(self) -> std::io::Result<()> {
        if self.progress.cancelled() { Err(std::io::Error::other("the export was cancelled")) } else { Ok(()) }
    }
}

impl Write for Watched<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.written >= self.next_report {
            if self.progress.cancelled() {
                return Err(std::io::Error::other("the export was cancelled"));
            }
            // The size is not known until the end: the bytes so far, of no set total.
            self.progress.report(WRITING, self.written, 0);
            self.next_report = self.written + Self::EVERY;
        }
        let n = self.out.write(buf)?;
        self.written += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}
