//! Adding, editing and deleting one record from the Data page.
//!
//! A form's cells are read by the import's own reader
//! ([`bridgework_interchange::read_row`]), then the whole map is checked;
//! every problem of the record comes back at its field, and nothing is
//! written while any remains. Changing an id changes every reference to it.
//! Deleting takes what cannot stand without the record with it (an
//! organisation's teams, a team's sub-teams, their people, those people's
//! ties, partner links to the teams), and [`delete_plan`] says what that is
//! before anyone confirms. Every write is one edit that undo reverses.

use super::rows::{find_row, row_id, row_key};
use super::{DataTable, EditDone};
use crate::edit::{self, Form, Written, new_id};
use crate::{ApiError, ErrorCode, Result};
use bridgework_core::{Problem, Records};
use bridgework_interchange::Issue;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::path::Path;

/// A record as the form sends it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RecordInput {
    pub table: DataTable,
    /// The key of the record edited; `None` to add one.
    pub key: Option<String>,
    /// The form's fields by column; a column left out is empty.
    pub cells: Vec<CellInput>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CellInput {
    pub column: String,
    pub text: String,
}

/// What deleting a record would take with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DeletePlan {
    pub table: DataTable,
    pub key: String,
    /// The record, as a person names it.
    pub name: String,
    /// Sub-teams, or an organisation's teams.
    pub teams: u32,
    pub people: u32,
    pub ties: u32,
    pub partner_links: u32,
    /// Partnerships left with fewer than two organisations, deleted with their assessments.
    pub partnerships: u32,
    /// One sentence to confirm: "Delete the team "Discharge" with 2 sub-teams, …?"
    pub question: String,
}

/// Adds the record the form describes, or replaces the one `input.key`
/// names. An empty id is made from the name.
pub fn save_record(path: &Path, input: &RecordInput) -> Result<Written<EditDone>> {
    let table = input.table;
    let adding = input.key.is_none();
    let edited_row = std::cell::Cell::new(None::<usize>);
    edit::commit(
        path,
        &format!("{} {}", if adding { "add" } else { "edit" }, table.noun()),
        |records| {
            let row = save(records, input)?;
            edited_row.set(Some(row));
            let verb = if adding { "Added" } else { "Edited" };
            let summary = format!("{verb} the {} \"{}\"", table.noun(), record_name(records, table, row));
            let done = EditDone { summary: summary.clone(), key: Some(row_key(records, table, row)) };
            Ok((done, summary))
        },
        |problem| locate(problem, table, edited_row.get()),
    )
}

/// Puts the form's record into `records` and returns its row.
fn save(records: &mut Records, input: &RecordInput) -> Result<usize> {
    let table = input.table;
    let names = bridgework_interchange::column_names(table.table());
    let mut form = Form::new(table.noun());
    let mut cells = vec![String::new(); names.len()];
    for cell in &input.cells {
        match names.iter().position(|n| *n == cell.column) {
            Some(i) => cells[i] = cell.text.clone(),
            None => form.problem(&cell.column, format!("a {} has no field \"{}\"", table.noun(), cell.column)),
        }
    }
    // A person may be named as well as given by id, as the form suggests them.
    for (spec, cell) in super::columns(table).iter().zip(cells.iter_mut()) {
        if spec.field == super::FieldKind::Person {
            match person_named(records, cell) {
                Ok(id) => *cell = id,
                Err(problem) => form.problem(&spec.key, format!("{}: {problem}", spec.label)),
            }
        }
    }
    let existing = input.key.as_deref().map(|key| find_row(records, table, key)).transpose()?;
    // An id left empty is made from the name, as a partnership's is.
    if table != DataTable::Ties && cells[0].trim().is_empty() {
        let name_at = names.iter().position(|n| *n == "name").expect("a table with ids has names");
        cells[0] = match existing.and_then(|row| row_id(records, table, row)) {
            Some(id) => id.to_string(),
            None => new_id(&cells[name_at], table.noun(), |id| taken(records, table, id)),
        };
    }
    let (read, issues) = bridgework_interchange::read_row(table.table(), &cells, table.noun());
    form.extend(issues);
    form.finish(())?;
    let old_id = existing.and_then(|row| row_id(records, table, row)).map(str::to_owned);
    let row = match table {
        DataTable::Organisations => put(&mut records.organisations, existing, read.organisations),
        DataTable::Teams => put(&mut records.teams, existing, read.teams),
        DataTable::People => put(&mut records.people, existing, read.people),
        DataTable::Ties => put(&mut records.ties, existing, read.ties),
    }
    .ok_or_else(|| ApiError::new(ErrorCode::InvalidInput, format!("the {} was not saved", table.noun())))?;
    if let (Some(old), Some(new)) = (old_id, row_id(records, table, row).map(str::to_owned))
        && old != new
    {
        rename_references(records, table, &old, &new);
    }
    Ok(row)
}

/// The id of the person `text` names: an id as it stands (and a blank or
/// unknown one too, for the reader to refuse in its words), or the name of
/// exactly one person, in any case. Else why not: the people of that name,
/// or the nearest name there is.
fn person_named(records: &Records, text: &str) -> std::result::Result<String, String> {
    let typed = text.trim();
    let people = &records.people;
    if typed.is_empty() || people.iter().any(|p| p.id == typed) {
        return Ok(text.to_string());
    }
    let named: Vec<_> = people.iter().filter(|p| p.name.trim().to_lowercase() == typed.to_lowercase()).collect();
    // Their team's name tells two people of one name apart.
    let team_name = |id: &str| records.teams.iter().find(|t| t.id == id).map(|t| t.name.as_str());
    let described = |p: &bridgework_core::Person| match p.team_id.as_deref().and_then(team_name) {
        Some(team) => format!("{} ({}, {team})", p.name, p.id),
        None => format!("{} ({})", p.name, p.id),
    };
    match named.as_slice() {
        [one] => Ok(one.id.clone()),
        [] => {
            let nearest = people.iter().max_by(|x, y| {
                let score = |p: &bridgework_core::Person| {
                    strsim::normalized_damerau_levenshtein(&p.name.to_lowercase(), &typed.to_lowercase())
                };
                score(x).total_cmp(&score(y))
            });
            Err(match nearest {
                Some(p) => format!("nobody has the id or name \"{typed}\"; the nearest name is {}", described(p)),
                None => format!("nobody has the id or name \"{typed}\": the map has no people yet"),
            })
        }
        several => Err(format!(
            "{} people are called \"{typed}\": {}; choose one from the list or give their id",
            several.len(),
            several.iter().map(|p| described(p)).collect::<Vec<_>>().join(", ")
        )),
    }
}

/// Whether `id` is taken in `table`.
fn taken(records: &Records, table: DataTable, id: &str) -> bool {
    match table {
        DataTable::Organisations => records.organisations.iter().any(|o| o.id == id),
        DataTable::Teams => records.teams.iter().any(|t| t.id == id),
        DataTable::People => records.people.iter().any(|p| p.id == id),
        DataTable::Ties => false,
    }
}

/// Puts the one row read into `rows`, over `existing` or at the end.
fn put<R>(rows: &mut Vec<R>, existing: Option<usize>, read: Vec<R>) -> Option<usize> {
    let row = read.into_iter().next()?;
    Some(match existing {
        Some(at) => {
            rows[at] = row;
            at
        }
        None => {
            rows.push(row);
            rows.len() - 1
        }
    })
}

/// Points every reference to `old` (an organisation, team or person id) at `new`.
fn rename_references(records: &mut Records, table: DataTable, old: &str, new: &str) {
    let swap = |id: &mut String| {
        if id == old {
            *id = new.to_string();
        }
    };
    match table {
        DataTable::Organisations => {
            records.teams.iter_mut().for_each(|t| swap(&mut t.org_id));
            records.partnerships.iter_mut().flat_map(|p| p.org_ids.iter_mut()).for_each(swap);
        }
        DataTable::Teams => {
            records.teams.iter_mut().filter_map(|t| t.parent_team_id.as_mut()).for_each(swap);
            records.people.iter_mut().filter_map(|p| p.team_id.as_mut()).for_each(swap);
            for link in &mut records.partner_links {
                swap(&mut link.team_a);
                swap(&mut link.team_b);
            }
        }
        DataTable::People => {
            for tie in &mut records.ties {
                swap(&mut tie.person_a);
                swap(&mut tie.person_b);
            }
        }
        DataTable::Ties => {}
    }
}

/// A problem of the map, at the form's field when it is about the record
/// edited (or a duplicate of it), else by table.
fn locate(problem: &Problem, table: DataTable, edited: Option<usize>) -> Issue {
    let ours = problem.table == table.table()
        && edited.is_some_and(|row| problem.row == row || problem.first_row == Some(row));
    if !ours {
        return edit::by_table(problem);
    }
    Issue {
        file: table.noun().to_string(),
        line: None,
        // A second tie between two people is about the pair and kind.
        column: Some(problem.column.unwrap_or(if table == DataTable::Ties { "kind" } else { "id" }).to_string()),
        message: problem.message.clone(),
    }
}

/// The record as a person names it.
fn record_name(records: &Records, table: DataTable, row: usize) -> String {
    let person = |id: &str| records.people.iter().find(|p| p.id == id).map_or(id, |p| p.name.as_str()).to_string();
    match table {
        DataTable::Organisations => records.organisations[row].name.clone(),
        DataTable::Teams => records.teams[row].name.clone(),
        DataTable::People => records.people[row].name.clone(),
        DataTable::Ties => {
            let tie = &records.ties[row];
            format!("{} – {} ({})", person(&tie.person_a), person(&tie.person_b), tie.kind.as_str())
        }
    }
}

/// What deleting the record `key` would remove, as ids per table.
#[derive(Debug, Default)]
struct Removal {
    orgs: HashSet<String>,
    teams: HashSet<String>,
    people: HashSet<String>,
    /// Rows of the ties removed.
    ties: HashSet<usize>,
    partner_links: usize,
    /// Partnerships losing every organisation but one (or all).
    partnerships: HashSet<String>,
}

impl Removal {
    fn of(records: &Records, table: DataTable, row: usize) -> Removal {
        let mut removal = Removal::default();
        match table {
            DataTable::Organisations => {
                let org = &records.organisations[row].id;
                removal.orgs.insert(org.clone());
                removal.teams = records.teams.iter().filter(|t| &t.org_id == org).map(|t| t.id.clone()).collect();
            }
            DataTable::Teams => {
                removal.teams.insert(records.teams[row].id.clone());
                // Sub-teams at any depth: repeat until no team joins.
                loop {
                    let before = removal.teams.len();
                    for team in &records.teams {
                        if team.parent_team_id.as_ref().is_some_and(|p| removal.teams.contains(p)) {
                            removal.teams.insert(team.id.clone());
                        }
                    }
                    if removal.teams.len() == before {
                        break;
                    }
                }
            }
            DataTable::People => {
                removal.people.insert(records.people[row].id.clone());
            }
            DataTable::Ties => {
                removal.ties.insert(row);
            }
        }
        removal.people.extend(
            records
                .people
                .iter()
                .filter(|p| p.team_id.as_ref().is_some_and(|t| removal.teams.contains(t)))
                .map(|p| p.id.clone()),
        );
        removal.ties.extend(records.ties.iter().enumerate().filter_map(|(row, t)| {
            (removal.people.contains(&t.person_a) || removal.people.contains(&t.person_b)).then_some(row)
        }));
        removal.partner_links = records
            .partner_links
            .iter()
            .filter(|l| removal.teams.contains(&l.team_a) || removal.teams.contains(&l.team_b))
            .count();
        removal.partnerships = records
            .partnerships
            .iter()
            .filter(|p| {
                let left = p.org_ids.iter().filter(|o| !removal.orgs.contains(*o)).count();
                left < 2 && left < p.org_ids.len()
            })
            .map(|p| p.id.clone())
            .collect();
        removal
    }

    fn apply(&self, records: &mut Records) {
        records.organisations.retain(|o| !self.orgs.contains(&o.id));
        records.teams.retain(|t| !self.teams.contains(&t.id));
        records.people.retain(|p| !self.people.contains(&p.id));
        let mut row = 0;
        records.ties.retain(|_| {
            row += 1;
            !self.ties.contains(&(row - 1))
        });
        records.partner_links.retain(|l| !self.teams.contains(&l.team_a) && !self.teams.contains(&l.team_b));
        records.partnerships.retain(|p| !self.partnerships.contains(&p.id));
        records.assessments.retain(|a| !self.partnerships.contains(&a.partnership_id));
        for partnership in &mut records.partnerships {
            partnership.org_ids.retain(|o| !self.orgs.contains(o));
        }
    }

    /// "with 3 teams, 12 people and their 40 ties": what goes beside the record.
    /// How many records go along with the one deleted (itself not counted):
    /// teams (sub-teams of a team), people, ties, partner links, partnerships.
    fn along(&self, table: DataTable) -> [usize; 5] {
        let others = |n: usize, own: DataTable| n - usize::from(table == own);
        [
            others(self.teams.len(), DataTable::Teams),
            others(self.people.len(), DataTable::People),
            others(self.ties.len(), DataTable::Ties),
            self.partner_links,
            self.partnerships.len(),
        ]
    }

    /// "with its 3 teams, 12 people and 40 ties": what goes beside the record.
    fn with(&self, table: DataTable) -> String {
        let teams = if table == DataTable::Teams { ("sub-team", "sub-teams") } else { ("team", "teams") };
        let words = [
            teams,
            ("person", "people"),
            ("tie", "ties"),
            ("partner link", "partner links"),
            ("partnership", "partnerships"),
        ];
        let parts: Vec<String> = self
            .along(table)
            .iter()
            .zip(words)
            .filter(|(n, _)| **n > 0)
            .map(|(&n, (one, many))| format!("{n} {}", if n == 1 { one } else { many }))
            .collect();
        match parts.len() {
            0 => String::new(),
            1 => format!(" with its {}", parts[0]),
            n => format!(" with its {} and {}", parts[..n - 1].join(", "), parts[n - 1]),
        }
    }
}

/// What deleting the record `key` of `table` would take with it.
pub fn delete_plan(records: &Records, table: DataTable, key: &str) -> Result<DeletePlan> {
    let row = find_row(records, table, key)?;
    let removal = Removal::of(records, table, row);
    let name = record_name(records, table, row);
    let question = format!("Delete the {} \"{name}\"{}?", table.noun(), removal.with(table));
    let [teams, people, ties, partner_links, partnerships] = removal.along(table).map(|n| n as u32);
    Ok(DeletePlan { table, key: key.to_string(), name, teams, people, ties, partner_links, partnerships, question })
}

/// Deletes the record `key` of `table` and what cannot stand without it.
pub fn delete_record(path: &Path, table: DataTable, key: &str) -> Result<Written<EditDone>> {
    edit::commit(
        path,
        &format!("delete {}", table.noun()),
        |records| {
            let row = find_row(records, table, key)?;
            let removal = Removal::of(records, table, row);
            let summary =
                format!("Deleted the {} \"{}\"{}", table.noun(), record_name(records, table, row), removal.with(table));
            removal.apply(records);
            Ok((EditDone { summary: summary.clone(), key: None }, summary))
        },
        edit::by_table,
    )
}
