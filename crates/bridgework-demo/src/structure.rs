//! Staffing organisation trees: organisations, their teams and the people in
//! them, as records, with the indices the tie and planting steps work on.
//!
//! Teams and people are created depth first, so the people of any team and
//! its sub-teams occupy one contiguous range of indices, and so do the teams
//! below any team. Choosing "someone in this directorate" is then one draw
//! from a range, which keeps generation linear in the size of the map.

use crate::names::{NameBook, email_local};
use crate::organisations::{OrgPlan, Unit};
use crate::random::Rng;
use bridgework_core::{Date, Level, Organisation, Person, Team};
use chrono::Days;
use std::ops::Range;

/// One organisation to build from a plan.
#[derive(Debug)]
pub(crate) struct OrgSpec {
    pub plan: &'static OrgPlan,
    pub id: String,
    pub name: String,
    pub short_name: String,
    pub domain: String,
    /// The local system (the group of partner organisations) it belongs to.
    pub system: u32,
    /// How many people to staff it with; `None` staffs every post of the plan once.
    pub people: Option<usize>,
}

/// How records are identified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ids {
    /// Words a person can read: "acute-discharge-hub", "p-0001".
    Readable,
    /// Short stable codes for large maps: "T0042", "P000123".
    Short,
}

impl Ids {
    /// The id of the person at `index`. Ids follow from the index alone, so
    /// a tie can name its people without reading them, which for a large map
    /// saves a cache miss per end.
    pub fn person(self, index: u32) -> String {
        match self {
            Ids::Readable => format!("p-{:04}", index + 1),
            Ids::Short => format!("P{:06}", index + 1),
        }
    }
}

/// Within what people's names are kept unique.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameScope {
    Map,
    Organisation,
}

/// The organisations, teams and people of a map, with the indices that
/// generating ties needs. Dates are kept as days before `as_of` until
/// [`Structure::into_records`].
#[derive(Debug)]
pub(crate) struct Structure {
    pub ids: Ids,
    pub organisations: Vec<Organisation>,
    pub teams: Vec<Team>,
    pub people: Vec<Person>,
    pub org_system: Vec<u32>,
    pub org_people: Vec<Range<u32>>,
    pub team_org: Vec<u32>,
    pub team_parent: Vec<Option<u32>>,
    /// The people at the team itself, not in its sub-teams; its head first.
    pub team_own: Vec<Range<u32>>,
    /// The people of the team and its sub-teams.
    pub team_people: Vec<Range<u32>>,
    /// The team and its sub-teams.
    pub team_subtree: Vec<Range<u32>>,
    pub person_team: Vec<u32>,
    pub joined_ago: Vec<u32>,
    pub left_ago: Vec<Option<u32>>,
}

/// Long enough in post to have ties dated up to a year back; the planted weak
/// links are built only from people like this, so their dates are never
/// clamped by a recent start.
pub(crate) const SETTLED_DAYS: u32 = 730;

impl Structure {
    pub fn build(specs: &[OrgSpec], ids: Ids, scope: NameScope, rng: &mut Rng) -> Structure {
        let mut s = Structure {
            ids,
            organisations: Vec::new(),
            teams: Vec::new(),
            people: Vec::new(),
            org_system: Vec::new(),
            org_people: Vec::new(),
            team_org: Vec::new(),
            team_parent: Vec::new(),
            team_own: Vec::new(),
            team_people: Vec::new(),
            team_subtree: Vec::new(),
            person_team: Vec::new(),
            joined_ago: Vec::new(),
            left_ago: Vec::new(),
        };
        let mut names = NameBook::default();
        for (org, spec) in specs.iter().enumerate() {
            if scope == NameScope::Organisation {
                names.clear();
            }
            s.organisations.push(Organisation {
                id: spec.id.clone(),
                name: spec.name.clone(),
                kind: spec.plan.kind,
                short_name: Some(spec.short_name.clone()),
                colour: Some(spec.plan.colour.to_string()),
            });
            s.org_system.push(spec.system);
            let org_start = s.people.len() as u32;
            let team_base = s.teams.len() as u32;
            let nodes = expand(spec.plan, spec.people);
            for node in &nodes {
                let team = s.teams.len() as u32;
                let id = match ids {
                    Ids::Readable => match node.number {
                        Some(n) => format!("{}-{}-{n}", spec.id, node.unit.slug),
                        None => format!("{}-{}", spec.id, node.unit.slug),
                    },
                    Ids::Short => format!("T{:04}", team + 1),
                };
                let name = match node.number {
                    Some(n) => format!("{} {n}", node.unit.name),
                    None => node.unit.name.to_string(),
                };
                let parent = node.parent.map(|p| team_base + p as u32);
                s.teams.push(Team {
                    id,
                    org_id: spec.id.clone(),
                    parent_team_id: parent.map(|p| s.teams[p as usize].id.clone()),
                    name,
                    functions: node.unit.functions.iter().map(|f| f.to_string()).collect(),
                });
                s.team_org.push(org as u32);
                s.team_parent.push(parent);
                let own_start = s.people.len() as u32;
                for (post, &count) in node.unit.posts.iter().zip(&node.counts) {
                    for _ in 0..count {
                        let index = s.people.len();
                        let name = names.draw(rng);
                        s.people.push(Person {
                            id: ids.person(index as u32),
                            team_id: Some(s.teams[team as usize].id.clone()),
                            role: Some(post.title.to_string()),
                            level: post.level,
                            email: Some(format!("{}@{}", email_local(&name), spec.domain)),
                            phone: phone(index, rng),
                            joined: None,
                            left: None,
                            tags: tags(post.title),
                            name,
                        });
                        s.person_team.push(team);
                        s.joined_ago.push(rng.between(120, 9000));
                        s.left_ago.push(None);
                    }
                }
                let own = own_start..s.people.len() as u32;
                s.team_own.push(own.clone());
                s.team_people.push(own);
                s.team_subtree.push(team..team + 1);
            }
            // Children come after their parent, so one backward pass widens
            // every parent's ranges to cover its finished children.
            for team in (team_base as usize..s.teams.len()).rev() {
                if let Some(parent) = s.team_parent[team] {
                    let (people_end, teams_end) = (s.team_people[team].end, s.team_subtree[team].end);
                    let parent = parent as usize;
                    s.team_people[parent].end = s.team_people[parent].end.max(people_end);
                    s.team_subtree[parent].end = s.team_subtree[parent].end.max(teams_end);
                }
            }
            s.org_people.push(org_start..s.people.len() as u32);
        }
        s
    }

    pub fn level(&self, person: u32) -> Option<Level> {
        self.people[person as usize].level
    }

    pub fn is_current(&self, person: u32) -> bool {
        self.left_ago[person as usize].is_none()
    }

    /// In post, with a known level, and long enough in post to carry any tie
    /// a planted link needs.
    pub fn is_settled(&self, person: u32) -> bool {
        self.is_current(person) && self.level(person).is_some() && self.joined_ago[person as usize] >= SETTLED_DAYS
    }

    pub fn is_leaf(&self, team: u32) -> bool {
        self.team_subtree[team as usize].len() == 1
    }

    pub fn depth(&self, team: u32) -> usize {
        std::iter::successors(self.team_parent[team as usize], |t| self.team_parent[*t as usize]).count()
    }

    pub fn person_org(&self, person: u32) -> u32 {
        self.team_org[self.person_team[person as usize] as usize]
    }

    /// The first person of a team: the one the others there report to.
    fn head(&self, team: u32) -> Option<u32> {
        let own = &self.team_own[team as usize];
        (!own.is_empty()).then_some(own.start)
    }

    pub fn is_head(&self, person: u32) -> bool {
        self.head(self.person_team[person as usize]) == Some(person)
    }

    /// Who a person reports to: the head of their team, or for a head, the
    /// head of the nearest enclosing team that has one, or else the leader of
    /// the organisation.
    pub fn manager(&self, person: u32) -> Option<u32> {
        let team = self.person_team[person as usize];
        if !self.is_head(person) {
            return self.head(team);
        }
        let enclosing = std::iter::successors(self.team_parent[team as usize], |t| self.team_parent[*t as usize])
            .find_map(|t| self.head(t));
        let leader = self.org_people[self.person_org(person) as usize].start;
        enclosing.or((leader != person).then_some(leader))
    }

    /// Marks a few people as having left (they stay, for history) and a few as
    /// recent joiners. Heads of teams stay put, and so does anyone `protected`.
    pub fn turnover(&mut self, rng: &mut Rng, leavers_per_mille: u32, joiners_per_mille: u32, protected: &[bool]) {
        for person in 0..self.people.len() {
            if protected.get(person) == Some(&true) || self.is_head(person as u32) {
                continue;
            }
            if rng.per_mille(leavers_per_mille) {
                let left = rng.between(10, 200);
                self.left_ago[person] = Some(left);
                self.joined_ago[person] = self.joined_ago[person].max(left + 365);
            } else if rng.per_mille(joiners_per_mille) {
                self.joined_ago[person] = rng.between(5, 45);
            }
        }
    }

    /// The organisations, teams and people as records, dated back from `as_of`.
    pub fn into_records(self, as_of: Date) -> (Vec<Organisation>, Vec<Team>, Vec<Person>) {
        let mut people = self.people;
        for (person, (joined, left)) in people.iter_mut().zip(self.joined_ago.iter().zip(&self.left_ago)) {
            person.joined = Some(days_before(as_of, *joined));
            person.left = left.map(|left| days_before(as_of, left));
        }
        (self.organisations, self.teams, people)
    }
}

pub(crate) fn days_before(as_of: Date, days: u32) -> Date {
    as_of - Days::new(u64::from(days))
}

/// A node of an organisation's tree as staffed: the plan's unit, which copy
/// of it this is, and how many people fill each of its posts.
struct Node {
    unit: &'static Unit,
    parent: Option<usize>,
    /// Set when the unit is repeated, to tell the copies apart.
    number: Option<u32>,
    counts: Vec<u32>,
}

/// The organisation's nodes depth first, staffed with `people` people or, if
/// that is `None`, with every post of the plan once.
fn expand(plan: &'static OrgPlan, people: Option<usize>) -> Vec<Node> {
    let copies = people.map_or([1, 1, 1], |target| copies_for(plan, target));
    let mut nodes = Vec::new();
    add_units(plan.units, 0, None, (0, 1), copies, &mut nodes);
    if let Some(target) = people {
        staff(&mut nodes, target);
    }
    nodes
}

/// How often to repeat services and the teams within them so that the tree
/// holds about `target` people. Directorates are never repeated: a large trust
/// has more services, not more chief operating officers.
fn copies_for(plan: &OrgPlan, target: usize) -> [u32; 3] {
    let scale = target as f64 / plan.people() as f64;
    if scale < 1.5 {
        return [1, 1, 1];
    }
    let services = scale.sqrt().round().max(1.0);
    let teams = (scale / services).round().max(1.0);
    [1, services as u32, teams as u32]
}

/// Appends `units` and everything below them. `outer` is which copy of the
/// parent this is, of how many, so that copies are numbered across the
/// organisation ("District Nursing – North Locality 7") not within each parent.
fn add_units(
    units: &'static [Unit],
    depth: usize,
    parent: Option<usize>,
    outer: (u32, u32),
    copies: [u32; 3],
    nodes: &mut Vec<Node>,
) {
    let n = copies[depth.min(2)];
    for unit in units {
        for copy in 0..n {
            let number = outer.0 * n + copy;
            let total = outer.1 * n;
            let index = nodes.len();
            nodes.push(Node {
                unit,
                parent,
                number: (total > 1).then_some(number + 1),
                counts: unit.posts.iter().map(|p| u32::from(p.count)).collect(),
            });
            add_units(unit.units, depth + 1, Some(index), (number, total), copies, nodes);
        }
    }
}

/// Sets the head counts so that the organisation has exactly `target` people.
/// Posts above the front line are filled as planned, in tree order, while the
/// target allows; the front line takes the rest in proportion to the plan.
fn staff(nodes: &mut [Node], target: usize) {
    let mut remaining = target as u64;
    let mut planned_frontline = 0u64;
    for node in nodes.iter_mut() {
        for (post, count) in node.unit.posts.iter().zip(&mut node.counts) {
            if post.level == Some(Level::Frontline) {
                planned_frontline += u64::from(*count);
            } else {
                *count = u64::from(*count).min(remaining) as u32;
                remaining -= u64::from(*count);
            }
        }
    }
    let budget = remaining;
    for node in nodes.iter_mut() {
        for (post, count) in node.unit.posts.iter().zip(&mut node.counts) {
            if post.level == Some(Level::Frontline) {
                *count = (u64::from(*count) * budget / planned_frontline) as u32;
                remaining -= u64::from(*count);
            }
        }
    }
    // What rounding down left over is fewer than the front-line posts: one more each.
    for node in nodes.iter_mut() {
        for (post, count) in node.unit.posts.iter().zip(&mut node.counts) {
            if remaining > 0 && post.level == Some(Level::Frontline) {
                *count += 1;
                remaining -= 1;
            }
        }
    }
}

/// A phone number from the ranges Ofcom keeps for drama, so that no real
/// line is ever printed: about a quarter of people have a landline, a sixth a mobile.
fn phone(index: usize, rng: &mut Rng) -> Option<String> {
    match rng.below(12) {
        0..=2 => Some(format!("01632 960{:03}", index % 1000)),
        3..=4 => Some(format!("07700 900{:03}", (index * 7 + 3) % 1000)),
        _ => None,
    }
}

/// Words in a job title, and the tag a person with that title gets.
const TITLE_TAGS: &[(&str, &str)] = &[
    ("Nurse", "registered nurse"),
    ("Sister", "registered nurse"),
    ("Matron", "registered nurse"),
    ("Social Worker", "social worker"),
    ("Approved Mental Health Professional", "social worker"),
    ("Physiotherapist", "allied health professional"),
    ("Occupational Therapist", "allied health professional"),
    ("Paramedic", "allied health professional"),
    ("Psychiatrist", "doctor"),
    ("Geriatrician", "doctor"),
    ("Consultant in Emergency Medicine", "doctor"),
    ("Consultant in Palliative Medicine", "doctor"),
    ("GP", "doctor"),
    ("Specialty Doctor", "doctor"),
    ("Pharmacist", "pharmacist"),
    ("Non-Executive", "non-executive"),
    ("Trustee", "trustee"),
    ("Cabinet Member", "elected member"),
    ("Volunteer", "volunteering"),
];

fn tags(title: &str) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for (word, tag) in TITLE_TAGS {
        if title.contains(word) && !tags.iter().any(|t| t == tag) {
            tags.push(tag.to_string());
        }
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::organisations::ORGANISATIONS;
    use crate::random::Stream;

    fn spec(plan: &'static OrgPlan, people: Option<usize>) -> OrgSpec {
        OrgSpec {
            plan,
            id: plan.id.to_string(),
            name: plan.name.to_string(),
            short_name: plan.short_name.to_string(),
            domain: plan.domain.to_string(),
            system: 0,
            people,
        }
    }

    #[test]
    fn an_organisation_gets_exactly_the_people_asked_for() {
        for target in [0, 1, 3, 17, 150, 151, 2_000, 9_999] {
            for plan in ORGANISATIONS {
                let s = Structure::build(
                    &[spec(plan, Some(target))],
                    Ids::Short,
                    NameScope::Organisation,
                    &mut Rng::new(1, Stream::People),
                );
                assert_eq!(s.people.len(), target, "{} staffed for {target}", plan.id);
            }
        }
    }

    #[test]
    fn ranges_cover_each_team_and_its_sub_teams() {
        let specs: Vec<OrgSpec> = ORGANISATIONS.iter().map(|plan| spec(plan, Some(700))).collect();
        let s = Structure::build(&specs, Ids::Short, NameScope::Organisation, &mut Rng::new(2, Stream::People));
        for person in 0..s.people.len() as u32 {
            let team = s.person_team[person as usize];
            assert!(s.team_own[team as usize].contains(&person));
            let mut at = Some(team);
            while let Some(t) = at {
                assert!(s.team_people[t as usize].contains(&person));
                assert!(s.team_subtree[t as usize].contains(&team));
                at = s.team_parent[t as usize];
            }
            assert!(s.org_people[s.person_org(person) as usize].contains(&person));
        }
        assert!(s.teams.iter().enumerate().all(|(t, _)| s.depth(t as u32) <= 2));
    }

    #[test]
    fn everyone_but_the_leader_reports_to_someone_in_their_organisation() {
        let s = Structure::build(
            &[spec(ORGANISATIONS[0], None)],
            Ids::Readable,
            NameScope::Map,
            &mut Rng::new(3, Stream::People),
        );
        assert_eq!(s.people[0].role.as_deref(), Some("Chief Executive"));
        assert_eq!(s.manager(0), None);
        for person in 1..s.people.len() as u32 {
            let manager = s.manager(person).expect("a manager");
            assert_ne!(manager, person);
            assert_eq!(s.person_org(manager), s.person_org(person));
        }
    }
}
