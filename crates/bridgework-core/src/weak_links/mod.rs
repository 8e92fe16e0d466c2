//! Weak links between partner teams, and between partner organisations.
//!
//! For each pair (A, B) in different organisations (a team includes its
//! sub-teams), the report gives the direct ties, their redundancy d(A,B) (the
//! most direct ties sharing no person: a maximum bipartite matching, equal by
//! König's theorem to the fewest departures that cut every direct tie), the
//! intermediaries when there is no direct tie (their number is r(A,B): with
//! capacity only on intermediaries, Menger's max-flow through one intermediary
//! is exactly how many distinct people know both sides), the strongest
//! introduction path of at most three ties (the product of tie strengths), one
//! category with the others that also apply, a reason naming real people and
//! teams, and a suggested action.
//!
//! Pairs checked: every declared partner link first, then every pair of
//! teams (each person's own team) in partnered organisations that has a direct
//! tie, or on request every pair of teams across organisations. The same for
//! organisation pairs that are partnered or have any direct tie.
//!
//! Cost: linear in the ties touching each pair's people, plus a matching on its
//! direct ties; a pair with no direct tie adds a search three ties deep.

mod category;
mod explain;
mod matching;
mod pair;

pub use category::{Category, Thresholds};
pub use pair::{DirectTie, Intermediary, Introduction, PairFindings};

use crate::map::{OrgIx, PersonIx, TeamIx};
use crate::network::Network;
use crate::vocabulary::Level;
use pair::Sides;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeSet, HashSet};

/// Which team pairs to check beyond the declared partner links.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    /// Only the declared partner links.
    Declared,
    /// Also every team pair of partnered organisations with a direct tie.
    #[default]
    Partnered,
    /// Also every pair of teams (with people) across organisations.
    All,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct WeakLinkOptions {
    pub thresholds: Thresholds,
    pub scope: Scope,
    /// Only people at this level count on either side: are the partners in
    /// touch at this level? (Go-betweens may be at any level.)
    pub level: Option<Level>,
}

impl WeakLinkOptions {
    fn counts(&self, net: &Network<'_>, person: PersonIx) -> bool {
        self.level.is_none_or(|level| net.map.records().people[person.index()].level == Some(level))
    }

    /// The people of a side who count.
    fn side(&self, net: &Network<'_>, people: &[PersonIx]) -> Vec<PersonIx> {
        people.iter().copied().filter(|&p| self.counts(net, p)).collect()
    }
}

/// The findings for one pair of teams or organisations.
#[derive(Debug, Clone, PartialEq)]
pub struct PairReport<S> {
    pub a: S,
    pub b: S,
    /// For a team pair: the declared partner link (its row), if any. For an
    /// organisation pair: whether a partnership joins them.
    pub declared: Option<usize>,
    pub partnered: bool,
    pub category: Category,
    /// Other categories that also apply, most urgent first.
    pub also: Vec<Category>,
    pub reason: String,
    pub action: String,
    pub findings: PairFindings,
}

/// Every pair checked.
#[derive(Debug, Clone, PartialEq)]
pub struct WeakLinkReport {
    pub team_pairs: Vec<PairReport<TeamIx>>,
    pub org_pairs: Vec<PairReport<OrgIx>>,
}

/// Runs the weak-link analysis on the network.
pub fn weak_links(net: &Network<'_>, options: &WeakLinkOptions) -> WeakLinkReport {
    let map = net.map;
    let records = map.records();
    let partnered = partnered_orgs(net);
    let is_partnered = |x: OrgIx, y: OrgIx| partnered.contains(&ordered(x, y));
    let mut seen: HashSet<(TeamIx, TeamIx)> = HashSet::new();
    let mut pairs: Vec<((TeamIx, TeamIx), Option<usize>)> = Vec::new();
    for row in 0..records.partner_links.len() {
        let [a, b] = map.partner_link_ends(row);
        seen.insert(ordered(a, b));
        pairs.push(((a, b), Some(row)));
    }
    let mut extra: BTreeSet<(TeamIx, TeamIx)> = BTreeSet::new();
    match options.scope {
        Scope::Declared => {}
        Scope::Partnered => {
            for tie in 0..records.ties.len() {
                let [p, q] = map.tie_ends(crate::TieIx(tie as u32));
                if net.graph.node(p).is_none() || net.graph.node(q).is_none() {
                    continue;
                }
                if !options.counts(net, p) || !options.counts(net, q) {
                    continue;
                }
                if let (Some(ta), Some(tb)) = (map.person_team(p), map.person_team(q)) {
                    let (oa, ob) = (map.team_org(ta), map.team_org(tb));
                    if oa != ob && is_partnered(oa, ob) {
                        extra.insert(ordered(ta, tb));
                    }
                }
            }
        }
        Scope::All => {
            let staffed: Vec<TeamIx> = (0..records.teams.len())
                .map(|t| TeamIx(t as u32))
                .filter(|&t| net.members(t).iter().any(|&p| map.person_team(p) == Some(t)))
                .collect();
            for (i, &x) in staffed.iter().enumerate() {
                for &y in &staffed[i + 1..] {
                    if map.team_org(x) != map.team_org(y) {
                        extra.insert(ordered(x, y));
                    }
                }
            }
        }
    }
    pairs.extend(extra.into_iter().filter(|pair| !seen.contains(pair)).map(|pair| (pair, None)));
    // Pairs are independent: analyse them on every core, each thread with its
    // own scratch marks. The order of the results does not depend on threads.
    let people = records.people.len();
    let mut team_pairs: Vec<PairReport<TeamIx>> = pairs
        .into_par_iter()
        .map_init(
            || Sides::new(people),
            |sides, ((a, b), declared)| {
                let partnered = is_partnered(map.team_org(a), map.team_org(b));
                team_pair(net, sides, (a, b), declared, partnered, options)
            },
        )
        .collect();
    team_pairs.sort_by(|x, y| {
        (x.declared.is_none(), x.category, net.team_name(x.a), net.team_name(x.b)).cmp(&(
            y.declared.is_none(),
            y.category,
            net.team_name(y.a),
            net.team_name(y.b),
        ))
    });

    let org_pairs = org_pairs(net, &partnered, options);
    WeakLinkReport { team_pairs, org_pairs }
}

/// The findings for one pair of teams, asked for by name rather than found by
/// the report: whether or not they are partners or have any tie.
pub fn one_team_pair(net: &Network<'_>, (a, b): (TeamIx, TeamIx), options: &WeakLinkOptions) -> PairReport<TeamIx> {
    let map = net.map;
    let declared = (0..map.records().partner_links.len()).find(|&row| {
        let [x, y] = map.partner_link_ends(row);
        ordered(x, y) == ordered(a, b)
    });
    let partnered = partnered_orgs(net).contains(&ordered(map.team_org(a), map.team_org(b)));
    team_pair(net, &mut Sides::new(map.records().people.len()), (a, b), declared, partnered, options)
}

/// The findings for one pair of organisations, asked for by name.
pub fn one_org_pair(net: &Network<'_>, (a, b): (OrgIx, OrgIx), options: &WeakLinkOptions) -> PairReport<OrgIx> {
    let map = net.map;
    let members = |org: OrgIx| -> Vec<PersonIx> {
        map.current_people(net.day).filter(|&p| map.person_org(p) == Some(org) && options.counts(net, p)).collect()
    };
    let findings = pair::analyse(net, &mut Sides::new(map.records().people.len()), &members(a), &members(b));
    let partnered = partnered_orgs(net).contains(&ordered(a, b));
    let name = |o: OrgIx| map.records().organisations[o.index()].name.as_str();
    report(net, (a, b), (name(a), name(b)), findings, None, partnered, options)
}

fn ordered<T: Ord>(x: T, y: T) -> (T, T) {
    if x <= y { (x, y) } else { (y, x) }
}

/// Every pair of organisations that share a partnership.
fn partnered_orgs(net: &Network<'_>) -> HashSet<(OrgIx, OrgIx)> {
    let mut pairs = HashSet::new();
    for partnership in &net.map.records().partnerships {
        let orgs: Vec<OrgIx> = partnership.org_ids.iter().filter_map(|id| net.map.org_by_id(id)).collect();
        for (i, &x) in orgs.iter().enumerate() {
            for &y in &orgs[i + 1..] {
                pairs.insert(ordered(x, y));
            }
        }
    }
    pairs
}

fn team_pair(
    net: &Network<'_>,
    sides: &mut Sides,
    (a, b): (TeamIx, TeamIx),
    declared: Option<usize>,
    partnered: bool,
    options: &WeakLinkOptions,
) -> PairReport<TeamIx> {
    let (side_a, side_b) = (options.side(net, net.members(a)), options.side(net, net.members(b)));
    let findings = pair::analyse(net, sides, &side_a, &side_b);
    report(net, (a, b), (net.team_name(a), net.team_name(b)), findings, declared, partnered, options)
}

fn org_pairs(
    net: &Network<'_>,
    partnered: &HashSet<(OrgIx, OrgIx)>,
    options: &WeakLinkOptions,
) -> Vec<PairReport<OrgIx>> {
    let map = net.map;
    let orgs = map.records().organisations.len();
    let mut members: Vec<Vec<PersonIx>> = vec![Vec::new(); orgs];
    for person in map.current_people(net.day) {
        if let Some(org) = map.person_org(person)
            && options.counts(net, person)
        {
            members[org.index()].push(person);
        }
    }
    let mut pairs: BTreeSet<(OrgIx, OrgIx)> = partnered.iter().copied().collect();
    for tie in 0..map.records().ties.len() {
        let [p, q] = map.tie_ends(crate::TieIx(tie as u32));
        if net.graph.node(p).is_none()
            || net.graph.node(q).is_none()
            || !options.counts(net, p)
            || !options.counts(net, q)
        {
            continue;
        }
        if let (Some(x), Some(y)) = (map.person_org(p), map.person_org(q))
            && x != y
        {
            pairs.insert(ordered(x, y));
        }
    }
    let name = |o: OrgIx| map.records().organisations[o.index()].name.as_str();
    let people = map.records().people.len();
    let mut reports: Vec<PairReport<OrgIx>> = pairs
        .into_iter()
        .collect::<Vec<_>>()
        .into_par_iter()
        .map_init(
            || Sides::new(people),
            |sides, (a, b)| {
                let findings = pair::analyse(net, sides, &members[a.index()], &members[b.index()]);
                let is_partnered = partnered.contains(&(a, b));
                report(net, (a, b), (name(a), name(b)), findings, None, is_partnered, options)
            },
        )
        .collect();
    reports.sort_by(|x, y| {
        (!x.partnered, x.category, name(x.a), name(x.b)).cmp(&(!y.partnered, y.category, name(y.a), name(y.b)))
    });
    reports
}

fn report<S>(
    net: &Network<'_>,
    (a, b): (S, S),
    names: (&str, &str),
    findings: PairFindings,
    declared: Option<usize>,
    partnered: bool,
    options: &WeakLinkOptions,
) -> PairReport<S> {
    let categories = category::categorise(net, &findings, &options.thresholds);
    PairReport {
        a,
        b,
        declared,
        partnered,
        category: categories[0],
        reason: explain::reason(net, names, &findings, &categories, &options.thresholds),
        action: explain::action(net, names, &findings, categories[0]),
        also: categories[1..].to_vec(),
        findings,
    }
}
