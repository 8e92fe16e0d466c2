//! Where each node of the map is drawn, at three levels: organisations, one
//! organisation's teams, and people (one team's or everyone).
//!
//! **Method.** Positions are built bottom-up for size and top-down for
//! place, in one coordinate space shared by every level, so zooming from an
//! organisation to its teams to their people never jumps:
//!
//! 1. A team's own people sit on a sunflower (Vogel) spiral, person `i` at
//!    radius `c·√(i + ½)` and angle `i·137.5°`, which fills a disc evenly;
//!    the team's disc has radius `c·√n + 1`.
//! 2. Teams nest as the spreadsheet's hierarchy does, bottom-up: a team's
//!    own people's disc sits at its centre and its sub-teams' discs are
//!    spiralled around it, largest first, then pushed apart until none
//!    overlap; the team's disc encloses them all, so a sub-team is drawn
//!    inside its parent, and the parent's people, opened, in the middle of
//!    it. An organisation's top-level teams are spiralled the same way
//!    around its centre, those with ties to other organisations last (on
//!    the outside, where they can face them), and the organisation's disc
//!    encloses them: organisations' discs never overlap, so neither do
//!    their teams' regions.
//! 3. Organisations are placed by a weighted force-directed layout on the
//!    organisation roll-up ([`rollup`]): every pair repels, each rolled-up
//!    link attracts with weight `ln(1 + s) / ln(1 + s_max)` for its summed
//!    tie strength `s`, and a weak pull to the centre keeps unconnected
//!    organisations in view. Organisations with strong ties end up side by
//!    side; those with none drift apart.
//! 4. Each organisation's arrangement of top-level teams is then turned as a
//!    whole (which keeps it within the organisation's disc and free of
//!    overlaps) to face its partners: by the angle that best lines each
//!    team's position up with its pull, the sum over its ties to other
//!    organisations' teams of `ln(1 + s)` times the unit vector towards
//!    that organisation. Teams with partner links then sit on the side
//!    facing their partners, and the lines between them stay short.
//! 5. Within each team a few force iterations let people tied to each other
//!    move closer, inside the team's disc.
//!
//! Pinned nodes (positions the user dragged, keyed `org:ID`, `team:ID`,
//! `person:ID`) never move; the rest relax around them.
//!
//! **Determinism.** Every list is ordered by the spreadsheet's ids, every
//! loop is sequential and nothing iterates a hash map, so the same map and
//! pins give bit-identical positions.
//!
//! **Cost.** O(m) for each of the two roll-ups (organisations, top-level
//! teams), O(k²) per iteration for k organisations and for the sub-teams of
//! each team and the top-level teams of each organisation (each team is
//! arranged once, among its siblings), O(teams + team pairs) to turn the
//! arrangements, and O(t²) per iteration for each
//! team of t people, with teams above [`MAX_REFINED`] people left on their
//! spiral (already even) so one huge team cannot make the layout quadratic
//! in the whole map.

mod force;

use crate::map::{OrgIx, PersonIx, TeamIx};
use crate::network::Network;
use crate::rollup::{Grouping, rollup};
use force::{Body, GOLDEN_ANGLE, Spring, relax, separate};
use std::collections::HashMap;

/// Which nodes a layout places.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LayoutLevel {
    /// Every organisation.
    Organisations,
    /// The teams (sub-teams included) of one organisation.
    Teams(OrgIx),
    /// The people in post in one team and its sub-teams.
    People(TeamIx),
    /// Every person in post, those without a team included.
    AllPeople,
    /// Every organisation, team and person in post at once: what a canvas
    /// that opens and closes nodes needs, for the cost of one layout.
    Everything,
}

/// What to lay out, and the positions the user has fixed.
#[derive(Debug, Clone, Copy)]
pub struct LayoutRequest<'a> {
    pub level: LayoutLevel,
    /// Fixed positions keyed `org:ID`, `team:ID` or `person:ID`, as the store
    /// keeps dragged nodes. Keys of other levels still shape this one: a
    /// pinned organisation carries its teams and people with it.
    pub pinned: &'a HashMap<String, (f64, f64)>,
}

/// One node's place. `size` is the radius of its disc in layout units (a
/// person is 1).
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedNode {
    pub key: String,
    pub x: f64,
    pub y: f64,
    pub size: f64,
}

/// The placed nodes, ordered by key.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Layout {
    pub nodes: Vec<PlacedNode>,
}

/// A person's disc radius.
const PERSON_RADIUS: f64 = 1.0;
/// Spiral spacing `c`: the spiral's nearest neighbours are then about
/// `1.55·c` = 2.5 apart, room for two discs and a little air.
const PERSON_SPACING: f64 = 1.6;
/// Space between people at rest in a team's refinement.
const PERSON_GAP: f64 = 0.5;
/// Space between team discs inside an organisation.
const TEAM_GAP: f64 = 2.0;
/// Space between organisation discs at rest.
const ORG_GAP: f64 = 12.0;
/// Teams with no people of their own still need a visible disc.
const MIN_TEAM_RADIUS: f64 = 2.0;
/// Beyond this many people a team keeps its even spiral: refinement is
/// quadratic in the team's size.
pub const MAX_REFINED: usize = 600;
const ORG_ITERATIONS: usize = 300;
const PEOPLE_ITERATIONS: usize = 30;
/// Overlap-removal sweeps; each sweep moves every overlapping pair apart.
const SEPARATE_PASSES: usize = 200;

/// Places the nodes of `view.level` (see the module header for the method).
pub fn layout(net: &Network<'_>, view: &LayoutRequest<'_>) -> Layout {
    let scene = Scene::new(net, view.pinned);
    let mut nodes = Vec::new();
    match view.level {
        LayoutLevel::Organisations => {
            for &org in &scene.orgs {
                let (x, y) = scene.org_pos[org.index()];
                nodes.push(PlacedNode { key: scene.net.map.org_key(org), x, y, size: scene.org_radius[org.index()] });
            }
        }
        LayoutLevel::Teams(org) => {
            for (team, (x, y)) in scene.teams_placed(org) {
                nodes.push(PlacedNode {
                    key: scene.net.map.team_key(team),
                    x,
                    y,
                    size: scene.team_radius[team.index()],
                });
            }
        }
        LayoutLevel::People(team) => {
            let org = net.map.team_org(team);
            for (inner, centre) in scene.teams_placed(org) {
                if net.map.team_ancestry(inner).any(|t| t == team) {
                    scene.place_people(inner, centre, &mut nodes);
                }
            }
        }
        LayoutLevel::AllPeople => {
            for &org in &scene.orgs {
                for (team, centre) in scene.teams_placed(org) {
                    scene.place_people(team, centre, &mut nodes);
                }
            }
            scene.place_teamless(&mut nodes);
        }
        LayoutLevel::Everything => {
            for &org in &scene.orgs {
                let (x, y) = scene.org_pos[org.index()];
                nodes.push(PlacedNode { key: scene.net.map.org_key(org), x, y, size: scene.org_radius[org.index()] });
                for (team, centre) in scene.teams_placed(org) {
                    let (x, y) = centre;
                    nodes.push(PlacedNode {
                        key: scene.net.map.team_key(team),
                        x,
                        y,
                        size: scene.team_radius[team.index()],
                    });
                    scene.place_people(team, centre, &mut nodes);
                }
            }
            scene.place_teamless(&mut nodes);
        }
    }
    nodes.sort_by(|a, b| a.key.cmp(&b.key));
    Layout { nodes }
}

/// The sizes and organisation positions every level starts from.
struct Scene<'a, 'n, 'm> {
    net: &'n Network<'m>,
    pinned: &'a HashMap<String, (f64, f64)>,
    /// Organisations by id.
    orgs: Vec<OrgIx>,
    /// Each organisation's top-level teams (those with no parent), by id.
    top_teams: Vec<Vec<TeamIx>>,
    /// Each team's sub-teams, by id.
    sub_teams: Vec<Vec<TeamIx>>,
    /// Each team's own people in post, by id.
    people_of_team: Vec<Vec<PersonIx>>,
    /// People in post with no team, by id.
    teamless: Vec<PersonIx>,
    /// The radius of the disc of a team's own people, at its centre.
    own_radius: Vec<f64>,
    /// The radius of a team's whole disc: its own people and its sub-teams.
    team_radius: Vec<f64>,
    /// Each team's centre relative to its parent's (its organisation's, for
    /// a top-level team), before pins.
    team_offset: Vec<(f64, f64)>,
    org_radius: Vec<f64>,
    org_pos: Vec<(f64, f64)>,
    /// Ties between top-level teams of different organisations, rolled up:
    /// the two teams and `ln(1 + s)` for their summed strength `s`, in
    /// team index order.
    partner_ties: Vec<(TeamIx, TeamIx, f64)>,
    /// Whether a top-level team has any of those ties.
    partnered: Vec<bool>,
}

impl<'a, 'n, 'm> Scene<'a, 'n, 'm> {
    fn new(net: &'n Network<'m>, pinned: &'a HashMap<String, (f64, f64)>) -> Self {
        let records = net.map.records();
        let mut orgs: Vec<OrgIx> = (0..records.organisations.len()).map(|o| OrgIx(o as u32)).collect();
        orgs.sort_by(|a, b| records.organisations[a.index()].id.cmp(&records.organisations[b.index()].id));

        let mut top_teams = vec![Vec::new(); records.organisations.len()];
        let mut sub_teams = vec![Vec::new(); records.teams.len()];
        let mut teams: Vec<TeamIx> = (0..records.teams.len()).map(|t| TeamIx(t as u32)).collect();
        teams.sort_by(|a, b| records.teams[a.index()].id.cmp(&records.teams[b.index()].id));
        for &team in &teams {
            match net.map.team_parent(team) {
                Some(parent) => sub_teams[parent.index()].push(team),
                None => top_teams[net.map.team_org(team).index()].push(team),
            }
        }

        let mut people_of_team = vec![Vec::new(); records.teams.len()];
        let mut teamless = Vec::new();
        for person in net.map.current_people(net.day) {
            match net.map.person_team(person) {
                Some(team) => people_of_team[team.index()].push(person),
                None => teamless.push(person),
            }
        }
        let by_id = |a: &PersonIx, b: &PersonIx| records.people[a.index()].id.cmp(&records.people[b.index()].id);
        people_of_team.iter_mut().for_each(|people| people.sort_by(by_id));
        teamless.sort_by(by_id);

        let own_radius: Vec<f64> = people_of_team.iter().map(|p| spiral_radius(p.len())).collect();
        let mut partner_ties: Vec<(TeamIx, TeamIx, f64)> = rollup(net, Grouping::Team { depth: Some(0) })
            .into_iter()
            .map(|l| (TeamIx(l.a), TeamIx(l.b), l.strength))
            .filter(|&(a, b, s)| s > 0.0 && net.map.team_org(a) != net.map.team_org(b))
            .map(|(a, b, s)| (a, b, (1.0 + s).ln()))
            .collect();
        partner_ties.sort_by_key(|&(a, b, _)| (a, b));
        let mut partnered = vec![false; records.teams.len()];
        for &(a, b, _) in &partner_ties {
            partnered[a.index()] = true;
            partnered[b.index()] = true;
        }
        let mut scene = Scene {
            net,
            pinned,
            orgs,
            top_teams,
            sub_teams,
            people_of_team,
            teamless,
            team_radius: own_radius.clone(),
            own_radius,
            team_offset: vec![(0.0, 0.0); records.teams.len()],
            org_radius: vec![0.0; records.organisations.len()],
            org_pos: vec![(0.0, 0.0); records.organisations.len()],
            partner_ties,
            partnered,
        };
        // Deepest teams first, so each team's sub-teams are sized before it.
        teams.sort_by_cached_key(|&t| std::cmp::Reverse(net.map.team_depth(t)));
        for team in teams {
            let subs = &scene.sub_teams[team.index()];
            if subs.is_empty() {
                continue;
            }
            let core = scene.own_radius[team.index()];
            let bodies = scene.arrange(subs, Some(core));
            let mut radius = core;
            for (sub, body) in subs.iter().zip(&bodies) {
                scene.team_offset[sub.index()] = (body.x, body.y);
                radius = radius.max(body.x.hypot(body.y) + body.r);
            }
            scene.team_radius[team.index()] = radius;
        }
        for &org in &scene.orgs {
            let teams = &scene.top_teams[org.index()];
            let bodies = scene.arrange(teams, None);
            let mut radius = MIN_TEAM_RADIUS;
            for (team, body) in teams.iter().zip(&bodies) {
                scene.team_offset[team.index()] = (body.x, body.y);
                radius = radius.max(body.x.hypot(body.y) + body.r);
            }
            scene.org_radius[org.index()] = radius;
        }
        scene.place_orgs();
        scene.face_partners();
        scene
    }

    /// Sibling team discs relative to their parent's centre, before pins:
    /// spiralled largest first (big teams in the middle leave no holes),
    /// teams with partner ties after those without, around the parent's own
    /// people's disc (`core`) if there is one, then pushed apart. In `teams`
    /// order.
    fn arrange(&self, teams: &[TeamIx], core: Option<f64>) -> Vec<Body> {
        let mut order: Vec<usize> = (0..teams.len()).collect();
        order.sort_by(|&a, &b| {
            let (a, b) = (teams[a].index(), teams[b].index());
            self.partnered[a].cmp(&self.partnered[b]).then(self.team_radius[b].total_cmp(&self.team_radius[a]))
        });
        let mut bodies = vec![Body { x: 0.0, y: 0.0, r: 0.0, fixed: false }; teams.len()];
        // Each disc goes just outside the area the ones before it cover.
        let mut covered: f64 = core.map_or(0.0, |r| (r + TEAM_GAP) * (r + TEAM_GAP));
        for (rank, &i) in order.iter().enumerate() {
            let r = self.team_radius[teams[i].index()];
            let distance = if covered == 0.0 { 0.0 } else { covered.sqrt() + r };
            let angle = rank as f64 * GOLDEN_ANGLE;
            bodies[i] = Body { x: distance * angle.cos(), y: distance * angle.sin(), r, fixed: false };
            covered += (r + TEAM_GAP) * (r + TEAM_GAP);
        }
        separate_around(&mut bodies, core);
        bodies
    }

    /// Organisation centres by the weighted force-directed layout on the
    /// roll-up, starting from a circle in id order.
    fn place_orgs(&mut self) {
        let mut rank = vec![0; self.orgs.len()];
        for (position, org) in self.orgs.iter().enumerate() {
            rank[org.index()] = position;
        }
        let links = rollup(self.net, Grouping::Organisation);
        let strongest = links.iter().map(|l| l.strength).fold(0.0, f64::max);
        let mut edges: Vec<(usize, usize, f64)> = links
            .iter()
            .filter(|l| l.strength > 0.0)
            // The log keeps one very busy pair from collapsing every other
            // link to nothing.
            .map(|l| (rank[l.a as usize], rank[l.b as usize], (1.0 + l.strength).ln() / (1.0 + strongest).ln()))
            .collect();
        edges.sort_by_key(|e| (e.0, e.1));

        let n = self.orgs.len();
        let total: f64 = self.orgs.iter().map(|o| self.org_radius[o.index()] + ORG_GAP).sum();
        let circle = total / std::f64::consts::PI;
        let mut bodies: Vec<Body> = self
            .orgs
            .iter()
            .enumerate()
            .map(|(i, &org)| {
                let angle = i as f64 * std::f64::consts::TAU / n as f64;
                let r = self.org_radius[org.index()];
                match self.pinned.get(&self.net.map.org_key(org)) {
                    Some(&(x, y)) => Body { x, y, r, fixed: true },
                    None => Body { x: circle * angle.cos(), y: circle * angle.sin(), r, fixed: false },
                }
            })
            .collect();
        let spring = Spring {
            iterations: ORG_ITERATIONS,
            gap: ORG_GAP,
            gravity: 0.05,
            start_step: circle.max(1.0),
            bound: None,
        };
        relax(&mut bodies, &edges, spring);
        separate(&mut bodies, ORG_GAP / 2.0, SEPARATE_PASSES);
        for (&org, body) in self.orgs.iter().zip(&bodies) {
            self.org_pos[org.index()] = (body.x, body.y);
        }
    }

    /// Turns each organisation's arrangement of top-level teams to face its
    /// partners (step 4 of the module header).
    fn face_partners(&mut self) {
        let mut pull = vec![(0.0, 0.0); self.team_offset.len()];
        for &(a, b, weight) in &self.partner_ties {
            let (ax, ay) = self.org_pos[self.net.map.team_org(a).index()];
            let (bx, by) = self.org_pos[self.net.map.team_org(b).index()];
            let d = (bx - ax).hypot(by - ay);
            if d < 1e-9 {
                continue;
            }
            let (ux, uy) = ((bx - ax) * weight / d, (by - ay) * weight / d);
            pull[a.index()] = (pull[a.index()].0 + ux, pull[a.index()].1 + uy);
            pull[b.index()] = (pull[b.index()].0 - ux, pull[b.index()].1 - uy);
        }
        for &org in &self.orgs {
            // The turn θ maximising Σ rotate(p, θ)·pull is atan2(Σ p×pull, Σ p·pull).
            let (mut along, mut across) = (0.0, 0.0);
            for team in &self.top_teams[org.index()] {
                let (px, py) = self.team_offset[team.index()];
                let (qx, qy) = pull[team.index()];
                along += px * qx + py * qy;
                across += px * qy - py * qx;
            }
            if along.hypot(across) < 1e-12 {
                continue;
            }
            let (sin, cos) = across.atan2(along).sin_cos();
            for team in &self.top_teams[org.index()] {
                let (px, py) = self.team_offset[team.index()];
                self.team_offset[team.index()] = (px * cos - py * sin, px * sin + py * cos);
            }
        }
    }

    /// One organisation's teams, sub-teams included, and their centres, pins
    /// applied: pinned teams are fixed where the user put them and their
    /// siblings pushed clear; a team carries its sub-teams with it.
    fn teams_placed(&self, org: OrgIx) -> Vec<(TeamIx, (f64, f64))> {
        let mut out = Vec::new();
        self.place_siblings(&self.top_teams[org.index()], self.org_pos[org.index()], None, &mut out);
        out
    }

    /// `teams`, siblings around `centre` (inside a parent whose own people
    /// take a disc of radius `core` there, if any), then each one's
    /// sub-teams around it.
    fn place_siblings(
        &self,
        teams: &[TeamIx],
        centre: (f64, f64),
        core: Option<f64>,
        out: &mut Vec<(TeamIx, (f64, f64))>,
    ) {
        let mut bodies: Vec<Body> = teams
            .iter()
            .map(|&team| {
                let (x, y) = self.team_offset[team.index()];
                let body = Body { x, y, r: self.team_radius[team.index()], fixed: false };
                match self.pinned.get(&self.net.map.team_key(team)) {
                    Some(&(px, py)) => Body { x: px - centre.0, y: py - centre.1, fixed: true, ..body },
                    None => body,
                }
            })
            .collect();
        if bodies.iter().any(|b| b.fixed) {
            separate_around(&mut bodies, core);
        }
        for (&team, body) in teams.iter().zip(&bodies) {
            let at = (centre.0 + body.x, centre.1 + body.y);
            out.push((team, at));
            self.place_siblings(&self.sub_teams[team.index()], at, Some(self.own_radius[team.index()]), out);
        }
    }

    /// A team's own people: spiral, then a few force iterations inside the
    /// team's disc so that people tied to each other draw together.
    fn place_people(&self, team: TeamIx, centre: (f64, f64), out: &mut Vec<PlacedNode>) {
        let people = &self.people_of_team[team.index()];
        let mut bodies = self.spiral(people, centre);
        if people.len() <= MAX_REFINED {
            // Ties within the team, by position in `people`, one edge per
            // pair at its strongest tie: a relationship is as close as its
            // best strand (as in the person network).
            let mut edges = Vec::new();
            for (i, &person) in people.iter().enumerate() {
                for (other, tie) in self.net.ties_of(person) {
                    if self.net.map.person_team(other) != Some(team) {
                        continue;
                    }
                    if let Ok(j) = people.binary_search_by(|p| self.person_id(*p).cmp(self.person_id(other)))
                        && j > i
                    {
                        edges.push((i, j, self.net.strength(tie).value.clamp(0.0, 1.0)));
                    }
                }
            }
            edges.sort_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)).then(b.2.total_cmp(&a.2)));
            edges.dedup_by(|later, kept| (later.0, later.1) == (kept.0, kept.1));
            // Inside the own people's disc: the team's sub-teams are around it.
            let bound = (self.own_radius[team.index()] - PERSON_RADIUS).max(0.0);
            let spring = Spring {
                iterations: PEOPLE_ITERATIONS,
                gap: PERSON_GAP,
                gravity: 0.1,
                start_step: PERSON_SPACING / 2.0,
                bound: Some(bound),
            };
            relax(&mut bodies, &edges, spring);
        }
        separate(&mut bodies, 0.0, SEPARATE_PASSES);
        for (&person, body) in people.iter().zip(&bodies) {
            let (x, y) = (centre.0 + body.x, centre.1 + body.y);
            out.push(PlacedNode { key: self.net.map.person_key(person), x, y, size: PERSON_RADIUS });
        }
    }

    /// People with no team, on one spiral to the right of everything else.
    fn place_teamless(&self, out: &mut Vec<PlacedNode>) {
        if self.teamless.is_empty() {
            return;
        }
        let radius = spiral_radius(self.teamless.len());
        let right =
            self.orgs.iter().map(|o| self.org_pos[o.index()].0 + self.org_radius[o.index()]).fold(0.0, f64::max);
        let centre = (right + ORG_GAP + radius, 0.0);
        let mut bodies = self.spiral(&self.teamless, centre);
        separate(&mut bodies, 0.0, SEPARATE_PASSES);
        for (&person, body) in self.teamless.iter().zip(&bodies) {
            let (x, y) = (centre.0 + body.x, centre.1 + body.y);
            out.push(PlacedNode { key: self.net.map.person_key(person), x, y, size: PERSON_RADIUS });
        }
    }

    /// People on a sunflower spiral around `centre`, in local coordinates,
    /// with pinned people fixed where the user put them.
    fn spiral(&self, people: &[PersonIx], centre: (f64, f64)) -> Vec<Body> {
        people
            .iter()
            .enumerate()
            .map(|(i, &person)| match self.pinned.get(&self.net.map.person_key(person)) {
                Some(&(x, y)) => Body { x: x - centre.0, y: y - centre.1, r: PERSON_RADIUS, fixed: true },
                None => {
                    let (distance, angle) = (PERSON_SPACING * (i as f64 + 0.5).sqrt(), i as f64 * GOLDEN_ANGLE);
                    Body { x: distance * angle.cos(), y: distance * angle.sin(), r: PERSON_RADIUS, fixed: false }
                }
            })
            .collect()
    }

    fn person_id(&self, person: PersonIx) -> &str {
        &self.net.map.records().people[person.index()].id
    }
}

/// The radius of a disc holding `n` people on the spiral.
fn spiral_radius(n: usize) -> f64 {
    if n == 0 { MIN_TEAM_RADIUS } else { PERSON_SPACING * (n as f64).sqrt() + PERSON_RADIUS }
}

/// Pushes sibling discs apart, and clear of their parent's own people's disc
/// of radius `core` at the origin, if there is one (which does not move).
fn separate_around(bodies: &mut Vec<Body>, core: Option<f64>) {
    match core {
        Some(r) => {
            bodies.push(Body { x: 0.0, y: 0.0, r, fixed: true });
            separate(bodies, TEAM_GAP, SEPARATE_PASSES);
            bodies.pop();
        }
        None => separate(bodies, TEAM_GAP, SEPARATE_PASSES),
    }
}
