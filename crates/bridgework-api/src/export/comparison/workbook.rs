//! The changes as tables: a summary, then a sheet per kind of change (people
//! joined, people left, ties gained, lost, strengthened and weakened, team
//! pairs and organisation pairs whose weak-link category changed), each with
//! headings in plain words and every person, team and organisation by the
//! spreadsheet's id and by name. Strengths and counts are numbers.

use super::Comparison;
use super::picture::side;
use crate::snapshots::{DiffTieView, PairChangeView, StrengthChangeView, category_label};
use crate::views::{GroupRef, PersonRef};
use crate::{Level, LostBecause};
use bridgework_interchange::{Cell, Sheet};

/// The sheets, summary first.
pub(super) fn of(comparison: &Comparison) -> Vec<Sheet> {
    let diff = &comparison.diff;
    let s = &diff.summary;
    let count = |n: usize| Cell::Number(n as f64);
    let summary = vec![
        vec!["Map".into(), comparison.map.clone().into()],
        vec!["From".into(), side(&diff.from).into()],
        vec!["To".into(), side(&diff.to).into()],
        vec!["Half-life of an unrenewed tie (days)".into(), diff.strength.half_life_days.into()],
        vec!["Stale after (days without contact)".into(), Cell::Number(diff.thresholds.recency_days as f64)],
        vec!["People joined".into(), count(s.joined)],
        vec!["People left".into(), count(s.left)],
        vec!["Ties gained".into(), count(s.ties_gained)],
        vec!["Ties lost".into(), count(s.ties_lost)],
        vec!["Ties strengthened".into(), count(s.ties_strengthened)],
        vec!["Ties weakened".into(), count(s.ties_weakened)],
        vec!["Team pairs whose category changed".into(), count(s.team_pairs_changed)],
        vec!["Organisation pairs whose category changed".into(), count(s.organisation_pairs_changed)],
    ];
    let person_columns = ["Person id", "Name", "Team", "Organisation", "Role", "Level"];
    let joined = diff.joined.iter().map(|j| person_row(&j.person, j.team.as_ref(), j.role.as_deref(), j.level));
    let left = diff.left.iter().map(|l| {
        let mut row = person_row(&l.person, l.team.as_ref(), l.role.as_deref(), l.level);
        row.push(l.left_on.map_or_else(|| "removed from the map".to_string(), |day| day.to_string()).into());
        row
    });
    let tie_columns = ["Person A id", "Person A", "Person B id", "Person B", "Kind"];
    let gained = diff.ties_gained.iter().map(|t| {
        let mut row = tie_row(t);
        row.push(t.strength.into());
        row
    });
    let lost = diff.ties_lost.iter().map(|l| {
        let mut row = tie_row(&l.tie);
        row.push(l.tie.strength.into());
        row.push(
            match l.because {
                LostBecause::Removed => "removed from the map",
                LostBecause::PersonLeft => "one of the two left",
            }
            .into(),
        );
        row
    });
    let strength_columns = [&tie_columns[..], &["Strength before", "Strength after", "Change", "What moved"]].concat();
    vec![
        sheet("Summary", &["Item", "Value"], summary),
        sheet("People joined", &person_columns, joined.collect()),
        sheet("People left", &[&person_columns[..], &["Left on"]].concat(), left.collect()),
        sheet("Ties gained", &[&tie_columns[..], &["Strength"]].concat(), gained.collect()),
        sheet("Ties lost", &[&tie_columns[..], &["Strength before", "Why lost"]].concat(), lost.collect()),
        sheet("Ties strengthened", &strength_columns, diff.ties_strengthened.iter().map(strength_row).collect()),
        sheet("Ties weakened", &strength_columns, diff.ties_weakened.iter().map(strength_row).collect()),
        sheet(
            "Team pairs changed",
            &[
                "Team A id",
                "Team A",
                "Organisation A",
                "Team B id",
                "Team B",
                "Organisation B",
                "Partner link",
                "Category before",
                "Category after",
            ],
            diff.team_pairs.iter().map(team_pair_row).collect(),
        ),
        sheet(
            "Organisation pairs changed",
            &[
                "Organisation A id",
                "Organisation A",
                "Organisation B id",
                "Organisation B",
                "Category before",
                "Category after",
            ],
            diff.organisation_pairs.iter().map(organisation_pair_row).collect(),
        ),
    ]
}

fn sheet(name: &str, header: &[&str], rows: Vec<Vec<Cell>>) -> Sheet {
    Sheet { name: name.to_string(), header: header.iter().map(|h| h.to_string()).collect(), rows }
}

fn person_row(person: &PersonRef, team: Option<&GroupRef>, role: Option<&str>, level: Option<Level>) -> Vec<Cell> {
    let organisation = team.and_then(|t| t.organisation.as_ref()).map(|o| o.name.clone());
    vec![
        person.id.clone().into(),
        person.name.clone().into(),
        team.map(|t| t.name.clone()).into(),
        organisation.into(),
        role.into(),
        level.map(|l| l.as_str()).into(),
    ]
}

fn tie_row(tie: &DiffTieView) -> Vec<Cell> {
    vec![
        tie.a.id.clone().into(),
        tie.a.name.clone().into(),
        tie.b.id.clone().into(),
        tie.b.name.clone().into(),
        tie.kind.as_str().into(),
    ]
}

fn strength_row(change: &StrengthChangeView) -> Vec<Cell> {
    vec![
        change.a.id.clone().into(),
        change.a.name.clone().into(),
        change.b.id.clone().into(),
        change.b.name.clone().into(),
        change.kind.as_str().into(),
        change.before.into(),
        change.after.into(),
        change.change.into(),
        change.reason.clone().into(),
    ]
}

fn team_pair_row(pair: &PairChangeView) -> Vec<Cell> {
    let organisation = |t: &GroupRef| t.organisation.as_ref().map(|o| o.name.clone());
    vec![
        pair.a.id.clone().into(),
        pair.a.name.clone().into(),
        organisation(&pair.a).into(),
        pair.b.id.clone().into(),
        pair.b.name.clone().into(),
        organisation(&pair.b).into(),
        if pair.partner_link { "yes" } else { "no" }.into(),
        category_label(pair.before).into(),
        category_label(pair.after).into(),
    ]
}

fn organisation_pair_row(pair: &PairChangeView) -> Vec<Cell> {
    vec![
        pair.a.id.clone().into(),
        pair.a.name.clone().into(),
        pair.b.id.clone().into(),
        pair.b.name.clone().into(),
        category_label(pair.before).into(),
        category_label(pair.after).into(),
    ]
}
