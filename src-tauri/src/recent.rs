//! The maps opened lately, as the shell keeps them: the list in the data
//! directory (read and written by `bridgework-api`) and the Open Recent menu
//! that shows it.

use crate::menu::RecentMenu;
use bridgework_api::{ApiError, ErrorCode, MapInfo, RecentMap};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};
use tauri::Runtime;

/// The recent maps list and its menu, kept in step.
pub struct RecentMaps<R: Runtime> {
    data_dir: PathBuf,
    menu: RecentMenu<R>,
    /// Two opens finishing together must not interleave their read and
    /// rewrite of the list, or one map would be lost from it.
    writing: Mutex<()>,
}

impl<R: Runtime> RecentMaps<R> {
    pub fn new(data_dir: PathBuf, menu: RecentMenu<R>) -> RecentMaps<R> {
        RecentMaps { data_dir, menu, writing: Mutex::new(()) }
    }

    /// The data directory the list lives in.
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// The maps opened lately, most recent first. Reads files: call it off
    /// the UI thread.
    pub fn list(&self) -> Vec<RecentMap> {
        bridgework_api::recent_maps(&self.data_dir)
    }

    /// The file of the recent map listed as `path`: the one way the page
    /// names a map to open. A path the list does not hold is refused. Reads
    /// files: call it off the UI thread.
    pub fn path_of(&self, path: &str) -> Result<PathBuf, ApiError> {
        recent_path(&self.list(), path)
    }

    /// Puts `map` first in the list and in the menu. Writes a file: call it
    /// off the UI thread. The map is open whatever happens here, so a list
    /// that cannot be saved is reported, not returned as the open's failure.
    pub fn remember(&self, map: &MapInfo) {
        let _writing = self.writing.lock().unwrap_or_else(PoisonError::into_inner);
        let list = match bridgework_api::remember_map(&self.data_dir, map) {
            Ok(list) => list,
            Err(err) => {
                eprintln!("bridgework: {err}");
                return;
            }
        };
        if let Err(err) = self.menu.show(&list) {
            eprintln!("bridgework: could not update the Open Recent menu: {err}");
        }
    }
}

/// The file of the map `list` holds as `path`, which the page sent.
fn recent_path(list: &[RecentMap], path: &str) -> Result<PathBuf, ApiError> {
    match list.iter().find(|map| map.path == path) {
        Some(map) => Ok(PathBuf::from(&map.path)),
        None => Err(ApiError::new(
            ErrorCode::NotFound,
            format!("{path} is not among the recent maps; open it with Open Map… instead"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_opens_only_a_map_the_recent_list_holds() {
        let listed = RecentMap { path: "/maps/a.bwmap".into(), name: "A".into(), exists: true };
        let list = [listed];
        assert_eq!(recent_path(&list, "/maps/a.bwmap").unwrap(), Path::new("/maps/a.bwmap"));
        for other in ["/maps/b.bwmap", "/maps/../maps/a.bwmap", "/etc/passwd", ""] {
            assert_eq!(recent_path(&list, other).unwrap_err().code, ErrorCode::NotFound, "{other}");
        }
    }
}
