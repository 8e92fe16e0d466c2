//! The Import page: choose a folder of CSV files or a workbook, preview its
//! tables, check it against the open map with the person's column mapping
//! (a dry run: the map is opened read-only), then import it, all or nothing.
//!
//! An import changes the map file, so it hands back the session of the map
//! as written and its new `MapInfo` (see [`super::write`]), as the
//! Partnerships page's writes do; the UI passes it up (`ImportPage`'s
//! `onChanged`) so the app reloads the map.

use super::{Maps, off_ui_thread, write};
use crate::dialogs;
use crate::progress::{LongWrite, ThrottledProgress, to_channel};
use bridgework_api::{ApiError, ColumnRename, ImportDone, ImportPreview, ImportReport, ProgressReport};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, Runtime, WebviewWindow};

/// Asks for a folder of CSV files, or with `workbook` an `.xlsx` file, with
/// the native dialog; `None` when the person cancels.
#[tauri::command]
pub async fn choose_import_source<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
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
/// every problem (`invalid_input` with its issues); opens the map read-only.
#[tauri::command]
pub async fn check_import(
    maps: Maps<'_>,
    source: String,
    renames: Vec<ColumnRename>,
    on_progress: Channel<ProgressReport>,
) -> Result<ImportReport, ApiError> {
    let session = maps.current()?;
    off_ui_thread(move || session.check_import(&PathBuf::from(source), &renames, &reading(on_progress))).await
}

/// Progress of reading a source for the preview or the check. Neither writes,
/// and the page waits for them, so there is nothing to stop.
fn reading(channel: Channel<ProgressReport>) -> ThrottledProgress<impl Fn(ProgressReport)> {
    ThrottledProgress::new(to_channel(channel), Arc::new(AtomicBool::new(false)))
}

/// Imports `source` into the open map with `renames`, all or nothing, and
/// shows the map as written. [`super::map::cancel_open`] stops it while it
/// reads, writing nothing.
#[tauri::command]
pub async fn run_import<R: Runtime>(
    app: AppHandle<R>,
    source: String,
    renames: Vec<ColumnRename>,
    on_progress: Channel<ProgressReport>,
) -> Result<ImportDone, ApiError> {
    // Before leaving this thread, so that a stop sent right after the call is not missed.
    let stop = app.state::<LongWrite>().start();
    write(app, move |session| {
        let progress = ThrottledProgress::new(to_channel(on_progress), stop);
        let imported = session.import(&PathBuf::from(source), &renames, &progress);
        progress.finish();
        imported
    })
    .await
}
