//! Snapshots: take one, list them, and compare two (or one with the map as it
//! is now), naming every person, team and organisation by the spreadsheet's id
//! and by name.

mod changes_map;

pub(crate) use changes_map::category_label;
pub use changes_map::{Change, ChangeEdge, ChangeNode, ChangesMap, NodeStatus};

use crate::edit::Form;
use crate::map_file::{now, today};
use crate::partnerships::parse_date;
use crate::views::{GroupRef, PersonRef, organisation, person, team};
use crate::{ApiError, ErrorCode, Result};
use bridgework_core::weak_links::{Category, Scope, Thresholds, WeakLinkOptions};
use bridgework_core::{
    Date, Level, Map, Moment, PairChange, PersonIx, StrengthChange, StrengthModel, StrengthPart, TieIx, TieKind,
    snapshot_diff,
};
use bridgework_store::{NewSnapshot, Store};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// A snapshot as listed. Stable: fields are only ever added.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SnapshotInfo {
    pub id: i64,
    pub name: String,
    /// When it was taken, RFC 3339 in UTC.
    pub taken_at: String,
    /// The day its data describes ("as of"): the day its taker gave, or else
    /// the day it was taken on this computer's calendar. A diff analyses it
    /// as of this day unless told otherwise.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub day: Date,
    pub note: Option<String>,
    /// People recorded, including those who had left.
    pub people: u64,
    pub ties: u64,
}

/// One side of a diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SnapshotRef {
    /// A snapshot by its id.
    Id(i64),
    /// A snapshot by its exact name.
    Name(String),
    /// The map as it is now.
    Now,
}

impl SnapshotRef {
    /// Reads what a person typed: `now`, a snapshot's id, or its exact name.
    pub fn parse(text: &str) -> SnapshotRef {
        match text.parse() {
            _ if text == "now" => SnapshotRef::Now,
            Ok(id) => SnapshotRef::Id(id),
            Err(_) => SnapshotRef::Name(text.to_string()),
        }
    }
}

/// How to compare.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SnapshotDiffRequest {
    /// The day to analyse the earlier side as of; default the day the snapshot
    /// was taken (today for the map as it is now).
    pub from_as_of: Option<Date>,
    /// The same for the later side.
    pub to_as_of: Option<Date>,
    pub scope: Scope,
    pub strength: StrengthModel,
    pub thresholds: Thresholds,
}

/// The settings a person may change when comparing in the app.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DiffSettings {
    /// Days after which an unrenewed tie counts half as strong (default 180).
    pub half_life_days: f64,
    /// A link with no contact for longer than this many days is stale (default 180).
    pub recency_days: f64,
}

impl DiffSettings {
    /// The comparison these settings ask for, or every problem by field.
    pub fn request(&self) -> Result<SnapshotDiffRequest> {
        let mut form = Form::new("comparison");
        let days = |value: f64| value.fract() == 0.0 && (1.0..=3650.0).contains(&value);
        if !days(self.half_life_days) {
            form.problem(
                "half_life_days",
                format!("Half-life: a whole number of days from 1 to 3650, not {}", self.half_life_days),
            );
        }
        if !days(self.recency_days) {
            form.problem(
                "recency_days",
                format!("Stale after: a whole number of days from 1 to 3650, not {}", self.recency_days),
            );
        }
        form.finish(SnapshotDiffRequest {
            strength: StrengthModel { half_life_days: self.half_life_days, ..StrengthModel::default() },
            thresholds: Thresholds { recency_days: self.recency_days as i64, ..Thresholds::default() },
            ..SnapshotDiffRequest::default()
        })
    }
}

/// What changed between two moments. Stable: fields are only ever added.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SnapshotDiffView {
    pub from: MomentView,
    pub to: MomentView,
    #[cfg_attr(feature = "ts", ts(skip))]
    pub strength: StrengthModel,
    #[cfg_attr(feature = "ts", ts(skip))]
    pub thresholds: Thresholds,
    #[cfg_attr(feature = "ts", ts(skip))]
    pub scope: Scope,
    pub summary: DiffSummary,
    pub joined: Vec<JoinerView>,
    pub left: Vec<LeaverView>,
    pub ties_gained: Vec<DiffTieView>,
    pub ties_lost: Vec<LostTieView>,
    /// Biggest rise first.
    pub ties_strengthened: Vec<StrengthChangeView>,
    /// Biggest fall first.
    pub ties_weakened: Vec<StrengthChangeView>,
    /// Team pairs whose category changed, or which only one side checks.
    pub team_pairs: Vec<PairChangeView>,
    pub organisation_pairs: Vec<PairChangeView>,
    /// The changes drawn: what the Snapshots page shows and a comparison's
    /// picture is made of, at the same positions.
    pub changes_map: ChangesMap,
}

/// One side of a diff: a snapshot, or the map as it is now (`snapshot` null).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MomentView {
    pub snapshot: Option<SnapshotInfo>,
    /// The day this side is analysed as of.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub as_of: Date,
}

/// How many of each change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DiffSummary {
    pub joined: usize,
    pub left: usize,
    pub ties_gained: usize,
    pub ties_lost: usize,
    pub ties_strengthened: usize,
    pub ties_weakened: usize,
    pub team_pairs_changed: usize,
    pub organisation_pairs_changed: usize,
}

impl DiffSummary {
    /// The counts in words: "1 joined, 1 left; ties: 1 gained, 13 lost, 0
    /// strengthened, 1 weakened; category changed: 3 team pairs, 0
    /// organisation pairs".
    pub fn in_words(&self) -> String {
        let count = |n: usize, what: &str| if n == 1 { format!("1 {what}") } else { format!("{n} {what}s") };
        format!(
            "{} joined, {} left; ties: {} gained, {} lost, {} strengthened, {} weakened; category changed: {}, {}",
            self.joined,
            self.left,
            self.ties_gained,
            self.ties_lost,
            self.ties_strengthened,
            self.ties_weakened,
            count(self.team_pairs_changed, "team pair"),
            count(self.organisation_pairs_changed, "organisation pair"),
        )
    }
}

/// A person who joined.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct JoinerView {
    pub person: PersonRef,
    pub team: Option<GroupRef>,
    pub role: Option<String>,
    pub level: Option<Level>,
}

/// A person who left: `left_on` is their leaving date, or null when they were
/// removed from the map.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LeaverView {
    pub person: PersonRef,
    pub team: Option<GroupRef>,
    pub role: Option<String>,
    pub level: Option<Level>,
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub left_on: Option<Date>,
}

/// A tie, with its strength on its side's day.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DiffTieView {
    pub a: PersonRef,
    pub b: PersonRef,
    pub kind: TieKind,
    pub strength: f64,
}

/// A tie that no longer counts: `removed` from the map, or still recorded but
/// one of its people `person-left`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LostTieView {
    #[serde(flatten)]
    #[cfg_attr(feature = "ts", ts(flatten))]
    pub tie: DiffTieView,
    pub because: LostBecause,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum LostBecause {
    Removed,
    PersonLeft,
}

/// A tie whose strength moved, with the parts that moved and why in words.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StrengthChangeView {
    pub a: PersonRef,
    pub b: PersonRef,
    pub kind: TieKind,
    pub before: f64,
    pub after: f64,
    pub change: f64,
    /// Which of `rating`, `frequency`, `recency` moved.
    #[cfg_attr(feature = "ts", ts(type = "Array<\"rating\" | \"frequency\" | \"recency\">"))]
    pub moved: Vec<StrengthPart>,
    pub reason: String,
}

/// A pair whose category changed; `before` or `after` is null for a pair only
/// one side checks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PairChangeView {
    pub a: GroupRef,
    pub b: GroupRef,
    /// Whether a partner link joins the two teams (on either side).
    pub partner_link: bool,
    pub before: Option<Category>,
    pub after: Option<Category>,
}

/// A new snapshot as a person asks for it (the Snapshots page's form, or
/// `bridgework snapshot take`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SnapshotInput {
    pub name: String,
    pub note: Option<String>,
    /// The day the map's data describes, YYYY-MM-DD, when that is earlier
    /// than today; empty or `None` for today.
    pub as_of: Option<String>,
}

/// What the problems of a snapshot's name and date are reported against.
const SNAPSHOT_FORM: &str = "snapshot";

/// Copies the map as it is now into a new snapshot, as of the day `input`
/// gives (today by default). Names are unique, so that a snapshot can be
/// named in a diff; a bad name or day is `invalid-input` at its field.
pub fn take_snapshot(path: &Path, input: &SnapshotInput) -> Result<SnapshotInfo> {
    let mut store = Store::open(path)?;
    let existing: Vec<SnapshotInfo> = store.snapshots()?.into_iter().map(info).collect();
    let mut form = Form::new(SNAPSHOT_FORM);
    let name = check_name(&mut form, &input.name, &existing, None);
    let as_of = check_as_of(&mut form, input.as_of.as_deref());
    let note = input.note.as_deref().map(str::trim).filter(|n| !n.is_empty());
    let (name, as_of) = form.finish((name, as_of))?;
    let new = NewSnapshot { name: &name, note, as_of: &as_of.to_string() };
    let id = store.take_snapshot(&new, &now())?;
    listed(&store, id)
}

/// The snapshot `which` names, or an error listing the ones there are.
/// Never writes.
pub fn find_snapshot(path: &Path, which: &SnapshotRef) -> Result<SnapshotInfo> {
    find(&Store::open_read_only(path)?, which)
}

/// Gives the snapshot `which` names the name `name`, and says what it is now.
/// Its records, and its day, stay as they were.
pub fn rename_snapshot(path: &Path, which: &SnapshotRef, name: &str) -> Result<SnapshotInfo> {
    let mut store = Store::open(path)?;
    let snapshot = find(&store, which)?;
    let existing: Vec<SnapshotInfo> = store.snapshots()?.into_iter().map(info).collect();
    let mut form = Form::new(SNAPSHOT_FORM);
    let name = check_name(&mut form, name, &existing, Some(snapshot.id));
    let name = form.finish(name)?;
    store.rename_snapshot(snapshot.id, &name, &now())?;
    listed(&store, snapshot.id)
}

/// Deletes the snapshot `which` names, with every record it holds, and says
/// what it was. The live map and the other snapshots stay as they are.
pub fn delete_snapshot(path: &Path, which: &SnapshotRef) -> Result<SnapshotInfo> {
    let mut store = Store::open(path)?;
    let snapshot = find(&store, which)?;
    store.delete_snapshot(snapshot.id, &now())?;
    Ok(snapshot)
}

/// The trimmed `name`, or a problem at `name` when it is blank or another
/// snapshot than `renaming` has it.
fn check_name(form: &mut Form, name: &str, existing: &[SnapshotInfo], renaming: Option<i64>) -> String {
    let name = name.trim();
    if name.is_empty() {
        form.problem("name", "Name: a snapshot needs a name, such as \"2026 Q3\"");
    } else if let Some(same) = existing.iter().find(|s| s.name == name && Some(s.id) != renaming) {
        form.problem(
            "name",
            format!("Name: there is already a snapshot called \"{name}\" (id {}); choose another name", same.id),
        );
    }
    name.to_string()
}

/// The day a new snapshot describes: today when `text` is blank, or a problem
/// at `as_of` when it is not a day or is after today.
fn check_as_of(form: &mut Form, text: Option<&str>) -> Date {
    let today = today();
    let Some(text) = text.map(str::trim).filter(|t| !t.is_empty()) else {
        return today;
    };
    match parse_date(text) {
        Some(day) if day > today => {
            form.problem(
                "as_of",
                format!("As of: {day} is after today ({today}); a snapshot describes a day that has come"),
            );
            today
        }
        Some(day) => day,
        None => {
            form.problem("as_of", format!("As of: \"{text}\" is not a date (YYYY-MM-DD)"));
            today
        }
    }
}

/// Snapshot `id` as listed now.
fn listed(store: &Store, id: i64) -> Result<SnapshotInfo> {
    let snapshot = store.snapshots()?.into_iter().find(|s| s.id == id).expect("the snapshot just changed is listed");
    Ok(info(snapshot))
}

/// Every snapshot of the map, oldest first. Never writes.
pub fn list_snapshots(path: &Path) -> Result<Vec<SnapshotInfo>> {
    let store = Store::open_read_only(path)?;
    Ok(store.snapshots()?.into_iter().map(info).collect())
}

/// What changed from `from` to `to`. Never writes.
pub fn diff_snapshots(
    path: &Path,
    from: &SnapshotRef,
    to: &SnapshotRef,
    request: &SnapshotDiffRequest,
) -> Result<SnapshotDiffView> {
    let store = Store::open_read_only(path)?;
    let (before, from) = moment(&store, from, request.from_as_of)?;
    let (after, to) = moment(&store, to, request.to_as_of)?;
    Ok(diff_maps((&before, from), (&after, to), request))
}

/// What changed from the map `before` to the map `after`, each with how it
/// is described: [`diff_snapshots`] once both sides are loaded (a report
/// compares pseudonymised copies of them).
pub(crate) fn diff_maps(
    (before, from): (&Map, MomentView),
    (after, to): (&Map, MomentView),
    request: &SnapshotDiffRequest,
) -> SnapshotDiffView {
    let options = WeakLinkOptions { thresholds: request.thresholds, scope: request.scope, level: None };
    let diff = snapshot_diff(
        Moment { map: before, day: from.as_of },
        Moment { map: after, day: to.as_of },
        request.strength,
        &options,
    );
    let joined: Vec<JoinerView> = diff.joined.iter().map(|&p| person_view(after, p)).collect();
    let left: Vec<LeaverView> = diff
        .left
        .iter()
        .map(|l| {
            let JoinerView { person, team, role, level } = person_view(before, l.person);
            LeaverView { person, team, role, level, left_on: l.left_on }
        })
        .collect();
    let ties_gained: Vec<DiffTieView> =
        diff.ties_gained.iter().map(|&t| tie_view(after, t, request.strength, to.as_of)).collect();
    let ties_lost: Vec<LostTieView> = diff
        .ties_lost
        .iter()
        .map(|l| LostTieView {
            tie: tie_view(before, l.tie, request.strength, from.as_of),
            because: if l.still_recorded { LostBecause::PersonLeft } else { LostBecause::Removed },
        })
        .collect();
    let change = |c: &StrengthChange| strength_view(before, after, c);
    let ties_strengthened: Vec<StrengthChangeView> = diff.strengthened.iter().map(change).collect();
    let ties_weakened: Vec<StrengthChangeView> = diff.weakened.iter().map(change).collect();
    let team_pairs: Vec<PairChangeView> = diff.team_pairs.iter().map(|c| pair_view(before, after, c, team)).collect();
    let organisation_pairs: Vec<PairChangeView> =
        diff.org_pairs.iter().map(|c| pair_view(before, after, c, organisation)).collect();
    let mut view = SnapshotDiffView {
        summary: DiffSummary {
            joined: joined.len(),
            left: left.len(),
            ties_gained: ties_gained.len(),
            ties_lost: ties_lost.len(),
            ties_strengthened: ties_strengthened.len(),
            ties_weakened: ties_weakened.len(),
            team_pairs_changed: team_pairs.len(),
            organisation_pairs_changed: organisation_pairs.len(),
        },
        from,
        to,
        strength: request.strength,
        thresholds: request.thresholds,
        scope: request.scope,
        joined,
        left,
        ties_gained,
        ties_lost,
        ties_strengthened,
        ties_weakened,
        team_pairs,
        organisation_pairs,
        changes_map: ChangesMap::default(),
    };
    // A person's team as the later side has it, or the earlier when they are gone.
    let team_of = |id: &str| {
        let in_map = |map: &Map| map.person_by_id(id).and_then(|p| map.person_team(p)).map(|t| team(map, t));
        in_map(after).or_else(|| in_map(before))
    };
    view.changes_map = changes_map::changes_map(&view, team_of);
    view
}

fn info(stored: bridgework_store::SnapshotInfo) -> SnapshotInfo {
    SnapshotInfo {
        day: stored.as_of.as_deref().and_then(parse_date).unwrap_or_else(|| day_of(&stored.taken_at)),
        id: stored.id,
        name: stored.name,
        taken_at: stored.taken_at,
        note: stored.note,
        people: stored.people,
        ties: stored.ties,
    }
}

/// The local calendar day of an RFC 3339 moment, so that a snapshot taken
/// late in the evening belongs to the day its taker saw.
fn day_of(taken_at: &str) -> Date {
    chrono::DateTime::parse_from_rfc3339(taken_at)
        .map(|moment| moment.with_timezone(&chrono::Local).date_naive())
        // The store writes only RFC 3339; a hand-edited file still gets a day.
        .unwrap_or_else(|_| taken_at.get(..10).and_then(|d| d.parse().ok()).unwrap_or_else(today))
}

/// Loads one side of a diff as a checked map, with how it is described.
pub(crate) fn moment(store: &Store, side: &SnapshotRef, as_of: Option<Date>) -> Result<(Map, MomentView)> {
    let (records, snapshot) = match side {
        SnapshotRef::Now => (store.load()?, None),
        _ => {
            let snapshot = find(store, side)?;
            (store.load_snapshot(snapshot.id)?, Some(snapshot))
        }
    };
    let map = Map::new(records).map_err(|problems| {
        let what = snapshot.as_ref().map_or("the map".to_string(), |s| format!("snapshot \"{}\"", s.name));
        ApiError::new(
            ErrorCode::Damaged,
            format!("{} in {} breaks the map's rules: {}", what, store.path().display(), problems[0]),
        )
    })?;
    let as_of = as_of.unwrap_or_else(|| snapshot.as_ref().map_or_else(today, |s| s.day));
    Ok((map, MomentView { snapshot, as_of }))
}

/// The snapshot `side` names, or an error listing the ones there are.
pub(crate) fn find(store: &Store, side: &SnapshotRef) -> Result<SnapshotInfo> {
    let all: Vec<SnapshotInfo> = store.snapshots()?.into_iter().map(info).collect();
    let (found, wanted) = match side {
        SnapshotRef::Id(id) => (all.iter().find(|s| s.id == *id), format!("no snapshot with id {id}")),
        SnapshotRef::Name(name) => (all.iter().find(|s| s.name == *name), format!("no snapshot called \"{name}\"")),
        // `now` names the live map, which has no name or day to change.
        SnapshotRef::Now => (None, "no snapshot called \"now\": that word means the map as it is now".to_string()),
    };
    if let Some(snapshot) = found {
        return Ok(snapshot.clone());
    }
    let there = if all.is_empty() {
        "it has no snapshots yet".to_string()
    } else {
        let names: Vec<String> = all.iter().map(|s| format!("{} \"{}\"", s.id, s.name)).collect();
        format!("its snapshots are {}", names.join(", "))
    };
    Err(ApiError::new(ErrorCode::NotFound, format!("{} has {wanted}; {there}", store.path().display())))
}

fn person_view(map: &Map, p: PersonIx) -> JoinerView {
    let record = &map.records().people[p.index()];
    JoinerView {
        person: person(map, p),
        team: map.person_team(p).map(|t| team(map, t)),
        role: record.role.clone(),
        level: record.level,
    }
}

fn tie_view(map: &Map, t: TieIx, model: StrengthModel, day: Date) -> DiffTieView {
    let tie = &map.records().ties[t.index()];
    let [a, b] = map.tie_ends(t);
    DiffTieView { a: person(map, a), b: person(map, b), kind: tie.kind, strength: model.strength(tie, day).value }
}

fn strength_view(before: &Map, after: &Map, change: &StrengthChange) -> StrengthChangeView {
    let old = &before.records().ties[change.before_tie.index()];
    let new = &after.records().ties[change.after_tie.index()];
    let [a, b] = after.tie_ends(change.after_tie);
    let reasons: Vec<String> = change
        .moved
        .iter()
        .map(|part| match part {
            StrengthPart::Rating => format!("rating {} → {}", rating(old.strength), rating(new.strength)),
            StrengthPart::Frequency => format!("contact {} → {}", frequency(old), frequency(new)),
            StrengthPart::Recency => format!(
                "last contact {} → {}",
                last_contact(change.before.age_days),
                last_contact(change.after.age_days)
            ),
        })
        .collect();
    StrengthChangeView {
        a: person(after, a),
        b: person(after, b),
        kind: new.kind,
        before: change.before.value,
        after: change.after.value,
        change: change.delta(),
        moved: change.moved.clone(),
        reason: reasons.join("; "),
    }
}

fn rating(value: Option<u8>) -> String {
    value.map_or("not recorded".to_string(), |r| format!("{r} of 5"))
}

fn frequency(tie: &bridgework_core::Tie) -> String {
    tie.frequency.map_or("not recorded".to_string(), |f| f.to_string())
}

fn last_contact(age_days: Option<i64>) -> String {
    age_days.map_or("not recorded".to_string(), |days| format!("{days} days ago"))
}

/// A pair named as the later side has it (names may have been corrected), or
/// as the earlier side had it when it is gone.
fn pair_view<S: Copy>(
    before: &Map,
    after: &Map,
    change: &PairChange<S>,
    name: fn(&Map, S) -> GroupRef,
) -> PairChangeView {
    let (map, state) = match (change.after, change.before) {
        (Some(state), _) => (after, state),
        (None, Some(state)) => (before, state),
        (None, None) => unreachable!("a pair change has at least one side"),
    };
    PairChangeView {
        a: name(map, state.a),
        b: name(map, state.b),
        partner_link: [change.before, change.after].iter().flatten().any(|s| s.declared),
        before: change.before.map(|s| s.category),
        after: change.after.map(|s| s.category),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_snapshot_is_named_by_now_its_id_or_its_name() {
        assert_eq!(SnapshotRef::parse("now"), SnapshotRef::Now);
        assert_eq!(SnapshotRef::parse("12"), SnapshotRef::Id(12));
        assert_eq!(SnapshotRef::parse("2026 Q3"), SnapshotRef::Name("2026 Q3".into()));
    }

    #[test]
    fn settings_are_whole_days_from_1_to_3650_each_problem_at_its_field() {
        let request = DiffSettings { half_life_days: 30.0, recency_days: 90.0 }.request().unwrap();
        assert_eq!((request.strength.half_life_days, request.thresholds.recency_days), (30.0, 90));
        assert_eq!(request.scope, SnapshotDiffRequest::default().scope);
        let err = DiffSettings { half_life_days: 0.0, recency_days: 12.5 }.request().unwrap_err();
        assert_eq!(err.code, ErrorCode::InvalidInput);
        let fields: Vec<_> = err.issues.iter().map(|i| i.column.as_deref().unwrap()).collect();
        assert_eq!(fields, ["half_life_days", "recency_days"]);
        assert!(DiffSettings { half_life_days: f64::NAN, recency_days: 4000.0 }.request().is_err());
    }

    #[test]
    fn a_snapshot_taken_at_midday_belongs_to_that_day_anywhere() {
        assert_eq!(day_of("2026-08-01T12:00:00Z"), "2026-08-01".parse::<Date>().unwrap());
    }
}
