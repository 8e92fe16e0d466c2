//! Finding the tables in what the person points at: a folder of CSV files,
//! a workbook, one table's CSV file, or a JSON export.

use crate::error::ReadError;
use crate::input::Input;
use crate::names::{self, Holder};
use crate::{csv_source, json_source, lookalikes, workbook};
use bridgework_core::{Progress, Table};
use std::io::ErrorKind;
use std::path::Path;

/// Reads a folder of CSV files, an `.xlsx` workbook, a single CSV file
/// whose name is a table's (`people.csv`), or a `.json` export, by what
/// `path` is.
///
/// Fails only when the input cannot be read at all; every problem with its
/// content is in the [`Input`]'s errors and warnings.
pub fn read(path: &Path, progress: &dyn Progress) -> Result<Input, ReadError> {
    let mut input = Input::default();
    read_into(path, &mut input, progress)?;
    Ok(input)
}

/// Reads `path` into `input`, which may carry renames or collect a preview.
pub(crate) fn read_into(path: &Path, input: &mut Input, progress: &dyn Progress) -> Result<(), ReadError> {
    let metadata = std::fs::metadata(path).map_err(|source| match source.kind() {
        ErrorKind::NotFound => ReadError::NotFound { path: path.to_path_buf() },
        _ => ReadError::Io { path: path.to_path_buf(), source },
    })?;
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    if !metadata.is_dir() && !metadata.is_file() {
        // Reading a named pipe waits for a writer; a device may never end.
        return Err(ReadError::NotAFile { path: path.to_path_buf() });
    }
    if metadata.is_dir() {
        read_folder(path, input, progress)?;
    } else if extension.eq_ignore_ascii_case("xlsx") {
        workbook::read(path, input, progress)?;
    } else if extension.eq_ignore_ascii_case("json") {
        json_source::read(path, input, progress)?;
    } else if extension.eq_ignore_ascii_case("csv") {
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let Some(table) = names::table_named(stem) else {
            let tables: Vec<_> = Table::ALL.iter().map(|t| format!("{}.csv", t.name())).collect();
            return Err(ReadError::NotATable { path: path.to_path_buf(), tables: tables.join(", ") });
        };
        csv_source::read_file(path, name_of(path), table, input, progress)?;
    } else {
        return Err(ReadError::NotSupported { path: path.to_path_buf() });
    }
    lookalikes::warn(input);
    Ok(())
}

fn read_folder(path: &Path, input: &mut Input, progress: &dyn Progress) -> Result<(), ReadError> {
    let io = |source| ReadError::Io { path: path.to_path_buf(), source };
    let mut found = Vec::new();
    for entry in std::fs::read_dir(path).map_err(io)? {
        let name = entry.map_err(io)?.file_name().to_string_lossy().into_owned();
        // Hidden files (.DS_Store, editors' lock files) are never tables.
        if !name.starts_with('.') {
            found.push(name);
        }
    }
    found.sort();
    for (table, name) in names::pick(Holder::Folder, &name_of(path), &found, input) {
        csv_source::read_file(&path.join(name), name.to_string(), table, input, progress)?;
    }
    Ok(())
}

/// How issues name a file or folder: by its own name, as the person sees it
/// in their file manager, not by the whole path.
pub(crate) fn name_of(path: &Path) -> String {
    match path.file_name() {
        Some(name) => name.to_string_lossy().into_owned(),
        None => path.display().to_string(),
    }
}
