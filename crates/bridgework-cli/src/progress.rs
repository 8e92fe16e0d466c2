//! Progress on a terminal: a bar on standard error when it is a terminal,
//! nothing when it is piped or redirected.

use bridgework_api::Progress;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::sync::Mutex;

/// Draws one bar, restyled as the stage changes.
#[derive(Debug)]
pub struct TerminalProgress {
    bar: Option<ProgressBar>,
    stage: Mutex<String>,
}

impl TerminalProgress {
    /// A bar if standard error is a terminal, otherwise silence.
    pub fn new() -> TerminalProgress {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
            bar.set_style(
                ProgressStyle::with_template("{msg:24} [{bar:30}] {percent:>3}%  {elapsed}")
                    .expect("the template is valid")
                    .progress_chars("=> "),
            );
            bar
        });
        TerminalProgress { bar, stage: Mutex::new(String::new()) }
    }
}

impl Progress for TerminalProgress {
    fn report(&self, stage: &str, done: u64, total: u64) {
        let Some(bar) = &self.bar else { return };
        let mut current = self.stage.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if *current != stage {
            *current = stage.to_string();
            bar.set_message(stage.to_string());
        }
        bar.set_length(total.max(1));
        bar.set_position(done);
    }
}

impl Drop for TerminalProgress {
    fn drop(&mut self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
