//! A checked map: records whose references all resolve and whose rules all
//! hold, with the references resolved to indices for analysis.

use crate::Date;
use crate::problem::Problem;
use crate::records::{Records, Table};
use crate::vocabulary::TieKind;
use rustc_hash::FxHashMap as HashMap;
use std::collections::hash_map::Entry;

macro_rules! index_type {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u32);

        impl $name {
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}

index_type!(
    /// The position of an organisation in [`Records::organisations`].
    OrgIx
);
index_type!(
    /// The position of a team in [`Records::teams`].
    TeamIx
);
index_type!(
    /// The position of a person in [`Records::people`].
    PersonIx
);
index_type!(
    /// The position of a tie in [`Records::ties`].
    TieIx
);

/// A map whose records are known to be consistent.
#[derive(Debug, Clone)]
pub struct Map {
    records: Records,
    org_by_id: HashMap<String, OrgIx>,
    team_by_id: HashMap<String, TeamIx>,
    person_by_id: HashMap<String, PersonIx>,
    team_org: Vec<OrgIx>,
    team_parent: Vec<Option<TeamIx>>,
    person_team: Vec<Option<TeamIx>>,
    tie_ends: Vec<[PersonIx; 2]>,
    link_ends: Vec<[TeamIx; 2]>,
}

/// The highest valid score or strength rating.
const MAX_RATING: u8 = 5;

impl Map {
    /// An empty map.
    pub fn empty() -> Map {
        Map::new(Records::default()).expect("an empty map breaks no rule")
    }

    /// Checks every rule and resolves every reference. Reports every problem,
    /// not only the first.
    pub fn new(records: Records) -> Result<Map, Vec<Problem>> {
        let mut checker = Checker { problems: Vec::new() };
        let org_by_id =
            checker.unique_ids(Table::Organisations, records.organisations.iter().map(|o| o.id.as_str()), OrgIx);
        let team_by_id = checker.unique_ids(Table::Teams, records.teams.iter().map(|t| t.id.as_str()), TeamIx);
        let person_by_id = checker.unique_ids(Table::People, records.people.iter().map(|p| p.id.as_str()), PersonIx);

        for (row, org) in records.organisations.iter().enumerate() {
            checker.not_blank(Table::Organisations, row, "name", &org.name);
            if let Some(colour) = &org.colour
                && !is_hex_colour(colour)
            {
                checker.report(
                    Table::Organisations,
                    row,
                    "colour",
                    format!("\"{colour}\" is not a colour; write it as #rrggbb, e.g. #1f77b4"),
                );
            }
        }

        let mut team_org = Vec::with_capacity(records.teams.len());
        let mut team_parent = Vec::with_capacity(records.teams.len());
        for (row, team) in records.teams.iter().enumerate() {
            checker.not_blank(Table::Teams, row, "name", &team.name);
            let org = checker.resolve(Table::Teams, row, "org_id", &team.org_id, &org_by_id, "organisation");
            team_org.push(org.unwrap_or(OrgIx(u32::MAX)));
            let parent = team
                .parent_team_id
                .as_ref()
                .and_then(|parent| checker.resolve(Table::Teams, row, "parent_team_id", parent, &team_by_id, "team"));
            team_parent.push(parent);
        }
        for (row, team) in records.teams.iter().enumerate() {
            let Some(parent) = team_parent[row] else { continue };
            let parent_org = team_org[parent.index()];
            if parent_org != team_org[row] && parent_org.0 != u32::MAX && team_org[row].0 != u32::MAX {
                checker.report(
                    Table::Teams,
                    row,
                    "parent_team_id",
                    format!(
                        "parent team \"{}\" belongs to organisation \"{}\", not \"{}\"",
                        records.teams[parent.index()].id,
                        records.teams[parent.index()].org_id,
                        team.org_id
                    ),
                );
            }
        }
        checker.no_cycles(&records, &mut team_parent);

        let mut person_team = Vec::with_capacity(records.people.len());
        for (row, person) in records.people.iter().enumerate() {
            checker.not_blank(Table::People, row, "name", &person.name);
            let team = person
                .team_id
                .as_ref()
                .and_then(|team| checker.resolve(Table::People, row, "team_id", team, &team_by_id, "team"));
            person_team.push(team);
            if let (Some(joined), Some(left)) = (person.joined, person.left)
                && left < joined
            {
                checker.report(Table::People, row, "left", format!("left on {left}, before joining on {joined}"));
            }
            if let Some(email) = &person.email
                && (!email.contains('@') || email.contains(char::is_whitespace))
            {
                checker.report(Table::People, row, "email", format!("\"{email}\" is not an email address"));
            }
        }

        let mut tie_ends = Vec::with_capacity(records.ties.len());
        // Ties are the bulk of a map: sorting their identities finds repeats far
        // faster than hashing id strings.
        let mut tie_keys: Vec<(PersonIx, PersonIx, TieKind, usize)> = Vec::with_capacity(records.ties.len());
        for (row, tie) in records.ties.iter().enumerate() {
            let a = checker.resolve(Table::Ties, row, "person_a", &tie.person_a, &person_by_id, "person");
            let b = checker.resolve(Table::Ties, row, "person_b", &tie.person_b, &person_by_id, "person");
            tie_ends.push([a.unwrap_or(PersonIx(u32::MAX)), b.unwrap_or(PersonIx(u32::MAX))]);
            if tie.person_a == tie.person_b {
                checker.report(Table::Ties, row, "person_b", format!("a tie from \"{}\" to themself", tie.person_a));
            }
            checker.rating(Table::Ties, row, "strength", tie.strength);
            if let (Some(since), Some(last)) = (tie.since, tie.last_contact)
                && last < since
            {
                checker.report(
                    Table::Ties,
                    row,
                    "last_contact",
                    format!("last contact {last} is before the tie began ({since})"),
                );
            }
            if let (Some(a), Some(b)) = (a, b) {
                tie_keys.push((a.min(b), a.max(b), tie.kind, row));
            }
        }
        tie_keys.sort_unstable();
        let mut first_row = 0;
        for (i, &(a, b, kind, row)) in tie_keys.iter().enumerate() {
            if i == 0 || (a, b, kind) != (tie_keys[i - 1].0, tie_keys[i - 1].1, tie_keys[i - 1].2) {
                first_row = row;
                continue;
            }
            let tie = &records.ties[row];
            checker.problems.push(Problem {
                first_row: Some(first_row),
                ..Problem::new(
                    Table::Ties,
                    row,
                    None,
                    format!("a second {kind} tie between \"{}\" and \"{}\"", tie.person_a, tie.person_b),
                )
            });
        }

        let mut link_ends = Vec::with_capacity(records.partner_links.len());
        let mut link_keys: HashMap<_, usize> = HashMap::default();
        for (row, link) in records.partner_links.iter().enumerate() {
            let a = checker.resolve(Table::PartnerLinks, row, "team_a", &link.team_a, &team_by_id, "team");
            let b = checker.resolve(Table::PartnerLinks, row, "team_b", &link.team_b, &team_by_id, "team");
            if let (Some(a), Some(b)) = (a, b) {
                let (org_a, org_b) = (team_org[a.index()], team_org[b.index()]);
                if org_a == org_b && org_a.0 != u32::MAX {
                    checker.report(
                        Table::PartnerLinks,
                        row,
                        "team_b",
                        format!(
                            "teams \"{}\" and \"{}\" are both in organisation \"{}\"; a partner link joins two organisations",
                            link.team_a, link.team_b, records.teams[a.index()].org_id
                        ),
                    );
                }
            }
            link_ends.push([a.unwrap_or(TeamIx(u32::MAX)), b.unwrap_or(TeamIx(u32::MAX))]);
            checker.unique_key(Table::PartnerLinks, row, &mut link_keys, link.key(), || {
                format!("a second partner link between \"{}\" and \"{}\"", link.team_a, link.team_b)
            });
        }

        let partnership_by_id =
            checker.unique_ids(Table::Partnerships, records.partnerships.iter().map(|p| p.id.as_str()), |i| i);
        for (row, partnership) in records.partnerships.iter().enumerate() {
            checker.not_blank(Table::Partnerships, row, "name", &partnership.name);
            let mut seen = Vec::new();
            for org in &partnership.org_ids {
                checker.resolve(Table::Partnerships, row, "organisations", org, &org_by_id, "organisation");
                if seen.contains(&org) {
                    checker.report(Table::Partnerships, row, "organisations", format!("\"{org}\" is listed twice"));
                } else {
                    seen.push(org);
                }
            }
            if seen.len() < 2 {
                checker.report(
                    Table::Partnerships,
                    row,
                    "organisations",
                    "a partnership needs at least two organisations".to_string(),
                );
            }
        }
        let mut assessment_keys: HashMap<_, usize> = HashMap::default();
        for (row, assessment) in records.assessments.iter().enumerate() {
            checker.resolve(
                Table::Assessments,
                row,
                "partnership_id",
                &assessment.partnership_id,
                &partnership_by_id,
                "partnership",
            );
            for (column, score) in assessment.scores() {
                checker.rating(Table::Assessments, row, column, Some(score));
            }
            checker.unique_key(
                Table::Assessments,
                row,
                &mut assessment_keys,
                (assessment.partnership_id.as_str(), assessment.date),
                || format!("a second assessment of \"{}\" on {}", assessment.partnership_id, assessment.date),
            );
        }

        if !checker.problems.is_empty() {
            // In the order of the tables and their rows, as a person reads a file.
            checker.problems.sort_by_key(|p| (p.table, p.row));
            return Err(checker.problems);
        }
        Ok(Map {
            records,
            org_by_id,
            team_by_id,
            person_by_id,
            team_org,
            team_parent,
            person_team,
            tie_ends,
            link_ends,
        })
    }

    pub fn records(&self) -> &Records {
        &self.records
    }

    pub fn into_records(self) -> Records {
        self.records
    }

    pub fn org_by_id(&self, id: &str) -> Option<OrgIx> {
        self.org_by_id.get(id).copied()
    }

    pub fn team_by_id(&self, id: &str) -> Option<TeamIx> {
        self.team_by_id.get(id).copied()
    }

    pub fn person_by_id(&self, id: &str) -> Option<PersonIx> {
        self.person_by_id.get(id).copied()
    }

    /// The organisation a team belongs to.
    pub fn team_org(&self, team: TeamIx) -> OrgIx {
        self.team_org[team.index()]
    }

    /// The team enclosing `team`, if any.
    pub fn team_parent(&self, team: TeamIx) -> Option<TeamIx> {
        self.team_parent[team.index()]
    }

    /// `team` and every team enclosing it, innermost first.
    pub fn team_ancestry(&self, team: TeamIx) -> impl Iterator<Item = TeamIx> + '_ {
        std::iter::successors(Some(team), |t| self.team_parent(*t))
    }

    /// How deep a team sits: 0 at the top of its organisation.
    pub fn team_depth(&self, team: TeamIx) -> usize {
        self.team_ancestry(team).count() - 1
    }

    pub fn person_team(&self, person: PersonIx) -> Option<TeamIx> {
        self.person_team[person.index()]
    }

    /// The organisation a person works for, through their team.
    pub fn person_org(&self, person: PersonIx) -> Option<OrgIx> {
        self.person_team(person).map(|team| self.team_org(team))
    }

    /// The two people a tie joins, in the order recorded.
    pub fn tie_ends(&self, tie: TieIx) -> [PersonIx; 2] {
        self.tie_ends[tie.index()]
    }

    /// The two teams a partner link joins, in the order recorded.
    pub fn partner_link_ends(&self, link: usize) -> [TeamIx; 2] {
        self.link_ends[link]
    }

    /// People still in post on `day`.
    pub fn current_people(&self, day: Date) -> impl Iterator<Item = PersonIx> + '_ {
        self.records.people.iter().enumerate().filter(move |(_, p)| p.is_current(day)).map(|(i, _)| PersonIx(i as u32))
    }
}

/// Whether `text` is `#rrggbb`.
fn is_hex_colour(text: &str) -> bool {
    text.len() == 7 && text.starts_with('#') && text[1..].chars().all(|c| c.is_ascii_hexdigit())
}

/// Collects problems while the map is checked.
struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn report(&mut self, table: Table, row: usize, column: &'static str, message: String) {
        self.problems.push(Problem::new(table, row, Some(column), message));
    }

    fn not_blank(&mut self, table: Table, row: usize, column: &'static str, value: &str) {
        if value.trim().is_empty() {
            self.report(table, row, column, format!("{column} is empty"));
        }
    }

    fn rating(&mut self, table: Table, row: usize, column: &'static str, value: Option<u8>) {
        if let Some(value) = value
            && !(1..=MAX_RATING).contains(&value)
        {
            self.report(table, row, column, format!("{value} is not between 1 and {MAX_RATING}"));
        }
    }

    fn unique_ids<'a, I: Copy>(
        &mut self,
        table: Table,
        ids: impl Iterator<Item = &'a str>,
        make: impl Fn(u32) -> I,
    ) -> HashMap<String, I> {
        let mut by_id = HashMap::default();
        let mut rows: HashMap<&str, usize> = HashMap::default();
        for (row, id) in ids.enumerate() {
            if id.trim().is_empty() {
                self.report(table, row, "id", "id is empty".to_string());
                continue;
            }
            match rows.entry(id) {
                Entry::Occupied(first) => self.problems.push(Problem {
                    first_row: Some(*first.get()),
                    ..Problem::new(table, row, Some("id"), format!("duplicate id \"{id}\""))
                }),
                Entry::Vacant(slot) => {
                    slot.insert(row);
                    by_id.insert(id.to_string(), make(row as u32));
                }
            }
        }
        by_id
    }

    fn unique_key<K: std::hash::Hash + Eq>(
        &mut self,
        table: Table,
        row: usize,
        seen: &mut HashMap<K, usize>,
        key: K,
        describe: impl FnOnce() -> String,
    ) {
        match seen.entry(key) {
            Entry::Occupied(first) => self
                .problems
                .push(Problem { first_row: Some(*first.get()), ..Problem::new(table, row, None, describe()) }),
            Entry::Vacant(slot) => {
                slot.insert(row);
            }
        }
    }

    fn resolve<I: Copy>(
        &mut self,
        table: Table,
        row: usize,
        column: &'static str,
        id: &str,
        by_id: &HashMap<String, I>,
        what: &str,
    ) -> Option<I> {
        let found = by_id.get(id).copied();
        if found.is_none() {
            let message =
                if id.trim().is_empty() { format!("{column} is empty") } else { format!("unknown {what} id \"{id}\"") };
            self.report(table, row, column, message);
        }
        found
    }

    /// Reports every team that is its own ancestor, and cuts the loop so that
    /// walking up the tree always ends.
    fn no_cycles(&mut self, records: &Records, parents: &mut [Option<TeamIx>]) {
        const UNSEEN: u8 = 0;
        const ON_PATH: u8 = 1;
        const DONE: u8 = 2;
        let mut state = vec![UNSEEN; parents.len()];
        for start in 0..parents.len() {
            let mut path: Vec<usize> = Vec::new();
            let mut at = Some(start);
            while let Some(team) = at {
                match state[team] {
                    DONE => break,
                    ON_PATH => {
                        let cycle_start = path.iter().position(|t| *t == team).unwrap_or(0);
                        let names: Vec<&str> =
                            path[cycle_start..].iter().map(|t| records.teams[*t].id.as_str()).collect();
                        self.report(
                            Table::Teams,
                            team,
                            "parent_team_id",
                            format!("teams are nested in a loop: {} → {}", names.join(" → "), names[0]),
                        );
                        parents[*path.last().expect("a loop has a last step")] = None;
                        break;
                    }
                    _ => {
                        state[team] = ON_PATH;
                        path.push(team);
                        at = parents[team].map(TeamIx::index);
                    }
                }
            }
            for team in path {
                state[team] = DONE;
            }
        }
    }
}
