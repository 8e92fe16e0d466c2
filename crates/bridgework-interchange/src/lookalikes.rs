//! Ids that read the same to a person but not to the computer.
//!
//! `P1` and `p1`, or `P1` and `Р1` with a Cyrillic `Р`, are different ids, so
//! they make two people where the spreadsheet's author meant one, and ties
//! to one of them miss the other. Each such pair is a warning naming both
//! rows. Two ids look alike when they fold to the same Unicode "skeleton"
//! (UTS #39's confusable mapping, after lower-casing) and either differ
//! only in case or use a letter beyond ASCII: `p1` and `pl`, both plain
//! ASCII, fold alike too but are read by everyone as different.

use crate::input::Input;
use crate::issue::Issue;
use bridgework_core::Table;
use std::collections::HashMap;
use std::collections::hash_map::Entry;

/// Warns of every id in the input's tables that looks like an earlier one
/// of the same table.
pub(crate) fn warn(input: &mut Input) {
    let mut warnings = Vec::new();
    for table in input.tables.iter().copied() {
        let records = &input.records;
        let ids: Vec<&str> = match table {
            Table::Organisations => records.organisations.iter().map(|o| o.id.as_str()).collect(),
            Table::Teams => records.teams.iter().map(|t| t.id.as_str()).collect(),
            Table::People => records.people.iter().map(|p| p.id.as_str()).collect(),
            Table::Partnerships => records.partnerships.iter().map(|p| p.id.as_str()).collect(),
            Table::Ties | Table::PartnerLinks | Table::Assessments => continue,
        };
        let mut first_of: HashMap<String, usize> = HashMap::new();
        for (row, id) in ids.iter().enumerate() {
            if id.is_empty() {
                continue;
            }
            let skeleton: String = unicode_security::skeleton(&id.to_lowercase()).collect();
            let first_row = match first_of.entry(skeleton) {
                Entry::Vacant(entry) => {
                    entry.insert(row);
                    continue;
                }
                Entry::Occupied(entry) => *entry.get(),
            };
            let first = ids[first_row];
            let case_only = first.to_lowercase() == id.to_lowercase();
            // The same id twice is the map's rules' to report.
            if first == *id || !(case_only || !first.is_ascii() || !id.is_ascii()) {
                continue;
            }
            let found = (input.line_of(table, row), input.line_of(table, first_row));
            if let (Some((file, line)), Some((_, first_line))) = found {
                let message = lookalike_message(table, id, first, first_line, case_only);
                warnings.push(Issue::at(&file, line, Some("id"), message));
            }
        }
    }
    input.warnings.extend(warnings);
}

/// The warning for `id`, which looks like `first`, on `first_line`.
fn lookalike_message(table: Table, id: &str, first: &str, first_line: u64, case_only: bool) -> String {
    let how = if case_only {
        "only in upper and lower case".to_string()
    } else {
        let foreign: Vec<String> =
            id.chars().chain(first.chars()).filter(|c| !c.is_ascii()).map(|c| format!("U+{:04X}", c as u32)).collect();
        format!("only by letters from another alphabet that look the same ({})", foreign.join(", "))
    };
    format!(
        "\"{id}\" differs from \"{first}\" (line {first_line}) {how}, so they are two different {}; if they are \
         one, write the id the same way in both places",
        table.name()
    )
}
