//! A whole copy of the map read from the file, with the row ids that writing
//! back needs.

use crate::columns::Source;
use crate::partnerships::AssessmentKey;
use crate::row_ids::RowIds;
use crate::{organisations, partner_links, partnerships, people, teams, ties};
use bridgework_core::Records;
use rusqlite::Connection;

/// The records of one copy of the map (live or a snapshot), each table's row
/// ids aligned with its records.
#[derive(Debug, Default)]
pub(crate) struct Stored {
    pub(crate) records: Records,
    pub(crate) orgs: RowIds,
    pub(crate) teams: RowIds,
    pub(crate) people: RowIds,
    pub(crate) ties: Vec<i64>,
    pub(crate) links: Vec<i64>,
    pub(crate) partnerships: RowIds,
    pub(crate) assessments: Vec<AssessmentKey>,
}

impl Stored {
    pub(crate) fn load(conn: &Connection, source: Source) -> rusqlite::Result<Stored> {
        let (organisations, orgs) = organisations::load(conn, source)?;
        let orgs = RowIds::new(orgs);
        let (teams, team_ids) = teams::load(conn, source, (&organisations, &orgs))?;
        let (people, person_ids) = people::load(conn, source, (&teams, &team_ids))?;
        let (ties, tie_keys) = ties::load(conn, source, (&people, &person_ids))?;
        let (partner_links, links) = partner_links::load(conn, source, (&teams, &team_ids))?;
        let (partnerships, partnership_ids) = partnerships::load(conn, source, (&organisations, &orgs))?;
        let (assessments, assessment_keys) =
            partnerships::load_assessments(conn, source, (&partnerships, &partnership_ids))?;
        Ok(Stored {
            records: Records { organisations, teams, people, ties, partner_links, partnerships, assessments },
            orgs,
            teams: team_ids,
            people: person_ids,
            ties: tie_keys,
            links,
            partnerships: partnership_ids,
            assessments: assessment_keys,
        })
    }
}
