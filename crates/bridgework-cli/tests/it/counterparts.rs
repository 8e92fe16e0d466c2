//! `bridgework counterparts` and `bridgework health` on the demo map.

use crate::support::*;

#[test]
fn a_discharge_coordinator_finds_reablement_colleagues_and_who_could_introduce_them() {
    let scratch = Scratch::new();
    let map = scratch.demo_map("demo.bwmap");
    // Gareth Taylor, Discharge Coordinator in the hospital's Integrated Discharge Hub.
    let args = ["counterparts", s(&map), "--person", "p-0036", "--org", "council", "--as-of", AS_OF];
    let view = json(&[&args[..], &["--top", "5", "--format", "json"]].concat());
    assert_eq!(view["seeker"]["kind"], "person");
    assert_eq!(view["seeker"]["person"]["name"], "Gareth Taylor");
    assert_eq!(view["organisation"]["id"], "council");
    let found = view["counterparts"].as_array().unwrap();
    assert_eq!(found.len(), 5);
    assert!(view["considered"].as_u64().unwrap() > 5);
    for (i, c) in found.iter().enumerate() {
        assert_eq!(c["rank"], i + 1);
        assert_eq!(c["team"]["organisation"]["id"], "council");
        assert!(!c["person"]["id"].as_str().unwrap().is_empty() && !c["person"]["name"].as_str().unwrap().is_empty());
        if i > 0 {
            assert!(c["score"].as_f64() <= found[i - 1]["score"].as_f64());
        }
    }
    let best = &found[0];
    assert_eq!(best["team"]["name"], "Reablement Service");
    let reasons: Vec<&str> = best["reasons"].as_array().unwrap().iter().map(|r| r.as_str().unwrap()).collect();
    assert!(reasons.contains(&"also works in hospital discharge and discharge to assess"), "{reasons:?}");
    assert!(reasons.iter().any(|r| r.starts_with("their team is a declared partner of yours")), "{reasons:?}");
    let path = best["introduction"]["path"].as_array().unwrap();
    assert_eq!(path[0]["id"], "p-0036");
    assert_eq!(path.last().unwrap()["id"], best["person"]["id"]);
    assert_eq!(best["introducers"].as_array().unwrap().len(), path.len() - 2);
    let introducer = best["introducers"][0]["name"].as_str().unwrap();
    assert!(best["advice"].as_str().unwrap().starts_with(&format!("Ask {introducer} to introduce you")));

    let table = bridgework(&args).assert().success().get_output().stdout.clone();
    let table = String::from_utf8(table).unwrap();
    assert!(table.starts_with("Counterparts for Gareth Taylor"), "{table}");
    assert!(table.contains(&format!("Ask {introducer} to introduce you")), "{table}");

    let csv = bridgework(&[&args[..], &["--csv"]].concat()).assert().success().get_output().stdout.clone();
    let csv = String::from_utf8(csv).unwrap();
    assert!(csv.starts_with("rank,person_id,person_name,team_id,team_name,"), "{csv}");
    assert_eq!(csv.lines().count(), 11, "a header and the default ten");
}

#[test]
fn a_typed_role_is_ranked_by_role_keywords_and_level_without_introductions() {
    let scratch = Scratch::new();
    let map = scratch.demo_map("demo.bwmap");
    let view = json(&[
        "counterparts",
        s(&map),
        "--role",
        "social worker",
        "--level",
        "frontline",
        "--keywords",
        "hospital",
        "--org",
        "council",
        "--as-of",
        AS_OF,
        "--format",
        "json",
    ]);
    assert_eq!(view["seeker"], serde_json::json!({ "kind": "role", "role": "social worker", "level": "frontline" }));
    let best = &view["counterparts"][0];
    assert_eq!(best["role"], "Social Worker – Hospital");
    assert_eq!(best["parts"]["keywords"], 1.0);
    assert!(view["counterparts"].as_array().unwrap().iter().all(|c| c["introduction"].is_null()));
}

#[test]
fn an_unknown_organisation_or_a_missing_seeker_is_refused() {
    let scratch = Scratch::new();
    let map = scratch.demo_map("demo.bwmap");
    bridgework(&["counterparts", s(&map), "--person", "p-0036", "--org", "nowhere"])
        .assert()
        .failure()
        .stderr(predicates::str::contains("there is no organisation with id \"nowhere\""));
    bridgework(&["counterparts", s(&map), "--org", "council"]).assert().failure().code(2);
}

#[test]
fn health_lists_the_demo_s_flaws_by_id_and_name() {
    let scratch = Scratch::new();
    let map = scratch.demo_map("demo.bwmap");
    let view = json(&["health", s(&map), "--as-of", AS_OF, "--format", "json"]);
    let check = |name: &str| view["checks"].as_array().unwrap().iter().find(|c| c["check"] == name).unwrap().clone();
    let unlevelled = check("people-without-level");
    assert_eq!(unlevelled["count"], 1);
    assert_eq!(unlevelled["table"], "people");
    assert!(unlevelled["records"][0]["id"].as_str().unwrap().starts_with("p-"));
    let undated = check("ties-without-contact-date");
    assert_eq!(undated["count"], 1);
    assert!(undated["records"][0]["person_a"]["name"].is_string());
    assert_eq!(check("people-without-team")["passed"], true);
    assert_eq!(view["duplicates"].as_array().unwrap().len(), 1);

    let table = bridgework(&["health", s(&map), "--as-of", AS_OF]).assert().success().get_output().stdout.clone();
    let table = String::from_utf8(table).unwrap();
    assert!(table.contains("[!!] people without a level"), "{table}");
    assert!(table.contains("[ok] people without a team"), "{table}");
}
