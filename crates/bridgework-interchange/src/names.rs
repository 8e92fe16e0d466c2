//! Which file of a folder, or sheet of a workbook, holds which table.
//!
//! Names are folded like headings (see [`fold`]), so `People.CSV`,
//! `partner links.csv` and a sheet named `Partner-Links` all count.

use crate::input::Input;
use crate::issue::Issue;
use bridgework_core::Table;

/// Folds a heading, file stem or sheet name to the format's spelling:
/// trimmed, lower case, and every run of spaces, hyphens and underscores
/// made one underscore.
pub(crate) fn fold(heading: &str) -> String {
    let mut folded = String::with_capacity(heading.len());
    for word in heading.split(|c: char| c.is_whitespace() || c == '-' || c == '_').filter(|w| !w.is_empty()) {
        if !folded.is_empty() {
            folded.push('_');
        }
        folded.extend(word.chars().flat_map(char::to_lowercase));
    }
    folded
}

/// The table a file stem or sheet name names, if any.
pub(crate) fn table_named(name: &str) -> Option<Table> {
    let folded = fold(name);
    Table::ALL.into_iter().find(|table| table.name() == folded)
}

/// What holds the tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Holder {
    /// A folder, whose `.csv` files are tables.
    Folder,
    /// A workbook, whose sheets are tables.
    Workbook,
}

impl Holder {
    /// Whether `name` could hold a table at all, and if so which it names.
    fn table_of(self, name: &str) -> Option<Option<Table>> {
        match self {
            Holder::Folder => {
                let (stem, extension) = name.rsplit_once('.')?;
                extension.eq_ignore_ascii_case("csv").then(|| table_named(stem))
            }
            Holder::Workbook => Some(table_named(name)),
        }
    }

    fn describe(self, name: &str) -> String {
        match self {
            Holder::Folder => name.to_string(),
            Holder::Workbook => format!("sheet \"{name}\""),
        }
    }

    fn expected(self) -> String {
        let names = Table::ALL.iter().map(|t| match self {
            Holder::Folder => format!("{}.csv", t.name()),
            Holder::Workbook => t.name().to_string(),
        });
        names.collect::<Vec<_>>().join(", ")
    }
}

/// Picks the tables among `found` (the names in `place`), in the format's
/// order. Reports a name that looks like a table but is not one (so a
/// misspelt `tie.csv` is not silently skipped), two names for one table, and
/// finding no table at all.
pub(crate) fn pick<'a>(holder: Holder, place: &str, found: &'a [String], input: &mut Input) -> Vec<(Table, &'a str)> {
    let mut picked: Vec<(Table, &str)> = Vec::new();
    for name in found {
        match holder.table_of(name) {
            None => {}
            Some(None) => input.warnings.push(Issue::file(
                place,
                format!(
                    "{} is not a table, so it is ignored; the tables are: {}",
                    holder.describe(name),
                    holder.expected()
                ),
            )),
            Some(Some(table)) => match picked.iter().find(|(t, _)| *t == table) {
                Some((_, first)) => input.errors.push(Issue::file(
                    place,
                    format!(
                        "{} and {} both hold {}; keep one",
                        holder.describe(first),
                        holder.describe(name),
                        table.name()
                    ),
                )),
                None => picked.push((table, name)),
            },
        }
    }
    if picked.is_empty() {
        let what = match holder {
            Holder::Folder => "no file here is a table",
            Holder::Workbook => "no sheet is a table",
        };
        let found = if found.is_empty() { "nothing".to_string() } else { found.join(", ") };
        input.errors.push(Issue::file(place, format!("{what}; expected {}; found: {found}", holder.expected())));
    }
    picked.sort_by_key(|(table, _)| *table);
    picked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_spacing_hyphens_and_underscores() {
        assert_eq!(fold("Person A"), "person_a");
        assert_eq!(fold("  Org ID "), "org_id");
        assert_eq!(fold("last-contact"), "last_contact");
        assert_eq!(fold("Parent__Team - ID"), "parent_team_id");
        assert_eq!(fold("ÉQUIPE"), "équipe");
        assert_eq!(fold(""), "");
    }

    #[test]
    fn names_of_files_and_sheets_fold_the_same_way() {
        assert_eq!(table_named("People"), Some(Table::People));
        assert_eq!(table_named("Partner Links"), Some(Table::PartnerLinks));
        assert_eq!(table_named("partner-links"), Some(Table::PartnerLinks));
        assert_eq!(table_named("person"), None);
    }

    fn picked(holder: Holder, found: &[&str]) -> (Vec<(Table, String)>, Vec<String>) {
        let found: Vec<String> = found.iter().map(|s| s.to_string()).collect();
        let mut input = Input::default();
        let picked = pick(holder, "here", &found, &mut input).into_iter().map(|(t, n)| (t, n.to_string())).collect();
        let issues = input.errors.iter().map(|e| format!("error {e}"));
        (picked, issues.chain(input.warnings.iter().map(|w| format!("warning {w}"))).collect())
    }

    #[test]
    fn folders_offer_csv_files_by_stem_in_the_formats_order() {
        let (tables, issues) = picked(Holder::Folder, &["ties.csv", "People.CSV", "README.md", "tie.csv"]);
        assert_eq!(tables, [(Table::People, "People.CSV".to_string()), (Table::Ties, "ties.csv".to_string())]);
        assert_eq!(
            issues,
            ["warning here: tie.csv is not a table, so it is ignored; the tables are: organisations.csv, teams.csv, \
              people.csv, ties.csv, partner_links.csv, partnerships.csv, assessments.csv"]
        );
    }

    #[test]
    fn two_names_for_one_table_and_no_table_at_all_are_errors() {
        let (_, issues) = picked(Holder::Workbook, &["people", "People "]);
        assert_eq!(issues, ["error here: sheet \"people\" and sheet \"People \" both hold people; keep one"]);
        let (tables, issues) = picked(Holder::Folder, &["notes.txt"]);
        assert!(tables.is_empty());
        assert_eq!(
            issues,
            ["error here: no file here is a table; expected organisations.csv, teams.csv, people.csv, ties.csv, \
              partner_links.csv, partnerships.csv, assessments.csv; found: notes.txt"]
        );
    }
}
