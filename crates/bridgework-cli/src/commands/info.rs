//! `bridgework info`: what a map holds.

use crate::output::{Format, print_json, print_pairs, terminal_safe};
use bridgework_api::Result;
use std::path::PathBuf;

/// Show what a map holds: its name, format version and how many records of
/// each kind. Never changes the file.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The map file.
    file: PathBuf,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

pub fn run(args: Args) -> Result<()> {
    let info = bridgework_api::info(&args.file)?;
    if info.recovered {
        eprintln!(
            "note: a change to {} was cut off by a crash; it has been rolled back, and the map is as it was before it",
            terminal_safe(&info.file)
        );
    }
    match args.format {
        Format::Json => print_json(&info),
        Format::Table => print_pairs(&[
            ("Map", info.name),
            ("File", info.file),
            ("Format version", info.schema_version.to_string()),
            ("Organisations", info.organisations.to_string()),
            ("Teams", info.teams.to_string()),
            ("People", format!("{} ({} in post)", info.people, info.people_in_post)),
            ("Ties", info.ties.to_string()),
            ("Partner links", info.partner_links.to_string()),
            ("Partnerships", info.partnerships.to_string()),
            ("Snapshots", info.snapshots.to_string()),
        ]),
    }
    Ok(())
}
