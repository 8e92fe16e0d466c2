//! Burt's structural holes: constraint and effective size.
//!
//! Both look at a person's ego network (their contacts and the ties among
//! those contacts). p_ij = a_ij / Σ_k a_ik is the share of i's ties (or tie
//! weight) invested in j, with a_ij the weight of the tie, or 1 unweighted.
//! A contact is redundant to the extent that i's other contacts are tied to
//! them too.

use super::adjacency::Adjacency;
use super::depth_first::NONE;
use petgraph::graph::UnGraph;
use rayon::prelude::*;

/// Burt's constraint of every node, by node index, as NetworkX's
/// `constraint(G)` (or `constraint(G, weight="weight")` when `weighted`)
/// computes it for an undirected graph; `None` for isolated nodes.
///
/// **Formula:** c_i = Σ_{j ∈ N(i)} (p_ij + Σ_{q ∈ N(i), q ≠ j} p_iq p_qj)².
///
/// **Meaning:** how much a person's contacts are tied to each other, so that
/// the person brokers nothing between them. Near 1 (or above, in a tight
/// pair or triangle): hemmed into one closed circle. Low: their contacts
/// would not otherwise meet, the position of a broker across structural
/// holes.
///
/// **Cost:** O(Σ_v d_v²) (each contact's contacts are checked against the
/// ego's), in parallel on all cores; O(n) memory per core.
pub fn constraint<N>(graph: &UnGraph<N, f64>, weighted: bool) -> Vec<Option<f64>> {
    let ties = Ties::new(graph, weighted);
    per_ego(&ties, |ties, i, ego| {
        let own = ties.strength[i];
        let shared = ego.shared(ties, i, |q, a_iq| a_iq / own / ties.strength[q]);
        ties.of(i).map(|(_, a_ij)| a_ij / own).zip(shared).map(|(direct, indirect)| (direct + indirect).powi(2)).sum()
    })
}

/// Burt's effective size of every node, by node index, as NetworkX's
/// `effective_size(G)` (or `effective_size(G, weight="weight")` when
/// `weighted`) computes it for an undirected graph; `None` for isolated nodes.
///
/// **Formula:** e_i = Σ_{j ∈ N(i)} (1 − Σ_{q ∈ N(i), q ≠ j} p_iq m_jq), where
/// m_jq = a_jq / max_k a_jk. Unweighted this is Borgatti's d − 2t/d, with d
/// contacts and t ties among them.
///
/// **Meaning:** the number of a person's contacts that are not redundant:
/// roughly how many separate circles they reach. A person whose 10 contacts
/// all know each other has an effective size near 1; one whose 10 contacts
/// are strangers to each other has 10.
///
/// **Cost:** as [`constraint`].
pub fn effective_size<N>(graph: &UnGraph<N, f64>, weighted: bool) -> Vec<Option<f64>> {
    let ties = Ties::new(graph, weighted);
    per_ego(&ties, |ties, i, ego| {
        let own = ties.strength[i];
        let shared = ego.shared(ties, i, |_, a_iq| a_iq / own);
        ties.of(i).zip(shared).map(|((j, _), redundancy)| 1.0 - redundancy / ties.strongest[j as usize]).sum()
    })
}

/// The graph with each tie's a_ij and each node's total and largest a_ij.
struct Ties {
    adjacency: Adjacency,
    /// a_ij per adjacency entry: the weight, or 1 unweighted.
    amount: Vec<f64>,
    /// Σ_k a_ik.
    strength: Vec<f64>,
    /// max_k a_ik.
    strongest: Vec<f64>,
}

impl Ties {
    fn new<N>(graph: &UnGraph<N, f64>, weighted: bool) -> Ties {
        let adjacency = Adjacency::new(graph);
        let amount = adjacency.map_weights(|w| if weighted { w } else { 1.0 });
        let n = adjacency.node_count();
        let strength = (0..n).map(|v| amount[adjacency.range(v)].iter().sum()).collect();
        let strongest = (0..n).map(|v| amount[adjacency.range(v)].iter().copied().fold(0.0, f64::max)).collect();
        Ties { adjacency, amount, strength, strongest }
    }

    /// Each contact of `v` with a_vj.
    fn of(&self, v: usize) -> impl Iterator<Item = (u32, f64)> + '_ {
        self.adjacency.neighbours(v).iter().copied().zip(self.amount[self.adjacency.range(v)].iter().copied())
    }
}

/// `measure(ties, i, ego)` for every node i with a contact, in parallel.
fn per_ego(ties: &Ties, measure: impl Fn(&Ties, usize, &mut Ego) -> f64 + Sync) -> Vec<Option<f64>> {
    let n = ties.adjacency.node_count();
    (0..n)
        .into_par_iter()
        .map_init(
            || Ego { slot: vec![NONE; n], sums: Vec::new() },
            |ego, i| (ties.adjacency.degree(i) > 0).then(|| measure(ties, i, ego)),
        )
        .collect()
}

/// Scratch space for one ego network at a time.
struct Ego {
    /// Each contact's position among the ego's contacts; [`NONE`] for others.
    slot: Vec<u32>,
    sums: Vec<f64>,
}

impl Ego {
    /// For each contact j of ego `i` (in adjacency order), Σ_q weight(q, a_iq)·a_qj
    /// over the ego's other contacts q tied to j.
    fn shared(&mut self, ties: &Ties, i: usize, weight: impl Fn(usize, f64) -> f64) -> &[f64] {
        for (position, (j, _)) in ties.of(i).enumerate() {
            self.slot[j as usize] = position as u32;
        }
        self.sums.clear();
        self.sums.resize(ties.adjacency.degree(i), 0.0);
        for (q, a_iq) in ties.of(i) {
            let factor = weight(q as usize, a_iq);
            for (j, a_qj) in ties.of(q as usize) {
                let position = self.slot[j as usize];
                if position != NONE {
                    self.sums[position as usize] += factor * a_qj;
                }
            }
        }
        for (j, _) in ties.of(i) {
            self.slot[j as usize] = NONE;
        }
        &self.sums
    }
}
