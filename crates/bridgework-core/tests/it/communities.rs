//! Communities: modularity against NetworkX's values, Leiden against the best
//! known answers and its own guarantees, and the cross-cut against
//! scikit-learn's values.

use std::collections::BTreeSet;

use bridgework_core::communities::{LeidenOptions, against_groups, leiden, modularity};
use petgraph::graph::UnGraph;

/// Zachary's karate club as NetworkX ships it (`karate_club_graph()`, 3.6):
/// (a, b, number of contexts in which the two met).
#[rustfmt::skip]
const KARATE: [(u32, u32, f64); 78] = [
    (0, 1, 4.0), (0, 2, 5.0), (0, 3, 3.0), (0, 4, 3.0), (0, 5, 3.0), (0, 6, 3.0), (0, 7, 2.0), (0, 8, 2.0),
    (0, 10, 2.0), (0, 11, 3.0), (0, 12, 1.0), (0, 13, 3.0), (0, 17, 2.0), (0, 19, 2.0), (0, 21, 2.0), (0, 31, 2.0),
    (1, 2, 6.0), (1, 3, 3.0), (1, 7, 4.0), (1, 13, 5.0), (1, 17, 1.0), (1, 19, 2.0), (1, 21, 2.0), (1, 30, 2.0),
    (2, 3, 3.0), (2, 7, 4.0), (2, 8, 5.0), (2, 9, 1.0), (2, 13, 3.0), (2, 27, 2.0), (2, 28, 2.0), (2, 32, 2.0),
    (3, 7, 3.0), (3, 12, 3.0), (3, 13, 3.0), (4, 6, 2.0), (4, 10, 3.0), (5, 6, 5.0), (5, 10, 3.0), (5, 16, 3.0),
    (6, 16, 3.0), (8, 30, 3.0), (8, 32, 3.0), (8, 33, 4.0), (9, 33, 2.0), (13, 33, 3.0), (14, 32, 3.0), (14, 33, 2.0),
    (15, 32, 3.0), (15, 33, 4.0), (18, 32, 1.0), (18, 33, 2.0), (19, 33, 1.0), (20, 32, 3.0), (20, 33, 1.0),
    (22, 32, 2.0), (22, 33, 3.0), (23, 25, 5.0), (23, 27, 4.0), (23, 29, 3.0), (23, 32, 5.0), (23, 33, 4.0),
    (24, 25, 2.0), (24, 27, 3.0), (24, 31, 2.0), (25, 31, 7.0), (26, 29, 4.0), (26, 33, 2.0), (27, 33, 4.0),
    (28, 31, 2.0), (28, 33, 2.0), (29, 32, 4.0), (29, 33, 2.0), (30, 32, 3.0), (30, 33, 3.0), (31, 32, 4.0),
    (31, 33, 4.0), (32, 33, 5.0),
];

/// The members of Mr Hi's club after the split; the rest joined the Officer's.
const MR_HI: [u32; 17] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 16, 17, 19, 21];

fn graph(n: usize, edges: &[(u32, u32, f64)]) -> UnGraph<(), f64> {
    let mut graph = UnGraph::with_capacity(n, edges.len());
    for _ in 0..n {
        graph.add_node(());
    }
    for &(a, b, w) in edges {
        graph.add_edge(a.into(), b.into(), w);
    }
    graph
}

fn karate() -> UnGraph<(), f64> {
    graph(34, &KARATE)
}

fn clubs() -> Vec<u32> {
    (0..34).map(|v| u32::from(!MR_HI.contains(&v))).collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-12
}

/// Two triangles {0, 1, 2} and {3, 4, 5} joined by the edge 2–3.
fn two_triangles(bridge: f64) -> UnGraph<(), f64> {
    graph(6, &[(0, 1, 1.0), (1, 2, 1.0), (0, 2, 1.0), (3, 4, 1.0), (4, 5, 1.0), (3, 5, 1.0), (2, 3, bridge)])
}

/// A small deterministic generator for test graphs (SplitMix64).
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A planted partition: `groups` groups of `size` nodes; each edge picks a
/// node at random and, with probability 1 − `mixing`, a partner in its own
/// group, else anywhere. Weights are uniform in (0.05, 1].
fn planted(groups: usize, size: usize, edges: usize, mixing: f64, seed: u64) -> (UnGraph<(), f64>, Vec<u32>) {
    let n = groups * size;
    let mut dice = Dice(seed);
    let mut seen = BTreeSet::new();
    let mut list = Vec::with_capacity(edges);
    while list.len() < edges {
        let a = dice.below(n);
        let b = if dice.unit() < mixing { dice.below(n) } else { a / size * size + dice.below(size) };
        if a != b && seen.insert((a.min(b), a.max(b))) {
            list.push((a as u32, b as u32, 1.0 - 0.95 * dice.unit()));
        }
    }
    (graph(n, &list), (0..n).map(|v| (v / size) as u32).collect())
}

/// Whether the nodes of each community are connected inside it.
fn communities_are_connected(graph: &UnGraph<(), f64>, membership: &[u32]) -> bool {
    let mut parent: Vec<usize> = (0..membership.len()).collect();
    fn root(parent: &mut [usize], mut v: usize) -> usize {
        while parent[v] != v {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        v
    }
    for edge in graph.raw_edges() {
        let (a, b) = (edge.source().index(), edge.target().index());
        if membership[a] == membership[b] {
            let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
            parent[ra] = rb;
        }
    }
    let roots: BTreeSet<(u32, usize)> = (0..membership.len()).map(|v| (membership[v], root(&mut parent, v))).collect();
    let communities: BTreeSet<u32> = membership.iter().copied().collect();
    roots.len() == communities.len()
}

// ---------------------------------------------------------------- modularity

#[test]
fn modularity_of_two_triangles_by_hand() {
    // m = 7, each triangle holds 3 and has strength 7: 2·(3/7 − (7/14)²) = 5/14.
    let split = [0, 0, 0, 1, 1, 1];
    assert!(close(modularity(&two_triangles(1.0), &split, 1.0, true), 5.0 / 14.0));
    // A weak bridge (0.5): m = 6.5, strength 6.5 each: 2·(3/6.5 − 1/4) = 11/26.
    assert!(close(modularity(&two_triangles(0.5), &split, 1.0, true), 11.0 / 26.0));
    // Unweighted, the bridge weighs 1 again.
    assert!(close(modularity(&two_triangles(0.5), &split, 1.0, false), 5.0 / 14.0));
    // Resolution 2 doubles the expected part: 6/7 − 2·(1/2) = −1/7.
    assert!(close(modularity(&two_triangles(1.0), &split, 2.0, true), -1.0 / 7.0));
    // Everything together: 1 − 1 = 0; labels need not start at 0.
    assert!(close(modularity(&two_triangles(1.0), &[9; 6], 1.0, true), 0.0));
}

#[test]
fn modularity_matches_networkx() {
    // networkx 3.6.1, `nx.community.modularity(G, [club1, club2], ...)`.
    assert!(close(modularity(&karate(), &clubs(), 1.0, false), 0.3582347140039448));
    assert!(close(modularity(&karate(), &clubs(), 1.0, true), 0.39143756676224206));
    assert!(close(modularity(&karate(), &clubs(), 0.5, false), 0.6086045364891519));
    // With a loop: edges 0–1 (1), 1–2 (0.5), 0–2 (0.25), 2–3 (1), loop 3–3 (0.5).
    let looped = graph(4, &[(0, 1, 1.0), (1, 2, 0.5), (0, 2, 0.25), (2, 3, 1.0), (3, 3, 0.5)]);
    assert!(close(modularity(&looped, &[0, 0, 1, 1], 1.0, true), 0.2573964497041421));
    assert!(close(modularity(&looped, &[0, 0, 0, 1], 1.5, true), -0.1686390532544379));
}

#[test]
fn a_graph_without_edges_has_no_modularity() {
    assert!(modularity(&graph(3, &[]), &[0, 1, 2], 1.0, true).is_nan());
    assert!(modularity(&graph(2, &[(0, 1, 0.0)]), &[0, 0], 1.0, true).is_nan());
}

// ---------------------------------------------------------------- Leiden

#[test]
fn leiden_splits_two_triangles_at_the_bridge() {
    let found = leiden(&two_triangles(1.0), LeidenOptions::default());
    assert_eq!(found.membership, [0, 0, 0, 1, 1, 1]);
    assert!(close(found.modularity, 5.0 / 14.0));
    assert_eq!(found.community_count(), 2);
}

#[test]
fn leiden_reaches_the_best_known_modularity_on_the_karate_club() {
    // The best division of the (unweighted) club has modularity 0.41979.
    for seed in 0..20 {
        let found = leiden(&karate(), LeidenOptions { seed, weighted: false, ..LeidenOptions::default() });
        assert!(found.modularity >= 0.4197, "seed {seed}: {}", found.modularity);
        assert_eq!(found.community_count(), 4, "seed {seed}");
        assert!(close(found.modularity, modularity(&karate(), &found.membership, 1.0, false)));
    }
}

#[test]
fn the_same_seed_gives_the_same_communities() {
    let (graph, _) = planted(20, 50, 6000, 0.5, 7);
    let options = LeidenOptions { seed: 42, ..LeidenOptions::default() };
    let first = leiden(&graph, options);
    assert_eq!(leiden(&graph, options), first);
    // Pinned, so that a change of algorithm or generator shows here.
    assert_eq!(first.membership[..12], [1, 3, 1, 1, 1, 3, 1, 3, 1, 1, 3, 3]);
}

#[test]
fn every_community_is_connected() {
    // Sparse random graphs, where Louvain is known to leave communities
    // that fall apart.
    for seed in 0..30 {
        let mut dice = Dice(seed);
        let n = 400;
        let mut edges = BTreeSet::new();
        while edges.len() < 600 {
            let (a, b) = (dice.below(n) as u32, dice.below(n) as u32);
            if a != b {
                edges.insert((a.min(b), a.max(b)));
            }
        }
        let edges: Vec<(u32, u32, f64)> = edges.into_iter().map(|(a, b)| (a, b, 0.1 + 0.9 * dice.unit())).collect();
        let graph = graph(n, &edges);
        let found = leiden(&graph, LeidenOptions { seed, ..LeidenOptions::default() });
        assert!(communities_are_connected(&graph, &found.membership), "seed {seed}");
    }
}

#[test]
fn leiden_recovers_planted_groups() {
    let (graph, groups) = planted(20, 100, 16_000, 0.3, 1);
    let found = leiden(&graph, LeidenOptions { seed: 3, ..LeidenOptions::default() });
    let crosscut = against_groups(&found.membership, &groups);
    assert!(crosscut.nmi > 0.95, "nmi {}", crosscut.nmi);
    assert!(found.modularity >= modularity(&graph, &groups, 1.0, true) - 1e-9);
}

#[test]
fn communities_are_numbered_by_size_and_loners_stand_alone() {
    // A 4-clique, a triangle, an edge and two isolated nodes (4 and 9).
    let edges = [(5, 6, 1.0), (5, 7, 1.0), (5, 8, 1.0), (6, 7, 1.0), (6, 8, 1.0), (7, 8, 1.0)];
    let mut edges = edges.to_vec();
    edges.extend([(0, 1, 1.0), (1, 2, 1.0), (0, 2, 1.0), (3, 10, 0.5)]);
    let found = leiden(&graph(11, &edges), LeidenOptions::default());
    assert_eq!(found.membership, [1, 1, 1, 2, 3, 0, 0, 0, 0, 4, 2]);
}

#[test]
fn higher_resolution_gives_more_communities() {
    let coarse = leiden(&karate(), LeidenOptions { resolution: 0.5, ..LeidenOptions::default() });
    let fine = leiden(&karate(), LeidenOptions { resolution: 2.0, ..LeidenOptions::default() });
    assert!(coarse.community_count() < fine.community_count());
    assert!(close(fine.modularity, modularity(&karate(), &fine.membership, 2.0, true)));
}

#[test]
fn leiden_on_empty_and_edgeless_graphs() {
    let none = leiden(&graph(0, &[]), LeidenOptions::default());
    assert!(none.membership.is_empty() && none.modularity.is_nan() && none.iterations == 0);
    let loners = leiden(&graph(3, &[]), LeidenOptions::default());
    assert_eq!(loners.membership, [0, 1, 2]);
    assert!(loners.modularity.is_nan());
}

// ---------------------------------------------------------------- cross-cut

#[test]
fn nmi_and_adjusted_rand_match_scikit_learn() {
    // scikit-learn 1.x, normalized_mutual_info_score(groups, membership) and
    // adjusted_rand_score(groups, membership).
    let cases: [(&[u32], &[u32], f64, f64); 8] = [
        (&[], &[], 1.0, 1.0),
        (&[0, 0, 1, 1], &[0, 1, 0, 1], 0.0, -0.5),
        (&[0, 0, 0, 1, 1, 1], &[0, 0, 1, 1, 2, 2], 0.5158037429793889, 0.24242424242424243),
        (&[0, 0, 1, 1, 2], &[7, 7, 3, 3, 9], 1.0, 1.0),
        (&[0, 0, 0, 0], &[0, 0, 1, 1], 0.0, 0.0),
        (&[5, 5, 5], &[1, 1, 1], 1.0, 1.0),
        (&[0, 1, 2], &[3, 4, 5], 1.0, 1.0),
        (&[0, 0, 0, 0, 1, 1, 1, 2, 2, 2], &[0, 0, 1, 1, 1, 1, 2, 2, 2, 0], 0.3946483716358942, 0.09090909090909091),
    ];
    for (membership, groups, nmi, ari) in cases {
        let crosscut = against_groups(membership, groups);
        assert!(close(crosscut.nmi, nmi), "{membership:?} {groups:?}: nmi {}", crosscut.nmi);
        assert!(close(crosscut.adjusted_rand, ari), "{membership:?} {groups:?}: ari {}", crosscut.adjusted_rand);
    }
}

#[test]
fn hand_computed_nmi() {
    // Communities {0,1,2}, {3,4,5}; groups {0,1}, {2,3}, {4,5}. H(communities)
    // = ln 2, H(groups) = ln 3, I = (2/3) ln 2.
    let crosscut = against_groups(&[0, 0, 0, 1, 1, 1], &[0, 0, 1, 1, 2, 2]);
    let expected = (2.0 / 3.0) * 2f64.ln() / ((2f64.ln() + 3f64.ln()) / 2.0);
    assert!(close(crosscut.nmi, expected));
}

#[test]
fn independent_divisions_score_about_zero() {
    // 400 nodes: community by the first digit, group by the second (base 20).
    let membership: Vec<u32> = (0..400).map(|v| v / 20).collect();
    let groups: Vec<u32> = (0..400).map(|v| v % 20).collect();
    let crosscut = against_groups(&membership, &groups);
    assert_eq!(crosscut.nmi, 0.0);
    assert!(crosscut.adjusted_rand.abs() < 0.06, "{}", crosscut.adjusted_rand);
}

#[test]
fn each_community_lists_its_groups_and_each_group_its_communities() {
    // Community 0 is a cross-boundary working group; organisation 7 is split.
    let membership = [0, 0, 0, 0, 1, 1, 1, 2];
    let groups = [7, 8, 8, 9, 7, 7, 7, 7];
    let crosscut = against_groups(&membership, &groups);
    let community = &crosscut.per_community[0];
    assert_eq!((community.community, community.size), (0, 4));
    assert_eq!(community.groups, [(8, 2), (7, 1), (9, 1)]);
    assert!(close(community.dominant_share, 0.5));
    assert_eq!(crosscut.per_community[1].groups, [(7, 3)]);
    assert!(close(crosscut.per_community[1].dominant_share, 1.0));
    let group = &crosscut.per_group[0];
    assert_eq!((group.group, group.size), (7, 5));
    assert_eq!(group.communities, [(1, 3), (0, 1), (2, 1)]);
    assert!(close(group.dominant_share, 0.6));
    assert_eq!(crosscut.per_group.iter().map(|g| g.group).collect::<Vec<_>>(), [7, 8, 9]);
}

// ---------------------------------------------------------------- benchmark

/// An LFR-like graph: `n` nodes in `groups` groups of log-uniform sizes
/// (50 to 600 before scaling), heavy-tailed degree propensities, and `m`
/// edges of which a share `mixing` leave their group. Weights in (0.05, 1].
fn lfr_like(n: usize, m: usize, groups: usize, mixing: f64) -> (Vec<(u32, u32, f64)>, Vec<u32>) {
    let mut dice = Dice(42);
    let raw: Vec<f64> = (0..groups).map(|_| (50f64.ln() + dice.unit() * (600f64 / 50.0).ln()).exp()).collect();
    let total: f64 = raw.iter().sum();
    let mut group_of = Vec::with_capacity(n);
    let mut sum = 0.0;
    for (g, r) in raw.iter().enumerate() {
        sum += r;
        let upto = if g + 1 == groups { n } else { (sum / total * n as f64) as usize };
        group_of.resize(upto.max(group_of.len()), g as u32);
    }
    // Propensity ~ Pareto(1.5), capped; cumulative sums to draw nodes by it.
    let mut cumulative = Vec::with_capacity(n);
    let mut acc = 0.0;
    for _ in 0..n {
        acc += (1.0 / (1.0 - dice.unit()).powf(1.0 / 1.5)).min(60.0);
        cumulative.push(acc);
    }
    let mut start = vec![0usize; groups + 1];
    for &g in &group_of {
        start[g as usize + 1] += 1;
    }
    for g in 0..groups {
        start[g + 1] += start[g];
    }
    let draw = |dice: &mut Dice, from: usize, to: usize| {
        let below = if from == 0 { 0.0 } else { cumulative[from - 1] };
        let target = below + dice.unit() * (cumulative[to - 1] - below);
        (from + cumulative[from..to].partition_point(|&c| c <= target)).min(to - 1)
    };
    let mut seen = std::collections::HashSet::new();
    let mut edges = Vec::with_capacity(m);
    while edges.len() < m {
        let a = draw(&mut dice, 0, n);
        let b = if dice.unit() < mixing {
            draw(&mut dice, 0, n)
        } else {
            let g = group_of[a] as usize;
            draw(&mut dice, start[g], start[g + 1])
        };
        if a != b && seen.insert((a.min(b), a.max(b))) {
            edges.push((a.min(b) as u32, a.max(b) as u32, 0.05 + 0.95 * dice.unit()));
        }
    }
    (edges, group_of)
}

/// The benchmark against python-igraph's Leiden: 100,000 nodes, 700,000
/// edges in 500 groups. Writes the graph to /tmp for igraph to read (first
/// line the node count, then `a<TAB>b<TAB>weight`), and its groups beside it.
/// `cargo test -p bridgework-core --release --test it bench_leiden -- --ignored --nocapture`
#[test]
#[ignore = "a benchmark: run in release"]
fn bench_leiden() {
    use std::io::Write;
    let (n, m) = (100_000, 700_000);
    let (edges, groups) = lfr_like(n, m, 500, 0.3);
    let mut file = std::io::BufWriter::new(std::fs::File::create("/tmp/bridgework-leiden-bench.tsv").unwrap());
    writeln!(file, "{n}").unwrap();
    for (a, b, w) in &edges {
        writeln!(file, "{a}\t{b}\t{w}").unwrap();
    }
    let mut file = std::io::BufWriter::new(std::fs::File::create("/tmp/bridgework-leiden-bench.groups").unwrap());
    for g in &groups {
        writeln!(file, "{g}").unwrap();
    }
    let graph = graph(n, &edges);
    for max_iterations in [2, 10] {
        for seed in 1..=3 {
            let started = std::time::Instant::now();
            let found = leiden(&graph, LeidenOptions { seed, max_iterations, ..LeidenOptions::default() });
            println!(
                "max_iterations {max_iterations} seed {seed}: {:.3} s, modularity {:.6}, {} communities, {} passes, nmi {:.4}",
                started.elapsed().as_secs_f64(),
                found.modularity,
                found.community_count(),
                found.iterations,
                against_groups(&found.membership, &groups).nmi,
            );
        }
    }
}
