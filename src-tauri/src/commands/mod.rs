//! The commands the UI invokes (through `ui/src/lib/ipc.ts` only), one module
//! per feature. Each command is one call into `bridgework-api`, run off the UI
//! thread, and fails with the api's `ApiError` so the UI receives
//! `{code, message}`.

pub mod canvas;
pub mod counterparts;
pub mod data;
pub mod import;
pub mod map;
pub mod partnerships;
pub mod snapshots;

use crate::open_maps::OpenMaps;
use bridgework_api::{ApiError, ErrorCode, MapInfo, MapSession, Written};
use std::path::{Path, PathBuf};
use tauri::{AppHandle, Manager};

/// Runs blocking work (file I/O, analyses, native dialogs) on Tauri's
/// blocking thread pool so the window stays responsive.
async fn off_ui_thread<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    tauri::async_runtime::spawn_blocking(work).await.unwrap_or_else(|err| {
        // Only a panic gets here: report it rather than leave the UI waiting forever.
        Err(ApiError::new(
            ErrorCode::Internal,
            format!("Bridgework failed unexpectedly ({err}); please report this, with what you were doing."),
        ))
    })
}

/// Runs `change` on the open map's file, then shows the map it wrote.
///
/// A write changes the map file, so the session the window holds is stale
/// afterwards: a new session is made from the map as written (without
/// reading the records again) and replaces it, as an open does, through
/// `OpenMaps`. The UI takes the new `MapInfo` and reloads the scene and the
/// page shown.
async fn write<T: Send + 'static>(
    app: AppHandle,
    change: impl FnOnce(&Path) -> Result<Written<T>, ApiError> + Send + 'static,
) -> Result<(T, MapInfo), ApiError> {
    let path = PathBuf::from(&app.state::<OpenMaps<MapSession>>().current()?.info().file);
    off_ui_thread(move || {
        let Written { value, map } = change(&path)?;
        let info = map::replace_session(&app, &path, || MapSession::from_written(&path, map, bridgework_api::today()))?;
        Ok((value, info))
    })
    .await
}
