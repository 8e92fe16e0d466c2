//! Running the binary in a scratch folder.

use assert_cmd::Command;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// The day every test map is "as of", so that results never depend on the clock.
pub const AS_OF: &str = "2026-11-01";

pub struct Scratch {
    pub dir: TempDir,
}

impl Scratch {
    pub fn new() -> Scratch {
        Scratch { dir: tempfile::tempdir().expect("a temporary folder") }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// A demo map file, as of [`AS_OF`].
    pub fn demo_map(&self, name: &str) -> PathBuf {
        let path = self.path(name);
        bridgework(&["demo", "--out", s(&path), "--as-of", AS_OF]).assert().success();
        path
    }

    /// A synthetic map of `people` from `seed`, as of [`AS_OF`], imported
    /// from its CSV files as a person would: `synthetic.bwmap`.
    pub fn synthetic_map(&self, people: usize, seed: u64) -> PathBuf {
        let csv = self.path("synthetic");
        let (people, seed) = (people.to_string(), seed.to_string());
        bridgework(&[
            "demo",
            "--people",
            &people,
            "--seed",
            &seed,
            "--format",
            "csv",
            "--out",
            s(&csv),
            "--as-of",
            AS_OF,
        ])
        .assert()
        .success();
        let map = self.path("synthetic.bwmap");
        bridgework(&["new", s(&map)]).assert().success();
        bridgework(&["import", s(&map), s(&csv)]).assert().success();
        map
    }
}

pub fn s(path: &Path) -> &str {
    path.to_str().expect("temporary paths are UTF-8")
}

/// The binary with `args`, in a clean environment: no terminal, so no progress bars.
pub fn bridgework(args: &[&str]) -> Command {
    let mut cmd = Command::cargo_bin("bridgework").expect("the binary is built");
    cmd.args(args);
    cmd
}

/// Runs the binary and returns its standard output, which must parse as JSON.
pub fn json(args: &[&str]) -> serde_json::Value {
    let output = bridgework(args).assert().success().get_output().stdout.clone();
    serde_json::from_slice(&output).expect("the output is JSON")
}

/// Every file of a folder with its contents, sorted by name.
pub fn folder(path: &Path) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = std::fs::read_dir(path)
        .expect("the folder lists")
        .map(|e| {
            let e = e.expect("an entry");
            (e.file_name().to_string_lossy().into_owned(), std::fs::read_to_string(e.path()).expect("a text file"))
        })
        .collect();
    files.sort();
    files
}

/// Rewrites a CSV file through `edit`, which gets the header and the rows.
pub fn edit_csv(path: &Path, edit: impl FnOnce(&[String], &mut Vec<Vec<String>>)) {
    let mut reader = csv::Reader::from_path(path).unwrap();
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let mut rows: Vec<Vec<String>> = reader.records().map(|r| r.unwrap().iter().map(String::from).collect()).collect();
    edit(&header, &mut rows);
    let mut writer = csv::Writer::from_path(path).unwrap();
    writer.write_record(&header).unwrap();
    for row in rows {
        writer.write_record(&row).unwrap();
    }
    writer.flush().unwrap();
}
