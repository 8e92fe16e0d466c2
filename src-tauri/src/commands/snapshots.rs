//! What the Snapshots page asks of the open map: take a named snapshot, list,
//! rename and delete them, and compare two (or one with the map as it is
//! now). Snapshots live inside the map file; none of this changes the live
//! map, so the open session stays as it is. Each fails with `no-map-open` before the first map
//! is open.

use super::{Maps, off_ui_thread};
use bridgework_api::{
    ApiError, DiffSettings, SnapshotDiffRequest, SnapshotDiffView, SnapshotInfo, SnapshotInput, SnapshotRef,
};

/// Every snapshot of the open map, oldest first.
#[tauri::command]
pub async fn snapshots(maps: Maps<'_>) -> Result<Vec<SnapshotInfo>, ApiError> {
    let session = maps.current()?;
    off_ui_thread(move || session.snapshots()).await
}

/// Copies the open map into a new snapshot called `name`, with an optional
/// note, as of the day `as_of` (YYYY-MM-DD; today when null or blank); fails
/// with `invalid-input` and an issue at `name` (blank or in use) or `as_of`
/// (not a day, or after today).
#[tauri::command]
pub async fn take_snapshot_named(
    maps: Maps<'_>,
    name: String,
    note: Option<String>,
    as_of: Option<String>,
) -> Result<SnapshotInfo, ApiError> {
    let session = maps.current()?;
    off_ui_thread(move || session.take_snapshot(&SnapshotInput { name, note, as_of })).await
}

/// Gives snapshot `id` the name `name` and says what it is now; fails with
/// `not-found` for a snapshot that is gone and `invalid-input` at `name`.
#[tauri::command]
pub async fn rename_snapshot(maps: Maps<'_>, id: i64, name: String) -> Result<SnapshotInfo, ApiError> {
    let session = maps.current()?;
    off_ui_thread(move || session.rename_snapshot(&SnapshotRef::Id(id), &name)).await
}

/// Deletes snapshot `id` with its records (the page has asked the person
/// first) and says what it was; fails with `not-found` when it is gone.
#[tauri::command]
pub async fn delete_snapshot(maps: Maps<'_>, id: i64) -> Result<SnapshotInfo, ApiError> {
    let session = maps.current()?;
    off_ui_thread(move || session.delete_snapshot(&SnapshotRef::Id(id))).await
}

/// What changed from the snapshot `from` to the snapshot `to`, each by id; a
/// null side is the map as it is now. Each side is analysed as of its day,
/// with the half-life and recency window of `settings` (the defaults when
/// null); bad settings fail with `invalid-input`, each at its field.
#[tauri::command]
pub async fn diff_snapshot(
    maps: Maps<'_>,
    from: Option<i64>,
    to: Option<i64>,
    settings: Option<DiffSettings>,
) -> Result<SnapshotDiffView, ApiError> {
    let session = maps.current()?;
    let side = |id: Option<i64>| id.map_or(SnapshotRef::Now, SnapshotRef::Id);
    let (from, to) = (side(from), side(to));
    let request = settings.map_or_else(|| Ok(SnapshotDiffRequest::default()), |s| s.request())?;
    off_ui_thread(move || session.diff_snapshots(&from, &to, &request)).await
}
