//! The `organisation` table.

use crate::columns::{Source, word};
use bridgework_core::Organisation;
use rusqlite::{Connection, params};

/// Every organisation, in the order they were added, with their row ids.
pub(crate) fn load(conn: &Connection, source: Source) -> rusqlite::Result<(Vec<Organisation>, Vec<i64>)> {
    let mut stmt = conn.prepare(&format!(
        "SELECT id, ext_id, name, kind, short_name, colour FROM {} ORDER BY id",
        source.from("organisation")
    ))?;
    let (mut orgs, mut ids) = (Vec::new(), Vec::new());
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        ids.push(row.get(0)?);
        orgs.push(Organisation {
            id: row.get(1)?,
            name: row.get(2)?,
            kind: word(row, 3)?,
            short_name: row.get(4)?,
            colour: row.get(5)?,
        });
    }
    Ok((orgs, ids))
}

pub(crate) fn insert(conn: &Connection, org: &Organisation) -> rusqlite::Result<i64> {
    conn.prepare_cached(
        "INSERT INTO organisation (ext_id, name, kind, short_name, colour) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![org.id, org.name, org.kind.as_str(), org.short_name, org.colour])?;
    Ok(conn.last_insert_rowid())
}

pub(crate) fn update(conn: &Connection, id: i64, org: &Organisation) -> rusqlite::Result<()> {
    conn.prepare_cached("UPDATE organisation SET name = ?2, kind = ?3, short_name = ?4, colour = ?5 WHERE id = ?1")?
        .execute(params![id, org.name, org.kind.as_str(), org.short_name, org.colour])?;
    Ok(())
}

pub(crate) fn delete(conn: &Connection, id: i64) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM organisation WHERE id = ?1")?.execute([id])?;
    Ok(())
}
