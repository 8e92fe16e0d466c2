//! Everything the file holds about one person beyond the live map, for a
//! subject-access request: their copy in each snapshot, and each audit
//! entry that holds their data, with only their rows of its edit.

use crate::erasure;
use bridgework_core::{Person, Tie};
use rusqlite::Connection;
use serde::Serialize;

/// The person as one snapshot held them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SnapshotPresence {
    pub snapshot_id: i64,
    pub snapshot: String,
    /// RFC 3339, UTC.
    pub taken_at: String,
    /// The day the snapshot describes (YYYY-MM-DD), when it says.
    pub as_of: Option<String>,
    pub name: String,
    pub role: Option<String>,
    pub level: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub team: Option<String>,
    pub organisation: Option<String>,
    pub joined: Option<String>,
    pub left: Option<String>,
    /// How many ties the snapshot held for them.
    pub ties: u64,
}

/// An audit entry that holds data of the person.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HistoryMention {
    pub id: i64,
    /// RFC 3339, UTC.
    pub at: String,
    pub action: String,
    pub summary: String,
    /// Their record as it was before the change, and after it.
    pub before: Vec<Person>,
    pub after: Vec<Person>,
    /// Their ties as they were before the change, and after it.
    pub ties_before: Vec<Tie>,
    pub ties_after: Vec<Tie>,
}

pub(crate) fn in_snapshots(conn: &Connection, id: &str) -> rusqlite::Result<Vec<SnapshotPresence>> {
    let mut stmt = conn.prepare(
        "SELECT s.id, s.name, s.taken_at, s.as_of, p.name, p.role, p.level, p.email, p.phone, t.name, o.name,
                p.joined, p.left_on, p.id
         FROM snapshot_person p JOIN snapshot s ON s.id = p.snapshot_id
         LEFT JOIN snapshot_team t ON t.snapshot_id = p.snapshot_id AND t.id = p.team_id
         LEFT JOIN snapshot_organisation o ON o.snapshot_id = p.snapshot_id AND o.id = t.organisation_id
         WHERE p.ext_id = ?1 ORDER BY s.taken_at, s.id",
    )?;
    let mut count =
        conn.prepare("SELECT count(*) FROM snapshot_tie WHERE snapshot_id = ?1 AND (person_a = ?2 OR person_b = ?2)")?;
    let mut rows = stmt.query([id])?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        let snapshot_id: i64 = row.get(0)?;
        let person_row: i64 = row.get(13)?;
        out.push(SnapshotPresence {
            snapshot_id,
            snapshot: row.get(1)?,
            taken_at: row.get(2)?,
            as_of: row.get(3)?,
            name: row.get(4)?,
            role: row.get(5)?,
            level: row.get(6)?,
            email: row.get(7)?,
            phone: row.get(8)?,
            team: row.get(9)?,
            organisation: row.get(10)?,
            joined: row.get(11)?,
            left: row.get(12)?,
            ties: count.query_row([snapshot_id, person_row], |r| r.get(0))?,
        });
    }
    Ok(out)
}

pub(crate) fn history(conn: &Connection, id: &str) -> rusqlite::Result<Vec<HistoryMention>> {
    let Some(person) = erasure::find(conn, id)? else { return Ok(Vec::new()) };
    let mut out = Vec::new();
    for entry in crate::audit::list(conn)? {
        if !erasure::holds(&entry, &person) {
            continue;
        }
        let edit = erasure::edit_of(&entry).unwrap_or_default();
        let theirs = |people: &[Person]| people.iter().filter(|p| p.id == id).cloned().collect();
        let their_ties = |ties: &[Tie]| ties.iter().filter(|t| t.person_a == id || t.person_b == id).cloned().collect();
        out.push(HistoryMention {
            id: entry.id,
            at: entry.at.clone(),
            action: entry.action.clone(),
            summary: entry.summary.clone(),
            before: theirs(&edit.before.people),
            after: theirs(&edit.after.people),
            ties_before: their_ties(&edit.before.ties),
            ties_after: their_ties(&edit.after.ties),
        });
    }
    Ok(out)
}
