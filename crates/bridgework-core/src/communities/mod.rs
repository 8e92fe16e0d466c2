//! Communities: groups of people more tied to each other than to the rest,
//! found by the Leiden algorithm for modularity, and set against organisation
//! boundaries.
//!
//! These are pure functions on any `petgraph` undirected graph whose edge
//! weights are tie strengths; node `i` of the graph is entry `i` of every
//! membership vector. [`leiden`] finds communities, [`modularity`] scores a
//! division into communities, and [`against_groups`] shows how communities
//! cut across groups such as organisations.
//!
//! # Why not the `leiden-rs` crate
//! `leiden-rs` 0.8.1 (MIT/Apache) was evaluated first. It is quick on large
//! graphs with big communities and gives modularity close to igraph's, but:
//! - its refinement is not the paper's: every node (not only those still
//!   alone) moves greedily to its best sub-community, with neither the
//!   well-connectedness conditions nor the randomised choice, so the Leiden
//!   guarantee is not what is implemented;
//! - refinement allocates and clears arrays the size of the whole graph for
//!   every community, so time grows with nodes × communities: on a ring of
//!   25,000 four-cliques (100,000 nodes) it took 2.2 s and on 50,000 took
//!   8.8 s, where igraph takes 0.17 s and 0.40 s, and this module 0.05 s
//!   and 0.12 s;
//! - reproducibility rests on `rand`'s `StdRng`, whose algorithm may change
//!   between releases, and its default features bring threads (rayon).
//!
//! So the algorithm is written here (`leiden.rs`), after the paper and
//! igraph's implementation, on flat arrays with no hash map, and with a
//! random number generator of our own (`rng.rs`) so that a seed gives the
//! same communities everywhere and always. The ignored test `bench_leiden`
//! (tests/it/communities.rs) times it on 100,000 nodes and 700,000 edges
//! and writes that graph to /tmp for comparison with python-igraph.

mod crosscut;
mod csr;
mod leiden;
mod modularity;
mod rng;

pub use crosscut::{CommunityMix, Crosscut, GroupMix, against_groups};
pub use leiden::{LeidenOptions, Partition, leiden};
pub use modularity::modularity;
