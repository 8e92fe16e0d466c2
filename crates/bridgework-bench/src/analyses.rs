//! The analyses: opening a map, the weak-link report, a counterpart query,
//! Leiden, exact betweenness and the layout of everyone. Leiden, betweenness
//! and the layout are timed on a network already built, as a peer such as
//! igraph is timed on a graph already loaded.

use crate::fixture::Fixture;
use crate::table::Table;
use crate::timing::Samples;
use crate::{Result, Section, TableRows};
use bridgework_api::{CounterpartsRequest, Date, SeekerRequest, WeakLinksRequest};
use bridgework_core::brokerage::{BetweennessOptions, betweenness};
use bridgework_core::communities::{LeidenOptions, leiden};
use bridgework_core::layout::{LayoutLevel, LayoutRequest, layout};
use bridgework_core::{Map, Network, PersonGraph, PersonNetwork, StrengthModel};
use serde::Serialize;
use std::path::Path;

#[derive(Debug, Default)]
pub struct Timings {
    open: Samples,
    weak_links: Samples,
    pairs: (usize, usize),
    counterparts: Samples,
    candidates: usize,
    leiden: Samples,
    found: (usize, f64),
    betweenness: Samples,
    tied_pairs: usize,
    layout: Samples,
}

#[derive(Debug, Serialize)]
pub struct Report {
    open_and_graph_seconds: f64,
    /// Median seconds from opening the map to the complete weak-link report
    /// (every declared partner link, every team pair of partnered
    /// organisations with a direct tie, every organisation pair), not printed.
    weak_links_seconds: f64,
    team_pairs: usize,
    organisation_pairs: usize,
    /// Median seconds of one counterpart query (the first person in post,
    /// in the largest other organisation) on the map already loaded, as the
    /// app runs it: target under 0.1.
    counterparts_seconds: f64,
    /// How many people that query scored.
    counterpart_candidates: usize,
    /// Median seconds of Leiden (seed 0, weighted by strength, igraph's two
    /// passes) on the map's person network, all `people`.
    leiden_seconds: f64,
    communities: usize,
    modularity: f64,
    /// People in post in the smaller map exact betweenness is timed on.
    betweenness_people: usize,
    betweenness_tied_pairs: usize,
    /// Median seconds of exact (unweighted) betweenness on it, on all cores.
    exact_betweenness_seconds: f64,
    /// Median seconds of laying out every person of that smaller map, as the
    /// map view does (target under 3 s).
    layout_seconds: f64,
}

impl Section for Timings {
    type Report = Report;

    fn time(&mut self, fixture: &Fixture, map: &Path) -> Result<()> {
        let day = fixture.day;
        self.open.time(|| bridgework_api::open_map(map).map(|opened| drop(PersonGraph::build(&opened, day))))?;

        let report = self.weak_links.time(|| bridgework_api::weak_links_report(map, &WeakLinksRequest::new(day)))?;
        self.pairs = (report.team_pairs.len(), report.organisation_pairs.len());

        let opened = bridgework_api::open_map(map)?;
        let net = Network::new(&opened, day, StrengthModel::default());
        let request = counterpart_request(&opened, day)?;
        self.candidates = self.counterparts.time(|| bridgework_api::counterparts_in(&net, &request))?.considered;

        let people = PersonNetwork::new(&net);
        let partition = self.leiden.time(|| leiden(&people.graph, LeidenOptions::default()));
        self.found = (partition.community_count(), partition.modularity);

        let small = Network::new(&fixture.small, day, StrengthModel::default());
        let small_people = PersonNetwork::new(&small);
        self.tied_pairs = small_people.graph.edge_count();
        self.betweenness.time(|| {
            betweenness(&small_people.graph, BetweennessOptions { exact: true, ..BetweennessOptions::default() })
        });
        let pinned = std::collections::HashMap::new();
        self.layout.time(|| layout(&small, &LayoutRequest { level: LayoutLevel::AllPeople, pinned: &pinned }));
        Ok(())
    }

    fn report(&self, fixture: &Fixture) -> Report {
        Report {
            open_and_graph_seconds: self.open.seconds(),
            weak_links_seconds: self.weak_links.seconds(),
            team_pairs: self.pairs.0,
            organisation_pairs: self.pairs.1,
            counterparts_seconds: self.counterparts.seconds(),
            counterpart_candidates: self.candidates,
            leiden_seconds: self.leiden.seconds(),
            communities: self.found.0,
            modularity: self.found.1,
            betweenness_people: fixture.small_people,
            betweenness_tied_pairs: self.tied_pairs,
            exact_betweenness_seconds: self.betweenness.seconds(),
            layout_seconds: self.layout.seconds(),
        }
    }
}

impl TableRows for Report {
    fn rows(&self, _: &Fixture, table: &mut Table) {
        table.row("open map + build person graph", self.open_and_graph_seconds, "target < 1 s");
        table.row(
            format!("weak-link report ({} team, {} organisation pairs)", self.team_pairs, self.organisation_pairs),
            self.weak_links_seconds,
            "target < 2 s",
        );
        table.row(
            format!("one counterpart query ({} people scored)", self.counterpart_candidates),
            self.counterparts_seconds,
            "target < 0.1 s",
        );
        table.row(
            format!("Leiden communities ({}, modularity {:.4})", self.communities, self.modularity),
            self.leiden_seconds,
            "compare python-igraph",
        );
        table.row(
            format!(
                "exact betweenness ({} people, {} tied pairs)",
                self.betweenness_people, self.betweenness_tied_pairs
            ),
            self.exact_betweenness_seconds,
            "compare python-igraph",
        );
        table.row(
            format!("layout of every person ({} people)", self.betweenness_people),
            self.layout_seconds,
            "target < 3 s",
        );
    }
}

/// A counterpart query for the first person in post with a team, in the
/// organisation with the most people other than theirs.
fn counterpart_request(map: &Map, day: Date) -> Result<CounterpartsRequest> {
    let people = &map.records().people;
    let seeker = map.current_people(day).find(|&p| map.person_team(p).is_some()).ok_or("the map has no staff")?;
    let own = map.person_org(seeker);
    let mut sizes = vec![0usize; map.records().organisations.len()];
    for org in map.current_people(day).filter_map(|p| map.person_org(p)) {
        sizes[org.index()] += 1;
    }
    let largest = (0..sizes.len()).filter(|&o| Some(o) != own.map(|o| o.index())).max_by_key(|&o| sizes[o]);
    let org = &map.records().organisations[largest.ok_or("the map has only one organisation")?];
    Ok(CounterpartsRequest::new(day, SeekerRequest::Person(people[seeker.index()].id.clone()), org.id.clone()))
}
