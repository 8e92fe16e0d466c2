//! Erasing a person for good: from the live map, every snapshot, the undo
//! and redo history, the saved positions and the pseudonym table, in one
//! transaction, after which the file is vacuumed with secure deletion on so
//! that none of their bytes survive in it (see [`crate::Store::erase_person`]).
//!
//! The history is the audit log (see [`crate::history`]): an entry holds a
//! person's data when its edit keeps their row or one of their ties, or
//! when its text names them (their id, name, email or phone, as any copy of
//! the map has held them). Such an entry is rewritten: their rows leave its
//! edit, a summary that names them is replaced by one that says a person
//! since erased was named there, and a detail that would still name them
//! is replaced whole. The erasure's own entry records when and why, and how
//! much went, never who; like an import it ends what undo can reach, since
//! the edits before it no longer hold what undoing them would need.

use crate::audit::{self, AuditEntry};
use crate::pseudonyms;
use bridgework_core::{Edit, NodeKey};
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use std::collections::BTreeSet;

/// The action of an erasure's audit entry.
pub(crate) const ERASE: &str = "erase";

/// What erasing a person takes away, counted before it is done (the
/// confirmation) and returned after (what was done).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ErasurePlan {
    /// The spreadsheet id of the person.
    pub person_id: String,
    /// Their name as the map last held it (live, else the latest snapshot,
    /// else the history).
    pub name: String,
    /// Whether the live map holds them (they may be only in snapshots or
    /// in the history, after a delete).
    pub in_live_map: bool,
    /// Their ties in the live map.
    pub ties: u64,
    /// The snapshots that hold them.
    pub snapshots: u64,
    /// Their ties summed over those snapshots.
    pub snapshot_ties: u64,
    /// The history (audit) entries that hold their data and are rewritten.
    pub history_entries: u64,
    /// Their saved positions on the map.
    pub positions: u64,
}

/// What is known of one person across the file: the texts that name them.
pub(crate) struct Person {
    pub id: String,
    /// Their id, names, emails and phones, as any copy has held them.
    pub texts: BTreeSet<String>,
    pub name: Option<String>,
}

impl Person {
    /// Whether `text` names the person: holds one of their texts as a whole
    /// word (so "Ann" does not match "Annual", nor "P1" match "P12").
    pub fn named_in(&self, text: &str) -> bool {
        self.texts.iter().any(|needle| mentions(text, needle))
    }
}

/// Whether `text` holds `needle` with no letter or digit either side of it.
fn mentions(text: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    text.match_indices(needle).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The person `id` as the file holds them anywhere, or `None` when nothing
/// of theirs is in it.
pub(crate) fn find(conn: &Connection, id: &str) -> rusqlite::Result<Option<Person>> {
    let mut texts = BTreeSet::new();
    let mut name = None;
    let live: Option<(String, Option<String>, Option<String>)> = conn
        .query_row("SELECT name, email, phone FROM person WHERE ext_id = ?1", [id], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?))
        })
        .optional()?;
    if let Some((n, email, phone)) = live {
        name = Some(n.clone());
        texts.extend([Some(n), email, phone].into_iter().flatten());
    }
    let mut stmt = conn.prepare(
        "SELECT p.name, p.email, p.phone FROM snapshot_person p JOIN snapshot s ON s.id = p.snapshot_id
         WHERE p.ext_id = ?1 ORDER BY s.taken_at, s.id",
    )?;
    let mut rows = stmt.query([id])?;
    let mut in_snapshot = None;
    while let Some(row) = rows.next()? {
        let n: String = row.get(0)?;
        in_snapshot = Some(n.clone());
        texts.extend([Some(n), row.get(1)?, row.get(2)?].into_iter().flatten());
    }
    let mut in_history = None;
    for entry in audit::list(conn)? {
        if let Some(edit) = edit_of(&entry) {
            for p in edit.before.people.iter().chain(&edit.after.people).filter(|p| p.id == id) {
                in_history = Some(p.name.clone());
                texts.extend([Some(p.name.clone()), p.email.clone(), p.phone.clone()].into_iter().flatten());
            }
        }
    }
    let Some(name) = name.or(in_snapshot).or(in_history) else { return Ok(None) };
    texts.retain(|t| !t.trim().is_empty());
    texts.insert(id.to_string());
    Ok(Some(Person { id: id.to_string(), texts, name: Some(name) }))
}

/// Counts what erasing `person` takes away.
pub(crate) fn plan(conn: &Connection, person: &Person) -> rusqlite::Result<ErasurePlan> {
    let live_id: Option<i64> =
        conn.query_row("SELECT id FROM person WHERE ext_id = ?1", [&person.id], |row| row.get(0)).optional()?;
    let ties = match live_id {
        Some(row) => {
            conn.query_row("SELECT count(*) FROM tie WHERE person_a = ?1 OR person_b = ?1", [row], |r| r.get(0))?
        }
        None => 0,
    };
    let mut snapshots = 0;
    let mut snapshot_ties = 0;
    for (snapshot, row) in snapshot_rows(conn, &person.id)? {
        snapshots += 1;
        snapshot_ties += conn.query_row(
            "SELECT count(*) FROM snapshot_tie WHERE snapshot_id = ?1 AND (person_a = ?2 OR person_b = ?2)",
            [snapshot, row],
            |r| r.get::<_, u64>(0),
        )?;
    }
    let history_entries = audit::list(conn)?.iter().filter(|e| holds(e, person)).count() as u64;
    let positions = conn.query_row(
        "SELECT count(*) FROM layout_position WHERE node = ?1",
        [NodeKey::Person(&person.id).to_string()],
        |r| r.get(0),
    )?;
    Ok(ErasurePlan {
        person_id: person.id.clone(),
        name: person.name.clone().unwrap_or_default(),
        in_live_map: live_id.is_some(),
        ties,
        snapshots,
        snapshot_ties,
        history_entries,
        positions,
    })
}

/// Erases `person` inside the caller's transaction, recording `reason`.
/// The pseudonyms of everyone are kept first, so nobody else's changes.
pub(crate) fn erase(
    conn: &Connection,
    person: &Person,
    reason: Option<&str>,
    at: &str,
) -> rusqlite::Result<ErasurePlan> {
    let plan = plan(conn, person)?;
    pseudonyms::keep_all(conn)?;
    pseudonyms::forget(conn, &person.id)?;
    if let Some(row) =
        conn.query_row("SELECT id FROM person WHERE ext_id = ?1", [&person.id], |r| r.get::<_, i64>(0)).optional()?
    {
        conn.execute("DELETE FROM tie WHERE person_a = ?1 OR person_b = ?1", [row])?;
        conn.execute("DELETE FROM person WHERE id = ?1", [row])?;
    }
    for (snapshot, row) in snapshot_rows(conn, &person.id)? {
        conn.execute(
            "DELETE FROM snapshot_tie WHERE snapshot_id = ?1 AND (person_a = ?2 OR person_b = ?2)",
            [snapshot, row],
        )?;
        conn.execute("DELETE FROM snapshot_person WHERE snapshot_id = ?1 AND id = ?2", [snapshot, row])?;
    }
    conn.execute("DELETE FROM layout_position WHERE node = ?1", [NodeKey::Person(&person.id).to_string()])?;
    let mut update = conn.prepare("UPDATE audit_entry SET summary = ?2, detail = ?3 WHERE id = ?1")?;
    for entry in audit::list(conn)? {
        if let Some((summary, detail)) = rewritten(&entry, person) {
            update.execute(params![entry.id, summary, detail.to_string()])?;
        }
    }
    let summary = "Erased a person from the map, its snapshots and its history; this cannot be undone";
    let detail = serde_json::json!({
        "reason": reason,
        "ties": plan.ties,
        "snapshots": plan.snapshots,
        "snapshot_ties": plan.snapshot_ties,
        "history_entries": plan.history_entries,
        "positions": plan.positions,
    });
    audit::record(conn, at, ERASE, summary, &detail)?;
    Ok(plan)
}

/// The (snapshot, row id) of each snapshot's copy of the person `id`.
fn snapshot_rows(conn: &Connection, id: &str) -> rusqlite::Result<Vec<(i64, i64)>> {
    let mut stmt = conn.prepare("SELECT snapshot_id, id FROM snapshot_person WHERE ext_id = ?1")?;
    stmt.query_map([id], |row| Ok((row.get(0)?, row.get(1)?)))?.collect()
}

pub(crate) fn edit_of(entry: &AuditEntry) -> Option<Edit> {
    entry.detail.get("edit").and_then(|edit| serde_json::from_value(edit.clone()).ok())
}

/// Whether the entry holds data of `person`.
pub(crate) fn holds(entry: &AuditEntry, person: &Person) -> bool {
    rewritten(entry, person).is_some()
}

/// The entry's summary and detail without `person`, or `None` when it
/// holds nothing of theirs.
fn rewritten(entry: &AuditEntry, person: &Person) -> Option<(String, serde_json::Value)> {
    let mut detail = entry.detail.clone();
    let mut changed = false;
    if let Some(mut edit) = edit_of(entry) {
        let id = person.id.as_str();
        let size = |e: &Edit| (e.before.people.len(), e.after.people.len(), e.before.ties.len(), e.after.ties.len());
        let was = size(&edit);
        for records in [&mut edit.before, &mut edit.after] {
            records.people.retain(|p| p.id != id);
            records.ties.retain(|t| t.person_a != id && t.person_b != id);
        }
        if size(&edit) != was {
            detail["edit"] = serde_json::to_value(&edit).expect("records serialise");
            changed = true;
        }
    }
    if person.named_in(&detail.to_string()) {
        detail = serde_json::json!({ "erased": "this entry named a person since erased" });
        changed = true;
    }
    let mut summary = entry.summary.clone();
    if person.named_in(&summary) {
        summary = format!("A change ({}) that named a person since erased", entry.action);
        changed = true;
    }
    changed.then_some((summary, detail))
}

#[cfg(test)]
mod tests {
    use super::mentions;

    #[test]
    fn a_text_is_named_only_as_a_whole_word() {
        assert!(mentions("Edited the person \"Ann Lee\"", "Ann Lee"));
        assert!(mentions("P1 – P2", "P1"));
        assert!(!mentions("Annual review", "Ann"));
        assert!(!mentions("P12 – P2", "P1"));
        assert!(!mentions("anything", ""));
    }
}
