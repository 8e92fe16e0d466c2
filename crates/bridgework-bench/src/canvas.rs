//! The desktop map's backend (`MapSession`): opening a map for the canvas,
//! opening its largest organisation, and drawing everyone of the smaller map.

use crate::fixture::Fixture;
use crate::table::Table;
use crate::timing::Samples;
use crate::{Result, Section, TableRows};
use bridgework_api::{MapSession, SceneRequest};
use bridgework_core::Silent;
use serde::Serialize;
use std::path::Path;

#[derive(Debug, Default)]
pub struct Timings {
    open: Samples,
    drill: Samples,
    drill_size: (usize, usize),
    everyone: Samples,
    everyone_size: (usize, usize),
}

#[derive(Debug, Serialize)]
pub struct Report {
    /// Median seconds from opening the large map for the canvas (load, check,
    /// network, weak links) to its organisation-level scene.
    map_open_seconds: f64,
    /// Median seconds of the scene with the large map's largest organisation
    /// opened into its teams, layout not yet cached (target under 1 s).
    map_drill_seconds: f64,
    /// Nodes and edges of that scene.
    map_drill_nodes: usize,
    map_drill_edges: usize,
    /// Median seconds from opening the smaller map to the scene with every
    /// organisation and team open: every person drawn.
    map_everyone_seconds: f64,
    map_everyone_nodes: usize,
    map_everyone_edges: usize,
}

impl Section for Timings {
    type Report = Report;

    fn time(&mut self, fixture: &Fixture, map: &Path) -> Result<()> {
        let (session, organisations) = self.open.time(|| -> Result<_> {
            let session = MapSession::open(map, fixture.day, &Silent)?;
            let organisations = session.scene(&SceneRequest::default())?;
            Ok((session, organisations))
        })?;
        let largest = organisations.nodes.iter().max_by_key(|n| n.people).map(|n| n.id.clone());
        let request = SceneRequest { expanded_organisations: largest.into_iter().collect(), ..Default::default() };
        let drilled = self.drill.time(|| session.scene(&request))?;
        self.drill_size = (drilled.nodes.len(), drilled.edges.len());
        drop(session);

        let everyone = self.everyone.time(|| -> Result<_> {
            let session = MapSession::open(&fixture.small_file, fixture.day, &Silent)?;
            let organisations: Vec<String> =
                session.scene(&SceneRequest::default())?.nodes.into_iter().map(|n| n.id).collect();
            let teams =
                session.scene(&SceneRequest { expanded_organisations: organisations.clone(), ..Default::default() })?;
            Ok(session.scene(&SceneRequest {
                expanded_organisations: organisations,
                expanded_teams: teams.nodes.into_iter().map(|n| n.id).collect(),
                ..Default::default()
            })?)
        })?;
        self.everyone_size = (everyone.nodes.len(), everyone.edges.len());
        Ok(())
    }

    fn report(&self, _: &Fixture) -> Report {
        Report {
            map_open_seconds: self.open.seconds(),
            map_drill_seconds: self.drill.seconds(),
            map_drill_nodes: self.drill_size.0,
            map_drill_edges: self.drill_size.1,
            map_everyone_seconds: self.everyone.seconds(),
            map_everyone_nodes: self.everyone_size.0,
            map_everyone_edges: self.everyone_size.1,
        }
    }
}

impl TableRows for Report {
    fn rows(&self, fixture: &Fixture, table: &mut Table) {
        table.row(
            format!("map canvas: open at organisation level ({} people)", fixture.people),
            self.map_open_seconds,
            "target < 5 s with rendering",
        );
        table.row(
            format!(
                "map canvas: open the largest organisation ({} nodes, {} edges)",
                self.map_drill_nodes, self.map_drill_edges
            ),
            self.map_drill_seconds,
            "target < 1 s",
        );
        table.row(
            format!(
                "map canvas: everyone of {} people ({} nodes, {} edges)",
                fixture.small_people, self.map_everyone_nodes, self.map_everyone_edges
            ),
            self.map_everyone_seconds,
            "target < 5 s with rendering",
        );
    }
}
