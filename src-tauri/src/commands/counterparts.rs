//! The "Find a counterpart" page: the people of a partner organisation ranked
//! for yourself or a typed role, answered from the open map. Fails with
//! `no-map-open` before the first map is open.

use super::{Maps, off_ui_thread};
use bridgework_api::{ApiError, CounterpartSearch, CounterpartsView};

/// The counterparts `search` asks for, best first, with reasons and introductions.
#[tauri::command]
pub async fn counterparts(maps: Maps<'_>, search: CounterpartSearch) -> Result<CounterpartsView, ApiError> {
    let session = maps.current()?;
    off_ui_thread(move || session.counterparts(&search)).await
}
