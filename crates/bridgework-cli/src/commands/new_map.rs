//! `bridgework new`: create a map file.

use crate::output::{Format, print_json};
use bridgework_api::{Result, create_demo_map, create_map, today};
use std::path::PathBuf;

/// Create a new map file: empty, or the demo map.
///
/// The demo map is a fictional local health and care system (eight partner
/// organisations, about 600 people) with examples of every kind of weak link.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The map file to create; it must not exist yet.
    file: PathBuf,
    /// Fill the map with the built-in demo.
    #[arg(long)]
    demo: bool,
    /// The map's name, shown in the app's title bar (default: the file's name).
    #[arg(long, conflicts_with = "demo")]
    name: Option<String>,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

pub fn run(args: Args) -> Result<()> {
    let info = if args.demo {
        create_demo_map(&args.file, today())?
    } else {
        let stem = args.file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        create_map(&args.file, args.name.as_deref().unwrap_or(&stem))?
    };
    match args.format {
        Format::Json => print_json(&info),
        Format::Table => println!(
            "Created {} (\"{}\": {} organisations, {} people, {} ties)",
            info.file, info.name, info.organisations, info.people, info.ties
        ),
    }
    Ok(())
}
