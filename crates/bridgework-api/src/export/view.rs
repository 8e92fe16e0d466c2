//! The view an export shows: the canvas's scene for the level and nodes
//! opened, with the filters, and the same said in words for a caption.

use super::{ExportFocus, ExportRequest, MAX_FOCUS_STEPS, ViewLevel};
use crate::map_view::{EdgeDetail, MapSession};
use crate::{ApiError, ErrorCode, MapInfo, Result, Scene, SceneRequest};
use bridgework_core::Map;
use bridgework_core::NodeKey;

/// A scene, with what an export needs besides.
#[derive(Debug)]
pub(super) struct View<'s> {
    pub session: &'s MapSession,
    pub request: &'s ExportRequest,
    pub scene: Scene,
    /// The detail of each of the scene's edges, in order.
    pub details: Vec<EdgeDetail>,
    /// The focus, when the request has one.
    pub focus: Option<Focus>,
}

/// A focus found in the scene.
#[derive(Debug)]
pub(super) struct Focus {
    /// The node focused on, by its place in the scene.
    pub centre: usize,
    pub steps: u32,
    /// Whether each scene node is within `steps` of the centre.
    pub inside: Vec<bool>,
}

impl<'s> View<'s> {
    pub fn of(session: &'s MapSession, request: &'s ExportRequest) -> Result<View<'s>> {
        let scene_request = scene_request(session.map(), request)?;
        let (scene, details) = session.scene_detailed(&scene_request)?;
        let focus = match &request.focus {
            Some(focus) => Some(Focus::of(&scene, &details, focus)?),
            None => None,
        };
        Ok(View { session, request, scene, details, focus })
    }

    /// The focus in words, for a caption: "Focus: Acute Trust and what lies
    /// within 2 steps of it (the rest dimmed)".
    pub fn focus(&self) -> Option<String> {
        let focus = self.focus.as_ref()?;
        let steps = if focus.steps == 1 { "1 step".to_string() } else { format!("{} steps", focus.steps) };
        Some(format!(
            "Focus: {} and what lies within {steps} of it (the rest dimmed)",
            self.scene.nodes[focus.centre].label
        ))
    }

    pub fn map(&self) -> &Map {
        self.session.map()
    }

    pub fn info(&self) -> &MapInfo {
        self.session.info()
    }

    /// "8 organisations and 21 links".
    pub fn summary(&self) -> String {
        let nodes = self.scene.nodes.len();
        let (one, many) = match self.request.level {
            ViewLevel::Organisation if self.request.open.is_empty() => ("organisation", "organisations"),
            ViewLevel::Person => ("person", "people"),
            _ => ("node", "nodes"),
        };
        let edges = self.scene.edges.len();
        format!(
            "{nodes} {} and {edges} {}",
            if nodes == 1 { one } else { many },
            if edges == 1 { "link" } else { "links" }
        )
    }

    /// What the view shows, for a caption: the level and the nodes opened.
    pub fn shown(&self) -> String {
        let map = self.map();
        let level = match self.request.level {
            ViewLevel::Organisation => "Organisations",
            ViewLevel::Team => "Teams of every organisation",
            ViewLevel::Person => "Everyone, by team",
        };
        if self.request.open.is_empty() {
            return level.to_string();
        }
        let names: Vec<String> = self
            .request
            .open
            .iter()
            .map(|id| match (map.org_by_id(id), map.team_by_id(id)) {
                (Some(org), _) => map.records().organisations[org.index()].name.clone(),
                (None, Some(team)) => map.records().teams[team.index()].name.clone(),
                (None, None) => id.clone(),
            })
            .collect();
        format!("{level}, with {} opened", names.join(", "))
    }

    /// The filters in words: "Filters: none" or each one that is set.
    pub fn filters(&self) -> String {
        let map = self.map();
        let filters = &self.request.filters;
        let mut parts = Vec::new();
        if !filters.organisations.is_empty() {
            let names: Vec<&str> = filters
                .organisations
                .iter()
                .map(|id| map.org_by_id(id).map_or(id.as_str(), |o| &map.records().organisations[o.index()].name))
                .collect();
            parts.push(format!("only {}", names.join(", ")));
        }
        if !filters.levels.is_empty() {
            let levels: Vec<&str> = filters.levels.iter().map(|l| l.as_str()).collect();
            parts.push(format!("people at level {}", levels.join(", ")));
        }
        if !filters.tie_kinds.is_empty() {
            let kinds: Vec<&str> = filters.tie_kinds.iter().map(|k| k.as_str()).collect();
            parts.push(format!("ties of kind {}", kinds.join(", ")));
        }
        if filters.min_strength > 0.0 {
            parts.push(format!("ties of strength {:.2} or more", filters.min_strength));
        }
        if let Some(days) = filters.contact_within_days {
            parts.push(format!("contact in the last {days} days"));
        }
        if parts.is_empty() { "Filters: none".to_string() } else { format!("Filters: {}", parts.join("; ")) }
    }

    /// The day, and the snapshot when one is shown.
    pub fn moment(&self) -> String {
        match &self.request.snapshot {
            Some(name) => format!("Snapshot {name}, as of {}", self.scene.day),
            None => format!("As of {}", self.scene.day),
        }
    }
}

impl Focus {
    /// The nodes within `focus.steps` of its node along the scene's edges,
    /// by breadth-first search, as the canvas finds them
    /// (`ui/src/lib/map/focus.ts`). The node is named by its key or, when no
    /// shown node has that key, by its spreadsheet id.
    fn of(scene: &Scene, details: &[EdgeDetail], focus: &ExportFocus) -> Result<Focus> {
        if !(1..=MAX_FOCUS_STEPS).contains(&focus.steps) {
            return Err(ApiError::new(
                ErrorCode::InvalidInput,
                format!("a focus reaches 1 to {MAX_FOCUS_STEPS} steps, not {}", focus.steps),
            ));
        }
        let by_key = NodeKey::parse(&focus.node).and_then(|_| scene.nodes.iter().position(|n| n.key == focus.node));
        let by_id: Vec<usize> = (0..scene.nodes.len()).filter(|&i| scene.nodes[i].id == focus.node).collect();
        let centre = match (by_key, by_id.as_slice()) {
            (Some(centre), _) | (None, &[centre]) => centre,
            (None, []) => {
                return Err(ApiError::new(
                    ErrorCode::NotFound,
                    format!(
                        "the focus \"{}\" is not a node this view shows; open its organisation or team, or choose \
                         a level that shows it",
                        focus.node
                    ),
                ));
            }
            (None, several) => {
                let keys: Vec<&str> = several.iter().map(|&i| scene.nodes[i].key.as_str()).collect();
                return Err(ApiError::new(
                    ErrorCode::InvalidInput,
                    format!("the focus \"{}\" names several nodes; give one's key: {}", focus.node, keys.join(", ")),
                ));
            }
        };
        let mut neighbours = vec![Vec::new(); scene.nodes.len()];
        for detail in details {
            neighbours[detail.ends.0].push(detail.ends.1);
            neighbours[detail.ends.1].push(detail.ends.0);
        }
        let mut inside = vec![false; scene.nodes.len()];
        inside[centre] = true;
        let mut frontier = vec![centre];
        for _ in 0..focus.steps {
            let mut next = Vec::new();
            for node in frontier {
                for &neighbour in &neighbours[node] {
                    if !inside[neighbour] {
                        inside[neighbour] = true;
                        next.push(neighbour);
                    }
                }
            }
            frontier = next;
        }
        Ok(Focus { centre, steps: focus.steps, inside })
    }
}

/// The canvas's request for `request`'s level, opened nodes and filters.
fn scene_request(map: &Map, request: &ExportRequest) -> Result<SceneRequest> {
    let records = map.records();
    let mut organisations: Vec<String> = Vec::new();
    let mut teams: Vec<String> = Vec::new();
    match request.level {
        ViewLevel::Organisation => {}
        ViewLevel::Team => organisations.extend(records.organisations.iter().map(|o| o.id.clone())),
        ViewLevel::Person => {
            organisations.extend(records.organisations.iter().map(|o| o.id.clone()));
            teams.extend(records.teams.iter().map(|t| t.id.clone()));
        }
    }
    for id in &request.open {
        if map.org_by_id(id).is_some() {
            organisations.push(id.clone());
        } else if let Some(team) = map.team_by_id(id) {
            organisations.push(records.organisations[map.team_org(team).index()].id.clone());
            teams.push(id.clone());
        } else {
            return Err(ApiError::new(
                ErrorCode::NotFound,
                format!("this map has no organisation or team with the id \"{id}\" to open"),
            ));
        }
    }
    organisations.sort();
    organisations.dedup();
    teams.sort();
    teams.dedup();
    Ok(SceneRequest {
        expanded_organisations: organisations,
        expanded_teams: teams,
        filters: request.filters.clone(),
        size_by: request.size_by,
    })
}
