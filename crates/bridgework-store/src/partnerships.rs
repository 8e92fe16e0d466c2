//! The `partnership`, `partnership_member` and `assessment` tables.

use crate::columns::{Source, optional_word};
use crate::row_ids::RowIds;
use bridgework_core::{Assessment, Date, Organisation, Partnership};
use rusqlite::{Connection, params};

/// Every partnership with its member organisations in their recorded order.
pub(crate) fn load(
    conn: &Connection,
    source: Source,
    orgs: (&[Organisation], &RowIds),
) -> rusqlite::Result<(Vec<Partnership>, RowIds)> {
    let mut stmt = conn.prepare(&format!(
        "SELECT id, ext_id, name, model, purpose, started FROM {} ORDER BY id",
        source.from("partnership")
    ))?;
    let (mut partnerships, mut ids) = (Vec::new(), Vec::new());
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        ids.push(row.get(0)?);
        partnerships.push(Partnership {
            id: row.get(1)?,
            name: row.get(2)?,
            model: optional_word(row, 3)?,
            purpose: row.get(4)?,
            started: row.get(5)?,
            org_ids: Vec::new(),
        });
    }
    let ids = RowIds::new(ids);
    let mut stmt = conn.prepare(&format!(
        "SELECT partnership_id, organisation_id FROM {} ORDER BY partnership_id, position",
        source.from("partnership_member")
    ))?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        let partnership = ids.position(row.get(0)?, 0, "partnership")?;
        let org = orgs.1.position(row.get(1)?, 1, "organisation")?;
        partnerships[partnership].org_ids.push(orgs.0[org].id.clone());
    }
    Ok((partnerships, ids))
}

pub(crate) fn insert(conn: &Connection, partnership: &Partnership) -> rusqlite::Result<i64> {
    conn.prepare_cached("INSERT INTO partnership (ext_id, name, model, purpose, started) VALUES (?1, ?2, ?3, ?4, ?5)")?
        .execute(params![
            partnership.id,
            partnership.name,
            partnership.model.map(|m| m.as_str()),
            partnership.purpose,
            partnership.started
        ])?;
    Ok(conn.last_insert_rowid())
}

pub(crate) fn update(conn: &Connection, id: i64, partnership: &Partnership) -> rusqlite::Result<()> {
    conn.prepare_cached("UPDATE partnership SET name = ?2, model = ?3, purpose = ?4, started = ?5 WHERE id = ?1")?
        .execute(params![
            id,
            partnership.name,
            partnership.model.map(|m| m.as_str()),
            partnership.purpose,
            partnership.started
        ])?;
    Ok(())
}

/// Replaces a partnership's members with `orgs`, in order.
pub(crate) fn set_members(conn: &Connection, id: i64, orgs: &[i64]) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM partnership_member WHERE partnership_id = ?1")?.execute([id])?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO partnership_member (partnership_id, position, organisation_id) VALUES (?1, ?2, ?3)",
    )?;
    for (position, org) in orgs.iter().enumerate() {
        insert.execute(params![id, position as i64, org])?;
    }
    Ok(())
}

/// Removes a partnership with its members and assessments.
pub(crate) fn delete(conn: &Connection, id: i64) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM assessment WHERE partnership_id = ?1")?.execute([id])?;
    conn.prepare_cached("DELETE FROM partnership_member WHERE partnership_id = ?1")?.execute([id])?;
    conn.prepare_cached("DELETE FROM partnership WHERE id = ?1")?.execute([id])?;
    Ok(())
}

/// An assessment's primary key: its partnership's row id and its date.
pub(crate) type AssessmentKey = (i64, Date);

/// Every assessment, by partnership and date, with its key.
pub(crate) fn load_assessments(
    conn: &Connection,
    source: Source,
    partnerships: (&[Partnership], &RowIds),
) -> rusqlite::Result<(Vec<Assessment>, Vec<AssessmentKey>)> {
    let mut stmt = conn.prepare(&format!(
        "SELECT partnership_id, date, shared_purpose, shared_values, agreed_processes, trust_commitment,
                communication FROM {} ORDER BY partnership_id, date",
        source.from("assessment")
    ))?;
    let (mut assessments, mut keys) = (Vec::new(), Vec::new());
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        let partnership_id: i64 = row.get(0)?;
        let partnership = partnerships.1.position(partnership_id, 0, "partnership")?;
        let date = row.get(1)?;
        assessments.push(Assessment {
            partnership_id: partnerships.0[partnership].id.clone(),
            date,
            shared_purpose: row.get(2)?,
            shared_values: row.get(3)?,
            agreed_processes: row.get(4)?,
            trust_commitment: row.get(5)?,
            communication: row.get(6)?,
        });
        keys.push((partnership_id, date));
    }
    Ok((assessments, keys))
}

/// Adds or replaces the assessment of a partnership on a date.
pub(crate) fn put_assessment(conn: &Connection, partnership: i64, assessment: &Assessment) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT OR REPLACE INTO assessment (partnership_id, date, shared_purpose, shared_values, agreed_processes,
         trust_commitment, communication) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        partnership,
        assessment.date,
        assessment.shared_purpose,
        assessment.shared_values,
        assessment.agreed_processes,
        assessment.trust_commitment,
        assessment.communication
    ])?;
    Ok(())
}

pub(crate) fn delete_assessment(conn: &Connection, key: AssessmentKey) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM assessment WHERE partnership_id = ?1 AND date = ?2")?
        .execute(params![key.0, key.1])?;
    Ok(())
}
