//! `bridgework demo`: the demo map, or a synthetic map of any size.

use super::parse_day;
use bridgework_api::{Date, DemoFormat, Result, Synthetic, today};
use std::path::PathBuf;

/// Write the demo map, or a synthetic map of any size, as a map file, a folder
/// of CSV files or a JSON document.
///
/// Without --people: the built-in demo, a fictional local health and care
/// system of about 600 people. With --people N: a synthetic map of the same
/// shape with N people and about 7 ties each, the same for the same seed.
/// Dates are relative to --as-of (default today), so the same --as-of and seed
/// always give the same map.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Where to write: a new map file, or a folder (CSV) or file (JSON).
    #[arg(long)]
    out: PathBuf,
    #[arg(long, value_enum, default_value_t = DemoFormatArg::Map)]
    format: DemoFormatArg,
    /// Generate a synthetic map with this many people instead of the demo.
    #[arg(long)]
    people: Option<usize>,
    /// The synthetic generator's seed.
    #[arg(long, default_value_t = 1, requires = "people")]
    seed: u64,
    /// The day the map is as of (YYYY-MM-DD).
    #[arg(long, value_parser = parse_day)]
    as_of: Option<Date>,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum DemoFormatArg {
    Map,
    Csv,
    Json,
}

pub fn run(args: Args) -> Result<()> {
    let as_of = args.as_of.unwrap_or_else(today);
    let synthetic = args.people.map(|people| Synthetic { people, seed: args.seed, as_of });
    let format = match args.format {
        DemoFormatArg::Map => DemoFormat::Map,
        DemoFormatArg::Csv => DemoFormat::Csv,
        DemoFormatArg::Json => DemoFormat::Json,
    };
    let report = bridgework_api::write_demo(&args.out, synthetic.as_ref(), as_of, format)?;
    eprintln!(
        "Wrote {} ({} organisations, {} teams, {} people, {} ties)",
        report.out, report.organisations, report.teams, report.people, report.ties
    );
    Ok(())
}
