//! The `team` table: each organisation's tree of directorates, services and teams.

use crate::bulk;
use crate::columns::{Source, list, list_text};
use crate::row_ids::RowIds;
use bridgework_core::{Organisation, Team};
use rusqlite::{Connection, Statement, params};

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

/// A team to write: its row id, its organisation's and its parent's row ids,
/// and the record.
pub(crate) type Row<'r> = (i64, i64, Option<i64>, &'r Team);

const COLUMNS: [&str; 6] = ["id", "ext_id", "organisation_id", "parent_id", "name", "functions"];

pub(crate) fn insert_all(conn: &Connection, rows: &[Row<'_>]) -> rusqlite::Result<()> {
    bulk::insert_all(conn, "team", &COLUMNS, rows, &bind, |_| {})
}

fn bind(stmt: &mut Statement<'_>, offset: usize, &(id, org, parent, team): &Row<'_>) -> rusqlite::Result<()> {
    stmt.raw_bind_parameter(offset + 1, id)?;
    stmt.raw_bind_parameter(offset + 2, &team.id)?;
    stmt.raw_bind_parameter(offset + 3, org)?;
    stmt.raw_bind_parameter(offset + 4, parent)?;
    stmt.raw_bind_parameter(offset + 5, &team.name)?;
    stmt.raw_bind_parameter(offset + 6, list_text(&team.functions))?;
    Ok(())
}

pub(crate) fn update(conn: &Connection, &(id, org, parent, team): &Row<'_>) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "UPDATE team SET organisation_id = ?2, parent_id = ?3, name = ?4, functions = ?5 WHERE id = ?1",
    )?
    .execute(params![id, org, parent, team.name, list_text(&team.functions)])?;
    Ok(())
}

pub(crate) fn delete(conn: &Connection, id: i64) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM team WHERE id = ?1")?.execute([id])?;
    Ok(())
}
