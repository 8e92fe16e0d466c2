//! What the details panel shows for the node clicked.

use super::scene::NodeKind;
use super::{MapSession, NodeIx, node_of};
use crate::Result;
use bridgework_core::weak_links::{Category, PairReport};
use bridgework_core::{Level, Map, OrgIx, PersonIx, TeamIx, TieKind};
use serde::Serialize;

/// The panel for one node.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum NodeDetails {
    Person(PersonDetails),
    Team(TeamDetails),
    Organisation(OrganisationDetails),
}

/// A node named in a panel, with its key so the UI can jump to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct NodeRef {
    pub key: String,
    pub kind: NodeKind,
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PersonDetails {
    pub node: NodeRef,
    pub role: Option<String>,
    pub level: Option<Level>,
    pub email: Option<String>,
    pub team: Option<NodeRef>,
    pub organisation: Option<NodeRef>,
    /// Whether the person is in post on the analysis day.
    pub in_post: bool,
    /// Every tie, strongest first.
    pub ties: Vec<TieDetail>,
    pub metrics: PersonMetrics,
}

/// One of a person's ties.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TieDetail {
    pub person: NodeRef,
    /// The other person's team and organisation names, for context.
    pub team: Option<String>,
    pub organisation: Option<String>,
    pub kind: TieKind,
    /// 0–1, after decay.
    pub strength: f64,
    pub last_contact: Option<String>,
    /// Whether the tie crosses to another organisation.
    pub crosses_organisations: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PersonMetrics {
    /// People tied to.
    pub degree: u32,
    /// Of them, in other organisations.
    pub external_degree: u32,
    /// Summed strength of the ties.
    pub strength: f64,
    /// Normalised betweenness (0–1): how much of the network's shortest
    /// routes run through the person.
    pub betweenness: f64,
    /// Whether `betweenness` is estimated from a sample of routes (on large
    /// maps) rather than counted exactly.
    pub betweenness_estimated: bool,
    /// Burt's constraint: high means the person's contacts all know each other.
    pub constraint: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TeamDetails {
    pub node: NodeRef,
    pub function: Option<String>,
    pub organisation: NodeRef,
    pub parent: Option<NodeRef>,
    pub sub_teams: Vec<NodeRef>,
    /// The team's own people in post, by name.
    pub members: Vec<MemberDetail>,
    /// Partner teams with their weak-link category, most urgent first.
    pub partner_links: Vec<LinkDetail>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MemberDetail {
    pub person: NodeRef,
    pub role: Option<String>,
    pub level: Option<Level>,
}

/// A partner link as a panel lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LinkDetail {
    pub other: NodeRef,
    /// The other side's organisation name, for a team.
    pub other_organisation: Option<String>,
    pub category: Category,
    pub reason: String,
    pub action: String,
    /// Direct ties between the two.
    pub ties: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OrganisationDetails {
    pub node: NodeRef,
    /// Acute, community, hospice…: not `kind`, which says which panel this is.
    pub organisation_kind: String,
    pub teams: Vec<TeamCount>,
    pub people: u32,
    /// Partner organisations with their category, most urgent first.
    pub partners: Vec<LinkDetail>,
    /// Krackhardt's E-I index of the organisation's ties: −1 all inside,
    /// +1 all across; none without ties.
    pub ei: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TeamCount {
    pub team: NodeRef,
    pub people: u32,
}

/// The panel of the node `key`.
pub(super) fn build(session: &MapSession, key: &str) -> Result<NodeDetails> {
    Ok(match node_of(session.map(), key)? {
        NodeIx::Person(person) => NodeDetails::Person(person_details(session, person)),
        NodeIx::Team(team) => NodeDetails::Team(team_details(session, team)),
        NodeIx::Organisation(org) => NodeDetails::Organisation(org_details(session, org)),
    })
}

pub(super) fn person_ref(map: &Map, person: PersonIx) -> NodeRef {
    let record = &map.records().people[person.index()];
    NodeRef { key: map.person_key(person), kind: NodeKind::Person, id: record.id.clone(), name: record.name.clone() }
}

pub(super) fn team_ref(map: &Map, team: TeamIx) -> NodeRef {
    let record = &map.records().teams[team.index()];
    NodeRef { key: map.team_key(team), kind: NodeKind::Team, id: record.id.clone(), name: record.name.clone() }
}

pub(super) fn org_ref(map: &Map, org: OrgIx) -> NodeRef {
    let record = &map.records().organisations[org.index()];
    NodeRef { key: map.org_key(org), kind: NodeKind::Organisation, id: record.id.clone(), name: record.name.clone() }
}

fn person_details(session: &MapSession, person: PersonIx) -> PersonDetails {
    let map = session.map();
    let net = session.net();
    let records = map.records();
    let record = &records.people[person.index()];
    let own_org = map.person_org(person);
    let mut ties: Vec<TieDetail> = net
        .ties_of(person)
        .map(|(other, tie)| {
            let team = map.person_team(other);
            let org = map.person_org(other);
            TieDetail {
                person: person_ref(map, other),
                team: team.map(|t| records.teams[t.index()].name.clone()),
                organisation: org.map(|o| records.organisations[o.index()].name.clone()),
                kind: records.ties[tie.index()].kind,
                strength: net.strength(tie).value,
                last_contact: records.ties[tie.index()].last_contact.map(|d| d.to_string()),
                crosses_organisations: org != own_org,
            }
        })
        .collect();
    ties.sort_by(|a, b| b.strength.total_cmp(&a.strength).then(a.person.name.cmp(&b.person.name)));

    let mut others: Vec<(&str, bool)> = ties.iter().map(|t| (t.person.key.as_str(), t.crosses_organisations)).collect();
    others.sort_unstable();
    others.dedup();
    let in_post = record.is_current(session.day());
    let brokerage = session.brokerage();
    PersonDetails {
        node: person_ref(map, person),
        role: record.role.clone(),
        level: record.level,
        email: record.email.clone(),
        team: map.person_team(person).map(|t| team_ref(map, t)),
        organisation: own_org.map(|o| org_ref(map, o)),
        in_post,
        metrics: PersonMetrics {
            degree: others.len() as u32,
            external_degree: others.iter().filter(|(_, crosses)| *crosses).count() as u32,
            strength: ties.iter().map(|t| t.strength).sum(),
            betweenness: brokerage.betweenness[person.index()],
            betweenness_estimated: brokerage.estimated,
            constraint: brokerage.constraint[person.index()],
        },
        ties,
    }
}

fn team_details(session: &MapSession, team: TeamIx) -> TeamDetails {
    let map = session.map();
    let records = map.records();
    let record = &records.teams[team.index()];
    let sub_teams = (0..records.teams.len())
        .map(|t| TeamIx(t as u32))
        .filter(|&t| map.team_parent(t) == Some(team))
        .map(|t| team_ref(map, t))
        .collect();
    let mut members: Vec<MemberDetail> = map
        .current_people(session.day())
        .filter(|&p| map.person_team(p) == Some(team))
        .map(|p| MemberDetail {
            person: person_ref(map, p),
            role: records.people[p.index()].role.clone(),
            level: records.people[p.index()].level,
        })
        .collect();
    // Board first, front line last, then by name: how an organisation chart reads.
    let rank =
        |level: Option<Level>| level.map_or(Level::ALL.len(), |l| Level::ALL.iter().position(|x| *x == l).unwrap_or(0));
    members.sort_by(|a, b| rank(a.level).cmp(&rank(b.level)).then(a.person.name.cmp(&b.person.name)));

    // Declared partner links, and every other reported pair the team is
    // actually tied to: both are partnerships at work.
    let mut links: Vec<(bool, LinkDetail)> = session
        .weak
        .team_pairs
        .iter()
        .filter(|pair| {
            (pair.a == team || pair.b == team) && (pair.declared.is_some() || !pair.findings.direct.is_empty())
        })
        .map(|pair| {
            let other = if pair.a == team { pair.b } else { pair.a };
            let org = &records.organisations[map.team_org(other).index()];
            (pair.declared.is_some(), link(pair, team_ref(map, other), Some(org.name.clone())))
        })
        .collect();
    links
        .sort_by(|(da, a), (db, b)| db.cmp(da).then(a.category.cmp(&b.category)).then(a.other.name.cmp(&b.other.name)));
    TeamDetails {
        node: team_ref(map, team),
        function: (!record.functions.is_empty()).then(|| record.functions.join(", ")),
        organisation: org_ref(map, map.team_org(team)),
        parent: map.team_parent(team).map(|p| team_ref(map, p)),
        sub_teams,
        members,
        partner_links: links.into_iter().map(|(_, link)| link).collect(),
    }
}

fn org_details(session: &MapSession, org: OrgIx) -> OrganisationDetails {
    let map = session.map();
    let net = session.net();
    let records = map.records();
    let mut teams: Vec<TeamCount> = Vec::new();
    let mut own_people = vec![0u32; records.teams.len()];
    let mut members = Vec::new();
    for person in map.current_people(session.day()) {
        if let Some(team) = map.person_team(person).filter(|&t| map.team_org(t) == org) {
            own_people[team.index()] += 1;
            members.push(person);
        }
    }
    for team in (0..records.teams.len()).map(|t| TeamIx(t as u32)).filter(|&t| map.team_org(t) == org) {
        teams.push(TeamCount { team: team_ref(map, team), people: own_people[team.index()] });
    }
    teams.sort_by(|a, b| a.team.name.cmp(&b.team.name));

    let mut partners: Vec<LinkDetail> = session
        .weak
        .org_pairs
        .iter()
        .filter(|pair| pair.a == org || pair.b == org)
        .map(|pair| link(pair, org_ref(map, if pair.a == org { pair.b } else { pair.a }), None))
        .collect();
    partners.sort_by(|a, b| a.category.cmp(&b.category).then(a.other.name.cmp(&b.other.name)));

    // E-I over pairs of people (several ties between two people count once),
    // as the brokers report counts it.
    let (mut internal, mut external) = (0u64, 0u64);
    for &member in &members {
        let mut others: Vec<PersonIx> = net.ties_of(member).map(|(other, _)| other).filter(|&o| o != member).collect();
        others.sort_unstable();
        others.dedup();
        for other in others {
            if map.person_org(other) != Some(org) {
                external += 1;
            } else if member < other {
                internal += 1;
            }
        }
    }
    let total = internal + external;
    let record = &records.organisations[org.index()];
    OrganisationDetails {
        node: org_ref(map, org),
        organisation_kind: record.kind.to_string(),
        teams,
        people: members.len() as u32,
        partners,
        ei: (total > 0).then(|| (external as f64 - internal as f64) / total as f64),
    }
}

fn link<S>(pair: &PairReport<S>, other: NodeRef, other_organisation: Option<String>) -> LinkDetail {
    LinkDetail {
        other,
        other_organisation,
        category: pair.category,
        reason: pair.reason.clone(),
        action: pair.action.clone(),
        ties: pair.findings.direct.len() as u32,
    }
}
