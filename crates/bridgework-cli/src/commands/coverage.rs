//! `bridgework coverage`: at which levels two partners know each other.

use super::weak_links::AnalysisArgs;
use crate::output::{ReportArgs, ReportFormat, print_json, print_table};
use bridgework_api::{GroupRef, PairQuery, PairView, Result};
use serde::Serialize;
use std::path::PathBuf;

/// Show the level coverage matrix: the direct ties between two partners
/// counted by the seniority of the person on each side (board, executive,
/// senior, middle, frontline, not recorded).
///
/// Partnerships work when people know each other at every level, not only at
/// the top: a filled diagonal is good; ties only in the top-left corner mean
/// only senior staff know each other. Without --orgs or --teams, every pair of
/// partnered organisations (and every other pair with a tie) is shown.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The map file.
    file: PathBuf,
    /// Two organisations, by their ids in the spreadsheet.
    #[arg(long, num_args = 2, value_names = ["A", "B"], conflicts_with = "teams")]
    orgs: Option<Vec<String>>,
    /// Two teams in different organisations, by their ids (sub-teams included).
    #[arg(long, num_args = 2, value_names = ["A", "B"])]
    teams: Option<Vec<String>>,
    #[command(flatten)]
    analysis: AnalysisArgs,
    #[command(flatten)]
    output: ReportArgs,
}

/// One pair's matrix, as JSON gives it.
#[derive(Debug, Serialize)]
struct CoverageView<'p> {
    a: &'p GroupRef,
    b: &'p GroupRef,
    direct_ties: usize,
    /// The row and column labels, in order.
    levels: [&'static str; 6],
    /// counts[i][j]: ties between someone at level i in A and level j in B.
    counts: [[u32; 6]; 6],
}

pub fn run(args: Args) -> Result<()> {
    let request = args.analysis.request();
    let pairs: Vec<PairView> = match (&args.orgs, &args.teams) {
        (Some(ids), _) => {
            vec![bridgework_api::pair_report(
                &args.file,
                &request,
                &PairQuery::Organisations(ids[0].clone(), ids[1].clone()),
            )?]
        }
        (None, Some(ids)) => {
            vec![bridgework_api::pair_report(&args.file, &request, &PairQuery::Teams(ids[0].clone(), ids[1].clone()))?]
        }
        (None, None) => bridgework_api::weak_links_report(&args.file, &request)?.organisation_pairs,
    };
    let views: Vec<CoverageView<'_>> = pairs
        .iter()
        .map(|p| CoverageView {
            a: &p.a,
            b: &p.b,
            direct_ties: p.direct_ties,
            levels: bridgework_api::LevelCoverage::LABELS,
            counts: p.coverage.counts,
        })
        .collect();
    match args.output.format() {
        ReportFormat::Json => print_json(&views),
        ReportFormat::Csv => print_csv(&views)?,
        ReportFormat::Table => views.iter().for_each(print_matrix),
    }
    Ok(())
}

fn print_matrix(view: &CoverageView<'_>) {
    println!("{} × {}: {} direct ties", view.a.name, view.b.name, view.direct_ties);
    let mut header = vec![format!("{} ↓  {} →", short(view.a), short(view.b))];
    header.extend(view.levels.iter().map(|l| l.to_string()));
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let rows: Vec<Vec<String>> = view
        .levels
        .iter()
        .zip(&view.counts)
        .map(|(level, row)| std::iter::once(level.to_string()).chain(row.iter().map(|c| c.to_string())).collect())
        .collect();
    print_table(&header, &rows);
    println!();
}

/// A side's short name for the matrix's corner.
fn short(group: &GroupRef) -> &str {
    &group.id
}

fn print_csv(views: &[CoverageView<'_>]) -> Result<()> {
    let mut out = crate::output::csv_out();
    let fail = |e: csv::Error| super::io_error(e);
    out.write_record(["a_id", "a_name", "b_id", "b_name", "level_a", "level_b", "ties"]).map_err(fail)?;
    for view in views {
        for (i, row) in view.counts.iter().enumerate() {
            for (j, count) in row.iter().enumerate() {
                let cells = [&view.a.id, &view.a.name, &view.b.id, &view.b.name, view.levels[i], view.levels[j]];
                let count = count.to_string();
                out.write_record(cells.into_iter().chain([count.as_str()])).map_err(fail)?;
            }
        }
    }
    out.flush().map_err(super::io_error)?;
    Ok(())
}
