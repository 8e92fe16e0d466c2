//! Snapshots: named, dated, immutable copies of the whole map in the same file.

use rusqlite::{Connection, params};
use serde::Serialize;

/// The tables a snapshot copies, each into `snapshot_<table>` with the same
/// columns after the snapshot's id.
const COPIED: [&str; 8] =
    ["organisation", "team", "person", "tie", "partner_link", "partnership", "partnership_member", "assessment"];

/// A snapshot as listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SnapshotInfo {
    pub id: i64,
    pub name: String,
    /// When it was taken, RFC 3339 in UTC.
    pub taken_at: String,
    pub note: Option<String>,
    pub people: u64,
    pub ties: u64,
}

/// Copies the live map into a new snapshot and returns its id.
pub(crate) fn take(conn: &Connection, name: &str, note: Option<&str>, taken_at: &str) -> rusqlite::Result<i64> {
    conn.execute("INSERT INTO snapshot (name, taken_at, note) VALUES (?1, ?2, ?3)", params![name, taken_at, note])?;
    let id = conn.last_insert_rowid();
    for table in COPIED {
        conn.execute(&format!("INSERT INTO snapshot_{table} SELECT ?1, * FROM {table}"), [id])?;
    }
    Ok(id)
}

pub(crate) fn list(conn: &Connection) -> rusqlite::Result<Vec<SnapshotInfo>> {
    let mut stmt = conn.prepare(
        "SELECT id, name, taken_at, note,
                (SELECT count(*) FROM snapshot_person p WHERE p.snapshot_id = s.id),
                (SELECT count(*) FROM snapshot_tie t WHERE t.snapshot_id = s.id)
         FROM snapshot s ORDER BY taken_at, id",
    )?;
    stmt.query_map([], |row| {
        Ok(SnapshotInfo {
            id: row.get(0)?,
            name: row.get(1)?,
            taken_at: row.get(2)?,
            note: row.get(3)?,
            people: row.get(4)?,
            ties: row.get(5)?,
        })
    })?
    .collect()
}

pub(crate) fn exists(conn: &Connection, id: i64) -> rusqlite::Result<bool> {
    conn.query_row("SELECT EXISTS (SELECT 1 FROM snapshot WHERE id = ?1)", [id], |row| row.get(0))
}
