//! `bridgework communities`: the groups people actually work in, set against
//! the organisations they belong to.

use super::brokers::{PERSON_COLUMNS, PeopleArgs, TABLE_TOP, person_cells, short};
use super::weak_links::AnalysisArgs;
use crate::output::{ReportArgs, ReportFormat, print_json, print_table};
use bridgework_api::{CommunitiesRequest, CommunitiesView, MemberView, Result};
use std::path::PathBuf;

/// Find communities: groups of people more tied to each other than to
/// everyone else, whatever organisation they work for, and see how they cut
/// across organisation boundaries.
///
/// A community spanning several organisations is a working group across the
/// boundary; an organisation whose people fall into many communities may be
/// working in silos. Stronger ties count for more.
///
/// The report gives:
///   modularity     how clear-cut the communities are (above about 0.3:
///                  clearly more ties inside communities than chance).
///   NMI, adjusted Rand
///                  how closely communities follow organisations: 1 when
///                  each community is exactly one organisation, near 0 when
///                  they are unrelated.
///
/// The search makes random choices: the same --seed on the same map always
/// gives the same communities; another seed may give a slightly different,
/// equally good answer. CSV and JSON give every person's community.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The map file.
    file: PathBuf,
    #[command(flatten)]
    people: PeopleArgs,
    /// Seeds the search's random choices, so that results repeat.
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// Above 1 finds more, smaller communities; below 1 fewer, larger ones.
    #[arg(long, default_value_t = 1.0)]
    resolution: f64,
    /// List at most N communities and people in a table (default 20).
    #[arg(long, value_name = "N")]
    top: Option<usize>,
    #[command(flatten)]
    analysis: AnalysisArgs,
    #[command(flatten)]
    output: ReportArgs,
}

pub fn run(args: Args) -> Result<()> {
    let format = args.output.format();
    let filtered = args.people.is_set();
    let base = args.analysis.request();
    let mut request = CommunitiesRequest::new(base.as_of);
    request.strength = base.strength;
    request.filter = args.people.filter();
    request.seed = args.seed;
    request.resolution = args.resolution;
    let report = bridgework_api::communities_report(&args.file, &request)?;
    match format {
        ReportFormat::Json => print_json(&report),
        ReportFormat::Csv => print_csv(&report.people)?,
        ReportFormat::Table => print_report(&report, args.top.unwrap_or(TABLE_TOP), filtered),
    }
    Ok(())
}

fn percent(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

fn print_report(report: &CommunitiesView, top: usize, filtered: bool) {
    println!(
        "Communities, as of {}: {} communities among {} people in post (seed {}, resolution {}).",
        report.as_of, report.community_count, report.people_in_post, report.seed, report.resolution
    );
    match report.modularity {
        Some(q) => println!("Modularity {q:.3} (above about 0.3: clear communities)."),
        None => println!("Nobody has a tie, so there are no communities to find."),
    }
    println!(
        "Against organisations: NMI {:.2}, adjusted Rand {:.2} (1: communities are the organisations; 0: unrelated).",
        report.nmi, report.adjusted_rand
    );

    let (groups, alone): (Vec<_>, Vec<_>) = report.communities.iter().partition(|c| c.size > 1);
    println!("\nCommunities, largest first ({} of {}):", groups.len().min(top), groups.len());
    // Written out rather than with `print_table`, which right-aligns every
    // column after the first: the organisation mix is text.
    println!("{:>9}  {:>6}  {:>11}  organisations, most first", "community", "people", "largest org");
    for c in groups.iter().take(top) {
        let mut mix: Vec<String> = c
            .organisations
            .iter()
            .take(3)
            .map(|o| format!("{} {}", short(&o.organisation.name, 30), o.people))
            .collect();
        if c.organisations.len() > 3 {
            mix.push(format!("+{} more", c.organisations.len() - 3));
        }
        println!("{:>9}  {:>6}  {:>11}  {}", c.community, c.size, percent(c.dominant_share), mix.join(", "));
    }
    if !alone.is_empty() {
        println!("{} people have no ties and are each a community of their own.", alone.len());
    }

    println!("\nHow each organisation's people fall into communities:");
    println!("{:<40}  {:>6}  {:>10}  communities, most first", "organisation", "people", "in largest");
    for o in &report.organisations {
        let mut split: Vec<String> =
            o.communities.iter().take(4).map(|c| format!("#{} {}", c.community, c.people)).collect();
        if o.communities.len() > 4 {
            split.push(format!("+{} more", o.communities.len() - 4));
        }
        let name = short(&o.organisation.name, 40);
        println!("{name:<40}  {:>6}  {:>10}  {}", o.people, percent(o.dominant_share), split.join(", "));
    }

    if filtered {
        println!("\nPeople matching the filter ({} of {}):", report.people.len().min(top), report.people.len());
        let rows: Vec<Vec<String>> = report
            .people
            .iter()
            .take(top)
            .map(|m| {
                let who = match &m.team {
                    Some(team) => format!("{} ({})", m.person.name, team.name),
                    None => m.person.name.clone(),
                };
                vec![short(&who, 60), m.level.map_or("-", |l| l.as_str()).to_string(), m.community.to_string()]
            })
            .collect();
        print_table(&["person (team)", "level", "community"], &rows);
    } else {
        println!("\nEvery person's community: --format csv or --format json.");
    }
}

fn print_csv(people: &[MemberView]) -> Result<()> {
    let mut out = crate::output::csv_out();
    let fail = |e: csv::Error| super::io_error(e);
    out.write_record(PERSON_COLUMNS.into_iter().chain(["community"])).map_err(fail)?;
    for m in people {
        let who = person_cells(&m.person, &m.organisation, &m.team, m.level);
        let community = m.community.to_string();
        out.write_record(who.into_iter().chain([community.as_str()])).map_err(fail)?;
    }
    out.flush().map_err(super::io_error)?;
    Ok(())
}
