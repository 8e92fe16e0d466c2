//! Import: `bridgework import` of every CSV file into a new map, against the
//! sqlite3 shell's `.import` of ties.csv alone into a plain table.

use crate::fixture::Fixture;
use crate::table::Table;
use crate::timing::Samples;
use crate::{Result, Section, TableRows};
use bridgework_core::Silent;
use serde::Serialize;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

#[derive(Debug)]
pub struct Timings {
    /// Whether the sqlite3 shell is installed; without it the peer is skipped.
    sqlite3: bool,
    peer: Samples,
    ours: Samples,
}

impl Timings {
    pub fn new() -> Timings {
        let sqlite3 =
            Command::new("sqlite3").arg("-version").stdout(Stdio::null()).status().is_ok_and(|status| status.success());
        Timings { sqlite3, peer: Samples::default(), ours: Samples::default() }
    }
}

#[derive(Debug, Serialize)]
pub struct Report {
    /// Median seconds of the sqlite3 shell's `.import`; absent without sqlite3.
    sqlite3_import_seconds: Option<f64>,
    bridgework_import_seconds: f64,
    /// bridgework import ÷ sqlite3 import (target at most 1.5).
    import_ratio: Option<f64>,
}

impl Section for Timings {
    type Report = Report;

    /// Makes `map`: a new map with the large map's CSV files imported.
    fn time(&mut self, fixture: &Fixture, map: &Path) -> Result<()> {
        if self.sqlite3 {
            self.peer.push(time_sqlite3_import(&fixture.csv.join("ties.csv"), &map.with_extension("db"))?);
        }
        bridgework_api::create_map(map, "bench")?;
        self.ours.time(|| bridgework_api::import(map, &fixture.csv, false, &Silent))?;
        Ok(())
    }

    fn report(&self, _: &Fixture) -> Report {
        let peer = self.peer.median();
        let ours = self.ours.seconds();
        Report { sqlite3_import_seconds: peer, bridgework_import_seconds: ours, import_ratio: peer.map(|p| ours / p) }
    }
}

impl TableRows for Report {
    fn rows(&self, _: &Fixture, table: &mut Table) {
        match self.sqlite3_import_seconds {
            Some(peer) => table.row("sqlite3 .import ties.csv (plain table)", peer, "peer"),
            None => table.skipped("sqlite3 .import ties.csv", "sqlite3 not found"),
        }
        table.row(
            "bridgework import (all tables, new map)",
            self.bridgework_import_seconds,
            self.import_ratio.map(|r| format!("{r:.2}× peer (target ≤ 1.5×)")).unwrap_or_default(),
        );
    }
}

/// Times the sqlite3 shell importing `csv` into a new plain table (first line
/// as column names), in its own process, as a person would run it.
fn time_sqlite3_import(csv: &Path, db: &Path) -> Result<std::time::Duration> {
    let start = Instant::now();
    let status = Command::new("sqlite3")
        .arg(db)
        .arg(format!(".import --csv '{}' ties", csv.display()))
        .stdin(Stdio::null())
        .status()?;
    let elapsed = start.elapsed();
    if !status.success() {
        return Err(format!("sqlite3 .import failed ({status})").into());
    }
    Ok(elapsed)
}
