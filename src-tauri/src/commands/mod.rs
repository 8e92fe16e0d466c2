//! The commands the UI invokes (through `ui/src/lib/ipc.ts` only), one module
//! per feature. Each command is one call into `bridgework-api`, run off the UI
//! thread, and fails with the api's `ApiError` so the UI receives
//! `{code, message}`.

pub mod canvas;
pub mod counterparts;
pub mod import;
pub mod map;
pub mod partnerships;
pub mod snapshots;

use bridgework_api::{ApiError, ErrorCode};

/// Runs blocking work (file I/O, analyses, native dialogs) on Tauri's
/// blocking thread pool so the window stays responsive.
async fn off_ui_thread<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    tauri::async_runtime::spawn_blocking(work).await.unwrap_or_else(|err| {
        // Only a panic gets here: report it rather than leave the UI waiting forever.
        Err(ApiError::new(
            ErrorCode::Internal,
            format!("Bridgework failed unexpectedly ({err}); please report this, with what you were doing."),
        ))
    })
}
