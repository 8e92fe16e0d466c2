//! Newman–Girvan modularity with a resolution, computed as NetworkX's
//! `modularity` and igraph's `modularity` do.

use petgraph::graph::{IndexType, UnGraph};
use petgraph::visit::EdgeRef;

/// The modularity of the communities `membership` (the community of each
/// node, by `NodeIndex::index()`; any numbers) on `graph`:
///
/// Q = Σ_c [ e_c / m − γ (K_c / 2m)² ]
///
/// where m is the total edge weight, e_c the weight of the edges inside
/// community c and K_c the summed strength of its nodes (a loop counts once in
/// m and e_c and twice in strength, as in NetworkX and igraph). Without
/// `weighted`, every edge weighs 1. A graph with no edge weight has no
/// modularity: the answer is then NaN, as igraph's.
///
/// # Panics
/// If `membership` does not have one entry per node.
pub fn modularity<N, Ix: IndexType>(
    graph: &UnGraph<N, f64, Ix>,
    membership: &[u32],
    resolution: f64,
    weighted: bool,
) -> f64 {
    assert_eq!(membership.len(), graph.node_count(), "membership needs one community per node");
    let slots = membership.iter().max().map_or(0, |&c| c as usize + 1);
    let mut inside = vec![0.0; slots];
    let mut strength = vec![0.0; slots];
    let mut total = 0.0;
    for edge in graph.edge_references() {
        let w = if weighted { *edge.weight() } else { 1.0 };
        let (a, b) = (membership[edge.source().index()] as usize, membership[edge.target().index()] as usize);
        total += w;
        strength[a] += w;
        strength[b] += w;
        if a == b {
            inside[a] += w;
        }
    }
    if total == 0.0 {
        return f64::NAN;
    }
    inside.iter().zip(&strength).map(|(e, k)| e / total - resolution * (k / (2.0 * total)).powi(2)).sum()
}
