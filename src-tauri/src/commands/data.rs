//! The Data page: pages of the open map's tables, edits of one record,
//! deletes (with what they take along), erasing a person for good,
//! duplicate people and merging them,
//! and undo and redo of every edit made in the app.
//!
//! Reads come from the open session; every write goes to the file, is kept
//! in its audit log for undo, and replaces the session (see [`super::write`]).
//! A record is named by its row's key: for an organisation, team or person
//! its node key (`person:ID`), for a tie its two people and kind.

use super::{Maps, off_ui_thread, write};
use bridgework_api::{
    AfterEdit, ApiError, DataTable, DeletePlan, DuplicatePair, Erasure, HistoryView, RecordInput, RowsPage, RowsRequest,
};
use tauri::{AppHandle, Runtime};

/// A page of one table of the open map.
#[tauri::command]
pub async fn data_rows(maps: Maps<'_>, request: RowsRequest) -> Result<RowsPage, ApiError> {
    let session = maps.current()?;
    off_ui_thread(move || session.rows(&request)).await
}

/// Adds or edits one record.
#[tauri::command]
pub async fn save_record<R: Runtime>(app: AppHandle<R>, input: RecordInput) -> Result<AfterEdit, ApiError> {
    write(app, move |session| session.save_record(&input)).await
}

/// What deleting a record would take with it, to confirm.
#[tauri::command]
pub async fn delete_plan(maps: Maps<'_>, table: DataTable, key: String) -> Result<DeletePlan, ApiError> {
    let session = maps.current()?;
    off_ui_thread(move || session.delete_plan(table, &key)).await
}

/// Deletes a record and what cannot stand without it.
#[tauri::command]
pub async fn delete_record<R: Runtime>(
    app: AppHandle<R>,
    table: DataTable,
    key: String,
) -> Result<AfterEdit, ApiError> {
    write(app, move |session| session.delete_record(table, &key)).await
}

/// What erasing the person `key` (`person:ID`) would take away, to
/// confirm: their ties, the snapshots and history entries that hold them.
#[tauri::command]
pub async fn erasure_plan(maps: Maps<'_>, key: String) -> Result<Erasure, ApiError> {
    let session = maps.current()?;
    off_ui_thread(move || session.erasure_plan(&key)).await
}

/// Erases the person `key` (`person:ID`) from the map, its snapshots and
/// its history, for good; the session is the map as read again after.
#[tauri::command]
pub async fn erase_person<R: Runtime>(
    app: AppHandle<R>,
    key: String,
    reason: Option<String>,
) -> Result<AfterEdit, ApiError> {
    write(app, move |session| session.erase_person(&key, reason.as_deref())).await
}

/// The likely duplicate people of the open map.
#[tauri::command]
pub async fn duplicates(maps: Maps<'_>) -> Result<Vec<DuplicatePair>, ApiError> {
    let session = maps.current()?;
    off_ui_thread(move || Ok(session.duplicates())).await
}

/// Merges the person `merge` into the person `keep` (each by node key,
/// `person:ID`).
#[tauri::command]
pub async fn merge_people<R: Runtime>(app: AppHandle<R>, keep: String, merge: String) -> Result<AfterEdit, ApiError> {
    write(app, move |session| session.merge_people(&keep, &merge)).await
}

/// What undo and redo would do on the open map.
#[tauri::command]
pub async fn history(maps: Maps<'_>) -> Result<HistoryView, ApiError> {
    let session = maps.current()?;
    off_ui_thread(move || session.history()).await
}

/// Takes back the latest edit.
#[tauri::command]
pub async fn undo<R: Runtime>(app: AppHandle<R>) -> Result<AfterEdit, ApiError> {
    write(app, |session| session.undo()).await
}

/// Makes again the edit undone last.
#[tauri::command]
pub async fn redo<R: Runtime>(app: AppHandle<R>) -> Result<AfterEdit, ApiError> {
    write(app, |session| session.redo()).await
}
