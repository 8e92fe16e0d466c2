//! Writing a checked map over the stored one: only what changed is written,
//! matched on the spreadsheet's ids, so row ids (and everything keyed on them)
//! stay put for records that are updated.

use crate::row_ids::{ByExtId, by_ext_id};
use crate::stored::Stored;
use crate::{bulk, organisations, partner_links, partnerships, people, teams, ties};
use bridgework_core::{Changes, Map, Progress, Table, TieIx};
use rusqlite::Connection;

/// Applies `changes` (from `old.records` to `new`) inside the caller's transaction.
pub(crate) fn apply(
    conn: &Connection,
    old: &Stored,
    new: &Map,
    changes: &Changes,
    progress: &dyn Progress,
) -> rusqlite::Result<()> {
    let records = new.records();

    // Removals first, children before parents, so that nothing is left pointing
    // at a removed row for longer than it must.
    for &i in &changes.table(Table::Assessments).removed {
        partnerships::delete_assessment(conn, old.assessments[i])?;
    }
    for &i in &changes.table(Table::Partnerships).removed {
        partnerships::delete(conn, old.partnerships.ids[i])?;
    }
    for &i in &changes.table(Table::PartnerLinks).removed {
        partner_links::delete(conn, old.links[i])?;
    }
    for &i in &changes.table(Table::Ties).removed {
        ties::delete(conn, old.ties[i])?;
    }
    for &i in &changes.table(Table::People).removed {
        people::delete(conn, old.people.ids[i])?;
    }
    for &i in &changes.table(Table::Teams).removed {
        teams::delete(conn, old.teams.ids[i])?;
    }
    for &i in &changes.table(Table::Organisations).removed {
        organisations::delete(conn, old.orgs.ids[i])?;
    }

    let old_records = &old.records;
    let mut org_ids = by_ext_id(old_records.organisations.iter().map(|o| o.id.as_str()), &old.orgs.ids);
    let orgs = changes.table(Table::Organisations);
    for (&i, &from) in orgs.updated.iter().zip(&orgs.updated_from) {
        organisations::update(conn, old.orgs.ids[from], &records.organisations[i])?;
    }
    for &i in &orgs.added {
        let org = &records.organisations[i];
        org_ids.insert(org.id.clone(), organisations::insert(conn, org)?);
    }

    let team_ids = write_teams(conn, old, new, changes, &org_ids)?;
    let person_ids = write_people(conn, old, new, changes, &team_ids)?;
    write_ties(conn, old, new, changes, &person_ids, progress)?;

    let links = changes.table(Table::PartnerLinks);
    for (&i, &from) in links.updated.iter().zip(&links.updated_from) {
        let link = &records.partner_links[i];
        partner_links::update(conn, old.links[from], team_ids[&link.team_a], team_ids[&link.team_b], link)?;
    }
    for &i in &links.added {
        let link = &records.partner_links[i];
        partner_links::insert(conn, team_ids[&link.team_a], team_ids[&link.team_b], link)?;
    }

    let mut partnership_ids = by_ext_id(old_records.partnerships.iter().map(|p| p.id.as_str()), &old.partnerships.ids);
    let partnership_changes = changes.table(Table::Partnerships);
    for (&i, &from) in partnership_changes.updated.iter().zip(&partnership_changes.updated_from) {
        let partnership = &records.partnerships[i];
        let id = old.partnerships.ids[from];
        partnerships::update(conn, id, partnership)?;
        partnerships::set_members(conn, id, &resolve_all(&partnership.org_ids, &org_ids))?;
    }
    for &i in &partnership_changes.added {
        let partnership = &records.partnerships[i];
        let id = partnerships::insert(conn, partnership)?;
        partnerships::set_members(conn, id, &resolve_all(&partnership.org_ids, &org_ids))?;
        partnership_ids.insert(partnership.id.clone(), id);
    }

    let assessments = changes.table(Table::Assessments);
    for &i in assessments.added.iter().chain(&assessments.updated) {
        let assessment = &records.assessments[i];
        partnerships::put_assessment(conn, partnership_ids[&assessment.partnership_id], assessment)?;
    }
    Ok(())
}

fn resolve_all(ext_ids: &[String], ids: &ByExtId) -> Vec<i64> {
    ext_ids.iter().map(|ext| ids[ext]).collect()
}

/// The row id of each record of a new table: its stored row's, found by the
/// spreadsheet's id, or a fresh one after the largest in use.
fn row_ids<'a>(
    conn: &Connection,
    table: &str,
    old: ByExtId,
    new: impl Iterator<Item = &'a str>,
) -> rusqlite::Result<(ByExtId, Vec<i64>)> {
    let mut next = bulk::next_id(conn, table)?;
    let mut by_ext = old;
    let ids = new
        .map(|ext| {
            *by_ext.entry(ext.to_string()).or_insert_with(|| {
                next += 1;
                next - 1
            })
        })
        .collect();
    Ok((by_ext, ids))
}

/// Writes the team changes; returns every team's row id by its spreadsheet id.
fn write_teams(
    conn: &Connection,
    old: &Stored,
    new: &Map,
    changes: &Changes,
    org_ids: &ByExtId,
) -> rusqlite::Result<ByExtId> {
    let teams = &new.records().teams;
    let old_ids = by_ext_id(old.records.teams.iter().map(|t| t.id.as_str()), &old.teams.ids);
    let (team_ids, _) = row_ids(conn, "team", old_ids, teams.iter().map(|t| t.id.as_str()))?;
    let row = |i: usize| -> teams::Row<'_> {
        let team = &teams[i];
        (team_ids[&team.id], org_ids[&team.org_id], team.parent_team_id.as_ref().map(|p| team_ids[p]), team)
    };
    let team_changes = changes.table(Table::Teams);
    for &i in &team_changes.updated {
        teams::update(conn, &row(i))?;
    }
    let added: Vec<teams::Row<'_>> = team_changes.added.iter().map(|&i| row(i)).collect();
    teams::insert_all(conn, &added)?;
    Ok(team_ids)
}

/// Writes the people changes; returns each new record's row id.
fn write_people(
    conn: &Connection,
    old: &Stored,
    new: &Map,
    changes: &Changes,
    team_ids: &ByExtId,
) -> rusqlite::Result<Vec<i64>> {
    let people = &new.records().people;
    let old_ids = by_ext_id(old.records.people.iter().map(|p| p.id.as_str()), &old.people.ids);
    let (_, person_ids) = row_ids(conn, "person", old_ids, people.iter().map(|p| p.id.as_str()))?;
    let team_of = |i: usize| people[i].team_id.as_ref().map(|t| team_ids[t]);
    let people_changes = changes.table(Table::People);
    for &i in &people_changes.updated {
        people::update(conn, person_ids[i], team_of(i), &people[i])?;
    }
    let added: Vec<people::Row<'_>> =
        people_changes.added.iter().map(|&i| (person_ids[i], team_of(i), &people[i])).collect();
    people::insert_all(conn, &added)?;
    Ok(person_ids)
}

/// Writes the tie changes, new ones in the order of the records.
fn write_ties(
    conn: &Connection,
    old: &Stored,
    new: &Map,
    changes: &Changes,
    person_ids: &[i64],
    progress: &dyn Progress,
) -> rusqlite::Result<()> {
    let records = new.records();
    let tie_changes = changes.table(Table::Ties);
    let row = |i: usize| -> ties::Row<'_> {
        let [a, b] = new.tie_ends(TieIx(i as u32));
        (person_ids[a.index()], person_ids[b.index()], &records.ties[i])
    };
    for (&i, &from) in tie_changes.updated.iter().zip(&tie_changes.updated_from) {
        let (a, b, tie) = row(i);
        ties::update(conn, old.ties[from], a, b, tie)?;
    }
    let added: Vec<ties::Row<'_>> = tie_changes.added.iter().map(|&i| row(i)).collect();
    let total = added.len() as u64;
    ties::insert_all(conn, &added, |done| progress.report("writing ties", done as u64, total))
}
