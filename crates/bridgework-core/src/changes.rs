//! What an update of a map changes, record by record, matched on the
//! spreadsheet's own ids.

use crate::records::{Records, Table};
use rustc_hash::FxHashMap as HashMap;
use serde::Serialize;
use std::hash::Hash;

/// The changes to one table: positions in the new records for added and updated
/// rows, positions in the old records for removed rows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct TableChanges {
    pub added: Vec<usize>,
    pub updated: Vec<usize>,
    /// For each updated row, its position in the old records.
    pub updated_from: Vec<usize>,
    pub removed: Vec<usize>,
    pub unchanged: usize,
}

impl TableChanges {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.updated.is_empty() && self.removed.is_empty()
    }
}

/// The changes to every table.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Changes {
    pub tables: Vec<(Table, TableChanges)>,
}

impl Changes {
    /// Compares two sets of records table by table.
    pub fn between(old: &Records, new: &Records) -> Changes {
        let tables = Table::ALL
            .iter()
            .map(|&table| {
                let changes = match table {
                    Table::Organisations => diff(&old.organisations, &new.organisations, |o| o.id.as_str()),
                    Table::Teams => diff(&old.teams, &new.teams, |t| t.id.as_str()),
                    Table::People => diff(&old.people, &new.people, |p| p.id.as_str()),
                    Table::Ties => diff(&old.ties, &new.ties, |t| t.key()),
                    Table::PartnerLinks => diff(&old.partner_links, &new.partner_links, |l| l.key()),
                    Table::Partnerships => diff(&old.partnerships, &new.partnerships, |p| p.id.as_str()),
                    Table::Assessments => {
                        diff(&old.assessments, &new.assessments, |a| (a.partnership_id.as_str(), a.date))
                    }
                };
                (table, changes)
            })
            .collect();
        Changes { tables }
    }

    pub fn table(&self, table: Table) -> &TableChanges {
        &self.tables.iter().find(|(t, _)| *t == table).expect("every table is compared").1
    }

    pub fn is_empty(&self) -> bool {
        self.tables.iter().all(|(_, c)| c.is_empty())
    }

    /// How many rows are added, updated or removed, in every table.
    pub fn touched(&self) -> usize {
        self.tables.iter().map(|(_, c)| c.added.len() + c.updated.len() + c.removed.len()).sum()
    }
}

fn diff<'a, R: PartialEq, K: Hash + Eq>(old: &'a [R], new: &'a [R], key: impl Fn(&'a R) -> K) -> TableChanges {
    if old.is_empty() {
        // The first import of a table: everything is new, and there is no need
        // to hash every key to find that out.
        return TableChanges { added: (0..new.len()).collect(), ..TableChanges::default() };
    }
    let mut old_rows: HashMap<K, usize> = old.iter().enumerate().map(|(i, r)| (key(r), i)).collect();
    let mut changes = TableChanges::default();
    for (i, row) in new.iter().enumerate() {
        match old_rows.remove(&key(row)) {
            None => changes.added.push(i),
            Some(j) if old[j] == *row => changes.unchanged += 1,
            Some(j) => {
                changes.updated.push(i);
                changes.updated_from.push(j);
            }
        }
    }
    changes.removed = old_rows.into_values().collect();
    changes.removed.sort_unstable();
    changes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::Organisation;
    use crate::vocabulary::OrgKind;

    fn org(id: &str, name: &str) -> Organisation {
        Organisation { id: id.into(), name: name.into(), kind: OrgKind::Other, short_name: None, colour: None }
    }

    #[test]
    fn matches_rows_by_id_and_sorts_them_into_added_updated_unchanged_removed() {
        let old = Records { organisations: vec![org("a", "A"), org("b", "B"), org("c", "C")], ..Records::default() };
        let new = Records { organisations: vec![org("c", "C"), org("b", "Bee"), org("d", "D")], ..Records::default() };
        let changes = Changes::between(&old, &new);
        let orgs = changes.table(Table::Organisations);
        assert_eq!(orgs.added, vec![2]);
        assert_eq!(orgs.updated, vec![1]);
        assert_eq!(orgs.updated_from, vec![1]);
        assert_eq!(orgs.removed, vec![0]);
        assert_eq!(orgs.unchanged, 1);
        assert!(changes.table(Table::People).is_empty());
        assert_eq!(changes.touched(), 3);
    }
}
