//! A page of one table's rows: searched, sorted and counted in Rust, so a
//! table of 100,000 people scrolls as quickly as one of ten.
//!
//! Teams come as a tree: each organisation's top teams in the map's order,
//! each followed by its sub-teams, with their depth, unless the rows are
//! sorted by a column.

use super::{ColumnSpec, DataTable, FieldKind, columns};
use crate::{ApiError, ErrorCode, Result};
use bridgework_core::{Map, NodeKey, Records, TeamIx};
use serde::{Deserialize, Serialize};

/// Which rows to show.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RowsRequest {
    pub table: DataTable,
    /// Words every shown row holds somewhere (a cell, or the name of an id
    /// it refers to), ignoring case; empty for every row.
    pub search: String,
    /// The column to sort by; `None` for the map's order (a tree for teams).
    pub sort: Option<String>,
    pub descending: bool,
    pub offset: u32,
    /// At most [`MAX_ROWS`].
    pub limit: u32,
}

/// The most rows one page holds.
pub const MAX_ROWS: u32 = 500;

/// One page of a table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RowsPage {
    pub table: DataTable,
    pub columns: Vec<ColumnSpec>,
    /// Rows in the table.
    pub total: u32,
    /// Rows that match the search.
    pub matched: u32,
    /// The first row's place among those matched.
    pub offset: u32,
    pub rows: Vec<DataRow>,
}

/// One record as a row of text cells.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DataRow {
    /// Names the record in edits and deletes: for an organisation, team or
    /// person its node key (`person:ID`), as the map takes it too; for a tie
    /// its two people and kind.
    pub key: String,
    /// One per column, as the CSV export writes them.
    pub cells: Vec<String>,
    /// For a column that refers to another record, its name; else `None`.
    pub names: Vec<Option<String>>,
    /// A team's depth in its organisation's tree (0 at the top); 0 otherwise.
    pub depth: u32,
}

/// A page of `request.table` from `map`.
///
/// The table is read once, a row at a time into reused cells, for what the
/// search and the sort need (the text of each row, the sort key of each row
/// matched); only the rows of the page are described in full. Cost: linear
/// in the table (700,000 ties searched in about a third of a second), plus sorting
/// the rows matched.
pub fn rows(map: &Map, request: &RowsRequest) -> Result<RowsPage> {
    let table = request.table;
    let specs = columns(table);
    let records = map.records();
    let count = records.len(table.table());
    let sort = match &request.sort {
        None => None,
        Some(sort) => Some(specs.iter().position(|c| &c.key == sort).ok_or_else(|| {
            ApiError::new(ErrorCode::InvalidInput, format!("{} has no column \"{sort}\"", table.table().name()))
        })?),
    };
    let words: Vec<String> = request.search.split_whitespace().map(str::to_lowercase).collect();
    let names = Names::new(map, &specs);
    // Per row: whether it matches, and its sort key (lower case, the name
    // shown for a reference).
    let mut matches = vec![words.is_empty(); count];
    let mut keys: Vec<String> = if sort.is_some() { vec![String::new(); count] } else { Vec::new() };
    if !words.is_empty() || sort.is_some() {
        let mut text = String::new();
        bridgework_interchange::each_row_cells(records, table.table(), |row, cells| {
            if !words.is_empty() {
                text.clear();
                for (column, cell) in cells.iter().enumerate() {
                    push_lower(&mut text, cell);
                    text.push('\u{1f}');
                    if let Some(name) = names.of(column, cell) {
                        text.push_str(name);
                        text.push('\u{1f}');
                    }
                }
                matches[row] = words.iter().all(|w| text.contains(w.as_str()));
            }
            if let Some(index) = sort
                && matches[row]
            {
                let cell = &cells[index];
                match names.of(index, cell) {
                    Some(name) => keys[row].push_str(name),
                    None => push_lower(&mut keys[row], cell),
                }
            }
        });
    }
    let order: Vec<(usize, u32)> = match table {
        DataTable::Teams => team_tree(map),
        _ => (0..count).map(|row| (row, 0)).collect(),
    };
    let mut matched: Vec<(usize, u32)> = order.into_iter().filter(|&(row, _)| matches[row]).collect();
    if sort.is_some() {
        // Empty cells last, either way round.
        matched.sort_by(|x, y| {
            let (kx, ky) = (&keys[x.0], &keys[y.0]);
            let order = kx.is_empty().cmp(&ky.is_empty());
            order.then_with(|| if request.descending { ky.cmp(kx) } else { kx.cmp(ky) })
        });
    }
    let matched_count = matched.len() as u32;
    let offset = request.offset.min(matched_count);
    let limit = request.limit.min(MAX_ROWS) as usize;
    let rows = matched
        .into_iter()
        .skip(offset as usize)
        .take(limit)
        .map(|(row, depth)| DataRow { depth, ..describe(map, table, &specs, row) })
        .collect();
    Ok(RowsPage { table, columns: specs, total: count as u32, matched: matched_count, offset, rows })
}

/// Appends `text` in lower case.
fn push_lower(out: &mut String, text: &str) {
    if text.is_ascii() {
        out.extend(text.bytes().map(|b| char::from(b.to_ascii_lowercase())));
    } else {
        out.extend(text.chars().flat_map(char::to_lowercase));
    }
}

/// The lower-case names of the records a table's columns refer to, worked
/// out once per request for the kinds of record the table refers to.
struct Names<'m> {
    map: &'m Map,
    /// What each column refers to, if anything.
    fields: Vec<FieldKind>,
    organisations: Vec<String>,
    teams: Vec<String>,
    people: Vec<String>,
}

impl<'m> Names<'m> {
    fn new(map: &'m Map, specs: &[ColumnSpec]) -> Names<'m> {
        let records = map.records();
        let fields: Vec<FieldKind> = specs.iter().map(|c| c.field).collect();
        let lowered = |kind: FieldKind, names: &mut dyn Iterator<Item = &String>| -> Vec<String> {
            if !fields.contains(&kind) {
                return Vec::new();
            }
            names
                .map(|name| {
                    let mut out = String::new();
                    push_lower(&mut out, name);
                    out
                })
                .collect()
        };
        Names {
            map,
            organisations: lowered(FieldKind::Organisation, &mut records.organisations.iter().map(|o| &o.name)),
            teams: lowered(FieldKind::Team, &mut records.teams.iter().map(|t| &t.name)),
            people: lowered(FieldKind::Person, &mut records.people.iter().map(|p| &p.name)),
            fields,
        }
    }

    /// The lower-case name of the record `id` in `column` refers to, if the
    /// column refers to records and `id` is one.
    fn of(&self, column: usize, id: &str) -> Option<&str> {
        let field = self.fields[column];
        let row = referenced(self.map, field, id)?;
        let names = match field {
            FieldKind::Organisation => &self.organisations,
            FieldKind::Team => &self.teams,
            _ => &self.people,
        };
        Some(&names[row])
    }
}

/// The row of the record `id` refers to in a column holding `field`, if the
/// column refers to records and `id` is one.
fn referenced(map: &Map, field: FieldKind, id: &str) -> Option<usize> {
    match field {
        FieldKind::Organisation => map.org_by_id(id).map(|o| o.index()),
        FieldKind::Team => map.team_by_id(id).map(|t| t.index()),
        FieldKind::Person => map.person_by_id(id).map(|p| p.index()),
        _ => None,
    }
}

/// Every team with its depth, each organisation's tree depth first: top
/// teams in the map's order, each followed by its sub-teams.
fn team_tree(map: &Map) -> Vec<(usize, u32)> {
    let teams = &map.records().teams;
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); teams.len()];
    let mut tops_by_org: Vec<Vec<usize>> = vec![Vec::new(); map.records().organisations.len()];
    for row in 0..teams.len() {
        let ix = TeamIx(row as u32);
        match map.team_parent(ix) {
            Some(parent) => children[parent.index()].push(row),
            None => tops_by_org[map.team_org(ix).index()].push(row),
        }
    }
    let mut order = Vec::with_capacity(teams.len());
    let mut stack: Vec<(usize, u32)> = Vec::new();
    for tops in tops_by_org {
        stack.extend(tops.into_iter().rev().map(|t| (t, 0)));
        while let Some((team, depth)) = stack.pop() {
            order.push((team, depth));
            stack.extend(children[team].iter().rev().map(|&c| (c, depth + 1)));
        }
    }
    order
}

/// Row `row` of `table` as text, with the names of the records it refers to.
fn describe(map: &Map, table: DataTable, specs: &[ColumnSpec], row: usize) -> DataRow {
    let records = map.records();
    let cells = bridgework_interchange::row_cells(records, table.table(), row);
    let names = specs
        .iter()
        .zip(&cells)
        .map(|(spec, cell)| if cell.is_empty() { None } else { reference_name(map, spec.field, cell) })
        .collect();
    DataRow { key: row_key(records, table, row), cells, names, depth: 0 }
}

/// The name of the organisation, team or person `id`, for a reference field.
fn reference_name(map: &Map, field: FieldKind, id: &str) -> Option<String> {
    let row = referenced(map, field, id)?;
    let records = map.records();
    Some(match field {
        FieldKind::Organisation => records.organisations[row].name.clone(),
        FieldKind::Team => records.teams[row].name.clone(),
        _ => records.people[row].name.clone(),
    })
}

/// The key of row `row` ([`DataRow::key`]): the node key of an organisation,
/// team or person, or for a tie `["a","b","kind"]` (the two people in key
/// order) as JSON.
pub(crate) fn row_key(records: &Records, table: DataTable, row: usize) -> String {
    match table {
        DataTable::Organisations => NodeKey::Organisation(&records.organisations[row].id).to_string(),
        DataTable::Teams => NodeKey::Team(&records.teams[row].id).to_string(),
        DataTable::People => NodeKey::Person(&records.people[row].id).to_string(),
        DataTable::Ties => {
            let (a, b, kind) = records.ties[row].key();
            serde_json::json!([a, b, kind.as_str()]).to_string()
        }
    }
}

/// The spreadsheet id of row `row`; `None` for a tie, which has none.
pub(crate) fn row_id(records: &Records, table: DataTable, row: usize) -> Option<&str> {
    match table {
        DataTable::Organisations => Some(&records.organisations[row].id),
        DataTable::Teams => Some(&records.teams[row].id),
        DataTable::People => Some(&records.people[row].id),
        DataTable::Ties => None,
    }
}

/// The row whose key ([`DataRow::key`]) is `key`, or an error a person can
/// read: a node key of the table's kind, or a tie's key.
pub(crate) fn find_row(records: &Records, table: DataTable, key: &str) -> Result<usize> {
    let found = match (table, NodeKey::parse(key)) {
        (DataTable::Organisations, Some(NodeKey::Organisation(id))) => {
            records.organisations.iter().position(|o| o.id == id)
        }
        (DataTable::Teams, Some(NodeKey::Team(id))) => records.teams.iter().position(|t| t.id == id),
        (DataTable::People, Some(NodeKey::Person(id))) => records.people.iter().position(|p| p.id == id),
        (DataTable::Ties, _) => (0..records.ties.len()).find(|&row| row_key(records, table, row) == key),
        _ => None,
    };
    found.ok_or_else(|| {
        ApiError::new(
            ErrorCode::NotFound,
            format!("the {} \"{key}\" is not in the map (it may have been deleted)", table.noun()),
        )
    })
}
