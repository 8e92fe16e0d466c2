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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::snapshots::{DiffSummary, DiffTieView, JoinerView, LeaverView, LostBecause, MomentView};
    use bridgework_core::TieKind;

    fn group(id: &str, name: &str, organisation: Option<GroupRef>) -> GroupRef {
        let kind = if organisation.is_some() { "team" } else { "org" };
        GroupRef {
            id: id.into(),
            name: name.into(),
            key: format!("{kind}:{id}"),
            organisation: organisation.map(Box::new),
        }
    }

    fn person(id: &str, name: &str) -> PersonRef {
        PersonRef { id: id.into(), name: name.into(), key: format!("person:{id}") }
    }

    fn weakened(a: &PersonRef, b: &PersonRef, moved: Vec<StrengthPart>) -> StrengthChangeView {
        let (a, b) = (a.clone(), b.clone());
        StrengthChangeView {
            a,
            b,
            kind: TieKind::Advice,
            before: 0.8,
            after: 0.5,
            change: -0.3,
            moved,
            reason: String::new(),
        }
    }

    /// Ann joined Reablement and met Cy; Bob left the hub, losing his tie to
    /// Cy; Cy's tie to Dee weakened, to Eve only because time passed; the hub
    /// and Reablement moved from single point of failure to missing.
    fn diff() -> SnapshotDiffView {
        let council = group("council", "Council", None);
        let hospital = group("acute", "City Hospital", None);
        let reablement = group("reab", "Reablement", Some(council));
        let hub = group("hub", "Discharge Hub", Some(hospital));
        let [ann, bob, cy, dee, eve] =
            [("p1", "Ann"), ("p2", "Bob"), ("p3", "Cy"), ("p4", "Dee"), ("p5", "Eve")].map(|(id, n)| person(id, n));
        let moment = MomentView { snapshot: None, as_of: "2026-09-01".parse().unwrap() };
        SnapshotDiffView {
            from: moment.clone(),
            to: moment,
            strength: Default::default(),
            thresholds: Default::default(),
            scope: Default::default(),
            summary: DiffSummary::default(),
            joined: vec![JoinerView { person: ann.clone(), team: Some(reablement.clone()), role: None, level: None }],
            left: vec![LeaverView {
                person: bob.clone(),
                team: Some(hub.clone()),
                role: None,
                level: None,
                left_on: None,
            }],
            ties_gained: vec![DiffTieView { a: ann, b: cy.clone(), kind: TieKind::WorksWith, strength: 0.5 }],
            ties_lost: vec![LostTieView {
                tie: DiffTieView { a: bob, b: cy.clone(), kind: TieKind::Governance, strength: 0.9 },
                because: LostBecause::PersonLeft,
            }],
            ties_strengthened: vec![],
            ties_weakened: vec![
                weakened(&cy, &dee, vec![StrengthPart::Rating]),
                weakened(&cy, &eve, vec![StrengthPart::Recency]),
            ],
            team_pairs: vec![PairChangeView {
                a: hub,
                b: reablement,
                partner_link: true,
                before: Some(Category::SinglePointOfFailure),
                after: Some(Category::Missing),
            }],
            organisation_pairs: vec![],
            changes_map: ChangesMap::default(),
        }
    }

    #[test]
    fn people_and_teams_are_placed_on_two_rings_by_organisation_with_a_line_per_change() {
        let diff = diff();
        // Bob, Dee and Eve are in the hospital's hub, Ann in the council's
        // Reablement; Cy's team is not known, so Cy sits last. Eve is not drawn:
        // her tie with Cy only aged.
        let team_of = |id: &str| match id {
            "p2" | "p4" | "p5" => Some(diff.team_pairs[0].a.clone()),
            "p1" => Some(diff.team_pairs[0].b.clone()),
            _ => None,
        };
        let map = changes_map(&diff, team_of);
        let nodes: Vec<String> =
            map.nodes.iter().map(|n| format!("{} {:?} ({}, {})", n.label, n.status, n.x, n.y)).collect();
        expect_test::expect![[r#"
            [
                "Discharge Hub (City Hospital) Team (0, 45)",
                "Reablement (Council) Team (0, -45)",
                "Bob Left (0, 100)",
                "Dee Involved (100, 0)",
                "Ann Joined (0, -100)",
                "Cy Involved (-100, 0)",
            ]
        "#]]
        .assert_debug_eq(&nodes);
        let edges: Vec<(&str, Change)> = map.edges.iter().map(|e| (e.label.as_str(), e.change)).collect();
        assert_eq!(
            edges,
            [
                ("Tie gained: Ann – Cy", Change::Gained),
                ("Tie lost: Bob – Cy", Change::Lost),
                ("Tie weakened: Cy – Dee", Change::Weakened),
                (
                    "Discharge Hub (City Hospital) – Reablement (Council): Single point of failure → Missing",
                    Change::Category
                ),
            ]
        );
        assert_eq!(map.recency_only, 1, "the tie weakened by time alone is counted, not drawn");
        assert_eq!(changes_map(&diff, team_of), map, "the same every time");
    }

    #[test]
    fn nothing_changed_draws_nothing() {
        let diff = SnapshotDiffView {
            joined: vec![],
            left: vec![],
            ties_gained: vec![],
            ties_lost: vec![],
            ties_weakened: vec![],
            team_pairs: vec![],
            ..diff()
        };
        assert_eq!(changes_map(&diff, |_| None), ChangesMap::default());
    }
}
