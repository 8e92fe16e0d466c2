//! The changes map: a comparison drawn as the people and teams its changes
//! involve, with a line per change. The Snapshots page draws it and the
//! comparison's picture ([`crate::export`]) is made from it, so both place
//! every node at the same position.
//!
//! Lines join the two people of each tie gained, lost, strengthened or
//! weakened (ties weakened only because time passed are counted, not drawn:
//! between two days every tie nobody renewed weakens), and the two teams of
//! each team pair whose weak-link category changed. People sit on an outer
//! ring and teams on an inner one, each ordered by organisation, team and
//! name, so the people of one organisation sit together and the drawing is
//! the same every time.

use super::{LostTieView, PairChangeView, SnapshotDiffView, StrengthChangeView};
use crate::map_view::label;
use crate::views::{GroupRef, PersonRef};
use bridgework_core::StrengthPart;
use bridgework_core::weak_links::Category;
use serde::Serialize;
use std::collections::BTreeMap;
use std::f64::consts::PI;

/// The people's ring's radius, in the layout's units; the teams' ring is
/// inside it, or takes its place when no person is drawn.
const PEOPLE_RADIUS: f64 = 100.0;
const TEAMS_RADIUS: f64 = 45.0;

/// The changes drawn. Stable: fields are only ever added.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ChangesMap {
    /// Teams first, then people; positions with y growing upwards, as on the map.
    pub nodes: Vec<ChangeNode>,
    pub edges: Vec<ChangeEdge>,
    /// Ties weakened only because time passed since their last contact: not drawn.
    pub recency_only: usize,
}

/// A person or team a change involves.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ChangeNode {
    /// Its node key (`person:ID`, `team:ID`).
    pub key: String,
    /// A person's name, or a team's with its organisation's: "Reablement (Council)".
    pub label: String,
    pub status: NodeStatus,
    pub x: f64,
    pub y: f64,
}

/// What a node of the changes map is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum NodeStatus {
    /// A person who joined.
    Joined,
    /// A person who left.
    Left,
    /// A person in post on both sides, one of whose ties changed.
    Involved,
    /// A team one of whose pairs changed category.
    Team,
}

impl NodeStatus {
    /// Every status, in the order a legend lists them.
    pub const ALL: [NodeStatus; 4] = [NodeStatus::Joined, NodeStatus::Left, NodeStatus::Involved, NodeStatus::Team];

    /// As a legend says it.
    pub fn label(self) -> &'static str {
        match self {
            NodeStatus::Joined => "Person joined",
            NodeStatus::Left => "Person left",
            NodeStatus::Involved => "Person",
            NodeStatus::Team => "Team",
        }
    }
}

/// One change, as a line between two nodes.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ChangeEdge {
    /// Unique in the map: the change and both ends' ids (and a tie's kind).
    pub key: String,
    /// The two nodes' keys.
    pub source: String,
    pub target: String,
    pub change: Change,
    /// The change in words: "Tie gained: Ann Lee – Bob Khan".
    pub label: String,
}

/// What a line of the changes map stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum Change {
    Gained,
    Lost,
    Strengthened,
    Weakened,
    /// A team pair whose weak-link category changed.
    Category,
}

impl Change {
    /// Every change, in the order a legend lists them.
    pub const ALL: [Change; 5] =
        [Change::Gained, Change::Lost, Change::Strengthened, Change::Weakened, Change::Category];

    /// As a legend says it.
    pub fn label(self) -> &'static str {
        match self {
            Change::Gained => "Tie gained",
            Change::Lost => "Tie lost",
            Change::Strengthened => "Tie strengthened",
            Change::Weakened => "Tie weakened",
            Change::Category => "Pair changed category",
        }
    }
}

/// Whether a strength change is due to time passing alone.
fn recency_only(change: &StrengthChangeView) -> bool {
    !change.moved.is_empty() && change.moved.iter().all(|part| *part == StrengthPart::Recency)
}

/// "Reablement (Council)"; an organisation by its name alone.
fn group_label(group: &GroupRef) -> String {
    match &group.organisation {
        Some(organisation) => format!("{} ({})", group.name, organisation.name),
        None => group.name.clone(),
    }
}

/// A category in words, or "not checked" for a side that does not check the pair.
pub(crate) fn category_label(category: Option<Category>) -> &'static str {
    category.map_or("not checked", label)
}

/// Where a node sorts on its ring: organisation, team, then name and key.
type Place = (String, String, String, String);

fn place(team: Option<&GroupRef>, label: &str, key: &str) -> Place {
    // People without a known team come last.
    let (organisation, team) = match team {
        Some(team) => {
            (team.organisation.as_ref().map_or(String::new(), |o| o.name.to_lowercase()), team.name.to_lowercase())
        }
        None => ("\u{10ffff}".to_string(), String::new()),
    };
    (organisation, team, label.to_lowercase(), key.to_string())
}

/// The changes map of `diff`; `team_of` gives a person's team (by their id)
/// on the later side, or the earlier when they are gone, to place them
/// beside their colleagues.
pub(crate) fn changes_map(diff: &SnapshotDiffView, team_of: impl Fn(&str) -> Option<GroupRef>) -> ChangesMap {
    // By key: the place on the ring, the label and the status.
    let mut people: BTreeMap<String, (Place, String, NodeStatus)> = BTreeMap::new();
    let mut add_person = |person: &PersonRef, status: NodeStatus| {
        let entry = people.entry(person.key.clone()).or_insert_with(|| {
            let team = team_of(&person.id);
            (place(team.as_ref(), &person.name, &person.key), person.name.clone(), status)
        });
        // Joining or leaving says more than being involved in a change.
        entry.2 = entry.2.min(status);
    };
    for joiner in &diff.joined {
        add_person(&joiner.person, NodeStatus::Joined);
    }
    for leaver in &diff.left {
        add_person(&leaver.person, NodeStatus::Left);
    }
    let mut edges = Vec::new();
    let mut tie_edge = |change: Change, a: &PersonRef, b: &PersonRef, kind: &str| {
        add_person(a, NodeStatus::Involved);
        add_person(b, NodeStatus::Involved);
        edges.push(ChangeEdge {
            key: format!("{}:{}:{}:{kind}", change_name(change), a.id, b.id),
            source: a.key.clone(),
            target: b.key.clone(),
            change,
            label: format!("{}: {} – {}", change.label(), a.name, b.name),
        });
    };
    for tie in &diff.ties_gained {
        tie_edge(Change::Gained, &tie.a, &tie.b, tie.kind.as_str());
    }
    for LostTieView { tie, .. } in &diff.ties_lost {
        tie_edge(Change::Lost, &tie.a, &tie.b, tie.kind.as_str());
    }
    for tie in &diff.ties_strengthened {
        tie_edge(Change::Strengthened, &tie.a, &tie.b, tie.kind.as_str());
    }
    let mut recency = 0;
    for tie in &diff.ties_weakened {
        if recency_only(tie) {
            recency += 1;
        } else {
            tie_edge(Change::Weakened, &tie.a, &tie.b, tie.kind.as_str());
        }
    }
    let mut teams: BTreeMap<String, (Place, String)> = BTreeMap::new();
    for pair in &diff.team_pairs {
        for team in [&pair.a, &pair.b] {
            let label = group_label(team);
            teams.entry(team.key.clone()).or_insert_with(|| (place(Some(team), &team.name, &team.key), label));
        }
        edges.push(category_edge(pair));
    }

    let mut nodes = Vec::with_capacity(teams.len() + people.len());
    let teams_radius = if people.is_empty() { PEOPLE_RADIUS } else { TEAMS_RADIUS };
    let teams = teams.into_iter().map(|(key, (place, label))| (place, key, label, NodeStatus::Team));
    ring(teams.collect(), teams_radius, &mut nodes);
    let people = people.into_iter().map(|(key, (place, label, status))| (place, key, label, status));
    ring(people.collect(), PEOPLE_RADIUS, &mut nodes);
    ChangesMap { nodes, edges, recency_only: recency }
}

fn change_name(change: Change) -> &'static str {
    match change {
        Change::Gained => "gained",
        Change::Lost => "lost",
        Change::Strengthened => "strengthened",
        Change::Weakened => "weakened",
        Change::Category => "category",
    }
}

fn category_edge(pair: &PairChangeView) -> ChangeEdge {
    ChangeEdge {
        key: format!("category:{}:{}", pair.a.id, pair.b.id),
        source: pair.a.key.clone(),
        target: pair.b.key.clone(),
        change: Change::Category,
        label: format!(
            "{} – {}: {} → {}",
            group_label(&pair.a),
            group_label(&pair.b),
            category_label(pair.before),
            category_label(pair.after)
        ),
    }
}

/// Places `entries` in their order clockwise round a ring from the top; one
/// alone sits in the middle.
fn ring(mut entries: Vec<(Place, String, String, NodeStatus)>, radius: f64, nodes: &mut Vec<ChangeNode>) {
    entries.sort();
    let count = entries.len();
    for (i, (_, key, label, status)) in entries.into_iter().enumerate() {
        let angle = PI / 2.0 - 2.0 * PI * i as f64 / count as f64;
        let (x, y) = if count == 1 { (0.0, 0.0) } else { (round(radius * angle.cos()), round(radius * angle.sin())) };
        nodes.push(ChangeNode { key, label, status, x, y });
    }
}

/// Three decimals: positions read the same in JSON, the page and the picture.
fn round(value: f64) -> f64 {
    let rounded = (value * 1000.0).round() / 1000.0;
    // No "-0" in JSON.
    if rounded == 0.0 { 0.0 } else { rounded }
}
