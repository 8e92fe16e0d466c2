//! What every run works on: the large synthetic map as CSV files, and a
//! smaller synthetic map both in memory and as a map file.

use crate::{Args, Result};
use bridgework_api::{Date, DemoFormat, Synthetic};
use bridgework_core::{Map, Network, PersonNetwork, StrengthModel};
use std::path::PathBuf;
use tempfile::TempDir;

#[derive(Debug)]
pub struct Fixture {
    scratch: TempDir,
    /// The day every analysis is for.
    pub day: Date,
    /// The large map as CSV files, which each run imports into a new map.
    pub csv: PathBuf,
    pub people: usize,
    pub ties: usize,
    pub ties_csv_bytes: u64,
    /// The smaller map, for the measures too slow for the large one.
    pub small: Map,
    pub small_file: PathBuf,
    /// People in post in the smaller map.
    pub small_people: usize,
}

impl Fixture {
    pub fn new(args: &Args) -> Result<Fixture> {
        let scratch = tempfile::tempdir()?;
        let csv = scratch.path().join("csv");
        let day = bridgework_api::today();
        let large = Synthetic { people: args.people, seed: args.seed, as_of: day };
        eprintln!("Generating {} people as CSV…", args.people);
        let written = bridgework_api::write_demo(&csv, Some(&large), day, DemoFormat::Csv)?;
        let ties_csv_bytes = std::fs::metadata(csv.join("ties.csv"))?.len();

        let small = Synthetic { people: args.betweenness_people, ..large };
        let small_file = scratch.path().join("small.bwmap");
        bridgework_api::create_synthetic_map(&small_file, &small)?;
        let small = Map::new(small.records())
            .map_err(|problems| format!("the generated map breaks a rule: {}", problems[0]))?;
        let small_people = PersonNetwork::new(&Network::new(&small, day, StrengthModel::default())).graph.node_count();
        Ok(Fixture {
            scratch,
            day,
            csv,
            people: written.people,
            ties: written.ties,
            ties_csv_bytes,
            small,
            small_file,
            small_people,
        })
    }

    /// A path in the scratch folder, removed when the bench ends.
    pub fn path(&self, name: &str) -> PathBuf {
        self.scratch.path().join(name)
    }
}
