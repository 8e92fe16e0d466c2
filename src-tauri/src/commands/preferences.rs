//! The person's small preferences, kept in the app's data folder beside the
//! recent maps.

use super::off_ui_thread;
use crate::recent::RecentMaps;
use bridgework_api::{ApiError, Preferences};
use tauri::{AppHandle, Manager, Runtime};

/// The preferences; the defaults when none were saved.
#[tauri::command]
pub async fn preferences<R: Runtime>(app: AppHandle<R>) -> Result<Preferences, ApiError> {
    off_ui_thread(move || Ok(bridgework_api::preferences(app.state::<RecentMaps<R>>().data_dir()))).await
}

/// Remembers that the map screen's first-run hint was dismissed.
#[tauri::command]
pub async fn dismiss_first_run_hint<R: Runtime>(app: AppHandle<R>) -> Result<Preferences, ApiError> {
    off_ui_thread(move || bridgework_api::dismiss_first_run_hint(app.state::<RecentMaps<R>>().data_dir())).await
}
