//! The `tie` table: the largest by far, so loading and bulk writing are tuned.

use crate::bulk;
use crate::columns::{Source, day_text, optional_day, optional_word, word};
use crate::row_ids::RowIds;
use bridgework_core::{Person, Tie};
use rusqlite::Connection;

/// Every tie, in the order they were added, with its row id.
pub(crate) fn load(
    conn: &Connection,
    source: Source,
    people: (&[Person], &RowIds),
) -> rusqlite::Result<(Vec<Tie>, Vec<i64>)> {
    // Sized up front: growing a vector of 700,000 ties step by step copies it
    // many times over.
    let count: usize = conn.query_row(&format!("SELECT count(*) FROM {}", source.from("tie")), [], |r| r.get(0))?;
    let mut stmt = conn.prepare(&format!("SELECT id, {COLUMNS} FROM {} ORDER BY id", source.from("tie")))?;
    let (mut ties, mut ids) = (Vec::with_capacity(count), Vec::with_capacity(count));
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        ids.push(row.get(0)?);
        ties.push(Tie {
            person_a: people.0[people.1.position(row.get(1)?, 1, "person")?].id.clone(),
            person_b: people.0[people.1.position(row.get(2)?, 2, "person")?].id.clone(),
            kind: word(row, 3)?,
            strength: row.get(4)?,
            frequency: optional_word(row, 5)?,
            last_contact: optional_day(row, 6)?,
            since: optional_day(row, 7)?,
            source: row.get(8)?,
            note: row.get(9)?,
        });
    }
    Ok((ties, ids))
}

const COLUMNS: &str = "person_a, person_b, kind, strength, frequency, last_contact, since, source, note";

/// A tie to write: its people's row ids and the record.
pub(crate) type Row<'r> = (i64, i64, &'r Tie);

/// Inserts ties, calling `written` with how many are written so far.
pub(crate) fn insert_all(conn: &Connection, rows: &[Row<'_>], written: impl FnMut(usize)) -> rusqlite::Result<()> {
    let columns: Vec<&str> = COLUMNS.split(", ").collect();
    bulk::insert_all(conn, "tie", &columns, rows, &|stmt, offset, &(a, b, tie)| bind(stmt, offset, a, b, tie), written)
}

/// Binds one tie's values after the first `offset` parameters.
fn bind(stmt: &mut rusqlite::Statement<'_>, offset: usize, a: i64, b: i64, tie: &Tie) -> rusqlite::Result<()> {
    stmt.raw_bind_parameter(offset + 1, a)?;
    stmt.raw_bind_parameter(offset + 2, b)?;
    stmt.raw_bind_parameter(offset + 3, tie.kind.as_str())?;
    stmt.raw_bind_parameter(offset + 4, tie.strength)?;
    stmt.raw_bind_parameter(offset + 5, tie.frequency.map(|f| f.as_str()))?;
    stmt.raw_bind_parameter(offset + 6, tie.last_contact.map(day_text))?;
    stmt.raw_bind_parameter(offset + 7, tie.since.map(day_text))?;
    stmt.raw_bind_parameter(offset + 8, &tie.source)?;
    stmt.raw_bind_parameter(offset + 9, &tie.note)?;
    Ok(())
}

pub(crate) fn update(conn: &Connection, id: i64, a: i64, b: i64, tie: &Tie) -> rusqlite::Result<()> {
    let mut stmt = conn
        .prepare_cached(&format!("UPDATE tie SET ({COLUMNS}) = (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) WHERE id = ?1"))?;
    stmt.raw_bind_parameter(1, id)?;
    bind(&mut stmt, 1, a, b, tie)?;
    stmt.raw_execute()?;
    Ok(())
}

pub(crate) fn delete(conn: &Connection, id: i64) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM tie WHERE id = ?1")?.execute([id])?;
    Ok(())
}
