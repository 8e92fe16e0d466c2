//! Bridgework's domain model and the analyses that run on it.
//!
//! A map holds organisations, their nested teams, people, the ties between
//! people, partnerships and the partner links between teams. This crate knows
//! the rules a map keeps ([`Map::new`] checks them all and reports every
//! broken one), how two versions of a map differ ([`Changes`]), the person
//! graph the analyses run on ([`PersonGraph`]), and the analyses themselves:
//! tie strength, roll-ups, weak links between partners, level coverage,
//! brokers and silos, communities, counterparts, data health and snapshot
//! diffs (docs/analyses.md gives each one's formula, meaning and cost).
//! [`privacy`] makes the pseudonymised copy of a map that exports and
//! reports leaving the team are made from.
//!
//! It never touches SQL, files or the clock: the store, the interchange
//! formats and the shells do that, and the day an analysis is for is always
//! passed in, so everything here is a pure function of its inputs and can be
//! tested with small hand-built maps. The heavier analyses use every core
//! through rayon, with results that do not depend on how many there are.

pub mod brokerage;
mod changes;
pub mod communities;
mod counterparts;
mod coverage;
mod edit;
mod graph;
mod health;
pub mod layout;
mod map;
mod network;
mod node_key;
mod person_network;
pub mod privacy;
mod problem;
mod progress;
mod records;
mod rollup;
mod snapshot_diff;
mod strength;
mod vocabulary;
pub mod weak_links;

pub use changes::{Changes, TableChanges};
pub use counterparts::{Counterpart, CounterpartQuery, CounterpartReport, ScoreParts, Seeker, counterparts};
pub use coverage::LevelCoverage;
pub use edit::{Edit, EditConflict};
pub use graph::PersonGraph;
pub use health::{Check, DuplicatePeople, DuplicateReason, HealthCheck, HealthReport, health};
pub use map::{Map, OrgIx, PersonIx, TeamIx, TieIx};
pub use network::Network;
pub use node_key::NodeKey;
pub use person_network::PersonNetwork;
pub use privacy::{KeyEntry, PrivacyOptions, PseudonymSecret, Pseudonymised, Pseudonyms, pseudonymise};
pub use problem::Problem;
pub use progress::{Progress, Silent};
pub use records::{Assessment, Organisation, PartnerLink, Partnership, Person, Records, Table, Team, Tie, TieKey};
pub use rollup::{Grouping, RolledLink, rollup};
pub use snapshot_diff::{
    Leaver, LostTie, Moment, PairChange, PairState, STRENGTH_EPSILON, SnapshotDiff, StrengthChange, StrengthPart,
    snapshot_diff,
};
pub use strength::{StrengthModel, TieStrength, frequency_score};
pub use vocabulary::{Frequency, Level, OrgKind, PartnershipModel, TieKind, UnknownValue};

/// A calendar day. Bridgework records days, not instants.
pub type Date = chrono::NaiveDate;
