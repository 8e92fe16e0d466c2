//! The Partnerships page: the partnerships of the open map, and the writes
//! that add or edit a partnership or an assessment.
//!
//! Each write replaces the open map (see [`super::write`]) and returns the new
//! `MapInfo`. The UI passes it up (`PartnershipsPage`'s `onChanged`) so the
//! app sets `info`, which reloads the map's scene and the page.

use super::{Maps, off_ui_thread, write};
use bridgework_api::{ApiError, AssessmentInput, MapInfo, PartnershipInput, PartnershipsView};
use tauri::{AppHandle, Runtime};

/// Every partnership of the open map, its links as the map's analysis found them.
#[tauri::command]
pub async fn partnerships(maps: Maps<'_>) -> Result<PartnershipsView, ApiError> {
    let session = maps.current()?;
    off_ui_thread(move || Ok(session.partnerships())).await
}

/// Adds a partnership to the open map.
#[tauri::command]
pub async fn add_partnership<R: Runtime>(app: AppHandle<R>, input: PartnershipInput) -> Result<MapInfo, ApiError> {
    write(app, move |session| session.add_partnership(&input)).await
}

/// Edits the partnership `id` of the open map.
#[tauri::command]
pub async fn edit_partnership<R: Runtime>(
    app: AppHandle<R>,
    id: String,
    input: PartnershipInput,
) -> Result<MapInfo, ApiError> {
    write(app, move |session| session.edit_partnership(&id, &input)).await
}

/// Adds an assessment of the partnership `partnership_id`, or replaces the
/// one dated `replacing`.
#[tauri::command]
pub async fn save_assessment<R: Runtime>(
    app: AppHandle<R>,
    partnership_id: String,
    replacing: Option<String>,
    input: AssessmentInput,
) -> Result<MapInfo, ApiError> {
    write(app, move |session| session.save_assessment(&partnership_id, replacing.as_deref(), &input)).await
}
