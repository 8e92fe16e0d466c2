//! The Data page's backend on the large map: searches and sorts of its
//! tables, then saving an edit of the first person found, showing the map as
//! written, and undoing the edit.

use crate::fixture::Fixture;
use crate::table::Table;
use crate::timing::Samples;
use crate::{Result, Section, TableRows};
use bridgework_api::{CellInput, DataTable, MapSession, RecordInput, RowsRequest};
use bridgework_core::Silent;
use serde::Serialize;
use std::path::Path;

#[derive(Debug, Default)]
pub struct Timings {
    search: Samples,
    search_matched: u32,
    sort: Samples,
    tie_search: Samples,
    tie_search_matched: u32,
    edit: Samples,
    show_edit: Samples,
    undo: Samples,
}

#[derive(Debug, Serialize)]
pub struct Report {
    /// Median seconds of one page of the Data page's people table on the
    /// large map, searched for a surname and sorted by name.
    data_search_seconds: f64,
    data_search_matched: u32,
    /// Median seconds of the first page of the whole people table sorted by
    /// name (every row described and compared).
    data_sort_seconds: f64,
    /// Median seconds of one page of the ties table searched for the same
    /// surname (the ties of everyone who has it).
    data_tie_search_seconds: f64,
    data_tie_search_matched: u32,
    /// Median seconds of saving one edited person on the large map (read,
    /// check every rule, write, log for undo), and of undoing it; the app
    /// then shows the map written (`data_show_edit_seconds`).
    data_edit_seconds: f64,
    data_undo_seconds: f64,
    /// Median seconds of making the app's new session from the map the edit
    /// wrote (network, weak links, layout; the records are not read again).
    data_show_edit_seconds: f64,
}

impl Section for Timings {
    type Report = Report;

    fn time(&mut self, fixture: &Fixture, map: &Path) -> Result<()> {
        let session = MapSession::open(map, fixture.day, &Silent)?;
        let first = session.rows(&first_page(DataTable::People, "", None, 1))?;
        let row = first.rows.first().ok_or("the map has nobody")?;
        let surname = row.cells[2].split_whitespace().last().unwrap_or_default().to_string();
        let page = self.search.time(|| session.rows(&first_page(DataTable::People, &surname, Some("name"), 100)))?;
        self.search_matched = page.matched;
        self.sort.time(|| session.rows(&first_page(DataTable::People, "", Some("name"), 100)))?;
        let ties = self.tie_search.time(|| session.rows(&first_page(DataTable::Ties, &surname, None, 100)))?;
        self.tie_search_matched = ties.matched;
        drop(session);

        let cells = first
            .columns
            .iter()
            .zip(&row.cells)
            .map(|(column, text)| CellInput {
                column: column.key.clone(),
                text: if column.key == "role" { format!("{text} (acting)") } else { text.clone() },
            })
            .collect();
        let input = RecordInput { table: DataTable::People, key: Some(row.key.clone()), cells };
        let written = self.edit.time(|| bridgework_api::save_record(map, &input))?;
        self.show_edit.time(|| MapSession::from_written(map, written.map, fixture.day).map(drop))?;
        self.undo.time(|| bridgework_api::undo(map))?;
        Ok(())
    }

    fn report(&self, _: &Fixture) -> Report {
        Report {
            data_search_seconds: self.search.seconds(),
            data_search_matched: self.search_matched,
            data_sort_seconds: self.sort.seconds(),
            data_tie_search_seconds: self.tie_search.seconds(),
            data_tie_search_matched: self.tie_search_matched,
            data_edit_seconds: self.edit.seconds(),
            data_undo_seconds: self.undo.seconds(),
            data_show_edit_seconds: self.show_edit.seconds(),
        }
    }
}

impl TableRows for Report {
    fn rows(&self, fixture: &Fixture, table: &mut Table) {
        table.row(
            format!("data page: search people, sorted ({} of {} people)", self.data_search_matched, fixture.people),
            self.data_search_seconds,
            "target < 0.1 s",
        );
        table.row(
            format!("data page: every person sorted by name ({} people)", fixture.people),
            self.data_sort_seconds,
            "target < 1 s",
        );
        table.row(
            format!("data page: search ties ({} of {} ties)", self.data_tie_search_matched, fixture.ties),
            self.data_tie_search_seconds,
            "target < 1 s",
        );
        table.row(format!("data page: save one edited person ({} people)", fixture.people), self.data_edit_seconds, "");
        table.row(
            "data page: the map as edited, ready to show",
            self.data_show_edit_seconds,
            "after each save or undo",
        );
        table.row("data page: undo that edit", self.data_undo_seconds, "");
    }
}

/// The first `limit` rows of `table` matching `search`, sorted by `sort`.
fn first_page(table: DataTable, search: &str, sort: Option<&str>, limit: u32) -> RowsRequest {
    RowsRequest {
        table,
        search: search.to_string(),
        sort: sort.map(str::to_string),
        descending: false,
        offset: 0,
        limit,
    }
}
