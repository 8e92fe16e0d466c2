//! The participation coefficient: how evenly a person's ties spread over groups.

use super::adjacency::Adjacency;
use petgraph::graph::UnGraph;

/// Guimerà and Amaral's participation coefficient of every node, by node
/// index, with `groups` giving each node's group (its organisation).
///
/// **Formula:** P_i = 1 − Σ_s (k_is / k_i)², where k_is is the number of i's
/// ties to people in group s (i's own group included) and k_i all of i's
/// ties; with `weighted`, the sums of those ties' weights instead. 0 for
/// isolated nodes.
///
/// **Meaning:** 0 when all of a person's ties stay in one group; it rises
/// towards 1 − 1/g as they spread evenly over g groups. A high value marks a
/// connector between organisations; a low one someone whose ties stay at home.
///
/// **Cost:** O(n + m). Self-loops are ignored.
///
/// # Panics
///
/// When `groups` does not have one entry per node.
pub fn participation_coefficient<N>(graph: &UnGraph<N, f64>, groups: &[u32], weighted: bool) -> Vec<f64> {
    assert_eq!(groups.len(), graph.node_count(), "one group per node");
    let adjacency = Adjacency::new(graph);
    let group_count = groups.iter().max().map_or(0, |&g| g as usize + 1);
    let mut per_group = vec![0.0f64; group_count];
    (0..adjacency.node_count())
        .map(|i| {
            let contacts = adjacency.neighbours(i);
            let amounts = adjacency.weights(i).iter().map(|&w| if weighted { w } else { 1.0 });
            let mut total = 0.0;
            for (&j, amount) in contacts.iter().zip(amounts) {
                per_group[groups[j as usize] as usize] += amount;
                total += amount;
            }
            let mut concentration = 0.0;
            for &j in contacts {
                let g = groups[j as usize] as usize;
                // Taken (and cleared) at a group's first contact, so each group counts once.
                let share = std::mem::take(&mut per_group[g]) / total;
                concentration += share * share;
            }
            if contacts.is_empty() { 0.0 } else { 1.0 - concentration }
        })
        .collect()
}
