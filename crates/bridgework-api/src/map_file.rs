//! Opening a map file, saying what it holds, and saving a copy of it under
//! another name.

use crate::Result;
use bridgework_core::{Date, Map};
use bridgework_store::Store;
use serde::Serialize;
use std::path::Path;

/// What a map file holds. Stable: new fields are only ever added.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MapInfo {
    pub file: String,
    pub name: String,
    /// The map file's format version.
    pub schema_version: u32,
    pub organisations: usize,
    pub teams: usize,
    pub people: usize,
    pub people_in_post: usize,
    pub ties: usize,
    pub partner_links: usize,
    pub partnerships: usize,
    pub snapshots: usize,
    /// Whether opening found a change that a crash had cut off mid-commit
    /// and rolled it back: the map is as it was before that change.
    pub recovered: bool,
}

/// An organisation as the first screen lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OrganisationSummary {
    pub id: String,
    pub name: String,
    /// The organisation's node key (`org:ID`), as the map takes it.
    pub key: String,
    pub kind: String,
    pub colour: Option<String>,
    pub teams: usize,
    pub people: usize,
}

/// Today, as the calendar on this computer has it: the day current analyses
/// are for.
pub fn today() -> Date {
    chrono::Local::now().date_naive()
}

/// The moment of a change, for the audit log: RFC 3339 in UTC.
pub(crate) fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// What the map at `path` holds, counting people in post today. Never writes.
pub fn info(path: &Path) -> Result<MapInfo> {
    let store = Store::open_read_only(path)?;
    describe(&store, today())
}

pub(crate) fn describe(store: &Store, day: Date) -> Result<MapInfo> {
    let counts = store.counts(day)?;
    Ok(MapInfo {
        file: store.path().display().to_string(),
        name: store.name()?,
        schema_version: store.schema_version()? as u32,
        organisations: counts.organisations as usize,
        teams: counts.teams as usize,
        people: counts.people as usize,
        people_in_post: counts.people_in_post as usize,
        ties: counts.ties as usize,
        partner_links: counts.partner_links as usize,
        partnerships: counts.partnerships as usize,
        snapshots: counts.snapshots as usize,
        recovered: store.recovered(),
    })
}

/// Copies the map at `from` to `to` (Save As), replacing any other file
/// there, and says what the copy holds. `from` is never written; the copy
/// appears whole or not at all, in the current map format.
pub fn save_map_as(from: &Path, to: &Path) -> Result<MapInfo> {
    Store::open_read_only(from)?.copy_to(to)?;
    info(to)
}

/// Opens a map and checks it: the starting point of every analysis. Never writes.
pub fn open_map(path: &Path) -> Result<Map> {
    let store = Store::open_read_only(path)?;
    let records = store.load()?;
    Map::new(records).map_err(|problems| damaged(path, &problems))
}

/// The error for a stored map whose records break the map's rules.
pub(crate) fn damaged(path: &Path, problems: &[bridgework_core::Problem]) -> crate::ApiError {
    crate::ApiError::new(
        crate::ErrorCode::Damaged,
        format!(
            "{} is damaged: {} records break the map's rules, the first: {}",
            path.display(),
            problems.len(),
            problems.first().map(ToString::to_string).unwrap_or_default()
        ),
    )
}

/// The organisations of the map at `path`, with how many teams and people in
/// post each has today.
pub fn organisations(path: &Path) -> Result<Vec<OrganisationSummary>> {
    Ok(organisation_summaries(&open_map(path)?, today()))
}

/// The organisations of `map`, with how many teams and people in post on
/// `day` each has: for a map already loaded, such as a `MapSession`'s.
pub(crate) fn organisation_summaries(map: &Map, day: Date) -> Vec<OrganisationSummary> {
    let records = map.records();
    let mut teams = vec![0; records.organisations.len()];
    for team in 0..records.teams.len() {
        teams[map.team_org(bridgework_core::TeamIx(team as u32)).index()] += 1;
    }
    let mut people = vec![0; records.organisations.len()];
    for person in map.current_people(day) {
        if let Some(org) = map.person_org(person) {
            people[org.index()] += 1;
        }
    }
    records
        .organisations
        .iter()
        .enumerate()
        .map(|(i, org)| OrganisationSummary {
            id: org.id.clone(),
            name: org.name.clone(),
            key: map.org_key(bridgework_core::OrgIx(i as u32)),
            kind: org.kind.to_string(),
            colour: org.colour.clone(),
            teams: teams[i],
            people: people[i],
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorCode;

    /// A folder with the demo map in it, as the first launch creates it.
    fn demo() -> (tempfile::TempDir, std::path::PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("demo.bwmap");
        crate::create_demo_map(&path, today()).unwrap();
        (dir, path)
    }

    #[test]
    fn save_as_makes_a_copy_that_opens_with_the_same_contents() {
        let (dir, original) = demo();
        let before = std::fs::read(&original).unwrap();
        let copy = dir.path().join("copy.bwmap");
        let copied = save_map_as(&original, &copy).unwrap();
        assert_eq!(copied.file, copy.display().to_string());
        assert_eq!(MapInfo { file: original.display().to_string(), ..copied }, info(&original).unwrap());
        assert_eq!(open_map(&copy).unwrap().records(), open_map(&original).unwrap().records());
        assert_eq!(std::fs::read(&original).unwrap(), before, "the original is untouched");
    }

    #[test]
    fn save_as_replaces_another_file_but_not_the_map_itself() {
        let (dir, original) = demo();
        let other = dir.path().join("other.bwmap");
        std::fs::write(&other, "an old file").unwrap();
        assert!(save_map_as(&original, &other).unwrap().people > 0);
        let before = std::fs::read(&original).unwrap();
        let same = dir.path().join(".").join("demo.bwmap");
        let err = save_map_as(&original, &same).unwrap_err();
        assert_eq!(err.code, ErrorCode::AlreadyExists);
        assert!(err.message.ends_with("is the map being copied; choose another name for the copy"), "{}", err.message);
        assert_eq!(std::fs::read(&original).unwrap(), before);
    }

    #[test]
    fn save_as_into_a_missing_folder_names_the_folder() {
        let (dir, original) = demo();
        let folder = dir.path().join("no such folder");
        let err = save_map_as(&original, &folder.join("copy.bwmap")).unwrap_err();
        assert_eq!(err.code, ErrorCode::NotFound);
        assert_eq!(err.message, format!("{}: no such folder; choose a folder that exists", folder.display()));
        assert!(!folder.exists());
    }

    #[test]
    fn save_as_of_a_missing_map_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let err = save_map_as(&dir.path().join("gone.bwmap"), &dir.path().join("copy.bwmap")).unwrap_err();
        assert_eq!(err.code, ErrorCode::NotFound);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
