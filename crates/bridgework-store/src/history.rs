//! Undo and redo, read from the audit log.
//!
//! An edit made through [`crate::Update::commit_edit`] keeps, in its audit
//! entry's detail under `edit`, the rows it touched before and after
//! ([`Edit`]). Undoing it is another change, logged with `undoes` (the
//! entry undone) and the inverse edit, so the log stays a true record of
//! what happened and undo survives closing the map.
//!
//! The stacks are replayed from the log, oldest first:
//! - an entry with an `edit` pushes onto the undo stack and clears redo;
//! - an entry that `undoes` X moves X from the undo stack to the redo stack,
//!   and one that `redoes` X moves it back;
//! - a snapshot changes no record and leaves both alone;
//! - any other change (an import, the map's creation, an entry written by an
//!   older version) clears both: what came before it is not undone through it.
//!
//! The rows kept for undo are personal data like any other: deleting a
//! person leaves their row in the entry that deleted them (so undo can bring
//! them back), so erasing a person for good must remove them from these
//! entries' edits as well as from the live map and the snapshots.

use crate::audit;
use bridgework_core::Edit;
use rusqlite::Connection;
use serde::Serialize;

/// One step undo or redo would take.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Step {
    /// The audit entry of the edit.
    pub id: i64,
    /// RFC 3339, UTC: when the edit was made.
    pub at: String,
    /// The edit's summary ("Edited the person \"Priya Shah\"").
    pub summary: String,
}

/// What undo and redo would do now.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct History {
    pub undo: Option<Step>,
    pub redo: Option<Step>,
}

/// Which way to go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Direction {
    Undo,
    Redo,
}

/// The two stacks, newest last.
#[derive(Debug, Default)]
pub(crate) struct Stacks {
    pub undo: Vec<Step>,
    pub redo: Vec<Step>,
}

impl Stacks {
    pub fn read(conn: &Connection) -> rusqlite::Result<Stacks> {
        let mut stmt = conn.prepare_cached(
            "SELECT id, at, action, summary, json_extract(detail, '$.undoes'), json_extract(detail, '$.redoes'), \
             json_type(detail, '$.edit') IS NOT NULL FROM audit_entry ORDER BY id",
        )?;
        let mut stacks = Stacks::default();
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let step = Step { id: row.get(0)?, at: row.get(1)?, summary: row.get(3)? };
            let action: String = row.get(2)?;
            let undoes: Option<i64> = row.get(4)?;
            let redoes: Option<i64> = row.get(5)?;
            let has_edit: bool = row.get(6)?;
            if let Some(id) = undoes {
                move_top(&mut stacks.undo, &mut stacks.redo, id);
            } else if let Some(id) = redoes {
                move_top(&mut stacks.redo, &mut stacks.undo, id);
            } else if has_edit {
                stacks.undo.push(step);
                stacks.redo.clear();
            } else if !audit::leaves_records(&action) {
                stacks.undo.clear();
                stacks.redo.clear();
            }
        }
        Ok(stacks)
    }

    pub fn history(&self) -> History {
        History { undo: self.undo.last().cloned(), redo: self.redo.last().cloned() }
    }

    pub fn top(&self, direction: Direction) -> Option<&Step> {
        match direction {
            Direction::Undo => self.undo.last(),
            Direction::Redo => self.redo.last(),
        }
    }
}

/// Moves the step `id` from the top of `from` to `to`. A log where it is not
/// on top was not written by this module; the stacks then start afresh.
fn move_top(from: &mut Vec<Step>, to: &mut Vec<Step>, id: i64) {
    match from.pop() {
        Some(step) if step.id == id => to.push(step),
        _ => {
            from.clear();
            to.clear();
        }
    }
}

/// The edit kept in the audit entry `id`.
pub(crate) fn edit_of(conn: &Connection, id: i64) -> rusqlite::Result<Option<Edit>> {
    let text: Option<String> = conn
        .prepare_cached("SELECT json_extract(detail, '$.edit') FROM audit_entry WHERE id = ?1")?
        .query_row([id], |row| row.get(0))?;
    text.map(|t| serde_json::from_str(&t))
        .transpose()
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e)))
}
