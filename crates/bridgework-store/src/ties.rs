//! The `tie` table: the largest by far, so loading and bulk writing are tuned.

use crate::columns::{Source, optional_word, word};
use crate::row_ids::RowIds;
use bridgework_core::{Person, Tie, TieKind};
use rusqlite::{Connection, params};

/// A tie's primary key: its two people's row ids, as recorded, and its kind.
pub(crate) type TieRowKey = (i64, i64, TieKind);

/// Every tie, ordered by its people, with its primary key.
pub(crate) fn load(
    conn: &Connection,
    source: Source,
    people: (&[Person], &RowIds),
) -> rusqlite::Result<(Vec<Tie>, Vec<TieRowKey>)> {
    let mut stmt = conn.prepare(&format!(
        "SELECT person_a, person_b, kind, strength, frequency, last_contact, since, source, note FROM {}",
        source.from("tie")
    ))?;
    let (mut ties, mut keys) = (Vec::new(), Vec::new());
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        let (a, b) = (row.get(0)?, row.get(1)?);
        let kind = word(row, 2)?;
        ties.push(Tie {
            person_a: people.0[people.1.position(a, 0, "person")?].id.clone(),
            person_b: people.0[people.1.position(b, 1, "person")?].id.clone(),
            kind,
            strength: row.get(3)?,
            frequency: optional_word(row, 4)?,
            last_contact: row.get(5)?,
            since: row.get(6)?,
            source: row.get(7)?,
            note: row.get(8)?,
        });
        keys.push((a, b, kind));
    }
    Ok((ties, keys))
}

pub(crate) fn insert(conn: &Connection, a: i64, b: i64, tie: &Tie) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO tie (person_a, person_b, kind, strength, frequency, last_contact, since, source, note)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        a,
        b,
        tie.kind.as_str(),
        tie.strength,
        tie.frequency.map(|f| f.as_str()),
        tie.last_contact,
        tie.since,
        tie.source,
        tie.note
    ])?;
    Ok(())
}

pub(crate) fn delete(conn: &Connection, key: TieRowKey) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM tie WHERE person_a = ?1 AND person_b = ?2 AND kind = ?3")?.execute(params![
        key.0,
        key.1,
        key.2.as_str()
    ])?;
    Ok(())
}

/// Whether the table is empty: a bulk load into an empty table builds the
/// `person_b` index once at the end instead of row by row.
pub(crate) fn is_empty(conn: &Connection) -> rusqlite::Result<bool> {
    conn.query_row("SELECT NOT EXISTS (SELECT 1 FROM tie)", [], |row| row.get(0))
}

pub(crate) fn drop_person_b_index(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch("DROP INDEX tie_person_b")
}

pub(crate) fn create_person_b_index(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch("CREATE INDEX tie_person_b ON tie (person_b)")
}
