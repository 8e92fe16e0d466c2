//! The view as a network for GraphML and GEXF: a node per scene node with
//! the spreadsheet's values, an edge per scene edge with its ties.

use super::picture::node_pixels;
use super::view::View;
use crate::NodeKind;
use bridgework_export::{Colour, Edge, Network, Node, Value};

/// The view's network.
pub(super) fn of(view: &View<'_>) -> Network {
    let map = view.map();
    let records = map.records();
    let scene = &view.scene;
    let text = |s: &str| Some(Value::Text(s.to_string()));
    let org_name = |id: &str| map.org_by_id(id).map(|o| records.organisations[o.index()].name.as_str());
    let nodes: Vec<Node> = scene
        .nodes
        .iter()
        .map(|node| {
            let (kind_name, team, level, role, org_kind) = match node.kind {
                NodeKind::Organisation => {
                    let kind = map.org_by_id(&node.id).map(|o| records.organisations[o.index()].kind.to_string());
                    ("organisation", None, None, None, kind.map(Value::Text))
                }
                NodeKind::Team => {
                    let parent = map
                        .team_by_id(&node.id)
                        .and_then(|t| map.team_parent(t))
                        .map(|p| Value::Text(records.teams[p.index()].name.clone()));
                    ("team", parent, None, None, None)
                }
                NodeKind::Person => {
                    let person = map.person_by_id(&node.id).map(|p| &records.people[p.index()]);
                    let team = map
                        .person_by_id(&node.id)
                        .and_then(|p| map.person_team(p))
                        .map(|t| Value::Text(records.teams[t.index()].name.clone()));
                    let level = person.and_then(|p| p.level).map(|l| Value::Text(l.as_str().to_string()));
                    let role = person.and_then(|p| p.role.clone()).map(Value::Text);
                    ("person", team, level, role, None)
                }
            };
            let colour = Colour::from_hex(&node.colour).unwrap_or(super::picture::NO_COLOUR);
            Node {
                key: node.key.clone(),
                label: node.label.clone(),
                values: [
                    text(&node.id),
                    text(kind_name),
                    org_name(&node.organisation).and_then(text),
                    team,
                    level,
                    role,
                    org_kind,
                    Some(Value::Whole(u64::from(node.people))),
                    Some(Value::Text(colour.to_string())),
                ],
                colour,
                x: node.x,
                y: node.y,
                size: node_pixels(node.kind, node.size, scene.max_size),
            }
        })
        .collect();
    let edges = scene
        .edges
        .iter()
        .zip(&view.details)
        .map(|(edge, detail)| {
            let kinds: Vec<&str> = detail.kinds.iter().map(|k| k.as_str()).collect();
            Edge {
                source: detail.ends.0,
                target: detail.ends.1,
                weight: edge.strength,
                values: [
                    Some(Value::Whole(u64::from(edge.ties))),
                    (!kinds.is_empty()).then(|| Value::Text(kinds.join("; "))),
                    edge.latest_contact.clone().map(Value::Text),
                    edge.category.map(|c| Value::Text(c.as_str().to_string())),
                    detail.redundancy.map(|d| Value::Whole(d as u64)),
                ],
            }
        })
        .collect();
    Network {
        description: format!(
            "{}: {}. {}. {}. Made by Bridgework.",
            view.info().name,
            view.shown(),
            view.moment(),
            view.filters()
        ),
        day: scene.day.clone(),
        nodes,
        edges,
    }
}
