//! Snapshots are whole, immutable copies inside the same file.

use crate::fixture::*;
use bridgework_core::{Map, Silent};
use bridgework_store::{NewSnapshot, Store, StoreError};

#[test]
fn a_snapshot_keeps_the_map_as_it_was_when_taken() {
    let scratch = Scratch::new();
    let path = scratch.map_file();
    let mut store = Store::open(&path).unwrap();
    let id = store
        .take_snapshot(&NewSnapshot { name: "Before the merger", note: Some("baseline"), as_of: "2026-11-01" }, AT)
        .unwrap();

    let mut records = records();
    records.ties.pop();
    records.people[0].name = "Priya Shah-Patel".into();
    store.update().unwrap().commit(&Map::new(records.clone()).unwrap(), "import", "t", AT, &Silent).unwrap();

    assert_eq!(sorted(store.load_snapshot(id).unwrap()), sorted(super::fixture::records()));
    assert_eq!(sorted(store.load().unwrap()), sorted(records));
    let listed = store.snapshots().unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(
        (
            listed[0].name.as_str(),
            listed[0].as_of.as_deref(),
            listed[0].note.as_deref(),
            listed[0].people,
            listed[0].ties
        ),
        ("Before the merger", Some("2026-11-01"), Some("baseline"), 4, 4)
    );
}

#[test]
fn a_snapshot_cannot_be_changed_even_with_sql() {
    let scratch = Scratch::new();
    let path = scratch.map_file();
    Store::open(&path).unwrap().take_snapshot(&snapshot("Q1"), AT).unwrap();
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

#[test]
fn a_renamed_snapshot_keeps_its_records_and_the_log_says_what_it_was_called() {
    let scratch = Scratch::new();
    let path = scratch.map_file();
    let mut store = Store::open(&path).unwrap();
    let id = store.take_snapshot(&snapshot("Q1"), AT).unwrap();
    store.rename_snapshot(id, "2026 Q1", "2026-11-25T10:00:00Z").unwrap();

    let listed = store.snapshots().unwrap();
    assert_eq!((listed[0].id, listed[0].name.as_str(), listed[0].people), (id, "2026 Q1", 4));
    assert_eq!(sorted(store.load_snapshot(id).unwrap()), sorted(records()));
    let last = store.audit_log().unwrap().pop().unwrap();
    assert_eq!(
        (last.action.as_str(), last.summary.as_str()),
        ("snapshot-rename", "Renamed snapshot \"Q1\" to \"2026 Q1\"")
    );
    assert_eq!(last.detail, serde_json::json!({ "id": id, "from": "Q1", "to": "2026 Q1" }));
}

#[test]
fn a_deleted_snapshot_takes_every_record_it_copied_and_the_log_names_it() {
    let scratch = Scratch::new();
    let path = scratch.map_file();
    let mut store = Store::open(&path).unwrap();
    let gone = store.take_snapshot(&snapshot("Q1"), AT).unwrap();
    let kept = store.take_snapshot(&snapshot("Q2"), AT).unwrap();
    store.delete_snapshot(gone, "2026-11-25T10:00:00Z").unwrap();

    let names: Vec<String> = store.snapshots().unwrap().into_iter().map(|s| s.name).collect();
    assert_eq!(names, ["Q2"]);
    assert!(matches!(store.load_snapshot(gone), Err(StoreError::NoSuchSnapshot { .. })));
    assert_eq!(sorted(store.load_snapshot(kept).unwrap()), sorted(records()));
    let conn = rusqlite::Connection::open(&path).unwrap();
    for table in
        ["organisation", "team", "person", "tie", "partner_link", "partnership", "partnership_member", "assessment"]
    {
        let left: i64 = conn
            .query_row(&format!("SELECT count(*) FROM snapshot_{table} WHERE snapshot_id = ?1"), [gone], |r| r.get(0))
            .unwrap();
        assert_eq!(left, 0, "snapshot_{table} still holds rows of the deleted snapshot");
    }
    let last = store.audit_log().unwrap().pop().unwrap();
    assert_eq!((last.action.as_str(), last.summary.as_str()), ("snapshot-delete", "Deleted snapshot \"Q1\""));
}

#[test]
fn renaming_or_deleting_a_missing_snapshot_says_so_and_logs_nothing() {
    let scratch = Scratch::new();
    let path = scratch.map_file();
    let mut store = Store::open(&path).unwrap();
    let entries = store.audit_log().unwrap().len();
    assert!(matches!(store.rename_snapshot(42, "Q9", AT), Err(StoreError::NoSuchSnapshot { id: 42, .. })));
    assert!(matches!(store.delete_snapshot(42, AT), Err(StoreError::NoSuchSnapshot { id: 42, .. })));
    assert_eq!(store.audit_log().unwrap().len(), entries);
}

#[test]
fn managing_snapshots_leaves_undo_where_it_was() {
    let scratch = Scratch::new();
    let path = scratch.map_file();
    let mut store = Store::open(&path).unwrap();
    let mut records = records();
    records.people[0].name = "Priya Shah-Patel".into();
    store.update().unwrap().commit_edit(&Map::new(records).unwrap(), "edit", "Renamed Priya", AT).unwrap();
    let id = store.take_snapshot(&snapshot("Q1"), AT).unwrap();
    store.rename_snapshot(id, "2026 Q1", AT).unwrap();
    store.delete_snapshot(id, AT).unwrap();
    assert_eq!(store.history().unwrap().undo.map(|step| step.summary).as_deref(), Some("Renamed Priya"));
}

#[test]
fn a_snapshot_of_a_format_1_map_is_as_of_the_day_it_was_taken() {
    let scratch = Scratch::new();
    let path = scratch.map_file();
    Store::open(&path).unwrap().take_snapshot(&snapshot("Q1"), AT).unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch("DROP TABLE pseudonym; DROP TABLE pseudonym_secret; ALTER TABLE snapshot DROP COLUMN as_of; PRAGMA user_version = 1;").unwrap();
    drop(conn);

    let store = Store::open(&path).unwrap();
    let listed = store.snapshots().unwrap();
    assert_eq!((listed[0].name.as_str(), listed[0].as_of.as_deref()), ("Q1", None));
    assert_eq!(store.schema_version().unwrap(), bridgework_store::SCHEMA_VERSION);
}
