//! The person graph rolled up to teams or organisations: the ties between two
//! groups become one link with their count, summed strength, the distinct
//! people on each side, the levels they are at, and the latest contact.
//!
//! Cost: one pass over the ties, linear in their number.

use crate::Date;
use crate::map::{PersonIx, TeamIx, TieIx};
use crate::network::Network;
use std::collections::{HashMap, HashSet};

/// What people are grouped by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// Each person's organisation.
    Organisation,
    /// Each person's team, or its enclosing team at this depth (0 is the top of
    /// the organisation's tree) when the person's team is deeper.
    Team { depth: Option<usize> },
}

/// The ties between two groups, rolled up. Groups are organisation or team
/// indices, by the grouping; `a < b`.
#[derive(Debug, Clone, PartialEq)]
pub struct RolledLink {
    pub a: u32,
    pub b: u32,
    pub ties: usize,
    pub strength: f64,
    pub people_a: usize,
    pub people_b: usize,
    /// Levels present on each side, as bits in the order of `Level::ALL`.
    pub levels_a: u8,
    pub levels_b: u8,
    pub latest_contact: Option<Date>,
}

impl Grouping {
    /// The group of a person in post, if they have one.
    pub fn of(self, net: &Network<'_>, person: PersonIx) -> Option<u32> {
        let map = net.map;
        let team = map.person_team(person)?;
        Some(match self {
            Grouping::Organisation => map.team_org(team).0,
            Grouping::Team { depth: None } => team.0,
            Grouping::Team { depth: Some(depth) } => {
                let ancestry: Vec<TeamIx> = map.team_ancestry(team).collect();
                ancestry[ancestry.len().saturating_sub(depth + 1)].0
            }
        })
    }
}

/// Every link between two different groups, ordered by group pair.
pub fn rollup(net: &Network<'_>, grouping: Grouping) -> Vec<RolledLink> {
    let map = net.map;
    let people = &map.records().people;
    let group: Vec<Option<u32>> = (0..people.len()).map(|p| grouping.of(net, PersonIx(p as u32))).collect();
    let level_bit = |p: PersonIx| {
        people[p.index()].level.map_or(0, |l| 1u8 << crate::Level::ALL.iter().position(|x| *x == l).unwrap_or(0))
    };
    struct Acc {
        link: RolledLink,
        seen_a: HashSet<PersonIx>,
        seen_b: HashSet<PersonIx>,
    }
    let mut links: HashMap<(u32, u32), Acc> = HashMap::new();
    for tie in (0..map.records().ties.len()).map(|t| TieIx(t as u32)) {
        let [p, q] = map.tie_ends(tie);
        if net.graph.node(p).is_none() || net.graph.node(q).is_none() {
            continue;
        }
        let (Some(gp), Some(gq)) = (group[p.index()], group[q.index()]) else { continue };
        if gp == gq {
            continue;
        }
        let ((a, pa), (b, pb)) = if gp < gq { ((gp, p), (gq, q)) } else { ((gq, q), (gp, p)) };
        let acc = links.entry((a, b)).or_insert_with(|| Acc {
            link: RolledLink {
                a,
                b,
                ties: 0,
                strength: 0.0,
                people_a: 0,
                people_b: 0,
                levels_a: 0,
                levels_b: 0,
                latest_contact: None,
            },
            seen_a: HashSet::new(),
            seen_b: HashSet::new(),
        });
        acc.link.ties += 1;
        acc.link.strength += net.strength(tie).value;
        acc.link.levels_a |= level_bit(pa);
        acc.link.levels_b |= level_bit(pb);
        acc.link.latest_contact = acc.link.latest_contact.max(map.records().ties[tie.index()].last_contact);
        acc.seen_a.insert(pa);
        acc.seen_b.insert(pb);
    }
    let mut rolled: Vec<RolledLink> = links
        .into_values()
        .map(|acc| RolledLink { people_a: acc.seen_a.len(), people_b: acc.seen_b.len(), ..acc.link })
        .collect();
    rolled.sort_by_key(|l| (l.a, l.b));
    rolled
}
