//! `bridgework brokers`: who holds the network together, and who keeps to
//! themselves.

use super::weak_links::AnalysisArgs;
use crate::output::{ReportArgs, ReportFormat, print_json, print_table};
use bridgework_api::{
    BrokerView, BrokersRequest, BrokersView, GroupRef, Level, PeopleFilter, PersonRef, Result, TieView,
};
use std::path::PathBuf;

/// Find the people the network depends on, and the groups that keep to
/// themselves.
///
/// For every person in post:
///   betweenness    the share of the shortest routes between other people that
///                  pass through them (0 to 1): high means information between
///                  others flows through them.
///   constraint     near 1 when everyone they know knows each other; low for
///                  someone whose contacts would not otherwise meet.
///   effective size roughly how many separate circles they reach.
///   participation  0 when all their ties stay in one organisation, rising
///                  towards 1 as they spread over several.
///   brokerage      how often they are the go-between for two people who are
///                  not in touch (liaison: between two other organisations).
///
/// Also: the people whose leaving cuts others off ("if X leaves, ..."), the
/// ties across organisations that are the only route between two circles
/// (bridges, and local bridges, whose two people share no contact), and the
/// E-I index of each organisation, team and pair of organisations: from -1
/// (every tie stays inside: a silo) to +1 (every tie goes outside).
///
/// Betweenness is exact up to 20,000 people; beyond, it is estimated from a
/// sample of routes and the report says how far to trust it (--exact to
/// compute it exactly, which takes longer).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The map file.
    file: PathBuf,
    #[command(flatten)]
    people: PeopleArgs,
    /// List at most N people, cut points, bridges and teams (default: 20 in a
    /// table, all in CSV or JSON).
    #[arg(long, value_name = "N")]
    top: Option<usize>,
    /// Compute betweenness exactly however large the map.
    #[arg(long, conflicts_with = "samples")]
    exact: bool,
    /// Estimate betweenness from routes out of N people, even in a small map:
    /// quicker, with the error stated.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(2..))]
    samples: Option<u64>,
    /// Chooses the sample when betweenness is estimated: the same seed gives
    /// the same figures.
    #[arg(long, default_value_t = 0)]
    seed: u64,
    #[command(flatten)]
    analysis: AnalysisArgs,
    #[command(flatten)]
    output: ReportArgs,
}

/// The table length when no --top is given: a screenful.
pub const TABLE_TOP: usize = 20;

/// Reads a level given on the command line, in any spelling the spreadsheet accepts.
pub fn parse_level(text: &str) -> std::result::Result<Level, String> {
    text.parse().map_err(|e: bridgework_api::UnknownValue| e.to_string())
}

/// Which people an analysis lists; every figure is still computed on the
/// whole network.
#[derive(Debug, clap::Args)]
pub struct PeopleArgs {
    /// Only list people in this organisation (its id in the spreadsheet).
    #[arg(long = "org", visible_alias = "organisation")]
    organisation: Option<String>,
    /// Only list people in this team or its sub-teams (its id in the spreadsheet).
    #[arg(long)]
    team: Option<String>,
    /// Only list people at this level: board, executive, senior, middle, frontline.
    #[arg(long, value_parser = parse_level)]
    level: Option<Level>,
}

impl PeopleArgs {
    pub fn filter(self) -> PeopleFilter {
        PeopleFilter { organisation: self.organisation, team: self.team, level: self.level }
    }

    pub fn is_set(&self) -> bool {
        self.organisation.is_some() || self.team.is_some() || self.level.is_some()
    }
}

pub fn run(args: Args) -> Result<()> {
    let format = args.output.format();
    let base = args.analysis.request();
    let mut request = BrokersRequest::new(base.as_of);
    request.strength = base.strength;
    request.filter = args.people.filter();
    request.exact = args.exact;
    request.samples = args.samples.map(|k| k as usize);
    request.seed = args.seed;
    request.top = args.top.or((format == ReportFormat::Table).then_some(TABLE_TOP));
    let report = bridgework_api::brokers_report(&args.file, &request)?;
    match format {
        ReportFormat::Json => print_json(&report),
        ReportFormat::Csv => print_csv(&report.people)?,
        ReportFormat::Table => print_report(&report, request.top.unwrap_or(TABLE_TOP)),
    }
    Ok(())
}

/// A name cut to fit a table column.
pub fn short(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(width - 1).collect();
    cut.push('…');
    cut
}

/// A group's id and name for a CSV row; empty when there is none.
/// The columns that open every per-person CSV row: who, where, at what level.
pub const PERSON_COLUMNS: [&str; 7] =
    ["person_id", "person_name", "organisation_id", "organisation_name", "team_id", "team_name", "level"];

/// A person's cells under [`PERSON_COLUMNS`].
pub fn person_cells<'a>(
    person: &'a PersonRef,
    organisation: &'a Option<GroupRef>,
    team: &'a Option<GroupRef>,
    level: Option<Level>,
) -> [&'a str; 7] {
    let group = |g: &'a Option<GroupRef>| g.as_ref().map_or(["", ""], |g| [g.id.as_str(), g.name.as_str()]);
    let ([organisation_id, organisation_name], [team_id, team_name]) = (group(organisation), group(team));
    let level = level.map_or("", |l| l.as_str());
    [&person.id, &person.name, organisation_id, organisation_name, team_id, team_name, level]
}

fn number(value: Option<f64>, digits: usize) -> String {
    value.map(|v| format!("{v:.digits$}")).unwrap_or_else(|| "-".into())
}

fn signed(value: Option<f64>) -> String {
    value.map(|v| format!("{v:+.2}")).unwrap_or_else(|| "-".into())
}

fn print_report(report: &BrokersView, top: usize) {
    println!(
        "Brokers and silos, as of {}: {} people in post, {} pairs of people tied.",
        report.as_of, report.people_in_post, report.tied_pairs
    );
    let b = &report.betweenness;
    match (b.exact, b.samples, b.std_error) {
        (false, Some(samples), Some(error)) => println!(
            "Betweenness is estimated from routes out of {samples} people (seed {}): each value is within about \
             ±{:.4} (one standard error); --exact computes it exactly.",
            b.seed, error
        ),
        _ => println!("Betweenness is exact."),
    }

    println!(
        "\nPeople by betweenness (the share of shortest routes between others that pass through them), {} of {}:",
        report.people.len(),
        report.people_matching
    );
    let rows: Vec<Vec<String>> = report.people.iter().map(person_row).collect();
    print_table(
        &[
            "person (organisation)",
            "contacts",
            "betweenness",
            "constraint",
            "eff. size",
            "participation",
            "liaison",
            "cuts off",
        ],
        &rows,
    );
    println!(
        "constraint: near 1 when their contacts all know each other. eff. size: separate circles reached.\n\
         participation: 0 all ties in one organisation. liaison: times they link two other organisations."
    );

    println!("\nPeople whose leaving cuts others off ({}):", report.cut_points.len());
    if report.cut_points.is_empty() {
        println!("  Nobody: everyone keeps a route to everyone they can reach now if any one person leaves.");
    }
    for cut in &report.cut_points {
        println!("  {}", cut.sentence);
    }

    println!(
        "\nBridges between organisations: the only route between two circles ({} shown; {} bridges in all, within \
         organisations too):",
        report.bridges.len(),
        report.bridges_total
    );
    report.bridges.iter().for_each(print_tie);
    println!(
        "\nLocal bridges between organisations: the two share no contact, so without the tie the route is \
         SPAN ties long ({} shown; {} in all):",
        report.local_bridges.len(),
        report.local_bridges_total
    );
    report.local_bridges.iter().for_each(print_tie);

    let ei = &report.ei_index;
    println!(
        "\nE-I index: -1 every tie stays inside the group (a silo), +1 every tie goes outside. Overall, between \
         organisations: {} ({} ties inside organisations, {} across).",
        signed(ei.overall.index),
        ei.overall.internal,
        ei.overall.external
    );
    let group_rows = |groups: &[bridgework_api::GroupEi]| -> Vec<Vec<String>> {
        groups
            .iter()
            .take(top)
            .map(|g| {
                vec![
                    short(&g.group.name, 40),
                    g.people.to_string(),
                    g.ei.internal.to_string(),
                    g.ei.external.to_string(),
                    signed(g.ei.index),
                ]
            })
            .collect()
    };
    println!();
    print_table(&["organisation", "people", "ties inside", "ties out", "E-I"], &group_rows(&ei.organisations));
    println!("\nTeams, most inward-looking first ({} of {}):", ei.teams.len().min(top), ei.teams.len());
    print_table(&["team", "people", "ties inside", "ties out", "E-I"], &group_rows(&ei.teams));
    println!("\nPairs of organisations, fewest ties across first (ties inside either against ties between):");
    let pair_rows: Vec<Vec<String>> = ei
        .organisation_pairs
        .iter()
        .take(top)
        .map(|p| {
            vec![
                format!("{} – {}", short(&p.a.name, 30), short(&p.b.name, 30)),
                p.ei.internal.to_string(),
                p.ei.external.to_string(),
                signed(p.ei.index),
            ]
        })
        .collect();
    print_table(&["pair", "ties inside", "ties between", "E-I"], &pair_rows);
}

fn person_row(p: &BrokerView) -> Vec<String> {
    let betweenness = match p.betweenness_std_error {
        Some(error) => format!("{:.4} ±{:.4}", p.betweenness, error),
        None => format!("{:.4}", p.betweenness),
    };
    // The table right-aligns every column after the first, so the
    // organisation shares the person's column.
    let who = match &p.organisation {
        Some(org) => format!("{} ({})", p.person.name, org.name),
        None => p.person.name.clone(),
    };
    vec![
        short(&who, 50),
        p.contacts.to_string(),
        betweenness,
        number(p.constraint, 2),
        number(p.effective_size, 1),
        format!("{:.2}", p.participation),
        p.brokerage.liaison.to_string(),
        p.cuts_off.to_string(),
    ]
}

fn print_tie(tie: &TieView) {
    let side = |name: &str, org: &Option<GroupRef>| match org {
        Some(org) => format!("{name} ({})", org.name),
        None => name.to_string(),
    };
    let span = tie.span.map(|s| format!(", span {s}")).unwrap_or_default();
    println!(
        "  {} – {}: strength {:.2}{span}",
        side(&tie.a.name, &tie.a_organisation),
        side(&tie.b.name, &tie.b_organisation),
        tie.strength
    );
}

fn print_csv(people: &[BrokerView]) -> Result<()> {
    let mut out = crate::output::csv_out();
    let fail = |e: csv::Error| super::io_error(e);
    out.write_record(PERSON_COLUMNS.into_iter().chain([
        "contacts",
        "betweenness",
        "betweenness_std_error",
        "closeness",
        "constraint",
        "effective_size",
        "participation",
        "coordinator",
        "gatekeeper",
        "representative",
        "itinerant",
        "liaison",
        "brokerage_total",
        "cuts_off",
    ]))
    .map_err(fail)?;
    let optional = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
    for p in people {
        let r = &p.brokerage;
        let who = person_cells(&p.person, &p.organisation, &p.team, p.level);
        let figures = [
            p.contacts.to_string(),
            p.betweenness.to_string(),
            optional(p.betweenness_std_error),
            optional(p.closeness),
            optional(p.constraint),
            optional(p.effective_size),
            p.participation.to_string(),
            r.coordinator.to_string(),
            r.gatekeeper.to_string(),
            r.representative.to_string(),
            r.itinerant.to_string(),
            r.liaison.to_string(),
            r.total.to_string(),
            p.cuts_off.to_string(),
        ];
        out.write_record(who.into_iter().chain(figures.iter().map(String::as_str))).map_err(fail)?;
    }
    out.flush().map_err(super::io_error)?;
    Ok(())
}
