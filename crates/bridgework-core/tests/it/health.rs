//! The data-health checklist on a hand-built map with one of each flaw.

use crate::builder::*;
use bridgework_core::*;

fn flawed() -> Map {
    let mut case = Case::new()
        .person("Asha", "discharge", Level::Middle)
        .person("Ben", "frailty", Level::Frontline)
        .person("Cara", "safeguarding", Level::Middle)
        .person("Dev", "reablement", Level::Middle)
        .person("Catherine Jones", "reablement", Level::Frontline)
        .person("Katherine Jones", "reablement", Level::Frontline)
        .person("J Jones", "safeguarding", Level::Frontline)
        .person("Eve", "carers", Level::Middle)
        .person("Fin", "carers", Level::Middle)
        .person("Gone", "frailty", Level::Middle)
        .left("Gone", "2026-01-01")
        .tie("Asha", "Dev", 10)
        .tie("Asha", "Ben", 400)
        .tie("Ben", "Gone", 400)
        .tie("Cara", "Dev", 365)
        .tie("Eve", "Fin", 10)
        .tie("Catherine Jones", "Dev", 10);
    let r = &mut case.records;
    for person in &mut r.people {
        person.role = Some("Practitioner".into());
    }
    r.people[1].level = None; // Ben
    r.people[9].level = None; // Gone, who has left: not counted
    r.people[9].role = None;
    r.people[2].team_id = None; // Cara
    r.people[3].role = Some(" ".into()); // Dev
    r.people[7].email = Some("eve@carers.example".into());
    r.people[8].email = Some("EVE@carers.example ".trim().into());
    r.ties[4].strength = None; // Eve – Fin
    r.ties[5].last_contact = None; // Catherine – Dev
    r.partner_links.push(PartnerLink { team_a: "frailty".into(), team_b: "safeguarding".into(), reason: None });
    case.map()
}

fn check(report: &HealthReport, which: HealthCheck) -> &Check {
    report.checks.iter().find(|c| c.check == which).unwrap()
}

#[test]
fn every_flaw_is_found_with_its_rows() {
    let map = flawed();
    let report = health(&map, day(), 100);
    assert_eq!(report.checks.iter().map(|c| c.check).collect::<Vec<_>>(), HealthCheck::ALL);
    let rows = |which| (check(&report, which).count, check(&report, which).rows.clone());
    assert_eq!(rows(HealthCheck::PeopleWithoutTeam), (1, vec![2]));
    assert_eq!(rows(HealthCheck::PeopleWithoutLevel), (1, vec![1]));
    assert_eq!(rows(HealthCheck::PeopleWithoutRole), (1, vec![3]));
    assert_eq!(rows(HealthCheck::TiesWithoutStrength), (1, vec![4]));
    assert_eq!(rows(HealthCheck::TiesWithoutContactDate), (1, vec![5]));
    // 400 days is over a year; exactly 365 is not; nor is Ben – Gone, 400
    // days ago but confirmed less than a year before Gone left.
    assert_eq!(rows(HealthCheck::TiesNotConfirmedForAYear), (1, vec![1]));
    // The carers trust has ties only among its own people.
    assert_eq!(rows(HealthCheck::OrganisationsWithoutOutsideTies), (1, vec![2]));
    // Frailty's only outside contact would be through Ben, who knows only
    // hospital staff; Safeguarding's Cara has no team, so her tie does not count.
    assert_eq!(rows(HealthCheck::PartnerTeamsWithoutOutsideTies), (2, vec![2, 4]));
}

#[test]
fn likely_duplicates_by_email_spelling_and_initial() {
    let map = flawed();
    let report = health(&map, day(), 100);
    let named: Vec<(String, String, DuplicateReason)> = report
        .duplicates
        .iter()
        .map(|d| {
            (map.records().people[d.a.index()].name.clone(), map.records().people[d.b.index()].name.clone(), d.reason)
        })
        .collect();
    assert_eq!(
        named,
        [
            ("Catherine Jones".into(), "Katherine Jones".into(), DuplicateReason::SimilarName { distance: 1 }),
            ("Eve".into(), "Fin".into(), DuplicateReason::SameEmail),
        ],
        "J Jones is in another organisation, so not a likely duplicate of either"
    );
    assert_eq!(check(&report, HealthCheck::LikelyDuplicatePeople).count, 2);
    assert_eq!(check(&report, HealthCheck::LikelyDuplicatePeople).rows, [4, 5, 7, 8]);
}

#[test]
fn lists_are_capped_but_counts_are_not() {
    let map = flawed();
    let report = health(&map, day(), 1);
    assert_eq!(check(&report, HealthCheck::PartnerTeamsWithoutOutsideTies).count, 2);
    assert_eq!(check(&report, HealthCheck::PartnerTeamsWithoutOutsideTies).rows, [2]);
    assert_eq!(report.duplicates.len(), 1);
}

#[test]
fn similar_names_count_only_with_the_same_team_or_role() {
    let mut case = Case::new()
        .person("J Smith", "safeguarding", Level::Middle)
        .person("John Smith", "safeguarding", Level::Middle)
        .person("Jane Smith", "reablement", Level::Middle)
        .person("Stephen Hill", "reablement", Level::Middle)
        .person("Steven Hill", "safeguarding", Level::Middle)
        .person("Joan Hill", "safeguarding", Level::Middle);
    for (person, role) in case.records.people.iter_mut().zip(["Social Worker", "", "Social Worker", "OT", "OT", ""]) {
        person.role = Some(role.into());
    }
    let map = case.map();
    let report = health(&map, day(), 10);
    let pairs: Vec<(usize, usize, DuplicateReason)> =
        report.duplicates.iter().map(|d| (d.a.index(), d.b.index(), d.reason)).collect();
    // J / John: same team. J / Jane: same role. John / Jane: neither. Stephen
    // / Steven: same role. Steven / Joan share a team, but not a name.
    assert_eq!(
        pairs,
        [
            (0, 1, DuplicateReason::Initial),
            (0, 2, DuplicateReason::Initial),
            (3, 4, DuplicateReason::SimilarName { distance: 2 })
        ]
    );
}
