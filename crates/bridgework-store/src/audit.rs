//! The audit log: what changed in the map, when, and how.

use rusqlite::{Connection, params};
use serde::Serialize;

/// One entry of the audit log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditEntry {
    pub id: i64,
    /// RFC 3339, UTC.
    pub at: String,
    /// What kind of change: `create`, `import`, `snapshot`, ...
    pub action: String,
    /// One line a person can read.
    pub summary: String,
    /// Machine-readable detail, as JSON.
    pub detail: serde_json::Value,
}

/// The action of a snapshot's entry.
pub(crate) const SNAPSHOT: &str = "snapshot";
/// The action of renaming a snapshot.
pub(crate) const SNAPSHOT_RENAME: &str = "snapshot-rename";
/// The action of deleting a snapshot.
pub(crate) const SNAPSHOT_DELETE: &str = "snapshot-delete";

/// Whether entries of `action` leave the live map's records as they were:
/// the snapshot entries, which must not end what undo can reach.
pub(crate) fn leaves_records(action: &str) -> bool {
    [SNAPSHOT, SNAPSHOT_RENAME, SNAPSHOT_DELETE].contains(&action)
}

pub(crate) fn record(
    conn: &Connection,
    at: &str,
    action: &str,
    summary: &str,
    detail: &serde_json::Value,
) -> rusqlite::Result<()> {
    conn.prepare_cached("INSERT INTO audit_entry (at, action, summary, detail) VALUES (?1, ?2, ?3, ?4)")?
        .execute(params![at, action, summary, detail.to_string()])?;
    Ok(())
}

pub(crate) fn list(conn: &Connection) -> rusqlite::Result<Vec<AuditEntry>> {
    let mut stmt = conn.prepare("SELECT id, at, action, summary, detail FROM audit_entry ORDER BY id")?;
    stmt.query_map([], |row| {
        let detail: String = row.get(4)?;
        Ok(AuditEntry {
            id: row.get(0)?,
            at: row.get(1)?,
            action: row.get(2)?,
            summary: row.get(3)?,
            detail: serde_json::from_str(&detail).unwrap_or(serde_json::Value::String(detail)),
        })
    })?
    .collect()
}
