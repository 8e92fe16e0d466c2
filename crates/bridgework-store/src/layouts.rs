//! Saved node positions, per view, so a hand-arranged map stays as drawn.

use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};

/// Where one node of a view was placed. `node` names the record by the
/// spreadsheet's id, such as `person:P12` or `team:T3`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Position {
    pub node: String,
    pub x: f64,
    pub y: f64,
}

pub(crate) fn save(conn: &Connection, view: &str, positions: &[Position]) -> rusqlite::Result<()> {
    let mut stmt =
        conn.prepare_cached("INSERT OR REPLACE INTO layout_position (view, node, x, y) VALUES (?1, ?2, ?3, ?4)")?;
    for p in positions {
        stmt.execute(params![view, p.node, p.x, p.y])?;
    }
    Ok(())
}

pub(crate) fn load(conn: &Connection, view: &str) -> rusqlite::Result<Vec<Position>> {
    let mut stmt = conn.prepare("SELECT node, x, y FROM layout_position WHERE view = ?1 ORDER BY node")?;
    stmt.query_map([view], |row| Ok(Position { node: row.get(0)?, x: row.get(1)?, y: row.get(2)? }))?.collect()
}

pub(crate) fn clear(conn: &Connection, view: &str) -> rusqlite::Result<()> {
    conn.execute("DELETE FROM layout_position WHERE view = ?1", [view]).map(drop)
}
