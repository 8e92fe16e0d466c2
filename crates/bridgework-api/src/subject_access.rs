//! Everything a map file holds about one person, for their subject-access
//! request: their record, each of their ties with who reported it, their
//! team and organisation in every snapshot, and every history entry that
//! holds their data. As data (JSON) and in plain words (one HTML file with
//! no script and nothing fetched). Nobody else's personal data is in it
//! beyond the names and ids of the people they are tied to.

use crate::erasure::unknown_person;
use crate::export::{Destination, write_file};
use crate::map_file::now;
use crate::{ApiError, ErrorCode, Result};
use bridgework_core::{Person, Records};
use bridgework_export::xml::escaped;
use bridgework_store::{HistoryMention, SnapshotPresence, Store};
use serde::Serialize;
use std::fmt::Write as _;
use std::path::Path;

/// What the map does not record yet, said in every answer so that it is
/// not read as "nothing".
const NOT_RECORDED: &str = "Bridgework does not yet keep a log of the exports and reports written from a map, so \
                            this does not list which of them included this person; ask the map's owner.";

/// Everything the map file holds about one person.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SubjectAccess {
    /// The map's name and file.
    pub map: String,
    pub file: String,
    /// When this was made, RFC 3339 in UTC.
    pub made_at: String,
    pub person_id: String,
    /// Their record in the live map; `None` when it holds them no longer.
    pub record: Option<Person>,
    pub team: Option<String>,
    pub organisation: Option<String>,
    /// Their ties in the live map.
    pub ties: Vec<SubjectTie>,
    /// Their record in each snapshot that holds them, oldest first.
    pub snapshots: Vec<SnapshotPresence>,
    /// Each history entry that holds their data, oldest first.
    pub history: Vec<HistoryMention>,
    pub not_recorded: &'static str,
}

/// One tie of the person, as the live map holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SubjectTie {
    /// The other person, by id and name.
    pub with_id: String,
    pub with_name: String,
    pub kind: String,
    pub strength: Option<u8>,
    pub frequency: Option<String>,
    pub last_contact: Option<String>,
    pub since: Option<String>,
    /// Who or what reported it.
    pub source: Option<String>,
    pub note: Option<String>,
}

/// The two forms of an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SubjectAccessFormat {
    Json,
    Html,
}

impl SubjectAccessFormat {
    /// The format a file name asks for by its extension.
    pub fn of_path(path: &Path) -> Result<SubjectAccessFormat> {
        let extension = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
        match extension.as_deref() {
            Some("json") => Ok(SubjectAccessFormat::Json),
            Some("html" | "htm") => Ok(SubjectAccessFormat::Html),
            Some("pdf") => Err(ApiError::new(
                ErrorCode::InvalidInput,
                format!(
                    "{}: a subject-access answer is not made as a PDF yet; write an .html file and print it to PDF",
                    path.display()
                ),
            )),
            _ => Err(ApiError::new(
                ErrorCode::InvalidInput,
                format!("{}: a subject-access answer is a .json or an .html file; name it so", path.display()),
            )),
        }
    }
}

/// Everything the map at `map_path` holds about the person `person_id`.
/// Never writes. An id the file does not hold is refused with the nearest.
pub fn subject_access(map_path: &Path, person_id: &str) -> Result<SubjectAccess> {
    let store = Store::open_read_only(map_path)?;
    let records = store.load()?;
    let snapshots = store.person_in_snapshots(person_id)?;
    let history = store.history_of_person(person_id)?;
    let record = records.people.iter().find(|p| p.id == person_id).cloned();
    if record.is_none() && snapshots.is_empty() && history.is_empty() {
        return Err(unknown_person(&store, person_id));
    }
    let team =
        record.as_ref().and_then(|p| p.team_id.as_deref()).and_then(|t| records.teams.iter().find(|x| x.id == t));
    let organisation = team.and_then(|t| records.organisations.iter().find(|o| o.id == t.org_id));
    Ok(SubjectAccess {
        map: store.name()?,
        file: map_path.display().to_string(),
        made_at: now(),
        person_id: person_id.to_string(),
        team: team.map(|t| t.name.clone()),
        organisation: organisation.map(|o| o.name.clone()),
        ties: ties_of(&records, person_id),
        record,
        snapshots,
        history,
        not_recorded: NOT_RECORDED,
    })
}

fn ties_of(records: &Records, person_id: &str) -> Vec<SubjectTie> {
    let name_of = |id: &str| records.people.iter().find(|p| p.id == id).map(|p| p.name.clone()).unwrap_or_default();
    records
        .ties
        .iter()
        .filter(|t| t.person_a == person_id || t.person_b == person_id)
        .map(|t| {
            let other = if t.person_a == person_id { &t.person_b } else { &t.person_a };
            SubjectTie {
                with_id: other.clone(),
                with_name: name_of(other),
                kind: t.kind.to_string(),
                strength: t.strength,
                frequency: t.frequency.map(|f| f.to_string()),
                last_contact: t.last_contact.map(|d| d.to_string()),
                since: t.since.map(|d| d.to_string()),
                source: t.source.clone(),
                note: t.note.clone(),
            }
        })
        .collect()
}

/// What was written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SubjectAccessDone {
    pub format: SubjectAccessFormat,
    pub out: String,
    /// What it holds, in a sentence.
    pub summary: String,
}

/// Writes everything the map at `map_path` holds about `person_id` to
/// `to`, whole or not at all, as `format`.
pub fn write_subject_access(
    map_path: &Path,
    person_id: &str,
    format: SubjectAccessFormat,
    to: &Destination,
) -> Result<SubjectAccessDone> {
    let answer = subject_access(map_path, person_id)?;
    let text = match format {
        SubjectAccessFormat::Json => serde_json::to_string_pretty(&answer).expect("the answer serialises"),
        SubjectAccessFormat::Html => to_html(&answer),
    };
    write_file(to, |out| out.write_all(text.as_bytes()))?;
    let summary = format!(
        "{person_id} ({}, {} ties, {} snapshots, {} history entries)",
        if answer.record.is_some() { "their record" } else { "no live record" },
        answer.ties.len(),
        answer.snapshots.len(),
        answer.history.len()
    );
    Ok(SubjectAccessDone { format, out: to.describe(), summary })
}

/// The answer as one HTML file, in plain words.
fn to_html(answer: &SubjectAccess) -> String {
    let t = |text: &str| escaped(text);
    let o = |text: &Option<String>| text.as_deref().map(escaped).unwrap_or_default();
    let mut out = String::new();
    let title = match &answer.record {
        Some(p) => format!("What {} holds about {} ({})", answer.map, p.name, answer.person_id),
        None => format!("What {} holds about {}", answer.map, answer.person_id),
    };
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/><title>{title}</title><style>{STYLE}</style></head><body><h1>{title}</h1>\
         <p class=\"muted\">From the map file {file}, made {made}. This lists everything the file holds about this person.</p>",
        title = t(&title),
        file = t(&answer.file),
        made = t(&answer.made_at)
    );
    out.push_str("<h2>Their record</h2>");
    match &answer.record {
        Some(p) => {
            let rows = [
                ("Id", Some(p.id.clone())),
                ("Name", Some(p.name.clone())),
                ("Role", p.role.clone()),
                ("Level", p.level.map(|l| l.to_string())),
                ("Email", p.email.clone()),
                ("Phone", p.phone.clone()),
                ("Team", answer.team.clone()),
                ("Organisation", answer.organisation.clone()),
                ("Joined", p.joined.map(|d| d.to_string())),
                ("Left", p.left.map(|d| d.to_string())),
                ("Tags", (!p.tags.is_empty()).then(|| p.tags.join(", "))),
            ];
            out.push_str("<table class=\"facts\">");
            for (label, value) in rows {
                let _ = write!(out, "<tr><th>{label}</th><td>{}</td></tr>", o(&value));
            }
            out.push_str("</table>");
        }
        None => out.push_str("<p>The live map no longer holds them; snapshots or the history below still do.</p>"),
    }
    let _ = write!(out, "<h2>Their working relationships ({})</h2>", answer.ties.len());
    if answer.ties.is_empty() {
        out.push_str("<p>None in the live map.</p>");
    } else {
        out.push_str(
            "<table><tr><th>With</th><th>Kind</th><th>Strength</th><th>How often</th><th>Last contact</th>\
             <th>Since</th><th>Reported by</th><th>Note</th></tr>",
        );
        for tie in &answer.ties {
            let _ = write!(
                out,
                "<tr><td>{} ({})</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                t(&tie.with_name),
                t(&tie.with_id),
                t(&tie.kind),
                tie.strength.map(|s| s.to_string()).unwrap_or_default(),
                o(&tie.frequency),
                o(&tie.last_contact),
                o(&tie.since),
                o(&tie.source),
                o(&tie.note)
            );
        }
        out.push_str("</table>");
    }
    let _ = write!(out, "<h2>In the map's snapshots ({})</h2>", answer.snapshots.len());
    if answer.snapshots.is_empty() {
        out.push_str("<p>No snapshot holds them.</p>");
    } else {
        out.push_str(
            "<table><tr><th>Snapshot</th><th>As of</th><th>Name</th><th>Role</th><th>Team</th><th>Organisation</th>\
             <th>Email</th><th>Phone</th><th>Ties</th></tr>",
        );
        for s in &answer.snapshots {
            let _ = write!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td></tr>",
                t(&s.snapshot),
                t(s.as_of.as_deref().unwrap_or(&s.taken_at)),
                t(&s.name),
                o(&s.role),
                o(&s.team),
                o(&s.organisation),
                o(&s.email),
                o(&s.phone),
                s.ties
            );
        }
        out.push_str("</table>");
    }
    let _ = write!(out, "<h2>Changes that involved them ({})</h2>", answer.history.len());
    if answer.history.is_empty() {
        out.push_str("<p>No change in the map's history holds their data.</p>");
    } else {
        out.push_str("<table><tr><th>When</th><th>What</th><th>Their data kept with it</th></tr>");
        for h in &answer.history {
            let kept = [
                (h.before.len(), "record as it was"),
                (h.after.len(), "record as it became"),
                (h.ties_before.len(), "ties as they were"),
                (h.ties_after.len(), "ties as they became"),
            ]
            .into_iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, what)| format!("{n} {what}"))
            .collect::<Vec<_>>()
            .join(", ");
            let _ = write!(out, "<tr><td>{}</td><td>{}</td><td>{}</td></tr>", t(&h.at), t(&h.summary), t(&kept));
        }
        out.push_str("</table><p class=\"muted\">The JSON form of this answer holds those records in full.</p>");
    }
    let _ = writeln!(out, "<h2>Not included</h2><p>{}</p></body></html>", t(answer.not_recorded));
    out
}

const STYLE: &str = "body { font-family: \"DejaVu Sans\", Verdana, sans-serif; font-size: 10pt; color: #222; \
                     max-width: 60rem; margin: 2rem auto; padding: 0 1.5rem; line-height: 1.45; } \
                     h1 { font-size: 18pt; } h2 { font-size: 13pt; border-bottom: 1px solid #d9dde3; } \
                     table { border-collapse: collapse; width: 100%; } \
                     th, td { text-align: left; vertical-align: top; padding: 0.25rem 0.4rem; \
                     border-bottom: 1px solid #d9dde3; } td.n { text-align: right; } .muted { color: #5b6270; }";
