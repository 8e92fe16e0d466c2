//! What the map canvas shows: organisations, the teams of the organisations
//! opened, the people of the teams opened, and the ties between them rolled
//! up to whatever is visible, with the weak-link category of partner pairs
//! and, among people, what the person level tells (see [`person_marks`]).

mod person_marks;

pub(crate) use person_marks::Structure;
pub use person_marks::{MarkKind, PersonMark};

use super::MapSession;
use crate::{ApiError, ErrorCode, Result};
use bridgework_core::weak_links::Category;
use bridgework_core::{Level, Map, OrgIx, PersonIx, TeamIx, TieIx, TieKind};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Which nodes are open and which ties count.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SceneRequest {
    /// Organisations opened into their teams, by spreadsheet id.
    pub expanded_organisations: Vec<String>,
    /// Teams opened into their own people, by spreadsheet id. A team is only
    /// open when its organisation is open too.
    pub expanded_teams: Vec<String>,
    pub filters: SceneFilters,
    pub size_by: SizeMetric,
}

/// Which people and ties the scene counts. An empty list means "all".
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SceneFilters {
    /// Organisations shown, by spreadsheet id; the others are hidden.
    pub organisations: Vec<String>,
    /// Seniority levels of the people whose ties count.
    pub levels: Vec<Level>,
    /// Kinds of tie that count.
    pub tie_kinds: Vec<TieKind>,
    /// Ties weaker than this (0–1) do not count.
    pub min_strength: f64,
    /// Only ties with contact in the last this many days count.
    pub contact_within_days: Option<u32>,
}

/// What a node's size shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum SizeMetric {
    /// People in post (a person counts 1).
    #[default]
    People,
    /// Ties that count under the filters, to anyone outside the node.
    Ties,
    /// Summed strength of those ties.
    Strength,
    /// Betweenness centrality of a person; a group shows its highest member's.
    Brokerage,
}

/// What kind of record a node stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum NodeKind {
    Organisation,
    Team,
    Person,
}

/// The canvas contents for one request.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Scene {
    /// The day the analysis is for, `YYYY-MM-DD`.
    pub day: String,
    pub nodes: Vec<SceneNode>,
    pub edges: Vec<SceneEdge>,
    /// Every weak-link category with its meaning in plain words.
    pub legend: Vec<CategoryMeaning>,
    /// The largest `size` among the nodes, so the UI can scale them.
    pub max_size: f64,
}

/// One node of the canvas.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SceneNode {
    /// `org:ID`, `team:ID` or `person:ID`: stable across imports.
    pub key: String,
    pub kind: NodeKind,
    /// The spreadsheet id.
    pub id: String,
    pub label: String,
    /// A person's role, a team's organisation, an organisation's kind.
    pub subtitle: String,
    /// The spreadsheet id of the node's organisation.
    pub organisation: String,
    /// `#rrggbb`: the organisation's colour, or one from a fixed palette.
    pub colour: String,
    /// The key of the node this one was opened from (a team's organisation, a
    /// person's team), if any.
    pub parent: Option<String>,
    pub x: f64,
    pub y: f64,
    /// The node's disc in layout units (a person is 1).
    pub radius: f64,
    /// The chosen metric's value.
    pub size: f64,
    /// People in post the node stands for, under the level filter: an
    /// organisation's everyone, a team's own people (each sub-team is a node
    /// of its own), a person 1.
    pub people: u32,
    /// Whether the node can open: an organisation with teams, a team with people.
    pub expandable: bool,
    /// Whether someone placed the node by hand.
    pub pinned: bool,
    /// Why a person matters to the links between teams, most urgent first;
    /// empty for teams and organisations.
    pub marks: Vec<PersonMark>,
}

/// The ties between two visible nodes, rolled up, or a partner pair with
/// none at all (`ties` 0, category missing or indirect only).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SceneEdge {
    /// `SOURCE|TARGET`, the two node keys in order.
    pub key: String,
    pub source: String,
    pub target: String,
    /// Ties that count under the filters.
    pub ties: u32,
    /// Their summed strength.
    pub strength: f64,
    /// The latest contact over those ties, `YYYY-MM-DD`.
    pub latest_contact: Option<String>,
    /// The weak-link category, for two teams or two organisations that the
    /// weak-link report covers (partners, or declared partner teams).
    pub category: Option<Category>,
    /// Why, in a sentence naming people and teams.
    pub reason: Option<String>,
    /// When one end or both is a closed organisation: the partner-team
    /// links of the weak-link report that the edge stands for, by category,
    /// most urgent first (`category` is the first's). Empty between two
    /// teams or two people, and when no reported team pair lies under it.
    pub partner_links: Vec<CategoryCount>,
    /// Between two people: their ties are a bridge, the only route between
    /// the two parts of the network they join.
    pub bridge: bool,
}

/// How many of the partner-team links an edge stands for are in one category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CategoryCount {
    pub category: Category,
    pub links: u32,
}

/// A weak-link category and what it means, for the legend.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CategoryMeaning {
    pub category: Category,
    pub label: String,
    pub meaning: String,
}

/// Organisation colours when the map gives none: Okabe–Ito's colour-blind
/// safe palette, then Tableau's, so neighbours stay distinct.
const PALETTE: [&str; 14] = [
    "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#4e79a7", "#f28e2b", "#59a14f",
    "#b07aa1", "#9c755f", "#76b7b2", "#edc948",
];

/// What an export says of an edge besides what the canvas shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct EdgeDetail {
    /// The places of the edge's source and target in [`Scene::nodes`].
    pub ends: (usize, usize),
    /// The kinds of the ties rolled up, in the vocabulary's order.
    pub kinds: Vec<TieKind>,
    /// d(A,B) of a team or organisation pair the weak-link report covers.
    pub redundancy: Option<usize>,
}

/// Builds the scene for `request` (see the module header).
pub(super) fn build(session: &MapSession, request: &SceneRequest) -> Result<Scene> {
    build_detailed(session, request).map(|(scene, _)| scene)
}

/// [`build`], with the [`EdgeDetail`] of each of the scene's edges, in the
/// same order.
pub(crate) fn build_detailed(session: &MapSession, request: &SceneRequest) -> Result<(Scene, Vec<EdgeDetail>)> {
    let map = session.map();
    let net = session.net();
    let records = map.records();
    let filters = &request.filters;
    let day = session.day();

    let org_ix = |id: &str| map.org_by_id(id).map(OrgIx::index);
    let shown_org = chosen(records.organisations.len(), &filters.organisations, org_ix, "organisation")?;
    let open_org =
        chosen_or_none(records.organisations.len(), &request.expanded_organisations, org_ix, "organisation")?;
    let team_ix = |id: &str| map.team_by_id(id).map(TeamIx::index);
    let open_team = chosen_or_none(records.teams.len(), &request.expanded_teams, team_ix, "team")?;
    let counts = |p: PersonIx| {
        filters.levels.is_empty() || records.people[p.index()].level.is_some_and(|l| filters.levels.contains(&l))
    };

    let mut nodes: Vec<SceneNode> = Vec::new();
    // Which node stands for each person in post (None: hidden or teamless).
    let mut node_of_person: Vec<Option<u32>> = vec![None; records.people.len()];
    let mut node_of_org: Vec<Option<u32>> = vec![None; records.organisations.len()];
    let mut node_of_team: Vec<Option<u32>> = vec![None; records.teams.len()];
    let mut own_people: Vec<Vec<PersonIx>> = vec![Vec::new(); records.teams.len()];
    for person in map.current_people(day) {
        if let Some(team) = map.person_team(person) {
            own_people[team.index()].push(person);
        }
    }
    let mut teams_of_org: Vec<Vec<TeamIx>> = vec![Vec::new(); records.organisations.len()];
    for team in (0..records.teams.len()).map(|t| TeamIx(t as u32)) {
        teams_of_org[map.team_org(team).index()].push(team);
    }

    let placed = session.layouts.get(net, || session.pins());
    for org in (0..records.organisations.len()).map(|o| OrgIx(o as u32)) {
        if !shown_org[org.index()] {
            continue;
        }
        let colour = colour(map, org);
        if !open_org[org.index()] {
            let key = map.org_key(org);
            let members: Vec<PersonIx> = teams_of_org[org.index()]
                .iter()
                .flat_map(|t| own_people[t.index()].iter().copied())
                .filter(|&p| counts(p))
                .collect();
            let ix = nodes.len() as u32;
            members.iter().for_each(|p| node_of_person[p.index()] = Some(ix));
            node_of_org[org.index()] = Some(ix);
            let record = &records.organisations[org.index()];
            nodes.push(node(
                &placed,
                key,
                NodeKind::Organisation,
                &record.id,
                &record.name,
                record.kind.to_string(),
                &record.id,
                &colour,
                None,
                members.len(),
                !teams_of_org[org.index()].is_empty(),
            ));
            continue;
        }
        let org_record = &records.organisations[org.index()];
        for &team in &teams_of_org[org.index()] {
            let record = &records.teams[team.index()];
            let members: Vec<PersonIx> = own_people[team.index()].iter().copied().filter(|&p| counts(p)).collect();
            if !open_team[team.index()] {
                let ix = nodes.len() as u32;
                members.iter().for_each(|p| node_of_person[p.index()] = Some(ix));
                node_of_team[team.index()] = Some(ix);
                nodes.push(node(
                    &placed,
                    map.team_key(team),
                    NodeKind::Team,
                    &record.id,
                    &record.name,
                    org_record.name.clone(),
                    &org_record.id,
                    &colour,
                    Some(map.org_key(org)),
                    members.len(),
                    !own_people[team.index()].is_empty(),
                ));
                continue;
            }
            for person in members {
                let ix = nodes.len() as u32;
                node_of_person[person.index()] = Some(ix);
                let record = &records.people[person.index()];
                nodes.push(node(
                    &placed,
                    map.person_key(person),
                    NodeKind::Person,
                    &record.id,
                    &record.name,
                    record.role.clone().unwrap_or_default(),
                    &org_record.id,
                    &colour,
                    Some(map.team_key(team)),
                    1,
                    false,
                ));
            }
        }
    }

    let mut edges = roll_up(session, filters, &node_of_person);
    label_categories(session, &nodes, &node_of_team, &node_of_org, &mut edges);
    person_marks::mark(session, &mut nodes, &node_of_person, &mut edges);
    size_nodes(session, request.size_by, &mut nodes, &edges, &node_of_person);

    let mut edges: Vec<((u32, u32), Rolled)> = edges.into_iter().collect();
    sort_by_key_text(&nodes, &mut edges);
    let (edges, details): (Vec<SceneEdge>, Vec<EdgeDetail>) = edges
        .into_iter()
        .map(|((a, b), e)| {
            let (source, target) = (nodes[a as usize].key.clone(), nodes[b as usize].key.clone());
            let kinds = TieKind::ALL.iter().enumerate().filter(|(i, _)| e.kinds & (1 << i) != 0).map(|(_, &k)| k);
            let detail =
                EdgeDetail { ends: (a as usize, b as usize), kinds: kinds.collect(), redundancy: e.redundancy };
            let edge = SceneEdge {
                key: format!("{source}|{target}"),
                source,
                target,
                ties: e.ties,
                strength: e.strength,
                latest_contact: e.latest_contact.map(|d| d.to_string()),
                category: e.category,
                reason: e.reason,
                partner_links: e.partner_links,
                bridge: e.bridge,
            };
            (edge, detail)
        })
        .unzip();
    let pins = session.pins();
    nodes.iter_mut().for_each(|n| n.pinned = pins.contains_key(&n.key));
    let max_size = nodes.iter().map(|n| n.size).fold(0.0, f64::max);
    Ok((Scene { day: day.to_string(), nodes, edges, legend: legend(), max_size }, details))
}

/// Sorts the node pairs by the key their edge gets, `{source}|{target}`,
/// without making those keys: comparing that many strings was a third of a
/// person-level export of a large map.
///
/// When no node key holds a `|`, two edges' keys first differ within the
/// source's key and its `|` (their order is that of `source|`), or, with the
/// same source, within the target's key (their order is the target's): so
/// ranking the nodes by both and sorting pairs of ranks gives the keys'
/// order. A `|` in a key (from a `|` in a spreadsheet id) breaks that, and the
/// keys are then compared as they are.
fn sort_by_key_text(nodes: &[SceneNode], edges: &mut [((u32, u32), Rolled)]) {
    if nodes.iter().any(|n| n.key.contains('|')) {
        edges.sort_by_cached_key(|((a, b), _)| format!("{}|{}", nodes[*a as usize].key, nodes[*b as usize].key));
        return;
    }
    let rank = |compare: &dyn Fn(&str, &str) -> std::cmp::Ordering| {
        let mut order: Vec<usize> = (0..nodes.len()).collect();
        order.sort_unstable_by(|&a, &b| compare(&nodes[a].key, &nodes[b].key));
        let mut rank = vec![0u32; nodes.len()];
        order.iter().enumerate().for_each(|(at, &node)| rank[node] = at as u32);
        rank
    };
    let as_source = rank(&|a, b| a.bytes().chain([b'|']).cmp(b.bytes().chain([b'|'])));
    let as_target = rank(&|a, b| a.cmp(b));
    // Keys are unique, so the order is the one order whatever the sort.
    edges.sort_unstable_by_key(|((a, b), _)| (as_source[*a as usize], as_target[*b as usize]));
}

/// The ties between two nodes so far.
#[derive(Debug, Default)]
struct Rolled {
    ties: u32,
    strength: f64,
    latest_contact: Option<bridgework_core::Date>,
    category: Option<Category>,
    reason: Option<String>,
    /// The kinds of the ties, one bit each by their place in `TieKind::ALL`.
    kinds: u8,
    redundancy: Option<usize>,
    partner_links: Vec<CategoryCount>,
    bridge: bool,
}

/// Every tie that counts under `filters`, rolled up to the nodes that stand
/// for its two people. Keyed by node pair, the lower node first.
fn roll_up(
    session: &MapSession,
    filters: &SceneFilters,
    node_of_person: &[Option<u32>],
) -> HashMap<(u32, u32), Rolled> {
    let map = session.map();
    let net = session.net();
    let ties = &map.records().ties;
    let since = filters.contact_within_days.map(|days| net.day - chrono::Duration::days(i64::from(days)));
    let mut edges: HashMap<(u32, u32), Rolled> = HashMap::new();
    for (t, tie) in ties.iter().enumerate() {
        let [a, b] = map.tie_ends(TieIx(t as u32));
        let (Some(na), Some(nb)) = (node_of_person[a.index()], node_of_person[b.index()]) else { continue };
        if na == nb || (!filters.tie_kinds.is_empty() && !filters.tie_kinds.contains(&tie.kind)) {
            continue;
        }
        if since.is_some_and(|since| tie.last_contact.is_none_or(|last| last < since)) {
            continue;
        }
        let strength = net.strength(TieIx(t as u32)).value;
        if strength < filters.min_strength {
            continue;
        }
        let edge = edges.entry((na.min(nb), na.max(nb))).or_default();
        edge.ties += 1;
        edge.strength += strength;
        edge.latest_contact = edge.latest_contact.max(tie.last_contact);
        edge.kinds |= 1 << TieKind::ALL.iter().position(|&k| k == tie.kind).expect("every kind is in ALL");
    }
    edges
}

/// Gives team and organisation pairs of the weak-link report their category.
/// A declared partner link between two visible teams, and a reported pair of
/// visible organisations, is drawn even with no tie that counts: a missing
/// link is what the map is for.
///
/// A reported team pair with one team or both inside a closed organisation
/// lies under the edge to that organisation: the edge counts its links by
/// category and is drawn in the most urgent, so a closed organisation never
/// hides a single point of failure behind healthy totals. A declared link
/// under it draws it even with no tie that counts.
fn label_categories(
    session: &MapSession,
    nodes: &[SceneNode],
    node_of_team: &[Option<u32>],
    node_of_org: &[Option<u32>],
    edges: &mut HashMap<(u32, u32), Rolled>,
) {
    let map = session.map();
    /// Labels the edge of `a` and `b`, adding it if it is to be drawn `always`.
    fn label<'e>(
        edges: &'e mut HashMap<(u32, u32), Rolled>,
        (a, b): (Option<u32>, Option<u32>),
        always: bool,
        (category, reason): (Category, &str),
        redundancy: Option<usize>,
    ) -> Option<&'e mut Rolled> {
        let (Some(a), Some(b)) = (a, b) else { return None };
        let pair = (a.min(b), a.max(b));
        if !(always || edges.contains_key(&pair)) {
            return None;
        }
        let edge = edges.entry(pair).or_default();
        edge.category = Some(category);
        edge.reason = Some(reason.to_string());
        edge.redundancy = redundancy;
        Some(edge)
    }
    for pair in &session.weak.org_pairs {
        let (a, b) = (node_of_org[pair.a.index()], node_of_org[pair.b.index()]);
        let found = (pair.category, pair.reason.as_str());
        label(edges, (a, b), pair.partnered, found, Some(pair.findings.redundancy));
    }
    let mut hidden: HashMap<(u32, u32), Hidden<'_>> = HashMap::new();
    for pair in &session.weak.team_pairs {
        let (a, b) = (node_of_team[pair.a.index()], node_of_team[pair.b.index()]);
        if a.is_some() && b.is_some() {
            let found = (pair.category, pair.reason.as_str());
            label(edges, (a, b), pair.declared.is_some(), found, Some(pair.findings.redundancy));
            continue;
        }
        let closed = |t: TeamIx| node_of_org[map.team_org(t).index()];
        let (Some(a), Some(b)) = (a.or_else(|| closed(pair.a)), b.or_else(|| closed(pair.b))) else { continue };
        let under = hidden.entry((a.min(b), a.max(b))).or_insert(Hidden {
            links: [0; Category::ALL.len()],
            worst: (pair.category, &pair.reason),
            declared: false,
        });
        under.links[pair.category as usize] += 1;
        if pair.category < under.worst.0 {
            under.worst = (pair.category, &pair.reason);
        }
        under.declared |= pair.declared.is_some();
    }
    for ((a, b), under) in hidden {
        let total: u32 = under.links.iter().sum();
        let (category, reason) = under.worst;
        let reason = if total == 1 {
            reason.to_string()
        } else {
            // `partner_links` says how many there are; the reason says which matters most.
            format!("The most urgent: {reason}")
        };
        // An organisation pair keeps its own redundancy; a team and a closed
        // organisation have none of their own.
        let redundancy = edges.get(&(a, b)).and_then(|e| e.redundancy).filter(|_| {
            nodes[a as usize].kind == NodeKind::Organisation && nodes[b as usize].kind == NodeKind::Organisation
        });
        let Some(edge) = label(edges, (Some(a), Some(b)), under.declared, (category, &reason), redundancy) else {
            continue;
        };
        edge.partner_links = Category::ALL
            .iter()
            .zip(under.links)
            .filter(|&(_, links)| links > 0)
            .map(|(&category, links)| CategoryCount { category, links })
            .collect();
    }
    debug_assert!(edges.keys().all(|&(a, b)| (b as usize) < nodes.len() && a < b));
}

/// The reported team pairs under one edge to a closed organisation.
struct Hidden<'r> {
    /// Links in each category, by its place in `Category::ALL`.
    links: [u32; Category::ALL.len()],
    /// The most urgent category and its reason (the report's first, among equals).
    worst: (Category, &'r str),
    /// Whether any of them is a declared partner link.
    declared: bool,
}

fn size_nodes(
    session: &MapSession,
    metric: SizeMetric,
    nodes: &mut [SceneNode],
    edges: &HashMap<(u32, u32), Rolled>,
    node_of_person: &[Option<u32>],
) {
    match metric {
        SizeMetric::People => nodes.iter_mut().for_each(|n| n.size = f64::from(n.people)),
        SizeMetric::Ties | SizeMetric::Strength => {
            nodes.iter_mut().for_each(|n| n.size = 0.0);
            for (&(a, b), edge) in edges {
                let value = if metric == SizeMetric::Ties { f64::from(edge.ties) } else { edge.strength };
                nodes[a as usize].size += value;
                nodes[b as usize].size += value;
            }
        }
        SizeMetric::Brokerage => {
            nodes.iter_mut().for_each(|n| n.size = 0.0);
            let betweenness = &session.brokerage().betweenness;
            for (person, node) in node_of_person.iter().enumerate() {
                if let Some(node) = node {
                    let size = &mut nodes[*node as usize].size;
                    *size = size.max(betweenness[person]);
                }
            }
        }
    }
}

/// Every category with a label and its meaning, most urgent first.
pub(super) fn legend() -> Vec<CategoryMeaning> {
    Category::ALL
        .iter()
        .map(|&category| CategoryMeaning {
            category,
            label: label(category).to_string(),
            meaning: category.meaning().to_string(),
        })
        .collect()
}

/// A category as a heading says it.
pub(crate) fn label(category: Category) -> &'static str {
    match category {
        Category::Missing => "Missing",
        Category::IndirectOnly => "Indirect only",
        Category::SinglePointOfFailure => "Single point of failure",
        Category::Stale => "Stale",
        Category::Thin => "Thin",
        Category::TopHeavy => "Top-heavy",
        Category::Healthy => "Healthy",
    }
}

#[allow(clippy::too_many_arguments)] // one call per node kind above; a struct would only rename them
fn node(
    placed: &super::layout_cache::Placed,
    key: String,
    kind: NodeKind,
    id: &str,
    label: &str,
    subtitle: String,
    organisation: &str,
    colour: &str,
    parent: Option<String>,
    people: usize,
    expandable: bool,
) -> SceneNode {
    let (x, y, radius) = placed.get(&key).copied().unwrap_or((0.0, 0.0, 1.0));
    SceneNode {
        pinned: false,
        key,
        kind,
        id: id.to_string(),
        label: label.to_string(),
        subtitle,
        organisation: organisation.to_string(),
        colour: colour.to_string(),
        parent,
        x,
        y,
        radius,
        size: 0.0,
        people: people as u32,
        expandable,
        marks: Vec::new(),
    }
}

/// The organisation's own colour, or the palette's for its place in the map.
pub(super) fn colour(map: &Map, org: OrgIx) -> String {
    map.records().organisations[org.index()]
        .colour
        .clone()
        .unwrap_or_else(|| PALETTE[org.index() % PALETTE.len()].to_string())
}

/// Which records a filter list keeps: all when the list is empty.
fn chosen(len: usize, ids: &[String], find: impl Fn(&str) -> Option<usize>, what: &str) -> Result<Vec<bool>> {
    if ids.is_empty() {
        return Ok(vec![true; len]);
    }
    chosen_or_none(len, ids, find, what)
}

/// Which records a list names: none when it is empty. An unknown id is an
/// error rather than ignored, so a stale request is noticed.
fn chosen_or_none(len: usize, ids: &[String], find: impl Fn(&str) -> Option<usize>, what: &str) -> Result<Vec<bool>> {
    let mut chosen = vec![false; len];
    for id in ids {
        let ix =
            find(id).ok_or_else(|| ApiError::new(ErrorCode::NotFound, format!("this map has no {what} \"{id}\"")))?;
        chosen[ix] = true;
    }
    Ok(chosen)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(key: &str) -> SceneNode {
        SceneNode {
            key: key.to_string(),
            kind: NodeKind::Person,
            id: key.to_string(),
            label: key.to_string(),
            subtitle: String::new(),
            organisation: String::new(),
            colour: String::new(),
            parent: None,
            x: 0.0,
            y: 0.0,
            radius: 1.0,
            size: 1.0,
            people: 1,
            expandable: false,
            pinned: false,
            marks: Vec::new(),
        }
    }

    /// The keys of every pair of `keys`, sorted as the scene sorts its edges.
    fn sorted(keys: &[&str]) -> Vec<String> {
        let nodes: Vec<SceneNode> = keys.iter().map(|k| node(k)).collect();
        let n = nodes.len() as u32;
        let mut edges: Vec<((u32, u32), Rolled)> =
            (0..n).flat_map(|a| (0..n).filter(move |&b| b != a).map(move |b| ((a, b), Rolled::default()))).collect();
        sort_by_key_text(&nodes, &mut edges);
        edges.iter().map(|((a, b), _)| format!("{}|{}", keys[*a as usize], keys[*b as usize])).collect()
    }

    #[test]
    fn edges_sort_by_their_keys_text_when_one_id_begins_another() {
        // "p1" begins "p10" and "p1~": "p1|…" sorts after "p10|…" but before "p1~|…".
        let keys = ["person:p10", "person:p1", "person:p1~", "person:p1 ", "team:é", "team:e", "person:", "org:p1"];
        let got = sorted(&keys);
        let mut expected = got.clone();
        expected.sort();
        assert_eq!(got, expected);
    }

    #[test]
    fn edges_sort_by_their_keys_text_when_an_id_holds_a_bar() {
        let keys = ["person:a|b", "person:a", "person:b|a", "person:b", "person:a|"];
        let got = sorted(&keys);
        let mut expected = got.clone();
        expected.sort();
        assert_eq!(got, expected);
    }
}
