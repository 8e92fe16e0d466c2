//! The person graph: the people in post and the ties between them, as a
//! petgraph graph for analysis.

use crate::Date;
use crate::map::{Map, PersonIx, TieIx};
use petgraph::graph::{NodeIndex, UnGraph};

/// An undirected graph whose nodes are people in post and whose edges are the
/// ties between them. Several ties between two people (one per kind) are
/// parallel edges.
#[derive(Debug, Clone)]
pub struct PersonGraph {
    pub graph: UnGraph<PersonIx, TieIx>,
    /// The node of each person of the map; `None` for people who have left.
    node_of: Vec<Option<NodeIndex>>,
}

impl PersonGraph {
    /// The graph of `map` as it stands on `day`: people who left by then drop out,
    /// and so do their ties.
    pub fn build(map: &Map, day: Date) -> PersonGraph {
        let people = &map.records().people;
        let ties = &map.records().ties;
        let mut graph = UnGraph::with_capacity(people.len(), ties.len());
        let mut node_of = vec![None; people.len()];
        for person in map.current_people(day) {
            node_of[person.index()] = Some(graph.add_node(person));
        }
        for tie in (0..ties.len()).map(|i| TieIx(i as u32)) {
            let [a, b] = map.tie_ends(tie);
            if let (Some(a), Some(b)) = (node_of[a.index()], node_of[b.index()]) {
                graph.add_edge(a, b, tie);
            }
        }
        PersonGraph { graph, node_of }
    }

    /// The node of a person, if they are in post.
    pub fn node(&self, person: PersonIx) -> Option<NodeIndex> {
        self.node_of[person.index()]
    }
}
