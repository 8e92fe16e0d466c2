//! `bridgework bench`: the foundation's performance targets, measured against a
//! peer in the same run.
//!
//! Timings are medians of several runs, each on a fresh copy, in this process
//! (the peer, the sqlite3 shell, runs as its own process, whose start-up of a
//! few milliseconds is counted against it).

use super::io_error;
use crate::output::{Format, print_json, print_table};
use bridgework_api::{Result, Synthetic, WeakLinksRequest, today};
use bridgework_core::{PersonGraph, Silent};
use serde::Serialize;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Measure import, opening and the weak-link report at scale, the import
/// against the sqlite3 shell.
///
/// Generates a synthetic map (default 100,000 people, about 700,000 ties),
/// writes it as CSV, then times: the sqlite3 shell's `.import` of ties.csv
/// into a plain table; `bridgework import` of all the CSV files into a new
/// map; opening that map and building the person graph; opening it and
/// computing the complete weak-link report. Build with
/// `--release` for meaningful figures.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long, default_value_t = 100_000)]
    people: usize,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// How many times to run each step; the median is reported.
    #[arg(long, default_value_t = 3)]
    runs: usize,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

#[derive(Debug, Serialize)]
struct BenchReport {
    people: usize,
    ties: usize,
    ties_csv_bytes: u64,
    runs: usize,
    /// Median seconds of the sqlite3 shell's `.import`; absent without sqlite3.
    sqlite3_import_seconds: Option<f64>,
    bridgework_import_seconds: f64,
    /// bridgework import ÷ sqlite3 import (target at most 1.5).
    import_ratio: Option<f64>,
    open_and_graph_seconds: f64,
    /// Median seconds from opening the map to the complete weak-link report
    /// (every declared partner link, every team pair of partnered
    /// organisations with a direct tie, every organisation pair), not printed.
    weak_links_seconds: f64,
    team_pairs: usize,
    organisation_pairs: usize,
}

pub fn run(args: Args) -> Result<()> {
    let scratch = tempfile::tempdir().map_err(io_error)?;
    let csv = scratch.path().join("csv");
    let synthetic = Synthetic { people: args.people, seed: args.seed, as_of: today() };
    eprintln!("Generating {} people as CSV…", args.people);
    let info = bridgework_api::write_demo(&csv, Some(&synthetic), synthetic.as_of, bridgework_api::DemoFormat::Csv)?;
    let ties_csv = csv.join("ties.csv");
    let ties_csv_bytes = std::fs::metadata(&ties_csv).map_err(io_error)?.len();

    let sqlite3 = which_sqlite3();
    let mut peer = Vec::new();
    let mut ours = Vec::new();
    let mut open = Vec::new();
    let mut report = Vec::new();
    let mut pairs = (0, 0);
    for run in 0..args.runs.max(1) {
        eprintln!("Run {} of {}…", run + 1, args.runs.max(1));
        if let Some(sqlite3) = &sqlite3 {
            peer.push(time_sqlite3_import(sqlite3, &ties_csv, &scratch.path().join(format!("plain{run}.db")))?);
        }
        let map = scratch.path().join(format!("map{run}.bwmap"));
        bridgework_api::create_map(&map, "bench")?;
        let start = Instant::now();
        bridgework_api::import(&map, &csv, false, &Silent)?;
        ours.push(start.elapsed());

        let start = Instant::now();
        let opened = bridgework_api::open_map(&map)?;
        let graph = PersonGraph::build(&opened, today());
        open.push(start.elapsed());
        drop((graph, opened));

        let start = Instant::now();
        let weak_links = bridgework_api::weak_links_report(&map, &WeakLinksRequest::new(synthetic.as_of))?;
        report.push(start.elapsed());
        pairs = (weak_links.team_pairs.len(), weak_links.organisation_pairs.len());
    }
    let sqlite3_import_seconds = (!peer.is_empty()).then(|| median(&mut peer));
    let bridgework_import_seconds = median(&mut ours);
    let report = BenchReport {
        people: info.people,
        ties: info.ties,
        ties_csv_bytes,
        runs: args.runs.max(1),
        sqlite3_import_seconds,
        bridgework_import_seconds,
        import_ratio: sqlite3_import_seconds.map(|peer| bridgework_import_seconds / peer),
        open_and_graph_seconds: median(&mut open),
        weak_links_seconds: median(&mut report),
        team_pairs: pairs.0,
        organisation_pairs: pairs.1,
    };
    match args.format {
        Format::Json => print_json(&report),
        Format::Table => print_bench(&report),
    }
    Ok(())
}

fn print_bench(report: &BenchReport) {
    println!(
        "{} people, {} ties (ties.csv {:.1} MB); median of {} runs",
        report.people,
        report.ties,
        report.ties_csv_bytes as f64 / 1e6,
        report.runs
    );
    let seconds = |s: f64| format!("{s:.3} s");
    let mut rows = Vec::new();
    match report.sqlite3_import_seconds {
        Some(peer) => rows.push(vec!["sqlite3 .import ties.csv (plain table)".into(), seconds(peer), "peer".into()]),
        None => rows.push(vec!["sqlite3 .import ties.csv".into(), "skipped".into(), "sqlite3 not found".into()]),
    }
    rows.push(vec![
        "bridgework import (all tables, new map)".into(),
        seconds(report.bridgework_import_seconds),
        report.import_ratio.map(|r| format!("{r:.2}× peer (target ≤ 1.5×)")).unwrap_or_default(),
    ]);
    rows.push(vec![
        "open map + build person graph".into(),
        seconds(report.open_and_graph_seconds),
        "target < 1 s".into(),
    ]);
    rows.push(vec![
        format!("weak-link report ({} team, {} organisation pairs)", report.team_pairs, report.organisation_pairs),
        seconds(report.weak_links_seconds),
        "target < 2 s".into(),
    ]);
    print_table(&["step", "time", "against"], &rows);
}

fn which_sqlite3() -> Option<String> {
    Command::new("sqlite3")
        .arg("-version")
        .stdout(Stdio::null())
        .status()
        .ok()
        .filter(|s| s.success())
        .map(|_| "sqlite3".to_string())
}

/// Times the sqlite3 shell importing `csv` into a new plain table (first line
/// as column names), in its own process, as a person would run it.
fn time_sqlite3_import(sqlite3: &str, csv: &Path, db: &Path) -> Result<Duration> {
    let start = Instant::now();
    let status = Command::new(sqlite3)
        .arg(db)
        .arg(format!(".import --csv '{}' ties", csv.display()))
        .stdin(Stdio::null())
        .status()
        .map_err(io_error)?;
    let elapsed = start.elapsed();
    if !status.success() {
        return Err(io_error(format!("sqlite3 .import failed ({status})")));
    }
    Ok(elapsed)
}

fn median(samples: &mut [Duration]) -> f64 {
    samples.sort();
    samples[samples.len() / 2].as_secs_f64()
}
