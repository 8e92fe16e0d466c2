//! `bridgework erase` and `bridgework subject-access` through the binary, on
//! a demo map with a canary person planted in it (a unique name, email and
//! phone), who is then snapshotted twice, edited on the Data page (through
//! the api, as the app does), undone and redone, and exported.

use crate::support::*;
use bridgework_api::{CellInput, DataTable, MapSession, RecordInput, RowsRequest, Silent};
use predicates::prelude::*;
use std::path::{Path, PathBuf};

const NAME: &str = "Quintessa Marrowby";
const EMAIL: &str = "q.marrowby@canary.example";
const PHONE: &str = "07700 900461";

/// The demo map (in its own folder, `map/`) with its first person made the
/// canary; returns the map and the canary's id.
fn canary_map(scratch: &Scratch) -> (PathBuf, String) {
    let csv = scratch.path("csv");
    bridgework(&["demo", "--out", s(&csv), "--format", "csv", "--as-of", AS_OF]).assert().success();
    let mut id = String::new();
    edit_csv(&csv.join("people.csv"), |header, rows| {
        let col = |name: &str| header.iter().position(|h| h == name).unwrap();
        let row = &mut rows[0];
        row[col("name")] = NAME.into();
        row[col("email")] = EMAIL.into();
        row[col("phone")] = PHONE.into();
        id = row[col("id")].clone();
    });
    std::fs::create_dir(scratch.path("map")).unwrap();
    let map = scratch.path("map/canary.bwmap");
    bridgework(&["new", s(&map)]).assert().success();
    bridgework(&["import", s(&map), s(&csv)]).assert().success();
    (map, id)
}

/// Changes the person `id`'s `column` on the Data page.
fn edit_person(map: &Path, id: &str, column: &str, text: &str) {
    let day = AS_OF.parse().unwrap();
    let session = MapSession::open(map, day, &Silent).unwrap();
    let key = format!("person:{id}");
    let request = RowsRequest {
        table: DataTable::People,
        search: id.into(),
        sort: None,
        descending: false,
        offset: 0,
        limit: 50,
    };
    let page = session.rows(&request).unwrap();
    let row = page.rows.iter().find(|r| r.key == key).unwrap();
    let cells = page
        .columns
        .iter()
        .zip(&row.cells)
        .map(|(c, t)| CellInput { column: c.key.clone(), text: if c.key == column { text.into() } else { t.clone() } })
        .collect();
    bridgework_api::save_record(map, &RecordInput { table: DataTable::People, key: Some(key), cells }).unwrap();
}

/// How often `needle` occurs in the raw bytes of every file in `dir`.
fn occurrences(dir: &Path, needle: &str) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| std::fs::read(e.unwrap().path()).unwrap())
        .map(|bytes| bytes.windows(needle.len()).filter(|w| *w == needle.as_bytes()).count())
        .sum()
}

/// The canary planted everywhere a map keeps people.
fn planted(scratch: &Scratch) -> (PathBuf, String) {
    let (map, id) = canary_map(scratch);
    bridgework(&["snapshot", "take", s(&map), "Q2", "--as-of", "2026-07-01"]).assert().success();
    edit_person(&map, &id, "role", "Head of Flow");
    bridgework(&["snapshot", "take", s(&map), "Q3", "--as-of", AS_OF]).assert().success();
    bridgework_api::undo(&map).unwrap();
    bridgework_api::redo(&map).unwrap();
    (map, id)
}

fn csv_rows(path: &Path) -> Vec<Vec<String>> {
    let mut reader = csv::Reader::from_path(path).unwrap();
    reader.records().map(|r| r.unwrap().iter().map(String::from).collect()).collect()
}

#[test]
fn an_erased_canary_leaves_no_byte_in_the_map_and_everyone_else_stays() {
    let scratch = Scratch::new();
    let (map, id) = planted(&scratch);
    let before = scratch.path("before");
    bridgework(&["export", s(&map), "--format", "csv", "--out", s(&before)]).assert().success();
    for needle in [NAME, EMAIL, PHONE] {
        assert!(occurrences(&scratch.path("map"), needle) > 0, "the canary {needle} was planted");
    }
    let info_before = json(&["info", s(&map), "--format", "json"]);
    let snapshots_before = json(&["snapshot", "list", s(&map), "--format", "json"]);

    let out = bridgework(&["erase", s(&map), "--person", &id, "--reason", "request DP-2026-014", "--yes"])
        .assert()
        .success()
        .stdout(predicate::str::contains("this cannot be undone"))
        .get_output()
        .stdout
        .clone();
    let said = String::from_utf8(out).unwrap();

    for needle in [NAME, EMAIL, PHONE] {
        assert_eq!(occurrences(&scratch.path("map"), needle), 0, "{needle} survives in the map or a side file");
    }
    let files: Vec<_> = std::fs::read_dir(scratch.path("map")).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(files, ["canary.bwmap"], "no side file is left");

    // Everyone else is still there: the export is the one before without
    // the canary's row and ties, and the counts drop by exactly those.
    let after = scratch.path("after");
    bridgework(&["export", s(&map), "--format", "csv", "--out", s(&after)]).assert().success();
    let people_before = csv_rows(&before.join("people.csv"));
    let expected: Vec<_> = people_before.iter().filter(|r| r[0] != id).cloned().collect();
    assert_eq!(csv_rows(&after.join("people.csv")), expected);
    let ties_before = csv_rows(&before.join("ties.csv"));
    let theirs = ties_before.iter().filter(|r| r[0] == id || r[1] == id).count();
    assert!(theirs > 0, "the canary had ties");
    let expected: Vec<_> = ties_before.iter().filter(|r| r[0] != id && r[1] != id).cloned().collect();
    assert_eq!(csv_rows(&after.join("ties.csv")), expected);
    for table in ["organisations.csv", "teams.csv", "partner_links.csv", "partnerships.csv"] {
        assert_eq!(std::fs::read(before.join(table)).ok(), std::fs::read(after.join(table)).ok(), "{table}");
    }
    let info_after = json(&["info", s(&map), "--format", "json"]);
    assert_eq!(info_after["people"], info_before["people"].as_u64().unwrap() - 1);
    assert_eq!(info_after["ties"], info_before["ties"].as_u64().unwrap() - theirs as u64);
    assert!(said.contains(&format!("{theirs} ties")), "{said}");

    let snapshots_after = json(&["snapshot", "list", s(&map), "--format", "json"]);
    for (b, a) in snapshots_before.as_array().unwrap().iter().zip(snapshots_after.as_array().unwrap()) {
        assert_eq!(a["people"], b["people"].as_u64().unwrap() - 1);
        assert_eq!(a["ties"], b["ties"].as_u64().unwrap() - theirs as u64, "the canary's ties were the same then");
    }
    // A diff of the two snapshots no longer mentions them.
    let diff = bridgework(&["snapshot", "diff", s(&map), "Q2", "Q3", "--format", "json"]).assert().success();
    let diff = String::from_utf8(diff.get_output().stdout.clone()).unwrap();
    assert!(!diff.contains(&format!("\"{id}\"")) && !diff.contains(NAME), "{diff}");
}

#[test]
fn without_a_terminal_or_yes_it_says_what_would_go_and_erases_nothing() {
    let scratch = Scratch::new();
    let (map, id) = planted(&scratch);
    refused(&map, &["--person", &id])
        .stderr(predicate::str::contains(format!("erasing would take away {NAME} ({id}),")))
        .stderr(predicate::str::contains("in 2 snapshots"))
        // The import (undoable at the demo's size), the edit, its undo and redo.
        .stderr(predicate::str::contains("4 history entries"))
        .stderr(predicate::str::contains("give --yes to erase"));
}

#[test]
fn an_unknown_person_names_the_nearest_and_erases_nothing() {
    let scratch = Scratch::new();
    let (map, id) = planted(&scratch);
    let typo = format!("{id}x");
    refused(&map, &["--person", &typo, "--yes"])
        .stderr(predicate::str::contains(format!("nobody has the id \"{typo}\"")))
        .stderr(predicate::str::contains(format!("the nearest: {NAME} ({id})")));
}

#[test]
fn a_read_only_map_is_refused_with_its_bytes_unchanged() {
    use std::os::unix::fs::PermissionsExt;
    let scratch = Scratch::new();
    let (map, id) = planted(&scratch);
    std::fs::set_permissions(&map, std::fs::Permissions::from_mode(0o444)).unwrap();
    refused(&map, &["--person", &id, "--yes"]).stderr(predicate::str::contains("is read-only, so nothing was changed"));
}

#[test]
fn subject_access_holds_all_of_their_rows_and_nobody_elses_personal_data() {
    let scratch = Scratch::new();
    let (map, id) = planted(&scratch);
    let out = scratch.path("answer.json");
    bridgework(&["subject-access", s(&map), "--person", &id, "--out", s(&out)]).assert().success();
    let answer: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    let record = &answer["record"];
    assert_eq!((record["id"].as_str(), record["name"].as_str()), (Some(id.as_str()), Some(NAME)));
    assert_eq!((record["email"].as_str(), record["phone"].as_str()), (Some(EMAIL), Some(PHONE)));
    assert_eq!(record["role"], "Head of Flow");

    // Every tie the import inserted for them, with who reported it.
    let people = csv_rows(&scratch.path("csv/people.csv"));
    let ties = csv_rows(&scratch.path("csv/ties.csv"));
    let header: Vec<String> = csv::Reader::from_path(scratch.path("csv/ties.csv"))
        .unwrap()
        .headers()
        .unwrap()
        .iter()
        .map(String::from)
        .collect();
    let source = header.iter().position(|h| h == "source").unwrap();
    let theirs: Vec<_> = ties.iter().filter(|r| r[0] == id || r[1] == id).collect();
    let listed = answer["ties"].as_array().unwrap();
    assert_eq!(listed.len(), theirs.len());
    for tie in &theirs {
        let other = if tie[0] == id { &tie[1] } else { &tie[0] };
        assert!(
            listed
                .iter()
                .any(|l| l["with_id"] == other.as_str() && l["source"].as_str().unwrap_or_default() == tie[source]),
            "the tie with {other} is missing"
        );
    }
    let snapshots: Vec<_> = answer["snapshots"].as_array().unwrap().iter().map(|s| s["snapshot"].clone()).collect();
    assert_eq!(snapshots, ["Q2", "Q3"]);
    assert_eq!(answer["snapshots"][1]["role"], "Head of Flow");
    let actions: Vec<_> = answer["history"].as_array().unwrap().iter().map(|h| h["action"].clone()).collect();
    assert_eq!(actions, ["import", "edit person", "undo", "redo"]);

    // Nobody else's personal data: no other email or phone, and no other
    // name but those of the people they are tied to.
    let text = std::fs::read_to_string(&out).unwrap();
    let tied: Vec<&String> = theirs.iter().map(|t| if t[0] == id { &t[1] } else { &t[0] }).collect();
    let p_header: Vec<String> = csv::Reader::from_path(scratch.path("csv/people.csv"))
        .unwrap()
        .headers()
        .unwrap()
        .iter()
        .map(String::from)
        .collect();
    let col = |name: &str| p_header.iter().position(|h| h == name).unwrap();
    for person in people.iter().filter(|p| p[col("id")] != id) {
        for field in ["email", "phone"] {
            let value = &person[col(field)];
            assert!(value.is_empty() || !text.contains(value.as_str()), "{value} of {} is in the answer", person[0]);
        }
        if !tied.contains(&&person[col("id")]) {
            assert!(
                !text.contains(&format!("\"{}\"", person[col("name")])),
                "{} is in the answer",
                person[col("name")]
            );
        }
    }

    let html = scratch.path("answer.html");
    bridgework(&["subject-access", s(&map), "--person", &id, "--out", s(&html)]).assert().success();
    let page = std::fs::read_to_string(&html).unwrap();
    for needle in [NAME, EMAIL, PHONE, "Head of Flow", "Q2", "Q3", "Reported by"] {
        assert!(page.contains(needle), "{needle} is not in the HTML");
    }
    bridgework(&["subject-access", s(&map), "--person", &id, "--out", s(&html)])
        .assert()
        .failure()
        .stderr(predicate::str::contains("already exists"));
}

/// `bridgework erase MAP ARGS…`, which must fail and leave every byte of
/// the map as it was; the run's output, for what it must say.
fn refused(map: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    let before = std::fs::read(map).unwrap();
    let assert = bridgework(&[&["erase", s(map)], args].concat()).assert().failure();
    assert_eq!(std::fs::read(map).unwrap(), before, "the refused erasure changed the map");
    assert
}
