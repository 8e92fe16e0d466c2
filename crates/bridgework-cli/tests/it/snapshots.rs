//! Snapshots through the binary: take one of the demo map, change the map by
//! re-importing an edited export, and read exactly that change back.

use crate::support::*;
use predicates::prelude::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// The demo's Reablement Coordinator who alone carries the Integrated
/// Discharge Hub – Reablement Service link.
const LEAVER: &str = "p-0421";
const JOINER: &str = "p-9001";

/// A demo map with snapshot "2026 Q3", then changed through a spreadsheet:
/// [`LEAVER`] leaves, [`JOINER`] joins Reablement and meets a colleague, the
/// first tie's rating drops from 5 to 2 and the second tie is removed.
pub(crate) fn changed_since_snapshot(scratch: &Scratch) -> PathBuf {
    let map = scratch.demo_map("demo.bwmap");
    let taken = json(&["snapshot", "take", s(&map), "2026 Q3", "--note", "before winter", "--format", "json"]);
    assert_eq!((taken["id"].as_i64(), taken["name"].as_str()), (Some(1), Some("2026 Q3")));

    let csv = scratch.path("csv");
    bridgework(&["export", s(&map), "--format", "csv", "--out", s(&csv)]).assert().success();
    edit_csv(&csv.join("people.csv"), |header, rows| {
        let column = |name: &str| header.iter().position(|h| h == name).unwrap();
        let leaver = rows.iter_mut().find(|r| r[0] == LEAVER).unwrap();
        leaver[column("left")] = "2026-10-15".into();
        let mut joiner = vec![String::new(); header.len()];
        for (name, value) in [
            ("id", JOINER),
            ("team_id", "council-reablement"),
            ("name", "Jo Newcombe"),
            ("role", "Reablement Coordinator"),
            ("level", "frontline"),
        ] {
            joiner[column(name)] = value.into();
        }
        rows.push(joiner);
    });
    edit_csv(&csv.join("ties.csv"), |header, rows| {
        let column = |name: &str| header.iter().position(|h| h == name).unwrap();
        rows[0][column("strength")] = "2".into();
        rows.remove(1);
        let mut tie = vec![String::new(); header.len()];
        for (name, value) in [
            ("person_a", JOINER),
            ("person_b", "p-0419"),
            ("kind", "works-with"),
            ("strength", "4"),
            ("frequency", "weekly"),
            ("last_contact", "2026-10-30"),
        ] {
            tie[column(name)] = value.into();
        }
        rows.push(tie);
    });
    bridgework(&["import", s(&map), s(&csv)]).assert().success();
    map
}

/// `snapshot diff` with both sides as of [`AS_OF`], so only the edits show.
fn diff_args<'a>(map: &'a Path, from: &'a str, to: &'a str, format: &'a str) -> Vec<&'a str> {
    vec!["snapshot", "diff", s(map), from, to, "--from-as-of", AS_OF, "--as-of", AS_OF, "--format", format]
}

fn ids(items: &Value, person: &str) -> Vec<String> {
    items.as_array().unwrap().iter().map(|i| i[person]["id"].as_str().unwrap().to_string()).collect()
}

#[test]
fn a_diff_from_a_snapshot_to_now_names_who_joined_and_left_and_every_tie_and_pair_that_changed() {
    let scratch = Scratch::new();
    let map = changed_since_snapshot(&scratch);
    let diff = json(&diff_args(&map, "2026 Q3", "now", "json"));

    assert_eq!(diff["from"]["snapshot"]["name"], "2026 Q3");
    assert_eq!(diff["from"]["as_of"], AS_OF);
    assert_eq!(diff["to"]["snapshot"], Value::Null);
    assert_eq!(
        diff["summary"],
        serde_json::json!({
            "joined": 1, "left": 1, "ties_gained": 1, "ties_lost": 13, "ties_strengthened": 0,
            "ties_weakened": 1, "team_pairs_changed": 3, "organisation_pairs_changed": 0
        })
    );

    assert_eq!(ids(&diff["joined"], "person"), [JOINER]);
    assert_eq!(diff["joined"][0]["team"]["id"], "council-reablement");
    assert_eq!(diff["joined"][0]["team"]["organisation"]["id"], "council");
    assert_eq!(ids(&diff["left"], "person"), [LEAVER]);
    assert_eq!(diff["left"][0]["person"]["name"], "Dawn Ainsworth");
    assert_eq!(diff["left"][0]["left_on"], "2026-10-15");

    assert_eq!(
        (ids(&diff["ties_gained"], "a"), ids(&diff["ties_gained"], "b")),
        (vec![JOINER.into()], vec!["p-0419".into()])
    );
    // The removed tie, then every tie of the leaver: still recorded, no longer counted.
    let lost = diff["ties_lost"].as_array().unwrap();
    assert_eq!((lost[0]["a"]["id"].as_str(), lost[0]["b"]["id"].as_str()), (Some("p-0003"), Some("p-0001")));
    assert_eq!(lost[0]["because"], "removed");
    assert!(
        lost[1..].iter().all(|t| t["because"] == "person-left" && (t["a"]["id"] == LEAVER || t["b"]["id"] == LEAVER))
    );

    let weakened = &diff["ties_weakened"][0];
    assert_eq!((weakened["a"]["id"].as_str(), weakened["b"]["id"].as_str()), (Some("p-0002"), Some("p-0001")));
    assert_eq!(weakened["moved"], serde_json::json!(["rating"]));
    assert_eq!(weakened["reason"], "rating 5 of 5 → 2 of 5");

    let pairs: Vec<(String, String, Value, Value, bool)> = diff["team_pairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let id = |side: &str| p[side]["id"].as_str().unwrap().to_string();
            (id("a"), id("b"), p["before"].clone(), p["after"].clone(), p["partner_link"].as_bool().unwrap())
        })
        .collect();
    let pair = |a: &str, b: &str, before: &str, after: Value, link| (a.into(), b.into(), before.into(), after, link);
    assert_eq!(
        pairs,
        [
            // With Dawn gone, nobody in the hub knows anyone in Reablement directly.
            pair("acute-discharge-hub", "council-reablement", "single-point-of-failure", "indirect-only".into(), true),
            // Her other links across organisations are no longer there to check.
            pair("council-reablement", "icb-uec", "single-point-of-failure", Value::Null, false),
            pair("mental-health-cmht-south", "council-reablement", "single-point-of-failure", Value::Null, false),
        ]
    );

    // Two snapshots compare the same way as a snapshot and now.
    bridgework(&["snapshot", "take", s(&map), "after the reorganisation"]).assert().success();
    let between = json(&diff_args(&map, "1", "after the reorganisation", "json"));
    assert_eq!(between["summary"], diff["summary"]);
    assert_eq!(between["to"]["snapshot"]["id"], 2);
}

#[test]
fn the_table_reads_as_a_report_and_the_csv_has_one_row_per_change() {
    let scratch = Scratch::new();
    let map = changed_since_snapshot(&scratch);
    bridgework(&diff_args(&map, "2026 Q3", "now", "table"))
        .assert()
        .success()
        .stdout(predicate::str::contains("Changes from snapshot 1 \"2026 Q3\" (as of 2026-11-01) to the map now"))
        .stdout(predicate::str::contains("1 joined, 1 left; ties: 1 gained, 13 lost, 0 strengthened, 1 weakened"))
        .stdout(
            predicate::str::is_match(r"Integrated Discharge Hub .* single-point-of-failure +indirect-only +yes")
                .unwrap(),
        )
        .stdout(
            predicate::str::is_match(
                r"Dawn Ainsworth \(p-0421\) +Reablement Service \(Ashworth Borough Council\) +2026-10-15",
            )
            .unwrap(),
        )
        .stdout(predicate::str::contains("rating 5 of 5 → 2 of 5"));

    let csv = bridgework(&["snapshot", "diff", s(&map), "2026 Q3", "--from-as-of", AS_OF, "--as-of", AS_OF, "--csv"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let csv = String::from_utf8(csv).unwrap();
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("change,id,name,other_id,other_name,before,after,detail"));
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 3 + 1 + 1 + 1 + 13 + 1, "three pairs, a joiner, a leaver, and 15 ties");
    assert!(rows.contains(
        &"left,p-0421,Dawn Ainsworth,council-reablement,Reablement Service,in post,2026-10-15,Reablement Coordinator"
    ));
    assert!(
        rows.contains(
            &"joined,p-9001,Jo Newcombe,council-reablement,Reablement Service,,in post,Reablement Coordinator"
        )
    );
}

#[test]
fn snapshots_are_listed_oldest_first_and_names_are_unique() {
    let scratch = Scratch::new();
    let map = scratch.demo_map("demo.bwmap");
    bridgework(&["snapshot", "list", s(&map)]).assert().success().stdout(predicate::str::contains("no snapshots yet"));
    bridgework(&["snapshot", "take", s(&map), "2026 Q3", "--note", "before winter"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Took snapshot 1 \"2026 Q3\""));
    bridgework(&["snapshot", "take", s(&map), "2026 Q4"]).assert().success();
    bridgework(&["snapshot", "take", s(&map), "2026 Q3"])
        .assert()
        .failure()
        .code(1)
        .stderr(predicate::str::contains("already has a snapshot called \"2026 Q3\" (id 1); choose another name"));

    let list = json(&["snapshot", "list", s(&map), "--format", "json"]);
    let list = list.as_array().unwrap();
    let names: Vec<&str> = list.iter().map(|s| s["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["2026 Q3", "2026 Q4"]);
    assert_eq!(list[0]["note"], "before winter");
    assert_eq!(list[1]["note"], Value::Null);
    let info = json(&["info", s(&map), "--format", "json"]);
    assert_eq!(list[0]["people"], info["people"]);
    assert_eq!(list[0]["ties"], info["ties"]);
    assert_eq!(info["snapshots"], 2);

    let csv = bridgework(&["snapshot", "list", s(&map), "--format", "csv"]).output().unwrap().stdout;
    let csv = String::from_utf8(csv).unwrap();
    assert!(csv.starts_with("id,name,taken_at,day,people,ties,note\n1,2026 Q3,"));
}

#[test]
fn a_diff_of_a_missing_snapshot_says_which_snapshots_there_are() {
    let scratch = Scratch::new();
    let map = scratch.demo_map("demo.bwmap");
    bridgework(&["snapshot", "diff", s(&map), "2026 Q3"])
        .assert()
        .failure()
        .code(1)
        .stderr(predicate::str::contains("has no snapshot called \"2026 Q3\"; it has no snapshots yet"));
    bridgework(&["snapshot", "take", s(&map), "2026 Q3"]).assert().success();
    bridgework(&["snapshot", "diff", s(&map), "7", "now"])
        .assert()
        .failure()
        .code(1)
        .stderr(predicate::str::contains("has no snapshot with id 7; its snapshots are 1 \"2026 Q3\""));
}
