//! The schema, as numbered SQL files that are only ever appended to.
//!
//! `PRAGMA user_version` records how many have been applied. All pending
//! migrations run in one transaction, so a map is never left half-migrated.

use rusqlite::{Connection, Transaction};

/// Every migration, in order. Never edit one that has shipped: add another.
const MIGRATIONS: &[&str] = &[include_str!("migrations/001_map.sql")];

/// The map format this version writes: the number of migrations.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Marks an SQLite file as a Bridgework map ("BWMP").
pub const APPLICATION_ID: i64 = 0x4257_4D50;

pub fn user_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.pragma_query_value(None, "user_version", |row| row.get(0))
}

pub fn application_id(conn: &Connection) -> rusqlite::Result<i64> {
    conn.pragma_query_value(None, "application_id", |row| row.get(0))
}

/// Applies every migration after `from`, inside the caller's transaction.
pub fn migrate(tx: &Transaction<'_>, from: i64) -> rusqlite::Result<()> {
    for sql in &MIGRATIONS[from as usize..] {
        tx.execute_batch(sql)?;
    }
    tx.pragma_update(None, "application_id", APPLICATION_ID)?;
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    Ok(())
}
