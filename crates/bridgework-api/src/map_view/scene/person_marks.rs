//! What the person level tells: the people a partner link depends on, the
//! cut points and the bridges among the people shown, and the weak-link
//! category of the ties between partner teams.
//!
//! Marks and bridges are facts of the whole network of the day (every tie,
//! whatever the scene's filters count), as the weak-link report's are: a
//! filter that hides a tie does not make its people any less critical.

use super::{NodeKind, Rolled, SceneNode};
use crate::map_view::MapSession;
use bridgework_core::brokerage::{articulation_points, bridges};
use bridgework_core::{Network, PersonIx, PersonNetwork};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// Why a person shown on the map matters to the links between teams.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PersonMark {
    pub kind: MarkKind,
    /// What follows the person's name, in words: "the only contact between
    /// Discharge and Adult Social Care".
    pub reason: String,
}

/// The kinds of [`PersonMark`], the most urgent first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum MarkKind {
    /// Every direct tie between two teams of the weak-link report goes
    /// through this person (d = 1: a single point of failure).
    OnlyContact,
    /// A cut point: if this person leaves, some people lose every route to
    /// the rest of the network.
    CutPoint,
}

/// The cut points and bridges of the person network, worked out once per
/// session (one depth-first walk each).
#[derive(Debug, Default)]
pub(crate) struct Structure {
    /// Each cut point with how many people its leaving cuts off.
    cut_off: HashMap<PersonIx, usize>,
    /// The pairs of people whose ties are a bridge, the lower index first.
    bridges: HashSet<(PersonIx, PersonIx)>,
}

impl Structure {
    pub(crate) fn of(net: &Network<'_>) -> Structure {
        let people = PersonNetwork::new(net);
        let graph = &people.graph;
        let cut_off = articulation_points(graph)
            .into_iter()
            .map(|cut| (graph[cut.node], cut.separated.iter().map(|piece| piece.size()).sum()))
            .collect();
        let bridges = bridges(graph)
            .into_iter()
            .filter_map(|edge| graph.edge_endpoints(edge))
            .map(|(a, b)| ordered(graph[a], graph[b]))
            .collect();
        Structure { cut_off, bridges }
    }
}

fn ordered(a: PersonIx, b: PersonIx) -> (PersonIx, PersonIx) {
    if a <= b { (a, b) } else { (b, a) }
}

/// Marks the people among `nodes`, flags the bridges among the edges
/// between two of them, and gives a tie between two people of a reported
/// team pair that pair's category (the most urgent, when the two people's
/// teams are in several pairs: a team pair includes sub-teams).
/// `node_of_person` says which node stands for each person.
pub(super) fn mark(
    session: &MapSession,
    nodes: &mut [SceneNode],
    node_of_person: &[Option<u32>],
    edges: &mut HashMap<(u32, u32), Rolled>,
) {
    // The node of each person shown as a person, and the person of each such node.
    let shown: Vec<Option<u32>> =
        node_of_person.iter().map(|n| n.filter(|&n| nodes[n as usize].kind == NodeKind::Person)).collect();
    let mut person_at: Vec<Option<PersonIx>> = vec![None; nodes.len()];
    for (person, node) in shown.iter().enumerate() {
        if let Some(node) = node {
            person_at[*node as usize] = Some(PersonIx(person as u32));
        }
    }
    if person_at.iter().all(Option::is_none) {
        return;
    }
    let net = session.net();
    let shown = |p: PersonIx| shown[p.index()];
    for pair in &session.weak.team_pairs {
        for &person in &pair.findings.critical {
            if let Some(node) = shown(person) {
                let reason =
                    format!("the only contact between {} and {}", net.team_name(pair.a), net.team_name(pair.b));
                nodes[node as usize].marks.push(PersonMark { kind: MarkKind::OnlyContact, reason });
            }
        }
        for tie in &pair.findings.direct {
            let (Some(a), Some(b)) = (shown(tie.a), shown(tie.b)) else { continue };
            let Some(edge) = edges.get_mut(&(a.min(b), a.max(b))) else { continue };
            if edge.category.is_none_or(|c| pair.category < c) {
                edge.category = Some(pair.category);
                edge.reason = Some(pair.reason.clone());
            }
        }
    }
    let structure = session.structure();
    for (&person, &cut_off) in &structure.cut_off {
        if let Some(node) = shown(person) {
            let reason = if cut_off == 1 {
                "if they leave, 1 person loses every route to the rest".to_string()
            } else {
                format!("if they leave, {cut_off} people lose every route to the rest")
            };
            nodes[node as usize].marks.push(PersonMark { kind: MarkKind::CutPoint, reason });
        }
    }
    // Most urgent first, then in words' order, so the scene does not depend on hashing.
    nodes.iter_mut().for_each(|n| n.marks.sort_by(|x, y| (x.kind, &x.reason).cmp(&(y.kind, &y.reason))));
    for (&(a, b), edge) in edges.iter_mut() {
        if let (Some(pa), Some(pb)) = (person_at[a as usize], person_at[b as usize]) {
            edge.bridge = structure.bridges.contains(&ordered(pa, pb));
        }
    }
}
