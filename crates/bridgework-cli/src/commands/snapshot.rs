//! `bridgework snapshot take|list|rename|delete|diff`: dated copies of the
//! map, and what changed between them.

use super::weak_links::StrengthArgs;
use super::{io_error, parse_day};
use crate::output::{ReportArgs, ReportFormat, print_json};
use bridgework_api::{
    ApiError, Comparison, Date, Destination, ErrorCode, ExportFormat, GroupRef, LostBecause, LostTieView,
    PairChangeView, PersonRef, Result, SnapshotDiffRequest, SnapshotDiffView, SnapshotInfo, SnapshotInput, SnapshotRef,
    StrengthChangeView, StrengthPart,
};
use std::path::{Path, PathBuf};

/// Take, list, rename, delete and compare snapshots: named, dated copies of the
/// whole map kept in the map file, e.g. one per quarter for a board pack.
///
/// A snapshot's records never change once taken; its name can, and it can be
/// deleted whole. The audit log records each of these. `diff` shows who joined and left,
/// which ties were gained, lost, strengthened or weakened, and which partner
/// pairs moved between weak-link categories (see `bridgework weak-links
/// --help`).
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, clap::Subcommand)]
enum Command {
    Take(TakeArgs),
    List(ListArgs),
    Rename(RenameArgs),
    Delete(DeleteArgs),
    Diff(DiffArgs),
}

/// Copy the map as it is now into a new snapshot.
#[derive(Debug, clap::Args)]
struct TakeArgs {
    /// The map file.
    file: PathBuf,
    /// A name for the snapshot, unique in the map, e.g. "2026 Q3".
    name: String,
    /// A note to keep with it, e.g. why it was taken.
    #[arg(long)]
    note: Option<String>,
    /// The day the map's data describes (YYYY-MM-DD; default today), for data
    /// gathered on an earlier day: a diff analyses the snapshot as of it.
    #[arg(long, value_parser = parse_day)]
    as_of: Option<Date>,
    #[command(flatten)]
    output: ReportArgs,
}

/// Give a snapshot a new name; its records and its day stay as they were.
#[derive(Debug, clap::Args)]
struct RenameArgs {
    /// The map file.
    file: PathBuf,
    /// The snapshot: its id or exact name (see `snapshot list`).
    snapshot: String,
    /// Its new name, unique in the map.
    new_name: String,
    #[command(flatten)]
    output: ReportArgs,
}

/// Delete a snapshot for good, with every record it holds.
///
/// Without --yes nothing is deleted: the command says what would go.
#[derive(Debug, clap::Args)]
struct DeleteArgs {
    /// The map file.
    file: PathBuf,
    /// The snapshot: its id or exact name (see `snapshot list`).
    snapshot: String,
    /// Delete it: the confirmation that this snapshot is to go.
    #[arg(long)]
    yes: bool,
    #[command(flatten)]
    output: ReportArgs,
}

/// List the map's snapshots, oldest first.
#[derive(Debug, clap::Args)]
struct ListArgs {
    /// The map file.
    file: PathBuf,
    #[command(flatten)]
    output: ReportArgs,
}

/// Show what changed from one snapshot to another, or to the map as it is now.
///
/// Each side is analysed as of its own day: a snapshot as of the day it was
/// taken, the map now as of today. So ties nobody renewed show as weakened by
/// recency, as the weak-link report would show them. Give both --from-as-of
/// and --as-of the same day to see only what was edited.
#[derive(Debug, clap::Args)]
struct DiffArgs {
    /// The map file.
    file: PathBuf,
    /// The earlier side: a snapshot's id or exact name (see `snapshot list`).
    from: String,
    /// The later side: a snapshot's id or exact name, or `now` (the default)
    /// for the map as it is now.
    #[arg(default_value = "now")]
    to: String,
    /// The day to analyse the earlier side as of (YYYY-MM-DD; default the day
    /// the snapshot was taken).
    #[arg(long, value_parser = parse_day)]
    from_as_of: Option<Date>,
    /// The day to analyse the later side as of (YYYY-MM-DD; default the day the
    /// snapshot was taken, or today for `now`).
    #[arg(long, value_parser = parse_day)]
    as_of: Option<Date>,
    #[command(flatten)]
    strength: StrengthArgs,
    /// table, csv or json print the changes; with --out, svg, png or pdf
    /// write the changes map as a picture, xlsx a workbook (a summary and a
    /// sheet per kind of change), csv a folder of those sheets as CSV files,
    /// json the JSON document.
    #[arg(long, value_enum, default_value_t = DiffFormat::Table)]
    format: DiffFormat,
    /// The same as --format csv.
    #[arg(long, conflicts_with = "format")]
    csv: bool,
    /// Write to this file (a folder for csv) rather than print; `-` for
    /// standard output (one-file formats only).
    #[arg(long)]
    out: Option<PathBuf>,
    /// Replace the file or folder at --out if there is one.
    #[arg(long, requires = "out")]
    force: bool,
    /// A PNG's pixels for each of the picture's (from above 0 to 8).
    #[arg(long, default_value_t = 2.0)]
    scale: f32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum DiffFormat {
    /// Aligned columns to read on a terminal.
    Table,
    /// One row per change (with --out: a CSV file per sheet, in a folder).
    Csv,
    /// One JSON document (stable; documented in docs/cli.md).
    Json,
    /// The changes map as SVG (needs --out).
    Svg,
    /// The changes map as a PNG image (needs --out).
    Png,
    /// The changes map as a one-page PDF (needs --out).
    Pdf,
    /// A workbook: a summary and a sheet per kind of change (needs --out).
    Xlsx,
}

pub fn run(args: Args) -> Result<()> {
    match args.command {
        Command::Take(args) => take(args),
        Command::List(args) => list(args),
        Command::Rename(args) => rename(args),
        Command::Delete(args) => delete(args),
        Command::Diff(args) => diff(args),
    }
}

fn take(args: TakeArgs) -> Result<()> {
    let input = SnapshotInput { name: args.name, note: args.note, as_of: args.as_of.map(|day| day.to_string()) };
    let taken = bridgework_api::take_snapshot(&args.file, &input)?;
    print_one(&taken, &args.output, || {
        format!(
            "Took snapshot {} \"{}\" of {} as of {}: {} people, {} ties.",
            taken.id,
            taken.name,
            args.file.display(),
            taken.day,
            taken.people,
            taken.ties
        )
    })
}

fn rename(args: RenameArgs) -> Result<()> {
    let which = SnapshotRef::parse(&args.snapshot);
    let renamed = bridgework_api::rename_snapshot(&args.file, &which, &args.new_name)?;
    print_one(&renamed, &args.output, || format!("Renamed snapshot {} to \"{}\".", renamed.id, renamed.name))
}

fn delete(args: DeleteArgs) -> Result<()> {
    let which = SnapshotRef::parse(&args.snapshot);
    if !args.yes {
        let snapshot = bridgework_api::find_snapshot(&args.file, &which)?;
        return Err(ApiError::new(
            ErrorCode::InvalidInput,
            format!(
                "this would delete snapshot {} \"{}\" (as of {}: {} people, {} ties) from {} for good; run again \
                 with --yes to delete it",
                snapshot.id,
                snapshot.name,
                snapshot.day,
                snapshot.people,
                snapshot.ties,
                args.file.display()
            ),
        ));
    }
    let deleted = bridgework_api::delete_snapshot(&args.file, &which)?;
    print_one(&deleted, &args.output, || {
        format!("Deleted snapshot {} \"{}\" from {}.", deleted.id, deleted.name, args.file.display())
    })
}

/// One snapshot in the format asked for; `sentence` says it in a table's place.
fn print_one(snapshot: &SnapshotInfo, output: &ReportArgs, sentence: impl FnOnce() -> String) -> Result<()> {
    match output.format() {
        ReportFormat::Json => print_json(snapshot),
        ReportFormat::Csv => print_snapshots_csv(std::slice::from_ref(snapshot))?,
        ReportFormat::Table => println!("{}", sentence()),
    }
    Ok(())
}

fn list(args: ListArgs) -> Result<()> {
    let snapshots = bridgework_api::list_snapshots(&args.file)?;
    match args.output.format() {
        ReportFormat::Json => print_json(&snapshots),
        ReportFormat::Csv => print_snapshots_csv(&snapshots)?,
        ReportFormat::Table if snapshots.is_empty() => println!("{} has no snapshots yet.", args.file.display()),
        ReportFormat::Table => {
            let rows: Vec<Vec<String>> = snapshots
                .iter()
                .map(|s| {
                    let note = s.note.clone().unwrap_or_default();
                    vec![
                        s.id.to_string(),
                        s.name.clone(),
                        s.taken_at.clone(),
                        s.day.to_string(),
                        s.people.to_string(),
                        s.ties.to_string(),
                        note,
                    ]
                })
                .collect();
            print_columns(&["Id", "Name", "Taken", "As of", "People", "Ties", "Note"], &rows);
        }
    }
    Ok(())
}

fn print_snapshots_csv(snapshots: &[SnapshotInfo]) -> Result<()> {
    let rows = snapshots.iter().map(|s| {
        let note = s.note.clone().unwrap_or_default();
        vec![
            s.id.to_string(),
            s.name.clone(),
            s.taken_at.clone(),
            s.day.to_string(),
            s.people.to_string(),
            s.ties.to_string(),
            note,
        ]
    });
    write_csv(&["id", "name", "taken_at", "day", "people", "ties", "note"], rows)
}

fn diff(args: DiffArgs) -> Result<()> {
    let mut request = SnapshotDiffRequest { from_as_of: args.from_as_of, to_as_of: args.as_of, ..Default::default() };
    args.strength.apply(&mut request.strength, &mut request.thresholds);
    let from = SnapshotRef::parse(&args.from);
    let to = SnapshotRef::parse(&args.to);
    let format = if args.csv { DiffFormat::Csv } else { args.format };
    if let Some(out) = args.out {
        return export_diff(
            &args.file,
            (&from, &to),
            &request,
            format,
            Destination::from_out(out, args.force),
            args.scale,
        );
    }
    let diff = bridgework_api::diff_snapshots(&args.file, &from, &to, &request)?;
    match format {
        DiffFormat::Json => print_json(&diff),
        DiffFormat::Csv => write_csv(
            &["change", "id", "name", "other_id", "other_name", "before", "after", "detail"],
            diff_rows(&diff),
        )?,
        DiffFormat::Table => print_diff(&diff),
        DiffFormat::Svg | DiffFormat::Png | DiffFormat::Pdf | DiffFormat::Xlsx => {
            return Err(ApiError::new(
                ErrorCode::InvalidInput,
                "this format writes a file: give --out PATH (or --out - for standard output)",
            ));
        }
    }
    Ok(())
}

/// Writes the comparison to `to` in `format`, as `bridgework export` writes a map.
fn export_diff(
    file: &Path,
    (from, to): (&SnapshotRef, &SnapshotRef),
    request: &SnapshotDiffRequest,
    format: DiffFormat,
    out: Destination,
    scale: f32,
) -> Result<()> {
    let format = match format {
        DiffFormat::Table => {
            return Err(ApiError::new(
                ErrorCode::InvalidInput,
                "--format table prints the changes; to write a file, choose svg, png, pdf, xlsx, csv or json",
            ));
        }
        DiffFormat::Csv => ExportFormat::Csv,
        DiffFormat::Json => ExportFormat::Json,
        DiffFormat::Svg => ExportFormat::Svg,
        DiffFormat::Png => ExportFormat::Png,
        DiffFormat::Pdf => ExportFormat::Pdf,
        DiffFormat::Xlsx => ExportFormat::Xlsx,
    };
    let comparison = Comparison::of(file, from, to, request)?;
    let report = bridgework_api::export_comparison(&comparison, format, scale, &out)?;
    if out != Destination::Stdout {
        eprintln!("Exported {} to {}", report.summary, report.out);
    }
    Ok(())
}

/// "Name (id)": how tables name a person.
fn person(p: &PersonRef) -> String {
    format!("{} ({})", p.name, p.id)
}

/// "Team (Organisation)", or the organisation's name alone.
fn group(g: &GroupRef) -> String {
    match &g.organisation {
        Some(org) => format!("{} ({})", g.name, org.name),
        None => g.name.clone(),
    }
}

fn side(moment: &bridgework_api::MomentView) -> String {
    match &moment.snapshot {
        Some(s) => format!("snapshot {} \"{}\" (as of {})", s.id, s.name, moment.as_of),
        None => format!("the map now (as of {})", moment.as_of),
    }
}

fn category(c: Option<bridgework_api::Category>) -> &'static str {
    c.map_or("not checked", |c| c.as_str())
}

fn print_diff(diff: &SnapshotDiffView) {
    let s = &diff.summary;
    println!("Changes from {} to {}\n", side(&diff.from), side(&diff.to));
    println!("{}.", s.in_words());
    let org_pairs = pair_rows(&diff.organisation_pairs, false);
    section("Organisation pairs that changed category", &["Organisations", "Before", "After"], org_pairs);
    let team_pairs = pair_rows(&diff.team_pairs, true);
    section("Team pairs that changed category", &["Teams", "Before", "After", "Partner link"], team_pairs);
    let team = |t: &Option<GroupRef>| t.as_ref().map(group).unwrap_or_default();
    let joined = diff.joined.iter().map(|j| vec![person(&j.person), team(&j.team), j.role.clone().unwrap_or_default()]);
    section("People joined", &["Person", "Team", "Role"], joined.collect());
    let left = diff.left.iter().map(|l| {
        let when = l.left_on.map_or("removed from the map".to_string(), |d| d.to_string());
        vec![person(&l.person), team(&l.team), when]
    });
    section("People left", &["Person", "Team", "Left"], left.collect());
    let gained = diff
        .ties_gained
        .iter()
        .map(|t| vec![person(&t.a), person(&t.b), t.kind.to_string(), format!("{:.2}", t.strength)]);
    section("Ties gained", &["Between", "And", "Kind", "Strength"], gained.collect());
    let lost = diff.ties_lost.iter().map(|l| {
        let t = &l.tie;
        vec![person(&t.a), person(&t.b), t.kind.to_string(), format!("{:.2}", t.strength), why_lost(l).to_string()]
    });
    section("Ties lost", &["Between", "And", "Kind", "Strength", "Why"], lost.collect());
    section("Ties strengthened", &["Between", "And", "Strength", "Why"], strength_rows(&diff.ties_strengthened));
    // Between two days every tie nobody renewed weakens a little: listing them
    // all would bury the changes someone made, so the table only counts them.
    let (aged, edited): (Vec<StrengthChangeView>, Vec<StrengthChangeView>) =
        diff.ties_weakened.iter().cloned().partition(|c| c.moved == [StrengthPart::Recency]);
    section("Ties weakened", &["Between", "And", "Strength", "Why"], strength_rows(&edited));
    if !aged.is_empty() {
        println!(
            "\n{} weakened only because time passed since their last contact (--format csv or json lists them).",
            count(aged.len(), "more tie")
        );
    }
}

/// "1 team pair", "2 team pairs".
fn count(n: usize, what: &str) -> String {
    if n == 1 { format!("1 {what}") } else { format!("{n} {what}s") }
}

fn why_lost(lost: &LostTieView) -> &'static str {
    match lost.because {
        LostBecause::Removed => "removed",
        LostBecause::PersonLeft => "a person left",
    }
}

/// One row per pair; team pairs also say whether a partner link is declared.
fn pair_rows(pairs: &[PairChangeView], with_link: bool) -> Vec<Vec<String>> {
    pairs
        .iter()
        .map(|p| {
            let mut row =
                vec![format!("{} – {}", group(&p.a), group(&p.b)), category(p.before).into(), category(p.after).into()];
            if with_link {
                row.push(if p.partner_link { "yes" } else { "" }.into());
            }
            row
        })
        .collect()
}

fn strength_rows(changes: &[StrengthChangeView]) -> Vec<Vec<String>> {
    changes
        .iter()
        .map(|c| vec![person(&c.a), person(&c.b), format!("{:.2} → {:.2}", c.before, c.after), c.reason.clone()])
        .collect()
}

/// A titled table, or nothing when it has no rows: a board pack shows only
/// what changed.
fn section(title: &str, header: &[&str], rows: Vec<Vec<String>>) {
    if rows.is_empty() {
        return;
    }
    println!("\n{title} ({})\n", rows.len());
    print_columns(header, &rows);
}

/// Prints rows under a header, every column left-aligned and as wide as its
/// widest cell: these tables hold names, not numbers.
fn print_columns(header: &[&str], rows: &[Vec<String>]) {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let line = |cells: &[String]| {
        let padded: Vec<String> = cells.iter().zip(&widths).map(|(cell, width)| format!("{cell:<width$}")).collect();
        println!("{}", padded.join("  ").trim_end());
    };
    line(&header.iter().map(|h| h.to_string()).collect::<Vec<_>>());
    rows.iter().for_each(|row| line(row));
}

/// One CSV row per change, in the order the table shows them.
fn diff_rows(diff: &SnapshotDiffView) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let team =
        |t: &Option<GroupRef>| t.as_ref().map_or((String::new(), String::new()), |t| (t.id.clone(), t.name.clone()));
    for (change, pairs) in [("organisation-pair", &diff.organisation_pairs), ("team-pair", &diff.team_pairs)] {
        for p in pairs {
            let detail = if p.partner_link { "partner link" } else { "" };
            rows.push(row(
                change,
                (&p.a.id, &p.a.name),
                (&p.b.id, &p.b.name),
                category(p.before),
                category(p.after),
                detail,
            ));
        }
    }
    for j in &diff.joined {
        let (id, name) = team(&j.team);
        rows.push(row(
            "joined",
            (&j.person.id, &j.person.name),
            (&id, &name),
            "",
            "in post",
            j.role.as_deref().unwrap_or(""),
        ));
    }
    for l in &diff.left {
        let (id, name) = team(&l.team);
        let after = l.left_on.map_or("removed".to_string(), |d| d.to_string());
        rows.push(row(
            "left",
            (&l.person.id, &l.person.name),
            (&id, &name),
            "in post",
            &after,
            l.role.as_deref().unwrap_or(""),
        ));
    }
    for t in &diff.ties_gained {
        rows.push(row(
            "tie-gained",
            (&t.a.id, &t.a.name),
            (&t.b.id, &t.b.name),
            "",
            &format!("{:.3}", t.strength),
            t.kind.as_str(),
        ));
    }
    for l in &diff.ties_lost {
        let t = &l.tie;
        let detail = format!("{}; {}", t.kind, why_lost(l));
        rows.push(row(
            "tie-lost",
            (&t.a.id, &t.a.name),
            (&t.b.id, &t.b.name),
            &format!("{:.3}", t.strength),
            "",
            &detail,
        ));
    }
    for (change, changes) in [("tie-strengthened", &diff.ties_strengthened), ("tie-weakened", &diff.ties_weakened)] {
        for c in changes {
            let (before, after) = (format!("{:.3}", c.before), format!("{:.3}", c.after));
            rows.push(row(change, (&c.a.id, &c.a.name), (&c.b.id, &c.b.name), &before, &after, &c.reason));
        }
    }
    rows
}

fn row(
    change: &str,
    (id, name): (&str, &str),
    (other_id, other_name): (&str, &str),
    before: &str,
    after: &str,
    detail: &str,
) -> Vec<String> {
    [change, id, name, other_id, other_name, before, after, detail].map(String::from).to_vec()
}

fn write_csv(header: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> Result<()> {
    let mut out = crate::output::csv_out();
    out.write_record(header).map_err(io_error)?;
    for row in rows {
        out.write_record(&row).map_err(io_error)?;
    }
    out.flush().map_err(io_error)
}
