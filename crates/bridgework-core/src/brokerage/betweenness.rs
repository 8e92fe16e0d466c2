//! Betweenness: who sits on the short routes between everyone else.
//!
//! Brandes' algorithm (2001): one shortest-path search per source node counts
//! the shortest paths to every other node, then walks back from the farthest
//! node crediting each node with its share of the paths through it. Exact
//! betweenness runs one search from every node; beyond [`EXACT_NODE_LIMIT`]
//! nodes it runs them from a random sample of source nodes ("pivots") and
//! scales up (Brandes and Pich 2007), reporting how many it used and the
//! standard error the sample implies. Sampled runs credit each path by
//! "linear scaling" (Geisberger, Sanders and Schultes 2008), which halves the
//! error of plain scaling on sparse networks: plain scaling over-credits the
//! nodes next to a sampled source, the source of the worst errors.
//!
//! Sources are split into a fixed number of chunks searched in parallel, and
//! the chunks' sums are added in chunk order, so the result is bit-for-bit the
//! same whatever the number of cores.

use super::adjacency::Adjacency;
use crate::progress::{Progress, Silent};
use petgraph::graph::UnGraph;
use rayon::prelude::*;
use std::cmp::Ordering;
use std::collections::BinaryHeap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering as AtomicOrdering};

/// Graphs with at most this many nodes get exact betweenness unless told
/// otherwise. Exact betweenness costs one search per node, O(n·m): 10,000
/// people with 60,000 ties take as long as igraph needs on one core (a few
/// seconds), divided among the cores; 20,000 people with 120,000 ties four
/// times that. Beyond, sampling keeps the cost to [`DEFAULT_SAMPLES`] searches.
pub const EXACT_NODE_LIMIT: usize = 20_000;

/// The number of source nodes sampled when sampling and not told how many.
/// The standard error shrinks as one over the square root of this.
pub const DEFAULT_SAMPLES: usize = 1_000;

/// Enough chunks to keep every core busy, few enough that their partial sums
/// (one value per node each) stay small.
const CHUNKS: usize = 32;

/// How to compute [`betweenness()`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BetweennessOptions {
    /// Compute exact betweenness whatever the size of the graph.
    pub exact: bool,
    /// Sample this many source nodes (at least 2) even below
    /// [`EXACT_NODE_LIMIT`]; exact when it is the node count or more. `None`:
    /// exact up to [`EXACT_NODE_LIMIT`] nodes, [`DEFAULT_SAMPLES`] beyond.
    pub samples: Option<usize>,
    /// Chooses the sample. The same seed on the same graph gives the same
    /// values; the default 0 is as good as any.
    pub seed: u64,
    /// Measure path length as the sum of 1/weight over a path's ties, so
    /// strong ties are short, instead of counting ties.
    pub weighted: bool,
}

/// Betweenness of every node, by node index.
#[derive(Debug, Clone, PartialEq)]
pub struct Betweenness {
    /// Normalised betweenness, between 0 and 1.
    pub values: Vec<f64>,
    /// Whether every node was a source, so `values` are exact.
    pub exact: bool,
    /// The number of sampled source nodes, when sampled.
    pub samples: Option<usize>,
    /// When sampled, the largest of `node_std_errors`, a bound for the whole
    /// network: in tests every value lay within twice this of the exact one.
    pub std_error: Option<f64>,
    /// When sampled, the estimated standard error of each node's value (see
    /// [`betweenness()`] on how far to trust it).
    pub node_std_errors: Option<Vec<f64>>,
}

/// Normalised shortest-path betweenness of every node, as NetworkX's
/// `betweenness_centrality(G)` computes it (`normalized=True`,
/// `endpoints=False`; with [`BetweennessOptions::weighted`], as with
/// `weight=` an edge attribute holding 1/weight).
///
/// **Formula:** for node v, the sum over unordered pairs {s, t} of other nodes
/// of σ(s, t | v) / σ(s, t), where σ(s, t) counts the shortest s–t paths and
/// σ(s, t | v) those through v; divided by (n − 1)(n − 2)/2, the number of
/// such pairs, so values run from 0 to 1 (the centre of a star scores 1).
/// Pairs with no path between them add nothing. Graphs of 2 or fewer nodes
/// score 0.
///
/// **Meaning:** the share of the network's shortest routes that pass through
/// this person: a high score marks a broker whom information between others
/// flows through, and whose absence would lengthen many routes.
///
/// **Sampling:** with k sampled sources the value of v is the mean of
/// λ_s(v)/(n − 2) over the sampled sources s other than v, where
/// λ_s(v) = 2 Σ_t σ(s, t | v)/σ(s, t) · d(s, v)/d(s, t): each path's credit is
/// shared between its two ends in proportion to distance, so that summed
/// over all sources it is exact, and the mean is unbiased. (NetworkX's
/// `betweenness_centrality(G, k)` uses plain scaling, without the distance
/// factor and the 2: the same expected values, about twice the error.) The
/// standard error of a node is the sample standard deviation of its terms
/// over √k, with the finite-population correction for sampling without
/// replacement. Over many runs it matches the real error on average, but it
/// is estimated from the same skewed sample as the value, so for one node a
/// ±2 standard error interval holds the exact value less often than 95% of
/// the time (about 85% with 200 samples of 2,000 nodes).
///
/// **Cost:** one breadth-first search (Dijkstra when weighted: O(m log n)) per
/// source, so O(n·m) exact and O(k·m) sampled, in parallel on all cores.
/// Memory: a search's O(n) space per core, and the sources' 32 chunks each
/// keep one partial sum per node (two when sampled) until they are added up
/// in order (about 50 MB for 100,000 people when sampled).
///
/// # Panics
///
/// When weighted and a weight is not positive and finite.
pub fn betweenness<N>(graph: &UnGraph<N, f64>, options: BetweennessOptions) -> Betweenness {
    betweenness_with_progress(graph, options, &Silent).expect("Silent never cancels")
}

/// [`betweenness()`], reporting the sources searched so far to `progress`
/// (stage "betweenness") and giving up with `None` as soon as it is cancelled.
pub fn betweenness_with_progress<N>(
    graph: &UnGraph<N, f64>,
    options: BetweennessOptions,
    progress: &dyn Progress,
) -> Option<Betweenness> {
    let adjacency = Adjacency::new(graph);
    let n = adjacency.node_count();
    let lengths = options.weighted.then(|| {
        adjacency.map_weights(|w| {
            assert!(w > 0.0 && w.is_finite(), "tie weights must be positive and finite, found {w}");
            1.0 / w
        })
    });
    let samples = match (options.exact, options.samples) {
        (true, _) => None,
        (false, Some(k)) => Some(k.max(2)),
        (false, None) => (n > EXACT_NODE_LIMIT).then_some(DEFAULT_SAMPLES),
    }
    .filter(|&k| k < n);

    let sources = match samples {
        Some(k) => sample_without_replacement(n, k, options.seed),
        None => (0..n as u32).collect(),
    };
    let sums = accumulate(&adjacency, lengths.as_deref(), &sources, samples.is_some(), progress)?;

    let Some(k) = samples else {
        let scale = if n > 2 { 1.0 / ((n - 1) * (n - 2)) as f64 } else { 0.0 };
        let values = sums.delta.iter().map(|d| d * scale).collect();
        return Some(Betweenness { values, exact: true, samples: None, std_error: None, node_std_errors: None });
    };
    // A sampled source contributes nothing to itself, so its value is the
    // mean over the other k − 1 sources.
    let mut is_source = vec![false; n];
    for &s in &sources {
        is_source[s as usize] = true;
    }
    let per_pair = 1.0 / (n - 2) as f64;
    let (values, errors): (Vec<f64>, Vec<f64>) = (0..n)
        .map(|v| {
            let m = (k - usize::from(is_source[v])) as f64;
            let mean = sums.delta[v] * per_pair / m;
            let mean_square = sums.delta_squared[v] * per_pair * per_pair / m;
            let variance = (mean_square - mean * mean).max(0.0) * m / (m - 1.0);
            let unsampled_share = 1.0 - m / (n - 1) as f64;
            (mean, (variance / m * unsampled_share).sqrt())
        })
        .unzip();
    let std_error = errors.iter().copied().fold(0.0, f64::max);
    Some(Betweenness {
        values,
        exact: false,
        samples: Some(k),
        std_error: Some(std_error),
        node_std_errors: Some(errors),
    })
}

/// Per-node sums over the sources of δ_s(v) and, when sampling, of δ_s(v)².
struct Sums {
    delta: Vec<f64>,
    delta_squared: Vec<f64>,
}

fn accumulate(
    adjacency: &Adjacency,
    lengths: Option<&[f64]>,
    sources: &[u32],
    sampled: bool,
    progress: &dyn Progress,
) -> Option<Sums> {
    let n = adjacency.node_count();
    let total = sources.len() as u64;
    let done = AtomicU64::new(0);
    let stop = AtomicBool::new(false);
    let report_every = (total / 200).max(1);
    let chunk = sources.len().div_ceil(CHUNKS).max(1);
    let partial: Vec<Sums> = sources
        .par_chunks(chunk)
        .map(|chunk| {
            let mut search = Search::new(n);
            let mut sums = Sums { delta: vec![0.0; n], delta_squared: if sampled { vec![0.0; n] } else { vec![] } };
            for &s in chunk {
                if stop.load(AtomicOrdering::Relaxed) {
                    break;
                }
                match lengths {
                    None => search.breadth_first(adjacency, s as usize),
                    Some(lengths) => search.dijkstra(adjacency, lengths, s as usize),
                }
                search.credit(adjacency, lengths, sampled, |v, d| {
                    sums.delta[v] += d;
                    if sampled {
                        sums.delta_squared[v] += d * d;
                    }
                });
                let finished = done.fetch_add(1, AtomicOrdering::Relaxed) + 1;
                if finished.is_multiple_of(report_every) || finished == total {
                    progress.report("betweenness", finished, total);
                    if progress.cancelled() {
                        stop.store(true, AtomicOrdering::Relaxed);
                    }
                }
            }
            sums
        })
        .collect();
    if stop.load(AtomicOrdering::Relaxed) {
        return None;
    }
    let mut total = Sums { delta: vec![0.0; n], delta_squared: if sampled { vec![0.0; n] } else { vec![] } };
    for sums in partial {
        total.delta.iter_mut().zip(&sums.delta).for_each(|(t, d)| *t += d);
        total.delta_squared.iter_mut().zip(&sums.delta_squared).for_each(|(t, d)| *t += d);
    }
    Some(total)
}

/// One source's shortest-path search and the space it reuses for the next.
struct Search {
    /// Nodes reached, in order of distance (the source first).
    order: Vec<u32>,
    /// Distance in ties (breadth-first search); `u32::MAX` when not reached.
    /// Kept apart from `paths` because every neighbour's distance is read but
    /// only a few neighbours' paths: a small, dense array stays in cache.
    hops: Vec<u32>,
    paths: Vec<Paths>,
    /// Distance in 1/weight (Dijkstra); infinite when not reached.
    distance: Vec<f64>,
    /// Whether Dijkstra has fixed the node's distance.
    settled: Vec<bool>,
    heap: BinaryHeap<Reached>,
}

/// The shortest paths from the source through one node, kept together
/// because they are read and written together.
#[derive(Clone, Copy, Default)]
struct Paths {
    /// Number of shortest paths from the source.
    sigma: f64,
    /// The source's dependency on the node, built up from the far end.
    delta: f64,
}

impl Search {
    fn new(n: usize) -> Search {
        Search {
            order: Vec::with_capacity(n),
            hops: vec![u32::MAX; n],
            paths: vec![Paths::default(); n],
            distance: vec![f64::INFINITY; n],
            settled: vec![false; n],
            heap: BinaryHeap::new(),
        }
    }

    fn breadth_first(&mut self, adjacency: &Adjacency, s: usize) {
        self.order.push(s as u32);
        self.hops[s] = 0;
        self.paths[s].sigma = 1.0;
        let mut head = 0;
        while let Some(&v) = self.order.get(head) {
            head += 1;
            let v = v as usize;
            let (next, sigma) = (self.hops[v] + 1, self.paths[v].sigma);
            for &w in adjacency.neighbours(v) {
                let hops = &mut self.hops[w as usize];
                if *hops == u32::MAX {
                    *hops = next;
                    self.order.push(w);
                }
                if *hops == next {
                    self.paths[w as usize].sigma += sigma;
                }
            }
        }
    }

    fn dijkstra(&mut self, adjacency: &Adjacency, lengths: &[f64], s: usize) {
        self.distance[s] = 0.0;
        self.paths[s].sigma = 1.0;
        self.heap.push(Reached { distance: 0.0, node: s as u32 });
        while let Some(Reached { node, .. }) = self.heap.pop() {
            let v = node as usize;
            // A node is settled when first popped; later entries for it are stale.
            if self.settled[v] {
                continue;
            }
            self.settled[v] = true;
            self.order.push(node);
            let (distance, sigma) = (self.distance[v], self.paths[v].sigma);
            for (&w, &length) in adjacency.neighbours(v).iter().zip(&lengths[adjacency.range(v)]) {
                let w_ = w as usize;
                if self.settled[w_] {
                    continue;
                }
                // The same expression as in `credit`, so equal paths compare equal there too.
                let through_v = distance + length;
                match through_v.partial_cmp(&self.distance[w_]) {
                    Some(Ordering::Less) => {
                        self.distance[w_] = through_v;
                        self.paths[w_].sigma = sigma;
                        self.heap.push(Reached { distance: through_v, node: w });
                    }
                    Some(Ordering::Equal) => self.paths[w_].sigma += sigma,
                    _ => {}
                }
            }
        }
    }

    /// Walks back from the farthest node, passing each node's dependency to
    /// its predecessors on shortest paths (Brandes' recurrence
    /// δ(v) = Σ_w σ(v)/σ(w)·(1 + δ(w))), hands `credit(v, δ(v))` for every
    /// node other than the source, and clears the space for the next source.
    ///
    /// With `linear`, the dependency is built from 1/d(w) instead of 1 for
    /// each target w, so that d(v)·δ(v) = Σ_t σ(s, t | v)/σ(s, t) · d(v)/d(t),
    /// and `credit` receives twice that (see [`betweenness()`] on sampling).
    fn credit(
        &mut self,
        adjacency: &Adjacency,
        lengths: Option<&[f64]>,
        linear: bool,
        mut credit: impl FnMut(usize, f64),
    ) {
        for &w in self.order.iter().skip(1).rev() {
            let w = w as usize;
            let Paths { sigma, delta } = self.paths[w];
            let far = if lengths.is_some() { self.distance[w] } else { f64::from(self.hops[w]) };
            let target = if linear { 1.0 / far } else { 1.0 };
            let share = (target + delta) / sigma;
            match lengths {
                None => {
                    let before = self.hops[w] - 1;
                    for &v in adjacency.neighbours(w) {
                        if self.hops[v as usize] == before {
                            let v = &mut self.paths[v as usize];
                            v.delta += v.sigma * share;
                        }
                    }
                }
                Some(lengths) => {
                    for (&v, &length) in adjacency.neighbours(w).iter().zip(&lengths[adjacency.range(w)]) {
                        if self.distance[v as usize] + length == self.distance[w] {
                            let v = &mut self.paths[v as usize];
                            v.delta += v.sigma * share;
                        }
                    }
                }
            }
            credit(w, if linear { 2.0 * far * delta } else { delta });
        }
        for &v in &self.order {
            let v = v as usize;
            self.hops[v] = u32::MAX;
            self.paths[v] = Paths::default();
            self.distance[v] = f64::INFINITY;
            self.settled[v] = false;
        }
        self.order.clear();
    }
}

/// A heap entry for Dijkstra: the nearest node comes out first.
struct Reached {
    distance: f64,
    node: u32,
}

impl PartialEq for Reached {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Reached {}

impl PartialOrd for Reached {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Reached {
    fn cmp(&self, other: &Self) -> Ordering {
        other.distance.total_cmp(&self.distance).then_with(|| other.node.cmp(&self.node))
    }
}

/// `k` distinct nodes of `0..n`, chosen uniformly by a partial Fisher–Yates
/// shuffle driven by SplitMix64. The generator is written out here rather
/// than taken from a crate so the same seed picks the same sample on every
/// platform and every dependency upgrade.
fn sample_without_replacement(n: usize, k: usize, seed: u64) -> Vec<u32> {
    let mut state = seed;
    let mut next = move || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    let mut nodes: Vec<u32> = (0..n as u32).collect();
    for i in 0..k {
        // Multiply-shift maps 64 random bits onto i..n with negligible bias.
        let j = i + ((next() as u128 * (n - i) as u128) >> 64) as usize;
        nodes.swap(i, j);
    }
    nodes.truncate(k);
    nodes.sort_unstable();
    nodes
}
