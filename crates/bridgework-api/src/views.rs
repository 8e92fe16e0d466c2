//! How records are named in results: by the spreadsheet's own id and by name,
//! never by the store's or the engine's internal indices.

use bridgework_core::{Map, OrgIx, PersonIx, TeamIx};
use serde::Serialize;

/// A person as results name them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PersonRef {
    pub id: String,
    pub name: String,
}

/// A team or organisation as results name it; a team also names its organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct GroupRef {
    pub id: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub organisation: Option<Box<GroupRef>>,
}

pub(crate) fn person(map: &Map, p: PersonIx) -> PersonRef {
    let person = &map.records().people[p.index()];
    PersonRef { id: person.id.clone(), name: person.name.clone() }
}

pub(crate) fn people(map: &Map, ps: &[PersonIx]) -> Vec<PersonRef> {
    ps.iter().map(|&p| person(map, p)).collect()
}

pub(crate) fn organisation(map: &Map, o: OrgIx) -> GroupRef {
    let org = &map.records().organisations[o.index()];
    GroupRef { id: org.id.clone(), name: org.name.clone(), organisation: None }
}

pub(crate) fn team(map: &Map, t: TeamIx) -> GroupRef {
    let team = &map.records().teams[t.index()];
    GroupRef {
        id: team.id.clone(),
        name: team.name.clone(),
        organisation: Some(Box::new(organisation(map, map.team_org(t)))),
    }
}
