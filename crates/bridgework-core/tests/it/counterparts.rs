//! The counterpart finder on hand-built maps: who ranks first and why, and who
//! could introduce.

use crate::builder::*;
use bridgework_core::*;

/// Gives a person a role, and a team its function tags.
fn roles(mut case: Case, people: &[(&str, &str)], teams: &[(&str, &[&str])]) -> Case {
    for (name, role) in people {
        let person = case.records.people.iter_mut().find(|p| p.id == *name).expect("a person of the case");
        person.role = Some(role.to_string());
    }
    for (id, functions) in teams {
        let team = case.records.teams.iter_mut().find(|t| t.id == *id).expect("a team of the case");
        team.functions = functions.iter().map(|f| f.to_string()).collect();
    }
    case
}

/// Asha (Discharge Team, hospital) looking into the council: Dev does her
/// kind of work in a partner team at her level; Cara and Gus do other work.
fn council_case() -> Case {
    let case = Case::new()
        .person("Asha", "discharge", Level::Middle)
        .person("Ben", "frailty", Level::Frontline)
        .person("Fin", "frailty", Level::Frontline)
        .person("Dev", "reablement", Level::Middle)
        .person("Cara", "safeguarding", Level::Middle)
        .person("Gus", "safeguarding", Level::Executive);
    roles(
        case,
        &[
            ("Asha", "Discharge Coordinator"),
            ("Ben", "Staff Nurse"),
            ("Fin", "Staff Nurse"),
            ("Dev", "Reablement Coordinator"),
            ("Cara", "Safeguarding Practitioner"),
            ("Gus", "Director of Safeguarding"),
        ],
        &[
            ("discharge", &["hospital discharge"]),
            ("reablement", &["reablement", "hospital discharge"]),
            ("safeguarding", &["adult safeguarding"]),
        ],
    )
}

/// The reason given for someone who matches in nothing.
const NO_MATCH: &str = "nothing in their role, their team's work or their level matches yours: listed only because \
                        the organisation has no closer match";

fn query(map: &Map, seeker: Seeker, org: &str, keywords: &str) -> CounterpartReport {
    let net = Network::new(map, day(), StrengthModel::default());
    let query =
        CounterpartQuery { seeker, organisation: map.org_by_id(org).unwrap(), keywords: keywords.into(), top: 10 };
    counterparts(&net, &query)
}

fn person(map: &Map, id: &str) -> PersonIx {
    map.person_by_id(id).unwrap()
}

fn names(map: &Map, people: &[PersonIx]) -> Vec<String> {
    people.iter().map(|p| map.records().people[p.index()].name.clone()).collect()
}

fn ranked(map: &Map, report: &CounterpartReport) -> Vec<String> {
    names(map, &report.counterparts.iter().map(|c| c.person).collect::<Vec<_>>())
}

#[test]
fn the_same_work_at_the_same_level_in_a_partner_team_ranks_first_with_its_reasons_and_an_introducer() {
    let map = council_case().tie("Asha", "Ben", 0).tie("Ben", "Dev", 0).map();
    let report = query(&map, Seeker::Person(person(&map, "Asha")), "C", "");
    assert_eq!(report.considered, 3);
    assert_eq!(ranked(&map, &report), ["Dev", "Cara", "Gus"]);
    let dev = &report.counterparts[0];
    assert_eq!(
        dev.reasons,
        [
            "also works in hospital discharge",
            "similar role: Reablement Coordinator",
            "same level (middle)",
            "their team is a declared partner of yours: Discharge to assess",
        ]
    );
    assert_eq!(dev.parts.level, 1.0);
    assert_eq!(dev.parts.partner, 1.0);
    assert_eq!(dev.parts.keywords, None);
    assert!(!dev.already_known);
    let intro = dev.introduction.as_ref().expect("Ben knows Dev");
    assert_eq!(names(&map, &intro.path), ["Asha", "Ben", "Dev"]);
    assert_eq!(dev.advice, "Ask Ben to introduce you.");
    // Without keywords the score is the weighted mean of the other three parts.
    let expected = (0.45 * dev.parts.similarity + 0.15 + 0.15) / 0.75;
    assert!((dev.score - expected).abs() < 1e-12);
    assert_eq!(report.counterparts[1].reasons, ["same level (middle)"]);
    assert_eq!(report.counterparts[2].reasons, [NO_MATCH]);
    assert_eq!(report.counterparts[2].introduction, None);
}

#[test]
fn a_three_tie_path_names_both_introducers() {
    let map = council_case().tie("Asha", "Ben", 0).tie("Ben", "Fin", 0).tie("Fin", "Gus", 0).map();
    let report = query(&map, Seeker::Person(person(&map, "Asha")), "C", "");
    let gus = report.counterparts.iter().find(|c| c.person == person(&map, "Gus")).unwrap();
    let intro = gus.introduction.as_ref().unwrap();
    assert_eq!(names(&map, &intro.path), ["Asha", "Ben", "Fin", "Gus"]);
    let strong = StrengthModel::default().strength(&map.records().ties[0], day()).value;
    assert!((intro.strength - strong.powi(3)).abs() < 1e-12);
    assert_eq!(gus.advice, "Ask Ben to introduce you to Fin, who knows Gus.");
}

#[test]
fn the_strongest_path_wins_over_a_shorter_weaker_one() {
    // Asha reaches Cara directly only through a weak tie, and through Ben by two strong ones.
    let map = council_case().rated_tie("Asha", "Cara", 1, 0).tie("Asha", "Ben", 0).tie("Ben", "Cara", 0).map();
    let report = query(&map, Seeker::Person(person(&map, "Asha")), "C", "");
    let cara = report.counterparts.iter().find(|c| c.person == person(&map, "Cara")).unwrap();
    assert_eq!(names(&map, &cara.introduction.as_ref().unwrap().path), ["Asha", "Ben", "Cara"]);
    assert!(cara.already_known);
    assert_eq!(cara.advice, "");
    assert_eq!(cara.reasons.last().unwrap(), "you already know them");
}

#[test]
fn someone_already_known_ranks_below_an_equal_stranger() {
    let case = council_case().person("Hal", "reablement", Level::Middle);
    let map = roles(case, &[("Hal", "Reablement Coordinator")], &[]).tie("Asha", "Dev", 0).map();
    let report = query(&map, Seeker::Person(person(&map, "Asha")), "C", "");
    assert_eq!(ranked(&map, &report)[..2], ["Hal", "Dev"]);
    assert!((report.counterparts[1].score - report.counterparts[0].score / 2.0).abs() < 1e-12);
    assert!(report.counterparts[1].already_known);
}

#[test]
fn keywords_lift_the_people_whose_work_they_name() {
    let map = council_case().map();
    let coordinator = || Seeker::Role { role: "coordinator".into(), level: Some(Level::Middle) };
    assert_eq!(ranked(&map, &query(&map, coordinator(), "C", "")), ["Dev", "Cara", "Gus"]);
    let report = query(&map, coordinator(), "C", "Safeguarding");
    assert_eq!(ranked(&map, &report), ["Cara", "Gus", "Dev"]);
    let cara = &report.counterparts[0];
    assert_eq!(cara.parts.keywords, Some(1.0));
    assert_eq!(cara.reasons, ["matches your keywords: safeguarding", "same level (middle)"]);
    assert!((cara.score - (0.45 + 0.15) / 1.2).abs() < 1e-12);
    assert_eq!(report.counterparts[2].parts.keywords, Some(0.0));
}

#[test]
fn a_typed_role_ranks_by_role_and_level_without_paths() {
    let map = council_case().tie("Asha", "Dev", 0).map();
    let seeker = Seeker::Role { role: "safeguarding practitioners".into(), level: Some(Level::Senior) };
    let report = query(&map, seeker, "C", "");
    assert_eq!(ranked(&map, &report), ["Cara", "Gus", "Dev"]);
    let cara = &report.counterparts[0];
    assert_eq!(
        cara.reasons,
        ["similar role: Safeguarding Practitioner", "one level apart (they are middle, you are senior)"]
    );
    assert!(report.counterparts.iter().all(|c| c.introduction.is_none() && !c.already_known));
}

#[test]
fn only_people_in_post_are_candidates_and_top_limits_the_list() {
    let map = council_case().left("Gus", "2026-01-01").map();
    let net = Network::new(&map, day(), StrengthModel::default());
    let query = CounterpartQuery {
        seeker: Seeker::Person(person(&map, "Dev")),
        organisation: map.org_by_id("C").unwrap(),
        keywords: String::new(),
        top: 1,
    };
    let report = counterparts(&net, &query);
    assert_eq!(report.considered, 1, "Gus has left and Dev is the seeker");
    assert_eq!(ranked(&map, &report), ["Cara"]);
}

#[test]
fn every_rank_has_a_reason_even_when_only_a_team_function_or_nothing_matches() {
    // Issue 13: from rank 3 on, counterparts of a typed role had no reason.
    let case = council_case().person("Kim", "reablement", Level::Frontline);
    let map = roles(case, &[("Kim", "Occupational Therapist")], &[]).map();
    let seeker = Seeker::Role { role: "discharge planner".into(), level: None };
    let report = query(&map, seeker, "C", "");
    let reasons: Vec<(String, Vec<String>)> = report
        .counterparts
        .iter()
        .map(|c| (map.records().people[c.person.index()].name.clone(), c.reasons.clone()))
        .collect();
    let kim = reasons.iter().find(|(name, _)| name == "Kim").unwrap();
    assert_eq!(kim.1, ["their team's work mentions discharge"]);
    let cara = reasons.iter().find(|(name, _)| name == "Cara").unwrap();
    assert_eq!(cara.1, [NO_MATCH]);
    assert!(reasons.iter().all(|(_, why)| !why.is_empty()), "{reasons:?}");
}
