//! The Data page: the map's organisations, teams (as a tree), people and
//! ties as tables to sort, search and page through (`rows.rs`, read from the
//! open session); each record added, edited or deleted through a form read
//! with the import's own spellings (`records.rs`); likely duplicate people
//! and their merging (`duplicates.rs`); and undo and redo of every edit made
//! in the app, kept in the map's audit log (`history.rs`).

mod duplicates;
mod history;
mod records;
mod rows;

pub use duplicates::{DuplicatePair, DuplicatePerson, MergeOutcome, duplicate_pairs, merge_people};
pub use history::{HistoryStep, HistoryView, history, redo, undo};
pub use records::{CellInput, DeletePlan, RecordInput, delete_plan, delete_record, save_record};
pub(crate) use rows::find_row;
pub use rows::{DataRow, RowsPage, RowsRequest, rows};

use crate::MapInfo;
use bridgework_core::{Frequency, Level, OrgKind, Table, TieKind};
use serde::{Deserialize, Serialize};

/// The tables the Data page edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum DataTable {
    Organisations,
    Teams,
    People,
    Ties,
}

impl DataTable {
    pub(crate) fn table(self) -> Table {
        match self {
            DataTable::Organisations => Table::Organisations,
            DataTable::Teams => Table::Teams,
            DataTable::People => Table::People,
            DataTable::Ties => Table::Ties,
        }
    }

    /// One record of the table, in messages and audit entries.
    pub(crate) fn noun(self) -> &'static str {
        match self {
            DataTable::Organisations => "organisation",
            DataTable::Teams => "team",
            DataTable::People => "person",
            DataTable::Ties => "tie",
        }
    }
}

/// One column of a table, and how its form field is filled in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ColumnSpec {
    /// The column's name in the interchange format (`team_id`).
    pub key: String,
    pub label: String,
    /// Whether a record needs a value here.
    pub required: bool,
    pub field: FieldKind,
    /// The values a `choice` field takes, in order.
    pub choices: Vec<String>,
    /// A line under the field: the accepted forms.
    pub hint: Option<String>,
}

/// What a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum FieldKind {
    Text,
    /// YYYY-MM-DD (DD/MM/YYYY is read too).
    Date,
    /// A whole number from 1 to 5.
    Rating,
    /// Items separated by `;`.
    List,
    /// One of `choices`.
    Choice,
    /// The id of an organisation, team or person of the map.
    Organisation,
    Team,
    Person,
}

/// What an edit did, for the status line and the history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct EditDone {
    /// As the audit log records it ("Edited the person \"Priya Shah\"").
    pub summary: String,
    /// The record saved, as its row's key, when there is one.
    pub key: Option<String>,
}

/// An edit done and the map reopened: what the app shows next.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AfterEdit {
    pub info: MapInfo,
    pub done: EditDone,
    pub history: HistoryView,
}

fn column(key: &str, label: &str, required: bool, field: FieldKind, hint: Option<&str>) -> ColumnSpec {
    ColumnSpec {
        key: key.to_string(),
        label: label.to_string(),
        required,
        field,
        choices: Vec::new(),
        hint: hint.map(str::to_string),
    }
}

fn choice(key: &str, label: &str, required: bool, values: impl IntoIterator<Item = &'static str>) -> ColumnSpec {
    ColumnSpec {
        choices: values.into_iter().map(str::to_string).collect(),
        ..column(key, label, required, FieldKind::Choice, None)
    }
}

const DATE_HINT: Option<&str> = Some("YYYY-MM-DD or DD/MM/YYYY");
const LIST_HINT: Option<&str> = Some("separate items with ;");
const PERSON_HINT: Option<&str> = Some("their id, or their name as the suggestions show it");

/// The columns of `table`, in the interchange format's order (the order
/// [`bridgework_interchange::row_cells`] gives the cells).
pub fn columns(table: DataTable) -> Vec<ColumnSpec> {
    use FieldKind::*;
    let specs = match table {
        DataTable::Organisations => vec![
            column("id", "Id", false, Text, Some("left empty, made from the name")),
            column("name", "Name", true, Text, None),
            choice("kind", "Kind", true, OrgKind::ALL.iter().map(|k| k.as_str())),
            column("short_name", "Short name", false, Text, None),
            column("colour", "Colour", false, Text, Some("#rrggbb")),
        ],
        DataTable::Teams => vec![
            column("id", "Id", false, Text, Some("left empty, made from the name")),
            column("org_id", "Organisation", true, Organisation, None),
            column("parent_team_id", "Part of", false, Team, Some("the enclosing team; empty at the top")),
            column("name", "Name", true, Text, None),
            column("function", "Functions", false, List, LIST_HINT),
        ],
        DataTable::People => vec![
            column("id", "Id", false, Text, Some("left empty, made from the name")),
            column("team_id", "Team", false, Team, None),
            column("name", "Name", true, Text, None),
            column("role", "Role", false, Text, None),
            choice("level", "Level", false, Level::ALL.iter().map(|l| l.as_str())),
            column("email", "Email", false, Text, None),
            column("phone", "Phone", false, Text, None),
            column("joined", "Joined", false, Date, DATE_HINT),
            column("left", "Left", false, Date, DATE_HINT),
            column("tags", "Tags", false, List, LIST_HINT),
        ],
        DataTable::Ties => vec![
            column("person_a", "Person A", true, Person, PERSON_HINT),
            column("person_b", "Person B", true, Person, PERSON_HINT),
            choice("kind", "Kind", false, TieKind::ALL.iter().map(|k| k.as_str())),
            // The spreadsheet's 1–5 rating: the map shows strength as 0–100%, which this is one part of.
            column(
                "strength",
                "Rating",
                false,
                Rating,
                Some("1 (slight) to 5 (very strong); the map's strength, 0–100%, adds how often and how lately"),
            ),
            choice("frequency", "Frequency", false, Frequency::ALL.iter().map(|f| f.as_str())),
            column("last_contact", "Last contact", false, Date, DATE_HINT),
            column("since", "Since", false, Date, DATE_HINT),
            column("source", "Source", false, Text, Some("who reported it: a person, survey, import")),
            column("note", "Note", false, Text, None),
        ],
    };
    debug_assert_eq!(
        specs.iter().map(|c| c.key.as_str()).collect::<Vec<_>>(),
        bridgework_interchange::column_names(table.table()),
        "the form's columns are the format's"
    );
    specs
}
