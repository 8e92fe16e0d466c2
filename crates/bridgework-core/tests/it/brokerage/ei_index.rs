use super::data::*;
use bridgework_core::brokerage::{EiCounts, ei_index, ei_index_of};

/// Groups A = {0, 1, 2}, B = {3, 4}, C = {5}; A is a closed triangle.
fn three_groups() -> (petgraph::graph::UnGraph<(), f64>, [u32; 6]) {
    let ties = [(0, 1), (1, 2), (0, 2), (2, 3), (3, 4), (4, 5), (1, 5)];
    (graph(6, &ties), [0, 0, 0, 1, 1, 2])
}

fn index(internal: u64, external: u64) -> EiCounts {
    EiCounts { internal, external }
}

#[test]
fn overall_per_group_and_per_pair_by_hand() {
    let (graph, groups) = three_groups();
    let ei = ei_index(&graph, &groups);
    // Inside groups: 0–1, 1–2, 0–2, 3–4; across: 2–3, 4–5, 1–5.
    assert_eq!(ei.overall, index(4, 3));
    assert_eq!(ei.overall.index(), Some(-1.0 / 7.0));
    // A: 3 inside, 2 out (2–3, 1–5); B: 1 inside, 2 out; C: none inside, 2 out.
    assert_eq!(ei.per_group, [index(3, 2), index(1, 2), index(0, 2)]);
    let per_group: Vec<f64> = ei.per_group.iter().map(|c| c.index().unwrap()).collect();
    assert_all_close(&per_group, &[-0.2, 1.0 / 3.0, 1.0]);
    // Pairs: A–B one tie across, 3 + 1 inside; B–C one across, 1 inside; A–C one across, 3 inside.
    assert_eq!(ei.between.into_iter().collect::<Vec<_>>(), [((0, 1), 1), ((0, 2), 1), ((1, 2), 1)]);
    let ei = ei_index(&graph, &groups);
    assert_eq!((ei.pair(0, 1), ei.pair(1, 0)), (index(4, 1), index(4, 1)));
    assert_eq!(ei.pair(0, 1).index(), Some(-0.6));
    assert_eq!(ei.pair(2, 1).index(), Some(0.0));
    assert_eq!(ei.pair(0, 2).index(), Some(-0.5));
}

#[test]
fn any_set_of_people_such_as_a_team() {
    let (graph, _) = three_groups();
    // {2, 3}: 2–3 inside; 1–2, 0–2, 3–4 leave.
    let team = ei_index_of(&graph, |v| [2, 3].contains(&v.index()));
    assert_eq!(team, index(1, 3));
    assert_eq!(team.index(), Some(0.5));
    assert_eq!(ei_index_of(&graph, |_| false).index(), None);
    assert_eq!(ei_index_of(&graph, |_| true).index(), Some(-1.0));
}

#[test]
fn karate_club_factions_keep_to_themselves() {
    // 67 of the 78 friendships stay within the faction each member later
    // joined; 11 cross. Mr. Hi's faction: 35 inside, 11 across; the
    // Officer's: 32 inside, 11 across.
    let ei = ei_index(&karate(), &KARATE_CLUB);
    assert_eq!(ei.overall, index(67, 11));
    assert_eq!(ei.per_group, [index(35, 11), index(32, 11)]);
    assert_eq!(ei.pair(0, 1), index(67, 11));
    assert!((ei.overall.index().unwrap() - (-56.0 / 78.0)).abs() < 1e-12);
}

#[test]
fn groups_without_ties_have_no_index() {
    let ei = ei_index(&graph(3, &[(0, 1)]), &[0, 0, 2]);
    assert_eq!(ei.per_group[1].index(), None);
    assert_eq!(ei.per_group[2].index(), None);
    assert_eq!(ei.overall.index(), Some(-1.0));
}
