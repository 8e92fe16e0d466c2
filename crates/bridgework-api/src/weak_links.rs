//! The weak-link report, as the app and the CLI show it.

use crate::map_file::open_map;
use crate::views::{GroupRef, PersonRef, organisation, people, person, team};
use crate::{ApiError, ErrorCode, Result};
use bridgework_core::weak_links::{
    Category, PairReport, Scope, Thresholds, WeakLinkOptions, WeakLinkReport, one_org_pair, one_team_pair, weak_links,
};
use bridgework_core::{Date, Level, LevelCoverage, Map, Network, OrgIx, StrengthModel, TeamIx, TieKind};
use rayon::prelude::*;
use serde::Serialize;
use std::path::Path;

/// What to analyse, and how.
#[derive(Debug, Clone, PartialEq)]
pub struct WeakLinksRequest {
    /// The day the analysis is for (people who left by then drop out).
    pub as_of: Date,
    pub scope: Scope,
    pub strength: StrengthModel,
    pub thresholds: Thresholds,
    /// Only pairs with a side in this organisation (by its id).
    pub organisation: Option<String>,
    /// Only pairs with this team (by its id) on one side.
    pub team: Option<String>,
    /// Only people at this level count on either side of a pair.
    pub level: Option<Level>,
}

impl WeakLinksRequest {
    pub fn new(as_of: Date) -> WeakLinksRequest {
        WeakLinksRequest {
            as_of,
            scope: Scope::default(),
            strength: StrengthModel::default(),
            thresholds: Thresholds::default(),
            organisation: None,
            team: None,
            level: None,
        }
    }
}

/// The whole report. Stable: fields are only ever added.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WeakLinksView {
    pub as_of: Date,
    pub strength: StrengthModel,
    pub thresholds: Thresholds,
    /// Team pairs: declared partner links first, then by urgency.
    pub team_pairs: Vec<PairView>,
    /// Organisation pairs: partnered first, then by urgency.
    pub organisation_pairs: Vec<PairView>,
    /// What each category means, for a legend.
    pub legend: Vec<LegendEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LegendEntry {
    pub category: Category,
    pub meaning: &'static str,
}

/// One pair of teams or organisations.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PairView {
    pub a: GroupRef,
    pub b: GroupRef,
    /// The declared partner link's reason, for a declared team pair.
    pub partner_link: Option<PartnerLinkView>,
    /// Whether a partnership joins the two organisations.
    pub partnered: bool,
    pub category: Category,
    pub also: Vec<Category>,
    pub reason: String,
    pub action: String,
    pub direct_ties: usize,
    /// Each direct tie, with its strength and, when weak, why.
    pub ties: Vec<DirectTieView>,
    /// Summed strength of the direct ties.
    pub strength: f64,
    pub people_a: Vec<PersonRef>,
    pub people_b: Vec<PersonRef>,
    pub levels_a: Vec<Level>,
    pub levels_b: Vec<Level>,
    pub latest_contact: Option<Date>,
    /// d(A,B): the most direct ties that share no person.
    pub redundancy: usize,
    /// A largest set of direct ties sharing no person: (side A, side B).
    pub independent_ties: Vec<(PersonRef, PersonRef)>,
    /// When d = 1: the people each of whom carries every direct tie.
    pub critical: Vec<PersonRef>,
    /// When d = 0: r(A,B), how many people know someone on both sides.
    pub route_redundancy: Option<usize>,
    pub intermediaries: Vec<PersonRef>,
    /// When d = 0: the strongest chain of at most three ties from A to B.
    pub introduction: Option<IntroductionView>,
    /// Direct ties by level on side A (rows) and side B (columns).
    pub coverage: LevelCoverage,
}

/// A direct tie between the two sides.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DirectTieView {
    /// The person on side A, and on side B.
    pub a: PersonRef,
    pub b: PersonRef,
    pub kind: TieKind,
    /// Tie strength in [0, 1]: rating, frequency and recency combined.
    pub strength: f64,
    /// Below the weak-tie threshold.
    pub weak: bool,
    /// For a weak tie, what holds it back, in plain words ("last contact 400
    /// days ago, so it counts 21% as strong"); empty for a tie that is not weak.
    pub why: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PartnerLinkView {
    pub reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct IntroductionView {
    pub path: Vec<PersonRef>,
    /// The product of the tie strengths along the path.
    pub strength: f64,
}

/// The weak-link report for the map at `path`.
pub fn weak_links_report(path: &Path, request: &WeakLinksRequest) -> Result<WeakLinksView> {
    let map = open_map(path)?;
    report(&map, request)
}

pub(crate) fn report(map: &Map, request: &WeakLinksRequest) -> Result<WeakLinksView> {
    let org_filter = match &request.organisation {
        Some(id) => Some(map.org_by_id(id).ok_or_else(|| unknown("organisation", id))?),
        None => None,
    };
    let team_filter = match &request.team {
        Some(id) => Some(map.team_by_id(id).ok_or_else(|| unknown("team", id))?),
        None => None,
    };
    let net = Network::new(map, request.as_of, request.strength);
    let options = WeakLinkOptions { thresholds: request.thresholds, scope: request.scope, level: request.level };
    Ok(described(&net, &weak_links(&net, &options), request, org_filter, team_filter))
}

/// The view of `report`, the weak links of `net` found as `request` asks,
/// kept to the pairs of the organisation and team chosen, if any.
pub(crate) fn described(
    net: &Network<'_>,
    report: &WeakLinkReport,
    request: &WeakLinksRequest,
    org_filter: Option<OrgIx>,
    team_filter: Option<TeamIx>,
) -> WeakLinksView {
    let map = net.map;
    // A large map has a hundred thousand pairs to describe: on every core.
    let team_pairs = report
        .team_pairs
        .par_iter()
        .filter(|p| org_filter.is_none_or(|o| map.team_org(p.a) == o || map.team_org(p.b) == o))
        .filter(|p| team_filter.is_none_or(|t| p.a == t || p.b == t))
        .map(|p| view(net, p, team(map, p.a), team(map, p.b)))
        .collect();
    let organisation_pairs = report
        .org_pairs
        .iter()
        .filter(|_| team_filter.is_none())
        .filter(|p| org_filter.is_none_or(|o| p.a == o || p.b == o))
        .map(|p| view(net, p, organisation(map, p.a), organisation(map, p.b)))
        .collect();
    WeakLinksView {
        as_of: request.as_of,
        strength: request.strength,
        thresholds: request.thresholds,
        team_pairs,
        organisation_pairs,
        legend: Category::ALL.iter().map(|&category| LegendEntry { category, meaning: category.meaning() }).collect(),
    }
}

/// One pair asked for by the spreadsheet's ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PairQuery {
    Teams(String, String),
    Organisations(String, String),
}

/// The findings for one pair, whether or not the report would list it (two
/// teams need not be partners, nor have any tie).
pub fn pair_report(path: &Path, request: &WeakLinksRequest, query: &PairQuery) -> Result<PairView> {
    let map = open_map(path)?;
    let net = Network::new(&map, request.as_of, request.strength);
    let options = WeakLinkOptions { thresholds: request.thresholds, scope: request.scope, level: request.level };
    match query {
        PairQuery::Teams(a, b) => {
            let (a, b) = (find(map.team_by_id(a), "team", a)?, find(map.team_by_id(b), "team", b)?);
            if map.team_org(a) == map.team_org(b) {
                return Err(ApiError::new(
                    ErrorCode::InvalidInput,
                    "both teams are in the same organisation; a link joins two organisations",
                ));
            }
            let pair = one_team_pair(&net, (a, b), &options);
            Ok(view(&net, &pair, team(&map, a), team(&map, b)))
        }
        PairQuery::Organisations(a, b) => {
            let (a, b) = (find(map.org_by_id(a), "organisation", a)?, find(map.org_by_id(b), "organisation", b)?);
            if a == b {
                return Err(ApiError::new(ErrorCode::InvalidInput, "a link joins two different organisations"));
            }
            let pair = one_org_pair(&net, (a, b), &options);
            Ok(view(&net, &pair, organisation(&map, a), organisation(&map, b)))
        }
    }
}

fn find<I>(found: Option<I>, what: &str, id: &str) -> Result<I> {
    found.ok_or_else(|| unknown(what, id))
}

fn unknown(what: &str, id: &str) -> ApiError {
    ApiError::new(ErrorCode::NotFound, format!("there is no {what} with id \"{id}\" in the map"))
}

fn view<S>(net: &Network<'_>, pair: &PairReport<S>, a: GroupRef, b: GroupRef) -> PairView {
    let map = net.map;
    let f = &pair.findings;
    PairView {
        a,
        b,
        partner_link: pair
            .declared
            .map(|row| PartnerLinkView { reason: map.records().partner_links[row].reason.clone() }),
        partnered: pair.partnered,
        category: pair.category,
        also: pair.also.clone(),
        reason: pair.reason.clone(),
        action: pair.action.clone(),
        direct_ties: f.direct.len(),
        ties: f
            .direct
            .iter()
            .map(|d| {
                let tie = &map.records().ties[d.tie.index()];
                let strength = net.strength(d.tie);
                let weak = strength.is_weak(&net.model);
                DirectTieView {
                    a: person(map, d.a),
                    b: person(map, d.b),
                    kind: tie.kind,
                    strength: d.strength,
                    weak,
                    // Only a weak tie is asked why; the words cost time on large maps.
                    why: if weak { strength.weaknesses(tie, &net.model) } else { Vec::new() },
                }
            })
            .collect(),
        strength: f.strength,
        people_a: people(map, &f.people_a),
        people_b: people(map, &f.people_b),
        levels_a: f.levels_a.clone(),
        levels_b: f.levels_b.clone(),
        latest_contact: f.latest_contact,
        redundancy: f.redundancy,
        independent_ties: f
            .independent
            .iter()
            .map(|&i| (person(map, f.direct[i].a), person(map, f.direct[i].b)))
            .collect(),
        critical: people(map, &f.critical),
        route_redundancy: f.direct.is_empty().then_some(f.intermediaries.len()),
        intermediaries: f.intermediaries.iter().map(|i| person(map, i.person)).collect(),
        introduction: f
            .introduction
            .as_ref()
            .map(|intro| IntroductionView { path: people(map, &intro.path), strength: intro.strength }),
        coverage: LevelCoverage::of(map, &f.direct),
    }
}
