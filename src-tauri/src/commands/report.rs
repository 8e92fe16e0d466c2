//! The board pack report of the open map (File → Report…, and the Report
//! buttons of the Partnerships and Snapshots pages): a preview in the window
//! first, then the PDF or HTML file, saved where the person chooses in the
//! native Save dialog. The report is made from the map file, which every
//! edit has written.

use super::{Maps, off_ui_thread};
use crate::dialogs::{self, TestSaveDir};
use crate::progress::{LongWrite, ThrottledProgress, to_channel};
use bridgework_api::{ApiError, ProgressReport, ReportDone, ReportFormat, ReportPreview, ReportRequest};
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, Runtime, State, WebviewWindow};

/// The report `request` asks for, as HTML, to show before saving. Reports
/// its progress to `on_progress`; [`super::map::cancel_open`] stops it
/// (`cancelled`).
#[tauri::command]
pub async fn preview_report(
    maps: Maps<'_>,
    long_write: State<'_, LongWrite>,
    request: ReportRequest,
    on_progress: Channel<ProgressReport>,
) -> Result<ReportPreview, ApiError> {
    let session = maps.current()?;
    let progress = ThrottledProgress::new(to_channel(on_progress), long_write.start());
    off_ui_thread(move || {
        let preview = bridgework_api::preview_report(session.path(), &request, &progress);
        progress.finish();
        preview
    })
    .await
}

/// Asks where with the native Save dialog, suggesting the map's name and the
/// report's day, and writes there the report `request` asks for, as
/// `format`. `None` when the person cancels the dialog. A file is replaced
/// only when the dialog asked and the person agreed. Progress and Cancel as
/// for [`preview_report`]; a cancelled report leaves no file.
#[tauri::command]
pub async fn report_with_dialog<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    maps: Maps<'_>,
    request: ReportRequest,
    format: ReportFormat,
    on_progress: Channel<ProgressReport>,
) -> Result<Option<ReportDone>, ApiError> {
    let session = maps.current()?;
    let folder = super::map::start_folder(&app);
    off_ui_thread(move || {
        let suggested = bridgework_api::suggested_report_name(&session, &request, format)?;
        let test_dir = app.state::<TestSaveDir>();
        let chosen = dialogs::choose_where_to_export(
            &window,
            &test_dir,
            "Save Report",
            folder.as_deref(),
            &suggested,
            Some(format.extension()),
        )?;
        let Some(target) = chosen else {
            return Ok(None);
        };
        let to = target.destination();
        // Started once the Save dialog is answered: Cancel in the overlay stops the report only.
        let done = app
            .state::<LongWrite>()
            .run(on_progress, |progress| bridgework_api::write_report(session.path(), &request, format, &to, progress));
        Ok(Some(done?))
    })
    .await
}
