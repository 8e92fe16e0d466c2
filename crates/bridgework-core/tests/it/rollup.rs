//! Ties rolled up to teams and organisations, and their level coverage.

use crate::builder::*;
use bridgework_core::weak_links::{WeakLinkOptions, weak_links};
use bridgework_core::*;

fn case() -> Map {
    Case::new()
        .person("A1", "discharge", Level::Frontline)
        .person("A2", "nights", Level::Middle)
        .person("A3", "frailty", Level::Senior)
        .person("B1", "reablement", Level::Frontline)
        .person("B2", "reablement", Level::Middle)
        .person("V1", "carers", Level::Middle)
        .tie("A1", "B1", 10)
        .tie("A2", "B1", 20)
        .tie("A2", "B2", 400)
        .tie("A1", "A2", 1) // inside the hospital: never rolled up between organisations
        .tie("A3", "V1", 5)
        .map()
}

#[test]
fn organisation_links_count_ties_people_levels_and_the_latest_contact() {
    let map = case();
    let net = Network::new(&map, day(), StrengthModel::default());
    let links = rollup(&net, Grouping::Organisation);
    let (h, c, v) = (map.org_by_id("H").unwrap().0, map.org_by_id("C").unwrap().0, map.org_by_id("V").unwrap().0);
    assert_eq!(links.len(), 2);
    let hc = &links[0];
    assert_eq!((hc.a, hc.b, hc.ties, hc.people_a, hc.people_b), (h, c, 3, 2, 2));
    assert_eq!(hc.levels_a, 0b11000, "middle and frontline on the hospital side");
    assert_eq!(hc.latest_contact, Some(day() - chrono::Days::new(10)));
    let expected: f64 = [10u64, 20, 400].iter().map(|d| 0.92 * (-(*d as f64) / 180.0).exp2()).sum();
    assert!((hc.strength - expected).abs() < 1e-9);
    assert_eq!((links[1].a, links[1].b, links[1].ties), (h, v, 1));
}

#[test]
fn team_links_roll_sub_teams_up_to_the_depth_asked() {
    let map = case();
    let net = Network::new(&map, day(), StrengthModel::default());
    let name = |t: u32| map.records().teams[t as usize].id.as_str();
    let own: Vec<(&str, &str, usize)> =
        rollup(&net, Grouping::Team { depth: None }).iter().map(|l| (name(l.a), name(l.b), l.ties)).collect();
    assert_eq!(
        own,
        [
            ("discharge", "nights", 1),
            ("discharge", "reablement", 1),
            ("nights", "reablement", 2),
            ("frailty", "carers", 1)
        ]
    );
    let top: Vec<(&str, &str, usize)> =
        rollup(&net, Grouping::Team { depth: Some(0) }).iter().map(|l| (name(l.a), name(l.b), l.ties)).collect();
    assert_eq!(top, [("discharge", "reablement", 3), ("frailty", "carers", 1)]);
}

#[test]
fn level_coverage_spreads_the_direct_ties_over_levels() {
    let map = case();
    let net = Network::new(&map, day(), StrengthModel::default());
    let report = weak_links(&net, &WeakLinkOptions::default());
    let link = report.team_pairs.iter().find(|p| p.declared == Some(0)).unwrap();
    let coverage = LevelCoverage::of(&map, &link.findings.direct);
    let mut expected = [[0u32; 6]; 6];
    expected[4][4] = 1; // A1 (frontline) – B1 (frontline)
    expected[3][4] = 1; // A2 (middle) – B1 (frontline)
    expected[3][3] = 1; // A2 (middle) – B2 (middle)
    assert_eq!(coverage.counts, expected);
    assert_eq!(coverage.levels_reached(), (2, 2));
}
