//! The map's pseudonym secret (migration 003): made once per map file, read
//! by pseudonymised exports, never copied into a snapshot or an export.

use rusqlite::{Connection, OptionalExtension};

/// The format version that first has the secret.
pub(crate) const SINCE_VERSION: i64 = 3;

/// The spreadsheet id of everyone the map holds or held, live and in any
/// snapshot: the people a pseudonym is given among.
pub(crate) fn everyone(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let mut statement = conn.prepare("SELECT ext_id FROM person UNION SELECT ext_id FROM snapshot_person")?;
    statement.query_map([], |row| row.get(0))?.collect()
}

/// The secret, or `None` when the map has none yet (see
/// [`crate::Store::pseudonym_secret`]).
pub(crate) fn load(conn: &Connection) -> rusqlite::Result<Option<Vec<u8>>> {
    conn.query_row("SELECT secret FROM pseudonym_secret WHERE id = 1", [], |row| row.get(0)).optional()
}

/// Makes the secret if the map has none.
pub(crate) fn make(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute("INSERT OR IGNORE INTO pseudonym_secret (id, secret) VALUES (1, randomblob(32))", []).map(drop)
}

/// Forgets a secret made in a copy in memory (a read-only open of an older
/// map): it would be another one on every open, so it is none.
pub(crate) fn forget(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute("DELETE FROM pseudonym_secret", []).map(drop)
}
