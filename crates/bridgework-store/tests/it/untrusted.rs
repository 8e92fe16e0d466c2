//! Map files that crashed mid-commit, or came from someone else: each of
//! the reliability findings against the store, as a test that failed before.

use crate::fixture::*;
use bridgework_store::{Store, StoreError};
use std::path::{Path, PathBuf};

fn journal(path: &Path) -> PathBuf {
    PathBuf::from(format!("{}-journal", path.display()))
}

/// Copies the map at `path` and its journal into `into` while a large
/// change is half-written to it: the files exactly as a `kill -9` at that
/// moment would leave them. The change adds a snapshot, so the old map has
/// none and a load of the recovered map must show none.
fn crash_mid_commit(path: &Path, into: &Path) -> PathBuf {
    let conn = rusqlite::Connection::open(path).unwrap();
    // A tiny page cache makes SQLite write changed pages into the map
    // before the commit, as a large import does.
    conn.execute_batch("PRAGMA cache_size = 1; BEGIN;").unwrap();
    conn.execute("INSERT INTO snapshot (name, note, taken_at) VALUES ('half', NULL, '2026-11-24T09:00:00Z')", [])
        .unwrap();
    let filler = "x".repeat(2000);
    for i in 0..400 {
        conn.execute(
            "INSERT INTO audit_entry (at, action, summary, detail) VALUES ('2026', 'import', ?1, '{}')",
            [format!("{i}{filler}")],
        )
        .unwrap();
    }
    assert!(journal(path).exists(), "the change is under way");
    let copy = into.join("crashed.bwmap");
    std::fs::copy(path, &copy).unwrap();
    std::fs::copy(journal(path), journal(&copy)).unwrap();
    conn.execute_batch("ROLLBACK").unwrap();
    copy
}

fn integrity(path: &Path) -> String {
    let conn = rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap()
}

#[test]
fn a_hot_journal_no_longer_stops_a_read_only_open_and_the_map_alone_is_whole_after() {
    let scratch = Scratch::new();
    let crashed = crash_mid_commit(&scratch.map_file(), scratch.dir.path());
    let store = Store::open_read_only(&crashed).expect("a read-only open recovers");
    assert!(store.recovered(), "and says so");
    assert_eq!(store.snapshots().unwrap().len(), 0, "the change cut off is rolled back whole");
    assert_eq!(sorted(store.load().unwrap()), sorted(records()));
    drop(store);
    assert!(!journal(&crashed).exists(), "the journal is rolled back in place when the file can be written");
    let alone = scratch.path("alone.bwmap");
    std::fs::copy(&crashed, &alone).unwrap();
    assert_eq!(integrity(&alone), "ok", "so the map file copied alone is whole");
    assert!(!Store::open_read_only(&alone).unwrap().recovered(), "and has nothing left to recover");
}

#[test]
fn a_hot_journal_beside_a_read_only_map_is_recovered_in_a_copy_leaving_both_files_alone() {
    use std::os::unix::fs::PermissionsExt;
    let scratch = Scratch::new();
    let crashed = crash_mid_commit(&scratch.map_file(), scratch.dir.path());
    std::fs::set_permissions(&crashed, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = (std::fs::read(&crashed).unwrap(), std::fs::read(journal(&crashed)).unwrap());
    let store = Store::open_read_only(&crashed).unwrap();
    assert!(store.recovered());
    assert_eq!(store.snapshots().unwrap().len(), 0);
    assert_eq!(sorted(store.load().unwrap()), sorted(records()));
    drop(store);
    let after = (std::fs::read(&crashed).unwrap(), std::fs::read(journal(&crashed)).unwrap());
    assert!(before == after, "a file marked read-only is not written, not even to recover it");
}

#[test]
fn opening_to_write_rolls_a_hot_journal_back_and_says_so() {
    let scratch = Scratch::new();
    let crashed = crash_mid_commit(&scratch.map_file(), scratch.dir.path());
    let store = Store::open(&crashed).unwrap();
    assert!(store.recovered());
    assert_eq!(store.snapshots().unwrap().len(), 0);
    drop(store);
    assert_eq!(integrity(&crashed), "ok");
    assert!(!Store::open(&crashed).unwrap().recovered(), "once only");
}

#[test]
fn a_negative_user_version_is_damage_not_a_panic() {
    let scratch = Scratch::new();
    let path = scratch.map_file();
    rusqlite::Connection::open(&path).unwrap().pragma_update(None, "user_version", -1).unwrap();
    for err in [Store::open(&path).unwrap_err(), Store::open_read_only(&path).unwrap_err()] {
        assert!(matches!(err, StoreError::Damaged { .. }), "{err:?}");
        assert!(err.to_string().contains("its format version is -1, which no map has"), "{err}");
    }
}

#[test]
fn a_map_with_the_app_id_but_format_version_0_gets_a_short_message_not_the_migration_sql() {
    let scratch = Scratch::new();
    let path = scratch.map_file();
    rusqlite::Connection::open(&path).unwrap().pragma_update(None, "user_version", 0).unwrap();
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).unwrap_err();
    let message = err.to_string();
    assert!(message.contains("its format version is 0, which no map has"), "{message}");
    assert!(message.len() < 300, "{} characters: {message}", message.len());
    assert!(before == std::fs::read(&path).unwrap(), "and the file is left as it was");
}

/// Plants `sql` in a map, as another program (or a hostile sender) could.
fn planted(sql: &str) -> (Scratch, PathBuf) {
    let scratch = Scratch::new();
    let path = scratch.map_file();
    rusqlite::Connection::open(&path).unwrap().execute_batch(sql).unwrap();
    (scratch, path)
}

#[test]
fn a_trigger_planted_in_a_map_is_refused_by_name_and_never_runs() {
    let (_scratch, path) = planted(
        "CREATE TABLE stolen (name TEXT);
         CREATE TRIGGER planted AFTER INSERT ON audit_entry BEGIN INSERT INTO stolen SELECT name FROM person; END;",
    );
    let before = std::fs::read(&path).unwrap();
    for err in [Store::open(&path).unwrap_err(), Store::open_read_only(&path).unwrap_err()] {
        assert!(matches!(err, StoreError::Damaged { .. }), "{err:?}");
        let message = err.to_string();
        assert!(message.contains("table \"stolen\" that a map never has"), "{message}");
        assert!(message.contains("trigger \"planted\" that a map never has"), "{message}");
    }
    assert!(before == std::fs::read(&path).unwrap(), "nothing ran, nothing was written");
}

#[test]
fn views_and_changed_or_dropped_schema_objects_are_named_too() {
    let (_scratch, path) = planted("CREATE VIEW everyone AS SELECT * FROM person;");
    let message = Store::open_read_only(&path).unwrap_err().to_string();
    assert!(message.contains("view \"everyone\" that a map never has"), "{message}");

    let (_scratch, path) = planted(
        "DROP TRIGGER snapshot_tie_immutable;
         CREATE TRIGGER snapshot_tie_immutable BEFORE UPDATE ON snapshot_tie BEGIN SELECT 1; END;
         DROP INDEX person_team;",
    );
    let message = Store::open_read_only(&path).unwrap_err().to_string();
    assert!(message.contains("trigger \"snapshot_tie_immutable\" defined differently"), "{message}");
    assert!(message.contains("no index \"person_team\""), "{message}");
}

#[test]
fn a_folder_named_like_a_map_says_it_is_a_folder() {
    let scratch = Scratch::new();
    let path = scratch.path("x.bwmap");
    std::fs::create_dir(&path).unwrap();
    for err in [Store::open(&path).unwrap_err(), Store::open_read_only(&path).unwrap_err()] {
        assert!(err.to_string().ends_with("x.bwmap is not a Bridgework map (it is a folder)"), "{err}");
    }
}

#[test]
fn a_named_pipe_named_like_a_map_is_refused_without_waiting() {
    let scratch = Scratch::new();
    let path = scratch.path("pipe.bwmap");
    let made = std::process::Command::new("mkfifo").arg(&path).status().unwrap();
    assert!(made.success());
    let err = Store::open_read_only(&path).unwrap_err();
    assert!(err.to_string().ends_with("pipe.bwmap is not a Bridgework map (it is not a regular file)"), "{err}");
}
