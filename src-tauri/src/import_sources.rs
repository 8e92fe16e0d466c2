//! The folders and workbooks the person chose to import, kept in Rust.
//!
//! The page never names a path to import: the Import page's Choose shows the
//! native dialog ([`crate::dialogs`]) and hands the page a [`ChosenSource`],
//! a token and the text to show. Previewing, checking and importing take the
//! token back and read only the source it was handed out for, so a page that
//! is compromised can read nothing the person did not choose.

use bridgework_api::{ApiError, ErrorCode};
use serde::Serialize;
use std::path::PathBuf;
use std::sync::{Mutex, PoisonError};

/// A source the person chose, as the page sees it. The UI's
/// `ChosenSource` (`ui/src/lib/ipc/import.ts`) mirrors it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChosenSource {
    /// What the page passes back to name this source.
    pub token: u32,
    /// The source's path, to show.
    pub shown: String,
}

/// Every source chosen since the app started, the token being its place in
/// the list (from 1). A person chooses a handful in a session, and a token
/// must keep naming the source it was handed out for, so none is dropped.
#[derive(Debug, Default)]
pub struct ImportSources {
    chosen: Mutex<Vec<PathBuf>>,
    /// The `--import-source` argument, answered by the first Choose instead
    /// of the dialog; see [`crate::launch::Arguments`].
    scripted: Mutex<Option<PathBuf>>,
}

impl ImportSources {
    /// The sources, with `scripted` as the first Choose's answer.
    pub fn new(scripted: Option<PathBuf>) -> ImportSources {
        ImportSources { chosen: Mutex::default(), scripted: Mutex::new(scripted) }
    }

    /// The answer given on the command line for this Choose, if any is left:
    /// it answers once, then the dialog does.
    pub fn take_scripted(&self) -> Option<PathBuf> {
        self.scripted.lock().unwrap_or_else(PoisonError::into_inner).take()
    }

    /// Keeps `path`, which the person chose, and hands out its token.
    pub fn keep(&self, path: PathBuf) -> ChosenSource {
        let mut chosen = self.chosen.lock().unwrap_or_else(PoisonError::into_inner);
        let shown = path.display().to_string();
        chosen.push(path);
        // A session would need four billion choices to run out of tokens.
        let token = u32::try_from(chosen.len()).unwrap_or(u32::MAX);
        ChosenSource { token, shown }
    }

    /// The source `token` was handed out for; a token never handed out is
    /// refused, whatever it is.
    pub fn path(&self, token: u32) -> Result<PathBuf, ApiError> {
        let chosen = self.chosen.lock().unwrap_or_else(PoisonError::into_inner);
        let index = usize::try_from(token).ok().and_then(|token| token.checked_sub(1));
        index.and_then(|index| chosen.get(index)).cloned().ok_or_else(|| {
            ApiError::new(ErrorCode::NotFound, format!("no source {token} was chosen to import; choose it again"))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn a_token_names_the_source_it_was_handed_out_for_and_no_other() {
        let sources = ImportSources::default();
        let first = sources.keep(PathBuf::from("/in/first"));
        let second = sources.keep(PathBuf::from("/in/second.xlsx"));
        assert_eq!(first, ChosenSource { token: 1, shown: "/in/first".into() });
        assert_eq!(sources.path(second.token).unwrap(), Path::new("/in/second.xlsx"));
        assert_eq!(sources.path(first.token).unwrap(), Path::new("/in/first"));
        for never in [0, 3, u32::MAX] {
            let err = sources.path(never).unwrap_err();
            assert_eq!(err.code, ErrorCode::NotFound, "token {never}");
        }
    }

    #[test]
    fn the_scripted_answer_answers_once() {
        let sources = ImportSources::new(Some(PathBuf::from("/in")));
        assert_eq!(sources.take_scripted(), Some(PathBuf::from("/in")));
        assert_eq!(sources.take_scripted(), None);
    }
}
