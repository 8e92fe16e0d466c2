use super::data::*;
use bridgework_core::brokerage::participation_coefficient;

/// Groups A (0), B (1), C (2): nodes 0, 2, 4 in A, 1 in B, 3 in C, 5 an isolate in A.
fn five_and_an_isolate() -> (petgraph::graph::UnGraph<(), f64>, [u32; 6]) {
    (graph(6, &[(0, 1), (0, 3), (0, 4), (1, 2), (1, 3), (2, 4)]), [0, 1, 0, 2, 0, 0])
}

#[test]
fn unweighted_by_hand() {
    let (graph, groups) = five_and_an_isolate();
    // 0: one tie each to B, C, A → 1 − 3·(1/3)² = 2/3.
    // 1: two to A, one to C → 1 − (4/9 + 1/9) = 4/9.
    // 2: one to B, one to A → 1/2.   3: one to A, one to B → 1/2.
    // 4: both ties to A → 0.         5: no ties → 0.
    let expected = [2.0 / 3.0, 4.0 / 9.0, 0.5, 0.5, 0.0, 0.0];
    assert_all_close(&participation_coefficient(&graph, &groups, false), &expected);
}

#[test]
fn weighted_by_hand() {
    let (mut graph, groups) = five_and_an_isolate();
    // Halve 0–3 and 0–4.
    for edge in [1, 2] {
        graph[petgraph::graph::EdgeIndex::new(edge)] = 0.5;
    }
    // 0: strengths B 1, C 1/2, A 1/2 of 2 → 1 − (1/4 + 1/16 + 1/16) = 5/8.
    // 3: A 1/2, B 1 of 3/2 → 1 − (1/9 + 4/9) = 4/9.  4: all A → 0.
    let expected = [5.0 / 8.0, 4.0 / 9.0, 0.5, 4.0 / 9.0, 0.0, 0.0];
    assert_all_close(&participation_coefficient(&graph, &groups, true), &expected);
}

#[test]
fn karate_club_members_who_straddle_the_split() {
    // Mr. Hi (0): 15 of his 16 friends in his own faction, one (31) in the
    // Officer's: 1 − (15² + 1²)/16² = 30/256. Every member is then checked
    // against the two-group form of the definition.
    let values = participation_coefficient(&karate(), &KARATE_CLUB, false);
    assert!((values[0] - 30.0 / 256.0).abs() < 1e-12);
    let graph = karate();
    for v in graph.node_indices() {
        let neighbours: Vec<_> = graph.neighbors(v).collect();
        let k = neighbours.len() as f64;
        let same = neighbours.iter().filter(|w| KARATE_CLUB[w.index()] == 0).count() as f64;
        let expected = 1.0 - (same / k).powi(2) - ((k - same) / k).powi(2);
        assert!((values[v.index()] - expected).abs() < 1e-12, "member {}", v.index());
    }
}
