//! Progress of long work, streamed to the window, and the person's request to
//! stop it: the open in progress is stopped through `OpenMaps`, the long
//! write in progress (an import) through [`LongWrite`].
//!
//! Work may report thousands of times a second (a row at a time); each report
//! crosses the IPC boundary and redraws a progress bar, so [`Throttle`] lets
//! through at most one report per [`INTERVAL`] within a stage, but always the
//! first and the last of each stage, so the bar starts and ends where the
//! work really did.

use bridgework_api::{Progress, ProgressReport};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};
use tauri::ipc::Channel;

/// The shortest gap between two reports of one stage: 20 a second is smooth
/// to the eye and nothing to the IPC channel.
pub const INTERVAL: Duration = Duration::from_millis(50);

/// Which reports of a stream to send, and when.
#[derive(Debug, Default)]
pub struct Throttle {
    stage: Option<String>,
    last_sent: Option<Instant>,
    /// The latest report held back, sent if nothing newer comes in time.
    pending: Option<ProgressReport>,
}

impl Throttle {
    /// Takes a report made at `now` and returns those to send now: none, it,
    /// or the previous stage's held-back last report followed by it.
    pub fn offer(&mut self, report: ProgressReport, now: Instant) -> impl Iterator<Item = ProgressReport> + use<> {
        let mut previous_stage_last = None;
        let new_stage = self.stage.as_deref() != Some(report.stage.as_str());
        if new_stage {
            previous_stage_last = self.pending.take();
            self.stage = Some(report.stage.clone());
        }
        let finished = report.total > 0 && report.done >= report.total;
        let due = self.last_sent.is_none_or(|sent| now.duration_since(sent) >= INTERVAL);
        let send = if new_stage || finished || due {
            self.last_sent = Some(now);
            self.pending = None;
            Some(report)
        } else {
            self.pending = Some(report);
            None
        };
        [previous_stage_last, send].into_iter().flatten()
    }

    /// The report held back, if any: to send when the work ends.
    pub fn flush(&mut self) -> Option<ProgressReport> {
        self.pending.take()
    }
}

/// The long write in progress (an import), and the person's request to stop
/// it. Apart from the open in progress, so that stopping one never touches
/// the other's bookkeeping: a write does not stop an open, nor an open a
/// write.
#[derive(Debug, Default)]
pub struct LongWrite {
    running: Mutex<Option<Arc<AtomicBool>>>,
}

impl LongWrite {
    /// Starts a long write and returns its stop flag, for the work's
    /// [`Progress::cancelled`]. One runs at a time: a write still running is
    /// asked to stop.
    pub fn start(&self) -> Arc<AtomicBool> {
        let flag = Arc::new(AtomicBool::new(false));
        if let Some(earlier) = self.running().replace(flag.clone()) {
            earlier.store(true, Ordering::Relaxed);
        }
        flag
    }

    /// Runs `write` as the long write, its progress sent to `channel` and
    /// its [`Progress::cancelled`] set by the overlay's Cancel.
    pub fn run<T>(&self, channel: Channel<ProgressReport>, write: impl FnOnce(&dyn Progress) -> T) -> T {
        let progress = ThrottledProgress::new(to_channel(channel), self.start());
        let done = write(&progress);
        progress.finish();
        done
    }

    /// Asks the long write in progress, if any, to stop. One that has
    /// already written is not undone: it ends as it would have.
    pub fn stop(&self) {
        if let Some(flag) = self.running().take() {
            flag.store(true, Ordering::Relaxed);
        }
    }

    // Each change under the lock is one assignment: a poisoned lock is used as it is.
    fn running(&self) -> std::sync::MutexGuard<'_, Option<Arc<AtomicBool>>> {
        self.running.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Sends progress reports to the window's `channel`.
pub fn to_channel(channel: Channel<ProgressReport>) -> impl Fn(ProgressReport) + Send + Sync + 'static {
    move |report| {
        // The window may have gone (closed mid-work): the work goes on regardless.
        let _ = channel.send(report);
    }
}

/// [`Progress`] that sends throttled reports to `send` (the window's channel)
/// and reads a stop flag (the open's, the long write's, or one never set).
#[derive(Debug)]
pub struct ThrottledProgress<F> {
    send: F,
    cancel: Arc<AtomicBool>,
    throttle: Mutex<Throttle>,
}

impl<F: Fn(ProgressReport) + Sync> ThrottledProgress<F> {
    pub fn new(send: F, cancel: Arc<AtomicBool>) -> Self {
        ThrottledProgress { send, cancel, throttle: Mutex::new(Throttle::default()) }
    }

    /// Sends the last report held back: call it when the work has ended.
    pub fn finish(&self) {
        if let Some(report) = self.throttle().flush() {
            (self.send)(report);
        }
    }

    // A panic while holding the lock leaves the throttle's state whole, so a
    // poisoned lock is used as it is.
    fn throttle(&self) -> std::sync::MutexGuard<'_, Throttle> {
        self.throttle.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl<F: Fn(ProgressReport) + Sync> Progress for ThrottledProgress<F> {
    fn report(&self, stage: &str, done: u64, total: u64) {
        let report = ProgressReport { stage: stage.to_string(), done, total };
        // Decide under the lock, send outside it, so a slow channel never
        // holds up other threads of the work.
        let due: Vec<_> = self.throttle().offer(report, Instant::now()).collect();
        for report in due {
            (self.send)(report);
        }
    }

    fn cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(stage: &str, done: u64, total: u64) -> ProgressReport {
        ProgressReport { stage: stage.to_string(), done, total }
    }

    /// Offers `(milliseconds, stage, done, total)` in order and lists what is
    /// sent, with the flush at the end.
    fn check(offers: &[(u64, &str, u64, u64)]) -> Vec<(String, u64)> {
        let start = Instant::now();
        let mut throttle = Throttle::default();
        let mut sent: Vec<_> = offers
            .iter()
            .flat_map(|&(ms, stage, done, total)| {
                throttle.offer(report(stage, done, total), start + Duration::from_millis(ms)).collect::<Vec<_>>()
            })
            .collect();
        sent.extend(throttle.flush());
        sent.into_iter().map(|r| (r.stage, r.done)).collect()
    }

    fn sent(list: &[(&str, u64)]) -> Vec<(String, u64)> {
        list.iter().map(|&(stage, done)| (stage.to_string(), done)).collect()
    }

    #[test]
    fn a_burst_sends_its_first_and_its_last() {
        let offers: Vec<_> = (0..=1000).map(|i| (i / 100, "Reading", i, 1000)).collect();
        assert_eq!(check(&offers), sent(&[("Reading", 0), ("Reading", 1000)]));
    }

    #[test]
    fn at_most_one_report_per_interval_within_a_stage() {
        let offers: Vec<_> = (0..100).map(|ms| (ms, "Reading", ms, 1000)).collect();
        assert_eq!(check(&offers), sent(&[("Reading", 0), ("Reading", 50), ("Reading", 99)]));
    }

    #[test]
    fn a_new_stage_sends_the_last_of_the_one_before_then_its_own_first() {
        let offers = [(0, "Reading", 0, 10), (1, "Reading", 7, 10), (2, "Checking", 0, 5), (3, "Checking", 1, 5)];
        let expected = [("Reading", 0), ("Reading", 7), ("Checking", 0), ("Checking", 1)];
        assert_eq!(check(&offers), sent(&expected));
    }

    #[test]
    fn a_finished_stage_is_sent_at_once_and_not_again_at_the_end() {
        let offers = [(0, "Reading", 0, 10), (1, "Reading", 5, 10), (2, "Reading", 10, 10)];
        assert_eq!(check(&offers), sent(&[("Reading", 0), ("Reading", 10)]));
    }

    #[test]
    fn stopping_reaches_the_write_in_progress_and_only_it() {
        let writes = LongWrite::default();
        writes.stop();
        let first = writes.start();
        assert!(!first.load(Ordering::Relaxed), "a stop before the write began does not stop it");
        writes.stop();
        assert!(first.load(Ordering::Relaxed), "the write in progress sees the request to stop");
        let second = writes.start();
        assert!(!second.load(Ordering::Relaxed), "a stop reaches only the write it was meant for");
    }

    #[test]
    fn a_new_long_write_stops_the_one_before() {
        let writes = LongWrite::default();
        let earlier = writes.start();
        let later = writes.start();
        assert!(earlier.load(Ordering::Relaxed));
        assert!(!later.load(Ordering::Relaxed));
    }

    #[test]
    fn the_adapter_sends_through_the_channel_and_reads_the_cancel_flag() {
        let received = Mutex::new(Vec::new());
        let cancel = Arc::new(AtomicBool::new(false));
        let progress = ThrottledProgress::new(|r: ProgressReport| received.lock().unwrap().push(r), cancel.clone());
        for done in 0..=3 {
            progress.report("Reading", done, 10);
        }
        assert!(!progress.cancelled());
        cancel.store(true, Ordering::Relaxed);
        assert!(progress.cancelled());
        progress.finish();
        assert_eq!(*received.lock().unwrap(), [report("Reading", 0, 10), report("Reading", 3, 10)]);
    }
}
