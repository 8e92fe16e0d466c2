//! Likely duplicate people (found by the data-health check: the same email,
//! or similar names in one organisation with the same team or role) and
//! merging two of them into one.
//!
//! A merge keeps one person's record, fills its empty fields from the
//! other's (the earlier joining date, both sets of tags), moves the other's
//! ties to them and deletes the other. A tie between the two is dropped (it
//! would join a person to themself); a tie both had with a third person, of
//! one kind, becomes one tie with the stronger rating, the more frequent
//! contact, the later last contact and the earlier start. One edit: undo
//! brings both people and every tie back as they were.

use super::rows::find_row;
use super::{DataTable, EditDone};
use crate::edit::{self, Written};
use crate::{ApiError, ErrorCode, Result};
use bridgework_core::{DuplicateReason, Map, NodeKey, Person, Records, Tie, health};
use serde::Serialize;
use std::path::Path;

/// Two people who may be one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DuplicatePair {
    pub a: DuplicatePerson,
    pub b: DuplicatePerson,
    /// Why they look like one, in plain words.
    pub reason: String,
}

/// One of a pair, with what helps a person decide which record to keep.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DuplicatePerson {
    pub id: String,
    pub name: String,
    /// The person's node key (`person:ID`), as `merge_people` and the map take it.
    pub key: String,
    pub role: Option<String>,
    pub team: Option<String>,
    pub organisation: Option<String>,
    pub email: Option<String>,
    /// Ties of any kind, with anyone.
    pub ties: u32,
}

/// What a merge did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MergeOutcome {
    pub done: EditDone,
    /// Ties moved to the person kept as they were.
    pub ties_moved: u32,
    /// Ties both had with one person, now one tie.
    pub ties_combined: u32,
    /// Ties between the two, dropped.
    pub ties_dropped: u32,
}

/// Every likely duplicate pair among the people in post on `map`'s day
/// `day`, in the order of the first person's row.
pub fn duplicate_pairs(map: &Map, day: bridgework_core::Date) -> Vec<DuplicatePair> {
    let report = health(map, day, usize::MAX);
    let records = map.records();
    let mut ties = vec![0u32; records.people.len()];
    for tie in &records.ties {
        for id in [&tie.person_a, &tie.person_b] {
            if let Some(p) = map.person_by_id(id) {
                ties[p.index()] += 1;
            }
        }
    }
    let person = |p: bridgework_core::PersonIx| {
        let record = &records.people[p.index()];
        DuplicatePerson {
            id: record.id.clone(),
            name: record.name.clone(),
            key: map.person_key(p),
            role: record.role.clone(),
            team: map.person_team(p).map(|t| records.teams[t.index()].name.clone()),
            organisation: map.person_org(p).map(|o| records.organisations[o.index()].name.clone()),
            email: record.email.clone(),
            ties: ties[p.index()],
        }
    };
    report
        .duplicates
        .iter()
        .map(|d| DuplicatePair { a: person(d.a), b: person(d.b), reason: reason(d.reason) })
        .collect()
}

fn reason(reason: DuplicateReason) -> String {
    match reason {
        DuplicateReason::SameEmail => "the same email address".to_string(),
        DuplicateReason::Initial => {
            "the same surname in one organisation and post; one first name starts the other".to_string()
        }
        DuplicateReason::SimilarName { distance } => format!(
            "the same surname in one organisation and post; first names {distance} letter{} apart",
            if distance == 1 { "" } else { "s" }
        ),
    }
}

/// Merges the person `merge` into the person `keep` on the map at `path`.
/// Each is named by node key (`person:ID`).
pub fn merge_people(path: &Path, keep: &str, merge: &str) -> Result<Written<MergeOutcome>> {
    edit::commit(
        path,
        "merge people",
        |records| {
            let outcome = merge_into(records, keep, merge)?;
            let summary = outcome.done.summary.clone();
            Ok((outcome, summary))
        },
        edit::by_table,
    )
}

fn merge_into(records: &mut Records, keep: &str, merge: &str) -> Result<MergeOutcome> {
    if keep == merge {
        return Err(ApiError::new(ErrorCode::InvalidInput, "choose two different people to merge"));
    }
    let find = |key: &str| find_row(records, DataTable::People, key);
    let (kept_row, merged_row) = (find(keep)?, find(merge)?);
    let keep = records.people[kept_row].id.clone();
    let merge = records.people[merged_row].id.clone();
    let merged = records.people.remove(merged_row);
    let kept_row = if merged_row < kept_row { kept_row - 1 } else { kept_row };
    let kept_name = records.people[kept_row].name.clone();
    fill(&mut records.people[kept_row], &merged);

    let (mut moved, mut combined, mut dropped) = (0, 0, 0);
    let (theirs, mut ties): (Vec<Tie>, Vec<Tie>) =
        std::mem::take(&mut records.ties).into_iter().partition(|t| t.person_a == merge || t.person_b == merge);
    for mut tie in theirs {
        for end in [&mut tie.person_a, &mut tie.person_b] {
            if *end == merge {
                end.clone_from(&keep);
            }
        }
        if tie.person_a == tie.person_b {
            dropped += 1;
        } else if let Some(same) = ties.iter_mut().find(|t| t.key() == tie.key()) {
            combine(same, &tie);
            combined += 1;
        } else {
            ties.push(tie);
            moved += 1;
        }
    }
    records.ties = ties;
    let mut summary = format!("Merged \"{}\" into \"{kept_name}\"", merged.name);
    let parts: Vec<String> = [(moved, "moved"), (combined, "combined"), (dropped, "dropped")]
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, what)| format!("{n} tie{} {what}", if *n == 1 { "" } else { "s" }))
        .collect();
    if !parts.is_empty() {
        summary.push_str(&format!(" ({})", parts.join(", ")));
    }
    Ok(MergeOutcome {
        done: EditDone { summary, key: Some(NodeKey::Person(&keep).to_string()) },
        ties_moved: moved,
        ties_combined: combined,
        ties_dropped: dropped,
    })
}

/// Fills the kept person's empty fields from the merged one's.
fn fill(kept: &mut Person, merged: &Person) {
    let or = |mine: &mut Option<String>, theirs: &Option<String>| {
        if mine.as_deref().is_none_or(|s| s.trim().is_empty()) {
            mine.clone_from(theirs);
        }
    };
    if kept.team_id.is_none() {
        kept.team_id.clone_from(&merged.team_id);
    }
    or(&mut kept.role, &merged.role);
    kept.level = kept.level.or(merged.level);
    or(&mut kept.email, &merged.email);
    or(&mut kept.phone, &merged.phone);
    kept.joined = match (kept.joined, merged.joined) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    for tag in &merged.tags {
        if !kept.tags.contains(tag) {
            kept.tags.push(tag.clone());
        }
    }
}

/// One tie from two of one kind with one person.
fn combine(tie: &mut Tie, other: &Tie) {
    tie.strength = tie.strength.max(other.strength);
    // `Frequency` is ordered most frequent first.
    tie.frequency = match (tie.frequency, other.frequency) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    tie.last_contact = tie.last_contact.max(other.last_contact);
    tie.since = match (tie.since, other.since) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    if tie.source.is_none() {
        tie.source.clone_from(&other.source);
    }
    if tie.note.is_none() {
        tie.note.clone_from(&other.note);
    }
}
