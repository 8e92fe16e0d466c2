//! The `partner_link` table: team pairs expected to work together.

use crate::columns::Source;
use crate::row_ids::RowIds;
use bridgework_core::{PartnerLink, Team};
use rusqlite::{Connection, params};

pub(crate) fn load(
    conn: &Connection,
    source: Source,
    teams: (&[Team], &RowIds),
) -> rusqlite::Result<(Vec<PartnerLink>, Vec<i64>)> {
    let mut stmt =
        conn.prepare(&format!("SELECT id, team_a, team_b, reason FROM {} ORDER BY id", source.from("partner_link")))?;
    let (mut links, mut ids) = (Vec::new(), Vec::new());
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        ids.push(row.get(0)?);
        links.push(PartnerLink {
            team_a: teams.0[teams.1.position(row.get(1)?, 1, "team")?].id.clone(),
            team_b: teams.0[teams.1.position(row.get(2)?, 2, "team")?].id.clone(),
            reason: row.get(3)?,
        });
    }
    Ok((links, ids))
}

pub(crate) fn insert(conn: &Connection, a: i64, b: i64, link: &PartnerLink) -> rusqlite::Result<()> {
    conn.prepare_cached("INSERT INTO partner_link (team_a, team_b, reason) VALUES (?1, ?2, ?3)")?.execute(params![
        a,
        b,
        link.reason
    ])?;
    Ok(())
}

pub(crate) fn update(conn: &Connection, id: i64, a: i64, b: i64, link: &PartnerLink) -> rusqlite::Result<()> {
    conn.prepare_cached("UPDATE partner_link SET team_a = ?2, team_b = ?3, reason = ?4 WHERE id = ?1")?
        .execute(params![id, a, b, link.reason])?;
    Ok(())
}

pub(crate) fn delete(conn: &Connection, id: i64) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM partner_link WHERE id = ?1")?.execute([id])?;
    Ok(())
}
