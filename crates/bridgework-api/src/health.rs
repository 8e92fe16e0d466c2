//! The data-health checklist, as the app's Data page and `bridgework health`
//! show it: each check with its count and the records at fault, named by the
//! spreadsheet's ids.

use crate::Result;
use crate::map_file::open_map;
use crate::views::{GroupRef, PersonRef, organisation, person, team};
use bridgework_core::{Date, DuplicateReason, HealthCheck, Map, PersonIx, Table, TieIx, TieKind, health};
use serde::Serialize;
use std::path::Path;

/// The checklist. Stable: fields are only ever added.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HealthView {
    pub as_of: Date,
    /// How many records each check lists at most.
    pub limit: usize,
    /// Every check, passed ones included, in a fixed order.
    pub checks: Vec<CheckView>,
    /// Likely duplicate people, each pair with why.
    pub duplicates: Vec<DuplicateView>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckView {
    pub check: HealthCheck,
    /// The checklist line: "people without a level".
    pub label: &'static str,
    /// How to fix what it finds.
    pub fix: &'static str,
    /// The table the records are in: "people", "ties", "organisations", "teams".
    pub table: Table,
    pub count: usize,
    pub passed: bool,
    /// The records at fault, the first `limit` (for duplicates, the people of
    /// the pairs listed in `duplicates`).
    pub records: Vec<RecordRef>,
}

/// A record at fault: a person, a tie, or a team or organisation.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum RecordRef {
    Person(PersonRef),
    Tie(TieRef),
    Group(GroupRef),
}

/// A tie by its identity in the spreadsheet: its two people and its kind.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TieRef {
    pub person_a: PersonRef,
    pub person_b: PersonRef,
    pub kind: TieKind,
    pub last_contact: Option<Date>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DuplicateView {
    pub a: PersonRef,
    pub b: PersonRef,
    pub reason: DuplicateReason,
    /// Why, in plain words.
    pub explanation: String,
}

/// The data-health checklist for the map at `path`, as of `as_of`, listing at
/// most `limit` records per check.
pub fn health_report(path: &Path, as_of: Date, limit: usize) -> Result<HealthView> {
    let map = open_map(path)?;
    Ok(view(&map, as_of, limit))
}

pub(crate) fn view(map: &Map, as_of: Date, limit: usize) -> HealthView {
    let report = health(map, as_of, limit);
    let checks = report
        .checks
        .iter()
        .map(|c| CheckView {
            check: c.check,
            label: c.check.label(),
            fix: c.check.fix(),
            table: c.check.table(),
            count: c.count,
            passed: c.count == 0,
            records: c.rows.iter().map(|&row| record(map, c.check.table(), row)).collect(),
        })
        .collect();
    let duplicates = report
        .duplicates
        .iter()
        .map(|d| DuplicateView {
            a: person(map, d.a),
            b: person(map, d.b),
            reason: d.reason,
            explanation: match d.reason {
                DuplicateReason::SameEmail => "the same email address".to_string(),
                DuplicateReason::SimilarName { distance: 0 } => "the same name in one organisation".to_string(),
                DuplicateReason::SimilarName { distance } => {
                    format!("names {distance} letter{} apart in one organisation", if distance == 1 { "" } else { "s" })
                }
                DuplicateReason::Initial => "one first name is the other's initial or short form".to_string(),
            },
        })
        .collect();
    HealthView { as_of, limit, checks, duplicates }
}

fn record(map: &Map, table: Table, row: usize) -> RecordRef {
    match table {
        Table::People => RecordRef::Person(person(map, PersonIx(row as u32))),
        Table::Ties => {
            let [a, b] = map.tie_ends(TieIx(row as u32));
            let tie = &map.records().ties[row];
            RecordRef::Tie(TieRef {
                person_a: person(map, a),
                person_b: person(map, b),
                kind: tie.kind,
                last_contact: tie.last_contact,
            })
        }
        Table::Organisations => RecordRef::Group(organisation(map, bridgework_core::OrgIx(row as u32))),
        // Teams: the only other table a check lists.
        _ => RecordRef::Group(team(map, bridgework_core::TeamIx(row as u32))),
    }
}
