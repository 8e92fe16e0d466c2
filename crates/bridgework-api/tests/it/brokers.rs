//! The brokers-and-silos report on real map files: the demo's planted single
//! points of failure show up as brokers, cut points are phrased for people,
//! and filters only choose what is listed.

use bridgework_api::{BrokersRequest, BrokersView, ErrorCode, PeopleFilter};
use bridgework_core::{Date, Level, Map, Person, Records, Tie, TieKind};
use bridgework_demo::PlantedCategory;
use std::path::Path;

fn as_of() -> Date {
    "2026-11-01".parse().unwrap()
}

/// Writes `records` to a map file in `dir` and returns its path.
pub fn map_file(dir: &Path, records: Records) -> std::path::PathBuf {
    let path = dir.join("brokers.bwmap");
    let map = Map::new(records).unwrap();
    bridgework_store::Store::create(&path, "brokers", &map, "2026-11-01T00:00:00Z").unwrap();
    path
}

fn report(records: Records, request: &BrokersRequest) -> BrokersView {
    let dir = tempfile::tempdir().unwrap();
    bridgework_api::brokers_report(&map_file(dir.path(), records), request).unwrap()
}

#[test]
fn planted_single_points_of_failure_broker_between_their_organisations() {
    let view = report(bridgework_demo::demo_map(as_of()), &BrokersRequest::new(as_of()));
    assert!(view.betweenness.exact);
    assert_eq!(view.betweenness.samples, None);
    assert_eq!(view.people.len(), view.people_in_post);
    let planted: Vec<String> = bridgework_demo::demo_planted(as_of())
        .into_iter()
        .filter(|link| link.category == PlantedCategory::SinglePointOfFailure)
        .flat_map(|link| link.people)
        .collect();
    assert!(!planted.is_empty());
    for id in planted {
        let person = view.people.iter().find(|p| p.person.id == id).expect("every person in post is listed");
        // Carrying their organisation's only contact with a partner team,
        // they join people of two organisations who are not in touch.
        assert!(person.brokerage.representative > 0, "{}: {:?}", person.person.name, person.brokerage);
        assert!(person.participation > 0.0, "{}", person.person.name);
        assert!(person.betweenness > 0.0, "{}", person.person.name);
    }
    // Highest betweenness first, every person named by id and name.
    assert!(view.people.windows(2).all(|w| w[0].betweenness >= w[1].betweenness));
    assert!(view.people.iter().all(|p| !p.person.id.is_empty() && !p.person.name.is_empty()));
    assert!(view.people.iter().all(|p| p.closeness.is_some()), "closeness comes with exact betweenness");
}

#[test]
fn e_i_counts_add_up_over_organisations_and_pairs() {
    let view = report(bridgework_demo::demo_map(as_of()), &BrokersRequest::new(as_of()));
    let ei = &view.ei_index;
    assert_eq!(ei.overall.internal + ei.overall.external, view.tied_pairs as u64);
    let inside: u64 = ei.organisations.iter().map(|o| o.ei.internal).sum();
    let across: u64 = ei.organisations.iter().map(|o| o.ei.external).sum();
    assert_eq!(inside, ei.overall.internal);
    // A tie across organisations leaves both.
    assert_eq!(across, 2 * ei.overall.external);
    let between: u64 = ei.organisation_pairs.iter().map(|p| p.ei.external).sum();
    assert_eq!(between, ei.overall.external);
    assert!(ei.organisations.windows(2).all(|w| w[0].ei.index <= w[1].ei.index), "most inward first");
    assert!(!ei.teams.is_empty());
    assert!(ei.teams.iter().all(|t| t.group.organisation.is_some() && t.people > 0));
}

/// The demo plus one newcomer whose only tie is to someone in another
/// organisation: that someone becomes a cut point and the tie a bridge.
#[test]
fn a_cut_point_says_who_loses_their_only_route() {
    let mut records = bridgework_demo::demo_map(as_of());
    let anchor = records.people.iter().find(|p| p.is_current(as_of()) && p.team_id.is_some()).unwrap().clone();
    let anchor_org = org_of(&records, &anchor);
    let other_team =
        records.teams.iter().find(|t| t.org_id != anchor_org).map(|t| t.id.clone()).expect("a second organisation");
    records.people.push(Person {
        id: "p-newcomer".into(),
        team_id: Some(other_team),
        name: "Nell Newcomer".into(),
        role: None,
        level: Some(Level::Frontline),
        email: None,
        phone: None,
        joined: None,
        left: None,
        tags: vec![],
    });
    records.ties.push(Tie {
        person_a: anchor.id.clone(),
        person_b: "p-newcomer".into(),
        kind: TieKind::WorksWith,
        strength: Some(4),
        frequency: None,
        last_contact: Some(as_of()),
        since: None,
        source: None,
        note: None,
    });
    let view = report(records, &BrokersRequest::new(as_of()));
    let cut = view.cut_points.iter().find(|c| c.person.id == anchor.id).expect("the anchor is a cut point");
    assert_eq!(
        cut.sentence,
        format!(
            "If {} leaves, 1 person (Nell Newcomer) loses their only route to the rest of the network.",
            anchor.name
        )
    );
    assert_eq!(cut.cut_off, 1);
    assert_eq!(cut.separated[0][0].id, "p-newcomer");
    assert_eq!(cut.rest + cut.cut_off + 1, view.people_in_post, "the demo is one connected network");
    let bridge = view.bridges.iter().find(|b| b.a.id == "p-newcomer" || b.b.id == "p-newcomer").expect("a bridge");
    assert_eq!(bridge.span, None);
    assert_ne!(bridge.a_organisation, bridge.b_organisation);
    let anchor_view = view.people.iter().find(|p| p.person.id == anchor.id).unwrap();
    assert_eq!(anchor_view.cuts_off, 1);
}

fn org_of(records: &Records, person: &Person) -> String {
    let team = person.team_id.as_ref().unwrap();
    records.teams.iter().find(|t| &t.id == team).unwrap().org_id.clone()
}

#[test]
fn filters_choose_whom_to_list_and_top_cuts_the_lists() {
    let records = bridgework_demo::demo_map(as_of());
    let dir = tempfile::tempdir().unwrap();
    let path = map_file(dir.path(), records);
    let everyone = bridgework_api::brokers_report(&path, &BrokersRequest::new(as_of())).unwrap();

    let mut request = BrokersRequest::new(as_of());
    request.filter = PeopleFilter { organisation: Some("council".into()), team: None, level: Some(Level::Senior) };
    request.top = Some(3);
    let view = bridgework_api::brokers_report(&path, &request).unwrap();
    assert_eq!(view.people.len(), 3);
    assert!(view.people_matching > 3);
    for p in &view.people {
        assert_eq!(p.organisation.as_ref().unwrap().id, "council");
        assert_eq!(p.level, Some(Level::Senior));
        // Filters choose what is listed; the figures are the whole network's.
        let same = everyone.people.iter().find(|q| q.person.id == p.person.id).unwrap();
        assert_eq!(same, p);
    }
    assert!(view.ei_index.organisations.iter().all(|o| o.group.id == "council"));
    assert!(view.ei_index.teams.iter().all(|t| t.group.organisation.as_ref().unwrap().id == "council"));

    request.filter = PeopleFilter { organisation: Some("no-such-org".into()), ..PeopleFilter::default() };
    let err = bridgework_api::brokers_report(&path, &request).unwrap_err();
    assert_eq!(err.code, ErrorCode::NotFound);
}

#[test]
fn sampled_betweenness_states_its_sample_and_error_and_repeats_for_a_seed() {
    let dir = tempfile::tempdir().unwrap();
    let path = map_file(dir.path(), bridgework_demo::demo_map(as_of()));
    let mut request = BrokersRequest::new(as_of());
    request.samples = Some(100);
    request.seed = 7;
    let first = bridgework_api::brokers_report(&path, &request).unwrap();
    assert!(!first.betweenness.exact);
    assert_eq!(first.betweenness.samples, Some(100));
    let bound = first.betweenness.std_error.expect("an error estimate");
    assert!(bound > 0.0);
    assert!(first.people.iter().all(|p| p.betweenness_std_error.is_some_and(|e| e <= bound)));
    assert!(first.people.iter().all(|p| p.closeness.is_none()));
    assert_eq!(bridgework_api::brokers_report(&path, &request).unwrap(), first);

    request.exact = true;
    let exact = bridgework_api::brokers_report(&path, &request).unwrap();
    assert!(exact.betweenness.exact, "--exact wins over a sample size");
}
