//! `bridgework subject-access`: everything a map holds about one person.

use bridgework_api::{Destination, Result, SubjectAccessFormat};
use std::path::PathBuf;

/// Write everything a map holds about one person, for their subject-access
/// request: their record, every tie with who reported it, their team and
/// organisation in every snapshot, and every change in the map's history
/// that holds their data. Nobody else's personal data is in it beyond the
/// names of the people they are tied to.
///
/// The file's extension chooses the format: .json (the data) or .html (in
/// plain words, one file, printable). An existing file is kept unless
/// --force is given; the answer is written beside it and moved into place
/// when complete.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The map file.
    file: PathBuf,
    /// The spreadsheet id of the person.
    #[arg(long, value_name = "ID")]
    person: String,
    /// Where to write: a .json or .html file.
    #[arg(long)]
    out: PathBuf,
    /// Replace the file at --out if there is one.
    #[arg(long)]
    force: bool,
}

pub fn run(args: Args) -> Result<()> {
    let format = SubjectAccessFormat::of_path(&args.out)?;
    let to = Destination::from_out(args.out, args.force);
    let done = bridgework_api::write_subject_access(&args.file, &args.person, format, &to)?;
    eprintln!("Wrote everything held about {} to {}", done.summary, done.out);
    Ok(())
}
