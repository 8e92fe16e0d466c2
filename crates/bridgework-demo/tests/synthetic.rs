//! The synthetic generator: valid maps of exactly the size asked for,
//! deterministic for its options, shaped like the demo, with planted weak
//! links that are what they claim.

mod oracle;

use bridgework_core::{Date, Level, Map, Records};
use bridgework_demo::{PlantedCategory, Synthetic};
use std::collections::{HashMap, HashSet};

fn synthetic(people: usize, seed: u64) -> Synthetic {
    Synthetic { people, seed, as_of: Date::from_ymd_opt(2026, 5, 14).expect("a real day") }
}

fn assert_valid(records: Records, what: &str) {
    if let Err(problems) = Map::new(records) {
        let shown: Vec<String> = problems.iter().take(10).map(ToString::to_string).collect();
        panic!("{what} breaks {} rules:\n{}", problems.len(), shown.join("\n"));
    }
}

#[test]
fn maps_of_two_thousand_are_valid_for_two_seeds() {
    for seed in [1, 2] {
        assert_valid(synthetic(2_000, seed).records(), &format!("seed {seed}"));
    }
}

#[test]
fn maps_of_any_size_are_valid_and_have_exactly_the_people_asked_for() {
    for people in [0, 1, 2, 7, 50, 333, 1_234] {
        let records = synthetic(people, 9).records();
        assert_eq!(records.people.len(), people);
        assert_valid(records, &format!("{people} people"));
    }
}

#[test]
fn the_same_options_give_the_same_map_and_another_seed_another() {
    let first = synthetic(2_000, 1);
    assert_eq!(first.records(), first.records());
    assert_eq!(first.planted(), first.planted());
    let other = synthetic(2_000, 2).records();
    assert_ne!(first.records().people, other.people);
    assert_ne!(first.records().ties, other.ties);
}

#[test]
fn planted_links_are_what_they_claim_for_two_seeds() {
    for seed in [1, 2] {
        let options = synthetic(2_000, seed);
        let counts = oracle::check(&options.records(), &options.planted(), options.as_of);
        for category in PlantedCategory::ALL {
            assert_eq!(counts.get(&category), Some(&2), "seed {seed}: {} is not planted twice", category.as_str());
        }
    }
}

#[test]
fn larger_maps_of_two_systems_plant_more_links_and_they_still_hold() {
    let options = synthetic(41_000, 3);
    let records = options.records();
    assert_eq!(records.organisations.len(), 16);
    assert_eq!(records.partnerships.iter().filter(|p| p.name.ends_with("Place Partnership")).count(), 2);
    let counts = oracle::check(&records, &options.planted(), options.as_of);
    for category in PlantedCategory::ALL {
        assert_eq!(counts.get(&category), Some(&4), "{} is not planted four times", category.as_str());
    }
}

#[test]
fn about_seven_ties_per_person_fifteen_percent_across_organisations() {
    let records = synthetic(10_000, 4).records();
    assert!((60_000..=72_000).contains(&records.ties.len()), "{} ties", records.ties.len());
    let org_of_team: HashMap<&str, &str> = records.teams.iter().map(|t| (t.id.as_str(), t.org_id.as_str())).collect();
    let org: HashMap<&str, &str> =
        records.people.iter().map(|p| (p.id.as_str(), org_of_team[p.team_id.as_deref().unwrap()])).collect();
    let across = records.ties.iter().filter(|t| org[t.person_a.as_str()] != org[t.person_b.as_str()]).count();
    let share = across as f64 / records.ties.len() as f64;
    assert!((0.12..=0.18).contains(&share), "{share:.3} of ties cross organisations");
}

#[test]
fn organisations_scale_with_size_and_levels_form_a_pyramid() {
    let records = synthetic(20_000, 5).records();
    assert_eq!(records.organisations.len(), 8 + 20_000 / 5_000);
    let at = |level| records.people.iter().filter(|p| p.level == Some(level)).count();
    let pyramid = [Level::Board, Level::Executive, Level::Senior, Level::Middle, Level::Frontline].map(at);
    assert!(pyramid.windows(2).all(|w| w[0] < w[1]), "levels {pyramid:?} are not a pyramid");
    assert!(records.partner_links.len() >= 20_000 / 300);
    assert!(records.partnerships.len() >= 4);
}

#[test]
fn ids_are_short_stable_codes() {
    let records = synthetic(2_000, 6).records();
    let code = |id: &str, prefix: &str, digits: usize| {
        id.strip_prefix(prefix).is_some_and(|n| n.len() >= digits && n.chars().all(|c| c.is_ascii_digit()))
    };
    assert!(records.organisations.iter().all(|o| code(&o.id, "ORG", 1)));
    assert!(records.teams.iter().all(|t| code(&t.id, "T", 4)));
    assert!(records.people.iter().all(|p| code(&p.id, "P", 6)));
    let names: HashSet<(&str, &str)> = records
        .people
        .iter()
        .map(|p| (p.name.as_str(), p.email.as_deref().unwrap().split_once('@').unwrap().1))
        .collect();
    assert_eq!(names.len(), records.people.len(), "two people in one organisation share a name");
}
