//! The `team` table: each organisation's tree of directorates, services and teams.

use crate::columns::{Source, list, list_text};
use crate::row_ids::RowIds;
use bridgework_core::{Organisation, Team};
use rusqlite::{Connection, params};

/// Every team, in the order they were added, with their row ids.
pub(crate) fn load(
    conn: &Connection,
    source: Source,
    orgs: (&[Organisation], &RowIds),
) -> rusqlite::Result<(Vec<Team>, RowIds)> {
    let mut stmt = conn.prepare(&format!(
        "SELECT id, ext_id, organisation_id, parent_id, name, functions FROM {} ORDER BY id",
        source.from("team")
    ))?;
    let (mut teams, mut ids, mut parents) = (Vec::new(), Vec::new(), Vec::new());
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        ids.push(row.get(0)?);
        let org = orgs.1.position(row.get(2)?, 2, "organisation")?;
        parents.push(row.get::<_, Option<i64>>(3)?);
        teams.push(Team {
            id: row.get(1)?,
            org_id: orgs.0[org].id.clone(),
            parent_team_id: None,
            name: row.get(4)?,
            functions: list(row, 5)?,
        });
    }
    let ids = RowIds::new(ids);
    for (i, parent) in parents.into_iter().enumerate() {
        if let Some(parent) = parent {
            let parent = ids.position(parent, 3, "team")?;
            teams[i].parent_team_id = Some(teams[parent].id.clone());
        }
    }
    Ok((teams, ids))
}

/// Adds a team without its parent: a parent may be added after its children,
/// so [`set_parent`] fills it in once every team has a row id.
pub(crate) fn insert(conn: &Connection, org: i64, team: &Team) -> rusqlite::Result<i64> {
    conn.prepare_cached("INSERT INTO team (ext_id, organisation_id, name, functions) VALUES (?1, ?2, ?3, ?4)")?
        .execute(params![team.id, org, team.name, list_text(&team.functions)])?;
    Ok(conn.last_insert_rowid())
}

pub(crate) fn update(conn: &Connection, id: i64, org: i64, team: &Team) -> rusqlite::Result<()> {
    conn.prepare_cached("UPDATE team SET organisation_id = ?2, name = ?3, functions = ?4 WHERE id = ?1")?
        .execute(params![id, org, team.name, list_text(&team.functions)])?;
    Ok(())
}

pub(crate) fn set_parent(conn: &Connection, id: i64, parent: Option<i64>) -> rusqlite::Result<()> {
    conn.prepare_cached("UPDATE team SET parent_id = ?2 WHERE id = ?1")?.execute(params![id, parent])?;
    Ok(())
}

pub(crate) fn delete(conn: &Connection, id: i64) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM team WHERE id = ?1")?.execute([id])?;
    Ok(())
}
