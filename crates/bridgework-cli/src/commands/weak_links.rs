//! `bridgework weak-links`: where partnerships hang by a thread.

use super::parse_day;
use crate::output::{ReportArgs, ReportFormat, print_json};
use bridgework_api::{Category, Date, PairView, Result, Scope, StrengthModel, Thresholds, WeakLinksRequest, today};
use std::path::PathBuf;

/// List the links between partner teams and partner organisations, each with a
/// category, the reason in plain words and a suggested action.
///
/// Categories, most urgent first: missing (nobody knows anyone on the other
/// side, not even through one colleague), indirect-only (someone could
/// introduce them), single-point-of-failure (every direct contact goes through
/// one person), stale (no contact for RECENCY days), thin (only two
/// independent relationships, or weak ones), top-heavy (only senior staff know
/// each other), healthy.
///
/// Declared partner links are checked first, then every pair of teams in
/// partnered organisations that has a direct tie (--scope all: every pair of
/// teams across organisations).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The map file.
    file: PathBuf,
    /// Which pairs to show: teams, organisations, or both.
    #[arg(long, value_enum, default_value_t = Pairs::Both)]
    pairs: Pairs,
    /// Only people at this level count on either side (board, executive,
    /// senior, middle, frontline): are the partners in touch at this level?
    #[arg(long, value_parser = super::brokers::parse_level)]
    level: Option<bridgework_api::Level>,
    #[arg(long, value_enum, default_value_t = ScopeArg::Partnered)]
    scope: ScopeArg,
    /// Only pairs involving this organisation (its id in the spreadsheet).
    #[arg(long = "org")]
    organisation: Option<String>,
    /// Only pairs involving this team (its id in the spreadsheet).
    #[arg(long)]
    team: Option<String>,
    /// Only pairs in these categories (repeat, or separate with commas):
    /// missing, indirect-only, single-point-of-failure, stale, thin, top-heavy, healthy.
    #[arg(long, value_delimiter = ',', value_parser = parse_category)]
    category: Vec<Category>,
    #[command(flatten)]
    analysis: AnalysisArgs,
    #[command(flatten)]
    output: ReportArgs,
}

/// Settings every analysis shares.
#[derive(Debug, clap::Args)]
pub struct AnalysisArgs {
    /// The day to analyse the map as of (YYYY-MM-DD; default today). People who
    /// left by then drop out.
    #[arg(long, value_parser = parse_day)]
    as_of: Option<Date>,
    #[command(flatten)]
    pub strength: StrengthArgs,
}

/// How tie strength and staleness are judged.
#[derive(Debug, clap::Args)]
pub struct StrengthArgs {
    /// Days after which an unrenewed tie counts half as strong.
    #[arg(long, default_value_t = 180.0)]
    half_life: f64,
    /// A link with no contact for longer than this many days is stale.
    #[arg(long, default_value_t = 180)]
    recency_days: i64,
}

impl StrengthArgs {
    /// Sets the strength model and the staleness threshold of `request`.
    pub fn apply(&self, strength: &mut StrengthModel, thresholds: &mut Thresholds) {
        strength.half_life_days = self.half_life;
        thresholds.recency_days = self.recency_days;
    }
}

impl AnalysisArgs {
    pub fn request(&self) -> WeakLinksRequest {
        let mut request = WeakLinksRequest::new(self.as_of.unwrap_or_else(today));
        self.strength.apply(&mut request.strength, &mut request.thresholds);
        request
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Pairs {
    Team,
    Organisation,
    Both,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum ScopeArg {
    Declared,
    Partnered,
    All,
}

/// Reads a category by its name, as `--category` gives it.
fn parse_category(text: &str) -> std::result::Result<Category, String> {
    Category::ALL.into_iter().find(|c| c.as_str() == text).ok_or_else(|| {
        let names: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
        format!("\"{text}\" is not a category; expected one of: {}", names.join(", "))
    })
}

pub fn run(args: Args) -> Result<()> {
    let mut request = args.analysis.request();
    request.scope = match args.scope {
        ScopeArg::Declared => Scope::Declared,
        ScopeArg::Partnered => Scope::Partnered,
        ScopeArg::All => Scope::All,
    };
    request.organisation = args.organisation;
    request.team = args.team;
    request.level = args.level;
    let mut report = bridgework_api::weak_links_report(&args.file, &request)?;
    let keep = |p: &PairView| args.category.is_empty() || args.category.contains(&p.category);
    report.team_pairs.retain(|p| args.pairs != Pairs::Organisation && keep(p));
    report.organisation_pairs.retain(|p| args.pairs != Pairs::Team && keep(p));

    match args.output.format() {
        ReportFormat::Csv => return print_csv(&report.team_pairs, &report.organisation_pairs),
        ReportFormat::Json => print_json(&report),
        ReportFormat::Table => {
            if !report.organisation_pairs.is_empty() {
                println!("Organisation pairs ({}), as of {}\n", report.organisation_pairs.len(), report.as_of);
                report.organisation_pairs.iter().for_each(print_pair);
            }
            if !report.team_pairs.is_empty() {
                println!("Team pairs ({}), as of {}\n", report.team_pairs.len(), report.as_of);
                report.team_pairs.iter().for_each(print_pair);
            }
            if report.team_pairs.is_empty() && report.organisation_pairs.is_empty() {
                println!("No pairs match.");
            }
        }
    }
    Ok(())
}

fn side(group: &bridgework_api::GroupRef) -> String {
    match &group.organisation {
        Some(org) => format!("{} ({})", group.name, org.name),
        None => group.name.clone(),
    }
}

fn print_pair(pair: &PairView) {
    let declared = match &pair.partner_link {
        Some(link) => format!("  [partner link{}]", link.reason.as_ref().map(|r| format!(": {r}")).unwrap_or_default()),
        None => String::new(),
    };
    println!("{:<24} {} – {}{declared}", pair.category.as_str().to_uppercase(), side(&pair.a), side(&pair.b));
    println!("  d = {}, {} direct ties, strength {:.2}", pair.redundancy, pair.direct_ties, pair.strength);
    println!("  {}", pair.reason);
    println!("  → {}\n", pair.action);
}

fn print_csv(teams: &[PairView], orgs: &[PairView]) -> Result<()> {
    let mut out = crate::output::csv_out();
    let fail = |e: csv::Error| super::io_error(e);
    out.write_record([
        "level",
        "a_id",
        "a_name",
        "b_id",
        "b_name",
        "partner_link",
        "category",
        "also",
        "redundancy",
        "direct_ties",
        "strength",
        "latest_contact",
        "critical",
        "reason",
        "action",
    ])
    .map_err(fail)?;
    for (level, pairs) in [("team", teams), ("organisation", orgs)] {
        for p in pairs {
            let also: Vec<&str> = p.also.iter().map(|c| c.as_str()).collect();
            let critical: Vec<&str> = p.critical.iter().map(|c| c.id.as_str()).collect();
            out.write_record([
                level,
                &p.a.id,
                &p.a.name,
                &p.b.id,
                &p.b.name,
                if p.partner_link.is_some() { "yes" } else { "no" },
                p.category.as_str(),
                &also.join(";"),
                &p.redundancy.to_string(),
                &p.direct_ties.to_string(),
                &format!("{:.3}", p.strength),
                &p.latest_contact.map(|d| d.to_string()).unwrap_or_default(),
                &critical.join(";"),
                &p.reason,
                &p.action,
            ])
            .map_err(fail)?;
        }
    }
    out.flush().map_err(super::io_error)?;
    Ok(())
}
