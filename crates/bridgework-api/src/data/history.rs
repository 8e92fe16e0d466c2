//! Undo and redo across the whole app: every edit a page makes (a record, a
//! merge, a partnership or an assessment) is kept in the map's audit log
//! with the rows it touched, so undo works the same after closing the map
//! (see `bridgework_store`'s `history`).

use super::EditDone;
use crate::edit::Written;
use crate::map_file::now;
use crate::{ApiError, ErrorCode, Result};
use bridgework_store::{Step, Store};
use serde::Serialize;
use std::path::Path;

/// What undo and redo would do now.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct HistoryView {
    pub undo: Option<HistoryStep>,
    pub redo: Option<HistoryStep>,
}

/// An edit undo or redo would take back or make again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct HistoryStep {
    /// "Deleted the person \"Priya Shah\" with her 4 ties".
    pub summary: String,
    /// RFC 3339, UTC: when the edit was made.
    pub at: String,
}

impl From<Step> for HistoryStep {
    fn from(step: Step) -> HistoryStep {
        HistoryStep { summary: step.summary, at: step.at }
    }
}

/// What undo and redo would do on the map at `path`. Never writes.
pub fn history(path: &Path) -> Result<HistoryView> {
    let history = Store::open_read_only(path)?.history()?;
    Ok(HistoryView { undo: history.undo.map(Into::into), redo: history.redo.map(Into::into) })
}

/// Takes back the latest edit not yet undone.
pub fn undo(path: &Path) -> Result<Written<EditDone>> {
    let taken = Store::open(path)?.undo(&now())?;
    let (step, map) = taken.ok_or_else(|| ApiError::new(ErrorCode::NotFound, "There is nothing to undo."))?;
    Ok(Written { value: EditDone { summary: format!("Undid: {}", step.summary), key: None }, map })
}

/// Makes again the edit undone last.
pub fn redo(path: &Path) -> Result<Written<EditDone>> {
    let taken = Store::open(path)?.redo(&now())?;
    let (step, map) = taken.ok_or_else(|| ApiError::new(ErrorCode::NotFound, "There is nothing to redo."))?;
    Ok(Written { value: EditDone { summary: format!("Redid: {}", step.summary), key: None }, map })
}
