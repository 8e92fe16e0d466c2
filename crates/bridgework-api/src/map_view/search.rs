//! Finding a person, team or organisation by name, role or id, for the
//! search box's suggestions.
//!
//! A linear scan with case folding: at 100,000 people it takes a few
//! milliseconds, well inside a keystroke, and needs no index to keep fresh.

use super::scene::NodeKind;
use crate::views::{self, GroupRef};
use bridgework_core::{Date, Map, OrgIx, PersonIx, TeamIx};
use serde::Serialize;

/// One suggestion, with what to open so it shows on the map.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SearchHit {
    pub key: String,
    pub kind: NodeKind,
    pub id: String,
    pub label: String,
    /// Where it is: "Role · Team · Organisation".
    pub context: String,
    /// The organisation to open so the node shows (a team's or person's).
    pub open_organisation: Option<GroupRef>,
    /// The team to open so the person shows.
    pub open_team: Option<GroupRef>,
}

/// How well a record matches, best first: its name starts with the query,
/// a word of its name does, its name contains it, or only its role or id does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    NameStarts,
    WordStarts,
    NameContains,
    Other,
}

fn rank(query: &str, name: &str, others: &[&str]) -> Option<Rank> {
    let name = name.to_lowercase();
    if name.starts_with(query) {
        Some(Rank::NameStarts)
    } else if name.split(|c: char| !c.is_alphanumeric()).any(|word| word.starts_with(query)) {
        Some(Rank::WordStarts)
    } else if name.contains(query) {
        Some(Rank::NameContains)
    } else if others.iter().any(|other| other.to_lowercase().contains(query)) {
        Some(Rank::Other)
    } else {
        None
    }
}

/// Up to `limit` records matching `query` (ignoring case), best match first,
/// then organisations before teams before people, then by name. People who
/// have left by `day` are not on the map, so not suggested.
pub(super) fn find(map: &Map, day: Date, query: &str, limit: usize) -> Vec<SearchHit> {
    let query = query.trim().to_lowercase();
    if query.is_empty() || limit == 0 {
        return Vec::new();
    }
    let records = map.records();
    let mut hits: Vec<(Rank, SearchHit)> = Vec::new();
    for (o, org) in records.organisations.iter().enumerate() {
        let short = org.short_name.as_deref().unwrap_or("");
        if let Some(rank) = rank(&query, &org.name, &[&org.id, short]) {
            hits.push((
                rank,
                SearchHit {
                    key: map.org_key(OrgIx(o as u32)),
                    kind: NodeKind::Organisation,
                    id: org.id.clone(),
                    label: org.name.clone(),
                    context: org.kind.to_string(),
                    open_organisation: None,
                    open_team: None,
                },
            ));
        }
    }
    for (t, team) in records.teams.iter().enumerate() {
        let functions: Vec<&str> = team.functions.iter().map(String::as_str).chain([team.id.as_str()]).collect();
        if let Some(rank) = rank(&query, &team.name, &functions) {
            let org = map.team_org(TeamIx(t as u32));
            hits.push((
                rank,
                SearchHit {
                    key: map.team_key(TeamIx(t as u32)),
                    kind: NodeKind::Team,
                    id: team.id.clone(),
                    label: team.name.clone(),
                    context: records.organisations[org.index()].name.clone(),
                    open_organisation: Some(views::organisation(map, org)),
                    open_team: None,
                },
            ));
        }
    }
    for person in map.current_people(day) {
        let record = &records.people[person.index()];
        let Some(team) = map.person_team(person) else { continue };
        let role = record.role.as_deref().unwrap_or("");
        let email = record.email.as_deref().unwrap_or("");
        if let Some(rank) = rank(&query, &record.name, &[role, &record.id, email]) {
            hits.push((rank, person_hit(map, person, team)));
        }
    }
    let kind_order = |kind: NodeKind| kind as u8;
    hits.sort_by(|(ra, a), (rb, b)| {
        ra.cmp(rb).then(kind_order(a.kind).cmp(&kind_order(b.kind))).then(a.label.cmp(&b.label)).then(a.key.cmp(&b.key))
    });
    hits.into_iter().take(limit).map(|(_, hit)| hit).collect()
}

fn person_hit(map: &Map, person: PersonIx, team: TeamIx) -> SearchHit {
    let records = map.records();
    let record = &records.people[person.index()];
    let team_record = &records.teams[team.index()];
    let org = &records.organisations[map.team_org(team).index()];
    let context = [record.role.as_deref().unwrap_or(""), &team_record.name, &org.name]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    SearchHit {
        key: map.person_key(person),
        kind: NodeKind::Person,
        id: record.id.clone(),
        label: record.name.clone(),
        context,
        open_organisation: Some(views::organisation(map, map.team_org(team))),
        open_team: Some(views::team(map, team)),
    }
}
