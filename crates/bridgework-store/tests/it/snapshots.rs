//! Snapshots are whole, immutable copies inside the same file.

use crate::fixture::*;
use bridgework_core::{Map, Silent};
use bridgework_store::{Store, StoreError};

#[test]
fn a_snapshot_keeps_the_map_as_it_was_when_taken() {
    let scratch = Scratch::new();
    let path = scratch.map_file();
    let mut store = Store::open(&path).unwrap();
    let id = store.take_snapshot("Before the merger", Some("baseline"), AT).unwrap();

    let mut records = records();
    records.ties.pop();
    records.people[0].name = "Priya Shah-Patel".into();
    store.update().unwrap().commit(&Map::new(records.clone()).unwrap(), "import", "t", AT, &Silent).unwrap();

    assert_eq!(sorted(store.load_snapshot(id).unwrap()), sorted(super::fixture::records()));
    assert_eq!(sorted(store.load().unwrap()), sorted(records));
    let listed = store.snapshots().unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(
        (listed[0].name.as_str(), listed[0].note.as_deref(), listed[0].people, listed[0].ties),
        ("Before the merger", Some("baseline"), 4, 4)
    );
}

#[test]
fn a_snapshot_cannot_be_changed_even_with_sql() {
    let scratch = Scratch::new();
    let path = scratch.map_file();
    Store::open(&path).unwrap().take_snapshot("Q1", None, AT).unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    let err = conn.execute("UPDATE snapshot_person SET name = 'someone else'", []).unwrap_err();
    assert!(err.to_string().contains("snapshots are immutable"), "{err}");
}

#[test]
fn asking_for_a_missing_snapshot_says_so() {
    let scratch = Scratch::new();
    let path = scratch.map_file();
    let store = Store::open_read_only(&path).unwrap();
    assert!(matches!(store.load_snapshot(42), Err(StoreError::NoSuchSnapshot { id: 42, .. })));
}
