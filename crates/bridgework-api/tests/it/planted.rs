//! Every weak spot the generators plant is found, in the right category and
//! naming the right people.

use bridgework_api::{Category, PairView, Synthetic, WeakLinksRequest};
use bridgework_core::{Date, Map};
use bridgework_demo::{PlantedCategory, PlantedWeakLink};

fn as_of() -> Date {
    "2026-11-01".parse().unwrap()
}

fn category(planted: PlantedCategory) -> Category {
    match planted {
        PlantedCategory::Missing => Category::Missing,
        PlantedCategory::IndirectOnly => Category::IndirectOnly,
        PlantedCategory::SinglePointOfFailure => Category::SinglePointOfFailure,
        PlantedCategory::Thin => Category::Thin,
        PlantedCategory::Stale => Category::Stale,
        PlantedCategory::TopHeavy => Category::TopHeavy,
        PlantedCategory::Healthy => Category::Healthy,
    }
}

fn ids(people: &[bridgework_api::PersonRef]) -> Vec<String> {
    let mut ids: Vec<String> = people.iter().map(|p| p.id.clone()).collect();
    ids.sort();
    ids
}

/// Writes the records to a real map file, runs the report on it, and checks
/// every planted link against it.
fn check(records: bridgework_core::Records, planted: Vec<PlantedWeakLink>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("planted.bwmap");
    let map = Map::new(records).unwrap();
    bridgework_store::Store::create(&path, "planted", &map, "2026-11-01T00:00:00Z").unwrap();
    let report = bridgework_api::weak_links_report(&path, &WeakLinksRequest::new(as_of())).unwrap();
    assert!(!planted.is_empty());
    for link in planted {
        let pair: &PairView = report
            .team_pairs
            .iter()
            .find(|p| {
                (p.a.id == link.team_a && p.b.id == link.team_b) || (p.a.id == link.team_b && p.b.id == link.team_a)
            })
            .unwrap_or_else(|| panic!("{} – {} is reported", link.team_a, link.team_b));
        assert_eq!(pair.category, category(link.category), "{} – {}: {}", link.team_a, link.team_b, pair.reason);
        match link.category {
            PlantedCategory::SinglePointOfFailure => assert_eq!(ids(&pair.critical), link.people, "{}", pair.reason),
            PlantedCategory::IndirectOnly => assert_eq!(ids(&pair.intermediaries), link.people, "{}", pair.reason),
            PlantedCategory::Missing => assert!(pair.intermediaries.is_empty()),
            PlantedCategory::Thin => assert_eq!(pair.redundancy, 2, "{}", pair.reason),
            PlantedCategory::Stale => {
                assert!(pair.reason.contains("have not been used for"), "{}", pair.reason);
                // Every weak tie says why, and time since the last contact is
                // part of it.
                assert_eq!(pair.ties.len(), pair.direct_ties);
                for tie in pair.ties.iter().filter(|t| t.weak) {
                    assert!(tie.why.iter().any(|w| w.starts_with("last contact ")), "{:?}", tie.why);
                }
            }
            _ => {}
        }
        if link.category == PlantedCategory::SinglePointOfFailure {
            let name = &pair.critical[0].name;
            assert!(pair.reason.starts_with(&format!("If {name} leaves")), "{}", pair.reason);
        }
    }
}

#[test]
fn the_demo_maps_planted_weak_links_are_found() {
    check(bridgework_demo::demo_map(as_of()), bridgework_demo::demo_planted(as_of()));
}

#[test]
fn a_synthetic_maps_planted_weak_links_are_found() {
    let synthetic = Synthetic { people: 3_000, seed: 11, as_of: as_of() };
    check(synthetic.records(), synthetic.planted());
}
