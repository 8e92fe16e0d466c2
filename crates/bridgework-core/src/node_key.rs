//! The text that names a node (an organisation, a team or a person) wherever
//! a node is named by text: across the desktop app's boundary, in search
//! hits and scenes, and in the hand-placed positions saved in the map file.
//! It is `org:ID`, `team:ID` or `person:ID`, with the spreadsheet's id, so it
//! stays the same across imports. Built and read only here.

use crate::{Map, OrgIx, PersonIx, TeamIx};
use std::fmt;

/// A node, named by its kind and the spreadsheet's id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NodeKey<'a> {
    Organisation(&'a str),
    Team(&'a str),
    Person(&'a str),
}

impl<'a> NodeKey<'a> {
    /// Reads `org:ID`, `team:ID` or `person:ID`; `None` for anything else.
    /// The id is everything after the first colon, so ids may hold colons.
    pub fn parse(key: &'a str) -> Option<NodeKey<'a>> {
        match key.split_once(':')? {
            ("org", id) => Some(NodeKey::Organisation(id)),
            ("team", id) => Some(NodeKey::Team(id)),
            ("person", id) => Some(NodeKey::Person(id)),
            _ => None,
        }
    }

    /// The spreadsheet's id of the node.
    pub fn id(self) -> &'a str {
        match self {
            NodeKey::Organisation(id) | NodeKey::Team(id) | NodeKey::Person(id) => id,
        }
    }

    /// What a message calls a key that does not read.
    pub const EXPECTED: &'static str = "org:ID, team:ID or person:ID";
}

impl fmt::Display for NodeKey<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NodeKey::Organisation(id) => write!(f, "org:{id}"),
            NodeKey::Team(id) => write!(f, "team:{id}"),
            NodeKey::Person(id) => write!(f, "person:{id}"),
        }
    }
}

impl Map {
    /// The key of the organisation `org`.
    pub fn org_key(&self, org: OrgIx) -> String {
        NodeKey::Organisation(&self.records().organisations[org.index()].id).to_string()
    }

    /// The key of the team `team`.
    pub fn team_key(&self, team: TeamIx) -> String {
        NodeKey::Team(&self.records().teams[team.index()].id).to_string()
    }

    /// The key of the person `person`.
    pub fn person_key(&self, person: PersonIx) -> String {
        NodeKey::Person(&self.records().people[person.index()].id).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::NodeKey;

    #[test]
    fn a_key_reads_back_as_the_node_it_names() {
        for key in [NodeKey::Organisation("nbc"), NodeKey::Team("nbc:asc"), NodeKey::Person("p 1")] {
            assert_eq!(NodeKey::parse(&key.to_string()), Some(key));
        }
        assert_eq!(NodeKey::Team("nbc:asc").to_string(), "team:nbc:asc");
    }

    #[test]
    fn anything_else_is_not_a_key() {
        for text in ["", "nbc", "organisation:nbc", "Person:p1", ":p1"] {
            assert_eq!(NodeKey::parse(text), None, "{text:?}");
        }
    }
}
