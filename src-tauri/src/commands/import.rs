//! The Import page: choose a folder of CSV files or a workbook (kept in
//! [`ImportSources`]; the page holds only its token), preview its tables, check it against the open map with the person's column mapping
//! (a dry run: the map is opened read-only), then import it, all or nothing.
//!
//! An import changes the map file, so it hands back the session of the map
//! as written and its new `MapInfo` (see [`super::write`]), as the
//! Partnerships page's writes do; the UI passes it up (`ImportPage`'s
//! `onChanged`) so the app reloads the map.

use super::{Maps, off_ui_thread, write};
use crate::dialogs;
use crate::import_sources::{ChosenSource, ImportSources};
use crate::progress::{LongWrite, ThrottledProgress, to_channel};
use bridgework_api::{ApiError, ColumnRename, ImportDone, ImportPreview, ImportReport, ProgressReport};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, Runtime, State, WebviewWindow};

/// Asks for a folder of CSV files, or with `workbook` an `.xlsx` file, with
/// the native dialog (or takes the `--import-source` argument), and hands
/// the page the source's token; `None` when the person cancels.
#[tauri::command]
pub async fn choose_import_source<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    workbook: bool,
) -> Result<Option<ChosenSource>, ApiError> {
    let folder = super::map::start_folder(&app);
    off_ui_thread(move || {
        let sources = app.state::<ImportSources>();
        let chosen = match sources.take_scripted() {
            Some(path) => Some(path),
            None => dialogs::choose_import_source(&window, folder.as_deref(), workbook)?,
        };
        Ok(chosen.map(|path| sources.keep(path)))
    })
    .await
}

/// The tables the source chosen as `source` holds, their headers and first
/// rows; reading a large source reports its progress.
#[tauri::command]
pub async fn preview_import(
    sources: State<'_, ImportSources>,
    source: u32,
    on_progress: Channel<ProgressReport>,
) -> Result<ImportPreview, ApiError> {
    let path = sources.path(source)?;
    off_ui_thread(move || bridgework_api::preview_import(&path, &reading(on_progress))).await
}

/// What importing the source chosen as `source` with `renames` would change
/// in the open map, or every problem (`invalid_input` with its issues);
/// opens the map read-only.
#[tauri::command]
pub async fn check_import(
    maps: Maps<'_>,
    sources: State<'_, ImportSources>,
    source: u32,
    renames: Vec<ColumnRename>,
    on_progress: Channel<ProgressReport>,
) -> Result<ImportReport, ApiError> {
    let session = maps.current()?;
    let path = sources.path(source)?;
    off_ui_thread(move || session.check_import(&path, &renames, &reading(on_progress))).await
}

/// Progress of reading a source for the preview or the check. Neither writes,
/// and the page waits for them, so there is nothing to stop.
fn reading(channel: Channel<ProgressReport>) -> ThrottledProgress<impl Fn(ProgressReport)> {
    ThrottledProgress::new(to_channel(channel), Arc::new(AtomicBool::new(false)))
}

/// Imports the source chosen as `source` into the open map with `renames`, all or nothing, and
/// shows the map as written. [`super::map::cancel_open`] stops it while it
/// reads, writing nothing.
#[tauri::command]
pub async fn run_import<R: Runtime>(
    app: AppHandle<R>,
    source: u32,
    renames: Vec<ColumnRename>,
    on_progress: Channel<ProgressReport>,
) -> Result<ImportDone, ApiError> {
    let path = app.state::<ImportSources>().path(source)?;
    // Before leaving this thread, so that a stop sent right after the call is not missed.
    let stop = app.state::<LongWrite>().start();
    write(app, move |session| {
        let progress = ThrottledProgress::new(to_channel(on_progress), stop);
        let imported = session.import(&path, &renames, &progress);
        progress.finish();
        imported
    })
    .await
}
