//! What the map canvas asks of the open map: its organisations, the scene to
//! draw, a node's details, search suggestions, and hand-placed positions.
//! Each fails with `no-map-open` before the first map is open.

use super::{Maps, off_ui_thread};
use bridgework_api::{ApiError, NodeDetails, OrganisationSummary, Scene, SceneRequest, SearchHit};

/// The organisations of the open map, in the order the map keeps them.
#[tauri::command]
pub async fn organisations(maps: Maps<'_>) -> Result<Vec<OrganisationSummary>, ApiError> {
    let session = maps.current()?;
    Ok(session.organisations())
}

/// What the canvas shows for `request`.
#[tauri::command]
pub async fn scene(maps: Maps<'_>, request: SceneRequest) -> Result<Scene, ApiError> {
    let session = maps.current()?;
    off_ui_thread(move || session.scene(&request)).await
}

/// The details panel of the node `key`.
#[tauri::command]
pub async fn details(maps: Maps<'_>, key: String) -> Result<NodeDetails, ApiError> {
    let session = maps.current()?;
    off_ui_thread(move || session.details(&key)).await
}

/// Up to `limit` suggestions for the search box, best first.
#[tauri::command]
pub async fn search(maps: Maps<'_>, query: String, limit: u32) -> Result<Vec<SearchHit>, ApiError> {
    let session = maps.current()?;
    off_ui_thread(move || Ok(session.search(&query, limit as usize))).await
}

/// Saves where the node `key` was dragged to, in the map file.
#[tauri::command]
pub async fn place_node(maps: Maps<'_>, key: String, x: f64, y: f64) -> Result<(), ApiError> {
    let session = maps.current()?;
    off_ui_thread(move || session.place(&key, x, y)).await
}

/// Forgets every hand-placed position of the open map.
#[tauri::command]
pub async fn reset_layout(maps: Maps<'_>) -> Result<(), ApiError> {
    let session = maps.current()?;
    off_ui_thread(move || session.reset_layout()).await
}
