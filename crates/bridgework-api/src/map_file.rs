//! Opening a map file and saying what it holds.

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
}

/// An organisation as the first screen lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OrganisationSummary {
    pub id: String,
    pub name: String,
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
    })
}

/// Opens a map and checks it: the starting point of every analysis. Never writes.
pub fn open_map(path: &Path) -> Result<Map> {
    let store = Store::open_read_only(path)?;
    let records = store.load()?;
    Map::new(records).map_err(|problems| {
        crate::ApiError::new(
            crate::ErrorCode::Damaged,
            format!(
                "{} is damaged: {} records break the map's rules, the first: {}",
                path.display(),
                problems.len(),
                problems[0]
            ),
        )
    })
}

/// The organisations of the map at `path`, with how many teams and people in
/// post each has.
pub fn organisations(path: &Path) -> Result<Vec<OrganisationSummary>> {
    let map = open_map(path)?;
    let day = today();
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
    Ok(records
        .organisations
        .iter()
        .enumerate()
        .map(|(i, org)| OrganisationSummary {
            id: org.id.clone(),
            name: org.name.clone(),
            kind: org.kind.to_string(),
            colour: org.colour.clone(),
            teams: teams[i],
            people: people[i],
        })
        .collect())
}
