//! Exporting the open map, or one of its snapshots: the picture of a view,
//! the network, or the tables, to where the person chooses in the native
//! Save dialog. The page says what to export (the view the canvas shows:
//! what is open, the filters, the size measure), never where: the path comes
//! from the dialog, shown here.

use super::{Maps, off_ui_thread};
use crate::dialogs::{self, TestSaveDir};
use crate::progress::LongWrite;
use bridgework_api::{ApiError, ExportReport, ExportRequest, ProgressReport};
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, Runtime, WebviewWindow};

/// Asks where with the native Save dialog, suggesting a name after the map
/// and its day, and exports there as `request` asks: the open map as it is
/// shown, or with `request.snapshot` set (a snapshot's id or name) that
/// snapshot, as of its day. `None` when the person cancels. A file is
/// replaced only when the dialog asked and the person agreed; a CSV folder
/// never is.
///
/// The export reports its progress to `on_progress`, and
/// [`super::map::cancel_open`] stops it, leaving no file (a file is written
/// under a temporary name and renamed into place only when whole).
#[tauri::command]
pub async fn export_with_dialog<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    maps: Maps<'_>,
    request: ExportRequest,
    on_progress: Channel<ProgressReport>,
) -> Result<Option<ExportReport>, ApiError> {
    let session = maps.current()?;
    let folder = super::map::start_folder(&app);
    off_ui_thread(move || {
        let suggested = bridgework_api::suggested_file_name(&session, &request)?;
        let test_dir = app.state::<TestSaveDir>();
        let chosen = dialogs::choose_where_to_export(
            &window,
            &test_dir,
            "Export",
            folder.as_deref(),
            &suggested,
            request.format.extension(),
        )?;
        let Some(target) = chosen else {
            return Ok(None);
        };
        let to = target.destination();
        // Started once the Save dialog is answered: Cancel in the overlay stops the export only.
        let report = app.state::<LongWrite>().run(on_progress, |progress| match request.snapshot {
            None => bridgework_api::export_open(&session, &request, &to, progress),
            // A snapshot is read from the map file; the open session is the map as it is now.
            Some(_) => bridgework_api::export(session.path(), &request, &to, progress),
        });
        Ok(Some(report?))
    })
    .await
}
