//! Gould and Fernandez's brokerage roles: whom a broker connects, by group.
//!
//! A broker b sits on an open two-step path a – b – c: a and c are not tied
//! to each other, so b is the go-between. Gould and Fernandez (1989) name the
//! role by the groups of the three people, for a path directed a → b → c:
//!
//! | role           | groups          | b is                                    |
//! |----------------|-----------------|-----------------------------------------|
//! | coordinator    | a = b = c       | a go-between inside one group           |
//! | itinerant      | a = c ≠ b       | an outsider linking two people of another group (consultant) |
//! | representative | a = b ≠ c       | carrying their own group's business out |
//! | gatekeeper     | a ≠ b = c       | letting an outsider into their own group |
//! | liaison        | a, b, c all differ | linking two other groups             |
//!
//! Ties here are undirected, so which of representative and gatekeeper
//! applies depends only on which end is read as the source. We follow the
//! reference implementation, `brokerage()` in the R package sna (Butts),
//! applied to a symmetric network: it counts every ordered path, so each
//! open pair {a, c} around b is counted twice, once as a → b → c and once as
//! c → b → a. Hence coordinator, itinerant and liaison counts are twice the
//! number of open pairs, and a pair where b shares a group with exactly one
//! end adds one to representative and one to gatekeeper, which are always
//! equal. Halve the first three (or read either of the last two) for the
//! number of pairs.

use petgraph::graph::UnGraph;
use rayon::prelude::*;

/// How often a node brokers in each of Gould and Fernandez's roles, counted
/// over ordered paths as sna's `brokerage()` counts them on a symmetric
/// network (see the module documentation).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BrokerageRoles {
    /// Both ends in the broker's own group.
    pub coordinator: u64,
    /// The destination in the broker's group, the source outside it.
    pub gatekeeper: u64,
    /// The source in the broker's group, the destination outside it.
    pub representative: u64,
    /// Both ends in one other group.
    pub itinerant: u64,
    /// The ends in two different other groups.
    pub liaison: u64,
}

impl BrokerageRoles {
    /// All brokerage, every role together (twice the number of open pairs).
    pub fn total(&self) -> u64 {
        self.coordinator + self.gatekeeper + self.representative + self.itinerant + self.liaison
    }
}

/// Gould–Fernandez brokerage counts of every node, by node index, with
/// `groups` giving each node's group (its organisation).
///
/// **Meaning:** a high liaison or itinerant count marks someone who joins
/// people of other organisations who are not in touch themselves; a high
/// gatekeeper/representative count someone through whom their organisation
/// meets another; coordinators broker within their own organisation.
///
/// **Cost:** O(Σ_v d_v²): the open pairs are counted from each broker's
/// contacts per group, then the closed ones (triangles) are subtracted,
/// without listing the pairs. In parallel on all cores. The graph must be
/// simple (no parallel edges); weights and self-loops are ignored.
///
/// # Panics
///
/// When `groups` does not have one entry per node.
pub fn brokerage_roles<N>(graph: &UnGraph<N, f64>, groups: &[u32]) -> Vec<BrokerageRoles> {
    assert_eq!(groups.len(), graph.node_count(), "one group per node");
    let adjacency = super::adjacency::Adjacency::new(graph);
    let n = adjacency.node_count();
    let group_count = groups.iter().max().map_or(0, |&g| g as usize + 1);
    (0..n)
        .into_par_iter()
        .map_init(
            || (vec![false; n], vec![0u64; group_count]),
            |(contact, per_group), b| {
                let own = groups[b];
                let contacts = adjacency.neighbours(b);
                for &a in contacts {
                    contact[a as usize] = true;
                    per_group[groups[a as usize] as usize] += 1;
                }
                // Every pair of contacts, by the groups of its ends.
                let mut pairs = Pairs::default();
                let inside = per_group[own as usize];
                let outside = contacts.len() as u64 - inside;
                pairs.coordinator = inside * inside.saturating_sub(1) / 2;
                pairs.mixed = inside * outside;
                let mut outside_same_group_squares = 0;
                for &a in contacts {
                    let g = groups[a as usize];
                    let count = per_group[g as usize];
                    if g != own && count > 0 {
                        pairs.itinerant += count * (count - 1) / 2;
                        outside_same_group_squares += count * count;
                        // Count each group once.
                        per_group[g as usize] = 0;
                    }
                }
                pairs.liaison = (outside * outside - outside_same_group_squares) / 2;
                // Less the closed pairs: contacts tied to each other.
                for &a in contacts {
                    for &c in adjacency.neighbours(a as usize) {
                        if c > a && contact[c as usize] {
                            pairs.remove(own, groups[a as usize], groups[c as usize]);
                        }
                    }
                }
                for &a in contacts {
                    contact[a as usize] = false;
                    per_group[groups[a as usize] as usize] = 0;
                }
                BrokerageRoles {
                    coordinator: 2 * pairs.coordinator,
                    gatekeeper: pairs.mixed,
                    representative: pairs.mixed,
                    itinerant: 2 * pairs.itinerant,
                    liaison: 2 * pairs.liaison,
                }
            },
        )
        .collect()
}

/// Unordered pairs of a broker's contacts, by the groups of the two ends.
#[derive(Default)]
struct Pairs {
    coordinator: u64,
    itinerant: u64,
    /// One end in the broker's group, one outside.
    mixed: u64,
    liaison: u64,
}

impl Pairs {
    fn remove(&mut self, own: u32, a: u32, c: u32) {
        let count = match (a == own, c == own) {
            (true, true) => &mut self.coordinator,
            (true, false) | (false, true) => &mut self.mixed,
            (false, false) if a == c => &mut self.itinerant,
            (false, false) => &mut self.liaison,
        };
        *count -= 1;
    }
}
