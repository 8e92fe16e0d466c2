//! Opening, creating and copying map files, and the maps opened lately.
//!
//! Every way to a map (the launch map, a recent map, the Open dialog, a new map, a
//! Save As copy) ends in [`show`]: the map is loaded and analysed off the UI
//! thread with progress streamed to the window, replaces the map shown only
//! if that succeeds, names the window, and goes to the top of the recent
//! maps.

use super::{Maps, off_ui_thread};
use crate::dialogs;
use crate::launch::LaunchMap;
use crate::open_maps::OpenMaps;
use crate::progress::{LongWrite, ThrottledProgress, to_channel};
use crate::recent::RecentMaps;
use bridgework_api::{ApiError, MapInfo, MapSession, ProgressReport, RecentMap};
use std::path::{Path, PathBuf};
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, Runtime, State, WebviewWindow};

/// Opens the recent map whose file is `recent`, or with none the map chosen
/// at launch (creating the demo map on first launch). The page names no
/// other file: `recent` must be a path the recent maps list holds (as
/// [`recent_maps`] and the Open Recent menu hand it out), and anything else
/// is refused, so a compromised page cannot open a map the person did not
/// choose. Fails with `cancelled` after [`cancel_open`], leaving the map open
/// before as it was.
#[tauri::command]
pub async fn open_map<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    launch: State<'_, LaunchMap>,
    recent: Option<String>,
    on_progress: Channel<ProgressReport>,
) -> Result<MapInfo, ApiError> {
    let path = match recent {
        Some(recent) => {
            let listed = app.clone();
            off_ui_thread(move || listed.state::<RecentMaps<R>>().path_of(&recent)).await?
        }
        None => {
            let launch = launch.inner().clone();
            off_ui_thread(move || launch.ensure_exists().map(Path::to_path_buf)).await?
        }
    };
    show(app, &window, path, to_channel(on_progress)).await
}

/// Asks the long work the progress overlay shows to stop: the open in
/// progress, or the import in progress (which then writes nothing).
#[tauri::command]
pub fn cancel_open(maps: Maps<'_>, long_write: State<'_, LongWrite>) {
    maps.cancel_open();
    long_write.stop();
}

/// Asks for a map with the native Open dialog and opens it; `None` when the
/// person cancels the dialog.
#[tauri::command]
pub async fn open_map_with_dialog<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    on_progress: Channel<ProgressReport>,
) -> Result<Option<MapInfo>, ApiError> {
    let folder = start_folder(&app);
    let dialog_window = window.clone();
    let chosen = off_ui_thread(move || dialogs::choose_map_to_open(&dialog_window, folder.as_deref())).await?;
    match chosen {
        Some(path) => show(app, &window, path, to_channel(on_progress)).await.map(Some),
        None => Ok(None),
    }
}

/// Asks where with the native Save dialog, creates an empty map there named
/// after the file, and opens it; `None` when the person cancels.
#[tauri::command]
pub async fn new_map_with_dialog<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
) -> Result<Option<MapInfo>, ApiError> {
    let folder = start_folder(&app);
    let dialog_window = window.clone();
    let created = off_ui_thread(move || {
        let Some(path) = dialogs::choose_where_to_save(&dialog_window, "New Map", folder.as_deref(), "New map.bwmap")?
        else {
            return Ok(None);
        };
        let name = path.file_stem().map_or_else(|| "New map".into(), |stem| stem.to_string_lossy());
        bridgework_api::create_map(&path, &name)?;
        Ok(Some(path))
    })
    .await?;
    match created {
        // An empty map opens in an instant: no progress worth showing.
        Some(path) => show(app, &window, path, |_| {}).await.map(Some),
        None => Ok(None),
    }
}

/// Asks where with the native Save dialog, copies the open map there and
/// switches to the copy; `None` when the person cancels.
#[tauri::command]
pub async fn save_map_as_with_dialog<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    maps: Maps<'_>,
) -> Result<Option<MapInfo>, ApiError> {
    let session = maps.current()?;
    let folder = start_folder(&app);
    let dialog_window = window.clone();
    let copied = off_ui_thread(move || {
        let suggested = format!("{} copy.bwmap", session.path().file_stem().unwrap_or_default().to_string_lossy());
        let Some(to) = dialogs::choose_where_to_save(&dialog_window, "Save Map As", folder.as_deref(), &suggested)?
        else {
            return Ok(None);
        };
        session.save_as(&to)?;
        Ok(Some(to))
    })
    .await?;
    match copied {
        // The copy is the map just shown: reloading it is quick next to the
        // first load, and its progress would only flicker.
        Some(path) => show(app, &window, path, |_| {}).await.map(Some),
        None => Ok(None),
    }
}

/// The maps opened lately, most recent first.
#[tauri::command]
pub async fn recent_maps<R: Runtime>(app: AppHandle<R>) -> Result<Vec<RecentMap>, ApiError> {
    off_ui_thread(move || Ok(app.state::<RecentMaps<R>>().list())).await
}

/// Opens the map at `path` for today, shows it in `window` and remembers it.
async fn show<R: Runtime>(
    app: AppHandle<R>,
    window: &WebviewWindow<R>,
    path: PathBuf,
    send: impl Fn(ProgressReport) + Send + Sync + 'static,
) -> Result<MapInfo, ApiError> {
    // Before leaving this thread, so that a cancel sent right after the call is not missed.
    let cancel = app.state::<OpenMaps<MapSession>>().begin_open();
    let info = off_ui_thread(move || {
        let progress = ThrottledProgress::new(send, cancel.clone());
        let opened = MapSession::open(&path, bridgework_api::today(), &progress);
        progress.finish();
        let session = app.state::<OpenMaps<MapSession>>().finish_open(&cancel, &path, opened)?;
        let info = session.info().clone();
        app.state::<RecentMaps<R>>().remember(&info);
        Ok(info)
    })
    .await?;
    // The title only helps people tell windows apart: a failure is not worth failing the open for.
    if let Err(err) = window.set_title(&format!("{} — {} — Bridgework", info.name, info.file)) {
        eprintln!("bridgework: could not set the window title: {err}");
    }
    Ok(info)
}

/// Where the Open and Save dialogs start.
pub(super) fn start_folder<R: Runtime>(app: &AppHandle<R>) -> Option<PathBuf> {
    let open_map = app.state::<OpenMaps<MapSession>>().current().ok();
    let open_map = open_map.as_deref().map(MapSession::path);
    dialogs::start_folder(open_map, app.state::<RecentMaps<R>>().data_dir(), app.path().document_dir().ok())
}
