//! The demo map: a valid, realistic, deterministic map whose planted weak
//! links are what they claim.

mod oracle;

use bridgework_core::{Date, Level, Map, OrgKind, PartnershipModel, Records, TieKind};
use bridgework_demo::{PlantedCategory, demo_map, demo_planted};
use std::collections::{BTreeSet, HashMap, HashSet};

fn day(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd_opt(y, m, d).expect("a real day")
}

fn as_of() -> Date {
    day(2026, 5, 14)
}

fn demo() -> Records {
    demo_map(as_of())
}

#[test]
fn the_demo_is_a_valid_map() {
    if let Err(problems) = Map::new(demo()) {
        panic!("{}", problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"));
    }
}

#[test]
fn the_same_day_gives_the_same_demo_and_another_day_moves_every_date_alike() {
    let (a, b) = (demo(), demo());
    assert_eq!(a, b);
    let later = demo_map(day(2027, 1, 2));
    let shift = chrono::Days::new((day(2027, 1, 2) - as_of()).num_days() as u64);
    let moved = |d: Option<Date>| d.map(|d| d + shift);
    assert_eq!(later.people.len(), a.people.len());
    for (before, after) in a.people.iter().zip(&later.people) {
        assert_eq!((&before.id, &before.name, &before.team_id), (&after.id, &after.name, &after.team_id));
        assert_eq!((moved(before.joined), moved(before.left)), (after.joined, after.left));
    }
    for (before, after) in a.ties.iter().zip(&later.ties) {
        assert_eq!(before.key(), after.key());
        assert_eq!((moved(before.last_contact), moved(before.since)), (after.last_contact, after.since));
    }
    assert_eq!(later.partner_links, a.partner_links);
    assert_eq!(demo_planted(as_of()), demo_planted(day(2027, 1, 2)));
}

#[test]
fn eight_partner_organisations_of_every_kind_with_their_own_colours() {
    let records = demo();
    let kinds: HashSet<OrgKind> = records.organisations.iter().map(|o| o.kind).collect();
    assert_eq!(records.organisations.len(), 8);
    assert_eq!(kinds.len(), 8);
    assert!(!kinds.contains(&OrgKind::Other));
    let colours: HashSet<&str> = records.organisations.iter().filter_map(|o| o.colour.as_deref()).collect();
    assert_eq!(colours.len(), 8);
    assert!(records.organisations.iter().all(|o| o.short_name.is_some()));
    // One fictional place: every organisation but the hospice is named after it.
    let named = records.organisations.iter().filter(|o| o.name.contains("Ashworth")).count();
    assert_eq!(named, 7);
}

#[test]
fn teams_run_directorate_service_team_with_real_functions() {
    let records = demo();
    let parent: HashMap<&str, Option<&str>> =
        records.teams.iter().map(|t| (t.id.as_str(), t.parent_team_id.as_deref())).collect();
    let depth = |team: &str| std::iter::successors(parent[team], |up| parent[up]).count();
    assert_eq!(records.teams.iter().map(|t| depth(&t.id)).max(), Some(2));
    assert!(records.teams.iter().all(|t| !t.functions.is_empty()));
    let functions: HashSet<&str> = records.teams.iter().flat_map(|t| t.functions.iter().map(String::as_str)).collect();
    for expected in [
        "hospital discharge",
        "reablement",
        "safeguarding adults",
        "frailty",
        "urgent community response",
        "virtual wards",
        "district nursing",
        "community mental health",
        "crisis team",
        "memory assessment",
        "social prescribing",
        "end of life care",
        "care home support",
        "continuing healthcare",
        "population health",
        "digital",
        "workforce",
        "finance",
    ] {
        assert!(functions.contains(expected), "no team does {expected}");
    }
    assert!(records.teams.iter().all(|t| t.id.starts_with(&t.org_id)), "team ids read as their organisation's");
}

#[test]
fn about_six_hundred_people_in_a_pyramid_with_a_few_leavers_and_joiners() {
    let records = demo();
    let people = &records.people;
    assert!((550..=650).contains(&people.len()), "{} people", people.len());
    let at = |level| people.iter().filter(|p| p.level == Some(level)).count();
    let pyramid = [Level::Board, Level::Executive, Level::Senior, Level::Middle, Level::Frontline].map(at);
    assert!(pyramid.windows(2).all(|w| w[0] < w[1]), "levels {pyramid:?} are not a pyramid");
    let domains: HashMap<&str, String> = records.teams.iter().map(|t| (t.id.as_str(), t.org_id.clone())).collect();
    for person in people {
        assert!(person.role.is_some() && person.team_id.is_some());
        let email = person.email.as_deref().expect("an email");
        assert!(email.ends_with(".example"), "{email} is not at a fictional domain");
        assert!(domains.contains_key(person.team_id.as_deref().unwrap()));
    }
    let names: HashSet<&str> = people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names.len(), people.len(), "two people share a name");
    let leavers = people.iter().filter(|p| !p.is_current(as_of())).count();
    let joiners = people.iter().filter(|p| p.joined.is_some_and(|j| (as_of() - j).num_days() <= 60)).count();
    assert!((3..=25).contains(&leavers), "{leavers} leavers");
    assert!((3..=25).contains(&joiners), "{joiners} recent joiners");
    assert!(people.iter().any(|p| p.role.as_deref() == Some("Social Prescribing Link Worker")));
    assert!(people.iter().any(|p| p.role.as_deref() == Some("Director of Adult Social Services")));
}

#[test]
fn ties_are_mostly_inside_organisations_and_cross_along_pathways() {
    let records = demo();
    let org_of_team: HashMap<&str, &str> = records.teams.iter().map(|t| (t.id.as_str(), t.org_id.as_str())).collect();
    let org: HashMap<&str, &str> =
        records.people.iter().map(|p| (p.id.as_str(), org_of_team[p.team_id.as_deref().unwrap()])).collect();
    let across = records.ties.iter().filter(|t| org[t.person_a.as_str()] != org[t.person_b.as_str()]).count();
    let share = across as f64 / records.ties.len() as f64;
    assert!((0.10..=0.30).contains(&share), "{share:.2} of ties cross organisations");
    assert!(records.ties.len() >= 4 * records.people.len());
    let kinds: HashSet<TieKind> = records.ties.iter().map(|t| t.kind).collect();
    assert_eq!(kinds.len(), TieKind::ALL.len());
    let strengths: BTreeSet<u8> = records.ties.iter().filter_map(|t| t.strength).collect();
    assert_eq!(strengths, BTreeSet::from([1, 2, 3, 4, 5]));
    let sources: HashSet<&str> = records.ties.iter().filter_map(|t| t.source.as_deref()).collect();
    assert!(["survey 2026", "workshop", "import"].iter().all(|s| sources.contains(s)), "{sources:?}");
    assert!(records.ties.iter().any(|t| t.note.is_some()));

    // The discharge hub's ties across organisations go to pathway partners.
    let team_of: HashMap<&str, &str> =
        records.people.iter().map(|p| (p.id.as_str(), p.team_id.as_deref().unwrap())).collect();
    let functions: HashMap<&str, &Vec<String>> = records.teams.iter().map(|t| (t.id.as_str(), &t.functions)).collect();
    let crossing: Vec<&str> = records
        .ties
        .iter()
        .filter(|t| org[t.person_a.as_str()] != org[t.person_b.as_str()])
        .flat_map(|t| [team_of[t.person_a.as_str()], team_of[t.person_b.as_str()]])
        .collect();
    let discharge = crossing.iter().filter(|t| functions[*t].iter().any(|f| f == "hospital discharge")).count();
    assert!(discharge * 10 >= crossing.len(), "discharge teams carry {discharge} of {} crossing ends", crossing.len());
}

#[test]
fn blemishes_a_data_health_check_should_find() {
    let records = demo();
    let unlevelled: Vec<&str> = records.people.iter().filter(|p| p.level.is_none()).map(|p| p.name.as_str()).collect();
    assert_eq!(unlevelled.len(), 1, "{unlevelled:?}");
    assert_eq!(records.ties.iter().filter(|t| t.strength.is_none()).count(), 1);
    assert_eq!(records.ties.iter().filter(|t| t.last_contact.is_none()).count(), 1);
    let old = records.ties.iter().filter(|t| t.last_contact.is_some_and(|d| (as_of() - d).num_days() > 365)).count();
    assert_eq!(old, 1, "ties unconfirmed for a year");

    // One person recorded twice: same surname, same team, first name spelled two ways.
    let surname = |name: &str| name.rsplit(' ').next().unwrap().to_string();
    let mut pairs = Vec::new();
    for (i, p) in records.people.iter().enumerate() {
        for q in &records.people[i + 1..] {
            let (first_p, first_q) = (p.name.split(' ').next().unwrap(), q.name.split(' ').next().unwrap());
            if p.team_id == q.team_id && surname(&p.name) == surname(&q.name) && close(first_p, first_q) {
                pairs.push((p.name.clone(), q.name.clone()));
            }
        }
    }
    assert_eq!(pairs.len(), 1, "likely duplicates: {pairs:?}");
}

/// Different, but within two single-letter edits of each other.
fn close(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut next = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            next.push((row[j] + usize::from(ca != cb)).min(row[j + 1] + 1).min(next[j] + 1));
        }
        row = next;
    }
    (1..=2).contains(&row[b.len()])
}

#[test]
fn partnerships_have_purposes_start_dates_and_dated_assessments() {
    let records = demo();
    assert!(records.partnerships.len() >= 3);
    let models: HashSet<PartnershipModel> = records.partnerships.iter().filter_map(|p| p.model).collect();
    assert!(models.contains(&PartnershipModel::Mandated) && models.contains(&PartnershipModel::Individual));
    let place =
        records.partnerships.iter().find(|p| p.name == "Ashworth Place Partnership").expect("a place partnership");
    assert_eq!(place.org_ids.len(), 8);
    for partnership in &records.partnerships {
        assert!(partnership.purpose.is_some() && partnership.started.is_some_and(|d| d < as_of()));
        let assessed = records.assessments.iter().filter(|a| a.partnership_id == partnership.id).count();
        assert!((2..=3).contains(&assessed), "{} has {assessed} assessments", partnership.name);
    }
}

#[test]
fn every_planted_link_is_what_it_claims_and_every_category_is_there_twice() {
    let records = demo();
    let planted = demo_planted(as_of());
    let counts = oracle::check(&records, &planted, as_of());
    for category in PlantedCategory::ALL {
        assert!(counts.get(&category).copied().unwrap_or(0) >= 2, "{} is planted fewer than twice", category.as_str());
    }
    // Every declared partner link of the demo is a planted one.
    assert_eq!(records.partner_links.len(), planted.len());
}
