//! Where an export goes, written so that nothing is ever half there: a file
//! is written beside its final name and renamed into place when complete,
//! a folder is written whole as a hidden folder beside its final name and
//! then renamed, so a full disk or a crash leaves the old export (or
//! nothing) and never a part of the new one, nor a mix of the two.
//!
//! An existing file or folder is replaced only when the destination says
//! so ([`Destination::Replace`]); otherwise it is refused before anything is
//! written, and checked again at the rename, so a file that appears
//! meanwhile is not overwritten either.

use crate::{ApiError, ErrorCode, Result};
use bridgework_interchange::{FILE_MODE, FOLDER_MODE, temporary_beside};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// Where to write an export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Destination {
    /// A new file or folder: an existing one is refused.
    New(PathBuf),
    /// A file or folder, replacing one that exists.
    Replace(PathBuf),
    /// Standard output, for one-file formats.
    Stdout,
}

impl Destination {
    /// Where a command line's `--out PATH` says (`-` is standard output),
    /// replacing what is there only with `force` (`--force`).
    pub fn from_out(path: PathBuf, force: bool) -> Destination {
        if path.as_os_str() == "-" {
            Destination::Stdout
        } else if force {
            Destination::Replace(path)
        } else {
            Destination::New(path)
        }
    }

    /// The destination as a message names it.
    pub fn describe(&self) -> String {
        match self {
            Destination::New(path) | Destination::Replace(path) => path.display().to_string(),
            Destination::Stdout => "standard output".to_string(),
        }
    }
}

fn io_error(path: &Path, err: &io::Error) -> ApiError {
    ApiError::new(ErrorCode::Io, format!("cannot write {}: {err}", path.display()))
}

fn exists_error(path: &Path) -> ApiError {
    ApiError::new(
        ErrorCode::AlreadyExists,
        format!("{} already exists; choose another name, or replace it (--force)", path.display()),
    )
}

/// The folder a path's file goes in, made (with the folders it is in) when
/// it does not exist yet, as `--out backup/2026/q4` asks for.
fn folder_of(path: &Path) -> Result<&Path> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir).map_err(|e| io_error(dir, &e))?;
    Ok(dir)
}

/// Writes one file through `write`, which gets a buffered writer (a file's
/// or standard output's) and is called once.
pub(crate) fn write_file(to: &Destination, write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Result<()> {
    let (path, replace) = match to {
        Destination::Stdout => return write_stdout(write),
        Destination::New(path) => (path, false),
        Destination::Replace(path) => (path, true),
    };
    if path.is_dir() {
        return Err(ApiError::new(
            ErrorCode::InvalidInput,
            format!("{} is a folder; give the name of the file to write", path.display()),
        ));
    }
    if !replace && path.exists() {
        return Err(exists_error(path));
    }
    let dir = folder_of(path)?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    // Hidden, so that a folder listing meanwhile does not offer it.
    let prefix = format!(".{name}.");
    let temp = temporary_beside(&prefix, FILE_MODE).tempfile_in(dir).map_err(|e| io_error(path, &e))?;
    {
        let mut out = BufWriter::with_capacity(1 << 16, temp.as_file());
        write(&mut out).and_then(|()| out.flush()).map_err(|e| io_error(path, &e))?;
    }
    temp.as_file().sync_all().map_err(|e| io_error(path, &e))?;
    let persisted = if replace { temp.persist(path) } else { temp.persist_noclobber(path) };
    persisted.map_err(|e| {
        if e.error.kind() == io::ErrorKind::AlreadyExists { exists_error(path) } else { io_error(path, &e.error) }
    })?;
    Ok(())
}

/// Writes to standard output. A reader that has read enough (`| head`)
/// closes the pipe: that ends the export, it does not fail it.
fn write_stdout(write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    match write(&mut out).and_then(|()| out.flush()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other.map_err(|e| io_error(Path::new("standard output"), &e)),
    }
}

/// Writes a folder through `write`, which fills the (empty) folder it is given.
pub(crate) fn write_folder(to: &Destination, what: &str, write: impl FnOnce(&Path) -> Result<()>) -> Result<()> {
    let (path, replace) = match to {
        Destination::Stdout => {
            return Err(ApiError::new(
                ErrorCode::InvalidInput,
                format!("{what} is a folder of files and cannot go to standard output; give a folder name"),
            ));
        }
        Destination::New(path) => (path, false),
        Destination::Replace(path) => (path, true),
    };
    let existing = std::fs::symlink_metadata(path).ok();
    if existing.as_ref().is_some_and(|m| !m.is_dir()) {
        return Err(ApiError::new(
            ErrorCode::InvalidInput,
            format!("{} is a file; {what} is a folder, so give a folder name", path.display()),
        ));
    }
    if existing.is_some() && !replace {
        return Err(exists_error(path));
    }
    let dir = folder_of(path)?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let prefix = format!(".{name}.");
    let temp = temporary_beside(&prefix, FOLDER_MODE).tempdir_in(dir).map_err(|e| io_error(path, &e))?;
    write(temp.path())?;
    if existing.is_some() {
        // Move the old export aside first: a rename does not replace a
        // folder that holds files. It is deleted once the new one is in place.
        let old = tempfile::Builder::new()
            .prefix(&format!(".{name}.old."))
            .tempdir_in(dir)
            .map_err(|e| io_error(path, &e))?;
        let aside = old.path().join(&name);
        std::fs::rename(path, &aside).map_err(|e| io_error(path, &e))?;
        if let Err(e) = std::fs::rename(temp.path(), path) {
            // Put the old one back: the destination is as it was.
            let _ = std::fs::rename(&aside, path);
            return Err(io_error(path, &e));
        }
        // `old` removes the previous export as it drops.
        drop(old);
    } else {
        std::fs::rename(temp.path(), path).map_err(|e| io_error(path, &e))?;
    }
    // The folder moved: nothing is left for `temp` to remove.
    let _ = temp.keep();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a folder holds, by name, with each file's text.
    fn listing(dir: &Path) -> Vec<(String, String)> {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                let text =
                    if e.path().is_dir() { "<folder>".to_string() } else { std::fs::read_to_string(e.path()).unwrap() };
                (e.file_name().to_string_lossy().into_owned(), text)
            })
            .collect();
        entries.sort();
        entries
    }

    fn disk_full() -> io::Error {
        io::Error::new(io::ErrorKind::StorageFull, "No space left on device")
    }

    #[test]
    fn an_export_makes_the_folders_its_path_names() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("reports/2026/map.svg");
        write_file(&Destination::New(file.clone()), |out| out.write_all(b"<svg/>")).unwrap();
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "<svg/>");
        let folder = dir.path().join("backup/q4/tables");
        write_folder(&Destination::New(folder.clone()), "a CSV export", |into| {
            std::fs::write(into.join("people.csv"), "id").map_err(|e| io_error(into, &e))
        })
        .unwrap();
        assert_eq!(listing(&folder), [("people.csv".to_string(), "id".to_string())]);
    }

    #[test]
    fn a_file_export_cut_off_by_a_full_disk_leaves_the_old_file_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("map.svg");
        std::fs::write(&path, "the old export").unwrap();
        let err = write_file(&Destination::Replace(path.clone()), |out| {
            out.write_all(&[b'x'; 100_000])?;
            Err(disk_full())
        })
        .unwrap_err();
        assert_eq!(err.code, ErrorCode::Io);
        assert!(err.message.contains("No space left on device"), "{}", err.message);
        assert_eq!(listing(dir.path()), [("map.svg".to_string(), "the old export".to_string())]);
    }

    #[test]
    fn a_folder_export_cut_off_by_a_full_disk_leaves_the_old_folder_unmixed_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tables");
        std::fs::create_dir(&path).unwrap();
        std::fs::write(path.join("people.csv"), "the old people").unwrap();
        std::fs::write(path.join("ties.csv"), "the old ties").unwrap();
        let err = write_folder(&Destination::Replace(path.clone()), "a CSV export", |folder| {
            std::fs::write(folder.join("people.csv"), "new people").unwrap();
            Err(io_error(&folder.join("ties.csv"), &disk_full()))
        })
        .unwrap_err();
        assert_eq!(err.code, ErrorCode::Io);
        assert_eq!(listing(dir.path()), [("tables".to_string(), "<folder>".to_string())]);
        assert_eq!(
            listing(&path),
            [
                ("people.csv".to_string(), "the old people".to_string()),
                ("ties.csv".to_string(), "the old ties".to_string())
            ]
        );
    }
}
