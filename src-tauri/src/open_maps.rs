//! The map the window shows, and the open in progress.
//!
//! Opening a big map takes seconds, so the window keeps showing the previous
//! map until the new one is ready, and only a successful open replaces it: a
//! failed or cancelled one leaves it as it was. One open runs at a time in
//! effect: starting another (a second click on a recent map) asks the first
//! to stop, and a first that finishes anyway is discarded, so the map shown
//! is always the one asked for last.
//!
//! A write to the map shown (an edit, an import) hands back the session of
//! the map it wrote, which then replaces the map shown, unless an open has
//! finished since the write began: the window shows another map by then.
//! A write never stops an open in progress, nor an open a write.
//!
//! Generic over what an open produces so the rules are tested without
//! loading maps.

use bridgework_api::{ApiError, ErrorCode};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

/// The open map (none before the first open succeeds) and the cancel flag of
/// the open in progress.
#[derive(Debug)]
pub struct OpenMaps<S> {
    slots: Mutex<Slots<S>>,
}

#[derive(Debug)]
struct Slots<S> {
    current: Option<Arc<S>>,
    opening: Option<Arc<AtomicBool>>,
    /// How many opens have replaced the map shown.
    opened: u64,
}

/// Which open the map shown came from, as a write that begins on it sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shown(u64);

impl<S> Default for OpenMaps<S> {
    fn default() -> Self {
        OpenMaps { slots: Mutex::new(Slots { current: None, opening: None, opened: 0 }) }
    }
}

impl<S> OpenMaps<S> {
    /// The map the window shows.
    pub fn current(&self) -> Result<Arc<S>, ApiError> {
        self.current_to_write().map(|(current, _)| current)
    }

    /// The map shown, to write to, and which open it came from, for
    /// [`OpenMaps::show_written`].
    pub fn current_to_write(&self) -> Result<(Arc<S>, Shown), ApiError> {
        let slots = self.slots();
        let current = slots.current.clone().ok_or_else(|| {
            ApiError::new(ErrorCode::NoMapOpen, "No map is open yet: open a map or create a new one first.")
        })?;
        Ok((current, Shown(slots.opened)))
    }

    /// Shows `written`, the map a write made on the map shown at `from`
    /// wrote, unless an open has replaced that map since; says whether it
    /// is shown.
    pub fn show_written(&self, from: Shown, written: S) -> bool {
        let mut slots = self.slots();
        if slots.opened != from.0 {
            return false;
        }
        let previous = slots.current.replace(Arc::new(written));
        // As in `finish_open`: free the old map outside the lock.
        drop(slots);
        drop(previous);
        true
    }

    /// Starts an open and returns its cancel flag, for the work's
    /// `Progress::cancelled`. An open still in progress is asked to stop.
    pub fn begin_open(&self) -> Arc<AtomicBool> {
        let flag = Arc::new(AtomicBool::new(false));
        if let Some(earlier) = self.slots().opening.replace(flag.clone()) {
            earlier.store(true, Ordering::Relaxed);
        }
        flag
    }

    /// Asks the open in progress, if any, to stop.
    pub fn cancel_open(&self) {
        if let Some(flag) = &self.slots().opening {
            flag.store(true, Ordering::Relaxed);
        }
    }

    /// Ends the open of `path` begun with `flag`: a map that opened replaces
    /// the current one, unless the open was cancelled or overtaken in the
    /// meantime, which discards it.
    pub fn finish_open(
        &self,
        flag: &Arc<AtomicBool>,
        path: &Path,
        opened: Result<S, ApiError>,
    ) -> Result<Arc<S>, ApiError> {
        let mut slots = self.slots();
        if slots.opening.as_ref().is_some_and(|current| Arc::ptr_eq(current, flag)) {
            slots.opening = None;
        }
        let opened = opened?;
        if flag.load(Ordering::Relaxed) {
            return Err(ApiError::new(ErrorCode::Cancelled, format!("Stopped opening {}.", path.display())));
        }
        let opened = Arc::new(opened);
        let previous = slots.current.replace(opened.clone());
        slots.opened += 1;
        // A map can take a while to free: not while holding the lock that
        // `cancel_open` needs on the UI thread.
        drop(slots);
        drop(previous);
        Ok(opened)
    }

    // Every change under the lock is a single assignment, so a panic
    // elsewhere cannot leave the slots half-changed: a poisoned lock is used
    // as it is.
    fn slots(&self) -> MutexGuard<'_, Slots<S>> {
        self.slots.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PATH: &str = "/maps/partners.bwmap";

    fn finish(
        maps: &OpenMaps<&'static str>,
        flag: &Arc<AtomicBool>,
        opened: &'static str,
    ) -> Result<&'static str, ApiError> {
        maps.finish_open(flag, Path::new(PATH), Ok(opened)).map(|map| *map)
    }

    #[test]
    fn before_the_first_open_there_is_no_map() {
        let maps = OpenMaps::<&str>::default();
        let err = maps.current().unwrap_err();
        assert_eq!(err.code, ErrorCode::NoMapOpen);
    }

    #[test]
    fn an_open_that_succeeds_replaces_the_map() {
        let maps = OpenMaps::default();
        let flag = maps.begin_open();
        assert_eq!(finish(&maps, &flag, "first"), Ok("first"));
        let flag = maps.begin_open();
        assert_eq!(finish(&maps, &flag, "second"), Ok("second"));
        assert_eq!(*maps.current().unwrap(), "second");
    }

    #[test]
    fn an_open_that_fails_leaves_the_map_open_before() {
        let maps = OpenMaps::default();
        let flag = maps.begin_open();
        finish(&maps, &flag, "first").unwrap();
        let flag = maps.begin_open();
        let err = ApiError::new(ErrorCode::NotAMap, "not a map");
        assert_eq!(maps.finish_open(&flag, Path::new(PATH), Err(err.clone())).unwrap_err(), err);
        assert_eq!(*maps.current().unwrap(), "first");
    }

    #[test]
    fn a_cancelled_open_is_discarded_even_if_it_finished() {
        let maps = OpenMaps::default();
        let flag = maps.begin_open();
        finish(&maps, &flag, "first").unwrap();
        let flag = maps.begin_open();
        maps.cancel_open();
        assert!(flag.load(Ordering::Relaxed), "the work sees the request to stop");
        let err = finish(&maps, &flag, "second").unwrap_err();
        assert_eq!(err.code, ErrorCode::Cancelled);
        assert_eq!(err.message, format!("Stopped opening {PATH}."));
        assert_eq!(*maps.current().unwrap(), "first");
    }

    #[test]
    fn cancelling_with_nothing_opening_changes_nothing() {
        let maps = OpenMaps::default();
        maps.cancel_open();
        let flag = maps.begin_open();
        assert!(!flag.load(Ordering::Relaxed), "an earlier cancel does not stop a later open");
        assert_eq!(finish(&maps, &flag, "first"), Ok("first"));
        maps.cancel_open();
        assert_eq!(*maps.current().unwrap(), "first");
    }

    #[test]
    fn a_write_shows_the_map_it_wrote() {
        let maps = OpenMaps::default();
        let flag = maps.begin_open();
        finish(&maps, &flag, "opened").unwrap();
        let (shown, from) = maps.current_to_write().unwrap();
        assert_eq!(*shown, "opened");
        assert!(maps.show_written(from, "written"));
        assert_eq!(*maps.current().unwrap(), "written");
        let (_, from) = maps.current_to_write().unwrap();
        assert!(maps.show_written(from, "written again"), "writes follow one another");
        assert_eq!(*maps.current().unwrap(), "written again");
    }

    #[test]
    fn a_write_that_ends_after_another_open_is_not_shown() {
        let maps = OpenMaps::default();
        let flag = maps.begin_open();
        finish(&maps, &flag, "first").unwrap();
        let (_, from) = maps.current_to_write().unwrap();
        let flag = maps.begin_open();
        finish(&maps, &flag, "second").unwrap();
        assert!(!maps.show_written(from, "first, written"));
        assert_eq!(*maps.current().unwrap(), "second");
    }

    #[test]
    fn a_write_neither_stops_nor_outlives_an_open_in_progress() {
        let maps = OpenMaps::default();
        let flag = maps.begin_open();
        finish(&maps, &flag, "first").unwrap();
        let (_, from) = maps.current_to_write().unwrap();
        let opening = maps.begin_open();
        assert!(maps.show_written(from, "first, written"));
        assert!(!opening.load(Ordering::Relaxed), "the open goes on");
        assert_eq!(finish(&maps, &opening, "second"), Ok("second"));
        assert_eq!(*maps.current().unwrap(), "second");
    }

    #[test]
    fn a_later_open_overtakes_an_earlier_one() {
        let maps = OpenMaps::default();
        let earlier = maps.begin_open();
        let later = maps.begin_open();
        assert!(earlier.load(Ordering::Relaxed), "the earlier open is asked to stop");
        assert_eq!(finish(&maps, &later, "later"), Ok("later"));
        assert_eq!(finish(&maps, &earlier, "earlier").unwrap_err().code, ErrorCode::Cancelled);
        assert_eq!(*maps.current().unwrap(), "later");
        maps.cancel_open();
        assert_eq!(*maps.current().unwrap(), "later", "nothing is left opening to cancel");
    }
}
