//! The native Open and Save dialogs for map files, the picker of what to
//! import, and the Save dialog of an export.
//!
//! They are shown from Rust, inside the commands that use their answer, so
//! the webview holds no dialog permission and cannot ask for a path of its
//! own choosing. Each call blocks until the person answers: run it off the UI
//! thread.

use bridgework_api::{ApiError, Destination, ErrorCode};
use std::path::{Path, PathBuf};
use tauri::{Runtime, WebviewWindow};
use tauri_plugin_dialog::{DialogExt, FileDialogBuilder, FilePath};

/// The extension of map files.
const EXTENSION: &str = "bwmap";

/// Asks which map to open; `None` when the person cancels.
pub fn choose_map_to_open<R: Runtime>(
    window: &WebviewWindow<R>,
    folder: Option<&Path>,
) -> Result<Option<PathBuf>, ApiError> {
    path_of(dialog(window, "Open Map", folder).blocking_pick_file())
}

/// Asks what to import: a folder of CSV files or, with `workbook`, an
/// `.xlsx` workbook (no native dialog picks either in one); `None` when the
/// person cancels.
pub fn choose_import_source<R: Runtime>(
    window: &WebviewWindow<R>,
    folder: Option<&Path>,
    workbook: bool,
) -> Result<Option<PathBuf>, ApiError> {
    let mut dialog = window.dialog().file();
    #[cfg(any(windows, target_os = "macos"))]
    {
        dialog = dialog.set_parent(window);
    }
    if let Some(folder) = folder {
        dialog = dialog.set_directory(folder);
    }
    if workbook {
        let dialog = dialog.set_title("Import a Workbook").add_filter("Excel workbooks", &["xlsx"]);
        path_of(dialog.blocking_pick_file())
    } else {
        path_of(dialog.set_title("Import a Folder of CSV Files").blocking_pick_folder())
    }
}

/// Asks where to save a map, suggesting `file_name`; `None` when the person
/// cancels. The dialog asks before replacing a file; a name typed without the
/// extension gets it, and is refused if that names a file the person was not
/// asked about.
pub fn choose_where_to_save<R: Runtime>(
    window: &WebviewWindow<R>,
    title: &str,
    folder: Option<&Path>,
    file_name: &str,
) -> Result<Option<PathBuf>, ApiError> {
    let chosen = path_of(dialog(window, title, folder).set_file_name(file_name).blocking_save_file())?;
    chosen.map(|path| with_extension(path, EXTENSION)).transpose()
}

/// Where end-to-end tests have exports saved, in place of the Save dialog,
/// which WebDriver cannot drive: the folder `BRIDGEWORK_TEST_SAVE_DIR` names.
/// For tests only; the harness sets it (tests/e2e/run.mjs). Unset, every
/// export asks with the dialog.
#[derive(Debug, Default)]
pub struct TestSaveDir(pub Option<PathBuf>);

/// The environment variable of [`TestSaveDir`].
pub const TEST_SAVE_DIR: &str = "BRIDGEWORK_TEST_SAVE_DIR";

/// Where to save an export, and whether the person agreed to replace what is there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportTarget {
    pub path: PathBuf,
    /// The Save dialog asked about replacing the file, and the person said yes.
    pub replace_confirmed: bool,
}

impl ExportTarget {
    /// Where to write: replacing a file only when the person agreed to.
    pub fn destination(self) -> Destination {
        if self.replace_confirmed { Destination::Replace(self.path) } else { Destination::New(self.path) }
    }
}

/// Asks where to save an export (a report too), with the dialog titled
/// `title` and suggesting `file_name`; `None` when the person cancels. `extension` is the format's (`None` for a folder of CSV
/// files): a name typed without it gets it, as for a map. Under
/// [`TestSaveDir`] no dialog is shown: the export goes to `file_name` in
/// that folder, never replacing anything.
pub fn choose_where_to_export<R: Runtime>(
    window: &WebviewWindow<R>,
    test_dir: &TestSaveDir,
    title: &str,
    folder: Option<&Path>,
    file_name: &str,
    extension: Option<&str>,
) -> Result<Option<ExportTarget>, ApiError> {
    if let Some(dir) = &test_dir.0 {
        return Ok(Some(ExportTarget { path: dir.join(file_name), replace_confirmed: false }));
    }
    let mut dialog = window.dialog().file().set_title(title).set_file_name(file_name);
    #[cfg(any(windows, target_os = "macos"))]
    {
        dialog = dialog.set_parent(window);
    }
    if let Some(folder) = folder {
        dialog = dialog.set_directory(folder);
    }
    if let Some(extension) = extension {
        dialog = dialog.add_filter(extension.to_uppercase(), &[extension]);
    }
    let Some(chosen) = path_of(dialog.blocking_save_file())? else {
        return Ok(None);
    };
    Ok(Some(match extension {
        // The dialog asked before replacing the name chosen; a name the extension was added to is new.
        Some(extension) => export_target(chosen, extension)?,
        // A CSV export is a folder: the dialog asked about a file, so an existing folder is kept.
        None => ExportTarget { path: chosen, replace_confirmed: false },
    }))
}

/// Where an export chosen as `path` goes: there, replacing a file the dialog
/// asked about, or with `extension` added, replacing nothing.
fn export_target(path: PathBuf, extension: &str) -> Result<ExportTarget, ApiError> {
    let typed = path.extension().is_some_and(|ext| ext.eq_ignore_ascii_case(extension));
    Ok(ExportTarget { replace_confirmed: typed, path: with_extension(path, extension)? })
}

/// The folder a dialog starts in: the open map's, unless that is the app's
/// own data folder (where the demo map lives), which is no place for a
/// person's maps.
pub fn start_folder(open_map: Option<&Path>, data_dir: &Path, documents: Option<PathBuf>) -> Option<PathBuf> {
    match open_map.and_then(Path::parent) {
        Some(folder) if folder != data_dir => Some(folder.to_path_buf()),
        _ => documents,
    }
}

fn dialog<R: Runtime>(window: &WebviewWindow<R>, title: &str, folder: Option<&Path>) -> FileDialogBuilder<R> {
    let mut dialog = window.dialog().file().set_title(title).add_filter("Bridgework maps", &[EXTENSION]);
    // As the plugin's own commands do: GTK places the dialog over the window
    // without being told, and a parent handle taken off its thread is unsafe there.
    #[cfg(any(windows, target_os = "macos"))]
    {
        dialog = dialog.set_parent(window);
    }
    if let Some(folder) = folder {
        dialog = dialog.set_directory(folder);
    }
    dialog
}

fn path_of(answer: Option<FilePath>) -> Result<Option<PathBuf>, ApiError> {
    answer
        .map(|file| {
            let shown = file.to_string();
            // Desktop dialogs answer with paths; a URL (a phone's content URI) is not a file Bridgework can open.
            file.into_path()
                .map_err(|_| ApiError::new(ErrorCode::Io, format!("{shown} is not a file on this computer")))
        })
        .transpose()
}

/// `path`, with `.EXTENSION` added if it has another extension or none.
fn with_extension(path: PathBuf, extension: &str) -> Result<PathBuf, ApiError> {
    if path.extension().is_some_and(|ext| ext.eq_ignore_ascii_case(extension)) {
        return Ok(path);
    }
    let mut name = path.clone().into_os_string();
    name.push(".");
    name.push(extension);
    let extended = PathBuf::from(name);
    // The dialog asked about replacing the name typed, not this one.
    if extended.exists() {
        return Err(ApiError::new(
            ErrorCode::AlreadyExists,
            format!("{} already exists; choose another name", extended.display()),
        ));
    }
    Ok(extended)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_typed_without_the_extension_gets_it() {
        let dir = tempfile::tempdir().unwrap();
        let typed = dir.path().join("Partners 2027");
        assert_eq!(with_extension(typed, EXTENSION).unwrap(), dir.path().join("Partners 2027.bwmap"));
        let other = dir.path().join("notes.txt");
        assert_eq!(with_extension(other, EXTENSION).unwrap(), dir.path().join("notes.txt.bwmap"));
        let kept = dir.path().join("Partners.BWMAP");
        assert_eq!(with_extension(kept.clone(), EXTENSION).unwrap(), kept);
    }

    #[test]
    fn adding_the_extension_never_replaces_a_file_unasked() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("Partners.bwmap"), "a map").unwrap();
        let err = with_extension(dir.path().join("Partners"), EXTENSION).unwrap_err();
        assert_eq!(err.code, ErrorCode::AlreadyExists);
        assert!(err.message.ends_with("Partners.bwmap already exists; choose another name"), "{}", err.message);
    }

    #[test]
    fn an_export_replaces_only_the_file_the_dialog_asked_about() {
        let dir = tempfile::tempdir().unwrap();
        let chosen = export_target(dir.path().join("Ashworth.PDF"), "pdf").unwrap();
        assert_eq!(chosen, ExportTarget { path: dir.path().join("Ashworth.PDF"), replace_confirmed: true });
        let typed = export_target(dir.path().join("Ashworth"), "pdf").unwrap();
        assert_eq!(typed, ExportTarget { path: dir.path().join("Ashworth.pdf"), replace_confirmed: false });
        std::fs::write(dir.path().join("Board.svg"), "an export").unwrap();
        let err = export_target(dir.path().join("Board"), "svg").unwrap_err();
        assert_eq!(err.code, ErrorCode::AlreadyExists);
    }

    #[test]
    fn dialogs_start_beside_the_open_map_but_not_in_the_data_folder() {
        let data = Path::new("/data");
        let documents = Some(PathBuf::from("/home/me/Documents"));
        let beside = start_folder(Some(Path::new("/maps/a.bwmap")), data, documents.clone());
        assert_eq!(beside, Some(PathBuf::from("/maps")));
        assert_eq!(start_folder(Some(&data.join("Demo map.bwmap")), data, documents.clone()), documents);
        assert_eq!(start_folder(None, data, documents.clone()), documents);
    }
}
