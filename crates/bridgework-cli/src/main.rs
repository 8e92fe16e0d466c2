//! `bridgework`: the Bridgework engine on the command line.
//!
//! Every command is a thin layer over `bridgework-api`, the same code the
//! desktop app runs: parse the arguments, call one use case, print the result
//! as a table for people or JSON for programs. Errors go to standard error
//! with exit status 1 (2 for a command line that does not parse).

mod commands;
mod output;
mod progress;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Map the relationships between partner organisations and find where a
/// partnership hangs by a thread.
///
/// A map is one file (e.g. `partnership.bwmap`) holding organisations, their
/// teams, people and the ties between them. Start with `bridgework new
/// map.bwmap --demo` to see a worked example, or import your own spreadsheet.
#[derive(Debug, Parser)]
#[command(name = "bridgework", version, max_term_width = 100)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    New(commands::new_map::Args),
    Import(commands::import::Args),
    Info(commands::info::Args),
    Export(commands::export::Args),
    Report(commands::report::Args),
    Demo(commands::demo::Args),
    WeakLinks(commands::weak_links::Args),
    Coverage(commands::coverage::Args),
    Brokers(commands::brokers::Args),
    Communities(commands::communities::Args),
    Counterparts(commands::counterparts::Args),
    Health(commands::health::Args),
    Snapshot(commands::snapshot::Args),
    Erase(commands::erase::Args),
    SubjectAccess(commands::subject_access::Args),
}

fn main() -> ExitCode {
    end_quietly_when_the_reader_stops();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::New(args) => commands::new_map::run(args),
        Command::Import(args) => commands::import::run(args),
        Command::Info(args) => commands::info::run(args),
        Command::Export(args) => commands::export::run(args),
        Command::Report(args) => commands::report::run(args),
        Command::Demo(args) => commands::demo::run(args),
        Command::WeakLinks(args) => commands::weak_links::run(args),
        Command::Coverage(args) => commands::coverage::run(args),
        Command::Brokers(args) => commands::brokers::run(args),
        Command::Communities(args) => commands::communities::run(args),
        Command::Counterparts(args) => commands::counterparts::run(args),
        Command::Health(args) => commands::health::run(args),
        Command::Snapshot(args) => commands::snapshot::run(args),
        Command::Erase(args) => commands::erase::run(args),
        Command::SubjectAccess(args) => commands::subject_access::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {}", output::terminal_safe(&err.message));
            for issue in &err.issues {
                eprintln!("  {}", output::terminal_safe(&issue.to_string()));
            }
            ExitCode::FAILURE
        }
    }
}

/// A reader that stops early (`bridgework export map --format json --out - |
/// head`) closes the pipe, and the next print fails. That is the reader's
/// choice, not an error: end at once and quietly with status 0, as Unix tools
/// do, instead of the panic Rust's printing raises.
fn end_quietly_when_the_reader_stops() {
    let report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let payload = info.payload();
        let message = payload
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| payload.downcast_ref::<&str>().copied())
            .unwrap_or_default();
        if message.contains("Broken pipe") {
            std::process::exit(0);
        }
        report(info);
    }));
}
