//! Timing a step over several runs.

use std::time::{Duration, Instant};

/// The times one step took, one per run.
#[derive(Debug, Default)]
pub struct Samples(Vec<Duration>);

impl Samples {
    /// Runs `step`, keeping how long it took, and returns what it returned.
    pub fn time<T>(&mut self, step: impl FnOnce() -> T) -> T {
        let start = Instant::now();
        let result = step();
        self.0.push(start.elapsed());
        result
    }

    /// Keeps a time measured elsewhere (by another process's clock).
    pub fn push(&mut self, elapsed: Duration) {
        self.0.push(elapsed);
    }

    /// The median in seconds; `None` before the first run.
    pub fn median(&self) -> Option<f64> {
        let mut sorted = self.0.clone();
        sorted.sort();
        sorted.get(sorted.len() / 2).map(Duration::as_secs_f64)
    }

    /// The median in seconds of a step every run times.
    pub fn seconds(&self) -> f64 {
        self.median().unwrap_or(f64::NAN)
    }
}
