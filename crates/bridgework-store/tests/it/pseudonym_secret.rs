//! The pseudonym secret: made once per map, kept by every write and copy,
//! in no snapshot; an older map gets one when it is first opened to write.

use crate::fixture::*;
use bridgework_core::Silent;
use bridgework_store::{NewSnapshot, Store};
use rusqlite::Connection;

fn secret_of(path: &std::path::Path) -> Option<bridgework_core::PseudonymSecret> {
    Store::open_read_only(path).unwrap().pseudonym_secret().unwrap()
}

/// Turns a new map into one a format-2 Bridgework wrote, the last before the
/// secret: no secret or pseudonym table.
fn make_format_2(path: &std::path::Path) {
    let conn = Connection::open(path).unwrap();
    conn.execute_batch("DROP TABLE pseudonym; DROP TABLE pseudonym_secret; PRAGMA user_version = 2;").unwrap();
}

#[test]
fn each_map_has_its_own_secret_kept_by_writes_snapshots_and_copies() {
    let scratch = Scratch::new();
    let path = scratch.map_file();
    let secret = secret_of(&path).expect("a new map has a secret");
    let other = Scratch::new();
    assert_ne!(secret_of(&other.map_file()), Some(secret.clone()), "two maps share a secret");

    let mut store = Store::open(&path).unwrap();
    let mut records = records();
    records.people[0].name = "Renamed".to_string();
    store.update().unwrap().commit(&bridgework_core::Map::new(records).unwrap(), "import", "t", AT, &Silent).unwrap();
    store.take_snapshot(&NewSnapshot { name: "Q3", note: None, as_of: "2026-11-01" }, AT).unwrap();
    let copy = scratch.path("copy.bwmap");
    store.copy_to(&copy).unwrap();
    drop(store);
    assert_eq!(secret_of(&path), Some(secret.clone()), "an import and a snapshot keep the secret");
    assert_eq!(secret_of(&copy), Some(secret), "Save As keeps the secret");
}

#[test]
fn everyone_ever_held_is_listed_once_live_and_in_snapshots() {
    let scratch = Scratch::new();
    let path = scratch.map_file();
    let mut store = Store::open(&path).unwrap();
    store.take_snapshot(&NewSnapshot { name: "before", note: None, as_of: "2026-11-01" }, AT).unwrap();
    let mut records = records();
    let gone = records.people.pop().unwrap().id;
    records.ties.retain(|t| t.person_a != gone && t.person_b != gone);
    store.update().unwrap().commit(&bridgework_core::Map::new(records).unwrap(), "import", "t", AT, &Silent).unwrap();
    let mut ids = store.person_ids_ever().unwrap();
    ids.sort();
    let mut expected: Vec<String> = crate::fixture::records().people.into_iter().map(|p| p.id).collect();
    expected.sort();
    assert_eq!(ids, expected);
}

#[test]
fn an_older_map_read_only_has_no_secret_and_gets_one_when_opened_to_write() {
    let scratch = Scratch::new();
    let path = scratch.map_file();
    make_format_2(&path);
    let before = std::fs::read(&path).unwrap();
    assert_eq!(secret_of(&path), None, "a secret made in memory would differ on every open");
    assert_eq!(std::fs::read(&path).unwrap(), before, "a read-only open wrote to the map");
    let made = Store::open(&path).unwrap().pseudonym_secret().unwrap().expect("migrating makes the secret");
    assert_eq!(secret_of(&path), Some(made));
}

#[test]
fn a_copy_of_an_older_map_read_only_is_given_a_secret_on_asking() {
    let scratch = Scratch::new();
    let path = scratch.map_file();
    make_format_2(&path);
    let copy = scratch.path("copy.bwmap");
    Store::open_read_only(&path).unwrap().copy_to(&copy).unwrap();
    let mut store = Store::open(&copy).unwrap();
    assert_eq!(store.pseudonym_secret().unwrap(), None);
    let made = store.make_pseudonym_secret().unwrap();
    assert_eq!(store.make_pseudonym_secret().unwrap(), made, "asking again keeps the one made");
}
