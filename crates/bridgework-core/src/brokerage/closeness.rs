//! Closeness: how few steps a person is from everyone they can reach.

use super::adjacency::Adjacency;
use petgraph::graph::UnGraph;
use rayon::prelude::*;

/// Closeness of every node, by node index, as NetworkX's
/// `closeness_centrality(G)` computes it (unweighted, `wf_improved=True`).
///
/// **Formula:** for node u reaching r − 1 other nodes at total distance D (in
/// ties), C(u) = ((r − 1) / D) · ((r − 1) / (n − 1)): the inverse of the mean
/// distance to the people u can reach, scaled by the share of the network
/// they make up (Wasserman and Faust's correction, so a small isolated
/// cluster does not look central). 0 for isolated nodes.
///
/// **Meaning:** how quickly something this person knows could reach the
/// rest of the network through introductions; 1 when they know everyone
/// directly.
///
/// **Cost:** one breadth-first search per node, O(n·m), in parallel on all
/// cores: about a third of the time of exact betweenness, and like it slow
/// beyond a few tens of thousands of people (there is no sampled variant).
pub fn closeness<N>(graph: &UnGraph<N, f64>) -> Vec<f64> {
    let adjacency = Adjacency::new(graph);
    let n = adjacency.node_count();
    (0..n)
        .into_par_iter()
        .map_init(
            || Distances { hops: vec![u32::MAX; n], order: Vec::new() },
            |distances, u| {
                let (reached, total) = distances.from(&adjacency, u);
                if total == 0 {
                    return 0.0;
                }
                let others = (reached - 1) as f64;
                (others / total as f64) * (others / (n - 1) as f64)
            },
        )
        .collect()
}

/// Breadth-first search space, reused from one source to the next.
struct Distances {
    hops: Vec<u32>,
    order: Vec<u32>,
}

impl Distances {
    /// The number of nodes `u` reaches (itself included) and the sum of
    /// their distances from `u`.
    fn from(&mut self, adjacency: &Adjacency, u: usize) -> (usize, u64) {
        self.hops[u] = 0;
        self.order.push(u as u32);
        let mut total = 0u64;
        let mut head = 0;
        while let Some(&v) = self.order.get(head) {
            head += 1;
            let next = self.hops[v as usize] + 1;
            for &w in adjacency.neighbours(v as usize) {
                if self.hops[w as usize] == u32::MAX {
                    self.hops[w as usize] = next;
                    total += u64::from(next);
                    self.order.push(w);
                }
            }
        }
        let reached = self.order.len();
        for &v in &self.order {
            self.hops[v as usize] = u32::MAX;
        }
        self.order.clear();
        (reached, total)
    }
}
