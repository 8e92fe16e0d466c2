//! An edit of the map as the rows it touched, as they were and as they
//! became: what undo puts back and redo puts again.
//!
//! Rows are matched by the spreadsheet's ids (a tie by its two people and
//! kind, an assessment by its partnership and date), as [`Changes`] matches
//! them. An edit applies only to records whose touched rows are still as
//! the edit left them, so undoing never overwrites a later change it does
//! not know about.
//!
//! Cost: linear in the records (one pass per table to find the touched
//! rows); the edit itself holds only the touched rows.

use crate::changes::Changes;
use crate::records::{Records, Table};
use serde::{Deserialize, Serialize};
use std::hash::Hash;

/// The rows an edit changed: `before` holds them as they were (updated and
/// removed rows), `after` as they became (added and updated rows).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edit {
    pub before: Records,
    pub after: Records,
}

/// Why an edit cannot be applied to the records as they are now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditConflict {
    pub table: Table,
    /// How the row is named in messages: its id, or a tie's two people.
    pub row: String,
}

impl std::fmt::Display for EditConflict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} \"{}\" has changed since", self.table.name(), self.row)
    }
}

impl Edit {
    /// The rows `changes` (from `old` to `new`) touched.
    pub fn between(old: &Records, new: &Records, changes: &Changes) -> Edit {
        let mut edit = Edit::default();
        macro_rules! pick {
            ($table:expr, $field:ident) => {{
                let c = changes.table($table);
                let before = c.updated_from.iter().chain(&c.removed).map(|&i| old.$field[i].clone());
                edit.before.$field = before.collect();
                let after = c.added.iter().chain(&c.updated).map(|&i| new.$field[i].clone());
                edit.after.$field = after.collect();
            }};
        }
        pick!(Table::Organisations, organisations);
        pick!(Table::Teams, teams);
        pick!(Table::People, people);
        pick!(Table::Ties, ties);
        pick!(Table::PartnerLinks, partner_links);
        pick!(Table::Partnerships, partnerships);
        pick!(Table::Assessments, assessments);
        edit
    }

    /// The edit that takes its result back to where it started.
    pub fn inverse(&self) -> Edit {
        Edit { before: self.after.clone(), after: self.before.clone() }
    }

    pub fn is_empty(&self) -> bool {
        Table::ALL.iter().all(|&t| self.before.len(t) == 0 && self.after.len(t) == 0)
    }

    /// `records` with the edit made: every row of `before` replaced by the
    /// row of `after` with the same key, or removed when there is none; the
    /// rest of `after` added at the end. Fails, changing nothing, when a row
    /// of `before` is not in `records` exactly as it was, or a row `after`
    /// adds is already there.
    pub fn apply(&self, records: &Records) -> Result<Records, EditConflict> {
        let mut out = records.clone();
        let id = |s: &String| s.clone();
        replace(&mut out.organisations, &self.before.organisations, &self.after.organisations, |o| o.id.clone(), id)
            .map_err(|row| EditConflict { table: Table::Organisations, row })?;
        replace(&mut out.teams, &self.before.teams, &self.after.teams, |t| t.id.clone(), id)
            .map_err(|row| EditConflict { table: Table::Teams, row })?;
        replace(&mut out.people, &self.before.people, &self.after.people, |p| p.id.clone(), id)
            .map_err(|row| EditConflict { table: Table::People, row })?;
        let tie_key = |t: &crate::Tie| {
            let (a, b, kind) = t.key();
            (a.to_string(), b.to_string(), kind)
        };
        replace(&mut out.ties, &self.before.ties, &self.after.ties, tie_key, |(a, b, kind)| {
            format!("{a} – {b} ({})", kind.as_str())
        })
        .map_err(|row| EditConflict { table: Table::Ties, row })?;
        let link_key = |l: &crate::PartnerLink| {
            let (a, b) = l.key();
            (a.to_string(), b.to_string())
        };
        replace(&mut out.partner_links, &self.before.partner_links, &self.after.partner_links, link_key, |(a, b)| {
            format!("{a} – {b}")
        })
        .map_err(|row| EditConflict { table: Table::PartnerLinks, row })?;
        replace(&mut out.partnerships, &self.before.partnerships, &self.after.partnerships, |p| p.id.clone(), id)
            .map_err(|row| EditConflict { table: Table::Partnerships, row })?;
        let assessment_key = |a: &crate::Assessment| (a.partnership_id.clone(), a.date);
        replace(&mut out.assessments, &self.before.assessments, &self.after.assessments, assessment_key, |(p, d)| {
            format!("{p} on {d}")
        })
        .map_err(|row| EditConflict { table: Table::Assessments, row })?;
        Ok(out)
    }
}

/// One table's part of [`Edit::apply`]; the error names the row in conflict.
fn replace<R: Clone + PartialEq, K: Hash + Eq + Clone>(
    rows: &mut Vec<R>,
    before: &[R],
    after: &[R],
    key: impl Fn(&R) -> K,
    name: impl Fn(&K) -> String,
) -> Result<(), String> {
    if before.is_empty() && after.is_empty() {
        return Ok(());
    }
    let mut replacements: rustc_hash::FxHashMap<K, Option<&R>> = before.iter().map(|r| (key(r), None)).collect();
    let mut added = Vec::new();
    for row in after {
        match replacements.get_mut(&key(row)) {
            Some(slot) => *slot = Some(row),
            None => added.push(row),
        }
    }
    let mut expected: rustc_hash::FxHashMap<K, &R> = before.iter().map(|r| (key(r), r)).collect();
    let added_keys: rustc_hash::FxHashSet<K> = added.iter().map(|r| key(r)).collect();
    let mut kept = Vec::with_capacity(rows.len() + added.len());
    for row in rows.drain(..) {
        let k = key(&row);
        if added_keys.contains(&k) {
            return Err(name(&k));
        }
        match expected.remove(&k) {
            None => kept.push(row),
            Some(was) if *was != row => return Err(name(&k)),
            Some(_) => {
                if let Some(Some(new)) = replacements.get(&k) {
                    kept.push((*new).clone());
                }
            }
        }
    }
    if let Some(k) = expected.into_keys().next() {
        return Err(name(&k));
    }
    kept.extend(added.into_iter().cloned());
    *rows = kept;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::Organisation;
    use crate::vocabulary::OrgKind;

    fn org(id: &str, name: &str) -> Organisation {
        Organisation { id: id.into(), name: name.into(), kind: OrgKind::Other, short_name: None, colour: None }
    }

    fn records(orgs: &[(&str, &str)]) -> Records {
        Records { organisations: orgs.iter().map(|(i, n)| org(i, n)).collect(), ..Records::default() }
    }

    #[test]
    fn applying_an_edit_gives_the_new_records_and_its_inverse_the_old() {
        let old = records(&[("a", "A"), ("b", "B"), ("c", "C")]);
        let new = records(&[("a", "A"), ("b", "Bee"), ("d", "D")]);
        let edit = Edit::between(&old, &new, &Changes::between(&old, &new));
        assert_eq!(edit.before.organisations, vec![org("b", "B"), org("c", "C")]);
        assert_eq!(edit.after.organisations, vec![org("d", "D"), org("b", "Bee")]);
        let redone = edit.apply(&old).unwrap();
        assert_eq!(redone, new, "an update stays in its place, an addition goes last");
        let undone = edit.inverse().apply(&redone).unwrap();
        assert_eq!(
            undone.organisations,
            vec![org("a", "A"), org("b", "B"), org("c", "C")],
            "a removed row comes back (at the end)"
        );
    }

    #[test]
    fn an_edit_refuses_records_changed_since() {
        let old = records(&[("a", "A")]);
        let new = records(&[("a", "Aye")]);
        let edit = Edit::between(&old, &new, &Changes::between(&old, &new));
        let changed_since = records(&[("a", "Ay")]);
        let conflict = edit.inverse().apply(&changed_since).unwrap_err();
        assert_eq!(conflict.to_string(), "organisations \"a\" has changed since");
        let gone = Records::default();
        assert!(edit.inverse().apply(&gone).is_err(), "a row the edit changed has gone");
        let added = Edit { after: records(&[("a", "A")]), ..Edit::default() };
        assert!(added.apply(&old).is_err(), "a row the edit adds is already there");
    }

    #[test]
    fn an_empty_edit_changes_nothing() {
        let old = records(&[("a", "A")]);
        let edit = Edit::between(&old, &old, &Changes::between(&old, &old));
        assert!(edit.is_empty());
        assert_eq!(edit.apply(&old).unwrap(), old);
    }
}
