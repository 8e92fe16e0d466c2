//! How the map changed between two moments: a snapshot and a later snapshot,
//! or a snapshot and the live map.
//!
//! Each side is analysed as of its own day, exactly as the weak-link report
//! would see it on that day, so the diff says what a person comparing the two
//! reports would see:
//!
//! - people *joined*: in post on the later day but not on the earlier one
//!   (new to the map, or back from having left); people *left*: in post on the
//!   earlier day and not on the later one (a leaving date, or removed);
//! - ties *gained* and *lost*: ties (matched by [`Tie::key`]) that count in one
//!   analysis and not the other. A tie counts while both its people are in
//!   post, so the ties of someone who left are lost even though the records
//!   keep them;
//! - ties *strengthened* and *weakened*: ties in both whose strength moved by
//!   more than [`STRENGTH_EPSILON`], with which parts moved (rating,
//!   frequency, recency). Recency moves on its own as time passes: a tie
//!   nobody renewed weakens between two days;
//! - each team pair's and organisation pair's weak-link category, before and
//!   after, matched by the spreadsheet's ids, including pairs only one side
//!   checks.
//!
//! Cost: two weak-link reports plus a hash of each side's tie keys.

use crate::map::{Map, OrgIx, PersonIx, TeamIx, TieIx};
use crate::network::Network;
use crate::records::TieKey;
use crate::strength::TieStrength;
use crate::weak_links::{Category, PairReport, WeakLinkOptions, weak_links};
use crate::{Date, StrengthModel};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde::Serialize;
use std::collections::BTreeMap;

/// A change of tie strength smaller than this is not reported: it would not
/// show at the two decimals results are given in.
pub const STRENGTH_EPSILON: f64 = 0.01;

/// One side of the comparison: a checked map and the day it is analysed as of.
#[derive(Debug, Clone, Copy)]
pub struct Moment<'m> {
    pub map: &'m Map,
    pub day: Date,
}

/// Someone in post before and not after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Leaver {
    /// In the earlier map.
    pub person: PersonIx,
    /// Their leaving date in the later map; `None` when they were removed
    /// from it altogether.
    pub left_on: Option<Date>,
}

/// A tie that counted before and does not after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LostTie {
    /// In the earlier map.
    pub tie: TieIx,
    /// Whether the tie is still recorded, and lost only because one of its
    /// people left.
    pub still_recorded: bool,
}

/// A part of tie strength (see [`crate::StrengthModel`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StrengthPart {
    Rating,
    Frequency,
    Recency,
}

/// A tie in both whose strength moved.
#[derive(Debug, Clone, PartialEq)]
pub struct StrengthChange {
    /// In the earlier map.
    pub before_tie: TieIx,
    /// In the later map.
    pub after_tie: TieIx,
    pub before: TieStrength,
    pub after: TieStrength,
    /// The parts that moved, in the order rating, frequency, recency.
    pub moved: Vec<StrengthPart>,
}

impl StrengthChange {
    pub fn delta(&self) -> f64 {
        self.after.value - self.before.value
    }
}

/// A pair as one side's weak-link report has it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PairState<S> {
    /// The two sides, indices into that side's map.
    pub a: S,
    pub b: S,
    pub category: Category,
    /// Whether a partner link joins the two teams (never, for organisations).
    pub declared: bool,
    /// Whether a partnership joins the two organisations.
    pub partnered: bool,
}

/// A pair whose category changed, or which only one side checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PairChange<S> {
    pub before: Option<PairState<S>>,
    pub after: Option<PairState<S>>,
}

/// Everything that changed between two moments.
#[derive(Debug, Clone, PartialEq)]
pub struct SnapshotDiff {
    /// In the later map, in its order.
    pub joined: Vec<PersonIx>,
    pub left: Vec<Leaver>,
    /// In the later map, in its order.
    pub ties_gained: Vec<TieIx>,
    pub ties_lost: Vec<LostTie>,
    /// Biggest rise first.
    pub strengthened: Vec<StrengthChange>,
    /// Biggest fall first.
    pub weakened: Vec<StrengthChange>,
    /// Ordered by the teams' ids.
    pub team_pairs: Vec<PairChange<TeamIx>>,
    /// Ordered by the organisations' ids.
    pub org_pairs: Vec<PairChange<OrgIx>>,
}

/// Compares two moments, both analysed with the same strength model and
/// weak-link options.
pub fn snapshot_diff(
    before: Moment<'_>,
    after: Moment<'_>,
    model: StrengthModel,
    options: &WeakLinkOptions,
) -> SnapshotDiff {
    let old = Network::new(before.map, before.day, model);
    let new = Network::new(after.map, after.day, model);
    let (old_ties, new_ties) = (counted_ties(&old), counted_ties(&new));
    let (strengthened, weakened) = strength_changes((&old, &old_ties), (&new, &new_ties));
    let old_report = weak_links(&old, options);
    let new_report = weak_links(&new, options);
    let team_id = |map: &Map, t: TeamIx| map.records().teams[t.index()].id.clone();
    let org_id = |map: &Map, o: OrgIx| map.records().organisations[o.index()].id.clone();
    SnapshotDiff {
        joined: joined(&old, &new),
        left: left(&old, &new),
        ties_gained: ties_gained(&old_ties, &new_ties),
        ties_lost: ties_lost(&old_ties, &new_ties, new.map),
        strengthened,
        weakened,
        team_pairs: pair_changes((&old, &old_report.team_pairs), (&new, &new_report.team_pairs), team_id),
        org_pairs: pair_changes((&old, &old_report.org_pairs), (&new, &new_report.org_pairs), org_id),
    }
}

/// Whether the person with this id is in post in the network's analysis.
fn in_post(net: &Network<'_>, id: &str) -> bool {
    net.map.person_by_id(id).is_some_and(|p| net.graph.node(p).is_some())
}

fn joined(old: &Network<'_>, new: &Network<'_>) -> Vec<PersonIx> {
    let people = &new.map.records().people;
    new.map.current_people(new.day).filter(|p| !in_post(old, &people[p.index()].id)).collect()
}

fn left(old: &Network<'_>, new: &Network<'_>) -> Vec<Leaver> {
    let people = &old.map.records().people;
    old.map
        .current_people(old.day)
        .filter(|p| !in_post(new, &people[p.index()].id))
        .map(|person| {
            let now = new.map.person_by_id(&people[person.index()].id);
            Leaver { person, left_on: now.and_then(|p| new.map.records().people[p.index()].left) }
        })
        .collect()
}

/// The ties that count in an analysis (both people in post), by key.
type Counted<'n> = HashMap<TieKey<'n>, TieIx>;

fn counted_ties<'n>(net: &'n Network<'_>) -> Counted<'n> {
    net.graph.graph.edge_weights().map(|&tie| (net.map.records().ties[tie.index()].key(), tie)).collect()
}

fn ties_gained(before: &Counted<'_>, after: &Counted<'_>) -> Vec<TieIx> {
    let mut gained: Vec<TieIx> = after.iter().filter(|(key, _)| !before.contains_key(*key)).map(|(_, &t)| t).collect();
    gained.sort_unstable();
    gained
}

fn ties_lost(before: &Counted<'_>, after: &Counted<'_>, later: &Map) -> Vec<LostTie> {
    let recorded: HashSet<TieKey<'_>> = later.records().ties.iter().map(|t| t.key()).collect();
    let mut lost: Vec<LostTie> = before
        .iter()
        .filter(|(key, _)| !after.contains_key(*key))
        .map(|(key, &tie)| LostTie { tie, still_recorded: recorded.contains(key) })
        .collect();
    lost.sort_unstable_by_key(|l| l.tie);
    lost
}

/// The ties counted on both sides whose strength rose, and those whose fell.
fn strength_changes(
    (old, old_ties): (&Network<'_>, &Counted<'_>),
    (new, new_ties): (&Network<'_>, &Counted<'_>),
) -> (Vec<StrengthChange>, Vec<StrengthChange>) {
    let mut changes: Vec<StrengthChange> = old_ties
        .iter()
        .filter_map(|(key, &before_tie)| {
            let after_tie = *new_ties.get(key)?;
            let (before, after) = (*old.strength(before_tie), *new.strength(after_tie));
            ((after.value - before.value).abs() > STRENGTH_EPSILON).then(|| StrengthChange {
                before_tie,
                after_tie,
                before,
                after,
                moved: moved_parts(&before, &after),
            })
        })
        .collect();
    // Biggest change first; ties of equal change in the later map's order, so
    // the result never depends on hashing.
    changes.sort_by(|x, y| y.delta().abs().total_cmp(&x.delta().abs()).then(x.after_tie.cmp(&y.after_tie)));
    changes.into_iter().partition(|c| c.delta() > 0.0)
}

fn moved_parts(before: &TieStrength, after: &TieStrength) -> Vec<StrengthPart> {
    let rating = (before.rating, before.rating_recorded) != (after.rating, after.rating_recorded);
    let frequency =
        before.frequency_recorded != after.frequency_recorded || (before.frequency - after.frequency).abs() > 1e-9;
    // Recency changes by a hair whenever the days differ; only a change that
    // shows counts as a reason.
    let recency = (before.recency - after.recency).abs() > STRENGTH_EPSILON;
    [(StrengthPart::Rating, rating), (StrengthPart::Frequency, frequency), (StrengthPart::Recency, recency)]
        .into_iter()
        .filter(|(_, moved)| *moved)
        .map(|(part, _)| part)
        .collect()
}

/// Matches the pairs of two reports by their sides' ids and keeps those whose
/// category changed or which only one report holds.
fn pair_changes<S: Copy>(
    (old, before): (&Network<'_>, &[PairReport<S>]),
    (new, after): (&Network<'_>, &[PairReport<S>]),
    id: impl Fn(&Map, S) -> String,
) -> Vec<PairChange<S>> {
    let key = |map: &Map, p: &PairReport<S>| {
        let (x, y) = (id(map, p.a), id(map, p.b));
        if x <= y { (x, y) } else { (y, x) }
    };
    let mut pairs: BTreeMap<(String, String), PairChange<S>> = BTreeMap::new();
    for p in before {
        pairs.entry(key(old.map, p)).or_insert(PairChange { before: None, after: None }).before = Some(state(p));
    }
    for p in after {
        pairs.entry(key(new.map, p)).or_insert(PairChange { before: None, after: None }).after = Some(state(p));
    }
    pairs.into_values().filter(|c| c.before.map(|s| s.category) != c.after.map(|s| s.category)).collect()
}

fn state<S: Copy>(pair: &PairReport<S>) -> PairState<S> {
    PairState {
        a: pair.a,
        b: pair.b,
        category: pair.category,
        declared: pair.declared.is_some(),
        partnered: pair.partnered,
    }
}
