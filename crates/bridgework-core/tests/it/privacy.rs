//! Pseudonymised copies: unique, stable pseudonyms; nobody's name, email or
//! phone left anywhere in the records; small teams folded as documented.

use crate::builder::{Case, day};
use bridgework_core::*;
use std::collections::HashSet;

fn secret(byte: u8) -> PseudonymSecret {
    PseudonymSecret::new([byte; 32])
}

fn options(min_group: Option<usize>) -> PrivacyOptions {
    PrivacyOptions { min_group, day: day() }
}

fn pseudonymised(records: &Records, min_group: Option<usize>) -> Pseudonymised {
    let s = secret(9);
    let pseudonyms = Pseudonyms::new(&s, records.people.iter().map(|p| p.id.as_str()));
    pseudonymise(records, &s, &pseudonyms, &options(min_group))
}

/// Property: for any set of ids, in any order, every person gets one
/// pseudonym no one else has, the same whatever the order. 25,000 people
/// overfill the four-digit numbers, so collisions are resolved by the
/// thousand.
#[test]
fn pseudonyms_are_unique_and_independent_of_order() {
    let mut rng = fastrand::Rng::with_seed(15);
    for round in 0..6 {
        let n = [1, 2, 50, 900, 9_000, 25_000][round];
        let ids: Vec<String> = (0..n)
            .map(|i| match rng.u8(0..3) {
                0 => format!("P{i}"),
                1 => format!("person{i}@trust.example"),
                _ => format!("{} {i}", rng.alphanumeric()),
            })
            .collect();
        let s = PseudonymSecret::new(std::array::from_fn(|_| rng.u8(..)));
        let forward = Pseudonyms::new(&s, ids.iter().map(String::as_str));
        let mut shuffled = ids.clone();
        rng.shuffle(&mut shuffled);
        let backward = Pseudonyms::new(&s, shuffled.iter().map(String::as_str));
        let names: HashSet<String> = ids.iter().map(|id| forward.get(id).unwrap().name()).collect();
        assert_eq!(names.len(), n, "{n} people share pseudonyms");
        for id in &ids {
            assert_eq!(forward.get(id), backward.get(id), "{id}'s pseudonym depends on the order");
        }
    }
}

#[test]
fn another_secret_gives_other_pseudonyms() {
    let ids = ["P1", "P2", "P3", "P4"];
    let a = Pseudonyms::new(&secret(1), ids);
    let b = Pseudonyms::new(&secret(2), ids);
    assert_ne!(ids.map(|id| a.get(id)), ids.map(|id| b.get(id)));
}

#[test]
fn adding_people_moves_no_one_given_a_pseudonym_already() {
    let s = secret(3);
    let first: Vec<String> = (0..2_000).map(|i| format!("P{i}")).collect();
    let mut pseudonyms = Pseudonyms::new(&s, first.iter().map(String::as_str));
    let before: Vec<_> = first.iter().map(|id| pseudonyms.get(id)).collect();
    let later: Vec<String> = (2_000..12_000).map(|i| format!("P{i}")).collect();
    pseudonyms.add(&s, later.iter().map(String::as_str));
    assert_eq!(first.iter().map(|id| pseudonyms.get(id)).collect::<Vec<_>>(), before);
    let all: HashSet<_> = first.iter().chain(&later).map(|id| pseudonyms.get(id).unwrap()).collect();
    assert_eq!(all.len(), 12_000);
}

/// The demo map with its people's names also written into notes, reasons
/// and team names, and emails for ids.
fn demo_with_names_in_text() -> Records {
    let mut records = bridgework_demo::demo_map(day());
    for (i, person) in records.people.iter_mut().enumerate() {
        person.email = Some(format!("canary{i}@trust.example"));
        person.phone = Some(format!("07700 9{i:05}"));
    }
    let renamed: Vec<(String, String)> =
        records.people.iter().map(|p| (p.id.clone(), p.email.clone().unwrap())).collect();
    for (old, new) in &renamed {
        for person in records.people.iter_mut().filter(|p| &p.id == old) {
            person.id.clone_from(new);
        }
        for tie in &mut records.ties {
            for end in [&mut tie.person_a, &mut tie.person_b] {
                if end == old {
                    end.clone_from(new);
                }
            }
        }
    }
    let names: Vec<String> = records.people.iter().map(|p| p.name.clone()).collect();
    for (i, tie) in records.ties.iter_mut().enumerate() {
        let name = &names[i % names.len()];
        tie.note = Some(format!("Introduced by {name}, see {}.", renamed[i % renamed.len()].1));
        tie.source = Some(names[(i + 1) % names.len()].to_uppercase());
    }
    for (i, link) in records.partner_links.iter_mut().enumerate() {
        link.reason = Some(format!("Ask {} (phone 07700 9{:05})", names[i % names.len()], i % names.len()));
    }
    records.teams[0].name = format!("{}'s team", names[0]);
    records
}

#[test]
fn no_name_email_phone_or_id_of_a_person_is_left_in_any_field() {
    let records = demo_with_names_in_text();
    let out = pseudonymised(&records, None);
    let text = format!("{:?}", out.records);
    let needles: Vec<&str> = records
        .people
        .iter()
        .flat_map(|p| [&p.name, &p.id, p.email.as_ref().unwrap(), p.phone.as_ref().unwrap()])
        .map(String::as_str)
        .collect();
    let found = aho_corasick::AhoCorasick::new(&needles).unwrap().find(&text).map(|m| needles[m.pattern()]);
    assert_eq!(found, None, "still in the pseudonymised records");
    let map = Map::new(out.records.clone()).expect("a pseudonymised map keeps every rule");
    for table in Table::ALL {
        assert_eq!(out.records.len(table), records.len(table), "{} rows", table.name());
    }
    assert_eq!(map.records().people.len(), out.key.len());
    let note = records.ties[0].note.as_deref().unwrap();
    let expected = format!(
        "Introduced by {}, see {}.",
        out.key.iter().find(|k| k.name == records.people[0].name).unwrap().pseudonym,
        out.key.iter().find(|k| k.person_id == records.people[0].id).unwrap().pseudonym,
    );
    assert_eq!(out.records.ties[0].note.as_deref(), Some(expected.as_str()), "from {note}");
}

#[test]
fn the_key_says_who_each_pseudonym_is() {
    let records = Case::new().person("Ann Lee", "discharge", Level::Middle).records;
    let out = pseudonymised(&records, None);
    let entry = &out.key[0];
    assert_eq!((entry.person_id.as_str(), entry.name.as_str()), ("Ann Lee", "Ann Lee"));
    assert_eq!(out.records.people[0].name, entry.pseudonym);
    assert_eq!(out.records.people[0].id, entry.pseudonym_id);
    assert_eq!(out.node_key("person:Ann Lee"), Some(format!("person:{}", entry.pseudonym_id)));
    assert_eq!(out.node_key("person:nobody"), None);
}

fn team_sizes(records: &Records) -> Vec<(String, String, usize)> {
    let mut sizes: Vec<_> = records
        .teams
        .iter()
        .map(|t| {
            let n = records.people.iter().filter(|p| p.team_id.as_deref() == Some(t.id.as_str())).count();
            (t.id.clone(), t.name.clone(), n)
        })
        .collect();
    sizes.sort();
    sizes
}

/// At 5: Discharge has 5 people with its 3-person night team under it, so
/// the night team folds into Discharge. Frailty (2) is at the top, and
/// alone would make a "Smaller teams" of 2, so it goes into the hospital's
/// smallest team of 5 or more, Discharge. Reablement (4 in post: one left)
/// and Safeguarding (1) make the council's "Smaller teams" of 5; the
/// carers' charity has one person, so is one "Smaller teams" of 1.
#[test]
fn min_group_folds_a_three_person_team_into_its_parent() {
    let mut case = Case::new();
    for (name, team) in [
        ("D1", "discharge"),
        ("D2", "discharge"),
        ("N1", "nights"),
        ("N2", "nights"),
        ("N3", "nights"),
        ("F1", "frailty"),
        ("F2", "frailty"),
        ("R1", "reablement"),
        ("R2", "reablement"),
        ("R3", "reablement"),
        ("R4", "reablement"),
        ("R5", "reablement"),
        ("S1", "safeguarding"),
        ("V1", "carers"),
    ] {
        case = case.person(name, team, Level::Frontline);
    }
    let case = case.left("R5", "2026-01-01").tie("N1", "R1", 3).tie("F1", "S1", 3);
    let records = case.records;

    let five = pseudonymised(&records, Some(5));
    expect_test::expect![[r#"
        [
            (
                "C-smaller-teams",
                "Smaller teams",
                6,
            ),
            (
                "V-smaller-teams",
                "Smaller teams",
                1,
            ),
            (
                "discharge",
                "Discharge Team",
                7,
            ),
        ]
    "#]]
    .assert_debug_eq(&team_sizes(&five.records));
    expect_test::expect![[r#"
        {
            "carers": "V-smaller-teams",
            "frailty": "discharge",
            "nights": "discharge",
            "reablement": "C-smaller-teams",
            "safeguarding": "C-smaller-teams",
        }
    "#]]
    .assert_debug_eq(&five.folded_teams);
    expect_test::expect![[r#"
        [
            PartnerLink {
                team_a: "discharge",
                team_b: "C-smaller-teams",
                reason: Some(
                    "Discharge to assess",
                ),
            },
        ]
    "#]]
    .assert_debug_eq(&five.records.partner_links);
    let map = Map::new(five.records.clone()).expect("a folded map keeps every rule");
    assert_eq!(map.records().ties.len(), records.ties.len(), "folding moves no tie");
    assert_eq!(five.node_key("team:nights"), Some("team:discharge".to_string()));
    assert_eq!(five.node_key("org:H"), Some("org:H".to_string()));

    let none = pseudonymised(&records, None);
    assert_eq!(none.records.teams, records.teams);
    assert!(none.folded_teams.is_empty());
}
