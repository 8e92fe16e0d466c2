//! Opening the launch map and listing what it holds.

use super::off_ui_thread;
use crate::launch::LaunchMap;
use bridgework_api::{ApiError, MapInfo, OrganisationSummary};
use tauri::{State, WebviewWindow};

/// Opens the map chosen at launch (creating the demo map on first launch) and
/// titles the window after it.
#[tauri::command]
pub async fn open_map(window: WebviewWindow, map: State<'_, LaunchMap>) -> Result<MapInfo, ApiError> {
    let map = map.inner().clone();
    let info = off_ui_thread(move || map.open()).await?;
    // The title only helps people tell windows apart: a failure is not worth failing the open for.
    if let Err(err) = window.set_title(&format!("{} — Bridgework", info.name)) {
        eprintln!("bridgework: could not set the window title: {err}");
    }
    Ok(info)
}

/// The organisations of the open map with their team and people counts.
#[tauri::command]
pub async fn organisations(map: State<'_, LaunchMap>) -> Result<Vec<OrganisationSummary>, ApiError> {
    let map = map.inner().clone();
    off_ui_thread(move || bridgework_api::organisations(map.path())).await
}
