//! `bridgework export`: the map as a picture, a network for graph tools, or
//! its tables.

use super::brokers::parse_level;
use super::{PrivacyArgs, parse_day};
use crate::progress::TerminalProgress;
use bridgework_api::{
    ApiError, Date, Destination, ErrorCode, ExportFocus, ExportFormat, ExportRequest, Level, PageSize, Result,
    SceneFilters, SizeMetric, ViewLevel,
};
use std::path::PathBuf;

/// Export a map, or one of its snapshots: the picture of a view, the network
/// for Gephi, yEd, NetworkX or igraph, or every table.
///
///   svg, png, pdf   the map as the app draws it: title, map, day, filters,
///                   legend (PNG at twice the SVG's 1280 pixels; see --scale
///                   and --dpi), on a fitted page or paper (--page-size), with
///                   what lies beyond a --focus dimmed
///   graphml, gexf   the network at the level shown, one edge per pair, with
///                   ids, names, organisation, team, level, role, kind, ties,
///                   strength (weight), kinds, latest contact, weak-link
///                   category and direct redundancy; GEXF adds positions,
///                   colours and sizes
///   xlsx            every table as a sheet of one workbook
///   csv             every table as a CSV file, in a folder
///   json            every table in one JSON document
///
/// The workbook, the CSV folder and the JSON import back as the same map
/// (`bridgework import`); they hold every record, so the view options do not
/// apply to them. Cells beginning with = + - @ (and not numbers) start with an
/// apostrophe in CSV and workbook files, so no spreadsheet runs them as
/// formulas; the import takes it off again.
///
/// --pseudonymise names every person by a stable pseudonym ("Person 0412",
/// id "P0412"), the same in every export of the map, leaves out emails and
/// phones, and replaces people's names, emails, phones and ids in notes,
/// reasons and every other free text; teams of fewer than --min-group
/// people in post (default 5) are folded into a larger one. The pseudonyms
/// come from a secret kept in the map file and never exported; --key-out
/// writes who each pseudonym is, as CSV, only when given.
///
/// An existing file or folder is kept unless --force is given; the export is
/// written beside it and moved into place when complete, so it is never seen
/// half written.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The map file.
    file: PathBuf,
    #[arg(long, value_enum)]
    format: Format,
    /// Where to write: a file, or a folder for csv; `-` for standard output
    /// (one-file formats only).
    #[arg(long)]
    out: PathBuf,
    /// Replace the file or folder at --out if there is one.
    #[arg(long)]
    force: bool,
    /// The level the map shows everything at.
    #[arg(long, value_enum, default_value_t = View::Organisation)]
    view: View,
    /// Open this organisation into its teams, or this team into its people
    /// (its id in the spreadsheet); may be given more than once.
    #[arg(long, value_name = "ID")]
    open: Vec<String>,
    /// Show only this organisation (its id); may be given more than once.
    #[arg(long = "org", visible_alias = "organisation", value_name = "ID")]
    organisations: Vec<String>,
    /// Count only the ties of people at this level: board, executive, senior,
    /// middle, frontline; may be given more than once.
    #[arg(long, value_parser = parse_level)]
    level: Vec<Level>,
    /// Count only ties at least this strong (0 to 1).
    #[arg(long, value_name = "X", value_parser = parse_strength)]
    min_strength: Option<f64>,
    /// What a node's size shows.
    #[arg(long, value_enum, default_value_t = Size::People)]
    size_by: Size,
    /// Export this snapshot (its id or exact name) instead of the map as it is now.
    #[arg(long, value_name = "NAME")]
    snapshot: Option<String>,
    /// Analyse the map as of this day (YYYY-MM-DD); default today, or the
    /// day the snapshot was taken.
    #[arg(long, value_parser = parse_day)]
    as_of: Option<Date>,
    /// Dim everything beyond this node's neighbourhood in a picture, as the
    /// map's Focus does: the node's key (team:ID) or spreadsheet id.
    #[arg(long, value_name = "NODE")]
    focus: Option<String>,
    /// How many steps from the --focus node are in focus (1 to 3).
    #[arg(long, value_name = "N", default_value_t = 1, requires = "focus")]
    focus_steps: u32,
    /// The page a picture is drawn on: fitted (1280 pixels wide, as tall as
    /// the picture needs) or a sheet of paper.
    #[arg(long, value_enum, default_value_t = Page::Fitted)]
    page_size: Page,
    /// A PNG's pixels for each of the picture's (from above 0 to 8).
    #[arg(long, default_value_t = 2.0, conflicts_with = "dpi")]
    scale: f32,
    /// A PNG's resolution in dots per inch of the page (96 is one pixel for
    /// each of the picture's; 300 for print), instead of --scale.
    #[arg(long, value_name = "DPI", value_parser = parse_dpi)]
    dpi: Option<f32>,
    #[command(flatten)]
    privacy: PrivacyArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Page {
    Fitted,
    A4Landscape,
    A4Portrait,
    A3Landscape,
    A3Portrait,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Format {
    Svg,
    Png,
    Pdf,
    Graphml,
    Gexf,
    Xlsx,
    Csv,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum View {
    Organisation,
    Team,
    Person,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Size {
    People,
    Ties,
    Strength,
    Brokerage,
}

fn parse_strength(text: &str) -> std::result::Result<f64, String> {
    match text.parse::<f64>() {
        Ok(x) if (0.0..=1.0).contains(&x) => Ok(x),
        _ => Err(format!("\"{text}\" is not a strength; give a number from 0 to 1")),
    }
}

/// Dots per inch from 24 to 768: up to 8 PNG pixels for each of the picture's.
fn parse_dpi(text: &str) -> std::result::Result<f32, String> {
    match text.parse::<f32>() {
        Ok(dpi) if (24.0..=768.0).contains(&dpi) => Ok(dpi),
        _ => Err(format!("\"{text}\" is not a resolution; give dots per inch from 24 to 768")),
    }
}

pub fn run(args: Args) -> Result<()> {
    let format = match args.format {
        Format::Svg => ExportFormat::Svg,
        Format::Png => ExportFormat::Png,
        Format::Pdf => ExportFormat::Pdf,
        Format::Graphml => ExportFormat::Graphml,
        Format::Gexf => ExportFormat::Gexf,
        Format::Xlsx => ExportFormat::Xlsx,
        Format::Csv => ExportFormat::Csv,
        Format::Json => ExportFormat::Json,
    };
    let view_set = args.view != View::Organisation
        || !args.open.is_empty()
        || !args.organisations.is_empty()
        || !args.level.is_empty()
        || args.min_strength.is_some();
    if view_set && !format.shows_view() {
        return Err(ApiError::new(
            ErrorCode::InvalidInput,
            "--view, --open, --org, --level and --min-strength choose what a picture or network shows; \
             the tables (xlsx, csv, json) always hold every record",
        ));
    }
    let picture = matches!(format, ExportFormat::Svg | ExportFormat::Png | ExportFormat::Pdf);
    if (args.focus.is_some() || args.page_size != Page::Fitted) && !picture {
        return Err(ApiError::new(
            ErrorCode::InvalidInput,
            "--focus and --page-size shape a picture (svg, png, pdf); a network or the tables hold the whole view",
        ));
    }
    if args.dpi.is_some() && format != ExportFormat::Png {
        return Err(ApiError::new(ErrorCode::InvalidInput, "--dpi sets a PNG's resolution; use it with --format png"));
    }
    let request = ExportRequest {
        format,
        level: match args.view {
            View::Organisation => ViewLevel::Organisation,
            View::Team => ViewLevel::Team,
            View::Person => ViewLevel::Person,
        },
        open: args.open,
        filters: SceneFilters {
            organisations: args.organisations,
            levels: args.level,
            min_strength: args.min_strength.unwrap_or(0.0),
            ..SceneFilters::default()
        },
        size_by: match args.size_by {
            Size::People => SizeMetric::People,
            Size::Ties => SizeMetric::Ties,
            Size::Strength => SizeMetric::Strength,
            Size::Brokerage => SizeMetric::Brokerage,
        },
        snapshot: args.snapshot,
        as_of: args.as_of,
        // The picture's pixels are CSS pixels, 96 to the inch.
        png_scale: args.dpi.map_or(args.scale, |dpi| dpi / 96.0),
        focus: args.focus.map(|node| ExportFocus { node, steps: args.focus_steps }),
        page: match args.page_size {
            Page::Fitted => PageSize::Fitted,
            Page::A4Landscape => PageSize::A4Landscape,
            Page::A4Portrait => PageSize::A4Portrait,
            Page::A3Landscape => PageSize::A3Landscape,
            Page::A3Portrait => PageSize::A3Portrait,
        },
        pseudonymise: args.privacy.pseudonymise,
        min_group: args.privacy.min_group,
    };
    let to = Destination::from_out(args.out, args.force);
    let key = args.privacy.key_out.map(|path| Destination::from_out(path, args.force));
    if to == Destination::Stdout && key == Some(Destination::Stdout) {
        return Err(ApiError::new(
            ErrorCode::InvalidInput,
            "the export and its key cannot both go to standard output: give --key-out a file",
        ));
    }
    let report = bridgework_api::export_with_key(&args.file, &request, &to, key.as_ref(), &TerminalProgress::new())?;
    if to != Destination::Stdout {
        eprintln!("Exported {} to {}", report.summary, report.out);
    }
    if let Some(key) = key {
        eprintln!("Wrote the key from pseudonyms to people to {}", key.describe());
    }
    Ok(())
}
