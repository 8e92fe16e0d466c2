//! `bridgework coverage` through the binary.

use crate::support::*;
use predicates::prelude::*;

fn total(matrix: &serde_json::Value) -> u64 {
    matrix["counts"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|row| row.as_array().unwrap())
        .map(|c| c.as_u64().unwrap())
        .sum()
}

#[test]
fn the_matrix_of_two_organisations_counts_every_direct_tie_once() {
    let scratch = Scratch::new();
    let map = scratch.demo_map("demo.bwmap");
    let pairs = json(&["coverage", s(&map), "--orgs", "acute", "council", "--as-of", AS_OF, "--format", "json"]);
    let pair = &pairs[0];
    assert_eq!((pair["a"]["id"].as_str(), pair["b"]["id"].as_str()), (Some("acute"), Some("council")));
    assert_eq!(pair["levels"][0], "board");
    assert!(pair["direct_ties"].as_u64().unwrap() > 0);
    assert_eq!(total(pair), pair["direct_ties"].as_u64().unwrap());

    // The same pair in the weak-link report has the same matrix.
    let report = json(&["weak-links", s(&map), "--pairs", "organisation", "--as-of", AS_OF, "--format", "json"]);
    let same = report["organisation_pairs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| {
            p["a"]["id"] == "acute" && p["b"]["id"] == "council" || p["a"]["id"] == "council" && p["b"]["id"] == "acute"
        })
        .unwrap();
    assert_eq!(same["direct_ties"], pair["direct_ties"]);
}

#[test]
fn two_teams_that_are_not_partners_still_get_a_matrix() {
    let scratch = Scratch::new();
    let map = scratch.demo_map("demo.bwmap");
    let pairs = json(&[
        "coverage",
        s(&map),
        "--teams",
        "acute-discharge-hub",
        "council-reablement",
        "--as-of",
        AS_OF,
        "--format",
        "json",
    ]);
    assert_eq!(total(&pairs[0]), pairs[0]["direct_ties"].as_u64().unwrap());
    bridgework(&[
        "coverage",
        s(&map),
        "--teams",
        "acute-discharge-hub",
        "council-reablement",
        "--csv",
        "--as-of",
        AS_OF,
    ])
    .assert()
    .success()
    .stdout(predicate::str::starts_with("a_id,a_name,b_id,b_name,level_a,level_b,ties"));
}

#[test]
fn unknown_ids_and_same_organisation_teams_are_refused_clearly() {
    let scratch = Scratch::new();
    let map = scratch.demo_map("demo.bwmap");
    bridgework(&["coverage", s(&map), "--orgs", "acute", "nowhere"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("there is no organisation with id \"nowhere\" in the map"));
    bridgework(&["coverage", s(&map), "--teams", "acute-discharge-hub", "acute-discharge-hub"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("both teams are in the same organisation"));
}
