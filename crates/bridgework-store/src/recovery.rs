//! Opening a map that a crash left in the middle of a commit.
//!
//! A commit first copies the pages it will change into the rollback journal
//! (`map.bwmap-journal`), then writes the map, then deletes the journal. A
//! crash or power cut between the two leaves a "hot" journal: the map file
//! alone is half old, half new, and only rolling the journal back makes it
//! whole. SQLite does that on the first read of a connection that may write;
//! a read-only connection cannot, and fails with `SQLITE_READONLY_ROLLBACK`.
//! Here a read-only open rolls back in place when the file can be written
//! and is not marked read-only (the map becomes exactly what it was before
//! the lost change, and can be copied alone again), or else in a temporary
//! copy read into memory.

use crate::error::StoreError;
use crate::{Result, Store};
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The rollback journal SQLite keeps beside the map at `path`.
fn journal_of(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push("-journal");
    PathBuf::from(name)
}

/// Whether a journal with content lies beside the map: hot if no program is
/// writing the map now. Only a hint, for telling the person afterwards.
pub(crate) fn hot_journal_may_exist(path: &Path) -> bool {
    std::fs::metadata(journal_of(path)).is_ok_and(|m| m.len() > 0)
}

/// Whether a read-only connection cannot read the map until a hot journal
/// is rolled back.
pub(crate) fn needs_rollback(conn: &Connection) -> bool {
    let probe = conn.query_row("SELECT count(*) FROM main.sqlite_schema", [], |row| row.get::<_, i64>(0));
    matches!(probe, Err(rusqlite::Error::SqliteFailure(e, _)) if e.extended_code == rusqlite::ffi::SQLITE_READONLY_ROLLBACK)
}

/// Rolls back the hot journal of the map at `path` and opens the result to
/// read: the file itself when it can be written, else a copy in memory.
pub(crate) fn recover(path: &Path) -> Result<Store> {
    let fail = |e| StoreError::from_sqlite(path, e);
    // A file its owner marked read-only stays untouched, even for a program
    // that could write it anyway (run as root, say).
    let marked_read_only = std::fs::metadata(path).is_ok_and(|m| m.permissions().readonly());
    let rolled_back_in_place = !marked_read_only
        && Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX)
            .and_then(|conn| roll_back(&conn))
            .is_ok();
    let mut store = if rolled_back_in_place {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        Store::on(Connection::open_with_flags(path, flags).map_err(fail)?, path)?
    } else {
        Store::on(recovered_copy(path)?, path)?
    };
    store.recovered = true;
    Ok(store)
}

/// The first read of a connection that may write rolls a hot journal back.
fn roll_back(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(Duration::from_secs(5))?;
    conn.query_row("SELECT count(*) FROM main.sqlite_schema", [], |row| row.get::<_, i64>(0))?;
    Ok(())
}

/// The map at `path` as its hot journal would restore it, in memory, made
/// from copies of both files so that neither is touched.
fn recovered_copy(path: &Path) -> Result<Connection> {
    let io = |source| StoreError::Io { path: path.display().to_string(), source };
    let fail = |e| StoreError::from_sqlite(path, e);
    let folder = tempfile::tempdir().map_err(io)?;
    let copy = folder.path().join("map.bwmap");
    std::fs::copy(path, &copy).map_err(io)?;
    std::fs::copy(journal_of(path), journal_of(&copy)).map_err(io)?;
    let conn = Connection::open(&copy).map_err(fail)?;
    roll_back(&conn).map_err(fail)?;
    let mut memory = Connection::open_in_memory().map_err(fail)?;
    rusqlite::backup::Backup::new(&conn, &mut memory)
        .and_then(|backup| backup.run_to_completion(1024, Duration::ZERO, None))
        .map_err(fail)?;
    Ok(memory)
}
