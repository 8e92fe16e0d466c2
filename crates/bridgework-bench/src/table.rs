//! The printed results: a Markdown table of step, time and what it is
//! measured against, readable on a terminal and ready for the README.

/// Rows of step, time and target or peer.
#[derive(Debug, Default)]
pub struct Table {
    rows: Vec<[String; 3]>,
}

impl Table {
    /// A step that took `seconds`, measured `against` a target or a peer
    /// (empty when neither).
    pub fn row(&mut self, step: impl Into<String>, seconds: f64, against: impl Into<String>) {
        self.rows.push([step.into(), format!("{seconds:.3} s"), against.into()]);
    }

    /// A step that could not be measured, and why.
    pub fn skipped(&mut self, step: impl Into<String>, why: impl Into<String>) {
        self.rows.push([step.into(), "skipped".into(), why.into()]);
    }

    pub fn print(&self) {
        let header = ["step", "time", "against"].map(String::from);
        let width = |column: usize| {
            std::iter::once(&header).chain(&self.rows).map(|row| row[column].chars().count()).max().unwrap_or(0)
        };
        let widths = [width(0), width(1), width(2)];
        let line = |row: &[String; 3]| {
            println!(
                "| {:<a$} | {:>b$} | {:<c$} |",
                row[0],
                row[1],
                row[2],
                a = widths[0],
                b = widths[1],
                c = widths[2]
            )
        };
        line(&header);
        println!("|{}|{}:|{}|", "-".repeat(widths[0] + 2), "-".repeat(widths[1] + 1), "-".repeat(widths[2] + 2));
        self.rows.iter().for_each(line);
    }
}
