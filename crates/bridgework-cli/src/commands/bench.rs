//! `bridgework bench`: the foundation's performance targets, measured against a
//! peer in the same run.
//!
//! Timings are medians of several runs, each on a fresh copy, in this process
//! (the peer, the sqlite3 shell, runs as its own process, whose start-up of a
//! few milliseconds is counted against it).

use super::io_error;
use crate::output::{Format, print_json, print_table};
use bridgework_api::{
    ApiError, CellInput, CounterpartsRequest, DataTable, ErrorCode, MapSession, RecordInput, Result, RowsRequest,
    SceneRequest, SeekerRequest, Synthetic, WeakLinksRequest, today,
};
use bridgework_core::brokerage::{BetweennessOptions, betweenness};
use bridgework_core::communities::{LeidenOptions, leiden};
use bridgework_core::layout::{LayoutLevel, LayoutRequest, layout};
use bridgework_core::{Map, Network, PersonGraph, PersonNetwork, Silent, StrengthModel};
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
/// computing the complete weak-link report; one counterpart query on the map
/// already loaded and read as of the day; Leiden communities (seed 0,
/// weighted by strength) on that map's person network; exact betweenness on a
/// second, smaller synthetic map (default 10,000 people). The two analyses
/// are timed on a person network already built, as a peer such as igraph
/// would be timed on a graph already loaded. The desktop map's backend is
/// timed too: opening the large map for the canvas and drawing it at
/// organisation level, opening its largest organisation, and drawing every
/// person of the smaller map. Build with `--release` for meaningful figures.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long, default_value_t = 100_000)]
    people: usize,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// How many times to run each step; the median is reported.
    #[arg(long, default_value_t = 3)]
    runs: usize,
    /// People in the map exact betweenness is timed on.
    #[arg(long, default_value_t = 10_000)]
    betweenness_people: usize,
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
    /// Median seconds of one counterpart query (the first person in post,
    /// in the largest other organisation) on the map already loaded, as the
    /// app runs it: target under 0.1.
    counterparts_seconds: f64,
    /// How many people that query scored.
    counterpart_candidates: usize,
    /// Median seconds of Leiden (seed 0, weighted by strength, igraph's two
    /// passes) on the map's person network, all `people`.
    leiden_seconds: f64,
    communities: usize,
    modularity: f64,
    /// People in post in the smaller map exact betweenness is timed on.
    betweenness_people: usize,
    betweenness_tied_pairs: usize,
    /// Median seconds of exact (unweighted) betweenness on it, on all cores.
    exact_betweenness_seconds: f64,
    /// Median seconds of laying out every person of that smaller map, as the
    /// map view does (target under 3 s).
    layout_seconds: f64,
    /// Median seconds from opening the large map for the canvas (load, check,
    /// network, weak links) to its organisation-level scene.
    map_open_seconds: f64,
    /// Median seconds of the scene with the large map's largest organisation
    /// opened into its teams, layout not yet cached (target under 1 s).
    map_drill_seconds: f64,
    /// Nodes and edges of that scene.
    map_drill_nodes: usize,
    map_drill_edges: usize,
    /// Median seconds from opening the smaller map to the scene with every
    /// organisation and team open: every person drawn.
    map_everyone_seconds: f64,
    map_everyone_nodes: usize,
    map_everyone_edges: usize,
    /// Median seconds of one page of the Data page's people table on the
    /// large map, searched for a surname and sorted by name.
    data_search_seconds: f64,
    data_search_matched: u32,
    /// Median seconds of the first page of the whole people table sorted by
    /// name (every row described and compared).
    data_sort_seconds: f64,
    /// Median seconds of one page of the ties table searched for the same
    /// surname (the ties of everyone who has it).
    data_tie_search_seconds: f64,
    data_tie_search_matched: u32,
    /// Median seconds of saving one edited person on the large map (read,
    /// check every rule, write, log for undo), and of undoing it; the app
    /// then shows the map written (`data_show_edit_seconds`).
    data_edit_seconds: f64,
    data_undo_seconds: f64,
    /// Median seconds of making the app's new session from the map the edit
    /// wrote (network, weak links, layout; the records are not read again).
    data_show_edit_seconds: f64,
}

pub fn run(args: Args) -> Result<()> {
    let scratch = tempfile::tempdir().map_err(io_error)?;
    let csv = scratch.path().join("csv");
    let synthetic = Synthetic { people: args.people, seed: args.seed, as_of: today() };
    eprintln!("Generating {} people as CSV…", args.people);
    let info = bridgework_api::write_demo(&csv, Some(&synthetic), synthetic.as_of, bridgework_api::DemoFormat::Csv)?;
    let ties_csv = csv.join("ties.csv");
    let ties_csv_bytes = std::fs::metadata(&ties_csv).map_err(io_error)?.len();

    let small = Synthetic { people: args.betweenness_people, seed: args.seed, as_of: synthetic.as_of };
    let small = Map::new(small.records()).map_err(|problems| {
        ApiError::new(ErrorCode::InvalidInput, format!("the generated map breaks a rule: {}", problems[0]))
    })?;
    let small_net = Network::new(&small, synthetic.as_of, StrengthModel::default());
    let small_people = PersonNetwork::new(&small_net);

    let small_file = scratch.path().join("small.bwmap");
    bridgework_api::create_synthetic_map(&small_file, &Synthetic { people: args.betweenness_people, ..synthetic })?;

    let sqlite3 = which_sqlite3();
    let mut peer = Vec::new();
    let mut ours = Vec::new();
    let mut open = Vec::new();
    let mut report = Vec::new();
    let mut pairs = (0, 0);
    let mut counterpart_times = Vec::new();
    let mut candidates = 0;
    let mut leiden_times = Vec::new();
    let mut found = (0, f64::NAN);
    let mut betweenness_times = Vec::new();
    let mut layout_times = Vec::new();
    let mut canvas = Canvas::default();
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

        let opened = bridgework_api::open_map(&map)?;
        let net = Network::new(&opened, synthetic.as_of, StrengthModel::default());
        let request = counterpart_request(&opened, synthetic.as_of);
        let start = Instant::now();
        candidates = bridgework_api::counterparts_in(&net, &request)?.considered;
        counterpart_times.push(start.elapsed());
        let people = PersonNetwork::new(&net);
        let start = Instant::now();
        let partition = leiden(&people.graph, LeidenOptions::default());
        leiden_times.push(start.elapsed());
        found = (partition.community_count(), partition.modularity);

        let start = Instant::now();
        betweenness(&small_people.graph, BetweennessOptions { exact: true, ..BetweennessOptions::default() });
        betweenness_times.push(start.elapsed());

        let start = Instant::now();
        let pinned = std::collections::HashMap::new();
        layout(&small_net, &LayoutRequest { level: LayoutLevel::AllPeople, pinned: &pinned });
        layout_times.push(start.elapsed());

        canvas.time(&map, &small_file, synthetic.as_of)?;
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
        counterparts_seconds: median(&mut counterpart_times),
        counterpart_candidates: candidates,
        leiden_seconds: median(&mut leiden_times),
        communities: found.0,
        modularity: found.1,
        betweenness_people: small_people.graph.node_count(),
        betweenness_tied_pairs: small_people.graph.edge_count(),
        exact_betweenness_seconds: median(&mut betweenness_times),
        layout_seconds: median(&mut layout_times),
        map_open_seconds: median(&mut canvas.open),
        map_drill_seconds: median(&mut canvas.drill),
        map_drill_nodes: canvas.drill_size.0,
        map_drill_edges: canvas.drill_size.1,
        map_everyone_seconds: median(&mut canvas.everyone),
        map_everyone_nodes: canvas.everyone_size.0,
        map_everyone_edges: canvas.everyone_size.1,
        data_search_seconds: median(&mut canvas.search),
        data_search_matched: canvas.search_matched,
        data_sort_seconds: median(&mut canvas.sort),
        data_tie_search_seconds: median(&mut canvas.tie_search),
        data_tie_search_matched: canvas.tie_search_matched,
        data_edit_seconds: median(&mut canvas.edit),
        data_undo_seconds: median(&mut canvas.undo),
        data_show_edit_seconds: median(&mut canvas.show_edit),
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
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut row = |step: String, time: String, against: String| rows.push(vec![step, time, against]);
    let seconds = |s: f64| format!("{s:.3} s");
    let target = |t: &str| t.to_string();
    match report.sqlite3_import_seconds {
        Some(peer) => row("sqlite3 .import ties.csv (plain table)".into(), seconds(peer), target("peer")),
        None => row("sqlite3 .import ties.csv".into(), "skipped".into(), target("sqlite3 not found")),
    }
    row(
        "bridgework import (all tables, new map)".into(),
        seconds(report.bridgework_import_seconds),
        report.import_ratio.map(|r| format!("{r:.2}× peer (target ≤ 1.5×)")).unwrap_or_default(),
    );
    row("open map + build person graph".into(), seconds(report.open_and_graph_seconds), target("target < 1 s"));
    row(
        format!("weak-link report ({} team, {} organisation pairs)", report.team_pairs, report.organisation_pairs),
        seconds(report.weak_links_seconds),
        target("target < 2 s"),
    );
    row(
        format!("one counterpart query ({} people scored)", report.counterpart_candidates),
        seconds(report.counterparts_seconds),
        target("target < 0.1 s"),
    );
    row(
        format!("Leiden communities ({}, modularity {:.4})", report.communities, report.modularity),
        seconds(report.leiden_seconds),
        target("compare python-igraph"),
    );
    row(
        format!(
            "exact betweenness ({} people, {} tied pairs)",
            report.betweenness_people, report.betweenness_tied_pairs
        ),
        seconds(report.exact_betweenness_seconds),
        target("compare python-igraph"),
    );
    row(
        format!("layout of every person ({} people)", report.betweenness_people),
        seconds(report.layout_seconds),
        target("target < 3 s"),
    );
    row(
        format!("map canvas: open at organisation level ({} people)", report.people),
        seconds(report.map_open_seconds),
        target("target < 5 s with rendering"),
    );
    row(
        format!(
            "map canvas: open the largest organisation ({} nodes, {} edges)",
            report.map_drill_nodes, report.map_drill_edges
        ),
        seconds(report.map_drill_seconds),
        target("target < 1 s"),
    );
    row(
        format!(
            "map canvas: everyone of {} people ({} nodes, {} edges)",
            report.betweenness_people, report.map_everyone_nodes, report.map_everyone_edges
        ),
        seconds(report.map_everyone_seconds),
        target("target < 5 s with rendering"),
    );
    row(
        format!("data page: search people, sorted ({} of {} people)", report.data_search_matched, report.people),
        seconds(report.data_search_seconds),
        target("target < 0.1 s"),
    );
    row(
        format!("data page: every person sorted by name ({} people)", report.people),
        seconds(report.data_sort_seconds),
        target("target < 1 s"),
    );
    row(
        format!("data page: search ties ({} of {} ties)", report.data_tie_search_matched, report.ties),
        seconds(report.data_tie_search_seconds),
        target("target < 1 s"),
    );
    row(
        format!("data page: save one edited person ({} people)", report.people),
        seconds(report.data_edit_seconds),
        String::new(),
    );
    row(
        "data page: the map as edited, ready to show".into(),
        seconds(report.data_show_edit_seconds),
        target("after each save or undo"),
    );
    row("data page: undo that edit".into(), seconds(report.data_undo_seconds), String::new());
    print_table(&["step", "time", "against"], &rows);
}

/// Timings of the desktop app's backend (map canvas, data page), one entry per run.
#[derive(Debug, Default)]
struct Canvas {
    search: Vec<Duration>,
    search_matched: u32,
    sort: Vec<Duration>,
    show_edit: Vec<Duration>,
    tie_search: Vec<Duration>,
    tie_search_matched: u32,
    edit: Vec<Duration>,
    undo: Vec<Duration>,
    open: Vec<Duration>,
    drill: Vec<Duration>,
    drill_size: (usize, usize),
    everyone: Vec<Duration>,
    everyone_size: (usize, usize),
}

impl Canvas {
    fn time(&mut self, large: &Path, small: &Path, day: bridgework_api::Date) -> Result<()> {
        let start = Instant::now();
        let session = MapSession::open(large, day, &Silent)?;
        let organisations = session.scene(&SceneRequest::default())?;
        self.open.push(start.elapsed());

        let largest = organisations.nodes.iter().max_by_key(|n| n.people).map(|n| n.id.clone());
        let start = Instant::now();
        let drilled = session
            .scene(&SceneRequest { expanded_organisations: largest.into_iter().collect(), ..Default::default() })?;
        self.drill.push(start.elapsed());
        self.drill_size = (drilled.nodes.len(), drilled.edges.len());
        self.time_data_page(&session, large)?;
        drop(session);

        let start = Instant::now();
        let session = MapSession::open(small, day, &Silent)?;
        let organisations: Vec<String> =
            session.scene(&SceneRequest::default())?.nodes.into_iter().map(|n| n.id).collect();
        let teams =
            session.scene(&SceneRequest { expanded_organisations: organisations.clone(), ..Default::default() })?;
        let everyone = session.scene(&SceneRequest {
            expanded_organisations: organisations,
            expanded_teams: teams.nodes.into_iter().map(|n| n.id).collect(),
            ..Default::default()
        })?;
        self.everyone.push(start.elapsed());
        self.everyone_size = (everyone.nodes.len(), everyone.edges.len());
        Ok(())
    }
}

impl Canvas {
    /// The Data page on the large map: a search, then an edit of the first
    /// person found and its undo.
    fn time_data_page(&mut self, session: &MapSession, path: &Path) -> Result<()> {
        let first = session.rows(&first_page(DataTable::People, "", None, 1))?;
        let row = first.rows.first().ok_or_else(|| ApiError::new(ErrorCode::NotFound, "the map has nobody"))?;
        let surname = row.cells[2].split_whitespace().last().unwrap_or_default().to_string();
        let start = Instant::now();
        let page = session.rows(&first_page(DataTable::People, &surname, Some("name"), 100))?;
        self.search.push(start.elapsed());
        self.search_matched = page.matched;
        let start = Instant::now();
        session.rows(&first_page(DataTable::People, "", Some("name"), 100))?;
        self.sort.push(start.elapsed());
        let start = Instant::now();
        let ties = session.rows(&first_page(DataTable::Ties, &surname, None, 100))?;
        self.tie_search.push(start.elapsed());
        self.tie_search_matched = ties.matched;

        let cells = first
            .columns
            .iter()
            .zip(&row.cells)
            .map(|(column, text)| CellInput {
                column: column.key.clone(),
                text: if column.key == "role" { format!("{text} (acting)") } else { text.clone() },
            })
            .collect();
        let input = RecordInput { table: DataTable::People, key: Some(row.key.clone()), cells };
        let start = Instant::now();
        let written = bridgework_api::save_record(path, &input)?;
        self.edit.push(start.elapsed());
        let start = Instant::now();
        drop(MapSession::from_written(path, written.map, today())?);
        self.show_edit.push(start.elapsed());
        let start = Instant::now();
        bridgework_api::undo(path)?;
        self.undo.push(start.elapsed());
        Ok(())
    }
}

/// The first `limit` rows of `table` matching `search`, sorted by `sort`.
fn first_page(table: DataTable, search: &str, sort: Option<&str>, limit: u32) -> RowsRequest {
    RowsRequest {
        table,
        search: search.to_string(),
        sort: sort.map(str::to_string),
        descending: false,
        offset: 0,
        limit,
    }
}

/// A counterpart query for the first person in post with a team, in the
/// organisation with the most people other than theirs.
fn counterpart_request(map: &Map, day: bridgework_api::Date) -> CounterpartsRequest {
    let people = &map.records().people;
    let seeker = map.current_people(day).find(|&p| map.person_team(p).is_some()).expect("a synthetic map has staff");
    let own = map.person_org(seeker);
    let mut sizes = vec![0usize; map.records().organisations.len()];
    for org in map.current_people(day).filter_map(|p| map.person_org(p)) {
        sizes[org.index()] += 1;
    }
    let largest = (0..sizes.len()).filter(|&o| Some(o) != own.map(|o| o.index())).max_by_key(|&o| sizes[o]);
    let org = &map.records().organisations[largest.expect("a synthetic map has several organisations")];
    CounterpartsRequest::new(day, SeekerRequest::Person(people[seeker.index()].id.clone()), org.id.clone())
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
