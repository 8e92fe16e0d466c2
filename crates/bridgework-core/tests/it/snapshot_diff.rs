//! The diff of two moments of a hand-built map: who joined and left, which
//! ties were gained, lost, strengthened or weakened and why, and which pairs
//! changed category.

use crate::builder::*;
use bridgework_core::weak_links::{Category, WeakLinkOptions};
use bridgework_core::*;

/// The diff of two maps, both as of [`DAY`].
fn diff(before: &Map, after: &Map) -> SnapshotDiff {
    diff_on(before, after, day())
}

/// The diff of `before` as of [`DAY`] and `after` as of `after_day`.
fn diff_on(before: &Map, after: &Map, after_day: Date) -> SnapshotDiff {
    snapshot_diff(
        Moment { map: before, day: day() },
        Moment { map: after, day: after_day },
        StrengthModel::default(),
        &WeakLinkOptions::default(),
    )
}

fn person(map: &Map, p: PersonIx) -> &str {
    &map.records().people[p.index()].id
}

fn tie(map: &Map, t: TieIx) -> String {
    let tie = &map.records().ties[t.index()];
    format!("{}–{}", tie.person_a, tie.person_b)
}

fn team(map: &Map, t: TeamIx) -> &str {
    &map.records().teams[t.index()].id
}

/// Asha (discharge) knows Ben (reablement), who knows Cara (safeguarding).
fn three_people() -> Case {
    Case::new()
        .person("Asha", "discharge", Level::Frontline)
        .person("Ben", "reablement", Level::Frontline)
        .person("Cara", "safeguarding", Level::Middle)
        .tie("Asha", "Ben", 10)
        .tie("Ben", "Cara", 10)
}

#[test]
fn people_who_leave_or_are_removed_have_left_and_their_ties_are_lost() {
    let before = three_people().map();
    let mut after = Case::new()
        .person("Asha", "discharge", Level::Frontline)
        .person("Ben", "reablement", Level::Frontline)
        .person("Dev", "reablement", Level::Frontline)
        .left("Ben", "2026-10-01")
        .tie("Asha", "Ben", 10)
        .tie("Asha", "Dev", 5);
    after.records.ties.swap(0, 1);
    let after = after.map();
    let d = diff(&before, &after);

    let joined: Vec<&str> = d.joined.iter().map(|&p| person(&after, p)).collect();
    assert_eq!(joined, ["Dev"]);
    let left: Vec<(&str, Option<Date>)> = d.left.iter().map(|l| (person(&before, l.person), l.left_on)).collect();
    assert_eq!(left, [("Ben", Some("2026-10-01".parse().unwrap())), ("Cara", None)]);

    let gained: Vec<String> = d.ties_gained.iter().map(|&t| tie(&after, t)).collect();
    assert_eq!(gained, ["Asha–Dev"]);
    // Ben's tie to Asha is still recorded, but Ben has left, so it no longer counts.
    let lost: Vec<(String, bool)> = d.ties_lost.iter().map(|l| (tie(&before, l.tie), l.still_recorded)).collect();
    assert_eq!(lost, [("Asha–Ben".to_string(), true), ("Ben–Cara".to_string(), false)]);
    assert!(d.strengthened.is_empty() && d.weakened.is_empty());
    // Discharge – Reablement still hangs on one person (Asha), so no pair changed.
    assert!(d.team_pairs.is_empty(), "{:?}", d.team_pairs);
    assert!(d.org_pairs.is_empty(), "{:?}", d.org_pairs);
}

#[test]
fn someone_back_in_post_has_joined_and_their_ties_count_again() {
    let before = three_people().left("Ben", "2026-10-01").map();
    let after = three_people().map();
    let d = diff(&before, &after);
    assert_eq!(d.joined.iter().map(|&p| person(&after, p)).collect::<Vec<_>>(), ["Ben"]);
    assert!(d.left.is_empty());
    assert_eq!(d.ties_gained.iter().map(|&t| tie(&after, t)).collect::<Vec<_>>(), ["Asha–Ben", "Ben–Cara"]);
    // The declared link had no direct tie while Ben was gone.
    assert_eq!(d.team_pairs.len(), 1);
    let change = d.team_pairs[0];
    assert_eq!(change.before.map(|s| s.category), Some(Category::Missing));
    assert_eq!(change.after.map(|s| s.category), Some(Category::SinglePointOfFailure));
    assert!(change.after.unwrap().declared);
}

#[test]
fn a_lower_rating_weakens_a_tie_and_says_the_rating_moved() {
    let before = three_people().map();
    let mut after = three_people();
    after.records.ties[0].strength = Some(2);
    let after = after.map();
    let d = diff(&before, &after);
    assert!(d.strengthened.is_empty());
    assert_eq!(d.weakened.len(), 1);
    let change = &d.weakened[0];
    assert_eq!(tie(&after, change.after_tie), "Asha–Ben");
    assert_eq!(change.moved, [StrengthPart::Rating]);
    assert_eq!((change.before.rating, change.after.rating), (5, 2));
    assert!(change.delta() < -STRENGTH_EPSILON);
}

#[test]
fn a_more_frequent_contact_strengthens_a_tie() {
    let before = three_people().map();
    let mut after = three_people();
    after.records.ties[1].frequency = Some(Frequency::Daily);
    let after = after.map();
    let d = diff(&before, &after);
    assert!(d.weakened.is_empty());
    assert_eq!(d.strengthened.len(), 1);
    assert_eq!(tie(&after, d.strengthened[0].after_tie), "Ben–Cara");
    assert_eq!(d.strengthened[0].moved, [StrengthPart::Frequency]);
}

#[test]
fn ties_nobody_renewed_weaken_by_recency_as_time_passes() {
    // Three independent recent ties: a healthy link.
    let map = Case::new()
        .person("Asha", "discharge", Level::Frontline)
        .person("Abe", "discharge", Level::Frontline)
        .person("Ada", "discharge", Level::Middle)
        .person("Ben", "reablement", Level::Frontline)
        .person("Bo", "reablement", Level::Frontline)
        .person("Bly", "reablement", Level::Middle)
        .tie("Asha", "Ben", 10)
        .tie("Abe", "Bo", 10)
        .tie("Ada", "Bly", 10)
        .map();
    let later = day() + chrono::Days::new(180);
    let d = diff_on(&map, &map, later);
    assert_eq!(d.weakened.len(), 3);
    for change in &d.weakened {
        assert_eq!(change.moved, [StrengthPart::Recency]);
        assert!((change.after.value - change.before.value / 2.0).abs() < 1e-9, "one half-life halves it");
    }
    assert!(d.joined.is_empty() && d.left.is_empty() && d.ties_gained.is_empty() && d.ties_lost.is_empty());
    // After 190 days without contact, the link is stale.
    assert_eq!(d.team_pairs.len(), 1);
    assert_eq!(d.team_pairs[0].before.map(|s| s.category), Some(Category::Healthy));
    assert_eq!(d.team_pairs[0].after.map(|s| s.category), Some(Category::Stale));
}

#[test]
fn pairs_change_category_appear_and_disappear_matched_by_their_ids() {
    let people = || {
        Case::new()
            .person("Asha", "discharge", Level::Frontline)
            .person("Bea", "nights", Level::Frontline)
            .person("Fay", "frailty", Level::Frontline)
            .person("Dev", "reablement", Level::Frontline)
            .person("Eli", "reablement", Level::Frontline)
            .tie("Asha", "Dev", 10)
    };
    let before = people().tie("Fay", "Dev", 10).map();
    // Written in another order, so that indices differ from the earlier map's.
    let mut after = people().tie("Bea", "Eli", 10);
    after.records.people.reverse();
    let after = after.map();
    let d = diff(&before, &after);

    let described: Vec<(String, Option<Category>, Option<Category>)> = d
        .team_pairs
        .iter()
        .map(|c| {
            let ids = match (c.before, c.after) {
                (Some(s), _) => format!("{}–{}", team(&before, s.a), team(&before, s.b)),
                (None, Some(s)) => format!("{}–{}", team(&after, s.a), team(&after, s.b)),
                (None, None) => unreachable!("a change has at least one side"),
            };
            (ids, c.before.map(|s| s.category), c.after.map(|s| s.category))
        })
        .collect();
    assert_eq!(
        described,
        [
            // Bea's tie to Eli is a second, independent tie into Reablement.
            ("discharge–reablement".to_string(), Some(Category::SinglePointOfFailure), Some(Category::Thin)),
            ("frailty–reablement".to_string(), Some(Category::SinglePointOfFailure), None),
            ("nights–reablement".to_string(), None, Some(Category::SinglePointOfFailure)),
        ]
    );
    assert_eq!(d.org_pairs.len(), 1);
    let org = d.org_pairs[0];
    assert_eq!(org.before.map(|s| (s.category, s.partnered)), Some((Category::SinglePointOfFailure, true)));
    assert_eq!(org.after.map(|s| (s.category, s.partnered)), Some((Category::Thin, true)));
}
