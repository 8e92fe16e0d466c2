//! `bridgework export`: the map's tables back out.

use bridgework_api::{Result, TableFormat};
use std::path::PathBuf;

/// Export every table of a map as CSV files (one per table, in a folder) or as
/// one JSON document. Importing the result into a new map gives the same map.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The map file.
    file: PathBuf,
    #[arg(long, value_enum)]
    format: ExportFormat,
    /// Where to write: a folder for CSV, a file for JSON (`-` for standard output).
    #[arg(long)]
    out: PathBuf,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum ExportFormat {
    Csv,
    Json,
}

pub fn run(args: Args) -> Result<()> {
    let format = match args.format {
        ExportFormat::Csv => TableFormat::Csv,
        ExportFormat::Json => TableFormat::Json,
    };
    let report = bridgework_api::export(&args.file, format, &args.out)?;
    if args.out.as_os_str() != "-" {
        eprintln!(
            "Exported {} organisations, {} teams, {} people, {} ties, {} partner links to {}",
            report.organisations, report.teams, report.people, report.ties, report.partner_links, report.out
        );
    }
    Ok(())
}
