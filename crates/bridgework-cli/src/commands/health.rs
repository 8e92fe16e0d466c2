//! `bridgework health`: what to fix so the map is accurate, timely and complete.

use super::parse_day;
use crate::output::{ReportArgs, ReportFormat, print_json};
use bridgework_api::{CheckView, Date, HealthCheck, HealthView, RecordRef, Result, today};
use std::path::PathBuf;

/// Check the map's data: a checklist of what is missing, out of date or
/// entered twice, with how many records and which.
///
/// Checks: people in post without a team, a level or a role; ties without a
/// strength or a date of last contact; ties not confirmed for over a year
/// (last contact more than 365 days ago); organisations, and teams named in a
/// partner link, with no ties to anyone in another organisation; likely
/// duplicate people (the same email address, or in one organisation similar
/// names with the same team or job).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The map file.
    file: PathBuf,
    /// The day to check the map as of (YYYY-MM-DD; default today).
    #[arg(long, value_parser = parse_day)]
    as_of: Option<Date>,
    /// List at most N records for each check (the counts are always complete).
    #[arg(long, value_name = "N", default_value_t = 10)]
    limit: usize,
    #[command(flatten)]
    output: ReportArgs,
}

pub fn run(args: Args) -> Result<()> {
    let view = bridgework_api::health_report(&args.file, args.as_of.unwrap_or_else(today), args.limit)?;
    match args.output.format() {
        ReportFormat::Csv => return print_csv(&view),
        ReportFormat::Json => print_json(&view),
        ReportFormat::Table => print_view(&view),
    }
    Ok(())
}

fn print_view(view: &HealthView) {
    let failed = view.checks.iter().filter(|c| !c.passed).count();
    println!("Data health as of {}: {} of {} checks pass\n", view.as_of, view.checks.len() - failed, view.checks.len());
    for check in &view.checks {
        let mark = if check.passed { "ok" } else { "!!" };
        println!("[{mark}] {:<52} {:>6}", check.label, check.count);
        if check.passed {
            continue;
        }
        println!("     to fix: {}", check.fix);
        // Duplicates are listed as pairs, with why.
        let duplicates = check.check == HealthCheck::LikelyDuplicatePeople;
        if duplicates {
            for d in &view.duplicates {
                println!("     {} ({}) and {} ({}): {}", d.a.name, d.a.id, d.b.name, d.b.id, d.explanation);
            }
        } else {
            for record in &check.records {
                println!("     {}", describe(record));
            }
        }
        let listed = if duplicates { view.duplicates.len() } else { check.records.len() };
        if check.count > listed {
            println!("     … and more (--limit to list more)");
        }
    }
}

/// A record as a person finds it in their spreadsheet.
fn describe(record: &RecordRef) -> String {
    match record {
        RecordRef::Person(p) => format!("{} ({})", p.name, p.id),
        RecordRef::Tie(t) => {
            let last = t.last_contact.map(|d| format!(", last contact {d}")).unwrap_or_default();
            format!(
                "{} ({}) – {} ({}), {}{last}",
                t.person_a.name, t.person_a.id, t.person_b.name, t.person_b.id, t.kind
            )
        }
        RecordRef::Group(g) => match &g.organisation {
            Some(org) => format!("{} ({}), {}", g.name, g.id, org.name),
            None => format!("{} ({})", g.name, g.id),
        },
    }
}

fn print_csv(view: &HealthView) -> Result<()> {
    let mut out = crate::output::csv_out();
    let fail = |e: csv::Error| super::io_error(e);
    out.write_record(["check", "table", "id", "name", "other_id", "other_name", "detail"]).map_err(fail)?;
    for check in view.checks.iter().filter(|c| c.check != HealthCheck::LikelyDuplicatePeople) {
        for record in &check.records {
            let row = row(check, record);
            out.write_record(&row).map_err(fail)?;
        }
    }
    for d in &view.duplicates {
        out.write_record([
            HealthCheck::LikelyDuplicatePeople.as_str(),
            "people",
            &d.a.id,
            &d.a.name,
            &d.b.id,
            &d.b.name,
            &d.explanation,
        ])
        .map_err(fail)?;
    }
    out.flush().map_err(super::io_error)?;
    Ok(())
}

fn row(check: &CheckView, record: &RecordRef) -> Vec<String> {
    let name = check.check.as_str().to_string();
    let table = check.table.name().to_string();
    match record {
        RecordRef::Person(p) => {
            vec![name, table, p.id.clone(), p.name.clone(), String::new(), String::new(), String::new()]
        }
        RecordRef::Tie(t) => vec![
            name,
            table,
            t.person_a.id.clone(),
            t.person_a.name.clone(),
            t.person_b.id.clone(),
            t.person_b.name.clone(),
            t.last_contact
                .map(|d| format!("{} tie, last contact {d}", t.kind))
                .unwrap_or_else(|| format!("{} tie", t.kind)),
        ],
        RecordRef::Group(g) => {
            vec![name, table, g.id.clone(), g.name.clone(), String::new(), String::new(), String::new()]
        }
    }
}
