//! Matching a table's header line to the format's columns.
//!
//! Headings are folded before they are compared: trimmed, lower-cased, and
//! every run of spaces, hyphens and underscores made one underscore, so
//! "Person A", "person-a" and " PERSON_A " are all `person_a`, and "Org ID"
//! is `org_id`. A few aliases are accepted too (see [`crate::columns`]).
//! Columns may come in any order.

use crate::columns::{self, Need};
use crate::issue::Issue;
use crate::names::fold;
use crate::preview::Rename;
use bridgework_core::Table;

/// Where each of a table's columns sits in its rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Header {
    /// For each column of [`columns::of`] the table, the index of its cell.
    pub at: Vec<Option<usize>>,
    /// False when a column that rows cannot do without is missing: then no
    /// row is read.
    pub readable: bool,
    /// Cells with no heading, with a label for each (`column 7`, `column G`):
    /// a value in one is worth a warning, since it would otherwise be lost.
    pub unnamed: Vec<(usize, String)>,
}

/// Where the header is and how to name its columns in messages.
#[derive(Clone, Copy)]
pub(crate) struct HeaderLine<'a> {
    pub file: &'a str,
    pub line: u64,
    /// Names the column at a cell index as the person sees it: a number in a
    /// CSV file, a letter in a workbook.
    pub label: &'a dyn Fn(usize) -> String,
}

/// Matches `headings` to `table`'s columns. A missing required column and a
/// heading given twice are errors; a heading the format does not know is a
/// warning, as its values would otherwise vanish without a word.
pub(crate) fn match_header<S: AsRef<str>>(
    table: Table,
    headings: &[S],
    at: HeaderLine<'_>,
    renames: &[Rename],
    errors: &mut Vec<Issue>,
    warnings: &mut Vec<Issue>,
) -> Header {
    let columns = columns::of(table);
    let mut header = Header { at: vec![None; columns.len()], readable: true, unnamed: Vec::new() };
    for (cell, heading) in headings.iter().enumerate() {
        let heading = heading.as_ref().trim();
        if heading.is_empty() {
            header.unnamed.push((cell, (at.label)(cell)));
            continue;
        }
        let mut folded = fold(heading);
        if let Some(rename) = renames.iter().find(|r| r.table == table && fold(&r.heading) == folded) {
            if rename.column.trim().is_empty() {
                continue;
            }
            let target = fold(&rename.column);
            if !columns.iter().any(|c| c.name == target) {
                errors.push(Issue::at(
                    at.file,
                    at.line,
                    Some(heading),
                    format!(
                        "mapped to \"{}\", which is not a column of {}; the columns are: {}",
                        rename.column,
                        table.name(),
                        columns::names(table).collect::<Vec<_>>().join(", ")
                    ),
                ));
                continue;
            }
            folded = target;
        }
        let Some(index) = columns.iter().position(|c| c.name == folded || c.aliases.contains(&folded.as_str())) else {
            warnings.push(Issue::at(
                at.file,
                at.line,
                Some(heading),
                format!(
                    "not a column of {}, so it is ignored; the columns are: {}",
                    table.name(),
                    columns::names(table).collect::<Vec<_>>().join(", ")
                ),
            ));
            continue;
        };
        match header.at[index] {
            Some(first) => errors.push(Issue::at(
                at.file,
                at.line,
                Some(columns[index].name),
                format!(
                    "given twice, as \"{}\" ({}) and \"{heading}\" ({}); keep one",
                    headings[first].as_ref().trim(),
                    (at.label)(first),
                    (at.label)(cell)
                ),
            )),
            None => header.at[index] = Some(cell),
        }
    }

    let missing: Vec<_> =
        columns.iter().zip(&header.at).filter(|(c, at)| c.need != Need::Optional && at.is_none()).collect();
    if !missing.is_empty() {
        header.readable = missing.iter().all(|(c, _)| c.need != Need::Key);
        let names: Vec<_> = missing.iter().map(|(c, _)| c.name).collect();
        let present: Vec<_> = headings.iter().map(|h| h.as_ref().trim()).filter(|h| !h.is_empty()).collect();
        let has = if present.is_empty() { "no headings".to_string() } else { present.join(", ") };
        errors.push(Issue::at(
            at.file,
            at.line,
            None,
            format!(
                "missing column{} {}; the header has: {has}",
                if names.len() == 1 { "" } else { "s" },
                names.join(", ")
            ),
        ));
    }
    header
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matched(table: Table, headings: &[&str]) -> (Header, Vec<String>) {
        matched_with(table, headings, &[])
    }

    fn matched_with(table: Table, headings: &[&str], renames: &[Rename]) -> (Header, Vec<String>) {
        let (mut errors, mut warnings) = (Vec::new(), Vec::new());
        let at = HeaderLine { file: "f.csv", line: 1, label: &|i| format!("column {}", i + 1) };
        let header = match_header(table, headings, at, renames, &mut errors, &mut warnings);
        let issues = errors.iter().map(|e| format!("error {e}")).chain(warnings.iter().map(|w| format!("warning {w}")));
        (header, issues.collect())
    }

    #[test]
    fn columns_match_in_any_order_and_by_alias() {
        let (header, issues) = matched(Table::Teams, &["Name", "Org ID", "functions", "ID", "Parent Team"]);
        assert_eq!(header.at, vec![Some(3), Some(1), Some(4), Some(0), Some(2)]);
        assert!(header.readable);
        assert_eq!(issues, Vec::<String>::new());
    }

    #[test]
    fn a_missing_column_that_rows_can_leave_empty_still_lets_rows_be_read() {
        let (header, issues) = matched(Table::Teams, &["id", "org_id", "name"]);
        assert!(header.readable);
        assert_eq!(
            issues,
            ["error f.csv:1: missing columns parent_team_id, function; the header has: id, org_id, name"]
        );
        let (header, _) = matched(Table::Teams, &["id", "name", "parent_team_id", "function"]);
        assert!(!header.readable, "a team means nothing without its organisation");
    }

    #[test]
    fn blank_headings_are_remembered_for_later_and_repeats_are_errors() {
        let (header, issues) = matched(Table::PartnerLinks, &["team_a", "", "Team B", "team-b"]);
        assert_eq!(header.unnamed, vec![(1, "column 2".to_string())]);
        assert_eq!(
            issues,
            ["error f.csv:1: column team_b: given twice, as \"Team B\" (column 3) and \"team-b\" (column 4); keep one"]
        );
    }

    #[test]
    fn renames_read_a_heading_as_the_column_named_or_ignore_it() {
        let rename = |table, heading: &str, column: &str| Rename {
            table,
            heading: heading.to_string(),
            column: column.to_string(),
        };
        let renames = [
            rename(Table::PartnerLinks, "FROM TEAM", "team_a"),
            rename(Table::PartnerLinks, "team_b", ""),
            rename(Table::PartnerLinks, "Other", "team_b"),
            rename(Table::Teams, "Why", "reason"),
        ];
        let (header, issues) = matched_with(Table::PartnerLinks, &["from team", "team_b", "other", "Why"], &renames);
        assert_eq!(header.at, vec![Some(0), Some(2), None]);
        assert_eq!(
            issues,
            [
                "warning f.csv:1: column Why: not a column of partner_links, so it is ignored; the columns are: team_a, team_b, reason"
            ],
            "a rename applies to its own table only"
        );
        let bad = [rename(Table::PartnerLinks, "x", "nope")];
        let (_, issues) = matched_with(Table::PartnerLinks, &["team_a", "team_b", "x"], &bad);
        assert_eq!(
            issues,
            [
                "error f.csv:1: column x: mapped to \"nope\", which is not a column of partner_links; the columns are: team_a, team_b, reason"
            ]
        );
    }
}
