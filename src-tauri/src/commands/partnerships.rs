//! The Partnerships page: the partnerships of the open map, and the writes
//! that add or edit a partnership or an assessment.
//!
//! Each write replaces the open map (see [`super::write`]) and returns the new
//! `MapInfo`. The UI
//! passes it up (`PartnershipsPage`'s `onChanged`) so the app sets `info`,
//! which reloads the map's scene and the page.

use super::{off_ui_thread, write};
use crate::open_maps::OpenMaps;
use bridgework_api::{ApiError, AssessmentInput, MapInfo, MapSession, PartnershipInput, PartnershipsView};
use tauri::{AppHandle, State};

type Maps<'a> = State<'a, OpenMaps<MapSession>>;

/// Every partnership of the open map, its links as the map's analysis found them.
#[tauri::command]
pub async fn partnerships(maps: Maps<'_>) -> Result<PartnershipsView, ApiError> {
    let session = maps.current()?;
    off_ui_thread(move || Ok(session.partnerships())).await
}

/// Adds a partnership to the open map.
#[tauri::command]
pub async fn add_partnership(app: AppHandle, input: PartnershipInput) -> Result<MapInfo, ApiError> {
    write(app, move |path| bridgework_api::add_partnership(path, &input)).await.map(|(_, info)| info)
}

/// Edits the partnership `id` of the open map.
#[tauri::command]
pub async fn edit_partnership(app: AppHandle, id: String, input: PartnershipInput) -> Result<MapInfo, ApiError> {
    write(app, move |path| bridgework_api::edit_partnership(path, &id, &input)).await.map(|(_, info)| info)
}

/// Adds an assessment of the partnership `partnership_id`, or replaces the
/// one dated `replacing`.
#[tauri::command]
pub async fn save_assessment(
    app: AppHandle,
    partnership_id: String,
    replacing: Option<String>,
    input: AssessmentInput,
) -> Result<MapInfo, ApiError> {
    write(app, move |path| bridgework_api::save_assessment(path, &partnership_id, replacing.as_deref(), &input))
        .await
        .map(|(_, info)| info)
}
