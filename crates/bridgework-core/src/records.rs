//! The map's records as a spreadsheet holds them: one row type per table, and
//! references by the spreadsheet's own ids.
//!
//! These rows are the domain entities themselves. [`crate::Map`] wraps a set of
//! them once every reference resolves and every rule holds; the interchange
//! formats, the store and the JSON output all speak in these rows, so an id in
//! a file is the id everywhere.

use crate::Date;
use crate::vocabulary::{Frequency, Level, OrgKind, PartnershipModel, TieKind};
use serde::{Deserialize, Serialize};

/// A partner organisation: a trust, a council, a charity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organisation {
    pub id: String,
    pub name: String,
    pub kind: OrgKind,
    pub short_name: Option<String>,
    /// `#rrggbb`, used to colour the organisation on the map.
    pub colour: Option<String>,
}

/// A node in an organisation's tree: directorate, service or team, at any depth.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Team {
    pub id: String,
    pub org_id: String,
    /// The enclosing team; `None` at the top of the organisation's tree.
    pub parent_team_id: Option<String>,
    pub name: String,
    /// Function tags such as "hospital discharge" or "safeguarding".
    pub functions: Vec<String>,
}

/// A member of staff. People who have left stay for history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub id: String,
    pub team_id: Option<String>,
    pub name: String,
    /// Job title.
    pub role: Option<String>,
    pub level: Option<Level>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub joined: Option<Date>,
    pub left: Option<Date>,
    pub tags: Vec<String>,
}

impl Person {
    /// Whether the person is still in post on `day`: they drop out of current
    /// analysis from the day they leave.
    pub fn is_current(&self, day: Date) -> bool {
        self.left.is_none_or(|left| left > day)
    }
}

/// A working relationship between two people, as someone reported it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tie {
    pub person_a: String,
    pub person_b: String,
    pub kind: TieKind,
    /// The reported strength, 1 (slight) to 5 (very strong).
    pub strength: Option<u8>,
    pub frequency: Option<Frequency>,
    pub last_contact: Option<Date>,
    pub since: Option<Date>,
    /// Who or what reported the tie: a person, "survey", "import".
    pub source: Option<String>,
    pub note: Option<String>,
}

impl Tie {
    /// The tie's identity: the two people in either order, and the kind. Two
    /// people can have one tie of each kind.
    pub fn key(&self) -> TieKey<'_> {
        let (a, b) = if self.person_a <= self.person_b {
            (&self.person_a, &self.person_b)
        } else {
            (&self.person_b, &self.person_a)
        };
        (a.as_str(), b.as_str(), self.kind)
    }
}

/// See [`Tie::key`].
pub type TieKey<'a> = (&'a str, &'a str, TieKind);

/// Two teams in different organisations that are expected to work together.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerLink {
    pub team_a: String,
    pub team_b: String,
    /// Why they should work together: a pathway, a project.
    pub reason: Option<String>,
}

impl PartnerLink {
    /// The link's identity: the two teams in either order.
    pub fn key(&self) -> (&str, &str) {
        if self.team_a <= self.team_b { (&self.team_a, &self.team_b) } else { (&self.team_b, &self.team_a) }
    }
}

/// A partnership between two or more organisations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Partnership {
    pub id: String,
    pub name: String,
    pub model: Option<PartnershipModel>,
    pub purpose: Option<String>,
    pub started: Option<Date>,
    pub org_ids: Vec<String>,
}

/// A dated self-assessment of a partnership, each attribute scored 1–5.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    pub partnership_id: String,
    pub date: Date,
    pub shared_purpose: u8,
    pub shared_values: u8,
    pub agreed_processes: u8,
    pub trust_commitment: u8,
    pub communication: u8,
}

impl Assessment {
    /// The five scores with their column names, in the format's order.
    pub fn scores(&self) -> [(&'static str, u8); 5] {
        [
            ("shared_purpose", self.shared_purpose),
            ("shared_values", self.shared_values),
            ("agreed_processes", self.agreed_processes),
            ("trust_commitment", self.trust_commitment),
            ("communication", self.communication),
        ]
    }
}

/// The tables of a map, in the order a map is built: each table refers only to
/// those before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Table {
    Organisations,
    Teams,
    People,
    Ties,
    PartnerLinks,
    Partnerships,
    Assessments,
}

impl Table {
    pub const ALL: [Table; 7] = [
        Table::Organisations,
        Table::Teams,
        Table::People,
        Table::Ties,
        Table::PartnerLinks,
        Table::Partnerships,
        Table::Assessments,
    ];

    /// The table's name in files: `people` for `people.csv` or the `people` sheet.
    pub fn name(self) -> &'static str {
        match self {
            Table::Organisations => "organisations",
            Table::Teams => "teams",
            Table::People => "people",
            Table::Ties => "ties",
            Table::PartnerLinks => "partner_links",
            Table::Partnerships => "partnerships",
            Table::Assessments => "assessments",
        }
    }
}

/// Every record of a map, references by id, not yet checked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Records {
    pub organisations: Vec<Organisation>,
    pub teams: Vec<Team>,
    pub people: Vec<Person>,
    pub ties: Vec<Tie>,
    pub partner_links: Vec<PartnerLink>,
    pub partnerships: Vec<Partnership>,
    pub assessments: Vec<Assessment>,
}

impl Records {
    /// How many rows a table holds.
    pub fn len(&self, table: Table) -> usize {
        match table {
            Table::Organisations => self.organisations.len(),
            Table::Teams => self.teams.len(),
            Table::People => self.people.len(),
            Table::Ties => self.ties.len(),
            Table::PartnerLinks => self.partner_links.len(),
            Table::Partnerships => self.partnerships.len(),
            Table::Assessments => self.assessments.len(),
        }
    }

    /// Replaces one table with the same table of `other`.
    pub fn take_table(&mut self, table: Table, other: &mut Records) {
        use std::mem::take;
        match table {
            Table::Organisations => self.organisations = take(&mut other.organisations),
            Table::Teams => self.teams = take(&mut other.teams),
            Table::People => self.people = take(&mut other.people),
            Table::Ties => self.ties = take(&mut other.ties),
            Table::PartnerLinks => self.partner_links = take(&mut other.partner_links),
            Table::Partnerships => self.partnerships = take(&mut other.partnerships),
            Table::Assessments => self.assessments = take(&mut other.assessments),
        }
    }
}
