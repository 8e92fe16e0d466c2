//! `bridgework import`: bring a spreadsheet into a map.

use crate::output::{Format, print_json, print_table};
use crate::progress::TerminalProgress;
use bridgework_api::Result;
use std::path::PathBuf;

/// Import a folder of CSV files or an .xlsx workbook into a map.
///
/// The folder holds organisations.csv, teams.csv, people.csv, ties.csv,
/// partner_links.csv (and optionally partnerships.csv, assessments.csv); a
/// workbook holds sheets of the same names. Records are matched on their ids,
/// so importing an updated spreadsheet updates the same records; a table the
/// input holds replaces the map's table, one it does not hold is kept.
///
/// All or nothing: if any row is wrong, every problem is listed (file, line,
/// column, reason) and the map is left exactly as it was.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The map file to import into (create one with `bridgework new`).
    file: PathBuf,
    /// A folder of CSV files, or an .xlsx workbook.
    source: PathBuf,
    /// Check the input and report what would change, without writing.
    #[arg(long)]
    dry_run: bool,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

pub fn run(args: Args) -> Result<()> {
    let report = {
        let progress = TerminalProgress::new();
        bridgework_api::import(&args.file, &args.source, args.dry_run, &progress)?
    };
    for warning in &report.warnings {
        eprintln!("warning: {}", crate::output::terminal_safe(&warning.to_string()));
    }
    match args.format {
        Format::Json => print_json(&report),
        Format::Table => {
            if report.dry_run {
                println!("Checked {} against {}: no problems; nothing written (dry run)", report.source, report.map);
            } else {
                println!("Imported {} into {}", report.source, report.map);
            }
            let rows: Vec<Vec<String>> = report
                .tables
                .iter()
                .map(|t| {
                    vec![
                        t.table.name().to_string(),
                        t.added.to_string(),
                        t.updated.to_string(),
                        t.unchanged.to_string(),
                        t.removed.to_string(),
                    ]
                })
                .collect();
            print_table(&["table", "added", "updated", "unchanged", "removed"], &rows);
        }
    }
    Ok(())
}
