//! `bridgework-bench`: Bridgework's performance targets, measured against a
//! peer in the same run. A developer's tool, kept out of the `bridgework`
//! command people use; `./scripts/bench-peers` runs it (release build) and
//! then python-igraph on the same person networks.
//!
//! Timings are medians of several runs, each on a fresh copy of the large
//! map, in this process (the peer, the sqlite3 shell, runs as its own
//! process, whose start-up of a few milliseconds is counted against it).
//!
//! Each group of steps is a [`Section`] in its own module: it times its steps
//! once per run and reports medians that serialise flat into the JSON
//! document (docs/bench.md) and rows of the printed table. To time something
//! new, add a module with a `Section` and list it in [`BenchReport`] and
//! [`run`].

mod analyses;
mod canvas;
mod data_page;
mod erasure;
mod exports;
mod fixture;
mod import;
mod reports;
mod table;
mod timing;

use clap::Parser;
use fixture::Fixture;
use serde::Serialize;
use std::path::Path;
use std::process::ExitCode;
use table::Table;

/// Whatever a bench step can fail with; the bench only reports it.
pub type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// Measure import, opening, the analyses and the desktop app's backend at
/// scale, the import against the sqlite3 shell.
///
/// Generates a synthetic map (default 100,000 people, about 700,000 ties),
/// writes it as CSV, then times: the sqlite3 shell's `.import` of ties.csv
/// into a plain table; `bridgework import` of all the CSV files into a new
/// map; opening that map and building the person graph; opening it and
/// computing the complete weak-link report; one counterpart query on the map
/// already loaded and read as of the day; Leiden communities (seed 0,
/// weighted by strength) on that map's person network; exact betweenness on a
/// second, smaller synthetic map (default 10,000 people). The two analyses
/// are timed on a person network already built, as a peer such as igraph
/// would be timed on a graph already loaded. The desktop map's backend is
/// timed too: opening the large map for the canvas and drawing it at
/// organisation level, opening its largest organisation, and drawing every
/// person of the smaller map; and the Data page's searches, sorts, an edit
/// and its undo on the large map; and the exports: the large map's
/// organisation-level picture as SVG and PDF, its person-level GraphML and
/// its .xlsx workbook, and every format of the demo map; and the board pack
/// report of the demo map (PDF and HTML) and of the large map (PDF). Build with
/// `--release` for meaningful figures.
#[derive(Debug, Parser)]
#[command(name = "bridgework-bench", max_term_width = 100)]
pub struct Args {
    #[arg(long, default_value_t = 100_000)]
    people: usize,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// How many times to run each step; the median is reported.
    #[arg(long, default_value_t = 3)]
    runs: usize,
    /// People in the map exact betweenness, the layout of everyone and the
    /// canvas with everyone drawn are timed on.
    #[arg(long, default_value_t = 10_000)]
    betweenness_people: usize,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

/// How the results are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// A Markdown table, to read or to paste into the README.
    Table,
    /// One JSON document (docs/bench.md).
    Json,
}

/// A group of timed steps, in its own module.
pub trait Section {
    type Report: Serialize + TableRows;

    /// Times the steps once. `map` is this run's fresh copy of the large map,
    /// which the first section ([`import`]) makes.
    fn time(&mut self, fixture: &Fixture, map: &Path) -> Result<()>;

    /// The medians of every run, and the sizes measured.
    fn report(&self, fixture: &Fixture) -> Self::Report;
}

/// A section's rows of the printed table.
pub trait TableRows {
    fn rows(&self, fixture: &Fixture, table: &mut Table);
}

/// The JSON document: the sizes, then each section's fields, flat.
#[derive(Debug, Serialize)]
struct BenchReport {
    people: usize,
    ties: usize,
    ties_csv_bytes: u64,
    runs: usize,
    #[serde(flatten)]
    import: import::Report,
    #[serde(flatten)]
    analyses: analyses::Report,
    #[serde(flatten)]
    canvas: canvas::Report,
    #[serde(flatten)]
    data_page: data_page::Report,
    #[serde(flatten)]
    exports: exports::Report,
    #[serde(flatten)]
    reports: reports::Report,
    #[serde(flatten)]
    erasure: erasure::Report,
}

fn main() -> ExitCode {
    match run(Args::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: Args) -> Result<()> {
    let fixture = Fixture::new(&args)?;
    let mut import = import::Timings::new();
    let mut analyses = analyses::Timings::default();
    let mut canvas = canvas::Timings::default();
    let mut data_page = data_page::Timings::default();
    let mut exports = exports::Timings::default();
    let mut reports = reports::Timings::default();
    let mut erasure = erasure::Timings::default();
    let runs = args.runs.max(1);
    for run in 0..runs {
        eprintln!("Run {} of {runs}…", run + 1);
        let map = fixture.path(&format!("map{run}.bwmap"));
        // Each section says when it starts, so a run that fails or is
        // killed (out of memory, say) shows where.
        eprintln!("  import…");
        import.time(&fixture, &map)?;
        eprintln!("  analyses…");
        analyses.time(&fixture, &map)?;
        eprintln!("  canvas…");
        canvas.time(&fixture, &map)?;
        eprintln!("  data page…");
        data_page.time(&fixture, &map)?;
        eprintln!("  exports…");
        exports.time(&fixture, &map)?;
        eprintln!("  reports…");
        reports.time(&fixture, &map)?;
        // Last: it adds snapshots to the map and erases someone from it.
        erasure.time(&fixture, &map)?;
    }
    let report = BenchReport {
        people: fixture.people,
        ties: fixture.ties,
        ties_csv_bytes: fixture.ties_csv_bytes,
        runs,
        import: import.report(&fixture),
        analyses: analyses.report(&fixture),
        canvas: canvas.report(&fixture),
        data_page: data_page.report(&fixture),
        exports: exports.report(&fixture),
        reports: reports.report(&fixture),
        erasure: erasure.report(&fixture),
    };
    match args.format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&report)?),
        Format::Table => {
            println!(
                "{} people, {} ties (ties.csv {:.1} MB); median of {runs} runs\n",
                report.people,
                report.ties,
                report.ties_csv_bytes as f64 / 1e6,
            );
            let mut table = Table::default();
            report.import.rows(&fixture, &mut table);
            report.analyses.rows(&fixture, &mut table);
            report.canvas.rows(&fixture, &mut table);
            report.data_page.rows(&fixture, &mut table);
            report.exports.rows(&fixture, &mut table);
            report.reports.rows(&fixture, &mut table);
            report.erasure.rows(&fixture, &mut table);
            table.print();
        }
    }
    Ok(())
}
