//! What the Snapshots page asks of the open map: take a named snapshot, list,
//! rename and delete them, compare two (or one with the map as it is now)
//! and export a comparison where the native Save dialog says. Snapshots live
//! inside the map file; none of this changes the live map, so the open
//! session stays as it is. Each fails with `no-map-open` before the first map
//! is open.

use super::{Maps, off_ui_thread};
use crate::dialogs::{self, TestSaveDir};
use bridgework_api::{
    ApiError, Comparison, DiffSettings, ExportFormat, ExportReport, SnapshotDiffRequest, SnapshotDiffView,
    SnapshotInfo, SnapshotInput, SnapshotRef,
};
use tauri::{AppHandle, Manager, Runtime, WebviewWindow};

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

/// Asks where with the native Save dialog, suggesting a name after the map,
/// the two sides and the later side's day, and exports there the comparison
/// `diff_snapshot` shows for the same sides and settings: the changes map as
/// a picture (SVG, PNG, PDF) or the changes as a workbook (and CSV or JSON).
/// `None` when the person cancels. A file is replaced only when the dialog
/// asked and the person agreed.
#[tauri::command]
pub async fn export_comparison_with_dialog<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    maps: Maps<'_>,
    from: Option<i64>,
    to: Option<i64>,
    settings: Option<DiffSettings>,
    format: ExportFormat,
) -> Result<Option<ExportReport>, ApiError> {
    let session = maps.current()?;
    let folder = super::map::start_folder(&app);
    let side = |id: Option<i64>| id.map_or(SnapshotRef::Now, SnapshotRef::Id);
    let (from, to) = (side(from), side(to));
    let request = settings.map_or_else(|| Ok(SnapshotDiffRequest::default()), |s| s.request())?;
    off_ui_thread(move || {
        let comparison = Comparison::of(session.path(), &from, &to, &request)?;
        let test_dir = app.state::<TestSaveDir>();
        let suggested = comparison.file_name(format);
        let chosen = dialogs::choose_where_to_export(
            &window,
            &test_dir,
            "Export",
            folder.as_deref(),
            &suggested,
            format.extension(),
        )?;
        let Some(target) = chosen else {
            return Ok(None);
        };
        let out = target.destination();
        Ok(Some(bridgework_api::export_comparison(&comparison, format, PNG_SCALE, &out)?))
    })
    .await
}

/// A comparison's PNG: twice the picture's 1280 pixels, as a map's export offers first.
const PNG_SCALE: f32 = 2.0;
