//! The rules a map keeps, checked on small hand-built maps.

use bridgework_core::*;
use expect_test::{Expect, expect};

fn org(id: &str) -> Organisation {
    Organisation { id: id.into(), name: format!("Org {id}"), kind: OrgKind::Other, short_name: None, colour: None }
}

fn team(id: &str, org: &str, parent: Option<&str>) -> Team {
    Team {
        id: id.into(),
        org_id: org.into(),
        parent_team_id: parent.map(Into::into),
        name: id.into(),
        functions: vec![],
    }
}

fn person(id: &str, team: &str) -> Person {
    Person {
        id: id.into(),
        team_id: Some(team.into()),
        name: format!("Person {id}"),
        role: None,
        level: None,
        email: None,
        phone: None,
        joined: None,
        left: None,
        tags: vec![],
    }
}

fn tie(a: &str, b: &str) -> Tie {
    Tie {
        person_a: a.into(),
        person_b: b.into(),
        kind: TieKind::WorksWith,
        strength: Some(3),
        frequency: None,
        last_contact: None,
        since: None,
        source: None,
        note: None,
    }
}

fn base() -> Records {
    Records {
        organisations: vec![org("A"), org("B")],
        teams: vec![team("A1", "A", None), team("A2", "A", Some("A1")), team("B1", "B", None)],
        people: vec![person("p1", "A2"), person("p2", "B1"), person("p3", "B1")],
        ties: vec![tie("p1", "p2"), tie("p2", "p3")],
        ..Records::default()
    }
}

/// Checks `records` and compares the problems found, one per line, with `expect`.
fn check(records: Records, expect: Expect) {
    let found = match Map::new(records) {
        Ok(_) => "no problems".to_string(),
        Err(problems) => problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n"),
    };
    expect.assert_eq(&found);
}

#[test]
fn a_consistent_map_has_no_problems() {
    check(base(), expect!["no problems"]);
}

#[test]
fn duplicate_and_empty_ids_are_reported_with_the_first_row() {
    let mut records = base();
    records.people.push(person("p1", "A1"));
    records.people.push(person(" ", "A1"));
    records.organisations.push(org("A"));
    check(
        records,
        expect![[r#"
            organisations row 3, column id: duplicate id "A" (first on row 1)
            people row 4, column id: duplicate id "p1" (first on row 1)
            people row 5, column id: id is empty"#]],
    );
}

#[test]
fn references_must_resolve() {
    let mut records = base();
    records.teams.push(team("X1", "nowhere", Some("ghost")));
    records.people.push(person("p9", "no-team"));
    records.ties.push(tie("p1", "stranger"));
    records.partner_links.push(PartnerLink { team_a: "A1".into(), team_b: "Z9".into(), reason: None });
    check(
        records,
        expect![[r#"
            teams row 4, column org_id: unknown organisation id "nowhere"
            teams row 4, column parent_team_id: unknown team id "ghost"
            people row 4, column team_id: unknown team id "no-team"
            ties row 3, column person_b: unknown person id "stranger"
            partner_links row 1, column team_b: unknown team id "Z9""#]],
    );
}

#[test]
fn ties_to_oneself_out_of_range_strengths_and_repeats_are_refused() {
    let mut records = base();
    records.ties.push(tie("p3", "p3"));
    records.ties.push(Tie { strength: Some(9), ..tie("p1", "p3") });
    records.ties.push(tie("p2", "p1")); // the same pair and kind as row 1, reversed
    records.ties.push(Tie { kind: TieKind::Advice, ..tie("p2", "p1") }); // another kind is another tie
    check(
        records,
        expect![[r#"
            ties row 3, column person_b: a tie from "p3" to themself
            ties row 4, column strength: 9 is not between 1 and 5
            ties row 5: a second works-with tie between "p2" and "p1" (first on row 1)"#]],
    );
}

#[test]
fn teams_nested_in_a_loop_or_across_organisations_are_refused() {
    let mut records = base();
    records.teams[0].parent_team_id = Some("A2".into()); // A1 → A2 → A1
    records.teams.push(team("B2", "B", Some("A2")));
    check(
        records,
        expect![[r#"
            teams row 1, column parent_team_id: teams are nested in a loop: A1 → A2 → A1
            teams row 4, column parent_team_id: parent team "A2" belongs to organisation "A", not "B""#]],
    );
}

#[test]
fn a_partner_link_joins_two_organisations() {
    let mut records = base();
    records.partner_links.push(PartnerLink { team_a: "A1".into(), team_b: "A2".into(), reason: None });
    records.partner_links.push(PartnerLink { team_a: "A2".into(), team_b: "B1".into(), reason: None });
    records.partner_links.push(PartnerLink { team_a: "B1".into(), team_b: "A2".into(), reason: None });
    check(
        records,
        expect![[r#"
            partner_links row 1, column team_b: teams "A1" and "A2" are both in organisation "A"; a partner link joins two organisations
            partner_links row 3: a second partner link between "B1" and "A2" (first on row 2)"#]],
    );
}

#[test]
fn dates_colours_and_emails_must_make_sense() {
    let mut records = base();
    records.organisations[0].colour = Some("blue".into());
    records.people[0].joined = Some("2025-01-01".parse().unwrap());
    records.people[0].left = Some("2024-01-01".parse().unwrap());
    records.people[1].email = Some("priya at trust".into());
    records.ties[0].since = Some("2025-06-01".parse().unwrap());
    records.ties[0].last_contact = Some("2025-01-01".parse().unwrap());
    check(
        records,
        expect![[r#"
            organisations row 1, column colour: "blue" is not a colour; write it as #rrggbb, e.g. #1f77b4
            people row 1, column left: left on 2024-01-01, before joining on 2025-01-01
            people row 2, column email: "priya at trust" is not an email address
            ties row 1, column last_contact: last contact 2025-01-01 is before the tie began (2025-06-01)"#]],
    );
}

#[test]
fn partnerships_need_two_known_organisations_and_assessments_scores_of_one_to_five() {
    let mut records = base();
    records.partnerships.push(Partnership {
        id: "P".into(),
        name: "Place".into(),
        model: None,
        purpose: None,
        started: None,
        org_ids: vec!["A".into(), "A".into()],
    });
    records.partnerships.push(Partnership {
        id: "Q".into(),
        name: "Alliance".into(),
        model: None,
        purpose: None,
        started: None,
        org_ids: vec!["A".into(), "C".into()],
    });
    let assessment = Assessment {
        partnership_id: "P".into(),
        date: "2026-01-01".parse().unwrap(),
        shared_purpose: 4,
        shared_values: 0,
        agreed_processes: 3,
        trust_commitment: 6,
        communication: 3,
    };
    records.assessments.push(assessment.clone());
    records.assessments.push(assessment.clone());
    records.assessments.push(Assessment {
        partnership_id: "R".into(),
        shared_values: 3,
        trust_commitment: 3,
        ..assessment
    });
    check(
        records,
        expect![[r#"
            partnerships row 1, column organisations: "A" is listed twice
            partnerships row 1, column organisations: a partnership needs at least two organisations
            partnerships row 2, column organisations: unknown organisation id "C"
            assessments row 1, column shared_values: 0 is not between 1 and 5
            assessments row 1, column trust_commitment: 6 is not between 1 and 5
            assessments row 2, column shared_values: 0 is not between 1 and 5
            assessments row 2, column trust_commitment: 6 is not between 1 and 5
            assessments row 2: a second assessment of "P" on 2026-01-01 (first on row 1)
            assessments row 3, column partnership_id: unknown partnership id "R""#]],
    );
}

#[test]
fn people_who_have_left_drop_out_of_the_person_graph_with_their_ties() {
    let mut records = base();
    records.people[2].left = Some("2026-01-31".parse().unwrap());
    let map = Map::new(records).unwrap();
    let before = PersonGraph::build(&map, "2026-01-30".parse().unwrap());
    let after = PersonGraph::build(&map, "2026-01-31".parse().unwrap());
    assert_eq!((before.graph.node_count(), before.graph.edge_count()), (3, 2));
    assert_eq!((after.graph.node_count(), after.graph.edge_count()), (2, 1));
    assert!(after.node(PersonIx(2)).is_none());
}

#[test]
fn a_team_includes_its_ancestry_up_to_the_organisation() {
    let map = Map::new(base()).unwrap();
    let a2 = map.team_by_id("A2").unwrap();
    let ancestry: Vec<&str> = map.team_ancestry(a2).map(|t| map.records().teams[t.index()].id.as_str()).collect();
    assert_eq!(ancestry, ["A2", "A1"]);
    assert_eq!(map.team_depth(a2), 1);
    assert_eq!(map.person_org(map.person_by_id("p1").unwrap()), map.org_by_id("A"));
}
