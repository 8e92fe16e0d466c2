//! Opening files: a map, and everything that is not quite one.

use crate::fixture::*;
use bridgework_store::{Store, StoreError};
use std::path::Path;

fn open_error(path: &Path) -> StoreError {
    let read_only = Store::open_read_only(path).and_then(|s| s.load().map(|_| s)).unwrap_err();
    let read_write = Store::open(path).and_then(|s| s.load().map(|_| s)).unwrap_err();
    assert_eq!(read_only.to_string(), read_write.to_string(), "both ways of opening say the same");
    read_only
}

#[test]
fn a_missing_file_is_named() {
    let scratch = Scratch::new();
    let err = open_error(&scratch.path("nowhere.bwmap"));
    assert!(matches!(err, StoreError::NotFound { .. }));
    assert!(err.to_string().ends_with("nowhere.bwmap: no such file"));
    assert!(scratch.files().is_empty(), "opening a missing file does not create it");
}

#[test]
fn a_text_file_is_not_a_map() {
    let scratch = Scratch::new();
    let path = scratch.path("people.csv");
    std::fs::write(&path, "id,name\np1,Priya Shah\n".repeat(100)).unwrap();
    let err = open_error(&path);
    assert!(err.to_string().ends_with("people.csv is not a Bridgework map (it is not an SQLite database)"), "{err}");
}

#[test]
fn an_empty_file_is_not_a_map_and_stays_empty() {
    let scratch = Scratch::new();
    let path = scratch.path("empty.bwmap");
    std::fs::write(&path, "").unwrap();
    let err = open_error(&path);
    assert!(err.to_string().ends_with("(it is an SQLite database without a map in it)"), "{err}");
    assert_eq!(std::fs::metadata(&path).unwrap().len(), 0);
}

#[test]
fn another_programs_database_is_not_a_map() {
    let scratch = Scratch::new();
    let path = scratch.path("other.db");
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch("PRAGMA application_id = 1234; CREATE TABLE person (id INTEGER);").unwrap();
    drop(conn);
    let err = open_error(&path);
    assert!(err.to_string().ends_with("(it is an SQLite database of another program)"), "{err}");
}

#[test]
fn a_map_from_a_newer_version_is_refused_with_both_versions() {
    let scratch = Scratch::new();
    let path = scratch.map_file();
    rusqlite::Connection::open(&path).unwrap().pragma_update(None, "user_version", 99).unwrap();
    let err = open_error(&path);
    assert!(matches!(err, StoreError::TooNew { found: 99, .. }));
    let versions = format!("(map format 99; this version reads formats up to {})", bridgework_store::SCHEMA_VERSION);
    assert!(err.to_string().contains(&versions), "{err}");
}

#[test]
fn a_damaged_map_is_reported_as_damaged_not_a_panic() {
    let scratch = Scratch::new();
    let path = scratch.map_file();
    let mut bytes = std::fs::read(&path).unwrap();
    let page = 4096;
    assert!(bytes.len() > 4 * page, "the fixture spans several pages");
    // Keep the header page; scribble over every other page.
    for (i, b) in bytes[page..].iter_mut().enumerate() {
        *b = (i * 7 % 251) as u8;
    }
    std::fs::write(&path, &bytes).unwrap();
    let err = open_error(&path);
    assert!(matches!(err, StoreError::Damaged { .. }), "{err:?}");
    assert!(err.to_string().contains("is damaged"), "{err}");
}

#[test]
fn a_truncated_map_is_reported_as_damaged() {
    let scratch = Scratch::new();
    let path = scratch.map_file();
    let bytes = std::fs::read(&path).unwrap();
    std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
    let err = open_error(&path);
    assert!(matches!(err, StoreError::Damaged { .. }), "{err:?}");
}

#[test]
fn reading_never_writes_the_file() {
    let scratch = Scratch::new();
    let path = scratch.map_file();
    let before = (std::fs::read(&path).unwrap(), std::fs::metadata(&path).unwrap().modified().unwrap());
    let store = Store::open_read_only(&path).unwrap();
    store.load().unwrap();
    store.counts(day("2026-01-01")).unwrap();
    store.snapshots().unwrap();
    store.positions("people").unwrap();
    store.audit_log().unwrap();
    drop(store);
    let after = (std::fs::read(&path).unwrap(), std::fs::metadata(&path).unwrap().modified().unwrap());
    assert!(before == after, "the file is byte for byte and time for time the same");
    assert_eq!(scratch.files(), vec!["map.bwmap".to_string()]);
}

#[test]
fn a_read_only_file_can_still_be_read() {
    use std::os::unix::fs::PermissionsExt;
    let scratch = Scratch::new();
    let path = scratch.map_file();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let store = Store::open_read_only(&path).unwrap();
    assert_eq!(store.load().unwrap().people.len(), 4);
}

#[test]
fn a_tie_left_pointing_at_a_deleted_person_is_reported_as_damage() {
    let scratch = Scratch::new();
    let path = scratch.map_file();
    // Another program deletes a person without their ties.
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute("DELETE FROM person WHERE ext_id = 'p3'", []).unwrap();
    drop(conn);
    let err = Store::open_read_only(&path).unwrap().load().unwrap_err();
    assert!(matches!(err, StoreError::Damaged { .. }), "{err:?}");
    assert!(err.to_string().contains("a reference to person row 3, which does not exist"), "{err}");
}
