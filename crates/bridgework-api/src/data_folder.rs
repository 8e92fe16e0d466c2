//! Small JSON files in the app's data folder (the recent maps, the
//! preferences): conveniences, never a reason to fail. A missing or damaged
//! file reads as nothing; a file is replaced whole (written beside its final
//! name, then moved there), so a crash mid-write leaves the previous one
//! rather than half of one.

use crate::{ApiError, ErrorCode, Result};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::io::Write;
use std::path::Path;

/// The file `name` in `data_dir` as a `T`, or None when it is missing or damaged.
pub(crate) fn read_json<T: DeserializeOwned>(data_dir: &Path, name: &str) -> Option<T> {
    let text = std::fs::read_to_string(data_dir.join(name)).ok()?;
    serde_json::from_str(&text).ok()
}

/// Writes `value` as the file `name` in `data_dir`, creating the folder if
/// needed; a failure names `what` the file holds and where.
pub(crate) fn write_json(data_dir: &Path, name: &str, what: &str, value: &impl Serialize) -> Result<()> {
    let target = data_dir.join(name);
    let fail = |err: std::io::Error| {
        ApiError::new(ErrorCode::Io, format!("could not save {what} in {}: {err}", target.display()))
    };
    std::fs::create_dir_all(data_dir).map_err(fail)?;
    let stem = name.trim_end_matches(".json");
    let mut temp =
        tempfile::Builder::new().prefix(&format!(".{stem}-")).suffix(".partial").tempfile_in(data_dir).map_err(fail)?;
    let text = serde_json::to_vec_pretty(value).map_err(|err| fail(err.into()))?;
    temp.write_all(&text).map_err(fail)?;
    temp.as_file().sync_all().map_err(fail)?;
    temp.persist(&target).map_err(|err| fail(err.error))?;
    Ok(())
}
