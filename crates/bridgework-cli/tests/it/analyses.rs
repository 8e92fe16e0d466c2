//! `bridgework brokers` and `bridgework communities` on a demo map: the JSON
//! shape programs rely on, filters, CSV, and help a non-specialist can follow.

use crate::support::{AS_OF, Scratch, bridgework, json, s};
use predicates::prelude::*;

#[test]
fn brokers_json_names_people_by_id_and_name() {
    let scratch = Scratch::new();
    let map = scratch.demo_map("demo.bwmap");
    let report = json(&["brokers", s(&map), "--as-of", AS_OF, "--format", "json"]);
    for key in [
        "as_of",
        "strength",
        "people_in_post",
        "tied_pairs",
        "betweenness",
        "people_matching",
        "people",
        "cut_points",
        "bridges",
        "local_bridges",
        "bridges_total",
        "local_bridges_total",
        "ei_index",
    ] {
        assert!(report.get(key).is_some(), "brokers JSON has {key}");
    }
    assert_eq!(report["as_of"], AS_OF);
    assert_eq!(report["betweenness"]["exact"], true);
    let people = report["people"].as_array().unwrap();
    assert_eq!(people.len() as u64, report["people_in_post"].as_u64().unwrap(), "JSON lists everyone by default");
    let first = &people[0];
    assert!(first["person"]["id"].as_str().unwrap().starts_with("p-"));
    assert!(first["person"]["name"].is_string());
    assert!(first["organisation"]["id"].is_string());
    assert!(first["team"]["organisation"]["name"].is_string());
    for key in ["betweenness", "closeness", "constraint", "effective_size", "participation", "cuts_off", "contacts"] {
        assert!(first[key].is_number(), "{key}");
    }
    for role in ["coordinator", "gatekeeper", "representative", "itinerant", "liaison", "total"] {
        assert!(first["brokerage"][role].is_u64(), "{role}");
    }
    let ei = &report["ei_index"];
    assert!(ei["overall"]["index"].is_number());
    assert!(ei["organisations"][0]["group"]["id"].is_string());
    assert!(ei["organisations"][0]["internal"].is_u64());
    assert!(ei["teams"][0]["group"]["organisation"]["id"].is_string());
    assert!(ei["organisation_pairs"][0]["a"]["id"].is_string());
}

#[test]
fn brokers_filters_top_and_samples() {
    let scratch = Scratch::new();
    let map = scratch.demo_map("demo.bwmap");
    let report = json(&[
        "brokers",
        s(&map),
        "--as-of",
        AS_OF,
        "--format",
        "json",
        "--org",
        "council",
        "--level",
        "Senior",
        "--top",
        "2",
        "--samples",
        "50",
        "--seed",
        "3",
    ]);
    let people = report["people"].as_array().unwrap();
    assert_eq!(people.len(), 2);
    assert!(people.iter().all(|p| p["organisation"]["id"] == "council" && p["level"] == "senior"));
    assert_eq!(report["betweenness"]["exact"], false);
    assert_eq!(report["betweenness"]["samples"], 50);
    assert!(report["betweenness"]["std_error"].as_f64().unwrap() > 0.0);

    let team = json(&["brokers", s(&map), "--as-of", AS_OF, "--format", "json", "--team", "council-independence"]);
    let teams: Vec<&str> =
        team["people"].as_array().unwrap().iter().map(|p| p["team"]["id"].as_str().unwrap()).collect();
    assert!(teams.contains(&"council-reablement"), "sub-teams are included");
    assert!(
        teams.iter().all(|t| ["council-independence", "council-reablement", "council-equipment"].contains(t)),
        "{teams:?}"
    );

    bridgework(&["brokers", s(&map), "--as-of", AS_OF, "--team", "no-such-team"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("no team with id \"no-such-team\""));
    bridgework(&["brokers", s(&map), "--level", "janitor"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("board"));
}

#[test]
fn brokers_table_and_csv() {
    let scratch = Scratch::new();
    let map = scratch.demo_map("demo.bwmap");
    bridgework(&["brokers", s(&map), "--as-of", AS_OF])
        .assert()
        .success()
        .stdout(predicate::str::contains("Betweenness is exact."))
        .stdout(predicate::str::contains("E-I index"));
    let output =
        bridgework(&["brokers", s(&map), "--as-of", AS_OF, "--csv"]).assert().success().get_output().stdout.clone();
    let text = String::from_utf8(output).unwrap();
    let mut lines = text.lines();
    assert!(lines.next().unwrap().starts_with("person_id,person_name,organisation_id,"));
    assert_eq!(lines.count(), 589, "one row per person in post");
    bridgework(&["brokers", s(&map), "--format", "csv", "--csv"]).assert().failure();
}

#[test]
fn communities_json_gives_every_person_a_community_and_repeats_for_a_seed() {
    let scratch = Scratch::new();
    let map = scratch.demo_map("demo.bwmap");
    let args = ["communities", s(&map), "--as-of", AS_OF, "--format", "json", "--seed", "5"];
    let report = json(&args);
    assert_eq!(json(&args), report);
    assert_eq!(report["seed"], 5);
    assert!(report["modularity"].as_f64().unwrap() > 0.3);
    assert!(report["nmi"].is_number() && report["adjusted_rand"].is_number());
    let people = report["people"].as_array().unwrap();
    assert_eq!(people.len() as u64, report["people_in_post"].as_u64().unwrap());
    let count = report["community_count"].as_u64().unwrap();
    for p in people {
        assert!(p["person"]["id"].is_string() && p["person"]["name"].is_string());
        assert!(p["community"].as_u64().unwrap() < count);
    }
    let community = &report["communities"][0];
    assert_eq!(community["community"], 0);
    assert!(community["organisations"][0]["organisation"]["id"].is_string());
    assert!(community["dominant_share"].is_number());
    assert!(report["organisations"][0]["communities"][0]["people"].is_u64());

    let hospice = json(&["communities", s(&map), "--as-of", AS_OF, "--format", "json", "--org", "hospice"]);
    assert!(hospice["people"].as_array().unwrap().iter().all(|p| p["organisation"]["id"] == "hospice"));
    assert_eq!(
        hospice["modularity"],
        json(&["communities", s(&map), "--as-of", AS_OF, "--format", "json"])["modularity"]
    );
}

#[test]
fn communities_table_and_csv() {
    let scratch = Scratch::new();
    let map = scratch.demo_map("demo.bwmap");
    bridgework(&["communities", s(&map), "--as-of", AS_OF])
        .assert()
        .success()
        .stdout(predicate::str::contains("Modularity"))
        .stdout(predicate::str::contains("How each organisation's people fall into communities"));
    let output = bridgework(&["communities", s(&map), "--as-of", AS_OF, "--format", "csv"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(output).unwrap();
    assert!(
        text.starts_with("person_id,person_name,organisation_id,organisation_name,team_id,team_name,level,community\n")
    );
    assert_eq!(text.lines().count(), 590);
}

#[test]
fn help_explains_the_measures_in_plain_words() {
    bridgework(&["brokers", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("betweenness"))
        .stdout(predicate::str::contains("silo"))
        .stdout(predicate::str::contains("--exact"))
        .stdout(predicate::str::contains("--top"))
        .stdout(predicate::str::contains("--format"));
    bridgework(&["communities", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("modularity"))
        .stdout(predicate::str::contains("--seed"))
        .stdout(predicate::str::contains("same communities"));
    bridgework(&["--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("brokers"))
        .stdout(predicate::str::contains("communities"));
}
