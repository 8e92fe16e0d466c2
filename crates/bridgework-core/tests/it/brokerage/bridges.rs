use super::data::*;
use super::networkx::*;
use bridgework_core::brokerage::{bridges, local_bridges};
use petgraph::graph::{EdgeIndex, UnGraph};
use petgraph::visit::EdgeRef;
use std::collections::VecDeque;

fn ends<N>(graph: &UnGraph<N, f64>, edge: EdgeIndex) -> (usize, usize) {
    let (a, b) = graph.edge_endpoints(edge).unwrap();
    (a.index().min(b.index()), a.index().max(b.index()))
}

fn bridge_ends<N>(graph: &UnGraph<N, f64>) -> Vec<(usize, usize)> {
    let mut found: Vec<_> = bridges(graph).into_iter().map(|e| ends(graph, e)).collect();
    found.sort_unstable();
    found
}

fn local_bridge_ends<N>(graph: &UnGraph<N, f64>) -> Vec<(usize, usize, Option<usize>)> {
    let mut found: Vec<_> = local_bridges(graph)
        .into_iter()
        .map(|(e, span)| {
            let (a, b) = ends(graph, e);
            (a, b, span)
        })
        .collect();
    found.sort_unstable();
    found
}

#[test]
fn karate_club_matches_networkx() {
    assert_eq!(bridge_ends(&karate()), KARATE_BRIDGES);
    assert_eq!(local_bridge_ends(&karate()), KARATE_LOCAL_BRIDGES);
}

#[test]
fn florentine_families_match_networkx() {
    let families = florentine_with_pucci(false);
    assert_eq!(bridge_ends(&families), FLORENTINE_BRIDGES);
    assert_eq!(local_bridge_ends(&families), FLORENTINE_LOCAL_BRIDGES);
}

#[test]
fn a_cycle_with_a_tail() {
    // The square 0–1–2–3 has no triangles, so each of its ties is a local
    // bridge with a detour of 3; the tail 3–4–5 is made of bridges.
    let tailed = graph(6, &[(0, 1), (1, 2), (2, 3), (3, 0), (3, 4), (4, 5)]);
    assert_eq!(bridge_ends(&tailed), [(3, 4), (4, 5)]);
    assert_eq!(
        local_bridge_ends(&tailed),
        [(0, 1, Some(3)), (0, 3, Some(3)), (1, 2, Some(3)), (2, 3, Some(3)), (3, 4, None), (4, 5, None)]
    );
    // Returned in edge order.
    let edges: Vec<usize> = local_bridges(&tailed).into_iter().map(|(e, _)| e.index()).collect();
    assert_eq!(edges, [0, 1, 2, 3, 4, 5]);
}

#[test]
fn ties_in_a_triangle_are_not_local_bridges_and_doubled_ties_are_not_bridges() {
    assert!(local_bridges(&graph(3, &[(0, 1), (1, 2), (2, 0)])).is_empty());
    let doubled = graph(3, &[(0, 1), (0, 1), (1, 2)]);
    assert_eq!(bridge_ends(&doubled), [(1, 2)]);
}

/// The number of ties on a shortest path between the ends of `hidden`
/// without any tie between those two people, by breadth-first search.
fn span_without(graph: &UnGraph<(), f64>, hidden: EdgeIndex) -> Option<usize> {
    let (u, v) = graph.edge_endpoints(hidden).unwrap();
    let mut distance = vec![usize::MAX; graph.node_count()];
    distance[u.index()] = 0;
    let mut queue = VecDeque::from([u]);
    while let Some(x) = queue.pop_front() {
        for edge in graph.edges(x) {
            let y = edge.target();
            let between_ends = (x == u && y == v) || (x == v && y == u);
            if !between_ends && distance[y.index()] == usize::MAX {
                distance[y.index()] = distance[x.index()] + 1;
                queue.push_back(y);
            }
        }
    }
    (distance[v.index()] != usize::MAX).then_some(distance[v.index()])
}

#[test]
fn random_graphs_agree_with_petgraph_and_brute_force() {
    for seed in 0..40 {
        let graph = random_graph(60, 90 + seed as usize, seed);
        let mut expected: Vec<EdgeIndex> = petgraph::algo::bridges::bridges(&graph).map(|e| e.id()).collect();
        expected.sort_unstable();
        assert_eq!(bridges(&graph), expected, "seed {seed}");

        let expected: Vec<(EdgeIndex, Option<usize>)> = graph
            .edge_indices()
            .filter(|&e| {
                let (a, b) = graph.edge_endpoints(e).unwrap();
                !graph.neighbors(a).any(|x| graph.neighbors(b).any(|y| x == y))
            })
            .map(|e| (e, span_without(&graph, e)))
            .collect();
        assert_eq!(local_bridges(&graph), expected, "seed {seed}");
    }
}

#[test]
fn spans_are_found_in_a_large_sparse_graph() {
    // Long detours: a ring of 5,000 whose every tie is a local bridge of span 4,999.
    let n = 5_000u32;
    let ring: Vec<(u32, u32)> = (0..n).map(|v| (v, (v + 1) % n)).collect();
    let found = local_bridges(&graph(n as usize, &ring));
    assert_eq!(found.len(), n as usize);
    assert!(found.iter().all(|&(_, span)| span == Some(n as usize - 1)));
}
