//! Data-protection requests on the large map with three snapshots inside:
//! everything held about one person (`write_subject_access`, as JSON), and
//! erasing them everywhere (`erase_person`), vacuum included.

use crate::fixture::Fixture;
use crate::table::Table;
use crate::timing::Samples;
use crate::{Result, Section, TableRows};
use bridgework_api::{DataTable, Destination, MapSession, RowsRequest, SnapshotInput, SubjectAccessFormat};
use bridgework_core::{NodeKey, Silent};
use serde::Serialize;
use std::path::Path;

/// How many snapshots the map holds when a person is erased from it.
const SNAPSHOTS: usize = 3;

#[derive(Debug, Default)]
pub struct Timings {
    subject_access: Samples,
    erase: Samples,
}

#[derive(Debug, Serialize)]
pub struct Report {
    /// Median seconds of writing everything held about one person as JSON,
    /// from the map file with three snapshots (target < 2 s).
    subject_access_seconds: f64,
    /// Median seconds of erasing one person from the map, its three
    /// snapshots and its history, then vacuuming it (target < 10 s).
    erase_seconds: f64,
}

impl Section for Timings {
    type Report = Report;

    fn time(&mut self, fixture: &Fixture, map: &Path) -> Result<()> {
        for n in 1..=SNAPSHOTS {
            let input = SnapshotInput { name: format!("Q{n}"), note: None, as_of: None };
            bridgework_api::take_snapshot(map, &input)?;
        }
        let session = MapSession::open(map, fixture.day, &Silent)?;
        let request = RowsRequest {
            table: DataTable::People,
            search: String::new(),
            sort: None,
            descending: false,
            offset: 0,
            limit: 1,
        };
        let page = session.rows(&request)?;
        drop(session);
        let key = &page.rows.first().ok_or("the map has nobody")?.key;
        let id = NodeKey::parse(key).ok_or("a person's key reads")?.id();
        let out = Destination::Replace(fixture.path("subject-access.json"));
        self.subject_access.time(|| bridgework_api::write_subject_access(map, id, SubjectAccessFormat::Json, &out))?;
        self.erase.time(|| bridgework_api::erase_person(map, id, Some("bench")))?;
        Ok(())
    }

    fn report(&self, _: &Fixture) -> Report {
        Report { subject_access_seconds: self.subject_access.seconds(), erase_seconds: self.erase.seconds() }
    }
}

impl TableRows for Report {
    fn rows(&self, fixture: &Fixture, table: &mut Table) {
        table.row(
            format!("subject access: one person as JSON ({} people, {SNAPSHOTS} snapshots)", fixture.people),
            self.subject_access_seconds,
            "target < 2 s",
        );
        table.row(
            format!("erase one person, vacuum included ({} people, {SNAPSHOTS} snapshots)", fixture.people),
            self.erase_seconds,
            "target < 10 s",
        );
    }
}
