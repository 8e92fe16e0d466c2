//! The communities report on a real map file: it repeats for a seed, gives
//! every person in post a community, and its modularity is core's.

use bridgework_api::{CommunitiesRequest, CommunitiesView, PeopleFilter};
use bridgework_core::communities::modularity;
use bridgework_core::{Date, Map, Network, PersonNetwork, StrengthModel};

fn as_of() -> Date {
    "2026-11-01".parse().unwrap()
}

fn demo() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = super::brokers::map_file(dir.path(), bridgework_demo::demo_map(as_of()));
    (dir, path)
}

fn report(path: &std::path::Path, request: &CommunitiesRequest) -> CommunitiesView {
    bridgework_api::communities_report(path, request).unwrap()
}

#[test]
fn communities_repeat_for_a_seed() {
    let (_dir, path) = demo();
    let mut request = CommunitiesRequest::new(as_of());
    request.seed = 42;
    let first = report(&path, &request);
    assert_eq!(report(&path, &request), first);
    assert_eq!(first.seed, 42);
    assert!(first.community_count > 1);
}

#[test]
fn every_person_in_post_gets_a_community_and_modularity_is_cores() {
    let (_dir, path) = demo();
    let view = report(&path, &CommunitiesRequest::new(as_of()));
    assert_eq!(view.people.len(), view.people_in_post);
    assert!(view.people.iter().all(|m| (m.community as usize) < view.community_count));
    assert_eq!(view.communities.iter().map(|c| c.size).sum::<usize>(), view.people_in_post);
    assert!(view.communities.iter().any(|c| c.organisations.len() > 1), "some community crosses a boundary");
    for c in &view.communities {
        let members = view.people.iter().filter(|m| m.community == c.community).count();
        assert_eq!(members, c.size);
        let counted: usize = c.organisations.iter().map(|o| o.people).sum::<usize>() + c.without_organisation;
        assert_eq!(counted, c.size);
    }
    for o in &view.organisations {
        assert_eq!(o.communities.iter().map(|c| c.people).sum::<usize>(), o.people);
    }
    assert!((0.0..=1.0).contains(&view.nmi));

    // The view's membership, scored by core on the same graph.
    let map = Map::new(bridgework_demo::demo_map(as_of())).unwrap();
    let net = Network::new(&map, as_of(), StrengthModel::default());
    let people = PersonNetwork::new(&net);
    let membership: Vec<u32> = (0..people.graph.node_count())
        .map(|v| {
            let id = &map.records().people[people.person(v).index()].id;
            view.people.iter().find(|m| &m.person.id == id).unwrap().community
        })
        .collect();
    let expected = modularity(&people.graph, &membership, 1.0, true);
    let q = view.modularity.expect("the demo has ties");
    assert!((q - expected).abs() < 1e-12, "{q} vs {expected}");
    assert!(q > 0.3, "the demo has clear communities: {q}");
}

#[test]
fn filters_list_fewer_people_but_do_not_change_the_communities() {
    let (_dir, path) = demo();
    let everyone = report(&path, &CommunitiesRequest::new(as_of()));
    let mut request = CommunitiesRequest::new(as_of());
    request.filter = PeopleFilter { organisation: Some("hospice".into()), ..PeopleFilter::default() };
    let view = report(&path, &request);
    assert!(!view.people.is_empty());
    assert!(view.people.iter().all(|m| m.organisation.as_ref().unwrap().id == "hospice"));
    assert_eq!(view.modularity, everyone.modularity);
    for m in &view.people {
        let same = everyone.people.iter().find(|e| e.person.id == m.person.id).unwrap();
        assert_eq!(same.community, m.community);
    }
    assert!(view.communities.iter().all(|c| view.people.iter().any(|m| m.community == c.community)));
    assert_eq!(view.organisations.len(), 1);
}
