//! The commands the UI invokes (through `ui/src/lib/ipc.ts` only), one module
//! per feature. Each command is one call into `bridgework-api`, run off the UI
//! thread, and fails with the api's `ApiError` so the UI receives
//! `{code, message}`. Reads ask the open `MapSession`; writes ask it too and
//! get back the session of the map as written ([`write`]).

pub mod canvas;
pub mod counterparts;
pub mod data;
pub mod export;
pub mod import;
pub mod map;
pub mod partnerships;
pub mod preferences;
pub mod report;
pub mod snapshots;

use crate::open_maps::OpenMaps;
use bridgework_api::{ApiError, ErrorCode, MapSession, Rewritten};
use tauri::{AppHandle, Manager, Runtime, State};

/// The open map, as commands take it from Tauri's state.
type Maps<'a> = State<'a, OpenMaps<MapSession>>;

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

/// Runs `change`, a write the open session makes to its map, then shows the
/// session of the map it wrote in place of the open one (unless another map
/// was opened meanwhile; see `OpenMaps::show_written`). The UI takes the
/// `MapInfo` the write returns and reloads the scene and the page shown.
async fn write<R: Runtime, T: Send + 'static>(
    app: AppHandle<R>,
    change: impl FnOnce(&MapSession) -> Result<Rewritten<T>, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    let (session, shown) = app.state::<OpenMaps<MapSession>>().current_to_write()?;
    off_ui_thread(move || {
        let Rewritten { value, session } = change(&session)?;
        app.state::<OpenMaps<MapSession>>().show_written(shown, session);
        Ok(value)
    })
    .await
}
