//! The communities report: groups of people more tied to each other than to
//! the rest, found by Leiden on the person network weighted by tie strength,
//! and set against organisation boundaries. A community spanning
//! organisations is a working group across the boundary; an organisation
//! split across communities may have silos.

use crate::Result;
use crate::brokers::{Filter, PeopleFilter};
use crate::map_file::open_map;
use crate::views::{GroupRef, PersonRef, organisation, person, team};
use bridgework_core::communities::{LeidenOptions, against_groups, leiden};
use bridgework_core::{Date, Level, Map, Network, OrgIx, PersonNetwork, StrengthModel};
use serde::Serialize;
use std::path::Path;

/// What to analyse, and how.
#[derive(Debug, Clone, PartialEq)]
pub struct CommunitiesRequest {
    /// The day the analysis is for (people who left by then drop out).
    pub as_of: Date,
    pub strength: StrengthModel,
    pub filter: PeopleFilter,
    /// Seeds every random choice: the same seed on the same map gives the same communities.
    pub seed: u64,
    /// Above 1: more, smaller communities; below 1: fewer, larger ones.
    pub resolution: f64,
}

impl CommunitiesRequest {
    pub fn new(as_of: Date) -> CommunitiesRequest {
        CommunitiesRequest {
            as_of,
            strength: StrengthModel::default(),
            filter: PeopleFilter::default(),
            seed: 0,
            resolution: 1.0,
        }
    }
}

/// The whole report. Stable: fields are only ever added.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CommunitiesView {
    pub as_of: Date,
    pub strength: StrengthModel,
    pub seed: u64,
    pub resolution: f64,
    pub people_in_post: usize,
    /// Newman–Girvan modularity of the communities, ties weighted by
    /// strength, at `resolution`: above about 0.3 marks clear communities.
    /// `null` when nobody has a tie.
    pub modularity: Option<f64>,
    pub community_count: usize,
    /// Normalised mutual information between communities and organisations:
    /// 1 when communities are exactly the organisations, 0 when unrelated.
    pub nmi: f64,
    /// Adjusted Rand index between communities and organisations: 1 the
    /// same division, about 0 by chance.
    pub adjusted_rand: f64,
    /// Communities holding someone matching the filter, largest first.
    pub communities: Vec<CommunityView>,
    /// Organisations matching the filter, with people in post.
    pub organisations: Vec<OrganisationSplit>,
    /// Every person in post matching the filter, with their community, in
    /// the order of the map.
    pub people: Vec<MemberView>,
}

/// One community and where its members work.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CommunityView {
    /// Numbered from 0 by decreasing size.
    pub community: u32,
    pub size: usize,
    /// Members by organisation, most first.
    pub organisations: Vec<OrganisationCount>,
    /// Members with no team, so no organisation.
    pub without_organisation: usize,
    /// The share of members from the largest organisation: 1 inside one
    /// organisation, low for a community across several.
    pub dominant_share: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrganisationCount {
    pub organisation: GroupRef,
    pub people: usize,
}

/// One organisation and the communities its people fall into.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrganisationSplit {
    pub organisation: GroupRef,
    /// People in post.
    pub people: usize,
    /// Members by community, most first.
    pub communities: Vec<CommunityCount>,
    /// The share of its people in its largest community: 1 when the
    /// organisation stays together, low when it splits into silos.
    pub dominant_share: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CommunityCount {
    pub community: u32,
    pub people: usize,
}

/// A person and their community.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MemberView {
    pub person: PersonRef,
    pub organisation: Option<GroupRef>,
    pub team: Option<GroupRef>,
    pub level: Option<Level>,
    pub community: u32,
}

/// The communities report for the map at `path`.
pub fn communities_report(path: &Path, request: &CommunitiesRequest) -> Result<CommunitiesView> {
    let map = open_map(path)?;
    report(&map, request)
}

pub(crate) fn report(map: &Map, request: &CommunitiesRequest) -> Result<CommunitiesView> {
    let filter = Filter::new(map, &request.filter)?;
    let net = Network::new(map, request.as_of, request.strength);
    let people = PersonNetwork::new(&net);
    let options = LeidenOptions {
        resolution: request.resolution,
        seed: request.seed,
        weighted: true,
        ..LeidenOptions::default()
    };
    let partition = leiden(&people.graph, options);
    let membership = &partition.membership;
    let crosscut = against_groups(membership, &people.groups);
    let n = membership.len();
    let organisations = map.records().organisations.len();
    // Labels past the organisations stand for people without a team.
    let organisation_of = |group: u32| ((group as usize) < organisations).then_some(OrgIx(group));

    let matching: Vec<usize> = (0..n).filter(|&v| filter.keeps(people.person(v))).collect();
    let mut shown = vec![false; partition.community_count()];
    matching.iter().for_each(|&v| shown[membership[v] as usize] = true);

    let communities = crosscut
        .per_community
        .iter()
        .filter(|mix| shown[mix.community as usize])
        .map(|mix| {
            let named = || mix.groups.iter().filter_map(|&(g, count)| Some((organisation_of(g)?, count)));
            CommunityView {
                community: mix.community,
                size: mix.size,
                organisations: named()
                    .map(|(o, count)| OrganisationCount { organisation: organisation(map, o), people: count })
                    .collect(),
                without_organisation: mix.size - named().map(|(_, count)| count).sum::<usize>(),
                dominant_share: mix.dominant_share,
            }
        })
        .collect();
    let splits = crosscut
        .per_group
        .iter()
        .filter_map(|mix| Some((organisation_of(mix.group)?, mix)))
        .filter(|&(o, _)| filter.keeps_organisation(o))
        .map(|(o, mix)| OrganisationSplit {
            organisation: organisation(map, o),
            people: mix.size,
            communities: mix
                .communities
                .iter()
                .map(|&(community, people)| CommunityCount { community, people })
                .collect(),
            dominant_share: mix.dominant_share,
        })
        .collect();
    let members = matching
        .iter()
        .map(|&v| {
            let p = people.person(v);
            MemberView {
                person: person(map, p),
                organisation: map.person_org(p).map(|o| organisation(map, o)),
                team: map.person_team(p).map(|t| team(map, t)),
                level: map.records().people[p.index()].level,
                community: membership[v],
            }
        })
        .collect();

    Ok(CommunitiesView {
        as_of: request.as_of,
        strength: request.strength,
        seed: request.seed,
        resolution: request.resolution,
        people_in_post: n,
        modularity: (!partition.modularity.is_nan()).then_some(partition.modularity),
        community_count: partition.community_count(),
        nmi: crosscut.nmi,
        adjusted_rand: crosscut.adjusted_rand,
        communities,
        organisations: splits,
        people: members,
    })
}
