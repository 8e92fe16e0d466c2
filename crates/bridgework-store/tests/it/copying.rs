//! Copying a map to another file (Save As): whole, consistent, and never over
//! the map itself.

use crate::fixture::*;
use bridgework_core::{Map, Silent};
use bridgework_store::{Position, Store, StoreError};

#[test]
fn a_copy_holds_everything_the_map_holds() {
    let scratch = Scratch::new();
    let path = scratch.map_file();
    let mut store = Store::open(&path).unwrap();
    store.take_snapshot(&snapshot("Before the restructure"), AT).unwrap();
    store.save_positions("organisations", &[Position { node: "org:acute".into(), x: 1.5, y: -2.0 }]).unwrap();
    let copy = scratch.path("copy.bwmap");
    store.copy_to(&copy).unwrap();

    let copied = Store::open_read_only(&copy).unwrap();
    assert_eq!(copied.path(), copy);
    assert_eq!(copied.name().unwrap(), "Test map");
    assert_eq!(copied.load().unwrap(), store.load().unwrap());
    assert_eq!(copied.snapshots().unwrap(), store.snapshots().unwrap());
    assert_eq!(copied.load_snapshot(1).unwrap(), store.load_snapshot(1).unwrap());
    assert_eq!(copied.positions("organisations").unwrap(), store.positions("organisations").unwrap());
    assert_eq!(copied.audit_log().unwrap(), store.audit_log().unwrap());
    assert_eq!(scratch.files(), ["copy.bwmap", "map.bwmap"], "no temporary file is left behind");
}

#[test]
fn the_original_is_untouched_and_the_copy_is_independent() {
    let scratch = Scratch::new();
    let path = scratch.map_file();
    let before = std::fs::read(&path).unwrap();
    let copy = scratch.path("copy.bwmap");
    Store::open_read_only(&path).unwrap().copy_to(&copy).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), before);

    let mut records = records();
    records.people[0].name = "Priya Shah-Patel".into();
    let mut copied = Store::open(&copy).unwrap();
    copied.update().unwrap().commit(&Map::new(records).unwrap(), "edit", "rename", AT, &Silent).unwrap();
    assert_eq!(Store::open_read_only(&path).unwrap().load().unwrap().people[0].name, "Priya Shah");
}

#[test]
fn a_copy_replaces_another_file_whole() {
    let scratch = Scratch::new();
    let path = scratch.map_file();
    let other = scratch.path("other.bwmap");
    std::fs::write(&other, "an older copy").unwrap();
    Store::open_read_only(&path).unwrap().copy_to(&other).unwrap();
    assert_eq!(Store::open_read_only(&other).unwrap().load().unwrap(), Store::open(&path).unwrap().load().unwrap());
}

#[test]
fn a_map_is_never_copied_over_itself() {
    let scratch = Scratch::new();
    let path = scratch.map_file();
    let before = std::fs::read(&path).unwrap();
    let store = Store::open_read_only(&path).unwrap();
    let another_spelling = scratch.dir.path().join(".").join("map.bwmap");
    for target in [&path, &another_spelling] {
        let err = store.copy_to(target).unwrap_err();
        assert!(matches!(err, StoreError::SameFile { .. }), "{err}");
        assert!(err.to_string().ends_with("map.bwmap is the map being copied; choose another name for the copy"));
    }
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(scratch.files(), ["map.bwmap"]);
}

#[test]
fn a_copy_into_a_missing_folder_names_the_folder() {
    let scratch = Scratch::new();
    let path = scratch.map_file();
    let folder = scratch.path("Shared maps");
    let err = Store::open_read_only(&path).unwrap().copy_to(&folder.join("copy.bwmap")).unwrap_err();
    assert!(matches!(err, StoreError::NoSuchFolder { .. }), "{err}");
    assert_eq!(err.to_string(), format!("{}: no such folder; choose a folder that exists", folder.display()));
    assert_eq!(scratch.files(), ["map.bwmap"]);
}
