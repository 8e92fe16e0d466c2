//! Node positions: deterministic, pins respected, the hierarchy visible, and
//! fast enough for a 10,000-person map.

use crate::builder::*;
use bridgework_core::layout::{Layout, LayoutLevel, LayoutRequest, PlacedNode, layout};
use bridgework_core::*;
use std::collections::HashMap;

/// Six people in each of two hospital teams and a council team, two in the
/// voluntary body; ties inside each team, many between hospital and council,
/// none to the voluntary body.
fn case() -> Map {
    let mut case = Case::new();
    for (prefix, team) in [("D", "discharge"), ("F", "frailty"), ("R", "reablement")] {
        for i in 0..6 {
            case = case.person(&format!("{prefix}{i}"), team, Level::Frontline);
        }
        for i in 0..5 {
            case = case.tie(&format!("{prefix}{i}"), &format!("{prefix}{}", i + 1), 3);
        }
    }
    case = case.person("V0", "carers", Level::Middle).person("V1", "carers", Level::Frontline);
    for i in 0..6 {
        case = case.tie(&format!("D{i}"), &format!("R{i}"), 5).tie(&format!("F{i}"), &format!("R{}", (i + 1) % 6), 5);
    }
    case.map()
}

fn run(map: &Map, level: LayoutLevel, pinned: &HashMap<String, (f64, f64)>) -> Layout {
    let net = Network::new(map, day(), StrengthModel::default());
    layout(&net, &LayoutRequest { level, pinned })
}

fn position(layout: &Layout, key: &str) -> (f64, f64) {
    let node = layout.nodes.iter().find(|n| n.key == key).unwrap_or_else(|| panic!("{key} is placed"));
    (node.x, node.y)
}

fn distance(a: (f64, f64), b: (f64, f64)) -> f64 {
    (a.0 - b.0).hypot(a.1 - b.1)
}

fn levels(map: &Map) -> [LayoutLevel; 4] {
    [
        LayoutLevel::Organisations,
        LayoutLevel::Teams(map.org_by_id("H").unwrap()),
        LayoutLevel::People(map.team_by_id("discharge").unwrap()),
        LayoutLevel::AllPeople,
    ]
}

#[test]
fn the_same_map_gives_bit_identical_positions_in_key_order() {
    let map = case();
    let pinned = HashMap::from([("person:D2".to_string(), (3.0, -4.0))]);
    for level in levels(&map) {
        let first = run(&map, level, &pinned);
        let second = run(&map, level, &pinned);
        let bits =
            |l: &Layout| l.nodes.iter().map(|n| (n.key.clone(), n.x.to_bits(), n.y.to_bits())).collect::<Vec<_>>();
        assert_eq!(bits(&first), bits(&second), "{level:?}");
        assert!(first.nodes.windows(2).all(|w| w[0].key < w[1].key), "{level:?} is ordered by key");
        assert!(first.nodes.iter().all(|n| n.x.is_finite() && n.y.is_finite() && n.size > 0.0));
    }
}

#[test]
fn each_level_places_its_own_nodes() {
    let map = case();
    let keys = |level| run(&map, level, &HashMap::new()).nodes.into_iter().map(|n| n.key).collect::<Vec<_>>();
    let [orgs, teams, people, all] = levels(&map);
    assert_eq!(keys(orgs), ["org:C", "org:H", "org:V"]);
    assert_eq!(keys(teams), ["team:discharge", "team:frailty", "team:nights"]);
    assert_eq!(keys(people), (0..6).map(|i| format!("person:D{i}")).collect::<Vec<_>>());
    assert_eq!(keys(all).len(), 20);
}

#[test]
fn everything_is_every_level_at_once_in_the_same_places() {
    let map = case();
    let mut pinned = HashMap::new();
    pinned.insert("team:frailty".to_string(), (30.0, -4.0));
    let everything = run(&map, LayoutLevel::Everything, &pinned);
    let mut parts: Vec<PlacedNode> = run(&map, LayoutLevel::Organisations, &pinned).nodes;
    for org in ["C", "H", "V"] {
        parts.extend(run(&map, LayoutLevel::Teams(map.org_by_id(org).unwrap()), &pinned).nodes);
    }
    parts.extend(run(&map, LayoutLevel::AllPeople, &pinned).nodes);
    parts.sort_by(|a, b| a.key.cmp(&b.key));
    assert_eq!(everything.nodes, parts);
}

#[test]
fn pinned_nodes_stay_exactly_where_they_were_put() {
    let map = case();
    let pinned = HashMap::from([
        ("org:V".to_string(), (100.0, 50.0)),
        ("team:frailty".to_string(), (-7.25, 3.5)),
        ("person:D0".to_string(), (1.5, 2.5)),
        ("person:R3".to_string(), (-40.0, 0.125)),
    ]);
    for level in levels(&map) {
        let placed = run(&map, level, &pinned);
        for node in &placed.nodes {
            if let Some(&(x, y)) = pinned.get(&node.key) {
                assert_eq!((node.x, node.y), (x, y), "{} at {level:?}", node.key);
            }
        }
    }
    // A pinned team carries its people: they stay around it.
    let all = run(&map, LayoutLevel::AllPeople, &pinned);
    for i in 0..6 {
        assert!(distance(position(&all, &format!("person:F{i}")), (-7.25, 3.5)) < 10.0);
    }
}

/// Whether the team keyed `inner` is the team keyed `outer` or lies within it.
fn within(map: &Map, inner: &str, outer: &str) -> bool {
    let team = |key: &str| key.strip_prefix("team:").and_then(|id| map.team_by_id(id));
    match (team(inner), team(outer)) {
        (Some(inner), Some(outer)) => map.team_ancestry(inner).any(|t| t == outer),
        _ => false,
    }
}

#[test]
fn no_two_nodes_share_a_point_or_overlap_but_sub_teams_inside_their_parents() {
    let map = case();
    for level in levels(&map) {
        let placed = run(&map, level, &HashMap::new());
        for (i, a) in placed.nodes.iter().enumerate() {
            for b in &placed.nodes[i + 1..] {
                if within(&map, &a.key, &b.key) || within(&map, &b.key, &a.key) {
                    continue;
                }
                let apart = distance((a.x, a.y), (b.x, b.y));
                assert!(apart >= a.size + b.size - 1e-9, "{} and {} overlap at {level:?}", a.key, b.key);
            }
        }
    }
}

#[test]
fn a_teams_people_sit_closer_to_each_other_than_to_another_organisations() {
    let map = case();
    let all = run(&map, LayoutLevel::AllPeople, &HashMap::new());
    let group = |prefix: &str| -> Vec<&PlacedNode> {
        all.nodes.iter().filter(|n| n.key.starts_with(&format!("person:{prefix}"))).collect()
    };
    let mean = |a: &[&PlacedNode], b: &[&PlacedNode]| {
        let pairs: Vec<f64> = a
            .iter()
            .flat_map(|p| b.iter().filter(move |q| q.key != p.key).map(move |q| distance((p.x, p.y), (q.x, q.y))))
            .collect();
        pairs.iter().sum::<f64>() / pairs.len() as f64
    };
    let (discharge, reablement, carers) = (group("D"), group("R"), group("V"));
    assert!(mean(&discharge, &discharge) < mean(&discharge, &reablement));
    assert!(mean(&discharge, &discharge) < mean(&discharge, &carers));
    assert!(mean(&reablement, &reablement) < mean(&reablement, &discharge));
}

#[test]
fn organisations_with_ties_between_them_sit_closer_than_those_with_none() {
    let map = case();
    let orgs = run(&map, LayoutLevel::Organisations, &HashMap::new());
    let (h, c, v) = (position(&orgs, "org:H"), position(&orgs, "org:C"), position(&orgs, "org:V"));
    assert!(distance(h, c) < distance(h, v), "H–C {} vs H–V {}", distance(h, c), distance(h, v));
    assert!(distance(h, c) < distance(c, v), "H–C {} vs C–V {}", distance(h, c), distance(c, v));
}

/// [`case`], with people in the sub-team (Night Discharge, under Discharge)
/// tied to each other and to Reablement, and a second sub-team under it.
fn nested_case() -> Map {
    let mut case = Case::new();
    case.records.teams.push(Team {
        id: "nights-weekend".into(),
        org_id: "H".into(),
        parent_team_id: Some("nights".into()),
        name: "Weekend Nights".into(),
        functions: vec![],
    });
    for i in 0..6 {
        case = case.person(&format!("D{i}"), "discharge", Level::Frontline);
        case = case.person(&format!("N{i}"), "nights", Level::Frontline);
        case = case.person(&format!("F{i}"), "frailty", Level::Frontline);
        case = case.person(&format!("R{i}"), "reablement", Level::Frontline);
    }
    case = case.person("W0", "nights-weekend", Level::Frontline).person("S0", "safeguarding", Level::Middle);
    for i in 0..5 {
        case = case.tie(&format!("N{i}"), &format!("N{}", i + 1), 3).tie(&format!("D{i}"), &format!("N{i}"), 2);
        case = case.tie(&format!("F{i}"), &format!("F{}", i + 1), 3);
    }
    for i in 0..6 {
        case = case.tie(&format!("N{i}"), &format!("R{i}"), 5).tie(&format!("D{i}"), &format!("R{i}"), 4);
    }
    case.map()
}

#[test]
fn a_sub_teams_disc_lies_inside_its_parents_and_so_do_its_people() {
    let map = nested_case();
    let h = map.org_by_id("H").unwrap();
    let teams = run(&map, LayoutLevel::Teams(h), &HashMap::new());
    let disc = |layout: &Layout, key: &str| {
        let node = layout.nodes.iter().find(|n| n.key == key).unwrap_or_else(|| panic!("{key} is placed"));
        ((node.x, node.y), node.size)
    };
    for (inner, outer) in [("team:nights", "team:discharge"), ("team:nights-weekend", "team:nights")] {
        let ((ix, iy), ir) = disc(&teams, inner);
        let ((ox, oy), or) = disc(&teams, outer);
        assert!(distance((ix, iy), (ox, oy)) + ir <= or + 1e-9, "{inner} lies inside {outer}");
    }
    // Opening Discharge shows its own people and its sub-teams' people in
    // place: the sub-team's people inside the sub-team's disc, the team's own
    // people outside it.
    let people = run(&map, LayoutLevel::People(map.team_by_id("discharge").unwrap()), &HashMap::new());
    assert_eq!(people.nodes.len(), 13);
    let ((nx, ny), nr) = disc(&teams, "team:nights");
    for i in 0..6 {
        let night = position(&people, &format!("person:N{i}"));
        assert!(distance(night, (nx, ny)) + 1.0 <= nr + 1e-9, "N{i} inside Night Discharge");
        let day_shift = position(&people, &format!("person:D{i}"));
        assert!(distance(day_shift, (nx, ny)) >= nr + 1.0 - 1e-9, "D{i} outside Night Discharge");
    }
    // The same people where the whole map is laid out at once.
    let everything = run(&map, LayoutLevel::Everything, &HashMap::new());
    for node in &people.nodes {
        assert_eq!(position(&everything, &node.key), (node.x, node.y), "{}", node.key);
    }
}

#[test]
fn organisations_team_regions_do_not_overlap() {
    let map = nested_case();
    let everything = run(&map, LayoutLevel::Everything, &HashMap::new());
    let orgs: Vec<&PlacedNode> = everything.nodes.iter().filter(|n| n.key.starts_with("org:")).collect();
    let org_of = |key: &str| {
        let team = map.team_by_id(key.strip_prefix("team:").unwrap()).unwrap();
        map.org_key(map.team_org(team))
    };
    for team in everything.nodes.iter().filter(|n| n.key.starts_with("team:")) {
        let own = orgs.iter().find(|o| o.key == org_of(&team.key)).unwrap();
        assert!(
            distance((team.x, team.y), (own.x, own.y)) + team.size <= own.size + 1e-9,
            "{} in its organisation",
            team.key
        );
        for other in orgs.iter().filter(|o| o.key != own.key) {
            assert!(
                distance((team.x, team.y), (other.x, other.y)) >= team.size + other.size - 1e-9,
                "{} clear of {}",
                team.key,
                other.key
            );
        }
    }
    for (i, a) in orgs.iter().enumerate() {
        for b in &orgs[i + 1..] {
            assert!(distance((a.x, a.y), (b.x, b.y)) >= a.size + b.size, "{} and {} apart", a.key, b.key);
        }
    }
}

#[test]
fn teams_with_partner_links_face_their_partners() {
    let map = nested_case();
    let everything = run(&map, LayoutLevel::Everything, &HashMap::new());
    let council = position(&everything, "org:C");
    // Discharge (and its sub-teams) is tied to the council's Reablement; Frailty to no one outside.
    let discharge = distance(position(&everything, "team:discharge"), council);
    let frailty = distance(position(&everything, "team:frailty"), council);
    assert!(discharge < frailty, "Discharge {discharge} from the council, Frailty {frailty}");
}

/// Run with `cargo test --release -p bridgework-core --test it -- --ignored layout --nocapture`.
#[test]
#[ignore = "timing: run in release"]
fn ten_thousand_people_are_laid_out_in_well_under_three_seconds() {
    use bridgework_demo::Synthetic;
    let synthetic = Synthetic { people: 10_000, seed: 1, as_of: day() };
    let map = Map::new(synthetic.records()).expect("the synthetic map is valid");
    let net = Network::new(&map, day(), StrengthModel::default());
    let pinned = HashMap::new();
    let started = std::time::Instant::now();
    let placed = layout(&net, &LayoutRequest { level: LayoutLevel::AllPeople, pinned: &pinned });
    let elapsed = started.elapsed();
    eprintln!("laid out {} people in {elapsed:?}", placed.nodes.len());
    assert!(placed.nodes.len() > 9_000);
    assert!(elapsed.as_secs_f64() < 3.0);
}
