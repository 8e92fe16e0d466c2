//! The E-I index: does a group look outward or inward?
//!
//! Krackhardt and Stern (1988): E-I = (E − I) / (E + I), where E counts the
//! ties that leave the group and I the ties that stay inside. It runs from
//! −1 (every tie inside: a silo) to +1 (every tie outside), 0 when balanced.

use petgraph::graph::{NodeIndex, UnGraph};
use petgraph::visit::EdgeRef;
use std::collections::BTreeMap;

/// Ties inside a set of people and ties leaving it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EiCounts {
    /// I: ties with both people inside.
    pub internal: u64,
    /// E: ties with one person inside and one outside.
    pub external: u64,
}

impl EiCounts {
    /// (E − I) / (E + I), from −1 (all ties inside) to +1 (all ties outside);
    /// `None` when there are no ties at all.
    pub fn index(&self) -> Option<f64> {
        let ties = self.internal + self.external;
        (ties > 0).then(|| (self.external as f64 - self.internal as f64) / ties as f64)
    }
}

/// The E-I index of a whole grouping, of each group and of each pair of groups.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EiIndex {
    /// Over the whole network: I counts ties within any group, E ties between
    /// groups.
    pub overall: EiCounts,
    /// Indexed by group: I counts ties with both people in the group, E ties
    /// with exactly one (a tie between groups g and h is external to both).
    pub per_group: Vec<EiCounts>,
    /// The number of ties between each pair of groups that has any, keyed
    /// (smaller group, larger group).
    pub between: BTreeMap<(u32, u32), u64>,
}

impl EiIndex {
    /// The E-I index of the network made of groups `a` and `b` alone, ties to
    /// other groups left out: E counts the ties between `a` and `b`, I the
    /// ties inside either. −1: the two keep to themselves; +1: they only talk
    /// to each other.
    ///
    /// # Panics
    ///
    /// When `a == b`, or either is not a group of the grouping.
    pub fn pair(&self, a: u32, b: u32) -> EiCounts {
        assert_ne!(a, b, "a pair needs two groups");
        let external = self.between.get(&(a.min(b), a.max(b))).copied().unwrap_or(0);
        EiCounts { internal: self.per_group[a as usize].internal + self.per_group[b as usize].internal, external }
    }
}

/// The E-I index of the grouping `groups` (each node's group, by node index):
/// overall, per group and per pair of groups.
///
/// **Meaning:** a group with a strongly negative index is a silo, its people
/// talking mostly to each other; a pair with a negative index has few ties
/// across compared with those inside.
///
/// **Cost:** O(n + m + g), where g is the largest group number.
///
/// Weights and self-loops are ignored: every other tie counts once.
///
/// # Panics
///
/// When `groups` does not have one entry per node.
pub fn ei_index<N>(graph: &UnGraph<N, f64>, groups: &[u32]) -> EiIndex {
    assert_eq!(groups.len(), graph.node_count(), "one group per node");
    let group_count = groups.iter().max().map_or(0, |&g| g as usize + 1);
    let mut index = EiIndex {
        overall: EiCounts::default(),
        per_group: vec![EiCounts::default(); group_count],
        between: BTreeMap::new(),
    };
    for edge in graph.edge_references().filter(|e| e.source() != e.target()) {
        let (a, b) = (groups[edge.source().index()], groups[edge.target().index()]);
        if a == b {
            index.overall.internal += 1;
            index.per_group[a as usize].internal += 1;
        } else {
            index.overall.external += 1;
            index.per_group[a as usize].external += 1;
            index.per_group[b as usize].external += 1;
            *index.between.entry((a.min(b), a.max(b))).or_default() += 1;
        }
    }
    index
}

/// The E-I counts of one set of people, such as a team: I counts ties with
/// both people in the set, E ties with exactly one.
///
/// **Cost:** O(m), calling `is_member` twice per tie.
pub fn ei_index_of<N>(graph: &UnGraph<N, f64>, is_member: impl Fn(NodeIndex) -> bool) -> EiCounts {
    let mut counts = EiCounts::default();
    for edge in graph.edge_references().filter(|e| e.source() != e.target()) {
        match (is_member(edge.source()), is_member(edge.target())) {
            (true, true) => counts.internal += 1,
            (true, false) | (false, true) => counts.external += 1,
            (false, false) => {}
        }
    }
    counts
}
