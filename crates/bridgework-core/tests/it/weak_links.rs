//! Hand-built partnership cases, one per weak-link category, with the expected
//! category, redundancy, critical people and introduction path.

use crate::builder::*;
use bridgework_core::weak_links::{Category, PairReport, Scope, WeakLinkOptions, weak_links};
use bridgework_core::*;

/// The declared link Discharge Team – Reablement, as analysed.
fn declared_link(map: &Map) -> PairReport<TeamIx> {
    let net = Network::new(map, day(), StrengthModel::default());
    let report = weak_links(&net, &WeakLinkOptions::default());
    report.team_pairs.into_iter().find(|p| p.declared == Some(0)).expect("the declared link is reported")
}

fn names(map: &Map, people: &[PersonIx]) -> Vec<String> {
    people.iter().map(|p| map.records().people[p.index()].name.clone()).collect()
}

#[test]
fn missing_when_nobody_knows_anyone_on_the_other_side_even_through_one_colleague() {
    let map = Case::new()
        .person("Asha", "discharge", Level::Frontline)
        .person("Ben", "frailty", Level::Middle)
        .person("Cara", "safeguarding", Level::Middle)
        .person("Dev", "reablement", Level::Frontline)
        .tie("Asha", "Ben", 10)
        .tie("Ben", "Cara", 10)
        .tie("Cara", "Dev", 10)
        .map();
    let link = declared_link(&map);
    assert_eq!(link.category, Category::Missing);
    assert_eq!(link.findings.redundancy, 0);
    assert!(link.findings.intermediaries.is_empty());
    let intro = link.findings.introduction.as_ref().expect("a three-tie route exists");
    assert_eq!(names(&map, &intro.path), ["Asha", "Ben", "Cara", "Dev"]);
    assert_eq!(
        link.reason,
        "Nobody in Discharge Team knows anyone in Reablement, and nobody knows people in both. \
         The closest route takes three introductions: Asha → Ben → Cara → Dev."
    );
    assert_eq!(
        link.action,
        "Ask Ben to introduce Asha to Cara, who knows Dev in Reablement; or arrange a first joint meeting between \
         Discharge Team and Reablement."
    );
}

#[test]
fn indirect_only_names_the_people_who_could_introduce() {
    let map = Case::new()
        .person("Asha", "discharge", Level::Frontline)
        .person("Dev", "reablement", Level::Frontline)
        .person("Eve", "carers", Level::Middle)
        .person("Fin", "carers", Level::Middle)
        .rated_tie("Asha", "Eve", 5, 0)
        .rated_tie("Eve", "Dev", 4, 0)
        .rated_tie("Asha", "Fin", 2, 0)
        .rated_tie("Fin", "Dev", 2, 0)
        .map();
    let link = declared_link(&map);
    assert_eq!(link.category, Category::IndirectOnly);
    let go_betweens: Vec<PersonIx> = link.findings.intermediaries.iter().map(|i| i.person).collect();
    assert_eq!(names(&map, &go_betweens), ["Eve", "Fin"], "r = 2, strongest route first");
    let intro = link.findings.introduction.as_ref().unwrap();
    assert_eq!(names(&map, &intro.path), ["Asha", "Eve", "Dev"]);
    // Weekly ties used today: 0.6·rating/5 + 0.4·0.8.
    let expected = (0.6 * 5.0 / 5.0 + 0.32) * (0.6 * 4.0 / 5.0 + 0.32);
    assert!((intro.strength - expected).abs() < 1e-12);
    assert_eq!(link.action, "Ask Eve to introduce Asha (Discharge Team) to Dev (Reablement).");
}

#[test]
fn single_point_of_failure_names_the_one_person_who_carries_the_link() {
    let map = Case::new()
        .person("Priya Shah", "discharge", Level::Middle)
        .person("Dev", "reablement", Level::Frontline)
        .person("Gita", "reablement", Level::Middle)
        .person("Hal", "reablement", Level::Frontline)
        .tie("Priya Shah", "Dev", 5)
        .tie("Priya Shah", "Gita", 5)
        .tie("Hal", "Priya Shah", 5)
        .map();
    let link = declared_link(&map);
    assert_eq!(link.category, Category::SinglePointOfFailure);
    assert_eq!(link.findings.redundancy, 1);
    assert_eq!(names(&map, &link.findings.critical), ["Priya Shah"]);
    assert_eq!(
        link.reason,
        "If Priya Shah leaves, Discharge Team and Reablement have no direct contact: all 3 direct ties go through them."
    );
}

#[test]
fn a_single_tie_makes_both_its_people_critical() {
    let map = Case::new()
        .person("Asha", "discharge", Level::Frontline)
        .person("Dev", "reablement", Level::Frontline)
        .tie("Asha", "Dev", 5)
        .map();
    let link = declared_link(&map);
    assert_eq!(link.category, Category::SinglePointOfFailure);
    assert_eq!(names(&map, &link.findings.critical), ["Asha", "Dev"]);
    assert!(link.reason.starts_with("If Asha or Dev leaves"), "{}", link.reason);
}

#[test]
fn thin_when_two_independent_ties_hold_the_link() {
    let map = Case::new()
        .person("Asha", "discharge", Level::Frontline)
        .person("Ben", "nights", Level::Middle) // a sub-team counts for its team
        .person("Dev", "reablement", Level::Frontline)
        .person("Gita", "reablement", Level::Middle)
        .tie("Asha", "Dev", 3)
        .tie("Ben", "Gita", 3)
        .tie("Ben", "Dev", 3)
        .map();
    let link = declared_link(&map);
    assert_eq!(link.category, Category::Thin);
    assert_eq!(link.findings.redundancy, 2);
    assert!(link.reason.starts_with("Discharge Team and Reablement rest on two independent ties: "), "{}", link.reason);
}

#[test]
fn stale_when_nobody_has_been_in_touch_within_the_window() {
    let map = Case::new()
        .person("A1", "discharge", Level::Frontline)
        .person("A2", "discharge", Level::Middle)
        .person("A3", "discharge", Level::Frontline)
        .person("B1", "reablement", Level::Frontline)
        .person("B2", "reablement", Level::Middle)
        .person("B3", "reablement", Level::Frontline)
        .tie("A1", "B1", 200)
        .tie("A2", "B2", 250)
        .tie("A3", "B3", 181)
        .map();
    let link = declared_link(&map);
    assert_eq!(link.findings.redundancy, 3);
    assert_eq!(link.category, Category::Stale);
    assert!(
        link.reason
            .starts_with("The 3 direct ties between Discharge Team and Reablement have not been used for 181 days")
    );
    assert_eq!(link.action, "Renew contact: a call or a joint meeting between A3 and B3.");
}

#[test]
fn top_heavy_when_only_senior_staff_know_each_other() {
    let map = Case::new()
        .person("Chief Nurse", "discharge", Level::Executive)
        .person("Head of Flow", "discharge", Level::Senior)
        .person("Chair", "discharge", Level::Board)
        .person("Director ASC", "reablement", Level::Executive)
        .person("Head of Reablement", "reablement", Level::Senior)
        .person("Councillor", "reablement", Level::Board)
        .tie("Chief Nurse", "Director ASC", 10)
        .tie("Head of Flow", "Head of Reablement", 10)
        .tie("Chair", "Councillor", 10)
        .map();
    let link = declared_link(&map);
    assert_eq!(link.category, Category::TopHeavy);
    assert!(link.also.is_empty());
}

#[test]
fn healthy_with_three_independent_recent_ties_across_levels() {
    let map = Case::new()
        .person("A1", "discharge", Level::Frontline)
        .person("A2", "discharge", Level::Middle)
        .person("A3", "nights", Level::Senior)
        .person("B1", "reablement", Level::Frontline)
        .person("B2", "reablement", Level::Middle)
        .person("B3", "reablement", Level::Senior)
        .tie("A1", "B1", 3)
        .tie("A2", "B2", 30)
        .tie("A3", "B3", 90)
        .map();
    let link = declared_link(&map);
    assert_eq!(link.category, Category::Healthy);
    assert_eq!(link.findings.redundancy, 3);
    assert_eq!(link.action, "Keep it up: no action needed.");
}

#[test]
fn when_the_one_carrier_leaves_the_link_drops_to_indirect_or_missing() {
    let map = Case::new()
        .person("Priya Shah", "discharge", Level::Middle)
        .person("Asha", "discharge", Level::Frontline)
        .person("Dev", "reablement", Level::Frontline)
        .tie("Priya Shah", "Dev", 5)
        .tie("Asha", "Priya Shah", 5)
        .left("Priya Shah", "2026-10-01")
        .map();
    let link = declared_link(&map);
    assert_eq!(link.category, Category::Missing);
    assert!(link.findings.direct.is_empty());
}

#[test]
fn several_categories_can_apply_and_the_most_urgent_leads() {
    // One person, old contact, senior only: single point of failure first.
    let map = Case::new()
        .person("Chief Nurse", "discharge", Level::Executive)
        .person("Director ASC", "reablement", Level::Executive)
        .person("Head of Reablement", "reablement", Level::Senior)
        .tie("Chief Nurse", "Director ASC", 400)
        .tie("Chief Nurse", "Head of Reablement", 400)
        .map();
    let link = declared_link(&map);
    assert_eq!(link.category, Category::SinglePointOfFailure);
    assert_eq!(link.also, vec![Category::Stale, Category::Thin, Category::TopHeavy]);
    assert!(link.reason.ends_with(" Also stale, thin, top-heavy."), "{}", link.reason);
}

#[test]
fn undeclared_team_pairs_of_partnered_organisations_are_found_from_their_ties() {
    let map = Case::new()
        .person("Asha", "frailty", Level::Frontline)
        .person("Dev", "safeguarding", Level::Frontline)
        .person("Eve", "carers", Level::Middle)
        .tie("Asha", "Dev", 5)
        .tie("Asha", "Eve", 5) // Carers Trust is outside the partnership
        .map();
    let net = Network::new(&map, day(), StrengthModel::default());
    let report = weak_links(&net, &WeakLinkOptions::default());
    let pairs: Vec<(String, String, Option<usize>)> = report
        .team_pairs
        .iter()
        .map(|p| (net.team_name(p.a).to_string(), net.team_name(p.b).to_string(), p.declared))
        .collect();
    assert_eq!(
        pairs,
        [
            ("Discharge Team".to_string(), "Reablement".to_string(), Some(0)),
            ("Frailty Unit".to_string(), "Safeguarding".to_string(), None),
        ]
    );
    let declared_only = weak_links(&net, &WeakLinkOptions { scope: Scope::Declared, ..Default::default() });
    assert_eq!(declared_only.team_pairs.len(), 1);
    let everything = weak_links(&net, &WeakLinkOptions { scope: Scope::All, ..Default::default() });
    assert!(everything.team_pairs.iter().any(|p| net.team_name(p.b) == "Carers Support"));

    // Organisation pairs: the partnered pair, and the pair with a direct tie.
    let orgs: Vec<(&str, &str, bool, Category)> = report
        .org_pairs
        .iter()
        .map(|p| {
            let name = |o: OrgIx| map.records().organisations[o.index()].id.as_str();
            (name(p.a), name(p.b), p.partnered, p.category)
        })
        .collect();
    assert_eq!(
        orgs,
        [("H", "C", true, Category::SinglePointOfFailure), ("H", "V", false, Category::SinglePointOfFailure)]
    );
}

#[test]
fn a_level_asks_whether_the_partners_are_in_touch_at_that_level() {
    let map = Case::new()
        .person("Chief Nurse", "discharge", Level::Executive)
        .person("Nurse", "discharge", Level::Frontline)
        .person("Director ASC", "reablement", Level::Executive)
        .person("Carer", "reablement", Level::Frontline)
        .tie("Chief Nurse", "Director ASC", 10)
        .tie("Nurse", "Chief Nurse", 10)
        .tie("Director ASC", "Carer", 10)
        .map();
    let net = Network::new(&map, day(), StrengthModel::default());
    let at = |level| {
        let options = WeakLinkOptions { level: Some(level), ..Default::default() };
        let report = weak_links(&net, &options);
        report.team_pairs.into_iter().find(|p| p.declared == Some(0)).unwrap()
    };
    assert_eq!(at(Level::Executive).category, Category::SinglePointOfFailure);
    let frontline = at(Level::Frontline);
    assert_eq!(frontline.category, Category::Missing, "{}", frontline.reason);
    let intro = frontline.findings.introduction.expect("the executives could introduce them");
    assert_eq!(names(&map, &intro.path), ["Nurse", "Chief Nurse", "Director ASC", "Carer"]);
}
