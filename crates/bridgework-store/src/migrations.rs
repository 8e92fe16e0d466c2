//! The schema, as numbered SQL files that are only ever appended to.
//!
//! `PRAGMA user_version` records how many have been applied. All pending
//! migrations run in one transaction, so a map is never left half-migrated.

use rusqlite::{Connection, Transaction};

/// Every migration, in order. Never edit one that has shipped: add another.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/001_map.sql"),
    include_str!("migrations/002_snapshot_as_of.sql"),
    include_str!("migrations/003_pseudonym_secret.sql"),
    include_str!("migrations/004_pseudonym.sql"),
];

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
/// `from` is a version [`crate::Store`] has checked, from 0 to
/// [`SCHEMA_VERSION`]; any other applies nothing rather than panic.
pub fn migrate(tx: &Transaction<'_>, from: i64) -> rusqlite::Result<()> {
    for sql in pending(from) {
        tx.execute_batch(sql)?;
    }
    tx.pragma_update(None, "application_id", APPLICATION_ID)?;
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    Ok(())
}

/// The migrations after version `from`.
fn pending(from: i64) -> &'static [&'static str] {
    usize::try_from(from).ok().and_then(|from| MIGRATIONS.get(from..)).unwrap_or_default()
}

/// One object of a map's schema as `sqlite_schema` lists it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct SchemaObject {
    pub kind: String,
    pub name: String,
    pub sql: Option<String>,
}

/// The schema objects of `conn`'s main database, in order of kind and name.
pub fn schema(conn: &Connection) -> rusqlite::Result<Vec<SchemaObject>> {
    let mut statement = conn.prepare("SELECT type, name, sql FROM main.sqlite_schema ORDER BY type, name")?;
    let rows =
        statement.query_map([], |row| Ok(SchemaObject { kind: row.get(0)?, name: row.get(1)?, sql: row.get(2)? }))?;
    rows.collect()
}

/// The schema a map of format `version` has: the migrations up to it, run
/// on an empty database in memory. Comparing a file's schema with this one
/// before using the file means a map received from someone else cannot
/// bring triggers or views of its own that would run on our reads and writes.
pub fn expected_schema(version: i64) -> rusqlite::Result<Vec<SchemaObject>> {
    let conn = Connection::open_in_memory()?;
    let upto = usize::try_from(version).unwrap_or(0).min(MIGRATIONS.len());
    for sql in &MIGRATIONS[..upto] {
        conn.execute_batch(sql)?;
    }
    schema(&conn)
}
