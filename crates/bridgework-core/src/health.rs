//! Data health: is the map "accurate, timely and complete"? A checklist of what
//! to fix, each check with a count and the rows at fault.
//!
//! - people in post without a team, a level or a role (the records of people
//!   who have left are history, not work to do);
//! - ties without a strength rating or a date of last contact;
//! - ties not confirmed for a year: last contact more than 365 days before the
//!   day, or before one of the two people left if that came first (a tie that
//!   went unconfirmed for a year while both were in post was stale data then,
//!   and still colours the history);
//! - organisations with no tie between people in post to another organisation,
//!   and teams in a declared partner link none of whose people (sub-teams
//!   included) has one:
//!   the map exists for ties across organisations, so such a gap usually means
//!   nobody collected them;
//! - likely duplicate people: the same email address (ignoring case); or in
//!   one organisation, with the same team or the same role, the same surname
//!   and first names that are the same, one the initial or the start of the
//!   other ("J Smith" / "John Smith"), or a small edit distance apart
//!   ("Catherine" / "Katherine": at most 1 when the longer name has five or
//!   six letters, 2 when it has more, none when it has four or fewer). Similar names alone are too common to go on
//!   ("Wei" / "Mei Chan", "Layla" / "Leila Aziz" are usually two people); one
//!   person entered twice keeps their team or their job.
//!
//! Cost: linear in the records, plus sorting emails and (organisation,
//! surname) keys; names are compared only within one organisation and surname.

use crate::Date;
use crate::map::{Map, OrgIx, PersonIx, TeamIx};
use crate::records::Table;
use rustc_hash::FxHashMap as HashMap;
use serde::Serialize;

/// One item of the checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum HealthCheck {
    PeopleWithoutTeam,
    PeopleWithoutLevel,
    PeopleWithoutRole,
    TiesWithoutStrength,
    TiesWithoutContactDate,
    TiesNotConfirmedForAYear,
    OrganisationsWithoutOutsideTies,
    PartnerTeamsWithoutOutsideTies,
    LikelyDuplicatePeople,
}

impl HealthCheck {
    pub const ALL: [HealthCheck; 9] = [
        HealthCheck::PeopleWithoutTeam,
        HealthCheck::PeopleWithoutLevel,
        HealthCheck::PeopleWithoutRole,
        HealthCheck::TiesWithoutStrength,
        HealthCheck::TiesWithoutContactDate,
        HealthCheck::TiesNotConfirmedForAYear,
        HealthCheck::OrganisationsWithoutOutsideTies,
        HealthCheck::PartnerTeamsWithoutOutsideTies,
        HealthCheck::LikelyDuplicatePeople,
    ];

    /// The check's name in JSON and CSV: "people-without-level".
    pub fn as_str(self) -> &'static str {
        match self {
            HealthCheck::PeopleWithoutTeam => "people-without-team",
            HealthCheck::PeopleWithoutLevel => "people-without-level",
            HealthCheck::PeopleWithoutRole => "people-without-role",
            HealthCheck::TiesWithoutStrength => "ties-without-strength",
            HealthCheck::TiesWithoutContactDate => "ties-without-contact-date",
            HealthCheck::TiesNotConfirmedForAYear => "ties-not-confirmed-for-a-year",
            HealthCheck::OrganisationsWithoutOutsideTies => "organisations-without-outside-ties",
            HealthCheck::PartnerTeamsWithoutOutsideTies => "partner-teams-without-outside-ties",
            HealthCheck::LikelyDuplicatePeople => "likely-duplicate-people",
        }
    }

    /// The table whose rows the check lists.
    pub fn table(self) -> Table {
        match self {
            HealthCheck::PeopleWithoutTeam
            | HealthCheck::PeopleWithoutLevel
            | HealthCheck::PeopleWithoutRole
            | HealthCheck::LikelyDuplicatePeople => Table::People,
            HealthCheck::TiesWithoutStrength
            | HealthCheck::TiesWithoutContactDate
            | HealthCheck::TiesNotConfirmedForAYear => Table::Ties,
            HealthCheck::OrganisationsWithoutOutsideTies => Table::Organisations,
            HealthCheck::PartnerTeamsWithoutOutsideTies => Table::Teams,
        }
    }

    /// What the check finds, as a checklist line: "people without a level".
    pub fn label(self) -> &'static str {
        match self {
            HealthCheck::PeopleWithoutTeam => "people without a team",
            HealthCheck::PeopleWithoutLevel => "people without a level",
            HealthCheck::PeopleWithoutRole => "people without a role",
            HealthCheck::TiesWithoutStrength => "ties without a strength",
            HealthCheck::TiesWithoutContactDate => "ties without a date of last contact",
            HealthCheck::TiesNotConfirmedForAYear => "ties not confirmed for over a year",
            HealthCheck::OrganisationsWithoutOutsideTies => "organisations with no ties to another organisation",
            HealthCheck::PartnerTeamsWithoutOutsideTies => "partner teams with no ties to another organisation",
            HealthCheck::LikelyDuplicatePeople => "likely duplicate people",
        }
    }

    /// What the records it finds make less certain, for a reader weighing
    /// the findings: "findings of staleness are uncertain".
    pub fn doubt(self) -> &'static str {
        match self {
            HealthCheck::PeopleWithoutTeam => {
                "they belong to no organisation, so links between organisations may be thinner on paper than in fact"
            }
            HealthCheck::PeopleWithoutLevel => "level coverage and top-heavy findings are uncertain",
            HealthCheck::PeopleWithoutRole => "no finding depends on roles, but lists of people are harder to read",
            HealthCheck::TiesWithoutStrength => {
                "their strength is taken as middling, so thin and healthy findings are less certain"
            }
            HealthCheck::TiesWithoutContactDate => "findings of staleness are uncertain",
            HealthCheck::TiesNotConfirmedForAYear => {
                "some of these ties may have lapsed, so links may be weaker than shown"
            }
            HealthCheck::OrganisationsWithoutOutsideTies | HealthCheck::PartnerTeamsWithoutOutsideTies => {
                "their links may be missing from the records rather than from their work"
            }
            HealthCheck::LikelyDuplicatePeople => {
                "a person counted twice can make a link look stronger than it is, or hide a single point of failure"
            }
        }
    }

    /// How to fix what it finds.
    pub fn fix(self) -> &'static str {
        match self {
            HealthCheck::PeopleWithoutTeam => "fill in team_id in the people table",
            HealthCheck::PeopleWithoutLevel => {
                "fill in level (board, executive, senior, middle or frontline) in the people table"
            }
            HealthCheck::PeopleWithoutRole => "fill in role (the job title) in the people table",
            HealthCheck::TiesWithoutStrength => "ask either person to rate the tie from 1 to 5 (strength)",
            HealthCheck::TiesWithoutContactDate => "record when the two people were last in contact (last_contact)",
            HealthCheck::TiesNotConfirmedForAYear => {
                "check whether the two people are still in contact and update last_contact, or remove the tie"
            }
            HealthCheck::OrganisationsWithoutOutsideTies | HealthCheck::PartnerTeamsWithoutOutsideTies => {
                "collect their ties with partners, e.g. by a short survey of their staff"
            }
            HealthCheck::LikelyDuplicatePeople => "check each pair and merge those that are one person",
        }
    }
}

/// One check's result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    pub check: HealthCheck,
    /// How many records fail it (for duplicates: how many pairs).
    pub count: usize,
    /// Rows of [`HealthCheck::table`] that fail it, the first `cap` in row
    /// order. For duplicates, the people of the first pairs listed.
    pub rows: Vec<usize>,
}

/// Why two people look like one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum DuplicateReason {
    SameEmail,
    /// Same surname in one organisation, first names this many edits apart.
    SimilarName {
        distance: usize,
    },
    /// Same surname in one organisation, one first name the start of the other.
    Initial,
}

/// Two people who may be one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DuplicatePeople {
    pub a: PersonIx,
    pub b: PersonIx,
    pub reason: DuplicateReason,
}

/// The checklist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HealthReport {
    /// Every check, in [`HealthCheck::ALL`]'s order, passed ones included.
    pub checks: Vec<Check>,
    /// The likely duplicate pairs, the first `cap`.
    pub duplicates: Vec<DuplicatePeople>,
}

/// Ties last confirmed longer ago than this many days are due a check.
pub const CONFIRM_WITHIN_DAYS: i64 = 365;

/// Runs every check on the map as of `day`, listing at most `cap` records each.
pub fn health(map: &Map, day: Date, cap: usize) -> HealthReport {
    let records = map.records();
    let current: Vec<bool> = records.people.iter().map(|p| p.is_current(day)).collect();
    let mut found: HashMap<HealthCheck, Vec<usize>> = HashMap::default();
    let mut flag = |check: HealthCheck, row: usize| found.entry(check).or_default().push(row);

    for (row, person) in records.people.iter().enumerate().filter(|(row, _)| current[*row]) {
        if person.team_id.is_none() {
            flag(HealthCheck::PeopleWithoutTeam, row);
        }
        if person.level.is_none() {
            flag(HealthCheck::PeopleWithoutLevel, row);
        }
        if person.role.as_deref().is_none_or(|r| r.trim().is_empty()) {
            flag(HealthCheck::PeopleWithoutRole, row);
        }
    }

    // Whether each organisation, and each team with its sub-teams, has a tie
    // to another organisation.
    let mut org_outside = vec![false; records.organisations.len()];
    let mut team_outside = vec![false; records.teams.len()];
    for (row, tie) in records.ties.iter().enumerate() {
        let [a, b] = map.tie_ends(crate::TieIx(row as u32));
        if tie.strength.is_none() {
            flag(HealthCheck::TiesWithoutStrength, row);
        }
        let people = &records.people;
        let until = [people[a.index()].left, people[b.index()].left].into_iter().flatten().fold(day, Date::min);
        match tie.last_contact {
            None => flag(HealthCheck::TiesWithoutContactDate, row),
            Some(last) if (until - last).num_days() > CONFIRM_WITHIN_DAYS => {
                flag(HealthCheck::TiesNotConfirmedForAYear, row)
            }
            Some(_) => {}
        }
        if !(current[a.index()] && current[b.index()]) {
            continue;
        }
        if let (Some(ta), Some(tb)) = (map.person_team(a), map.person_team(b))
            && map.team_org(ta) != map.team_org(tb)
        {
            for team in [ta, tb] {
                org_outside[map.team_org(team).index()] = true;
                // Stop at the first team already marked: its ancestors are too.
                for t in map.team_ancestry(team) {
                    if std::mem::replace(&mut team_outside[t.index()], true) {
                        break;
                    }
                }
            }
        }
    }
    for (row, outside) in org_outside.iter().enumerate() {
        if !outside {
            flag(HealthCheck::OrganisationsWithoutOutsideTies, row);
        }
    }
    let mut partner_teams: Vec<TeamIx> =
        (0..records.partner_links.len()).flat_map(|row| map.partner_link_ends(row)).collect();
    partner_teams.sort_unstable();
    partner_teams.dedup();
    for team in partner_teams {
        if !team_outside[team.index()] {
            flag(HealthCheck::PartnerTeamsWithoutOutsideTies, team.index());
        }
    }

    let duplicates = duplicates(map, &current);
    let checks = HealthCheck::ALL
        .iter()
        .map(|&check| {
            if check == HealthCheck::LikelyDuplicatePeople {
                let rows = duplicates.iter().take(cap).flat_map(|d| [d.a.index(), d.b.index()]).collect();
                return Check { check, count: duplicates.len(), rows };
            }
            let mut rows = found.remove(&check).unwrap_or_default();
            let count = rows.len();
            rows.sort_unstable();
            rows.truncate(cap);
            Check { check, count, rows }
        })
        .collect();
    HealthReport { checks, duplicates: duplicates.into_iter().take(cap).collect() }
}

/// Likely duplicates among the people in post, by (a, b).
fn duplicates(map: &Map, current: &[bool]) -> Vec<DuplicatePeople> {
    let people = &map.records().people;
    let in_post = || (0..people.len()).filter(|&p| current[p]).map(|p| PersonIx(p as u32));
    let mut pairs: Vec<DuplicatePeople> = Vec::new();

    let mut emails: Vec<(String, PersonIx)> =
        in_post().filter_map(|p| people[p.index()].email.as_ref().map(|e| (e.trim().to_lowercase(), p))).collect();
    emails.sort_unstable();
    for group in emails.chunk_by(|x, y| x.0 == y.0) {
        for other in &group[1..] {
            pairs.push(DuplicatePeople { a: group[0].1, b: other.1, reason: DuplicateReason::SameEmail });
        }
    }

    // Blocking by organisation and surname keeps the comparisons to people
    // who could plausibly be one.
    let same_post = |x: PersonIx, y: PersonIx| {
        let (px, py) = (&people[x.index()], &people[y.index()]);
        (px.team_id.is_some() && px.team_id == py.team_id)
            || px.role.as_deref().is_some_and(|r| !r.trim().is_empty() && py.role.as_deref() == Some(r))
    };
    let mut names: Vec<(Option<OrgIx>, String, String, PersonIx)> = in_post()
        .filter_map(|p| {
            let (first, surname) = split_name(&people[p.index()].name)?;
            Some((map.person_org(p), surname, first, p))
        })
        .collect();
    names.sort_unstable();
    for block in names.chunk_by(|x, y| (x.0, &x.1) == (y.0, &y.1)) {
        for (i, x) in block.iter().enumerate() {
            for y in &block[i + 1..] {
                if let Some(reason) = similar_first_names(&x.2, &y.2)
                    && same_post(x.3, y.3)
                {
                    pairs.push(DuplicatePeople { a: x.3.min(y.3), b: x.3.max(y.3), reason });
                }
            }
        }
    }
    pairs.sort_by_key(|d| (d.a, d.b));
    // One pair found both ways is listed once, by its email.
    pairs.dedup_by_key(|d| (d.a, d.b));
    pairs
}

/// Titles a name may start with, which are not its first name.
const TITLES: &[&str] = &["dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sir", "dame", "cllr"];

/// A name's first word and last word, lower case, letters, digits and hyphens
/// only, without a title.
fn split_name(name: &str) -> Option<(String, String)> {
    let mut words = name
        .split(|c: char| c.is_whitespace() || c == '.' || c == ',')
        .map(|w| w.chars().filter(|c| c.is_alphanumeric() || *c == '-').flat_map(char::to_lowercase).collect())
        .filter(|w: &String| !w.is_empty() && !TITLES.contains(&w.as_str()));
    let first = words.next()?;
    let surname = words.next_back()?;
    Some((first, surname))
}

/// Whether two first names (of people with one surname) look like one.
fn similar_first_names(x: &str, y: &str) -> Option<DuplicateReason> {
    let (short, long) = if x.chars().count() <= y.chars().count() { (x, y) } else { (y, x) };
    if short != long && long.starts_with(short) {
        return Some(DuplicateReason::Initial);
    }
    let limit = match long.chars().count() {
        ..=4 => 0,
        5 | 6 => 1,
        _ => 2,
    };
    edit_distance(x, y, limit).map(|distance| DuplicateReason::SimilarName { distance })
}

/// The Levenshtein distance between `x` and `y`, if it is at most `limit`.
fn edit_distance(x: &str, y: &str, limit: usize) -> Option<usize> {
    let x: Vec<char> = x.chars().collect();
    let y: Vec<char> = y.chars().collect();
    if x.len().abs_diff(y.len()) > limit {
        return None;
    }
    let mut previous: Vec<usize> = (0..=y.len()).collect();
    let mut row = vec![0; y.len() + 1];
    for (i, cx) in x.iter().enumerate() {
        row[0] = i + 1;
        for (j, cy) in y.iter().enumerate() {
            row[j + 1] = (previous[j] + usize::from(cx != cy)).min(previous[j + 1] + 1).min(row[j] + 1);
        }
        // Every later row is at least this row's smallest value.
        if row.iter().min().is_some_and(|&m| m > limit) {
            return None;
        }
        std::mem::swap(&mut previous, &mut row);
    }
    Some(previous[y.len()]).filter(|&d| d <= limit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_is_bounded() {
        assert_eq!(edit_distance("catherine", "katherine", 2), Some(1));
        assert_eq!(edit_distance("stephen", "steven", 2), Some(2));
        assert_eq!(edit_distance("john", "mary", 2), None);
        assert_eq!(edit_distance("ann", "ann", 1), Some(0));
    }

    #[test]
    fn shorter_first_names_must_be_closer() {
        assert_eq!(similar_first_names("john", "joan"), None);
        assert_eq!(similar_first_names("john", "john"), Some(DuplicateReason::SimilarName { distance: 0 }));
        assert_eq!(similar_first_names("claire", "clare"), Some(DuplicateReason::SimilarName { distance: 1 }));
        assert_eq!(similar_first_names("layla", "leila"), None);
        assert_eq!(similar_first_names("stephen", "steven"), Some(DuplicateReason::SimilarName { distance: 2 }));
        assert_eq!(similar_first_names("j", "john"), Some(DuplicateReason::Initial));
        assert_eq!(similar_first_names("chris", "christopher"), Some(DuplicateReason::Initial));
    }

    #[test]
    fn names_split_into_first_name_and_surname() {
        assert_eq!(split_name("Dr. Anne-Marie  O'Brien"), Some(("anne-marie".into(), "obrien".into())));
        assert_eq!(split_name("J. Smith"), Some(("j".into(), "smith".into())));
        assert_eq!(split_name("Cher"), None);
    }
}
