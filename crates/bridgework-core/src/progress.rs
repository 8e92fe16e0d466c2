//! How long work reports how far it has got, and learns that it should stop.
//!
//! The CLI draws a progress bar on a terminal, the app streams the same reports
//! to the window; the work itself only calls [`Progress::report`].

/// Receives progress reports from long work.
pub trait Progress: Sync {
    /// `done` of `total` units (bytes, rows) of `stage` are complete.
    fn report(&self, stage: &str, done: u64, total: u64);

    /// Whether the person asked to stop. Work that can stop checks this between
    /// steps and gives up without writing anything.
    fn cancelled(&self) -> bool {
        false
    }
}

/// Progress that nobody watches.
#[derive(Debug, Clone, Copy, Default)]
pub struct Silent;

impl Progress for Silent {
    fn report(&self, _stage: &str, _done: u64, _total: u64) {}
}
