//! The data-health checklist finds each flaw the demo map was built with: one
//! person without a level, one tie without a strength, one without a contact
//! date, one not confirmed for over a year, and one person recorded twice
//! under two spellings of their name.

use bridgework_api::{HealthView, RecordRef, health_report};
use bridgework_core::{Date, DuplicateReason, HealthCheck, Map};

fn as_of() -> Date {
    "2026-11-01".parse().unwrap()
}

fn demo_health() -> (Map, HealthView) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.bwmap");
    let map = Map::new(bridgework_demo::demo_map(as_of())).unwrap();
    bridgework_store::Store::create(&path, "demo", &map, "2026-11-01T00:00:00Z").unwrap();
    let view = health_report(&path, as_of(), 50).unwrap();
    (map, view)
}

fn count(view: &HealthView, check: HealthCheck) -> usize {
    view.checks.iter().find(|c| c.check == check).unwrap().count
}

#[test]
fn the_demo_s_planted_flaws_are_each_found_once() {
    let (map, view) = demo_health();
    for check in [
        HealthCheck::PeopleWithoutLevel,
        HealthCheck::TiesWithoutStrength,
        HealthCheck::TiesWithoutContactDate,
        HealthCheck::TiesNotConfirmedForAYear,
        HealthCheck::LikelyDuplicatePeople,
    ] {
        assert_eq!(count(&view, check), 1, "{check:?}: {:#?}", view.checks.iter().find(|c| c.check == check));
    }
    // The unlevelled post of the organisation plans.
    let unlevelled = &view.checks.iter().find(|c| c.check == HealthCheck::PeopleWithoutLevel).unwrap().records;
    let RecordRef::Person(person) = &unlevelled[0] else { panic!("a person") };
    let record = map.records().people.iter().find(|p| p.id == person.id).unwrap();
    assert_eq!(record.role.as_deref(), Some("Interim Practice Lead"));
    assert_eq!(record.name, person.name);

    // The respelled person: same surname, same team and job, a first name
    // spelled another way.
    let duplicate = &view.duplicates[0];
    assert!(matches!(duplicate.reason, DuplicateReason::SimilarName { distance: 1 | 2 }), "{duplicate:?}");
    let [a, b] = [&duplicate.a, &duplicate.b].map(|r| map.records().people.iter().find(|p| p.id == r.id).unwrap());
    assert_ne!(a.name, b.name);
    assert_eq!(a.name.rsplit(' ').next(), b.name.rsplit(' ').next());
    assert_eq!((&a.team_id, &a.role, a.level), (&b.team_id, &b.role, b.level));

    // The unconfirmed tie was last in contact 400–540 days before.
    let unconfirmed = &view.checks.iter().find(|c| c.check == HealthCheck::TiesNotConfirmedForAYear).unwrap().records;
    let RecordRef::Tie(tie) = &unconfirmed[0] else { panic!("a tie") };
    let age = (as_of() - tie.last_contact.unwrap()).num_days();
    assert!((400..=540).contains(&age), "{age}");
}

#[test]
fn the_demo_is_otherwise_complete() {
    let (_, view) = demo_health();
    for check in [HealthCheck::PeopleWithoutTeam, HealthCheck::PeopleWithoutRole] {
        assert_eq!(count(&view, check), 0, "{check:?}");
    }
    let json = serde_json::to_value(&view).unwrap();
    for (i, check) in HealthCheck::ALL.iter().enumerate() {
        assert_eq!(json["checks"][i]["check"], check.as_str());
    }
    assert_eq!(json["checks"][1]["records"][0]["id"].as_str().map(|s| !s.is_empty()), Some(true));
}
