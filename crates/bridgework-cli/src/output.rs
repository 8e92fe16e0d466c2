//! Printing results: aligned tables for people, JSON for programs.

use clap::ValueEnum;
use serde::Serialize;
use std::borrow::Cow;

/// How a command prints its result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned columns to read on a terminal.
    Table,
    /// One JSON document (stable; documented in docs/cli.md).
    Json,
}

/// How an analysis prints its result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Aligned columns to read on a terminal, or paste into a report.
    Table,
    /// Comma-separated values for a spreadsheet, one row per item.
    Csv,
    /// One JSON document (stable; documented in docs/cli.md).
    Json,
}

/// The output options every analysis takes.
#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
    format: ReportFormat,
    /// The same as --format csv.
    #[arg(long, conflicts_with = "format")]
    csv: bool,
}

impl ReportArgs {
    pub fn format(&self) -> ReportFormat {
        if self.csv { ReportFormat::Csv } else { self.format }
    }
}

/// `text` made safe to print on a terminal: control characters (ESC, which
/// starts the sequences that recolour, retitle or rewrite a terminal, and
/// the rest but line breaks and tabs) are shown escaped, as `\u{1b}`. Names,
/// cells and paths in messages come from files anyone may have written.
pub fn terminal_safe(text: &str) -> Cow<'_, str> {
    let unsafe_char = |c: char| c.is_control() && c != '\n' && c != '\t';
    if !text.chars().any(unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut safe = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) {
            safe.extend(c.escape_unicode());
        } else {
            safe.push(c);
        }
    }
    Cow::Owned(safe)
}

/// Standard output for writers (CSV): when the reader has gone (`| head`),
/// the program ends quietly, as `main` arranges for `println!`.
pub fn stdout() -> Stdout {
    Stdout
}

#[derive(Debug)]
pub struct Stdout;

impl std::io::Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        reader_gone_is_done(std::io::stdout().write(buf))
    }

    fn flush(&mut self) -> std::io::Result<()> {
        reader_gone_is_done(std::io::stdout().flush())
    }
}

fn reader_gone_is_done<T>(result: std::io::Result<T>) -> std::io::Result<T> {
    if result.as_ref().is_err_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe) {
        std::process::exit(0);
    }
    result
}

/// A CSV writer on standard output whose cells no spreadsheet runs as
/// formulas ([`bridgework_api::neutralise`]: a cell beginning with = + - @
/// that is not a number gets an apostrophe in front).
pub fn csv_out() -> CsvOut {
    CsvOut { writer: csv::Writer::from_writer(stdout()) }
}

/// See [`csv_out`].
#[derive(Debug)]
pub struct CsvOut {
    writer: csv::Writer<Stdout>,
}

impl CsvOut {
    /// Writes one row, each cell neutralised.
    pub fn write_record<I, T>(&mut self, record: I) -> csv::Result<()>
    where
        I: IntoIterator<Item = T>,
        T: AsRef<str>,
    {
        for cell in record {
            self.writer.write_field(bridgework_api::neutralise(cell.as_ref()).as_bytes())?;
        }
        self.writer.write_record(None::<&[u8]>)
    }

    pub fn flush(&mut self) -> std::io::Result<()> {
        self.writer.flush()
    }
}

/// Prints `value` as pretty JSON on standard output.
pub fn print_json(value: &impl Serialize) {
    println!("{}", serde_json::to_string_pretty(value).expect("results always serialise"));
}

/// Prints rows under a header, each column as wide as its widest cell; columns
/// after the first are right-aligned, as they hold numbers.
pub fn print_table(header: &[&str], rows: &[Vec<String>]) {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let line = |cells: Vec<String>| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (cell, width))| if i == 0 { format!("{cell:<width$}") } else { format!("{cell:>width$}") })
            .collect();
        println!("{}", terminal_safe(padded.join("  ").trim_end()));
    };
    line(header.iter().map(|h| h.to_string()).collect());
    for row in rows {
        line(row.clone());
    }
}

/// Prints label–value pairs, labels aligned.
pub fn print_pairs(pairs: &[(&str, String)]) {
    let width = pairs.iter().map(|(label, _)| label.chars().count()).max().unwrap_or(0);
    for (label, value) in pairs {
        println!("{label:<width$}  {}", terminal_safe(value));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_sequences_in_text_are_shown_escaped() {
        assert_eq!(terminal_safe("Zoë\tBrown\nnext"), "Zoë\tBrown\nnext");
        assert_eq!(terminal_safe("\u{1b}]0;owned\u{7}x\u{9b}2J"), "\\u{1b}]0;owned\\u{7}x\\u{9b}2J");
    }
}
