//! Pseudonymised copies of a map, for exports and reports that leave the
//! team: every person named by a stable pseudonym ("Person 0412"), and no
//! team smaller than a minimum group size.
//!
//! [`pseudonymise`] works on [`Records`], before any analysis: the weak
//! links, brokers, wording, pictures, networks and tables of an export or
//! report are all made from the records it returns, so every output built
//! from them is pseudonymised by construction, with nothing to remember at
//! each place a name is written.
//!
//! What changes, record by record:
//! - a person's name becomes their pseudonym and their id its id ("P0412");
//!   their email and phone are removed; their job title and tags, like every
//!   free text below, have each person's spellings replaced ([`names`]);
//! - ties refer to the new ids; their source and note are free text;
//! - teams (name, functions), organisations (name, short name), partner
//!   links (reason) and partnerships (name, purpose) are free text; their
//!   ids are kept, as are dates, levels, ratings and every count;
//! - with a minimum group size, small teams are folded ([`min_group`]).
//!
//! A pseudonym comes from the map's secret and the person's spreadsheet id
//! ([`pseudonyms`]), so the same person has the same pseudonym in every
//! export and report of the map. The key from pseudonyms to people comes
//! back beside the records, to be written only when asked.

mod min_group;
mod names;
mod pseudonyms;

pub use min_group::SMALLER_TEAMS;
pub use pseudonyms::{Pseudonym, PseudonymSecret, Pseudonyms};

use crate::node_key::NodeKey;
use crate::records::Records;
use crate::{Date, Person};
use names::NameFinder;
use rustc_hash::FxHashMap;
use serde::Serialize;
use std::collections::BTreeMap;

/// How far to pseudonymise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PrivacyOptions {
    /// Fold every team of fewer people in post than this; `None` (or 0 or
    /// 1) folds none.
    pub min_group: Option<usize>,
    /// The day people are counted in post on, for the minimum group size.
    pub day: Date,
}

/// One row of the key from pseudonyms to people: who each pseudonym is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KeyEntry {
    /// "Person 0412".
    pub pseudonym: String,
    /// The id that stands for the person's: "P0412".
    pub pseudonym_id: String,
    /// The person's spreadsheet id.
    pub person_id: String,
    pub name: String,
}

/// A pseudonymised copy of a map's records.
#[derive(Debug, Clone)]
pub struct Pseudonymised {
    pub records: Records,
    /// Who each pseudonym is, in the order of the pseudonyms.
    pub key: Vec<KeyEntry>,
    /// Each folded team's id, with the id of the team it went into.
    pub folded_teams: BTreeMap<String, String>,
    /// Each person's id, with the id that stands for it.
    person_ids: FxHashMap<String, String>,
}

impl Pseudonymised {
    /// A node key of the map (`person:ID`, `team:ID`, `org:ID`) as the
    /// pseudonymised records name the same node: a person by their
    /// pseudonym's id, a folded team by the team it went into. `None` for
    /// a key that names nothing of the map, or is no key.
    pub fn node_key(&self, key: &str) -> Option<String> {
        match NodeKey::parse(key)? {
            NodeKey::Person(id) => Some(NodeKey::Person(self.person_ids.get(id)?).to_string()),
            NodeKey::Team(id) => Some(NodeKey::Team(self.team_id(id)).to_string()),
            NodeKey::Organisation(_) => Some(key.to_string()),
        }
    }

    /// A team's id as the pseudonymised records have it: its own, or that
    /// of the team it was folded into.
    pub fn team_id<'a>(&'a self, id: &'a str) -> &'a str {
        self.folded_teams.get(id).map_or(id, String::as_str)
    }

    /// The id that stands for a person's spreadsheet id.
    pub fn person_id(&self, id: &str) -> Option<&str> {
        self.person_ids.get(id).map(String::as_str)
    }
}

/// A copy of `records` in which no person is named and, with
/// `options.min_group`, no team is smaller than it (see the module header).
/// `pseudonyms` should hold everyone the map has ever held, live and in
/// snapshots, so that a person's pseudonym is the same whichever copy is
/// exported; anyone it lacks is given one after everyone it has.
pub fn pseudonymise(
    records: &Records,
    secret: &PseudonymSecret,
    pseudonyms: &Pseudonyms,
    options: &PrivacyOptions,
) -> Pseudonymised {
    let mut pseudonyms = pseudonyms.clone();
    pseudonyms.add(secret, records.people.iter().map(|p| p.id.as_str()));
    let of = |id: &str| pseudonyms.get(id).expect("everyone has been given a pseudonym");

    let mut out = records.clone();
    let folded_teams = match options.min_group {
        Some(n) if n > 1 => min_group::fold(&mut out, n, options.day),
        _ => BTreeMap::new(),
    };
    let finder = NameFinder::new(&records.people, |p: &Person| of(&p.id).name());
    let text = |s: &mut String| *s = finder.replace(s);
    let text_opt = |s: &mut Option<String>| *s = finder.replace_opt(s);

    let mut key = Vec::with_capacity(out.people.len());
    let mut person_ids = FxHashMap::default();
    for person in &mut out.people {
        let pseudonym = of(&person.id);
        key.push(KeyEntry {
            pseudonym: pseudonym.name(),
            pseudonym_id: pseudonym.id(),
            person_id: person.id.clone(),
            name: person.name.clone(),
        });
        person_ids.insert(std::mem::replace(&mut person.id, pseudonym.id()), pseudonym.id());
        person.name = pseudonym.name();
        person.email = None;
        person.phone = None;
        text_opt(&mut person.role);
        person.tags.iter_mut().for_each(text);
    }
    key.sort_by(|a, b| a.pseudonym_id.len().cmp(&b.pseudonym_id.len()).then(a.pseudonym_id.cmp(&b.pseudonym_id)));
    for tie in &mut out.ties {
        for end in [&mut tie.person_a, &mut tie.person_b] {
            if let Some(id) = person_ids.get(end.as_str()) {
                end.clone_from(id);
            }
        }
        text_opt(&mut tie.source);
        text_opt(&mut tie.note);
    }
    for team in &mut out.teams {
        text(&mut team.name);
        team.functions.iter_mut().for_each(text);
    }
    for org in &mut out.organisations {
        text(&mut org.name);
        text_opt(&mut org.short_name);
    }
    for link in &mut out.partner_links {
        text_opt(&mut link.reason);
    }
    for partnership in &mut out.partnerships {
        text(&mut partnership.name);
        text_opt(&mut partnership.purpose);
    }
    Pseudonymised { records: out, key, folded_teams, person_ids }
}
