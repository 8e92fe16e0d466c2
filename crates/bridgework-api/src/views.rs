//! How records are named in results: by the spreadsheet's own id, by name
//! and, for nodes of the map, by node key ([`bridgework_core::NodeKey`]);
//! never by the store's or the engine's internal indices.

use bridgework_core::{Map, OrgIx, PersonIx, TeamIx};
use serde::Serialize;

/// A person as results name them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PersonRef {
    pub id: String,
    pub name: String,
    /// The person's node key (`person:ID`), as the map and the Data page's
    /// commands take it.
    pub key: String,
}

/// A team or organisation as results name it; a team also names its organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct GroupRef {
    pub id: String,
    pub name: String,
    /// The team's or organisation's node key (`team:ID`, `org:ID`), as the
    /// map takes it.
    pub key: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub organisation: Option<Box<GroupRef>>,
}

pub(crate) fn person(map: &Map, p: PersonIx) -> PersonRef {
    let person = &map.records().people[p.index()];
    PersonRef { id: person.id.clone(), name: person.name.clone(), key: map.person_key(p) }
}

pub(crate) fn people(map: &Map, ps: &[PersonIx]) -> Vec<PersonRef> {
    ps.iter().map(|&p| person(map, p)).collect()
}

pub(crate) fn organisation(map: &Map, o: OrgIx) -> GroupRef {
    let org = &map.records().organisations[o.index()];
    GroupRef { id: org.id.clone(), name: org.name.clone(), key: map.org_key(o), organisation: None }
}

pub(crate) fn team(map: &Map, t: TeamIx) -> GroupRef {
    let team = &map.records().teams[t.index()];
    GroupRef {
        id: team.id.clone(),
        name: team.name.clone(),
        key: map.team_key(t),
        organisation: Some(Box::new(organisation(map, map.team_org(t)))),
    }
}
