//! The maps a person opened lately, kept in a small JSON file in the app's
//! data folder, most recent first.
//!
//! The list is a convenience, never a reason to fail: a missing or damaged
//! file reads as an empty list, and the next map opened writes it afresh. The
//! file is replaced whole (written beside its final name, then moved there),
//! so a crash mid-write leaves the previous list rather than half of one.

use crate::{MapInfo, Result};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// How many maps the list keeps: enough for a menu, short enough to scan.
const MAX_RECENT_MAPS: usize = 10;

/// The list's file name inside the data folder.
const RECENT_MAPS_FILE: &str = "recent-maps.json";

/// A map opened lately.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RecentMap {
    /// The map file's absolute path.
    pub path: String,
    /// The map's name when last opened.
    pub name: String,
    /// Whether the file is still there.
    pub exists: bool,
}

/// The file's contents. An object rather than a bare list, so fields can be
/// added without older versions reading the file as damaged.
#[derive(Debug, Default, Serialize, Deserialize)]
struct RecentFile {
    maps: Vec<Entry>,
}

/// A map as the file keeps it: whether it still exists is asked afresh on
/// every read, not stored.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Entry {
    path: String,
    name: String,
}

/// The maps opened lately, most recent first, from the list in `data_dir`.
/// Never fails and never writes: a missing or damaged list is empty.
pub fn recent_maps(data_dir: &Path) -> Vec<RecentMap> {
    read(data_dir)
        .into_iter()
        .map(|entry| RecentMap { exists: Path::new(&entry.path).is_file(), path: entry.path, name: entry.name })
        .collect()
}

/// Puts `map` at the top of the list in `data_dir` (creating the folder and
/// the list if needed), drops an older mention of the same file and the
/// oldest beyond [`MAX_RECENT_MAPS`], and returns the new list.
pub fn remember_map(data_dir: &Path, map: &MapInfo) -> Result<Vec<RecentMap>> {
    let mut maps = vec![Entry { path: map.file.clone(), name: map.name.clone() }];
    maps.extend(read(data_dir));
    write(data_dir, &RecentFile { maps: tidy(maps) })?;
    Ok(recent_maps(data_dir))
}

/// The list as stored, tidied, or empty when it is missing or damaged.
fn read(data_dir: &Path) -> Vec<Entry> {
    // A file edited by hand may repeat a map or run long: tidy it as it is read.
    crate::data_folder::read_json::<RecentFile>(data_dir, RECENT_MAPS_FILE)
        .map(|file| tidy(file.maps))
        .unwrap_or_default()
}

/// Keeps the first mention of each file, and at most [`MAX_RECENT_MAPS`].
fn tidy(maps: Vec<Entry>) -> Vec<Entry> {
    let mut kept: Vec<Entry> = Vec::with_capacity(MAX_RECENT_MAPS);
    for entry in maps {
        if kept.len() == MAX_RECENT_MAPS {
            break;
        }
        if !kept.iter().any(|k| Path::new(&k.path) == Path::new(&entry.path)) {
            kept.push(entry);
        }
    }
    kept
}

fn write(data_dir: &Path, file: &RecentFile) -> Result<()> {
    crate::data_folder::write_json(data_dir, RECENT_MAPS_FILE, "the list of recent maps", file)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorCode;

    fn map(path: &str, name: &str) -> MapInfo {
        MapInfo {
            file: path.to_string(),
            name: name.to_string(),
            schema_version: 1,
            organisations: 0,
            teams: 0,
            people: 0,
            people_in_post: 0,
            ties: 0,
            partner_links: 0,
            partnerships: 0,
            snapshots: 0,
            recovered: false,
        }
    }

    fn paths(list: &[RecentMap]) -> Vec<&str> {
        list.iter().map(|m| m.path.as_str()).collect()
    }

    #[test]
    fn a_missing_list_is_empty_and_reading_it_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let data_dir = dir.path().join("not yet");
        assert_eq!(recent_maps(&data_dir), vec![]);
        assert!(!data_dir.exists());
    }

    #[test]
    fn the_most_recent_comes_first_and_the_list_creates_its_folder() {
        let dir = tempfile::tempdir().unwrap();
        let data_dir = dir.path().join("data");
        remember_map(&data_dir, &map("/maps/a.bwmap", "A")).unwrap();
        let list = remember_map(&data_dir, &map("/maps/b.bwmap", "B")).unwrap();
        assert_eq!(paths(&list), ["/maps/b.bwmap", "/maps/a.bwmap"]);
        assert_eq!(recent_maps(&data_dir), list);
    }

    #[test]
    fn reopening_a_map_moves_it_to_the_top_with_its_new_name() {
        let dir = tempfile::tempdir().unwrap();
        for path in ["/a.bwmap", "/b.bwmap", "/c.bwmap"] {
            remember_map(dir.path(), &map(path, "old")).unwrap();
        }
        let list = remember_map(dir.path(), &map("/b.bwmap", "Renamed")).unwrap();
        assert_eq!(paths(&list), ["/b.bwmap", "/c.bwmap", "/a.bwmap"]);
        assert_eq!(list[0].name, "Renamed");
    }

    #[test]
    fn the_list_keeps_the_ten_most_recent() {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..12 {
            remember_map(dir.path(), &map(&format!("/{i}.bwmap"), "m")).unwrap();
        }
        let list = recent_maps(dir.path());
        assert_eq!(list.len(), MAX_RECENT_MAPS);
        assert_eq!(list.first().unwrap().path, "/11.bwmap");
        assert_eq!(list.last().unwrap().path, "/2.bwmap");
    }

    #[test]
    fn whether_a_map_still_exists_is_asked_afresh() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("here.bwmap");
        std::fs::write(&file, "").unwrap();
        remember_map(dir.path(), &map(file.to_str().unwrap(), "Here")).unwrap();
        let list = remember_map(dir.path(), &map("/gone.bwmap", "Gone")).unwrap();
        assert_eq!(list.iter().map(|m| m.exists).collect::<Vec<_>>(), [false, true]);
        std::fs::remove_file(&file).unwrap();
        assert!(!recent_maps(dir.path())[1].exists);
    }

    #[test]
    fn a_damaged_list_reads_as_empty_and_is_replaced_whole() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(RECENT_MAPS_FILE);
        for damaged in ["{\"maps\": [{\"path\": \"/a.bwmap\"", "[1, 2, 3]", "\u{feff}garbage", ""] {
            std::fs::write(&file, damaged).unwrap();
            assert_eq!(recent_maps(dir.path()), vec![], "{damaged:?}");
        }
        let list = remember_map(dir.path(), &map("/a.bwmap", "A")).unwrap();
        assert_eq!(paths(&list), ["/a.bwmap"]);
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, [RECENT_MAPS_FILE], "no temporary file is left behind");
    }

    #[test]
    fn a_list_edited_by_hand_is_tidied_as_it_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let maps: Vec<_> = (0..15).map(|i| format!(r#"{{"path": "/{}.bwmap", "name": "m"}}"#, i % 12)).collect();
        let text = format!(r#"{{"maps": [{}], "added_later": true}}"#, maps.join(","));
        std::fs::write(dir.path().join(RECENT_MAPS_FILE), text).unwrap();
        let list = recent_maps(dir.path());
        assert_eq!(list.len(), MAX_RECENT_MAPS);
        assert_eq!(list.first().unwrap().path, "/0.bwmap");
        assert_eq!(list.last().unwrap().path, "/9.bwmap");
    }

    #[test]
    fn a_list_that_cannot_be_saved_says_where() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("a file");
        std::fs::write(&blocker, "").unwrap();
        let err = remember_map(&blocker.join("data"), &map("/a.bwmap", "A")).unwrap_err();
        assert_eq!(err.code, ErrorCode::Io);
        assert!(err.message.starts_with("could not save the list of recent maps in "), "{}", err.message);
        assert!(err.message.contains("a file"), "{}", err.message);
    }
}
