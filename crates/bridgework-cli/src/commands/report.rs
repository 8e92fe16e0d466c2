//! `bridgework report`: the board pack, as a PDF or one HTML file.

use super::{PrivacyArgs, parse_day};
use crate::progress::TerminalProgress;
use bridgework_api::{Date, Destination, ReportFormat, ReportRequest, Result};
use std::path::PathBuf;

/// Write the board pack report of a map: a dated account, in plain words, of
/// where its partnerships are thin, what changed since a snapshot and what to
/// do.
///
///   1. Summary: the partner links per category, the five most urgent with
///      the people they turn on and the suggested action, and what changed
///   2. Per partnership: model, purpose, start, the self-assessments as a
///      chart, the map of its organisations, level coverage per pair of
///      organisations, and every partner link with its reason and action
///   3. Who holds it together: cut points, the top brokers, communities set
///      against organisations
///   4. Change since the snapshot given with --since
///   5. How far to trust it: the data-health checklist in words, the
///      strength model and thresholds, the day the findings are for
///
/// --pseudonymise names every person by the stable pseudonym a
/// pseudonymised export gives them ("Person 0412"), everywhere: the urgent
/// links' people, reasons and actions, cut points, brokers, the people who
/// joined and left, and the map pictures. No figure about a group of fewer
/// than --min-group people (default 5) appears: smaller teams are folded
/// into a larger one, smaller communities are not listed. --key-out writes
/// who each pseudonym is, as CSV, only when given.
///
/// The file's extension chooses the format: .pdf (typeset, with page numbers)
/// or .html (one file, no scripts, nothing fetched, printable). An existing
/// file is kept unless --force is given; the report is written beside it and
/// moved into place when complete.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The map file.
    file: PathBuf,
    /// Where to write: a .pdf or .html file.
    #[arg(long)]
    out: PathBuf,
    /// Replace the file at --out if there is one.
    #[arg(long)]
    force: bool,
    /// Report only on this partnership (its name or id); may be given more
    /// than once. Default: every partnership.
    #[arg(long, value_name = "NAME")]
    partnership: Vec<String>,
    /// Say what changed since this snapshot (its id or exact name).
    #[arg(long, value_name = "SNAPSHOT")]
    since: Option<String>,
    /// Report on this snapshot (its id or exact name) instead of the map as it is now.
    #[arg(long, value_name = "NAME")]
    snapshot: Option<String>,
    /// The day the findings are for (YYYY-MM-DD); default today, or the day
    /// the snapshot was taken.
    #[arg(long, value_parser = parse_day)]
    as_of: Option<Date>,
    #[command(flatten)]
    privacy: PrivacyArgs,
}

pub fn run(args: Args) -> Result<()> {
    let format = ReportFormat::of_path(&args.out)?;
    let request = ReportRequest {
        partnerships: args.partnership,
        since: args.since,
        snapshot: args.snapshot,
        as_of: args.as_of,
        pseudonymise: args.privacy.pseudonymise,
        min_group: args.privacy.min_group,
    };
    let destination = |path| if args.force { Destination::Replace(path) } else { Destination::New(path) };
    let to = destination(args.out);
    let key = args.privacy.key_out.map(destination);
    let done = bridgework_api::write_report_with_key(
        &args.file,
        &request,
        format,
        &to,
        key.as_ref(),
        &TerminalProgress::new(),
    )?;
    eprintln!("Wrote the report ({}) to {}", done.summary, done.out);
    if let Some(key) = key {
        eprintln!("Wrote the key from pseudonyms to people to {}", key.describe());
    }
    Ok(())
}
