//! The minimum group size: no team of fewer than N people in post leaves in
//! an export or report, as Viva Insights keeps its figures to groups of at
//! least its minimum.
//!
//! A team counts its people in post on the day asked about, sub-teams
//! included. A team below N is folded, with everything under it, into the
//! nearest team above it that has N or more; one at the top of its
//! organisation's tree goes into a team "Smaller teams" of its
//! organisation. Should those add up to fewer than N, they go instead into
//! the organisation's smallest top-level team of N or more; with none, the
//! organisation is one "Smaller teams". Organisations are never folded: the
//! partnership is between them, and an organisation of fewer than N people
//! in post still shows as one group of that size.
//!
//! Folding moves people, never ties: a tie still joins the same two people,
//! and rolls up to the team each now belongs to. A partner link to a folded
//! team is a link to the team it went into; two links that become one keep
//! both reasons. The folded teams, their names and functions are gone, and
//! so are their hand-placed positions (the team they went into keeps its
//! own; "Smaller teams" is laid out like any unplaced node).

use crate::Date;
use crate::records::{PartnerLink, Records, Team};
use rustc_hash::FxHashMap;
use std::collections::BTreeMap;

/// The name of the team that gathers an organisation's smaller teams.
pub const SMALLER_TEAMS: &str = "Smaller teams";

/// Folds every team of fewer than `min_group` people in post on `day` (see
/// the module's header) and returns where each folded team went, by id.
pub(super) fn fold(records: &mut Records, min_group: usize, day: Date) -> BTreeMap<String, String> {
    let index: FxHashMap<&str, usize> = records.teams.iter().enumerate().map(|(i, t)| (t.id.as_str(), i)).collect();
    let parent: Vec<Option<usize>> =
        records.teams.iter().map(|t| t.parent_team_id.as_deref().and_then(|p| index.get(p).copied())).collect();
    let mut size = vec![0usize; records.teams.len()];
    for person in records.people.iter().filter(|p| p.is_current(day)) {
        let mut team = person.team_id.as_deref().and_then(|t| index.get(t).copied());
        // A checked map's teams form trees; the bound keeps a cycle in
        // unchecked records from looping.
        for _ in 0..=records.teams.len() {
            let Some(t) = team else { break };
            size[t] += 1;
            team = parent[t];
        }
    }
    let small = |t: usize| size[t] < min_group;

    // Where each small team goes: its nearest ancestor of N or more, or
    // (`None`) its organisation's smaller teams.
    let mut target: BTreeMap<usize, Option<usize>> = BTreeMap::new();
    for t in (0..records.teams.len()).filter(|&t| small(t)) {
        let mut up = parent[t];
        for _ in 0..=records.teams.len() {
            match up {
                Some(p) if small(p) => up = parent[p],
                _ => break,
            }
        }
        target.insert(t, up);
    }

    // An organisation whose smaller teams add up to fewer than N people
    // puts them into its smallest top-level team of N or more instead.
    let mut gathered: BTreeMap<&str, usize> = BTreeMap::new();
    for (&t, _) in target.iter().filter(|(t, to)| to.is_none() && parent[**t].is_none()) {
        *gathered.entry(records.teams[t].org_id.as_str()).or_default() += size[t];
    }
    let receiver: BTreeMap<&str, usize> = gathered
        .into_iter()
        .filter(|&(_, total)| total < min_group)
        .filter_map(|(org, _)| {
            (0..records.teams.len())
                .filter(|&t| parent[t].is_none() && !small(t) && records.teams[t].org_id == org)
                .min_by_key(|&t| (size[t], records.teams[t].id.as_str()))
                .map(|t| (org, t))
        })
        .collect();

    let mut smaller_id: BTreeMap<String, String> = BTreeMap::new();
    let mut into: BTreeMap<String, String> = BTreeMap::new();
    for (&t, &to) in &target {
        let team = &records.teams[t];
        let to = match to.or_else(|| receiver.get(team.org_id.as_str()).copied()) {
            Some(p) => records.teams[p].id.clone(),
            None => smaller_id
                .entry(team.org_id.clone())
                .or_insert_with(|| unused_id(&format!("{}-smaller-teams", team.org_id), &index))
                .clone(),
        };
        into.insert(team.id.clone(), to);
    }

    for person in &mut records.people {
        if let Some(to) = person.team_id.as_ref().and_then(|t| into.get(t)) {
            person.team_id = Some(to.clone());
        }
    }
    records.teams.retain(|t| !into.contains_key(&t.id));
    for (org_id, id) in smaller_id {
        records.teams.push(Team {
            id,
            org_id,
            parent_team_id: None,
            name: SMALLER_TEAMS.to_string(),
            functions: Vec::new(),
        });
    }
    records.partner_links = relink(std::mem::take(&mut records.partner_links), &into);
    into
}

/// `wanted`, or `wanted-2`, `wanted-3`, … whichever no team has.
fn unused_id(wanted: &str, index: &FxHashMap<&str, usize>) -> String {
    (1..)
        .map(|n| if n == 1 { wanted.to_string() } else { format!("{wanted}-{n}") })
        .find(|id| !index.contains_key(id.as_str()))
        .expect("some suffix is free")
}

/// Partner links to folded teams pointed at where they went; links that
/// become one keep every reason.
fn relink(links: Vec<PartnerLink>, into: &BTreeMap<String, String>) -> Vec<PartnerLink> {
    let moved = |team: String| into.get(&team).cloned().unwrap_or(team);
    let mut out: Vec<PartnerLink> = Vec::with_capacity(links.len());
    let mut seen: FxHashMap<(String, String), usize> = FxHashMap::default();
    for link in links {
        // Teams fold within their organisation, and a link joins two, so
        // its ends never become one team.
        let link = PartnerLink { team_a: moved(link.team_a), team_b: moved(link.team_b), reason: link.reason };
        let key = {
            let (a, b) = link.key();
            (a.to_string(), b.to_string())
        };
        match seen.get(&key) {
            Some(&i) => {
                let kept = &mut out[i];
                if let Some(reason) = link.reason
                    && kept.reason.as_deref() != Some(reason.as_str())
                {
                    kept.reason = Some(match kept.reason.take() {
                        Some(first) => format!("{first}; {reason}"),
                        None => reason,
                    });
                }
            }
            None => {
                seen.insert(key, out.len());
                out.push(link);
            }
        }
    }
    out
}
