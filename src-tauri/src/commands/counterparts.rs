//! The "Find a counterpart" page: the people of a partner organisation ranked
//! for yourself or a typed role, answered from the open map. Fails with
//! `no-map-open` before the first map is open.

use super::off_ui_thread;
use crate::open_maps::OpenMaps;
use bridgework_api::{ApiError, CounterpartSearch, CounterpartsView, MapSession};
use tauri::State;

/// The counterparts `search` asks for, best first, with reasons and introductions.
#[tauri::command]
pub async fn counterparts(
    maps: State<'_, OpenMaps<MapSession>>,
    search: CounterpartSearch,
) -> Result<CounterpartsView, ApiError> {
    let session = maps.current()?;
    off_ui_thread(move || session.counterparts(&search)).await
}
