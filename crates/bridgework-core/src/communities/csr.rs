//! The graph as the Leiden algorithm sees it: compressed sparse rows of
//! (neighbour, weight), one flat array for the whole graph, so that scanning
//! a node's neighbours walks memory in order and aggregation needs no hash map.

use petgraph::graph::{IndexType, UnGraph};
use petgraph::visit::EdgeRef;

/// An undirected weighted graph. Loops are not stored as neighbours: moving a
/// node never changes whether its loop is inside its community, so a loop only
/// counts through the node's strength.
#[derive(Debug, Clone)]
pub(crate) struct Csr {
    /// Node `v`'s row is `edges[offsets[v]..offsets[v + 1]]`.
    offsets: Vec<usize>,
    edges: Vec<(u32, f64)>,
    /// Each node's strength: the weights of its edges, a loop counted twice.
    strength: Vec<f64>,
    /// The total weight m, every edge and loop once.
    total: f64,
}

impl Csr {
    /// `graph` with its weights, or with every edge weighing 1 when not
    /// `weighted`. Parallel edges stay separate entries: they add up wherever
    /// weights are summed, which is all the algorithm does with them.
    pub(crate) fn from_graph<N, Ix: IndexType>(graph: &UnGraph<N, f64, Ix>, weighted: bool) -> Csr {
        let n = graph.node_count();
        let weight = |w: f64| if weighted { w } else { 1.0 };
        let mut offsets = vec![0usize; n + 1];
        let mut strength = vec![0.0; n];
        let mut total = 0.0;
        for edge in graph.edge_references() {
            let (a, b, w) = (edge.source().index(), edge.target().index(), weight(*edge.weight()));
            total += w;
            strength[a] += w;
            strength[b] += w;
            if a != b {
                offsets[a + 1] += 1;
                offsets[b + 1] += 1;
            }
        }
        for v in 0..n {
            offsets[v + 1] += offsets[v];
        }
        let mut next = offsets.clone();
        let mut edges = vec![(0u32, 0.0); offsets[n]];
        for edge in graph.edge_references() {
            let (a, b, w) = (edge.source().index(), edge.target().index(), weight(*edge.weight()));
            if a != b {
                edges[next[a]] = (b as u32, w);
                next[a] += 1;
                edges[next[b]] = (a as u32, w);
                next[b] += 1;
            }
        }
        Csr { offsets, edges, strength, total }
    }

    pub(crate) fn node_count(&self) -> usize {
        self.strength.len()
    }

    pub(crate) fn neighbours(&self, v: usize) -> &[(u32, f64)] {
        &self.edges[self.offsets[v]..self.offsets[v + 1]]
    }

    pub(crate) fn strength(&self, v: usize) -> f64 {
        self.strength[v]
    }

    pub(crate) fn total(&self) -> f64 {
        self.total
    }

    /// The graph with each part (`part[v]` in `0..parts`) shrunk to one node:
    /// edges between two parts add up into one, edges inside a part become
    /// part of its strength. Strengths and the total weight are unchanged, so
    /// modularity on the smaller graph equals modularity on this one.
    pub(crate) fn aggregate(&self, part: &[u32], parts: usize) -> Csr {
        let (start, members) = members_by_part(part, parts);
        let mut offsets = Vec::with_capacity(parts + 1);
        offsets.push(0);
        let mut edges = Vec::new();
        let mut strength = vec![0.0; parts];
        // Weight from the current part to each other part, and which are set.
        let mut weight_to = vec![0.0; parts];
        let mut listed = vec![false; parts];
        let mut touched: Vec<u32> = Vec::new();
        for p in 0..parts {
            for &v in &members[start[p]..start[p + 1]] {
                strength[p] += self.strength[v as usize];
                for &(u, w) in self.neighbours(v as usize) {
                    let q = part[u as usize];
                    if q as usize == p {
                        continue;
                    }
                    if !listed[q as usize] {
                        listed[q as usize] = true;
                        touched.push(q);
                    }
                    weight_to[q as usize] += w;
                }
            }
            for &q in &touched {
                edges.push((q, weight_to[q as usize]));
                weight_to[q as usize] = 0.0;
                listed[q as usize] = false;
            }
            touched.clear();
            offsets.push(edges.len());
        }
        Csr { offsets, edges, strength, total: self.total }
    }
}

/// The nodes of each part, by counting sort: part `p`'s nodes, in increasing
/// order, are `members[start[p]..start[p + 1]]`.
pub(crate) fn members_by_part(part: &[u32], parts: usize) -> (Vec<usize>, Vec<u32>) {
    let mut start = vec![0usize; parts + 1];
    for &p in part {
        start[p as usize + 1] += 1;
    }
    for p in 0..parts {
        start[p + 1] += start[p];
    }
    let mut next = start.clone();
    let mut members = vec![0u32; part.len()];
    for (v, &p) in part.iter().enumerate() {
        members[next[p as usize]] = v as u32;
        next[p as usize] += 1;
    }
    (start, members)
}
