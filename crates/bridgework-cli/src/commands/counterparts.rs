//! `bridgework counterparts`: who in a partner organisation does my kind of
//! work, and who could introduce me.

use super::brokers::parse_level;
use super::weak_links::AnalysisArgs;
use crate::output::{ReportArgs, ReportFormat, print_json};
use bridgework_api::{
    CounterpartView, CounterpartsRequest, CounterpartsView, Level, Result, SeekerRequest, SeekerView,
};
use std::path::PathBuf;

/// Find your counterparts in a partner organisation: the people there whose
/// work is most like yours, with the reasons and who could introduce you.
///
/// Give yourself as a person of the map (--person, your id in the
/// spreadsheet), or type a role (--role "discharge coordinator", with --level
/// if you like) when you are not on the map. Each person in post in the
/// organisation gets a score from 0 to 1, from:
///   work        how much their role and their team's functions share words
///               with yours (rare words count for more than common ones);
///   keywords    how many of the --keywords their role, team functions or
///               team name mention (only when you give keywords);
///   level       1 at your level, 0.5 one level above or below;
///   partner     1 when their team is a declared partner of yours.
/// Someone you already know (a direct tie) stays on the list at half score.
///
/// For each, the strongest chain of at most three people from you to them
/// (each tie's strength multiplied along the chain) names who could
/// introduce you. A typed role has no ties, so no introductions.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The map file.
    file: PathBuf,
    /// You, by your id in the spreadsheet.
    #[arg(long, required_unless_present = "role", conflicts_with = "role")]
    person: Option<String>,
    /// A role to look for counterparts of, when you are not on the map.
    #[arg(long)]
    role: Option<String>,
    /// With --role: your level (board, executive, senior, middle, frontline).
    #[arg(long, value_parser = parse_level, requires = "role")]
    level: Option<Level>,
    /// The partner organisation to look in (its id in the spreadsheet).
    #[arg(long = "org", visible_alias = "organisation")]
    organisation: String,
    /// Words the work should involve, e.g. "falls frailty".
    #[arg(long, default_value = "")]
    keywords: String,
    /// How many people to list.
    #[arg(long, value_name = "N", default_value_t = 10)]
    top: usize,
    #[command(flatten)]
    analysis: AnalysisArgs,
    #[command(flatten)]
    output: ReportArgs,
}

pub fn run(args: Args) -> Result<()> {
    let base = args.analysis.request();
    let seeker = match (args.person, args.role) {
        (Some(id), _) => SeekerRequest::Person(id),
        (None, Some(role)) => SeekerRequest::Role { role, level: args.level },
        (None, None) => unreachable!("clap requires --person or --role"),
    };
    let mut request = CounterpartsRequest::new(base.as_of, seeker, args.organisation);
    request.strength = base.strength;
    request.keywords = args.keywords;
    request.top = args.top;
    let view = bridgework_api::find_counterparts(&args.file, &request)?;
    match args.output.format() {
        ReportFormat::Csv => return print_csv(&view.counterparts),
        ReportFormat::Json => print_json(&view),
        ReportFormat::Table => print_view(&view),
    }
    Ok(())
}

fn print_view(view: &CounterpartsView) {
    let seeker = match &view.seeker {
        SeekerView::Person { person, team, role, level } => {
            let about: Vec<String> =
                [role.clone(), level.map(|l| l.to_string()), team.as_ref().map(|t| t.name.clone())]
                    .into_iter()
                    .flatten()
                    .collect();
            if about.is_empty() { person.name.clone() } else { format!("{} ({})", person.name, about.join(", ")) }
        }
        SeekerView::Role { role, level } => match level {
            Some(level) => format!("\"{role}\" ({level})"),
            None => format!("\"{role}\""),
        },
    };
    println!(
        "Counterparts for {seeker} in {}: the best {} of {} people, as of {}\n",
        view.organisation.name,
        view.counterparts.len(),
        view.considered,
        view.as_of
    );
    for c in &view.counterparts {
        let about: Vec<String> =
            [c.role.clone(), c.level.map(|l| l.to_string()), Some(c.team.name.clone())].into_iter().flatten().collect();
        println!("{:>2}. {} ({})  score {:.2}", c.rank, c.person.name, about.join(", "), c.score);
        if !c.reasons.is_empty() {
            println!("    {}", c.reasons.join("; "));
        }
        match &c.introduction {
            Some(intro) if !c.already_known => {
                let path: Vec<&str> = intro.path.iter().map(|p| p.name.as_str()).collect();
                println!("    via {} (strength {:.2}). {}", path.join(" → "), intro.strength, c.advice);
            }
            None if matches!(view.seeker, SeekerView::Person { .. }) => {
                println!("    nobody you know knows them within three introductions");
            }
            _ => {}
        }
        println!();
    }
    if view.counterparts.is_empty() {
        println!("Nobody in post in {}.", view.organisation.name);
    }
}

fn print_csv(counterparts: &[CounterpartView]) -> Result<()> {
    let mut out = crate::output::csv_out();
    let fail = |e: csv::Error| super::io_error(e);
    out.write_record([
        "rank",
        "person_id",
        "person_name",
        "team_id",
        "team_name",
        "role",
        "level",
        "score",
        "already_known",
        "reasons",
        "introduction",
        "introduction_strength",
        "introducers",
        "advice",
    ])
    .map_err(fail)?;
    for c in counterparts {
        let ids = |people: &[bridgework_api::PersonRef]| -> String {
            people.iter().map(|p| p.id.as_str()).collect::<Vec<_>>().join(";")
        };
        let row: [&str; 14] = [
            &c.rank.to_string(),
            &c.person.id,
            &c.person.name,
            &c.team.id,
            &c.team.name,
            c.role.as_deref().unwrap_or(""),
            c.level.map(|l| l.as_str()).unwrap_or(""),
            &format!("{:.3}", c.score),
            if c.already_known { "yes" } else { "no" },
            &c.reasons.join("; "),
            &c.introduction.as_ref().map(|i| ids(&i.path)).unwrap_or_default(),
            &c.introduction.as_ref().map(|i| format!("{:.3}", i.strength)).unwrap_or_default(),
            &ids(&c.introducers),
            &c.advice,
        ];
        out.write_record(row).map_err(fail)?;
    }
    out.flush().map_err(super::io_error)?;
    Ok(())
}
