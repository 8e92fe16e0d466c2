//! The Data page: pages of the open map's tables, edits of one record,
//! deletes (with what they take along), duplicate people and merging them,
//! and undo and redo of every edit made in the app.
//!
//! Reads come from the open session; every write goes to the file, is kept
//! in its audit log for undo, and replaces the session (see [`super::write`]).

use super::{off_ui_thread, write};
use crate::open_maps::OpenMaps;
use bridgework_api::{
    AfterEdit, ApiError, DataTable, DeletePlan, DuplicatePair, EditDone, HistoryView, MapSession, RecordInput,
    RowsPage, RowsRequest, Written,
};
use std::path::{Path, PathBuf};
use tauri::{AppHandle, Manager, State};

type Maps<'a> = State<'a, OpenMaps<MapSession>>;

/// A page of one table of the open map.
#[tauri::command]
pub async fn data_rows(maps: Maps<'_>, request: RowsRequest) -> Result<RowsPage, ApiError> {
    let session = maps.current()?;
    off_ui_thread(move || session.rows(&request)).await
}

/// Adds or edits one record.
#[tauri::command]
pub async fn save_record(app: AppHandle, input: RecordInput) -> Result<AfterEdit, ApiError> {
    edited(app, move |path| bridgework_api::save_record(path, &input)).await
}

/// What deleting a record would take with it, to confirm.
#[tauri::command]
pub async fn delete_plan(maps: Maps<'_>, table: DataTable, key: String) -> Result<DeletePlan, ApiError> {
    let session = maps.current()?;
    off_ui_thread(move || session.delete_plan(table, &key)).await
}

/// Deletes a record and what cannot stand without it.
#[tauri::command]
pub async fn delete_record(app: AppHandle, table: DataTable, key: String) -> Result<AfterEdit, ApiError> {
    edited(app, move |path| bridgework_api::delete_record(path, table, &key)).await
}

/// The likely duplicate people of the open map.
#[tauri::command]
pub async fn duplicates(maps: Maps<'_>) -> Result<Vec<DuplicatePair>, ApiError> {
    let session = maps.current()?;
    off_ui_thread(move || Ok(session.duplicates())).await
}

/// Merges the person `merge` into the person `keep`.
#[tauri::command]
pub async fn merge_people(app: AppHandle, keep: String, merge: String) -> Result<AfterEdit, ApiError> {
    edited(app, move |path| {
        let merged = bridgework_api::merge_people(path, &keep, &merge)?;
        Ok(Written { value: merged.value.done, map: merged.map })
    })
    .await
}

/// What undo and redo would do on the open map.
#[tauri::command]
pub async fn history(app: AppHandle) -> Result<HistoryView, ApiError> {
    let path = open_file(&app)?;
    off_ui_thread(move || bridgework_api::history(&path)).await
}

/// Takes back the latest edit.
#[tauri::command]
pub async fn undo(app: AppHandle) -> Result<AfterEdit, ApiError> {
    edited(app, bridgework_api::undo).await
}

/// Makes again the edit undone last.
#[tauri::command]
pub async fn redo(app: AppHandle) -> Result<AfterEdit, ApiError> {
    edited(app, bridgework_api::redo).await
}

fn open_file(app: &AppHandle) -> Result<PathBuf, ApiError> {
    Ok(PathBuf::from(&app.state::<OpenMaps<MapSession>>().current()?.info().file))
}

/// Makes an edit, reopens the map, and says what undo and redo would do next.
async fn edited(
    app: AppHandle,
    change: impl FnOnce(&Path) -> Result<Written<EditDone>, ApiError> + Send + 'static,
) -> Result<AfterEdit, ApiError> {
    let ((done, history), info) = write(app, move |path| {
        let written = change(path)?;
        Ok(Written { value: (written.value, bridgework_api::history(path)?), map: written.map })
    })
    .await?;
    Ok(AfterEdit { info, done, history })
}
