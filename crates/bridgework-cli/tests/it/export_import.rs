//! Importing spreadsheets and exporting maps, through the binary.

use crate::support::*;
use predicates::prelude::*;

#[test]
fn import_then_export_round_trips_the_demo_losslessly() {
    let scratch = Scratch::new();
    let demo = scratch.demo_map("demo.bwmap");
    let first = scratch.path("first");
    bridgework(&["export", s(&demo), "--format", "csv", "--out", s(&first)]).assert().success();

    let copy = scratch.path("copy.bwmap");
    bridgework(&["new", s(&copy)]).assert().success();
    bridgework(&["import", s(&copy), s(&first)]).assert().success();
    let second = scratch.path("second");
    bridgework(&["export", s(&copy), "--format", "csv", "--out", s(&second)]).assert().success();
    assert_eq!(folder(&first), folder(&second));

    let json_a = bridgework(&["export", s(&demo), "--format", "json", "--out", "-"]).output().unwrap().stdout;
    let json_b = bridgework(&["export", s(&copy), "--format", "json", "--out", "-"]).output().unwrap().stdout;
    assert!(!json_a.is_empty());
    assert_eq!(json_a, json_b);
}

#[test]
fn reimporting_an_updated_spreadsheet_updates_the_same_records() {
    let scratch = Scratch::new();
    let map = scratch.demo_map("demo.bwmap");
    let csv = scratch.path("csv");
    bridgework(&["export", s(&map), "--format", "csv", "--out", s(&csv)]).assert().success();

    // Give the first person a new role, and drop the first tie.
    edit_csv(&csv.join("people.csv"), |header, rows| {
        let role = header.iter().position(|h| h == "role").unwrap();
        rows[0][role] = "Interim Head of Flow".into();
    });
    edit_csv(&csv.join("ties.csv"), |_, rows| {
        rows.remove(0);
    });

    let report = json(&["import", s(&map), s(&csv), "--format", "json"]);
    let table = |name: &str| {
        let t = report["tables"].as_array().unwrap().iter().find(|t| t["table"] == name).unwrap().clone();
        (t["added"].as_u64().unwrap(), t["updated"].as_u64().unwrap(), t["removed"].as_u64().unwrap())
    };
    assert_eq!(table("people"), (0, 1, 0));
    assert_eq!(table("ties"), (0, 0, 1));
    assert_eq!(table("organisations"), (0, 0, 0));
    assert_eq!(report["written"], true);
}

#[test]
fn a_bad_import_lists_every_problem_and_leaves_the_map_untouched() {
    let scratch = Scratch::new();
    let map = scratch.demo_map("demo.bwmap");
    let before = std::fs::read(&map).unwrap();
    let bad = scratch.path("bad");
    std::fs::create_dir(&bad).unwrap();
    std::fs::write(
        bad.join("ties.csv"),
        "person_a,person_b,strength,last_contact\n\
         nobody,also-nobody,3,2026-01-01\n\
         same,same,9,2026-13-01\n",
    )
    .unwrap();
    bridgework(&["import", s(&map), s(&bad)])
        .assert()
        .failure()
        .code(1)
        .stderr(predicate::str::contains("nothing was imported"))
        .stderr(predicate::str::contains("ties.csv:2"))
        .stderr(predicate::str::contains("ties.csv:3"))
        .stderr(predicate::str::contains("strength"));
    assert!(std::fs::read(&map).unwrap() == before, "the map is byte for byte as it was");
}

#[test]
fn a_dry_run_reports_the_changes_and_writes_nothing() {
    let scratch = Scratch::new();
    let demo = scratch.demo_map("demo.bwmap");
    let csv = scratch.path("csv");
    bridgework(&["export", s(&demo), "--format", "csv", "--out", s(&csv)]).assert().success();
    let empty = scratch.path("empty.bwmap");
    bridgework(&["new", s(&empty)]).assert().success();
    let before = std::fs::read(&empty).unwrap();
    let report = json(&["import", s(&empty), s(&csv), "--dry-run", "--format", "json"]);
    assert_eq!(report["written"], false);
    let people = report["tables"].as_array().unwrap().iter().find(|t| t["table"] == "people").unwrap();
    assert!(people["added"].as_u64().unwrap() > 500);
    assert!(std::fs::read(&empty).unwrap() == before);
    bridgework(&["import", s(&empty), s(&csv), "--dry-run"])
        .assert()
        .success()
        .stdout(predicate::str::contains("nothing written (dry run)"));
}

#[test]
fn a_synthetic_map_imports_and_counts_up() {
    let scratch = Scratch::new();
    let csv = scratch.path("synthetic");
    bridgework(&["demo", "--people", "2000", "--seed", "7", "--format", "csv", "--out", s(&csv), "--as-of", AS_OF])
        .assert()
        .success();
    let map = scratch.path("synthetic.bwmap");
    bridgework(&["new", s(&map)]).assert().success();
    // Piped, so quiet: no progress bar drawing on standard error.
    bridgework(&["import", s(&map), s(&csv)]).assert().success().stderr(predicate::str::contains("\u{1b}").not());
    let info = json(&["info", s(&map), "--format", "json"]);
    assert_eq!(info["people"], 2000);
    assert!(info["ties"].as_u64().unwrap() > 10_000);
}

#[test]
fn export_carries_the_spreadsheets_own_ids() {
    let scratch = Scratch::new();
    let demo = scratch.demo_map("demo.bwmap");
    let out = scratch.path("map.json");
    bridgework(&["export", s(&demo), "--format", "json", "--out", s(&out)]).assert().success();
    let doc: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let people = doc["people"].as_array().unwrap();
    let ids: std::collections::HashSet<&str> = people.iter().map(|p| p["id"].as_str().unwrap()).collect();
    for tie in doc["ties"].as_array().unwrap() {
        assert!(ids.contains(tie["person_a"].as_str().unwrap()));
        assert!(ids.contains(tie["person_b"].as_str().unwrap()));
    }
}
