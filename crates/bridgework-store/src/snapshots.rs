//! Snapshots: named, dated, immutable copies of the whole map in the same file.
//! A snapshot's records never change; its name can, and it can be deleted whole.

use rusqlite::{Connection, OptionalExtension, params};
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
    /// The day its data describes, YYYY-MM-DD; `None` for a snapshot taken
    /// before maps recorded it, which describes the day it was taken.
    pub as_of: Option<String>,
    pub note: Option<String>,
    pub people: u64,
    pub ties: u64,
}

/// What a new snapshot is called and says of itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NewSnapshot<'a> {
    pub name: &'a str,
    pub note: Option<&'a str>,
    /// The day its data describes, YYYY-MM-DD.
    pub as_of: &'a str,
}

/// Copies the live map into a new snapshot and returns its id.
pub(crate) fn take(conn: &Connection, new: &NewSnapshot<'_>, taken_at: &str) -> rusqlite::Result<i64> {
    conn.execute(
        "INSERT INTO snapshot (name, taken_at, as_of, note) VALUES (?1, ?2, ?3, ?4)",
        params![new.name, taken_at, new.as_of, new.note],
    )?;
    let id = conn.last_insert_rowid();
    for table in COPIED {
        conn.execute(&format!("INSERT INTO snapshot_{table} SELECT ?1, * FROM {table}"), [id])?;
    }
    Ok(id)
}

pub(crate) fn list(conn: &Connection) -> rusqlite::Result<Vec<SnapshotInfo>> {
    let mut stmt = conn.prepare(
        "SELECT id, name, taken_at, as_of, note,
                (SELECT count(*) FROM snapshot_person p WHERE p.snapshot_id = s.id),
                (SELECT count(*) FROM snapshot_tie t WHERE t.snapshot_id = s.id)
         FROM snapshot s ORDER BY taken_at, id",
    )?;
    stmt.query_map([], |row| {
        Ok(SnapshotInfo {
            id: row.get(0)?,
            name: row.get(1)?,
            taken_at: row.get(2)?,
            as_of: row.get(3)?,
            note: row.get(4)?,
            people: row.get(5)?,
            ties: row.get(6)?,
        })
    })?
    .collect()
}

/// Gives snapshot `id` a new name; false when there is no such snapshot.
pub(crate) fn rename(conn: &Connection, id: i64, name: &str) -> rusqlite::Result<bool> {
    Ok(conn.execute("UPDATE snapshot SET name = ?2 WHERE id = ?1", params![id, name])? == 1)
}

/// Deletes snapshot `id` and, through the foreign keys, every record it
/// copied; false when there is no such snapshot.
pub(crate) fn delete(conn: &Connection, id: i64) -> rusqlite::Result<bool> {
    Ok(conn.execute("DELETE FROM snapshot WHERE id = ?1", [id])? == 1)
}

/// The name of snapshot `id`, if there is one.
pub(crate) fn name(conn: &Connection, id: i64) -> rusqlite::Result<Option<String>> {
    conn.query_row("SELECT name FROM snapshot WHERE id = ?1", [id], |row| row.get(0)).optional()
}

pub(crate) fn exists(conn: &Connection, id: i64) -> rusqlite::Result<bool> {
    conn.query_row("SELECT EXISTS (SELECT 1 FROM snapshot WHERE id = ?1)", [id], |row| row.get(0))
}
