//! The Import page: choose a folder of CSV files or a workbook, preview its
//! tables, check it against the open map with the person's column mapping
//! (a dry run: nothing written), then import it, all or nothing.
//!
//! An import changes the map file, so afterwards the open map is reopened and
//! its new `MapInfo` returned, as the Partnerships page's writes do; the UI
//! passes it up (`ImportPage`'s `onChanged`) so the app reloads the map.

use super::map::reload;
use super::off_ui_thread;
use crate::dialogs;
use crate::open_maps::OpenMaps;
use crate::progress::ThrottledProgress;
use bridgework_api::{ApiError, ColumnRename, ImportDone, ImportPreview, ImportReport, MapSession, ProgressReport};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, State, WebviewWindow};

type Maps<'a> = State<'a, OpenMaps<MapSession>>;

/// Asks for a folder of CSV files, or with `workbook` an `.xlsx` file, with
/// the native dialog; `None` when the person cancels.
#[tauri::command]
pub async fn choose_import_source(
    app: AppHandle,
    window: WebviewWindow,
    workbook: bool,
) -> Result<Option<String>, ApiError> {
    let folder = super::map::start_folder(&app);
    off_ui_thread(move || {
        let chosen = dialogs::choose_import_source(&window, folder.as_deref(), workbook)?;
        Ok(chosen.map(|path| path.display().to_string()))
    })
    .await
}

/// The tables `source` holds, their headers and first rows; reading a large
/// source reports its progress.
#[tauri::command]
pub async fn preview_import(source: String, on_progress: Channel<ProgressReport>) -> Result<ImportPreview, ApiError> {
    off_ui_thread(move || bridgework_api::preview_import(&PathBuf::from(source), &reading(on_progress))).await
}

/// What importing `source` with `renames` would change in the open map, or
/// every problem (`invalid_input` with its issues); writes nothing.
#[tauri::command]
pub async fn check_import(
    maps: Maps<'_>,
    source: String,
    renames: Vec<ColumnRename>,
    on_progress: Channel<ProgressReport>,
) -> Result<ImportReport, ApiError> {
    let map = PathBuf::from(&maps.current()?.info().file);
    off_ui_thread(move || {
        bridgework_api::import_mapped(&map, &PathBuf::from(source), &renames, true, &reading(on_progress))
    })
    .await
}

/// Progress of reading a source for the preview or the check. Neither writes,
/// and the page waits for them, so there is nothing to cancel.
fn reading(channel: Channel<ProgressReport>) -> ThrottledProgress<impl Fn(ProgressReport)> {
    let send = move |report| {
        // The window may have gone: the reading goes on regardless.
        let _ = channel.send(report);
    };
    ThrottledProgress::new(send, Arc::new(AtomicBool::new(false)))
}

/// Imports `source` into the open map with `renames`, all or nothing, then
/// reopens the map. [`super::map::cancel_open`] stops it while it reads,
/// writing nothing.
#[tauri::command]
pub async fn run_import(
    app: AppHandle,
    source: String,
    renames: Vec<ColumnRename>,
    on_progress: Channel<ProgressReport>,
) -> Result<ImportDone, ApiError> {
    let map = PathBuf::from(&app.state::<OpenMaps<MapSession>>().current()?.info().file);
    // Before leaving this thread, so that a cancel sent right after the call is not missed.
    let cancel = app.state::<OpenMaps<MapSession>>().begin_open();
    off_ui_thread(move || {
        let send = move |report| {
            // The window may have gone: the import goes on regardless.
            let _ = on_progress.send(report);
        };
        let progress = ThrottledProgress::new(send, cancel);
        let imported = bridgework_api::import_mapped(&map, &PathBuf::from(source), &renames, false, &progress);
        progress.finish();
        let report = imported?;
        let info = reload(&app, &map)?;
        Ok(ImportDone { report, info })
    })
    .await
}
