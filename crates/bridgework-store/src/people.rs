//! The `person` table.

use crate::bulk;
use crate::columns::{Source, day_text, list, list_text, optional_word};
use crate::row_ids::RowIds;
use bridgework_core::{Person, Team};
use rusqlite::{Connection, Statement, params};

/// Every person, in the order they were added, with their row ids.
pub(crate) fn load(
    conn: &Connection,
    source: Source,
    teams: (&[Team], &RowIds),
) -> rusqlite::Result<(Vec<Person>, RowIds)> {
    let mut stmt = conn.prepare(&format!(
        "SELECT id, ext_id, team_id, name, role, level, email, phone, joined, left_on, tags FROM {} ORDER BY id",
        source.from("person")
    ))?;
    let (mut people, mut ids) = (Vec::new(), Vec::new());
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        ids.push(row.get(0)?);
        let team = match row.get::<_, Option<i64>>(2)? {
            Some(team) => Some(teams.0[teams.1.position(team, 2, "team")?].id.clone()),
            None => None,
        };
        people.push(Person {
            id: row.get(1)?,
            team_id: team,
            name: row.get(3)?,
            role: row.get(4)?,
            level: optional_word(row, 5)?,
            email: row.get(6)?,
            phone: row.get(7)?,
            joined: row.get(8)?,
            left: row.get(9)?,
            tags: list(row, 10)?,
        });
    }
    Ok((people, RowIds::new(ids)))
}

/// A person to write: their row id, their team's row id, and the record.
pub(crate) type Row<'r> = (i64, Option<i64>, &'r Person);

const COLUMNS: [&str; 11] =
    ["id", "ext_id", "team_id", "name", "role", "level", "email", "phone", "joined", "left_on", "tags"];

pub(crate) fn insert_all(conn: &Connection, rows: &[Row<'_>]) -> rusqlite::Result<()> {
    bulk::insert_all(conn, "person", &COLUMNS, rows, &bind, |_| {})
}

fn bind(stmt: &mut Statement<'_>, offset: usize, &(id, team, person): &Row<'_>) -> rusqlite::Result<()> {
    stmt.raw_bind_parameter(offset + 1, id)?;
    stmt.raw_bind_parameter(offset + 2, &person.id)?;
    stmt.raw_bind_parameter(offset + 3, team)?;
    stmt.raw_bind_parameter(offset + 4, &person.name)?;
    stmt.raw_bind_parameter(offset + 5, &person.role)?;
    stmt.raw_bind_parameter(offset + 6, person.level.map(|l| l.as_str()))?;
    stmt.raw_bind_parameter(offset + 7, &person.email)?;
    stmt.raw_bind_parameter(offset + 8, &person.phone)?;
    stmt.raw_bind_parameter(offset + 9, person.joined.map(day_text))?;
    stmt.raw_bind_parameter(offset + 10, person.left.map(day_text))?;
    stmt.raw_bind_parameter(offset + 11, list_text(&person.tags))?;
    Ok(())
}

pub(crate) fn update(conn: &Connection, id: i64, team: Option<i64>, person: &Person) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "UPDATE person SET team_id = ?2, name = ?3, role = ?4, level = ?5, email = ?6, phone = ?7, joined = ?8,
         left_on = ?9, tags = ?10 WHERE id = ?1",
    )?
    .execute(params![
        id,
        team,
        person.name,
        person.role,
        person.level.map(|l| l.as_str()),
        person.email,
        person.phone,
        person.joined,
        person.left,
        list_text(&person.tags)
    ])?;
    Ok(())
}

pub(crate) fn delete(conn: &Connection, id: i64) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM person WHERE id = ?1")?.execute([id])?;
    Ok(())
}
