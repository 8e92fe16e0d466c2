//! The built-in demo map: Ashworth, a fictional local health and care system
//! of eight organisations and about six hundred people, with fifteen partner
//! links planted to show every weak-link category at least twice.

use crate::blemishes::{self, TieFlaws};
use crate::organisations::ORGANISATIONS;
use crate::planted::{self, Guard, PairPlan, PlantedCategory, PlantedWeakLink};
use crate::random::{Rng, Stream};
use crate::structure::{Ids, NameScope, OrgSpec, SETTLED_DAYS, Structure};
use crate::ties::{self, Mix, Pathways, TieSet};
use crate::{Generated, partnerships};
use bridgework_core::{Date, Records};
use std::collections::HashMap;

/// The built-in demo map: a fictional local health and care system, as it
/// stands on `as_of`. Deterministic: same `as_of`, same records; another day
/// moves every date by the same number of days and changes nothing else.
pub fn demo_map(as_of: Date) -> Records {
    generate(as_of).records
}

/// The weak links the demo map was built to contain, one per partner link.
pub fn demo_planted(as_of: Date) -> Vec<PlantedWeakLink> {
    generate(as_of).planted
}

/// The seed of every random choice in the demo. Changing it changes the
/// demo's people and ties, and the expectations of anyone who has learnt it.
const SEED: u64 = 0x4153_4857_4F52_5448;

/// People leaving and recently joining, per thousand.
const LEAVERS_PER_MILLE: u32 = 20;
const JOINERS_PER_MILLE: u32 = 15;

const MIX: Mix = Mix { ties_per_person: 4.5, across_per_mille: 180 };

/// A partner link of the demo, by team id, and what it was built to show.
struct DemoLink {
    a: &'static str,
    b: &'static str,
    category: PlantedCategory,
    reason: &'static str,
    /// For an indirect-only link, the teams each introducer comes from.
    introducers: &'static [&'static str],
}

const fn link(a: &'static str, b: &'static str, category: PlantedCategory, reason: &'static str) -> DemoLink {
    DemoLink { a, b, category, reason, introducers: &[] }
}

use PlantedCategory::{Healthy, IndirectOnly, Missing, SinglePointOfFailure, Stale, Thin, TopHeavy};

/// The single point of failure sits on the second team: the coordinator
/// every referral goes through.
const LINKS: &[DemoLink] = &[
    link(
        "acute-discharge-hub",
        "council-hospital-social-work",
        Healthy,
        "Hospital discharge: social work assessments on the wards",
    ),
    link(
        "community-ucr",
        "gp-federation-home-visiting",
        Healthy,
        "Urgent community response and GP acute home visiting",
    ),
    link("mental-health-crisis", "council-amhp", Healthy, "Mental Health Act assessments and crisis response"),
    link(
        "acute-discharge-hub",
        "council-reablement",
        SinglePointOfFailure,
        "Discharge to assess pathway 1: home with reablement",
    ),
    link(
        "acute-elderly-wards",
        "voluntary-home-from-hospital",
        SinglePointOfFailure,
        "Home from Hospital support for older patients",
    ),
    link("community-virtual-ward", "acute-ed-frailty", Thin, "Frailty virtual ward: step-up and step-down"),
    link("hospice-palliative-cns", "community-dn-north", Thin, "End of life care at home"),
    link("council-equipment", "community-rehab", Stale, "Community equipment for rehabilitation at home"),
    link("mental-health-older-cmht", "gp-federation-care-home-gp", Stale, "Mental health in-reach to care homes"),
    link("icb-place-development", "council-asc-commissioning", TopHeavy, "Better Care Fund and joint commissioning"),
    link("acute-corp-finance", "icb-finance", TopHeavy, "Aligned payment and incentive contract"),
    link("hospice-family-support", "voluntary-carers-hub", Missing, "Support for carers after a bereavement"),
    link("mental-health-memory", "voluntary-community-connectors", Missing, "Post-diagnostic dementia support"),
    DemoLink {
        a: "acute-safeguarding",
        b: "voluntary-advocacy",
        category: IndirectOnly,
        reason: "Care Act advocacy in safeguarding enquiries",
        introducers: &["council-safeguarding", "acute-dementia"],
    },
    DemoLink {
        a: "gp-federation-central-pcn-team",
        b: "council-front-door",
        category: IndirectOnly,
        reason: "Social prescribing referrals to adult social care",
        introducers: &["council-healthy-ageing", "gp-federation-fellside-pcn-team"],
    },
];

/// The plans of [`LINKS`] by team index, and the teams of their introducers.
fn resolve(s: &Structure) -> (Vec<PairPlan>, Vec<Vec<u32>>) {
    let index: HashMap<&str, u32> = s.teams.iter().enumerate().map(|(i, t)| (t.id.as_str(), i as u32)).collect();
    let team = |id: &str| *index.get(id).unwrap_or_else(|| panic!("the demo has no team \"{id}\""));
    LINKS
        .iter()
        .map(|link| {
            let plan = PairPlan {
                a: team(link.a),
                b: team(link.b),
                category: link.category,
                reason: link.reason.to_string(),
                introducers: Vec::new(),
            };
            (plan, link.introducers.iter().map(|id| team(id)).collect())
        })
        .unzip()
}

fn generate(as_of: Date) -> Generated {
    let specs: Vec<OrgSpec> = ORGANISATIONS
        .iter()
        .map(|plan| OrgSpec {
            plan,
            id: plan.id.to_string(),
            name: plan.name.to_string(),
            short_name: plan.short_name.to_string(),
            domain: plan.domain.to_string(),
            system: 0,
            people: None,
        })
        .collect();
    let mut s = Structure::build(&specs, Ids::Readable, NameScope::Map, &mut Rng::new(SEED, Stream::People));

    let (mut plans, introducer_teams) = resolve(&s);
    // People of planted teams and introducers' teams have been in post long
    // enough to carry any planted tie, and turnover and flaws stay clear of
    // them, so the demo's links hold whatever the seed.
    let mut protected = vec![false; s.people.len()];
    let teams = plans.iter().flat_map(|plan| [plan.a, plan.b]).chain(introducer_teams.iter().flatten().copied());
    for team in teams {
        for person in s.team_people[team as usize].clone() {
            protected[person as usize] = true;
            s.joined_ago[person as usize] = s.joined_ago[person as usize].max(SETTLED_DAYS);
        }
    }
    s.turnover(&mut Rng::new(SEED, Stream::Turnover), LEAVERS_PER_MILLE, JOINERS_PER_MILLE, &protected);
    let mut flaws = Rng::new(SEED, Stream::Blemishes);
    blemishes::respell_people(&mut s, 1, &protected, &mut flaws);

    let mut choice = Rng::new(SEED, Stream::Choice);
    for (plan, teams) in plans.iter_mut().zip(&introducer_teams) {
        plan.introducers = teams.iter().map(|&team| planted::settled_people(&s, team, &mut choice)[0]).collect();
    }

    let guard = Guard::new(&s, &plans);
    let pathways = Pathways::new(&s);
    let mut ties = TieSet::with_capacity((MIX.ties_per_person * s.people.len() as f64) as usize + 100);
    ties::background(&s, &guard, &pathways, MIX, &mut Rng::new(SEED, Stream::Ties), &mut ties);
    let (links, planted) = planted::plant(&s, &plans, &mut Rng::new(SEED, Stream::Planted), &mut ties);
    blemishes::flaw_ties(&s, &mut ties, TieFlaws { no_strength: 1, no_contact: 1, unconfirmed: 1 }, &mut flaws);

    let (partnerships, assessments) = partnerships::partnerships(&s, &["Ashworth".to_string()], Ids::Readable, as_of);
    Generated::assemble(s, ties, links, partnerships, assessments, planted, as_of)
}
