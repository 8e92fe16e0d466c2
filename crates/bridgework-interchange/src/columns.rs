//! The columns of each table, in the order the format writes them.
//!
//! This list is the one place the column names live: header matching, row
//! reading and both exports follow it, so a column added here is read and
//! written alike.

use bridgework_core::Table;

/// One column of a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Column {
    /// The canonical name, as written in exports and documented.
    pub name: &'static str,
    pub need: Need,
    /// Other headings accepted for this column, already folded (see
    /// [`crate::names::fold`]).
    pub aliases: &'static [&'static str],
}

/// Whether a column must be present, and what its absence means for the rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Need {
    /// Must be a header, and a row means nothing without it: if the header is
    /// missing, no row of the table is read.
    Key,
    /// Must be a header, but its cells may be empty: if the header is missing
    /// that is an error, yet the rows are still read (with the cells empty) so
    /// that other tables' references to them resolve and their own problems
    /// are found.
    Header,
    /// May be left out.
    Optional,
}

const fn key(name: &'static str) -> Column {
    Column { name, need: Need::Key, aliases: &[] }
}

const fn header(name: &'static str) -> Column {
    Column { name, need: Need::Header, aliases: &[] }
}

const fn optional(name: &'static str) -> Column {
    Column { name, need: Need::Optional, aliases: &[] }
}

impl Column {
    const fn or(self, aliases: &'static [&'static str]) -> Column {
        Column { aliases, ..self }
    }
}

// The aliases are few on purpose: each is a heading people really write
// ("Job title", "Color"), and none could mean another column.
const ORGANISATIONS: &[Column] = &[
    key("id"),
    key("name"),
    key("kind"),
    optional("short_name").or(&["short_code"]),
    optional("colour").or(&["color"]),
];

const TEAMS: &[Column] = &[
    key("id"),
    key("org_id").or(&["organisation_id"]),
    header("parent_team_id").or(&["parent_team"]),
    key("name"),
    header("function").or(&["functions"]),
];

const PEOPLE: &[Column] = &[
    key("id"),
    header("team_id"),
    key("name"),
    header("role").or(&["job_title"]),
    header("level").or(&["seniority"]),
    optional("email"),
    optional("phone"),
    optional("joined"),
    optional("left"),
    optional("tags"),
];

const TIES: &[Column] = &[
    key("person_a"),
    key("person_b"),
    optional("kind"),
    optional("strength"),
    optional("frequency"),
    optional("last_contact"),
    optional("since"),
    optional("source"),
    optional("note").or(&["notes"]),
];

const PARTNER_LINKS: &[Column] = &[key("team_a"), key("team_b"), optional("reason")];

const PARTNERSHIPS: &[Column] = &[
    key("id"),
    key("name"),
    optional("model"),
    optional("purpose"),
    optional("started"),
    optional("organisations").or(&["org_ids"]),
];

const ASSESSMENTS: &[Column] = &[
    key("partnership_id"),
    key("date"),
    key("shared_purpose"),
    key("shared_values"),
    key("agreed_processes"),
    key("trust_commitment"),
    key("communication"),
];

/// The columns of `table`, in the order the format writes them.
pub(crate) fn of(table: Table) -> &'static [Column] {
    match table {
        Table::Organisations => ORGANISATIONS,
        Table::Teams => TEAMS,
        Table::People => PEOPLE,
        Table::Ties => TIES,
        Table::PartnerLinks => PARTNER_LINKS,
        Table::Partnerships => PARTNERSHIPS,
        Table::Assessments => ASSESSMENTS,
    }
}

/// The names of `table`'s columns, in order.
pub(crate) fn names(table: Table) -> impl Iterator<Item = &'static str> {
    of(table).iter().map(|c| c.name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::fold;

    #[test]
    fn aliases_are_folded_and_never_clash_with_another_column() {
        for table in Table::ALL {
            let mut seen = Vec::new();
            for column in of(table) {
                assert_eq!(fold(column.name), column.name, "{} is canonical", column.name);
                for name in std::iter::once(&column.name).chain(column.aliases) {
                    assert_eq!(fold(name), *name, "alias {name} is folded");
                    assert!(!seen.contains(name), "{name} is used twice in {}", table.name());
                    seen.push(name);
                }
            }
        }
    }
}
