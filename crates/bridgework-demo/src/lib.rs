//! Bridgework's built-in data: the demo map of a fictional local health and
//! care system ([`demo_map`]), and a generator of maps of the same shape at any
//! size, for benchmarks and tests ([`Synthetic`]).
//!
//! Both are pure functions of their inputs: the demo of the day it is drawn up
//! for, the generator of its size, seed and day. Every date is counted back
//! from that day, so a map is current whenever it is made. Both report the weak
//! links they were built to contain ([`demo_planted`], [`Synthetic::planted`]),
//! so tests can check that the analyses find them; see [`PlantedWeakLink`] for
//! how they are planted. [`hostile_names`] lists names no format may break on.
//!
//! This crate never reads the clock, files or the network, and depends on no
//! random-number crate: its generator is its own, so a seed gives the same map
//! on every build. Every organisation, place and person in it is invented.

mod blemishes;
mod demo;
mod hostile;
mod names;
mod organisations;
mod partnerships;
mod planted;
mod random;
mod structure;
mod synthetic;
mod ties;

pub use demo::{demo_map, demo_planted};
pub use hostile::hostile_names;
pub use planted::{PlantedCategory, PlantedWeakLink};
pub use synthetic::Synthetic;

use bridgework_core::{Assessment, Date, PartnerLink, Partnership, Records};

/// A generated map and the weak links planted in it.
struct Generated {
    records: Records,
    planted: Vec<PlantedWeakLink>,
}

impl Generated {
    fn assemble(
        structure: structure::Structure,
        ties: ties::TieSet,
        partner_links: Vec<PartnerLink>,
        partnerships: Vec<Partnership>,
        assessments: Vec<Assessment>,
        planted: Vec<PlantedWeakLink>,
        as_of: Date,
    ) -> Generated {
        let ties = ties.into_records(structure.ids, as_of);
        let (organisations, teams, people) = structure.into_records(as_of);
        let records = Records { organisations, teams, people, ties, partner_links, partnerships, assessments };
        Generated { records, planted }
    }
}
