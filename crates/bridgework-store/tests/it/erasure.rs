//! Erasing a person: gone from the live map, every snapshot, the history,
//! the saved positions and the pseudonym table, with no byte of them left
//! in the file; everyone else as they were; bad requests change nothing.

use crate::fixture::*;
use bridgework_core::{Map, Records, Silent};
use bridgework_store::{Position, Store, StoreError};
use std::path::Path;

const NAME: &str = "Quintessa Marrowby";
const EMAIL: &str = "q.marrowby@canary.example";
const PHONE: &str = "07700 900461";

/// The fixture with p1 as the canary: a unique name, email and phone.
fn canary_records() -> Records {
    let mut records = records();
    let p1 = &mut records.people[0];
    p1.name = NAME.into();
    p1.email = Some(EMAIL.into());
    p1.phone = Some(PHONE.into());
    records
}

/// How often `needle` occurs in the raw bytes of every file in `dir`.
fn occurrences(dir: &Path, needle: &str) -> usize {
    let mut count = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        count += bytes.windows(needle.len()).filter(|w| *w == needle.as_bytes()).count();
    }
    count
}

/// A map holding the canary live, in two snapshots, in edits undone and
/// redone, and in a saved position.
fn planted(scratch: &Scratch) -> std::path::PathBuf {
    let path = scratch.path("map.bwmap");
    Store::create(&path, "Test map", &Map::new(canary_records()).unwrap(), AT).unwrap();
    let mut store = Store::open(&path).unwrap();
    store.take_snapshot(&snapshot("Q2"), AT).unwrap();
    let mut edited = canary_records();
    edited.people[0].role = Some("Head of Flow".into());
    let summary = format!("Edited the person \"{NAME}\"");
    store.update().unwrap().commit_edit(&Map::new(edited.clone()).unwrap(), "edit-person", &summary, AT).unwrap();
    store.take_snapshot(&snapshot("Q3"), AT).unwrap();
    store.undo(AT).unwrap().expect("the edit undoes");
    store.redo(AT).unwrap().expect("the edit redoes");
    edited.people[1].role = Some("Ward Manager".into());
    store
        .update()
        .unwrap()
        .commit_edit(&Map::new(edited).unwrap(), "edit-person", "Edited the person \"Zoë Ellis\"", AT)
        .unwrap();
    let positions =
        [Position { node: "person:p1".into(), x: 1.0, y: 2.0 }, Position { node: "person:p2".into(), x: 3.0, y: 4.0 }];
    store.save_positions("map", &positions).unwrap();
    path
}

/// `records` without the person `id` and their ties.
fn without(mut records: Records, id: &str) -> Records {
    records.people.retain(|p| p.id != id);
    records.ties.retain(|t| t.person_a != id && t.person_b != id);
    records
}

#[test]
fn an_erased_person_leaves_no_byte_in_the_file_and_everyone_else_stays() {
    let scratch = Scratch::new();
    let path = planted(&scratch);
    for needle in [NAME, EMAIL, PHONE] {
        assert!(occurrences(scratch.dir.path(), needle) > 0, "the canary {needle} was planted");
    }
    let store = Store::open_read_only(&path).unwrap();
    let live_before = store.load().unwrap();
    let snapshots_before: Vec<Records> =
        store.snapshots().unwrap().iter().map(|s| store.load_snapshot(s.id).unwrap()).collect();
    let plan = store.erasure_plan("p1").unwrap().expect("p1 is in the map");
    drop(store);
    assert_eq!(
        (plan.name.as_str(), plan.in_live_map, plan.ties, plan.snapshots, plan.snapshot_ties, plan.positions),
        (NAME, true, 3, 2, 6, 1)
    );
    // The edit, its undo and its redo hold the canary's rows and name them;
    // the later edit of Zoë does neither.
    assert_eq!(plan.history_entries, 3);

    let done = Store::open(&path).unwrap().erase_person("p1", Some("request DP-2026-014"), AT).unwrap();
    assert_eq!(done, plan);

    for needle in [NAME, EMAIL, PHONE] {
        assert_eq!(occurrences(scratch.dir.path(), needle), 0, "{needle} survives in the file");
    }
    assert_eq!(scratch.files(), vec!["map.bwmap".to_string()], "no side file is left");
    let store = Store::open_read_only(&path).unwrap();
    assert_eq!(store.load().unwrap(), without(live_before, "p1"));
    let snapshots_after: Vec<Records> =
        store.snapshots().unwrap().iter().map(|s| store.load_snapshot(s.id).unwrap()).collect();
    let expected: Vec<Records> = snapshots_before.into_iter().map(|r| without(r, "p1")).collect();
    assert_eq!(snapshots_after, expected);
    assert_eq!(store.positions("map").unwrap(), vec![Position { node: "person:p2".into(), x: 3.0, y: 4.0 }]);
    assert_eq!(store.erasure_plan("p1").unwrap(), None);
    assert!(store.kept_pseudonyms().unwrap().iter().all(|(id, _)| id != "p1"));
    assert_eq!(store.kept_pseudonyms().unwrap().len(), 3, "everyone else's pseudonym is kept");
    // Undo does not reach back past an erasure.
    assert_eq!(store.history().unwrap(), bridgework_store::History::default());
}

#[test]
fn the_erasure_entry_says_when_why_and_how_much_but_never_who() {
    let scratch = Scratch::new();
    let path = planted(&scratch);
    Store::open(&path).unwrap().erase_person("p1", Some("request DP-2026-014"), AT).unwrap();
    let log = Store::open_read_only(&path).unwrap().audit_log().unwrap();
    let erasure = log.last().unwrap();
    assert_eq!(erasure.action, "erase");
    assert_eq!(erasure.at, AT);
    assert_eq!(erasure.detail["reason"], "request DP-2026-014");
    assert_eq!(erasure.detail["ties"], 3);
    let whole = serde_json::to_string(&log).unwrap();
    for needle in [NAME, EMAIL, PHONE, "\"p1\""] {
        assert!(!whole.contains(needle), "{needle} is in the audit log: {whole}");
    }
    assert!(whole.contains("Zoë Ellis"), "entries about others keep their data");
}

#[test]
fn a_reason_that_names_the_person_is_refused_and_nothing_changes() {
    let scratch = Scratch::new();
    let path = planted(&scratch);
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).unwrap().erase_person("p1", Some("asked by Quintessa Marrowby"), AT).unwrap_err();
    assert!(matches!(err, StoreError::ReasonNamesPerson { .. }), "{err:?}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn an_unknown_person_is_refused_and_nothing_changes() {
    let scratch = Scratch::new();
    let path = planted(&scratch);
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).unwrap().erase_person("p9", None, AT).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("{}: nobody with the id \"p9\" is in the map, its snapshots or its history", path.display())
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn erasing_from_a_read_only_file_is_refused_and_leaves_its_bytes() {
    use std::os::unix::fs::PermissionsExt;
    let scratch = Scratch::new();
    let path = planted(&scratch);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).unwrap().erase_person("p1", None, AT).unwrap_err();
    assert!(matches!(err, StoreError::ReadOnly { .. }), "{err:?}");
    assert!(err.to_string().contains("is read-only, so nothing was changed"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_person_only_in_a_snapshot_is_erased_from_it() {
    let scratch = Scratch::new();
    let path = scratch.map_file();
    let mut store = Store::open(&path).unwrap();
    store.take_snapshot(&snapshot("Q2"), AT).unwrap();
    store.update().unwrap().commit(&Map::new(without(records(), "p4")).unwrap(), "import", "t", AT, &Silent).unwrap();
    let plan = store.erasure_plan("p4").unwrap().expect("a snapshot holds p4");
    assert_eq!((plan.in_live_map, plan.ties, plan.snapshots, plan.snapshot_ties), (false, 0, 1, 1));
    store.erase_person("p4", None, AT).unwrap();
    let snapshot = store.snapshots().unwrap()[0].id;
    assert_eq!(store.load_snapshot(snapshot).unwrap(), without(records(), "p4"));
    assert_eq!(store.erasure_plan("p4").unwrap(), None);
}

#[test]
fn a_deleted_snapshot_renumbers_nobody_it_kept() {
    let scratch = Scratch::new();
    let path = scratch.map_file();
    let mut store = Store::open(&path).unwrap();
    let id = store.take_snapshot(&snapshot("Q2"), AT).unwrap();
    assert!(store.kept_pseudonyms().unwrap().is_empty(), "nobody has left yet");
    store.delete_snapshot(id, AT).unwrap();
    let mut kept: Vec<String> = store.kept_pseudonyms().unwrap().into_iter().map(|(id, _)| id).collect();
    kept.sort();
    assert_eq!(kept, ["p1", "p2", "p3", "p4"]);
}

#[test]
fn erasing_from_a_map_another_program_holds_is_refused_and_changes_nothing() {
    let scratch = Scratch::new();
    let path = planted(&scratch);
    let before = std::fs::read(&path).unwrap();
    let other = rusqlite::Connection::open(&path).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    let err = Store::open(&path).unwrap().erase_person("p1", None, AT).unwrap_err();
    assert!(matches!(err, StoreError::Busy { .. }), "{err:?}");
    other.execute_batch("ROLLBACK").unwrap();
    drop(other);
    assert_eq!(std::fs::read(&path).unwrap(), before);
}
