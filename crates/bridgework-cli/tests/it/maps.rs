//! Creating maps and asking what they hold.

use crate::support::*;
use predicates::prelude::*;

#[test]
fn the_demo_map_holds_a_whole_health_and_care_system() {
    let scratch = Scratch::new();
    let map = scratch.demo_map("demo.bwmap");
    let info = json(&["info", s(&map), "--format", "json"]);
    assert_eq!(info["schema_version"], 4);
    assert_eq!(info["organisations"], 8);
    let people = info["people"].as_u64().unwrap();
    assert!((550..=700).contains(&people), "about 600 people, got {people}");
    assert!(info["ties"].as_u64().unwrap() > people, "more ties than people");
    assert!(info["partner_links"].as_u64().unwrap() >= 14, "two planted links per weak-link category");
    assert!(info["partnerships"].as_u64().unwrap() >= 3);
    assert!(info["people_in_post"].as_u64().unwrap() < people, "some people have left");
}

#[test]
fn new_with_demo_and_info_as_a_table() {
    let scratch = Scratch::new();
    let map = scratch.path("ashworth.bwmap");
    bridgework(&["new", s(&map), "--demo"]).assert().success().stdout(predicate::str::starts_with("Created "));
    bridgework(&["info", s(&map)])
        .assert()
        .success()
        .stdout(predicate::str::contains("Organisations   8"))
        .stdout(predicate::str::contains("Format version  4"));
}

#[test]
fn new_refuses_to_overwrite_a_file() {
    let scratch = Scratch::new();
    let map = scratch.path("precious.bwmap");
    std::fs::write(&map, "keep me").unwrap();
    bridgework(&["new", s(&map)])
        .assert()
        .failure()
        .code(1)
        .stderr(predicate::str::contains("precious.bwmap already exists"));
    assert_eq!(std::fs::read_to_string(&map).unwrap(), "keep me");
}

#[test]
fn an_empty_map_is_named_after_its_file() {
    let scratch = Scratch::new();
    let map = scratch.path("Discharge pathway.bwmap");
    bridgework(&["new", s(&map)]).assert().success();
    let info = json(&["info", s(&map), "--format", "json"]);
    assert_eq!(info["name"], "Discharge pathway");
    assert_eq!(info["people"], 0);
}

#[test]
fn info_on_something_that_is_not_a_map_says_so() {
    let scratch = Scratch::new();
    let notes = scratch.path("notes.txt");
    std::fs::write(&notes, "not a map at all, just some words in a file\n".repeat(50)).unwrap();
    bridgework(&["info", s(&notes)])
        .assert()
        .failure()
        .code(1)
        .stderr(predicate::str::contains("notes.txt is not a Bridgework map"));
    bridgework(&["info", s(&scratch.path("missing.bwmap"))])
        .assert()
        .failure()
        .stderr(predicate::str::contains("missing.bwmap: no such file"));
}

#[test]
fn every_command_explains_itself() {
    for command in ["new", "import", "info", "export", "demo", "weak-links", "coverage"] {
        bridgework(&[command, "--help"]).assert().success().stdout(predicate::str::contains("Usage: bridgework"));
    }
    bridgework(&["frobnicate"]).assert().failure().code(2);
}

#[test]
fn the_demo_is_the_same_for_the_same_day() {
    let scratch = Scratch::new();
    let (a, b) = (scratch.path("a.json"), scratch.path("b.json"));
    bridgework(&["demo", "--out", s(&a), "--format", "json", "--as-of", AS_OF]).assert().success();
    bridgework(&["demo", "--out", s(&b), "--format", "json", "--as-of", AS_OF]).assert().success();
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
}

#[test]
fn a_reader_that_stops_early_ends_the_command_quietly() {
    use std::io::Read;
    let scratch = Scratch::new();
    let map = scratch.demo_map("demo.bwmap");
    let runs = [
        vec!["export", s(&map), "--format", "json", "--out", "-"],
        vec!["weak-links", s(&map), "--scope", "all", "--format", "csv"],
        vec!["weak-links", s(&map), "--scope", "all"],
    ];
    for args in runs {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("bridgework"))
            .args(&args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = [0u8; 16];
        child.stdout.take().unwrap().read_exact(&mut first).unwrap(); // and close it, like `head`
        let output = child.wait_with_output().unwrap();
        assert!(output.status.success(), "{args:?}: {:?}", output.status);
        assert_eq!(String::from_utf8_lossy(&output.stderr), "", "{args:?}");
    }
}
