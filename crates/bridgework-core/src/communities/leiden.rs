//! The Leiden algorithm (Traag, Waltman & van Eck 2019, "From Louvain to
//! Leiden: guaranteeing well-connected communities") for modularity.
//!
//! One pass runs, on the graph and then on ever smaller aggregate graphs:
//! 1. *fast local moving*: a queue of nodes in random order; each node moves
//!    to the neighbouring (or an empty) community that raises modularity
//!    most, and its neighbours outside that community rejoin the queue;
//! 2. *refinement*: within each community, starting from singletons, nodes
//!    that are well connected to their community merge, at random weighted by
//!    exp(gain / θ), into sub-communities that are themselves well connected,
//!    so every sub-community is connected;
//! 3. *aggregation*: each sub-community becomes one node, starting out in the
//!    community that contains it.
//!
//! until local moving leaves every node of the aggregate graph on its own.
//! Passes repeat, each starting from the last one's communities, until one
//! moves no node or `max_iterations` is reached.
//!
//! Modularity is optimised in the form H = Σ_c (e_c − γ K_c² / 4m), which is
//! m·Q: e_c is the weight inside community c and K_c its nodes' strengths.
//! Moving node v (strength k) into community C then gains
//! w(v, C) − γ k K_C / 2m, in the same units as the edge weights, as in
//! igraph; θ = 0.01 is igraph's and the paper's default.

use std::borrow::Cow;
use std::collections::VecDeque;

use petgraph::graph::{IndexType, UnGraph};

use super::csr::{Csr, members_by_part};
use super::modularity::modularity;
use super::rng::Rng;

/// How random the refinement's merges are (θ): near 0 it takes the best
/// merge, larger values explore more.
const RANDOMNESS: f64 = 0.01;

/// A move must beat staying put by more than this share of the node's
/// strength: smaller differences are rounding noise in the summed community
/// strengths, and acting on them could move a node back and forth for ever.
const TOLERANCE: f64 = 1e-12;

/// How [`leiden`] searches.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LeidenOptions {
    /// The resolution γ of modularity: above 1 favours more and smaller
    /// communities, below 1 fewer and larger ones. Not negative.
    pub resolution: f64,
    /// Seeds every random choice: the same seed on the same graph gives the
    /// same communities, on every machine.
    pub seed: u64,
    /// Whether edge weights (tie strengths) count; if not, every edge weighs 1.
    pub weighted: bool,
    /// The most passes of the whole algorithm; it stops sooner once a pass
    /// moves no node. The default, 2, is igraph's; later passes cost as much
    /// as the first and usually add a little (0.00004 modularity on 100,000
    /// nodes in 500 groups, 0.008 on a scale-free graph).
    pub max_iterations: usize,
}

impl Default for LeidenOptions {
    fn default() -> LeidenOptions {
        LeidenOptions { resolution: 1.0, seed: 0, weighted: true, max_iterations: 2 }
    }
}

/// Communities found by [`leiden`].
#[derive(Debug, Clone, PartialEq)]
pub struct Partition {
    /// The community of each node, by `NodeIndex::index()`. Communities are
    /// numbered from 0 by decreasing size; equal sizes by their smallest node.
    pub membership: Vec<u32>,
    /// The modularity of `membership` at the resolution asked for (see
    /// [`modularity`](super::modularity()); NaN when the graph has no weight).
    pub modularity: f64,
    /// How many passes ran.
    pub iterations: usize,
}

impl Partition {
    /// How many communities there are.
    pub fn community_count(&self) -> usize {
        self.membership.iter().max().map_or(0, |&c| c as usize + 1)
    }
}

/// Communities of `graph` that maximise modularity, by the Leiden algorithm.
/// Edge weights must be finite and not negative. Nodes without edges each
/// form a community of their own.
pub fn leiden<N, Ix: IndexType>(graph: &UnGraph<N, f64, Ix>, options: LeidenOptions) -> Partition {
    let base = Csr::from_graph(graph, options.weighted);
    let n = base.node_count();
    let mut membership: Vec<u32> = (0..n as u32).collect();
    let mut iterations = 0;
    if base.total() > 0.0 {
        let mut search = Search {
            gamma: options.resolution / (2.0 * base.total()),
            rng: Rng::new(options.seed),
            scratch: Scratch::new(n),
        };
        while iterations < options.max_iterations {
            iterations += 1;
            if !search.pass(&base, &mut membership) {
                break;
            }
        }
    }
    let membership = by_size(&membership);
    let modularity = modularity(graph, &membership, options.resolution, options.weighted);
    Partition { membership, modularity, iterations }
}

/// Renumbers communities by decreasing size, equal sizes by smallest node.
fn by_size(membership: &[u32]) -> Vec<u32> {
    let mut size = vec![0usize; membership.len()];
    let mut first = vec![u32::MAX; membership.len()];
    for (v, &c) in membership.iter().enumerate() {
        size[c as usize] += 1;
        first[c as usize] = first[c as usize].min(v as u32);
    }
    let mut order: Vec<usize> = (0..membership.len()).filter(|&c| size[c] > 0).collect();
    order.sort_unstable_by_key(|&c| (std::cmp::Reverse(size[c]), first[c]));
    let mut new_id = vec![0u32; membership.len()];
    for (id, &c) in order.iter().enumerate() {
        new_id[c] = id as u32;
    }
    membership.iter().map(|&c| new_id[c as usize]).collect()
}

/// Renumbers `labels` to `0..count` in order of first appearance; returns count.
fn renumber(labels: &mut [u32], new_id: &mut [u32]) -> usize {
    new_id[..labels.len()].fill(u32::MAX);
    let mut count = 0;
    for label in labels.iter_mut() {
        let id = &mut new_id[*label as usize];
        if *id == u32::MAX {
            *id = count;
            count += 1;
        }
        *label = *id;
    }
    count as usize
}

/// The state of one run: the scaled resolution, the random stream, and
/// working arrays sized for the input graph, reused on every level.
struct Search {
    /// γ / 2m: the price per unit of strength, squared, of a community.
    gamma: f64,
    rng: Rng,
    scratch: Scratch,
}

/// Arrays indexed by node or community id (both below the node count).
struct Scratch {
    /// Summed strength of each community (local moving) or sub-community (refinement).
    weight: Vec<f64>,
    /// Nodes in each community, to know which are empty.
    size: Vec<u32>,
    /// Weight from the node at hand to each candidate community.
    weight_to: Vec<f64>,
    listed: Vec<bool>,
    candidates: Vec<u32>,
    queued: Vec<bool>,
    queue: VecDeque<u32>,
    /// Community ids with no node, to offer a node a fresh community.
    empty: Vec<u32>,
    /// Refinement: the weight from each sub-community to the rest of its community.
    external: Vec<f64>,
    /// Refinement: whether a sub-community has grown beyond its first node.
    merged: Vec<bool>,
    /// Refinement: the chances of each candidate, accumulated.
    chances: Vec<(u32, f64)>,
    new_id: Vec<u32>,
}

impl Scratch {
    fn new(n: usize) -> Scratch {
        Scratch {
            weight: vec![0.0; n],
            size: vec![0; n],
            weight_to: vec![0.0; n],
            listed: vec![false; n],
            candidates: Vec::new(),
            queued: vec![false; n],
            queue: VecDeque::with_capacity(n),
            empty: Vec::new(),
            external: vec![0.0; n],
            merged: vec![false; n],
            chances: Vec::new(),
            new_id: vec![0; n],
        }
    }
}

impl Search {
    /// One pass of the Leiden algorithm from `membership`, which it improves.
    /// Returns whether any node moved.
    fn pass(&mut self, base: &Csr, membership: &mut [u32]) -> bool {
        let mut moved = false;
        let mut graph = Cow::Borrowed(base);
        let mut communities = membership.to_vec();
        // The node of the current aggregate graph that holds each input node.
        let mut holder: Vec<u32> = (0..base.node_count() as u32).collect();
        loop {
            moved |= self.move_nodes(&graph, &mut communities);
            let count = renumber(&mut communities, &mut self.scratch.new_id);
            if count == graph.node_count() {
                break;
            }
            let mut parts = self.refine(&graph, &communities, count);
            let mut part_count = renumber(&mut parts, &mut self.scratch.new_id);
            if part_count == graph.node_count() {
                // Nothing merged: aggregate by the communities themselves, so
                // that the next level is smaller and the pass ends.
                parts.clone_from(&communities);
                part_count = count;
            }
            let mut next = vec![0u32; part_count];
            for (v, &p) in parts.iter().enumerate() {
                next[p as usize] = communities[v];
            }
            for h in &mut holder {
                *h = parts[*h as usize];
            }
            graph = Cow::Owned(graph.aggregate(&parts, part_count));
            communities = next;
        }
        for (c, &h) in membership.iter_mut().zip(&holder) {
            *c = communities[h as usize];
        }
        moved
    }

    /// Fast local moving (the paper's Algorithm A.2, MoveNodesFast). Returns
    /// whether any node moved.
    fn move_nodes(&mut self, graph: &Csr, communities: &mut [u32]) -> bool {
        let n = graph.node_count();
        let gamma = self.gamma;
        let s = &mut self.scratch;
        s.weight[..n].fill(0.0);
        s.size[..n].fill(0);
        for (v, &c) in communities.iter().enumerate() {
            s.weight[c as usize] += graph.strength(v);
            s.size[c as usize] += 1;
        }
        s.empty.clear();
        s.empty.extend((0..n as u32).rev().filter(|&c| s.size[c as usize] == 0));
        let mut order: Vec<u32> = (0..n as u32).collect();
        self.rng.shuffle(&mut order);
        s.queue.clear();
        s.queue.extend(order);
        s.queued[..n].fill(true);

        let mut moved = false;
        while let Some(v) = s.queue.pop_front() {
            let v = v as usize;
            s.queued[v] = false;
            let home = communities[v];
            let k = graph.strength(v);
            s.weight[home as usize] -= k;
            s.size[home as usize] -= 1;
            if s.size[home as usize] == 0 {
                s.empty.push(home);
            }

            // Candidates: home first (so that ties stay), then the
            // neighbours' communities, then an empty one.
            s.candidates.push(home);
            s.listed[home as usize] = true;
            for &(u, w) in graph.neighbours(v) {
                let c = communities[u as usize];
                if !s.listed[c as usize] {
                    s.listed[c as usize] = true;
                    s.candidates.push(c);
                }
                s.weight_to[c as usize] += w;
            }
            let fresh = *s.empty.last().expect("with one node set aside, some community is empty");
            if !s.listed[fresh as usize] {
                s.listed[fresh as usize] = true;
                s.candidates.push(fresh);
            }

            let gain = |c: u32| s.weight_to[c as usize] - k * s.weight[c as usize] * gamma;
            let stay = gain(home);
            let (mut best, mut best_gain) = (home, stay);
            for &c in &s.candidates[1..] {
                let g = gain(c);
                if g > best_gain {
                    (best, best_gain) = (c, g);
                }
            }
            if best_gain - stay <= TOLERANCE * k {
                best = home;
            }
            for &c in &s.candidates {
                s.weight_to[c as usize] = 0.0;
                s.listed[c as usize] = false;
            }
            s.candidates.clear();

            if s.size[best as usize] == 0 {
                // Only the top of the stack can be chosen among the empty.
                s.empty.pop();
            }
            s.weight[best as usize] += k;
            s.size[best as usize] += 1;
            if best != home {
                communities[v] = best;
                moved = true;
                for &(u, _) in graph.neighbours(v) {
                    if !s.queued[u as usize] && communities[u as usize] != best {
                        s.queued[u as usize] = true;
                        s.queue.push_back(u);
                    }
                }
            }
        }
        moved
    }

    /// Refinement (the paper's RefinePartition and MergeNodesSubset): the
    /// sub-community of each node, numbered by node ids, each inside one of
    /// the `count` communities.
    fn refine(&mut self, graph: &Csr, communities: &[u32], count: usize) -> Vec<u32> {
        let n = graph.node_count();
        let gamma = self.gamma;
        let s = &mut self.scratch;

        let (start, mut members) = members_by_part(communities, count);
        let mut total = vec![0.0; count];
        for (v, &c) in communities.iter().enumerate() {
            total[c as usize] += graph.strength(v);
        }

        // Every node starts alone: sub-community v is {v}.
        let mut parts: Vec<u32> = (0..n as u32).collect();
        for v in 0..n {
            s.weight[v] = graph.strength(v);
            s.merged[v] = false;
            let home = communities[v];
            s.external[v] =
                graph.neighbours(v).iter().filter(|&&(u, _)| communities[u as usize] == home).map(|&(_, w)| w).sum();
        }

        for c in 0..count {
            let nodes = &mut members[start[c]..start[c + 1]];
            self.rng.shuffle(nodes);
            let whole = total[c];
            for &v in nodes.iter() {
                let v = v as usize;
                let own = parts[v];
                let k = graph.strength(v);
                // Only nodes still alone move, and only if well connected to
                // the rest of their community.
                if s.merged[own as usize] || s.external[own as usize] < k * (whole - k) * gamma {
                    continue;
                }
                s.weight[own as usize] = 0.0;
                s.external[own as usize] = 0.0;

                s.candidates.push(own);
                s.listed[own as usize] = true;
                for &(u, w) in graph.neighbours(v) {
                    if communities[u as usize] as usize != c {
                        continue;
                    }
                    let p = parts[u as usize];
                    if !s.listed[p as usize] {
                        s.listed[p as usize] = true;
                        s.candidates.push(p);
                    }
                    s.weight_to[p as usize] += w;
                }

                // Well-connected sub-communities that v would not lower
                // modularity by joining; staying alone gains exactly 0.
                let mut best_gain = 0.0f64;
                for &p in &s.candidates {
                    let size = s.weight[p as usize];
                    if s.external[p as usize] >= size * (whole - size) * gamma {
                        let gain = s.weight_to[p as usize] - k * size * gamma;
                        if gain >= 0.0 {
                            s.chances.push((p, gain));
                            best_gain = best_gain.max(gain);
                        }
                    }
                }
                // Chances ∝ exp(gain / θ), shifted by the best gain so that
                // large gains cannot overflow.
                let mut sum = 0.0;
                for (_, chance) in &mut s.chances {
                    sum += ((*chance - best_gain) / RANDOMNESS).exp();
                    *chance = sum;
                }
                let pick = self.rng.unit() * sum;
                // Staying alone is always a candidate, so there is a last one
                // for the rare pick that rounding puts at the very end.
                let chosen = match s.chances.iter().find(|&&(_, upto)| pick < upto) {
                    Some(&(p, _)) => p,
                    None => s.chances[s.chances.len() - 1].0,
                };
                s.chances.clear();
                for &p in &s.candidates {
                    s.weight_to[p as usize] = 0.0;
                    s.listed[p as usize] = false;
                }
                s.candidates.clear();

                s.weight[chosen as usize] += k;
                for &(u, w) in graph.neighbours(v) {
                    if communities[u as usize] as usize == c {
                        if parts[u as usize] == chosen {
                            s.external[chosen as usize] -= w;
                        } else {
                            s.external[chosen as usize] += w;
                        }
                    }
                }
                if chosen != own {
                    parts[v] = chosen;
                    s.merged[chosen as usize] = true;
                }
            }
        }
        parts
    }
}
