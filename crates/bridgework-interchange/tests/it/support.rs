//! Folders of files to read, and the issues of an input as text to compare.

use bridgework_core::{Map, Silent};
use bridgework_interchange::{Input, read};
use std::path::{Path, PathBuf};

/// A folder named `csv` in a temporary directory, holding the given files.
pub struct Folder {
    _temp: tempfile::TempDir,
    path: PathBuf,
}

impl Folder {
    pub fn new(files: &[(&str, &str)]) -> Folder {
        let folder = Folder::empty();
        for (name, text) in files {
            folder.add(name, text.as_bytes());
        }
        folder
    }

    pub fn empty() -> Folder {
        let temp = tempfile::tempdir().unwrap();
        let path = temp.path().join("csv");
        std::fs::create_dir(&path).unwrap();
        Folder { _temp: temp, path }
    }

    pub fn add(&self, name: &str, bytes: &[u8]) {
        std::fs::write(self.path.join(name), bytes).unwrap();
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn read(&self) -> Input {
        read(&self.path, &Silent).unwrap()
    }
}

/// What reading `files` found: the tables read with their row counts, then
/// every error and warning, one per line.
pub fn read_report(files: &[(&str, &str)]) -> String {
    report(&Folder::new(files).read(), &[])
}

/// What importing `files` into an empty map would report: the reader's
/// issues, then the map's rules' problems located in the files.
pub fn import_report(files: &[(&str, &str)]) -> String {
    let input = Folder::new(files).read();
    let located = match Map::new(input.records.clone()) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.iter().map(|p| input.locate(p).to_string()).collect(),
    };
    report(&input, &located)
}

pub fn report(input: &Input, located: &[String]) -> String {
    let tables = input.tables.iter().map(|t| format!("{}: {} rows", t.name(), input.records.len(*t)));
    let errors = input.errors.iter().map(|e| format!("error {e}"));
    let rules = located.iter().map(|e| format!("error {e}"));
    let warnings = input.warnings.iter().map(|w| format!("warning {w}"));
    let lines: Vec<String> = tables.chain(errors).chain(rules).chain(warnings).collect();
    lines.join("\n") + "\n"
}
