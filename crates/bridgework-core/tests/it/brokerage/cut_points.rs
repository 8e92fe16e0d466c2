use super::data::*;
use bridgework_core::brokerage::{Cut, articulation_points};
use petgraph::graph::{NodeIndex, UnGraph};
use std::collections::BTreeSet;

/// Each cut as (node, separated pieces as sorted node lists, rest).
fn described(cuts: &[Cut]) -> Vec<(usize, Vec<Vec<usize>>, usize)> {
    cuts.iter()
        .map(|cut| {
            let pieces = cut
                .separated
                .iter()
                .map(|piece| {
                    let mut nodes: Vec<usize> = piece.nodes().map(NodeIndex::index).collect();
                    assert_eq!(nodes.len(), piece.size());
                    nodes.sort_unstable();
                    nodes
                })
                .collect();
            (cut.node.index(), pieces, cut.rest)
        })
        .collect()
}

#[test]
fn a_barbell_hangs_on_its_bar() {
    // Two triangles joined through node 3: 0–1–2 ⋯ 3 ⋯ 4–5–6.
    let barbell = graph(7, &[(0, 1), (1, 2), (0, 2), (2, 3), (3, 4), (4, 5), (5, 6), (4, 6)]);
    assert_eq!(
        described(&articulation_points(&barbell)),
        [
            (2, vec![vec![0, 1]], 4),
            // Two equal halves: the side the walk came from counts as the rest.
            (3, vec![vec![4, 5, 6]], 3),
            (4, vec![vec![5, 6]], 4),
        ]
    );
}

#[test]
fn removing_the_centre_of_a_star_strands_every_leaf() {
    let star = graph(5, &[(0, 1), (0, 2), (0, 3), (0, 4)]);
    assert_eq!(described(&articulation_points(&star)), [(0, vec![vec![1], vec![2], vec![3]], 1)]);
}

#[test]
fn a_cycle_with_a_tail_can_lose_the_tail() {
    // The cycle 0–1–2–3 with the tail 3–4–5.
    let tailed = graph(6, &[(0, 1), (1, 2), (2, 3), (3, 0), (3, 4), (4, 5)]);
    assert_eq!(described(&articulation_points(&tailed)), [(3, vec![vec![4, 5]], 3), (4, vec![vec![5]], 4)]);
    // A cycle alone has none, and nor do isolates or pairs.
    assert!(articulation_points(&graph(4, &[(0, 1), (1, 2), (2, 3), (3, 0)])).is_empty());
    assert!(articulation_points(&graph(3, &[(0, 1)])).is_empty());
}

#[test]
fn six_karate_members_hang_on_mr_hi() {
    // Matches NetworkX's articulation_points and the components left after
    // removing node 0 (0-based: nodes 4, 5, 6, 10, 16 and node 11).
    assert_eq!(described(&articulation_points(&karate())), [(0, vec![vec![11], vec![4, 5, 6, 10, 16]], 27)]);
}

#[test]
fn florentine_families_depend_on_the_medici_and_three_others() {
    // Matches NetworkX's articulation_points and the components left after
    // removing each: Medici (1) alone holds the Acciaiuoli (0) and the
    // Salviati–Pazzi (9, 10); Albizzi (8) the Ginori (13); Salviati (9) the
    // Pazzi (10); Guadagni (12) the Lamberteschi (14).
    assert_eq!(
        described(&articulation_points(&florentine_with_pucci(false))),
        [
            (1, vec![vec![0], vec![9, 10]], 11),
            (8, vec![vec![13]], 13),
            (9, vec![vec![10]], 13),
            (12, vec![vec![14]], 13)
        ]
    );
}

#[test]
fn a_chain_of_a_hundred_thousand_is_walked_without_recursion() {
    let n = 100_000u32;
    let chain: Vec<(u32, u32)> = (1..n).map(|v| (v - 1, v)).collect();
    let cuts = articulation_points(&graph(n as usize, &chain));
    assert_eq!(cuts.len(), n as usize - 2);
    let middle = &cuts[49_998];
    assert_eq!((middle.node.index(), middle.separated[0].size(), middle.rest), (49_999, 49_999, 50_000));
}

/// The components of the graph without `removed`, by brute force.
fn pieces_without(graph: &UnGraph<(), f64>, removed: Option<usize>) -> BTreeSet<Vec<usize>> {
    let mut seen = vec![false; graph.node_count()];
    if let Some(removed) = removed {
        seen[removed] = true;
    }
    let mut pieces = BTreeSet::new();
    for start in 0..graph.node_count() {
        if seen[start] {
            continue;
        }
        seen[start] = true;
        let mut piece = vec![start];
        let mut next = 0;
        while next < piece.len() {
            for w in graph.neighbors(NodeIndex::new(piece[next])) {
                if !seen[w.index()] {
                    seen[w.index()] = true;
                    piece.push(w.index());
                }
            }
            next += 1;
        }
        piece.sort_unstable();
        pieces.insert(piece);
    }
    pieces
}

#[test]
fn random_graphs_agree_with_petgraph_and_with_removing_each_node() {
    for seed in 0..40 {
        let graph = random_graph(40, 45, seed);
        let cuts = articulation_points(&graph);
        let found: BTreeSet<NodeIndex> = cuts.iter().map(|c| c.node).collect();
        let expected: BTreeSet<NodeIndex> =
            petgraph::algo::articulation_points::articulation_points(&graph).into_iter().collect();
        assert_eq!(found, expected, "seed {seed}");
        let all = pieces_without(&graph, None);
        for (v, separated, rest) in described(&cuts) {
            // The pieces that appear without v and not before: those of v's component.
            let before: BTreeSet<Vec<usize>> = all.iter().filter(|p| !p.contains(&v)).cloned().collect();
            let after = pieces_without(&graph, Some(v));
            let new: Vec<&Vec<usize>> = after.difference(&before).collect();
            let largest = new.iter().map(|p| p.len()).max().unwrap();
            assert_eq!(rest, largest, "seed {seed}, node {v}");
            assert_eq!(separated.len() + 1, new.len(), "seed {seed}, node {v}");
            assert!(separated.iter().all(|p| after.contains(p)), "seed {seed}, node {v}");
        }
    }
}
