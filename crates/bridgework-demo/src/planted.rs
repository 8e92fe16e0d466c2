//! The weak links a generated map is built to contain, and how they are built
//! (what each category gets is on [`PlantedWeakLink`]).
//!
//! Two rules keep the rest of the map from spoiling them, enforced by
//! [`Guard`]: no background tie joins the two sides of a planted link; and the
//! teams of a missing or indirect-only link have no background ties outside
//! their own organisation at all, so nobody but a planted introducer knows
//! people on both sides. For that to hold, planted teams never nest (a team
//! and its own sub-team are never both planted), a team of a missing or
//! indirect-only link is in no other link, and introducers come from outside
//! every planted team.

use crate::random::Rng;
use crate::structure::Structure;
use crate::ties::{self, Class, Source, Style, TieSet};
use bridgework_core::{Frequency, Level, PartnerLink, TieKind};
use std::collections::{HashMap, HashSet};

/// The weak-link categories of the design, for a pair of teams in different
/// organisations (each with its sub-teams).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PlantedCategory {
    /// No direct tie, and nobody with ties into both teams.
    Missing,
    /// No direct tie, but someone with ties into both teams could introduce them.
    IndirectOnly,
    /// One person, on either side, carries every direct tie.
    SinglePointOfFailure,
    /// At most two direct ties share no person.
    Thin,
    /// No direct tie has had contact within 180 days.
    Stale,
    /// Every direct tie is between board, executive or senior people.
    TopHeavy,
    /// None of the above.
    Healthy,
}

impl PlantedCategory {
    pub const ALL: [PlantedCategory; 7] = [
        PlantedCategory::Missing,
        PlantedCategory::IndirectOnly,
        PlantedCategory::SinglePointOfFailure,
        PlantedCategory::Thin,
        PlantedCategory::Stale,
        PlantedCategory::TopHeavy,
        PlantedCategory::Healthy,
    ];

    /// The category in words, as files and reports spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            PlantedCategory::Missing => "missing",
            PlantedCategory::IndirectOnly => "indirect-only",
            PlantedCategory::SinglePointOfFailure => "single-point-of-failure",
            PlantedCategory::Thin => "thin",
            PlantedCategory::Stale => "stale",
            PlantedCategory::TopHeavy => "top-heavy",
            PlantedCategory::Healthy => "healthy",
        }
    }

    /// Whether the link's teams must have no background ties outside their
    /// organisation, so that no unplanned person bridges them.
    fn isolates(self) -> bool {
        matches!(self, PlantedCategory::Missing | PlantedCategory::IndirectOnly)
    }
}

/// A weak spot a generated map was built to contain, on a declared partner
/// link between `team_a` and `team_b`.
///
/// The link's direct ties are exactly the ones planted for it, so its category
/// is known before any analysis runs:
///
/// | category | planted ties between the two teams |
/// |---|---|
/// | missing | none, and nobody knows people on both sides |
/// | indirect only | none; one or two introducers each know someone on both sides |
/// | single point of failure | one hub, on `team_b`, tied to two or three people of `team_a` |
/// | thin | two hubs, one each side, each tied to two people on the other |
/// | stale | three or four independent ties, last contact 200–330 days ago |
/// | top-heavy | three or four independent ties, all between senior people, recent |
/// | healthy | four independent ties and two more, recent, levels mixed |
///
/// Every planted tie has a strength of 3 or more, so no link is weak by low
/// summed strength alone, and only the category's own condition holds: a
/// stale link mixes levels, a top-heavy one is in recent contact. People on
/// planted ties are in post, with a known level, for two years or more.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlantedWeakLink {
    pub team_a: String,
    pub team_b: String,
    pub category: PlantedCategory,
    /// Ids of the people the finding is about, sorted: the one person of a
    /// single point of failure; the two people of a thin link whose departure
    /// would remove every direct tie; the introducers of an indirect-only link;
    /// the people holding the lapsed ties of a stale link, or the senior ties
    /// of a top-heavy one. Empty for missing and healthy links.
    pub people: Vec<String>,
}

/// A link to plant, by team and person index.
#[derive(Debug, Clone)]
pub(crate) struct PairPlan {
    pub a: u32,
    pub b: u32,
    pub category: PlantedCategory,
    pub reason: String,
    /// Only for indirect-only links.
    pub introducers: Vec<u32>,
}

const NOT_PLANTED: u32 = u32::MAX;

/// Says which background ties would change a planted link.
#[derive(Debug)]
pub(crate) struct Guard {
    /// For each person, the planted team they are in, if any.
    slot_of_person: Vec<u32>,
    isolated: Vec<bool>,
    /// Pairs of planted teams that form a planted link, smaller slot first.
    pairs: HashSet<(u32, u32)>,
}

impl Guard {
    /// # Panics
    /// If planted teams nest, or a team of a missing or indirect-only link is
    /// in another link too: both are mistakes in a plan, not in data.
    pub fn new(s: &Structure, plans: &[PairPlan]) -> Guard {
        let mut slot_of_team: HashMap<u32, u32> = HashMap::new();
        let mut slot_of_person = vec![NOT_PLANTED; s.people.len()];
        let mut isolated = Vec::new();
        let mut uses = Vec::new();
        let mut pairs = HashSet::new();
        for plan in plans {
            let mut slots = [0; 2];
            for (slot, team) in slots.iter_mut().zip([plan.a, plan.b]) {
                *slot = *slot_of_team.entry(team).or_insert_with(|| {
                    let slot = isolated.len() as u32;
                    for person in s.team_people[team as usize].clone() {
                        assert_eq!(
                            slot_of_person[person as usize], NOT_PLANTED,
                            "planted team {} nests with another planted team",
                            s.teams[team as usize].id
                        );
                        slot_of_person[person as usize] = slot;
                    }
                    isolated.push(false);
                    uses.push(0);
                    slot
                });
                isolated[*slot as usize] |= plan.category.isolates();
                uses[*slot as usize] += 1;
            }
            pairs.insert((slots[0].min(slots[1]), slots[0].max(slots[1])));
        }
        for (slot, (isolated, uses)) in isolated.iter().zip(&uses).enumerate() {
            assert!(!isolated || *uses == 1, "an isolated planted team (slot {slot}) is in more than one link");
        }
        Guard { slot_of_person, isolated, pairs }
    }

    /// Whether the person is in a planted team (or one of its sub-teams).
    pub fn is_planted(&self, person: u32) -> bool {
        self.slot_of_person[person as usize] != NOT_PLANTED
    }

    /// Whether a background tie between people of two different
    /// organisations leaves every planted link as planted.
    pub fn allows(&self, a: u32, b: u32) -> bool {
        let (x, y) = (self.slot_of_person[a as usize], self.slot_of_person[b as usize]);
        let isolated = |slot: u32| slot != NOT_PLANTED && self.isolated[slot as usize];
        if isolated(x) || isolated(y) {
            return false;
        }
        x == NOT_PLANTED || y == NOT_PLANTED || !self.pairs.contains(&(x.min(y), x.max(y)))
    }
}

use Frequency::{Daily, Monthly, Quarterly, Weekly};
use TieKind::{Advice, Governance, Informal, Information, WorksWith};

/// Recent, reasonably strong working ties.
const RECENT: Style = Style {
    kinds: &[(WorksWith, 1)],
    strength: (3, 5),
    frequencies: &[(Daily, 10), (Weekly, 50), (Monthly, 40)],
    recent: (3, 60),
    older: (3, 60),
    older_per_mille: 0,
    sources: &[(Source::Survey, 75), (Source::Workshop, 25)],
    notes_per_mille: 0,
};
/// Ties that were good once, with no contact for more than the 180-day window.
const LAPSED: Style = Style {
    kinds: &[(WorksWith, 1)],
    strength: (3, 5),
    frequencies: &[(Monthly, 50), (Quarterly, 50)],
    recent: (200, 330),
    older: (200, 330),
    older_per_mille: 0,
    sources: &[(Source::Survey, 1)],
    notes_per_mille: 0,
};

/// Kinds for successive ties of one link, so a link shows several kinds.
const WORKING_KINDS: [TieKind; 5] = [WorksWith, Advice, Information, WorksWith, Informal];
const SENIOR_KINDS: [TieKind; 4] = [Governance, WorksWith, Governance, Advice];

/// A note on the first tie of a link, where the category has a story to tell.
fn note(category: PlantedCategory) -> Option<&'static str> {
    match category {
        PlantedCategory::SinglePointOfFailure => Some("Takes every referral between the two teams"),
        PlantedCategory::Stale => Some("Used to meet at the old locality forum"),
        PlantedCategory::TopHeavy => Some("Meet at the programme board"),
        PlantedCategory::Healthy => Some("Joint huddle most mornings"),
        _ => None,
    }
}

/// The settled people of a team and its sub-teams, shuffled, with people
/// below senior level first so that links drawn from the front mix levels.
pub(crate) fn settled_people(s: &Structure, team: u32, rng: &mut Rng) -> Vec<u32> {
    let mut people: Vec<u32> = s.team_people[team as usize].clone().filter(|&p| s.is_settled(p)).collect();
    rng.shuffle(&mut people);
    people.sort_by_key(|&p| s.level(p).is_some_and(Level::is_senior));
    people
}

/// Adds the ties of every plan to `ties`, and returns the partner links and
/// what was planted, in plan order.
///
/// # Panics
/// If a team has too few settled people for its category; the plans are
/// chosen so that this cannot happen.
pub(crate) fn plant(
    s: &Structure,
    plans: &[PairPlan],
    rng: &mut Rng,
    ties: &mut TieSet,
) -> (Vec<PartnerLink>, Vec<PlantedWeakLink>) {
    let mut links = Vec::with_capacity(plans.len());
    let mut planted = Vec::with_capacity(plans.len());
    for plan in plans {
        let mut planter = Planter { s, rng, ties, category: plan.category, made: 0 };
        let people = planter.plant(plan);
        let (team_a, team_b) = (s.teams[plan.a as usize].id.clone(), s.teams[plan.b as usize].id.clone());
        let mut people: Vec<String> = people.iter().map(|&p| s.people[p as usize].id.clone()).collect();
        people.sort();
        people.dedup();
        links.push(PartnerLink { team_a: team_a.clone(), team_b: team_b.clone(), reason: Some(plan.reason.clone()) });
        planted.push(PlantedWeakLink { team_a, team_b, category: plan.category, people });
    }
    (links, planted)
}

struct Planter<'a> {
    s: &'a Structure,
    rng: &'a mut Rng,
    ties: &'a mut TieSet,
    category: PlantedCategory,
    made: usize,
}

impl Planter<'_> {
    /// The settled people of a team, as [`settled_people`] orders them; at least `at_least` of them.
    fn plan_people(&mut self, team: u32, at_least: usize) -> Vec<u32> {
        let people = settled_people(self.s, team, self.rng);
        assert!(
            people.len() >= at_least,
            "team {} has {} settled people; a {} link needs {at_least}",
            self.s.teams[team as usize].id,
            people.len(),
            self.category.as_str()
        );
        people
    }

    /// Plants one link and returns the people its finding is about.
    fn plant(&mut self, plan: &PairPlan) -> Vec<u32> {
        use PlantedCategory as C;
        match self.category {
            C::Missing => Vec::new(),
            C::IndirectOnly => {
                let (a, b) = (self.plan_people(plan.a, 1), self.plan_people(plan.b, 1));
                for &introducer in &plan.introducers {
                    let (x, y) = (*self.rng.pick(&a), *self.rng.pick(&b));
                    self.tie(introducer, x, &RECENT, &WORKING_KINDS, false);
                    self.tie(introducer, y, &RECENT, &WORKING_KINDS, false);
                }
                plan.introducers.clone()
            }
            C::SinglePointOfFailure => {
                let (a, b) = (self.plan_people(plan.a, 2), self.plan_people(plan.b, 1));
                // The hub is on team B, a middle manager where there is one:
                // the coordinator everything goes through.
                let hub = b.iter().copied().find(|&p| self.s.level(p) == Some(Level::Middle)).unwrap_or(b[0]);
                for &other in a.iter().take(3) {
                    self.tie(hub, other, &RECENT, &WORKING_KINDS, true);
                }
                vec![hub]
            }
            C::Thin => {
                let (a, b) = (self.plan_people(plan.a, 3), self.plan_people(plan.b, 3));
                // Each hub covers two people on the other side, so the two hubs
                // are the only pair whose departure removes every direct tie.
                for &other in &b[1..3] {
                    self.tie(a[0], other, &RECENT, &WORKING_KINDS, true);
                }
                for &other in &a[1..3] {
                    self.tie(b[0], other, &RECENT, &WORKING_KINDS, true);
                }
                vec![a[0], b[0]]
            }
            C::Stale | C::Healthy => {
                let (a, b) = (self.plan_people(plan.a, 3), self.plan_people(plan.b, 3));
                let style = if self.category == C::Stale { &LAPSED } else { &RECENT };
                let pairs = a.len().min(b.len()).min(4);
                for i in 0..pairs {
                    self.tie(a[i], b[i], style, &WORKING_KINDS, true);
                }
                if self.category == C::Healthy {
                    // Beyond the independent ties, people know more than one counterpart.
                    self.tie(a[0], b[1], style, &WORKING_KINDS[1..], true);
                    self.tie(a[1], b[0], style, &WORKING_KINDS[2..], true);
                    return Vec::new();
                }
                a[..pairs].iter().chain(&b[..pairs]).copied().collect()
            }
            C::TopHeavy => {
                let senior = |people: Vec<u32>, s: &Structure| -> Vec<u32> {
                    people.into_iter().filter(|&p| s.level(p).is_some_and(Level::is_senior)).collect()
                };
                let a = senior(self.plan_people(plan.a, 3), self.s);
                let b = senior(self.plan_people(plan.b, 3), self.s);
                assert!(a.len() >= 3 && b.len() >= 3, "a top-heavy link needs three senior people on each side");
                let pairs = a.len().min(b.len()).min(4);
                for i in 0..pairs {
                    self.tie(a[i], b[i], &RECENT, &SENIOR_KINDS, true);
                }
                self.tie(a[0], b[1], &RECENT, &SENIOR_KINDS[1..], true);
                a[..pairs].iter().chain(&b[..pairs]).copied().collect()
            }
        }
    }

    /// Adds a tie between two people, of the first of `kinds` (taken in turn
    /// across the link) that they do not already have. A direct tie must be
    /// new; an introducer's tie may already exist, which serves as well.
    fn tie(&mut self, x: u32, y: u32, style: &Style, kinds: &[TieKind], direct: bool) {
        let first = self.made % kinds.len();
        let note = if self.made == 0 { note(self.category) } else { None };
        self.made += 1;
        for kind in kinds[first..].iter().chain(&kinds[..first]) {
            let mut tie = ties::draft(self.s, self.rng, Class::Planted, style, (x, y), Some(*kind))
                .expect("settled people overlap in post");
            tie.note = note;
            if self.ties.add(tie) {
                return;
            }
        }
        assert!(!direct, "a planted direct tie collided with another tie");
    }
}
