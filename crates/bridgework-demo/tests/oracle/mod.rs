//! A brute-force re-derivation of a partner link's weak-link category from
//! the records alone: small, slow and obviously correct, so that it can vouch
//! for what the generators say they planted.

use bridgework_core::{Date, Records};
use bridgework_demo::{PlantedCategory, PlantedWeakLink};
use std::collections::{BTreeSet, HashMap, HashSet};

/// The design's recency window.
const RECENCY_DAYS: i64 = 180;

/// What the records say about the ties between two teams (each with its sub-teams).
#[derive(Debug)]
pub struct Derived {
    /// Direct ties as (person in A, person in B), one per pair of people.
    pub edges: BTreeSet<(String, String)>,
    /// The largest number of direct ties that share no person.
    pub redundancy: usize,
    /// Whether some direct tie had contact within the window.
    pub recent: bool,
    /// Whether every direct tie joins two board, executive or senior people.
    pub top_heavy: bool,
    pub weakest_strength: Option<u8>,
    /// People outside both teams with ties to someone in each.
    pub intermediaries: BTreeSet<String>,
}

impl Derived {
    /// The category by the design's definitions, checked in the order the
    /// design lists them.
    pub fn category(&self) -> PlantedCategory {
        match (self.edges.is_empty(), self.redundancy) {
            (true, _) if self.intermediaries.is_empty() => PlantedCategory::Missing,
            (true, _) => PlantedCategory::IndirectOnly,
            (_, 1) => PlantedCategory::SinglePointOfFailure,
            (_, 2) => PlantedCategory::Thin,
            _ if !self.recent => PlantedCategory::Stale,
            _ if self.top_heavy => PlantedCategory::TopHeavy,
            _ => PlantedCategory::Healthy,
        }
    }

    /// Every set of `size` people whose departure removes every direct tie.
    pub fn covers(&self, size: usize) -> Vec<BTreeSet<String>> {
        let people: Vec<&String> =
            self.edges.iter().flat_map(|(a, b)| [a, b]).collect::<BTreeSet<_>>().into_iter().collect();
        let covers_all = |set: &BTreeSet<String>| self.edges.iter().all(|(a, b)| set.contains(a) || set.contains(b));
        let sets: Vec<BTreeSet<String>> = match size {
            1 => people.iter().map(|p| BTreeSet::from([p.to_string()])).collect(),
            2 => people
                .iter()
                .enumerate()
                .flat_map(|(i, p)| people[i + 1..].iter().map(move |q| BTreeSet::from([p.to_string(), q.to_string()])))
                .collect(),
            _ => unimplemented!("only covers of one or two people are needed"),
        };
        sets.into_iter().filter(covers_all).collect()
    }

    /// The people at either end of a direct tie.
    pub fn ends(&self) -> BTreeSet<String> {
        self.edges.iter().flat_map(|(a, b)| [a.clone(), b.clone()]).collect()
    }
}

/// The records with ids resolved to positions, once per map, so that many
/// links can be derived quickly.
pub struct Resolved<'a> {
    records: &'a Records,
    as_of: Date,
    team_index: HashMap<&'a str, usize>,
    team_parent: Vec<Option<usize>>,
    /// For each person, their team if they are in post on `as_of`.
    current_team: Vec<Option<usize>>,
    tie_ends: Vec<[usize; 2]>,
}

impl<'a> Resolved<'a> {
    pub fn new(records: &'a Records, as_of: Date) -> Resolved<'a> {
        let team_index: HashMap<&str, usize> =
            records.teams.iter().enumerate().map(|(i, t)| (t.id.as_str(), i)).collect();
        let person_index: HashMap<&str, usize> =
            records.people.iter().enumerate().map(|(i, p)| (p.id.as_str(), i)).collect();
        Resolved {
            records,
            as_of,
            team_parent: records.teams.iter().map(|t| t.parent_team_id.as_deref().map(|p| team_index[p])).collect(),
            // Only people in post count, as in every current analysis.
            current_team: records
                .people
                .iter()
                .map(|p| p.team_id.as_deref().filter(|_| p.is_current(as_of)).map(|t| team_index[t]))
                .collect(),
            tie_ends: records
                .ties
                .iter()
                .map(|t| [person_index[t.person_a.as_str()], person_index[t.person_b.as_str()]])
                .collect(),
            team_index,
        }
    }

    /// Derives what the records say about teams `a` and `b`.
    pub fn derive(&self, a: &str, b: &str) -> Derived {
        let (a, b) = (self.team_index[a], self.team_index[b]);
        let within =
            |team: usize, root: usize| std::iter::successors(Some(team), |t| self.team_parent[*t]).any(|t| t == root);
        // 'A' or 'B' for people in post in either team, '-' for others in post.
        let side: Vec<Option<char>> = self
            .current_team
            .iter()
            .map(|team| {
                team.map(|t| {
                    if within(t, a) {
                        'A'
                    } else if within(t, b) {
                        'B'
                    } else {
                        '-'
                    }
                })
            })
            .collect();
        let people = &self.records.people;
        let senior = |p: usize| people[p].level.is_some_and(|l| l.is_senior());

        let mut edges = BTreeSet::new();
        let mut recent = false;
        let mut top_heavy = true;
        let mut weakest_strength: Option<u8> = None;
        let mut knows_a: HashSet<usize> = HashSet::new();
        let mut knows_b: HashSet<usize> = HashSet::new();
        for (tie, &[x, y]) in self.records.ties.iter().zip(&self.tie_ends) {
            let (Some(sx), Some(sy)) = (side[x], side[y]) else { continue };
            for (me, other_side) in [(x, sy), (y, sx)] {
                match other_side {
                    'A' => knows_a.insert(me),
                    'B' => knows_b.insert(me),
                    _ => false,
                };
            }
            let (in_a, in_b) = match (sx, sy) {
                ('A', 'B') => (x, y),
                ('B', 'A') => (y, x),
                _ => continue,
            };
            edges.insert((people[in_a].id.clone(), people[in_b].id.clone()));
            recent |= tie.last_contact.is_some_and(|day| (self.as_of - day).num_days() <= RECENCY_DAYS);
            top_heavy &= senior(in_a) && senior(in_b);
            let strength = tie.strength.unwrap_or(0);
            weakest_strength = Some(weakest_strength.map_or(strength, |w| w.min(strength)));
        }
        let intermediaries =
            knows_a.intersection(&knows_b).filter(|p| side[**p] == Some('-')).map(|p| people[*p].id.clone()).collect();
        Derived {
            redundancy: redundancy(&edges),
            recent,
            top_heavy: top_heavy && !edges.is_empty(),
            weakest_strength,
            intermediaries,
            edges,
        }
    }
}

/// The largest set of edges sharing no person, by trying every subset.
fn redundancy(edges: &BTreeSet<(String, String)>) -> usize {
    let edges: Vec<&(String, String)> = edges.iter().collect();
    assert!(edges.len() <= 20, "{} direct ties is too many to try every subset", edges.len());
    (0u32..1 << edges.len())
        .filter(|mask| {
            let mut seen = HashSet::new();
            (0..edges.len())
                .filter(|i| mask & (1 << i) != 0)
                .all(|i| seen.insert(&edges[i].0) && seen.insert(&edges[i].1))
        })
        .map(u32::count_ones)
        .max()
        .unwrap_or(0) as usize
}

/// Checks every planted link against the records: it is a declared partner
/// link between two organisations, the brute-force category matches, only
/// the planted category's own condition holds, and the named people are
/// exactly the ones the records single out. Returns how many of each
/// category there are.
pub fn check(records: &Records, planted: &[PlantedWeakLink], as_of: Date) -> HashMap<PlantedCategory, usize> {
    let team_org: HashMap<&str, &str> = records.teams.iter().map(|t| (t.id.as_str(), t.org_id.as_str())).collect();
    let resolved = Resolved::new(records, as_of);
    let mut counts = HashMap::new();
    for link in planted {
        let what = format!("{} – {} ({})", link.team_a, link.team_b, link.category.as_str());
        let declared = records
            .partner_links
            .iter()
            .find(|l| l.team_a == link.team_a && l.team_b == link.team_b)
            .unwrap_or_else(|| panic!("{what} is not a partner link"));
        assert!(declared.reason.as_deref().is_some_and(|r| !r.is_empty()), "{what} has no reason");
        assert_ne!(team_org[link.team_a.as_str()], team_org[link.team_b.as_str()], "{what} is within one organisation");

        let derived = resolved.derive(&link.team_a, &link.team_b);
        assert_eq!(derived.category(), link.category, "{what}: the records say otherwise: {derived:?}");
        let people: BTreeSet<String> = link.people.iter().cloned().collect();
        assert_eq!(people.len(), link.people.len(), "{what} names someone twice");
        if !derived.edges.is_empty() {
            assert!(derived.weakest_strength >= Some(3), "{what} has a weak or unrated direct tie: {derived:?}");
        }
        use PlantedCategory as C;
        match link.category {
            C::Missing => assert!(people.is_empty(), "{what} names people"),
            C::IndirectOnly => assert_eq!(derived.intermediaries, people, "{what}: introducers differ"),
            C::SinglePointOfFailure | C::Thin => {
                let size = if link.category == C::Thin { 2 } else { 1 };
                assert!(derived.recent && !derived.top_heavy, "{what} is also stale or top-heavy: {derived:?}");
                assert_eq!(
                    derived.covers(size),
                    vec![people.clone()],
                    "{what}: not exactly these people carry the link"
                );
            }
            C::Stale => {
                assert!(!derived.top_heavy, "{what} is also top-heavy");
                assert_eq!(derived.ends(), people, "{what}: the people on the lapsed ties differ");
            }
            C::TopHeavy => assert_eq!(derived.ends(), people, "{what}: the people on the senior ties differ"),
            C::Healthy => assert!(people.is_empty(), "{what} names people"),
        }
        *counts.entry(link.category).or_insert(0) += 1;
    }
    counts
}
