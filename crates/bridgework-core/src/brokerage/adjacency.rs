//! A compact, read-only copy of a graph's adjacency for the hot loops.
//!
//! petgraph keeps each node's edges as a linked list threaded through the edge
//! array, which costs a dependent memory load per neighbour. Betweenness and
//! closeness walk every edge once per source node, so they read this flat copy
//! instead (compressed sparse rows: one slice of neighbours per node, sorted
//! by node index so intersections can binary-search).

use petgraph::graph::UnGraph;
use petgraph::visit::EdgeRef;

/// Each node's neighbours, the edge reaching each, and its weight, as one
/// contiguous slice per node. Self-loops are left out: no measure here counts
/// a tie to oneself.
#[derive(Debug)]
pub(crate) struct Adjacency {
    /// Node `v`'s entries are `offsets[v]..offsets[v + 1]`.
    offsets: Vec<usize>,
    neighbours: Vec<u32>,
    edges: Vec<u32>,
    weights: Vec<f64>,
}

impl Adjacency {
    pub(crate) fn new<N>(graph: &UnGraph<N, f64>) -> Adjacency {
        let n = graph.node_count();
        let mut offsets = vec![0usize; n + 1];
        for edge in graph.edge_references().filter(|e| e.source() != e.target()) {
            offsets[edge.source().index() + 1] += 1;
            offsets[edge.target().index() + 1] += 1;
        }
        for v in 0..n {
            offsets[v + 1] += offsets[v];
        }
        let mut entries = vec![(0u32, 0u32, 0f64); offsets[n]];
        let mut next = offsets.clone();
        for edge in graph.edge_references().filter(|e| e.source() != e.target()) {
            let (a, b) = (edge.source().index(), edge.target().index());
            let id = edge.id().index() as u32;
            entries[next[a]] = (b as u32, id, *edge.weight());
            next[a] += 1;
            entries[next[b]] = (a as u32, id, *edge.weight());
            next[b] += 1;
        }
        for v in 0..n {
            entries[offsets[v]..offsets[v + 1]].sort_unstable_by_key(|&(w, id, _)| (w, id));
        }
        Adjacency {
            offsets,
            neighbours: entries.iter().map(|e| e.0).collect(),
            edges: entries.iter().map(|e| e.1).collect(),
            weights: entries.iter().map(|e| e.2).collect(),
        }
    }

    pub(crate) fn node_count(&self) -> usize {
        self.offsets.len() - 1
    }

    pub(crate) fn degree(&self, v: usize) -> usize {
        self.offsets[v + 1] - self.offsets[v]
    }

    /// The neighbours of `v`, in increasing order.
    pub(crate) fn neighbours(&self, v: usize) -> &[u32] {
        &self.neighbours[self.offsets[v]..self.offsets[v + 1]]
    }

    /// The edge reaching each neighbour, parallel to [`Adjacency::neighbours`].
    pub(crate) fn edges(&self, v: usize) -> &[u32] {
        &self.edges[self.offsets[v]..self.offsets[v + 1]]
    }

    /// The weight of the edge to each neighbour, parallel to [`Adjacency::neighbours`].
    pub(crate) fn weights(&self, v: usize) -> &[f64] {
        &self.weights[self.offsets[v]..self.offsets[v + 1]]
    }

    /// Where each node's entries start and end in the flat arrays, so a
    /// caller can keep its own array parallel to them (see [`Adjacency::map_weights`]).
    pub(crate) fn range(&self, v: usize) -> std::ops::Range<usize> {
        self.offsets[v]..self.offsets[v + 1]
    }

    /// A value per adjacency entry computed from its weight, laid out like
    /// the entries so `result[adjacency.range(v)]` is parallel to `neighbours(v)`.
    pub(crate) fn map_weights(&self, f: impl Fn(f64) -> f64) -> Vec<f64> {
        self.weights.iter().map(|&w| f(w)).collect()
    }

    /// Whether `a` and `b` share a neighbour: the shorter list is looked up
    /// in the longer, so a hub costs a logarithm, not its degree.
    pub(crate) fn share_a_neighbour(&self, a: usize, b: usize) -> bool {
        let (short, long) = if self.degree(a) <= self.degree(b) { (a, b) } else { (b, a) };
        let long = self.neighbours(long);
        self.neighbours(short).iter().any(|w| long.binary_search(w).is_ok())
    }
}
