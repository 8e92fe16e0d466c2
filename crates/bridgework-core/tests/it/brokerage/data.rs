//! The graphs the brokerage tests run on: two classic social networks, small
//! hand-built shapes, and seeded random graphs.

use petgraph::graph::{NodeIndex, UnGraph};
use std::collections::HashSet;

/// Zachary's karate club (1977), as NetworkX's `karate_club_graph()`: 34
/// members, 78 friendships, each with Zachary's count of contexts in which
/// the two met (1–7), in NetworkX's edge order.
pub const KARATE_FRIENDSHIPS: [(u32, u32, u8); 78] = [
    (0, 1, 4),
    (0, 2, 5),
    (0, 3, 3),
    (0, 4, 3),
    (0, 5, 3),
    (0, 6, 3),
    (0, 7, 2),
    (0, 8, 2),
    (0, 10, 2),
    (0, 11, 3),
    (0, 12, 1),
    (0, 13, 3),
    (0, 17, 2),
    (0, 19, 2),
    (0, 21, 2),
    (0, 31, 2),
    (1, 2, 6),
    (1, 3, 3),
    (1, 7, 4),
    (1, 13, 5),
    (1, 17, 1),
    (1, 19, 2),
    (1, 21, 2),
    (1, 30, 2),
    (2, 3, 3),
    (2, 7, 4),
    (2, 8, 5),
    (2, 9, 1),
    (2, 13, 3),
    (2, 27, 2),
    (2, 28, 2),
    (2, 32, 2),
    (3, 7, 3),
    (3, 12, 3),
    (3, 13, 3),
    (4, 6, 2),
    (4, 10, 3),
    (5, 6, 5),
    (5, 10, 3),
    (5, 16, 3),
    (6, 16, 3),
    (8, 30, 3),
    (8, 32, 3),
    (8, 33, 4),
    (9, 33, 2),
    (13, 33, 3),
    (14, 32, 3),
    (14, 33, 2),
    (15, 32, 3),
    (15, 33, 4),
    (18, 32, 1),
    (18, 33, 2),
    (19, 33, 1),
    (20, 32, 3),
    (20, 33, 1),
    (22, 32, 2),
    (22, 33, 3),
    (23, 25, 5),
    (23, 27, 4),
    (23, 29, 3),
    (23, 32, 5),
    (23, 33, 4),
    (24, 25, 2),
    (24, 27, 3),
    (24, 31, 2),
    (25, 31, 7),
    (26, 29, 4),
    (26, 33, 2),
    (27, 33, 4),
    (28, 31, 2),
    (28, 33, 2),
    (29, 32, 4),
    (29, 33, 2),
    (30, 32, 3),
    (30, 33, 3),
    (31, 32, 4),
    (31, 33, 4),
    (32, 33, 5),
];

/// The club each member joined after the split: 0 for Mr. Hi's, 1 for the
/// Officer's (NetworkX's `club` attribute).
pub const KARATE_CLUB: [u32; 34] =
    [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];

/// Padgett's Florentine families (marriage ties), as NetworkX's
/// `florentine_families_graph()`, in its node order. NetworkX leaves out the
/// Pucci, who married into none of these families; [`florentine_with_pucci`]
/// adds them back as an isolate.
pub const FLORENTINE_FAMILIES: [&str; 15] = [
    "Acciaiuoli",
    "Medici",
    "Castellani",
    "Peruzzi",
    "Strozzi",
    "Barbadori",
    "Ridolfi",
    "Tornabuoni",
    "Albizzi",
    "Salviati",
    "Pazzi",
    "Bischeri",
    "Guadagni",
    "Ginori",
    "Lamberteschi",
];

/// The 20 marriages, as indices into [`FLORENTINE_FAMILIES`], in NetworkX's edge order.
pub const FLORENTINE_MARRIAGES: [(u32, u32); 20] = [
    (0, 1),
    (1, 5),
    (1, 6),
    (1, 7),
    (1, 8),
    (1, 9),
    (2, 3),
    (2, 4),
    (2, 5),
    (3, 4),
    (3, 11),
    (4, 6),
    (4, 11),
    (6, 7),
    (7, 12),
    (8, 13),
    (8, 12),
    (9, 10),
    (11, 12),
    (12, 14),
];

/// The karate club with every tie of weight 1.
pub fn karate() -> UnGraph<u32, f64> {
    karate_with(|_| 1.0)
}

/// The karate club with Zachary's counts scaled into (0, 1]: count / 7.
pub fn karate_weighted() -> UnGraph<u32, f64> {
    karate_with(|count| f64::from(count) / 7.0)
}

fn karate_with(weight: impl Fn(u8) -> f64) -> UnGraph<u32, f64> {
    let mut graph = UnGraph::with_capacity(34, 78);
    for member in 0..34 {
        graph.add_node(member);
    }
    for (a, b, count) in KARATE_FRIENDSHIPS {
        graph.add_edge(NodeIndex::new(a as usize), NodeIndex::new(b as usize), weight(count));
    }
    graph
}

/// The Florentine families with every marriage of weight 1.
pub fn florentine() -> UnGraph<&'static str, f64> {
    florentine_with(|_| 1.0)
}

/// The Florentine families with made-up weights cycling 1, 1/2, 1/4 along the
/// edge order: powers of two, so sums of 1/weight are exact and ties between
/// equally long paths cannot depend on rounding.
pub fn florentine_weighted() -> UnGraph<&'static str, f64> {
    florentine_with(|i| [1.0, 0.5, 0.25][i % 3])
}

/// The Florentine families with the Pucci (node 15) as an isolate.
pub fn florentine_with_pucci(weighted: bool) -> UnGraph<&'static str, f64> {
    let mut graph = if weighted { florentine_weighted() } else { florentine() };
    graph.add_node("Pucci");
    graph
}

fn florentine_with(weight: impl Fn(usize) -> f64) -> UnGraph<&'static str, f64> {
    let mut graph = UnGraph::with_capacity(15, 20);
    for family in FLORENTINE_FAMILIES {
        graph.add_node(family);
    }
    for (i, (a, b)) in FLORENTINE_MARRIAGES.into_iter().enumerate() {
        graph.add_edge(NodeIndex::new(a as usize), NodeIndex::new(b as usize), weight(i));
    }
    graph
}

/// A graph of `n` nodes with the given ties, all of weight 1.
pub fn graph(n: usize, ties: &[(u32, u32)]) -> UnGraph<(), f64> {
    let mut graph = UnGraph::with_capacity(n, ties.len());
    for _ in 0..n {
        graph.add_node(());
    }
    for &(a, b) in ties {
        graph.add_edge(NodeIndex::new(a as usize), NodeIndex::new(b as usize), 1.0);
    }
    graph
}

/// A uniformly random simple graph with `n` nodes and `m` ties (weights
/// drawn from 1/5, 2/5, …, 1), repeatable from `seed`.
pub fn random_graph(n: usize, m: usize, seed: u64) -> UnGraph<(), f64> {
    let mut random = Random(seed);
    let mut seen = HashSet::new();
    let mut graph = graph(n, &[]);
    while graph.edge_count() < m {
        let (a, b) = (random.below(n), random.below(n));
        if a != b && seen.insert((a.min(b), a.max(b))) {
            let weight = (random.below(5) + 1) as f64 / 5.0;
            graph.add_edge(NodeIndex::new(a), NodeIndex::new(b), weight);
        }
    }
    graph
}

/// SplitMix64: a small, good, seedable generator for test graphs.
pub struct Random(pub u64);

impl Random {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Asserts every node's value is within 1e-6 of the reference, naming the
/// first node that is not.
pub fn assert_all_close(actual: &[f64], expected: &[f64]) {
    assert_eq!(actual.len(), expected.len(), "one value per node");
    for (node, (a, e)) in actual.iter().zip(expected).enumerate() {
        assert!((a - e).abs() < 1e-6, "node {node}: got {a}, expected {e}");
    }
}

/// [`assert_all_close`] for measures undefined (`None`) at some nodes.
pub fn assert_all_close_or_none(actual: &[Option<f64>], expected: &[Option<f64>]) {
    assert_eq!(actual.len(), expected.len(), "one value per node");
    for (node, (a, e)) in actual.iter().zip(expected).enumerate() {
        match (a, e) {
            (Some(a), Some(e)) => assert!((a - e).abs() < 1e-6, "node {node}: got {a}, expected {e}"),
            (None, None) => {}
            _ => panic!("node {node}: got {a:?}, expected {e:?}"),
        }
    }
}
