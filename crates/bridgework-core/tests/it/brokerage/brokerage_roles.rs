use super::data::*;
use bridgework_core::brokerage::{BrokerageRoles, brokerage_roles};
use petgraph::graph::UnGraph;

fn roles(coordinator: u64, gatekeeper: u64, representative: u64, itinerant: u64, liaison: u64) -> BrokerageRoles {
    BrokerageRoles { coordinator, gatekeeper, representative, itinerant, liaison }
}

#[test]
fn five_people_three_organisations_by_hand() {
    // Organisations A = {0, 2, 4}, B = {1}, C = {3}; ties 0–1, 0–3, 0–4, 1–2, 1–3, 2–4.
    let graph = graph(5, &[(0, 1), (0, 3), (0, 4), (1, 2), (1, 3), (2, 4)]);
    let groups = [0, 1, 0, 2, 0];
    // 0 (A), contacts 1 (B), 3 (C), 4 (A): {1, 3} are tied, so closed;
    //   {1, 4} and {3, 4} each have one end in A: 1 → 0 → 4 gatekeeper,
    //   4 → 0 → 1 representative, and the same for {3, 4}: 2 and 2.
    // 1 (B), contacts 0, 2 (A), 3 (C): {0, 2} both A, open: itinerant, twice
    //   (0 → 1 → 2 and 2 → 1 → 0); {0, 3} closed; {2, 3} A and C: liaison, twice.
    // 2 (A), contacts 1 (B), 4 (A): {1, 4} open, one end in A: 1 and 1.
    // 3 (C), contacts 0, 1, who are tied: nothing.
    // 4 (A), contacts 0, 2 (A), not tied: coordinator, twice.
    assert_eq!(
        brokerage_roles(&graph, &groups),
        [roles(0, 2, 2, 0, 0), roles(0, 0, 0, 2, 2), roles(0, 1, 1, 0, 0), roles(0, 0, 0, 0, 0), roles(2, 0, 0, 0, 0)]
    );
    assert_eq!(brokerage_roles(&graph, &groups)[1].total(), 4);
}

/// sna's `brokerage_R` on the symmetric graph: every ordered two-path
/// i → j → k with i and k distinct and not tied, classified by groups.
fn brute_force(graph: &UnGraph<impl Sized, f64>, groups: &[u32]) -> Vec<BrokerageRoles> {
    let mut counts = vec![BrokerageRoles::default(); graph.node_count()];
    for i in graph.node_indices() {
        for j in graph.neighbors(i) {
            for k in graph.neighbors(j) {
                if k == i || graph.contains_edge(i, k) {
                    continue;
                }
                let (gi, gj, gk) = (groups[i.index()], groups[j.index()], groups[k.index()]);
                let c = &mut counts[j.index()];
                match () {
                    _ if gi == gj && gj == gk => c.coordinator += 1,
                    _ if gi == gj => c.representative += 1,
                    _ if gj == gk => c.gatekeeper += 1,
                    _ if gi == gk => c.itinerant += 1,
                    _ => c.liaison += 1,
                }
            }
        }
    }
    counts
}

#[test]
fn karate_club_factions_agree_with_the_ordered_path_count() {
    let graph = karate();
    let found = brokerage_roles(&graph, &KARATE_CLUB);
    assert_eq!(found, brute_force(&graph, &KARATE_CLUB));
    // Two factions leave no room for liaisons; Mr. Hi mostly coordinates.
    assert!(found.iter().all(|r| r.liaison == 0));
    assert!(found[0].coordinator > found[0].gatekeeper);
}

#[test]
fn random_graphs_with_several_groups_agree_with_the_ordered_path_count() {
    for seed in 0..20 {
        let graph = random_graph(50, 150, seed);
        let groups: Vec<u32> = (0..50).map(|v| (v * 7 + seed as u32) % 5).collect();
        assert_eq!(brokerage_roles(&graph, &groups), brute_force(&graph, &groups), "seed {seed}");
    }
}
