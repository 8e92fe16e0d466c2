//! The person network as the brokerage and community measures take it: a
//! simple weighted graph, one edge per pair of people who share any tie, and
//! each person's organisation as a group label.
//!
//! [`PersonGraph`](crate::PersonGraph) keeps one edge per tie, so two people
//! tied for advice and for governance are joined twice. The measures in
//! [`brokerage`](crate::brokerage) and [`communities`](crate::communities)
//! need a simple graph (parallel edges would count one relationship as two
//! paths, two contacts or twice the weight), so here each pair of people
//! becomes one edge.
//!
//! **The edge weight is the strongest of the pair's ties**, by
//! [`Network::strength`]. A relationship is as good a channel as its best
//! strand: two people who work together daily are close whether or not they
//! also sit on a board together. Summing would instead reward recording
//! several kinds for the same relationship (some spreadsheets do, some do
//! not) and could exceed 1, the top of the strength scale.
//!
//! Node `i` here is node `i` of the network's `PersonGraph`: people in post,
//! in the same order, so a person's node is `net.graph.node(person)`.
//!
//! Cost: O(n + m log m) to build, sorting the ties by their pair of people.

use crate::Network;
use crate::brokerage::EiCounts;
use crate::map::{OrgIx, PersonIx};
use petgraph::graph::{NodeIndex, UnGraph};
use petgraph::visit::EdgeRef;

/// The people in post, one weighted edge per tied pair, with group labels.
#[derive(Debug, Clone)]
pub struct PersonNetwork {
    /// Nodes are people in post, as in the `PersonGraph`; edges are pairs of
    /// people with at least one tie, weighted by the strongest tie's
    /// strength. Edges are ordered by their pair of node indices, so edge
    /// indices do not depend on the order ties were recorded in.
    pub graph: UnGraph<PersonIx, f64>,
    /// Each node's group, by node index, as the group measures take it: an
    /// organisation's index for people with a team, and for each person with
    /// no team a label of their own above every organisation's, so that
    /// people without an organisation are not taken to share one.
    pub groups: Vec<u32>,
    organisations: usize,
}

impl PersonNetwork {
    /// Collapses the ties of `net` into one edge per pair of people.
    pub fn new(net: &Network<'_>) -> PersonNetwork {
        let source = &net.graph.graph;
        let mut pairs: Vec<(u32, u32, f64)> = source
            .edge_references()
            .filter(|e| e.source() != e.target())
            .map(|e| {
                let (a, b) = (e.source().index() as u32, e.target().index() as u32);
                (a.min(b), a.max(b), net.strength(*e.weight()).value)
            })
            .collect();
        pairs.sort_unstable_by_key(|p| (p.0, p.1));

        let mut graph = UnGraph::with_capacity(source.node_count(), pairs.len());
        for node in source.node_indices() {
            graph.add_node(source[node]);
        }
        for run in pairs.chunk_by(|x, y| (x.0, x.1) == (y.0, y.1)) {
            let strongest = run.iter().map(|p| p.2).fold(0.0, f64::max);
            // Strengths are positive save by underflow of a decades-old
            // contact; weighted path lengths (1/w) need them positive.
            graph.add_edge(
                NodeIndex::new(run[0].0 as usize),
                NodeIndex::new(run[0].1 as usize),
                strongest.max(f64::MIN_POSITIVE),
            );
        }

        let organisations = net.map.records().organisations.len();
        let mut next_own = organisations as u32;
        let groups = graph
            .node_weights()
            .map(|&person| match net.map.person_org(person) {
                Some(org) => org.index() as u32,
                None => {
                    next_own += 1;
                    next_own - 1
                }
            })
            .collect();
        PersonNetwork { graph, groups, organisations }
    }

    /// The person at node index `node` (node indices as the measures'
    /// results use them).
    pub fn person(&self, node: usize) -> PersonIx {
        self.graph[NodeIndex::new(node)]
    }

    /// The organisation of the person at `node`; `None` when they have no team.
    pub fn organisation(&self, node: usize) -> Option<OrgIx> {
        let group = self.groups[node];
        ((group as usize) < self.organisations).then_some(OrgIx(group))
    }

    /// The E-I counts of a set of people (such as a team's members), as
    /// [`ei_index_of`](crate::brokerage::ei_index_of) gives them, but at the
    /// cost of the members' ties alone, O(Σ degree), rather than of every tie
    /// in the network: a report on every team stays linear in the network's
    /// size however many teams there are. `members` are node indices and must
    /// not repeat.
    pub fn ei_of(&self, members: &[usize]) -> EiCounts {
        let mut inside = vec![false; self.graph.node_count()];
        members.iter().for_each(|&m| inside[m] = true);
        let mut counts = EiCounts::default();
        for member in members.iter().map(|&m| NodeIndex::new(m)) {
            for edge in self.graph.edges(member).filter(|e| e.source() != e.target()) {
                let other = if edge.source() == member { edge.target() } else { edge.source() };
                if !inside[other.index()] {
                    counts.external += 1;
                } else if member < other {
                    // Seen from both ends: count a tie inside once.
                    counts.internal += 1;
                }
            }
        }
        counts
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::brokerage::ei_index_of;
    use crate::records::{Organisation, Person, Records, Team, Tie};
    use crate::vocabulary::{OrgKind, TieKind};
    use crate::{Map, StrengthModel};

    fn day() -> crate::Date {
        "2026-11-01".parse().unwrap()
    }

    fn person(id: &str, team: Option<&str>) -> Person {
        Person {
            id: id.into(),
            team_id: team.map(Into::into),
            name: id.to_uppercase(),
            role: None,
            level: None,
            email: None,
            phone: None,
            joined: None,
            left: None,
            tags: vec![],
        }
    }

    fn tie(a: &str, b: &str, kind: TieKind, rating: u8) -> Tie {
        Tie {
            person_a: a.into(),
            person_b: b.into(),
            kind,
            strength: Some(rating),
            frequency: None,
            last_contact: Some(day()),
            since: None,
            source: None,
            note: None,
        }
    }

    /// Two organisations of one team each; a and b are tied twice, b–c once;
    /// d has no team.
    fn map() -> Map {
        let org = |id: &str| Organisation {
            id: id.into(),
            name: id.into(),
            kind: OrgKind::Other,
            short_name: None,
            colour: None,
        };
        let team = |id: &str, org: &str| Team {
            id: id.into(),
            org_id: org.into(),
            parent_team_id: None,
            name: id.into(),
            functions: vec![],
        };
        Map::new(Records {
            organisations: vec![org("o1"), org("o2")],
            teams: vec![team("t1", "o1"), team("t2", "o2")],
            people: vec![person("a", Some("t1")), person("b", Some("t1")), person("c", Some("t2")), person("d", None)],
            ties: vec![
                tie("a", "b", TieKind::Advice, 1),
                tie("a", "b", TieKind::WorksWith, 5),
                tie("b", "c", TieKind::Advice, 3),
                tie("c", "d", TieKind::Advice, 3),
            ],
            ..Records::default()
        })
        .unwrap()
    }

    #[test]
    fn parallel_ties_become_one_edge_as_strong_as_the_strongest() {
        let map = map();
        let net = Network::new(&map, day(), StrengthModel::default());
        let people = PersonNetwork::new(&net);
        assert_eq!(net.graph.graph.edge_count(), 4);
        assert_eq!(people.graph.edge_count(), 3);
        let [a, b] = [0, 1].map(|i| net.graph.node(PersonIx(i)).unwrap());
        let edge = people.graph.find_edge(a, b).unwrap();
        let strongest = (0..2).map(|t| net.strength(crate::TieIx(t)).value).fold(0.0, f64::max);
        assert_eq!(people.graph[edge], strongest);
        assert_eq!(people.person(a.index()), PersonIx(0));
    }

    #[test]
    fn people_without_a_team_each_get_a_group_of_their_own() {
        let map = map();
        let people = PersonNetwork::new(&Network::new(&map, day(), StrengthModel::default()));
        assert_eq!(people.groups, vec![0, 0, 1, 2]);
        assert_eq!(people.organisation(2), Some(OrgIx(1)));
        assert_eq!(people.organisation(3), None);
    }

    #[test]
    fn ei_of_a_set_matches_ei_index_of() {
        let map = map();
        let people = PersonNetwork::new(&Network::new(&map, day(), StrengthModel::default()));
        for set in [vec![0, 1], vec![1, 2], vec![0], vec![0, 1, 2, 3], vec![]] {
            let expected = ei_index_of(&people.graph, |n| set.contains(&n.index()));
            assert_eq!(people.ei_of(&set), expected, "{set:?}");
        }
    }
}
