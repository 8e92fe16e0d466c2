//! The brokers-and-silos report, as the app and the CLI show it: who holds
//! the network together, whose leaving would cut people off, which ties are
//! the only route between circles, and which organisations and teams keep to
//! themselves.
//!
//! Every measure runs on [`PersonNetwork`]: one edge per pair of people in
//! post, organisations as groups. They count a tie as a tie however strong
//! (as `bridgework_core::brokerage` does by default): who can reach whom is
//! what makes a broker, and a weak tie is still a route. Strength only
//! weighs in communities.

use crate::map_file::open_map;
use crate::views::{GroupRef, PersonRef, organisation, person, team};
use crate::{ApiError, ErrorCode, Result};
use bridgework_core::brokerage::{
    self, BetweennessOptions, BrokerageRoles, Cut, EiCounts, articulation_points, brokerage_roles, closeness,
    constraint, effective_size, ei_index, local_bridges, participation_coefficient,
};
use bridgework_core::{Date, Level, Map, Network, OrgIx, PersonIx, PersonNetwork, StrengthModel, TeamIx};
use serde::Serialize;
use std::path::Path;

/// Which people a report lists. Empty: everyone in post. The measures are
/// always computed on the whole network; filters only choose what is shown.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PeopleFilter {
    /// Only people in this organisation (by its id).
    pub organisation: Option<String>,
    /// Only people in this team or its sub-teams (by its id).
    pub team: Option<String>,
    /// Only people at this level.
    pub level: Option<Level>,
}

/// What to analyse, and how.
#[derive(Debug, Clone, PartialEq)]
pub struct BrokersRequest {
    /// The day the analysis is for (people who left by then drop out).
    pub as_of: Date,
    pub strength: StrengthModel,
    pub filter: PeopleFilter,
    /// At most this many entries in each list (people, cut points, bridges,
    /// local bridges); `None`: all.
    pub top: Option<usize>,
    /// Exact betweenness however large the network (slow beyond about
    /// [`brokerage::EXACT_NODE_LIMIT`] people).
    pub exact: bool,
    /// Estimate betweenness from routes out of this many people (at least 2)
    /// even in a network small enough for the exact figure: quicker, with a
    /// stated error. `None`: exact up to [`brokerage::EXACT_NODE_LIMIT`]
    /// people, [`brokerage::DEFAULT_SAMPLES`] beyond. Ignored with `exact`.
    pub samples: Option<usize>,
    /// Chooses the sample when betweenness is sampled.
    pub seed: u64,
}

impl BrokersRequest {
    pub fn new(as_of: Date) -> BrokersRequest {
        BrokersRequest {
            as_of,
            strength: StrengthModel::default(),
            filter: PeopleFilter::default(),
            top: None,
            exact: false,
            samples: None,
            seed: 0,
        }
    }
}

/// The whole report. Stable: fields are only ever added.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BrokersView {
    pub as_of: Date,
    pub strength: StrengthModel,
    pub people_in_post: usize,
    /// Pairs of people with at least one tie.
    pub tied_pairs: usize,
    pub betweenness: BetweennessSummary,
    /// People matching the filter, before `top` cuts the list.
    pub people_matching: usize,
    /// By betweenness, highest first.
    pub people: Vec<BrokerView>,
    /// Cut points matching the filter, by how many people they cut off, most first.
    pub cut_points: Vec<CutPointView>,
    /// Ties across organisations whose loss splits the network, with an end
    /// matching the filter.
    pub bridges: Vec<TieView>,
    /// Ties across organisations whose two people have no contact in common
    /// (and are not bridges), longest detour first, with an end matching the filter.
    pub local_bridges: Vec<TieView>,
    /// Bridges in the whole network, within organisations too.
    pub bridges_total: usize,
    /// Local bridges that are not bridges in the whole network, within organisations too.
    pub local_bridges_total: usize,
    pub ei_index: EiView,
}

/// How betweenness was computed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BetweennessSummary {
    /// Every person was a source: the values are exact.
    pub exact: bool,
    /// When sampled, how many people the routes were sampled from.
    pub samples: Option<usize>,
    /// When sampled, a bound on any person's standard error: in tests every
    /// value lay within twice this of the exact one.
    pub std_error: Option<f64>,
    /// The seed that chose the sample.
    pub seed: u64,
}

/// One person's position.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BrokerView {
    pub person: PersonRef,
    pub organisation: Option<GroupRef>,
    pub team: Option<GroupRef>,
    pub level: Option<Level>,
    /// People they have a tie with.
    pub contacts: usize,
    /// The share of the shortest routes between other people that pass
    /// through them, 0 to 1.
    pub betweenness: f64,
    /// When sampled, this value's estimated standard error.
    pub betweenness_std_error: Option<f64>,
    /// How close they are to everyone they can reach, 0 to 1; computed only
    /// when betweenness is exact (it costs as much), otherwise `null`.
    pub closeness: Option<f64>,
    /// Burt's constraint: near 1 when their contacts all know each other,
    /// low for a broker; `null` without contacts.
    pub constraint: Option<f64>,
    /// Burt's effective size: roughly how many separate circles they reach;
    /// `null` without contacts.
    pub effective_size: Option<f64>,
    /// How evenly their ties spread over organisations: 0 all in one, towards 1.
    pub participation: f64,
    pub brokerage: RolesView,
    /// How many people would lose their only route to the rest of the
    /// network if they left (0 unless a cut point).
    pub cuts_off: usize,
}

/// Gould–Fernandez brokerage with organisations as groups: open two-step
/// paths a – broker – c, counted in both directions as R's sna counts them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RolesView {
    /// Both ends in the broker's organisation.
    pub coordinator: u64,
    /// Letting an outsider into their own organisation.
    pub gatekeeper: u64,
    /// Carrying their organisation's business out (always equals gatekeeper here).
    pub representative: u64,
    /// Linking two people of one other organisation.
    pub itinerant: u64,
    /// Linking two other organisations.
    pub liaison: u64,
    pub total: u64,
}

/// A person whose leaving cuts others off.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CutPointView {
    pub person: PersonRef,
    pub organisation: Option<GroupRef>,
    pub team: Option<GroupRef>,
    /// "If X leaves, N people (A, B, C and 4 others) lose their only route
    /// to the rest of the network."
    pub sentence: String,
    /// The people cut off, in groups that stay connected to each other,
    /// smallest first.
    pub separated: Vec<Vec<PersonRef>>,
    /// How many people are cut off, all groups together.
    pub cut_off: usize,
    /// The size of the rest of their part of the network, which the others
    /// lose their route to.
    pub rest: usize,
}

/// A tie between two people, as a bridge or local bridge.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TieView {
    pub a: PersonRef,
    pub a_organisation: Option<GroupRef>,
    pub b: PersonRef,
    pub b_organisation: Option<GroupRef>,
    /// The strongest of the two people's ties.
    pub strength: f64,
    /// For a local bridge, the ties on the shortest route between the two
    /// once this tie is gone; `null` for a bridge (there is no other route).
    pub span: Option<usize>,
}

/// Krackhardt and Stern's E-I index, organisations as groups.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EiView {
    /// I: ties within any organisation; E: ties between organisations.
    pub overall: EiValue,
    /// Every organisation with people in post, most inward-looking first.
    pub organisations: Vec<GroupEi>,
    /// Every team with people in post (sub-teams' people included), most
    /// inward-looking first.
    pub teams: Vec<GroupEi>,
    /// Every pair of organisations with a tie between them: E counts those
    /// ties, I the ties inside either; fewest across first.
    pub organisation_pairs: Vec<PairEi>,
}

/// E-I counts and index: (E − I) / (E + I), −1 all inside (a silo) to +1 all outside.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct EiValue {
    pub internal: u64,
    pub external: u64,
    /// `null` without ties.
    pub index: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupEi {
    pub group: GroupRef,
    /// People in post.
    pub people: usize,
    #[serde(flatten)]
    pub ei: EiValue,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PairEi {
    pub a: GroupRef,
    pub b: GroupRef,
    #[serde(flatten)]
    pub ei: EiValue,
}

/// The brokers-and-silos report for the map at `path`.
pub fn brokers_report(path: &Path, request: &BrokersRequest) -> Result<BrokersView> {
    let map = open_map(path)?;
    report(&map, request)
}

pub(crate) fn report(map: &Map, request: &BrokersRequest) -> Result<BrokersView> {
    let filter = Filter::new(map, &request.filter)?;
    let net = Network::new(map, request.as_of, request.strength);
    let people = PersonNetwork::new(&net);
    let graph = &people.graph;
    let n = graph.node_count();

    let options =
        BetweennessOptions { exact: request.exact, samples: request.samples, seed: request.seed, weighted: false };
    let between = brokerage::betweenness(graph, options);
    let close = between.exact.then(|| closeness(graph));
    let constraints = constraint(graph, false);
    let sizes = effective_size(graph, false);
    let participation = participation_coefficient(graph, &people.groups, false);
    let roles = brokerage_roles(graph, &people.groups);
    let cuts = articulation_points(graph);
    let mut degree = vec![0; n];
    for (a, b) in graph.edge_indices().filter_map(|e| graph.edge_endpoints(e)) {
        degree[a.index()] += 1;
        degree[b.index()] += 1;
    }
    let mut cuts_off = vec![0; n];
    for cut in &cuts {
        cuts_off[cut.node.index()] = cut.separated.iter().map(|p| p.size()).sum();
    }

    let matching: Vec<usize> = (0..n).filter(|&v| filter.keeps(people.person(v))).collect();
    let mut ranked = matching.clone();
    ranked.sort_by(|&x, &y| {
        between.values[y].total_cmp(&between.values[x]).then_with(|| id_of(map, &people, x).cmp(id_of(map, &people, y)))
    });
    let listed = ranked
        .iter()
        .take(request.top.unwrap_or(usize::MAX))
        .map(|&v| {
            let p = people.person(v);
            BrokerView {
                person: person(map, p),
                organisation: map.person_org(p).map(|o| organisation(map, o)),
                team: map.person_team(p).map(|t| team(map, t)),
                level: map.records().people[p.index()].level,
                contacts: degree[v],
                betweenness: between.values[v],
                betweenness_std_error: between.node_std_errors.as_ref().map(|e| e[v]),
                closeness: close.as_ref().map(|c| c[v]),
                constraint: constraints[v],
                effective_size: sizes[v],
                participation: participation[v],
                brokerage: roles_view(roles[v]),
                cuts_off: cuts_off[v],
            }
        })
        .collect();

    let mut cut_points: Vec<&Cut> = cuts.iter().filter(|c| filter.keeps(people.person(c.node.index()))).collect();
    cut_points.sort_by(|x, y| {
        cuts_off[y.node.index()]
            .cmp(&cuts_off[x.node.index()])
            .then_with(|| id_of(map, &people, x.node.index()).cmp(id_of(map, &people, y.node.index())))
    });
    let cut_points =
        cut_points.into_iter().take(request.top.unwrap_or(usize::MAX)).map(|c| cut_view(map, &people, c)).collect();

    let spans = local_bridges(graph);
    let bridges_total = spans.iter().filter(|(_, span)| span.is_none()).count();
    let mut across: Vec<TieView> = spans
        .iter()
        .filter_map(|&(edge, span)| {
            let (a, b) = graph.edge_endpoints(edge).map(|(a, b)| (a.index(), b.index())).expect("an edge of the graph");
            let across = people.groups[a] != people.groups[b];
            let shown = filter.keeps(people.person(a)) || filter.keeps(people.person(b));
            (across && shown).then(|| tie_view(map, &people, a, b, graph[edge], span))
        })
        .collect();
    across.sort_by(|x, y| y.span.cmp(&x.span).then_with(|| (&x.a.id, &x.b.id).cmp(&(&y.a.id, &y.b.id))));
    let (bridges, local): (Vec<TieView>, Vec<TieView>) = across.into_iter().partition(|t| t.span.is_none());
    let top = |list: Vec<TieView>| list.into_iter().take(request.top.unwrap_or(usize::MAX)).collect();

    Ok(BrokersView {
        as_of: request.as_of,
        strength: request.strength,
        people_in_post: n,
        tied_pairs: graph.edge_count(),
        betweenness: BetweennessSummary {
            exact: between.exact,
            samples: between.samples,
            std_error: between.std_error,
            seed: request.seed,
        },
        people_matching: matching.len(),
        people: listed,
        cut_points,
        bridges: top(bridges),
        local_bridges: top(local),
        bridges_total,
        local_bridges_total: spans.len() - bridges_total,
        ei_index: ei_view(map, &net, &people, &filter),
    })
}

/// A [`PeopleFilter`] with its ids resolved.
pub(crate) struct Filter<'m> {
    map: &'m Map,
    organisation: Option<OrgIx>,
    team: Option<TeamIx>,
    level: Option<Level>,
}

impl<'m> Filter<'m> {
    pub(crate) fn new(map: &'m Map, filter: &PeopleFilter) -> Result<Filter<'m>> {
        let organisation = match &filter.organisation {
            Some(id) => Some(map.org_by_id(id).ok_or_else(|| unknown("organisation", id))?),
            None => None,
        };
        let team = match &filter.team {
            Some(id) => Some(map.team_by_id(id).ok_or_else(|| unknown("team", id))?),
            None => None,
        };
        Ok(Filter { map, organisation, team, level: filter.level })
    }

    pub(crate) fn keeps(&self, p: PersonIx) -> bool {
        let map = self.map;
        self.organisation.is_none_or(|o| map.person_org(p) == Some(o))
            && self.team.is_none_or(|t| map.person_team(p).is_some_and(|own| map.team_ancestry(own).any(|a| a == t)))
            && self.level.is_none_or(|l| map.records().people[p.index()].level == Some(l))
    }

    /// Whether an organisation's figures are shown: it is the filter's
    /// organisation, or the filter's team's.
    pub(crate) fn keeps_organisation(&self, o: OrgIx) -> bool {
        self.organisation.is_none_or(|f| f == o) && self.team.is_none_or(|t| self.map.team_org(t) == o)
    }

    /// Whether a team's figures are shown: it is in the filter's organisation
    /// and is the filter's team or one of its sub-teams.
    fn keeps_team(&self, t: TeamIx) -> bool {
        self.keeps_organisation(self.map.team_org(t))
            && self.team.is_none_or(|f| self.map.team_ancestry(t).any(|a| a == f))
    }
}

fn unknown(what: &str, id: &str) -> ApiError {
    ApiError::new(ErrorCode::NotFound, format!("there is no {what} with id \"{id}\" in the map"))
}

fn id_of<'m>(map: &'m Map, people: &PersonNetwork, node: usize) -> &'m str {
    &map.records().people[people.person(node).index()].id
}

fn roles_view(roles: BrokerageRoles) -> RolesView {
    RolesView {
        coordinator: roles.coordinator,
        gatekeeper: roles.gatekeeper,
        representative: roles.representative,
        itinerant: roles.itinerant,
        liaison: roles.liaison,
        total: roles.total(),
    }
}

fn cut_view(map: &Map, people: &PersonNetwork, cut: &Cut) -> CutPointView {
    let p = people.person(cut.node.index());
    let separated: Vec<Vec<PersonRef>> = cut
        .separated
        .iter()
        .map(|piece| piece.nodes().map(|v| person(map, people.person(v.index()))).collect())
        .collect();
    let cut_off: usize = separated.iter().map(Vec::len).sum();
    let names: Vec<&str> = separated.iter().flatten().map(|r| r.name.as_str()).collect();
    CutPointView {
        sentence: cut_sentence(&map.records().people[p.index()].name, &names),
        person: person(map, p),
        organisation: map.person_org(p).map(|o| organisation(map, o)),
        team: map.person_team(p).map(|t| team(map, t)),
        separated,
        cut_off,
        rest: cut.rest,
    }
}

/// "If X leaves, 7 people (A, B, C and 4 others) lose their only route to
/// the rest of the network." Three names at most, so the sentence stays
/// readable however many are cut off.
pub(crate) fn cut_sentence(leaver: &str, cut_off: &[&str]) -> String {
    const NAMED: usize = 3;
    let listed = match cut_off.len() {
        0 => String::new(),
        1 => cut_off[0].to_string(),
        n if n <= NAMED => format!("{} and {}", cut_off[..n - 1].join(", "), cut_off[n - 1]),
        n => {
            let others = n - NAMED;
            format!("{} and {others} other{}", cut_off[..NAMED].join(", "), if others == 1 { "" } else { "s" })
        }
    };
    match cut_off.len() {
        1 => format!("If {leaver} leaves, 1 person ({listed}) loses their only route to the rest of the network."),
        n => format!("If {leaver} leaves, {n} people ({listed}) lose their only route to the rest of the network."),
    }
}

fn tie_view(map: &Map, people: &PersonNetwork, a: usize, b: usize, strength: f64, span: Option<usize>) -> TieView {
    let org = |v: usize| people.organisation(v).map(|o| organisation(map, o));
    TieView {
        a: person(map, people.person(a)),
        a_organisation: org(a),
        b: person(map, people.person(b)),
        b_organisation: org(b),
        strength,
        span,
    }
}

fn ei_value(counts: EiCounts) -> EiValue {
    EiValue { internal: counts.internal, external: counts.external, index: counts.index() }
}

/// Most inward-looking first (lowest index), groups without ties last.
fn by_index(a: &EiValue, b: &EiValue) -> std::cmp::Ordering {
    let key = |v: &EiValue| v.index.unwrap_or(f64::INFINITY);
    key(a).total_cmp(&key(b))
}

fn ei_view(map: &Map, net: &Network<'_>, people: &PersonNetwork, filter: &Filter<'_>) -> EiView {
    let index = ei_index(&people.graph, &people.groups);
    let mut headcount = vec![0; map.records().organisations.len()];
    for node in 0..people.groups.len() {
        if let Some(o) = people.organisation(node) {
            headcount[o.index()] += 1;
        }
    }
    let org_ix = |o: usize| OrgIx(o as u32);
    // Labels past the organisations stand for people without a team.
    let organisation_of_group = |g: u32| ((g as usize) < headcount.len()).then_some(OrgIx(g));
    let mut organisations: Vec<GroupEi> = (0..headcount.len())
        .filter(|&o| headcount[o] > 0 && filter.keeps_organisation(org_ix(o)))
        .map(|o| GroupEi {
            group: organisation(map, org_ix(o)),
            people: headcount[o],
            ei: ei_value(index.per_group.get(o).copied().unwrap_or_default()),
        })
        .collect();
    organisations.sort_by(|x, y| by_index(&x.ei, &y.ei).then_with(|| x.group.id.cmp(&y.group.id)));

    let mut teams: Vec<GroupEi> = (0..map.records().teams.len())
        .map(|t| TeamIx(t as u32))
        .filter(|&t| filter.keeps_team(t))
        .filter_map(|t| {
            let members: Vec<usize> =
                net.members(t).iter().filter_map(|&p| net.graph.node(p)).map(|v| v.index()).collect();
            (!members.is_empty()).then(|| GroupEi {
                group: team(map, t),
                people: members.len(),
                ei: ei_value(people.ei_of(&members)),
            })
        })
        .collect();
    teams.sort_by(|x, y| by_index(&x.ei, &y.ei).then_with(|| x.group.id.cmp(&y.group.id)));

    let mut organisation_pairs: Vec<PairEi> = index
        .between
        .keys()
        .filter_map(|&(a, b)| Some((a, b, organisation_of_group(a)?, organisation_of_group(b)?)))
        .filter(|&(_, _, oa, ob)| filter.keeps_organisation(oa) || filter.keeps_organisation(ob))
        .map(|(a, b, oa, ob)| PairEi {
            a: organisation(map, oa),
            b: organisation(map, ob),
            ei: ei_value(index.pair(a, b)),
        })
        .collect();
    organisation_pairs.sort_by(|x, y| by_index(&x.ei, &y.ei).then_with(|| (&x.a.id, &x.b.id).cmp(&(&y.a.id, &y.b.id))));

    EiView { overall: ei_value(index.overall), organisations, teams, organisation_pairs }
}

#[cfg(test)]
mod tests {
    use super::cut_sentence;

    #[test]
    fn cut_sentences_name_at_most_three_people() {
        assert_eq!(
            cut_sentence("Priya Shah", &["A"]),
            "If Priya Shah leaves, 1 person (A) loses their only route to the rest of the network."
        );
        assert_eq!(
            cut_sentence("X", &["A", "B", "C"]),
            "If X leaves, 3 people (A, B and C) lose their only route to the rest of the network."
        );
        assert_eq!(
            cut_sentence("X", &["A", "B", "C", "D"]),
            "If X leaves, 4 people (A, B, C and 1 other) lose their only route to the rest of the network."
        );
        assert_eq!(
            cut_sentence("X", &["A", "B", "C", "D", "E", "F", "G"]),
            "If X leaves, 7 people (A, B, C and 4 others) lose their only route to the rest of the network."
        );
    }
}
