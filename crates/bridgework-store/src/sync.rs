//! Writing a checked map over the stored one: only what changed is written,
//! matched on the spreadsheet's ids, so row ids (and everything keyed on them)
//! stay put for records that are updated.

use crate::row_ids::{ByExtId, by_ext_id};
use crate::stored::Stored;
use crate::{organisations, partner_links, partnerships, people, teams, ties};
use bridgework_core::{Changes, Map, Progress, Table, Tie};
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

    let mut team_ids = by_ext_id(old_records.teams.iter().map(|t| t.id.as_str()), &old.teams.ids);
    let team_changes = changes.table(Table::Teams);
    for (&i, &from) in team_changes.updated.iter().zip(&team_changes.updated_from) {
        let team = &records.teams[i];
        teams::update(conn, old.teams.ids[from], org_ids[&team.org_id], team)?;
    }
    for &i in &team_changes.added {
        let team = &records.teams[i];
        team_ids.insert(team.id.clone(), teams::insert(conn, org_ids[&team.org_id], team)?);
    }
    for &i in team_changes.added.iter().chain(&team_changes.updated) {
        let team = &records.teams[i];
        teams::set_parent(conn, team_ids[&team.id], team.parent_team_id.as_ref().map(|p| team_ids[p]))?;
    }

    let mut person_ids = by_ext_id(old_records.people.iter().map(|p| p.id.as_str()), &old.people.ids);
    let people_changes = changes.table(Table::People);
    let team_of = |team: &Option<String>| team.as_ref().map(|t| team_ids[t]);
    for (&i, &from) in people_changes.updated.iter().zip(&people_changes.updated_from) {
        let person = &records.people[i];
        people::update(conn, old.people.ids[from], team_of(&person.team_id), person)?;
    }
    for &i in &people_changes.added {
        let person = &records.people[i];
        person_ids.insert(person.id.clone(), people::insert(conn, team_of(&person.team_id), person)?);
    }

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

/// Writes the tie changes, new ones in the order of the records.
fn write_ties(
    conn: &Connection,
    old: &Stored,
    new: &Map,
    changes: &Changes,
    person_ids: &ByExtId,
    progress: &dyn Progress,
) -> rusqlite::Result<()> {
    let records = new.records();
    let tie_changes = changes.table(Table::Ties);
    let ends = |i: usize| {
        let tie = &records.ties[i];
        (person_ids[&tie.person_a], person_ids[&tie.person_b], tie)
    };
    for (&i, &from) in tie_changes.updated.iter().zip(&tie_changes.updated_from) {
        let (a, b, tie) = ends(i);
        ties::update(conn, old.ties[from], a, b, tie)?;
    }
    let added: Vec<(i64, i64, &Tie)> = tie_changes.added.iter().map(|&i| ends(i)).collect();
    let total = added.len() as u64;
    ties::insert_all(conn, &added, |done| progress.report("writing ties", done as u64, total))
}
