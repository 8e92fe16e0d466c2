//! Synthetic maps of any size, for benchmarks and tests: the demo's kind of
//! organisations, teams, people and ties, repeated and scaled.
//!
//! Organisations come in systems of eight (one of each kind, as in Ashworth),
//! more of them as the map grows; extra organisations join the last system.
//! Each is staffed from the demo's tree of its kind, with services and teams
//! repeated so that the front line grows and the leadership does not.

use crate::blemishes::{self, TieFlaws};
use crate::organisations::{ORGANISATIONS, PLACES};
use crate::planted::{self, Guard, PairPlan, PlantedCategory, PlantedWeakLink};
use crate::random::{Rng, Stream};
use crate::structure::{Ids, NameScope, OrgSpec, Structure};
use crate::ties::{self, Mix, Pathways, TieSet};
use crate::{Generated, partnerships};
use bridgework_core::{Date, PartnerLink, Records};
use std::cmp::Reverse;
use std::collections::HashSet;

/// Options of the synthetic generator. The same options always give the same map.
#[derive(Debug, Clone)]
pub struct Synthetic {
    /// How many people the map has, exactly.
    pub people: usize,
    pub seed: u64,
    /// The day the map stands on; every date is counted back from it.
    pub as_of: Date,
}

/// One more organisation for every this many people, beyond the first eight.
const PEOPLE_PER_EXTRA_ORGANISATION: usize = 5_000;

const LEAVERS_PER_MILLE: u32 = 20;
const JOINERS_PER_MILLE: u32 = 15;

/// About seven ties per person, 15% of them across organisations.
const MIX: Mix = Mix { ties_per_person: 7.0, across_per_mille: 150 };

impl Synthetic {
    /// The map's records.
    pub fn records(&self) -> Records {
        self.generate().records
    }

    /// The weak links the map was built to contain: two of every category from
    /// about 500 people (fewer below, where teams are too small to hold them),
    /// and one more of each for every further 20,000 people.
    pub fn planted(&self) -> Vec<PlantedWeakLink> {
        self.generate().planted
    }

    fn generate(&self) -> Generated {
        let (specs, places) = self.organisations();
        let mut s =
            Structure::build(&specs, Ids::Short, NameScope::Organisation, &mut Rng::new(self.seed, Stream::People));
        s.turnover(&mut Rng::new(self.seed, Stream::Turnover), LEAVERS_PER_MILLE, JOINERS_PER_MILLE, &[]);
        let mut flaws = Rng::new(self.seed, Stream::Blemishes);
        blemishes::respell_people(&mut s, 1 + self.people / 10_000, &[], &mut flaws);

        let pathways = Pathways::new(&s);
        let mut choice = Rng::new(self.seed, Stream::Choice);
        let mut plans = choose_links(&s, &pathways, 2 + self.people / 20_000, &mut choice);
        let guard = Guard::new(&s, &plans);
        choose_introducers(&s, &guard, &mut plans, &mut choice);

        let mut ties = TieSet::with_capacity((MIX.ties_per_person * self.people as f64) as usize + 1_000);
        ties::background(&s, &guard, &pathways, MIX, &mut Rng::new(self.seed, Stream::Ties), &mut ties);
        let (mut links, planted) = planted::plant(&s, &plans, &mut Rng::new(self.seed, Stream::Planted), &mut ties);
        let count = ties.len();
        let tie_flaws = TieFlaws { no_strength: count / 300, no_contact: count / 300, unconfirmed: count / 1_000 };
        blemishes::flaw_ties(&s, &mut ties, tie_flaws, &mut flaws);
        links.extend(background_links(
            &s,
            &pathways,
            &links,
            self.people / 300,
            &mut Rng::new(self.seed, Stream::Links),
        ));

        let (partnerships, assessments) = partnerships::partnerships(&s, &places, Ids::Short, self.as_of);
        Generated::assemble(s, ties, links, partnerships, assessments, planted, self.as_of)
    }

    /// The organisations to build, and the place of each system.
    fn organisations(&self) -> (Vec<OrgSpec>, Vec<String>) {
        let count = ORGANISATIONS.len() + self.people / PEOPLE_PER_EXTRA_ORGANISATION;
        let systems = count / ORGANISATIONS.len();
        let places: Vec<String> = (0..systems)
            .map(|system| {
                let place = PLACES[system % PLACES.len()];
                match system / PLACES.len() {
                    0 => place.to_string(),
                    round => format!("{place} {}", round + 1),
                }
            })
            .collect();
        // People are shared out in proportion to the size of the demo's
        // organisation of each kind: hospitals are big, hospices small.
        let weights: Vec<usize> = (0..count).map(|i| ORGANISATIONS[i % ORGANISATIONS.len()].people()).collect();
        let total: usize = weights.iter().sum();
        let mut sizes: Vec<usize> = weights.iter().map(|w| self.people * w / total).collect();
        let short = self.people - sizes.iter().sum::<usize>();
        for size in sizes.iter_mut().take(short) {
            *size += 1;
        }
        let specs = sizes
            .into_iter()
            .enumerate()
            .map(|(i, size)| {
                let plan = ORGANISATIONS[i % ORGANISATIONS.len()];
                let system = (i / ORGANISATIONS.len()).min(systems - 1);
                let place = &places[system];
                let initials: String = place.split(' ').filter_map(|word| word.chars().next()).collect();
                let slug = place.to_lowercase().replace(' ', "-");
                OrgSpec {
                    plan,
                    id: format!("ORG{}", i + 1),
                    name: plan.synthetic_name.replace("{place}", place),
                    short_name: format!("{initials}{}", plan.synthetic_short),
                    domain: plan.synthetic_domain.replace("{place}", &slug),
                    system: system as u32,
                    people: Some(size),
                }
            })
            .collect();
        (specs, places)
    }
}

/// Settled people in each team and its sub-teams: all of them, those below
/// senior level, and the senior ones.
struct Settled {
    all: Vec<u32>,
    juniors: Vec<u32>,
    seniors: Vec<u32>,
}

impl Settled {
    fn count(s: &Structure) -> Settled {
        let teams = s.teams.len();
        let mut settled = Settled { all: vec![0; teams], juniors: vec![0; teams], seniors: vec![0; teams] };
        for person in (0..s.people.len() as u32).filter(|&p| s.is_settled(p)) {
            let senior = s.level(person).is_some_and(|l| l.is_senior());
            let team = s.person_team[person as usize];
            for t in std::iter::successors(Some(team), |t| s.team_parent[*t as usize]) {
                let t = t as usize;
                settled.all[t] += 1;
                if senior {
                    settled.seniors[t] += 1;
                } else {
                    settled.juniors[t] += 1;
                }
            }
        }
        settled
    }
}

/// The categories in the order their links are chosen: top-heavy first,
/// because only directorates and services have three senior people and each
/// takes a large subtree out of the running.
const CHOICE_ORDER: [PlantedCategory; 7] = [
    PlantedCategory::TopHeavy,
    PlantedCategory::Missing,
    PlantedCategory::IndirectOnly,
    PlantedCategory::SinglePointOfFailure,
    PlantedCategory::Thin,
    PlantedCategory::Stale,
    PlantedCategory::Healthy,
];

/// Chooses `per_category` links of every category, each between two teams of
/// different organisations of one system, preferring teams whose functions
/// meet along a pathway. Top-heavy links join teams with three or more settled
/// senior people, deepest first; the others join bottom-level teams with four
/// or more settled people, some below senior level. No two chosen teams
/// overlap, so every planted team is in exactly one link.
fn choose_links(s: &Structure, pathways: &Pathways, per_category: usize, rng: &mut Rng) -> Vec<PairPlan> {
    let settled = Settled::count(s);
    let teams = 0..s.teams.len() as u32;
    let mut leaves: Vec<u32> = teams
        .clone()
        .filter(|&t| s.is_leaf(t) && settled.all[t as usize] >= 4 && settled.juniors[t as usize] >= 1)
        .collect();
    let mut senior_teams: Vec<u32> = teams.filter(|&t| settled.seniors[t as usize] >= 3).collect();
    rng.shuffle(&mut leaves);
    rng.shuffle(&mut senior_teams);
    senior_teams.sort_by_key(|&t| Reverse(s.depth(t)));

    let mut taken = vec![false; s.teams.len()];
    let mut plans = Vec::new();
    for category in CHOICE_ORDER {
        let pool = if category == PlantedCategory::TopHeavy { &senior_teams } else { &leaves };
        let mut made = 0;
        for &a in pool {
            if made == per_category || pool.is_empty() {
                break;
            }
            if taken[a as usize] {
                continue;
            }
            let Some(b) = partner(s, pathways, a, pool, &taken, rng) else { continue };
            for team in [a, b] {
                take(s, team, &mut taken);
            }
            plans.push(PairPlan { a, b, category, reason: pathways.reason(s, a, b), introducers: Vec::new() });
            made += 1;
        }
    }
    plans
}

/// A free team of `pool` in another organisation of `a`'s system, one whose
/// functions meet `a`'s along a pathway if a few random tries find one.
fn partner(s: &Structure, pathways: &Pathways, a: u32, pool: &[u32], taken: &[bool], rng: &mut Rng) -> Option<u32> {
    const TRIES: usize = 64;
    let org = s.team_org[a as usize];
    let system = s.org_system[org as usize];
    let mut fallback = None;
    for _ in 0..TRIES {
        let b = *rng.pick(pool);
        let other = s.team_org[b as usize];
        if taken[b as usize] || other == org || s.org_system[other as usize] != system {
            continue;
        }
        if pathways.meet(a, b) {
            return Some(b);
        }
        fallback.get_or_insert(b);
    }
    fallback
}

/// Marks a team, its sub-teams and the teams above it as taken, so that no
/// later choice nests with it.
fn take(s: &Structure, team: u32, taken: &mut [bool]) {
    for t in s.team_subtree[team as usize].clone() {
        taken[t as usize] = true;
    }
    for t in std::iter::successors(s.team_parent[team as usize], |t| s.team_parent[*t as usize]) {
        taken[t as usize] = true;
    }
}

/// Two introducers for each indirect-only link where they can be found: one
/// from team A's own organisation, one from a third organisation of the
/// system, both settled and outside every planted team. A link for which
/// nobody is found is missing instead, which its teams are already built for.
fn choose_introducers(s: &Structure, guard: &Guard, plans: &mut [PairPlan], rng: &mut Rng) {
    for plan in plans.iter_mut().filter(|p| p.category == PlantedCategory::IndirectOnly) {
        let (org_a, org_b) = (s.team_org[plan.a as usize], s.team_org[plan.b as usize]);
        let system = s.org_system[org_a as usize];
        let others: Vec<u32> = (0..s.organisations.len() as u32)
            .filter(|&o| s.org_system[o as usize] == system && o != org_a && o != org_b)
            .collect();
        let third = (!others.is_empty()).then(|| *rng.pick(&others));
        for org in [Some(org_a), third].into_iter().flatten() {
            let people = &s.org_people[org as usize];
            if people.is_empty() {
                continue;
            }
            let found = (0..256).map(|_| rng.within(people)).find(|&p| s.is_settled(p) && !guard.is_planted(p));
            plan.introducers.extend(found);
        }
        if plan.introducers.is_empty() {
            plan.category = PlantedCategory::Missing;
        }
    }
}

/// About `count` more partner links between teams that meet along a pathway,
/// none repeating a link already made.
fn background_links(
    s: &Structure,
    pathways: &Pathways,
    made: &[PartnerLink],
    count: usize,
    rng: &mut Rng,
) -> Vec<PartnerLink> {
    let mut keys: HashSet<(String, String)> =
        made.iter().map(|l| (l.key().0.to_string(), l.key().1.to_string())).collect();
    let mut links = Vec::with_capacity(count);
    if s.teams.is_empty() {
        return links;
    }
    for _ in 0..count * 20 {
        if links.len() == count {
            break;
        }
        let a = rng.below(s.teams.len()) as u32;
        let Some(b) = pathways.partner(s, a, rng) else { continue };
        let link = PartnerLink {
            team_a: s.teams[a as usize].id.clone(),
            team_b: s.teams[b as usize].id.clone(),
            reason: Some(pathways.reason(s, a, b)),
        };
        let key = (link.key().0.to_string(), link.key().1.to_string());
        if keys.insert(key) {
            links.push(link);
        }
    }
    links
}
