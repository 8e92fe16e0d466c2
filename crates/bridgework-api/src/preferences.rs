//! The person's small preferences for the app, kept beside the recent maps
//! in the app's data folder (`preferences.json`): whether the first-run hint
//! was dismissed. A missing or damaged file reads as the defaults.

use crate::Result;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The file's name inside the data folder.
const PREFERENCES_FILE: &str = "preferences.json";

/// What the app remembers for the person, whatever map is open.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct Preferences {
    /// The map screen's one-sentence hint of what to look at was dismissed.
    pub first_run_hint_dismissed: bool,
}

/// The preferences in `data_dir`; the defaults when there are none. Never
/// fails and never writes.
pub fn preferences(data_dir: &Path) -> Preferences {
    crate::data_folder::read_json(data_dir, PREFERENCES_FILE).unwrap_or_default()
}

/// Remembers that the first-run hint was dismissed, keeping the other
/// preferences; returns them all.
pub fn dismiss_first_run_hint(data_dir: &Path) -> Result<Preferences> {
    let mut next = preferences(data_dir);
    next.first_run_hint_dismissed = true;
    crate::data_folder::write_json(data_dir, PREFERENCES_FILE, "the preferences", &next)?;
    Ok(next)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hint_shows_until_dismissed_and_stays_dismissed() {
        let dir = tempfile::tempdir().unwrap();
        let data_dir = dir.path().join("data");
        assert!(!preferences(&data_dir).first_run_hint_dismissed);
        assert!(!data_dir.exists(), "reading writes nothing");
        assert!(dismiss_first_run_hint(&data_dir).unwrap().first_run_hint_dismissed);
        assert!(preferences(&data_dir).first_run_hint_dismissed, "remembered");
    }

    #[test]
    fn a_damaged_file_reads_as_the_defaults_and_unknown_fields_are_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(PREFERENCES_FILE);
        for damaged in ["{\"first_run_hint_dismissed\": tru", "[]", ""] {
            std::fs::write(&file, damaged).unwrap();
            assert_eq!(preferences(dir.path()), Preferences::default(), "{damaged:?}");
        }
        std::fs::write(&file, r#"{"first_run_hint_dismissed": true, "added_later": 1}"#).unwrap();
        assert!(preferences(dir.path()).first_run_hint_dismissed);
    }

    #[test]
    fn preferences_that_cannot_be_saved_say_where() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("a file");
        std::fs::write(&blocker, "").unwrap();
        let err = dismiss_first_run_hint(&blocker.join("data")).unwrap_err();
        assert!(err.message.starts_with("could not save the preferences in "), "{}", err.message);
    }
}
