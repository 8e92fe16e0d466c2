//! The pseudonym table (migration 004): each person's pseudonym number, kept
//! once given. Pseudonyms are drawn among everyone the map holds or held
//! (bridgework-core's `Pseudonyms`), so without this table a person leaving
//! that set could move someone else onto another number; the numbers are
//! kept just before anyone can leave it (an erasure, a deleted snapshot, a
//! deleted person), so nobody's pseudonym changes.

use crate::pseudonym_secret;
use bridgework_core::{PseudonymSecret, Pseudonyms};
use rusqlite::{Connection, params};

/// The numbers kept, by spreadsheet id.
pub(crate) fn load(conn: &Connection) -> rusqlite::Result<Vec<(String, u64)>> {
    let mut statement = conn.prepare_cached("SELECT person_id, number FROM pseudonym")?;
    statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?.collect()
}

/// Keeps the pseudonym everyone the map holds or held has now. A map
/// without a secret (or with a damaged one) has given nobody a pseudonym
/// yet, so there is nothing to keep.
pub(crate) fn keep_all(conn: &Connection) -> rusqlite::Result<()> {
    let Some(secret) = pseudonym_secret::load(conn)?.and_then(|bytes| PseudonymSecret::from_slice(&bytes)) else {
        return Ok(());
    };
    let kept = load(conn)?;
    let already = kept.len();
    let mut pseudonyms = Pseudonyms::kept(kept);
    let everyone = pseudonym_secret::everyone(conn)?;
    pseudonyms.add(&secret, everyone.iter().map(String::as_str));
    if pseudonyms.len() == already {
        return Ok(());
    }
    let mut insert = conn.prepare_cached("INSERT OR IGNORE INTO pseudonym (person_id, number) VALUES (?1, ?2)")?;
    for (id, number) in pseudonyms.numbers() {
        insert.execute(params![id, number])?;
    }
    Ok(())
}

/// Forgets the pseudonym of the person `id` (who is being erased).
pub(crate) fn forget(conn: &Connection, id: &str) -> rusqlite::Result<()> {
    conn.execute("DELETE FROM pseudonym WHERE person_id = ?1", [id]).map(drop)
}
