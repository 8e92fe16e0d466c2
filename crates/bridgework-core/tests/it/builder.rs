//! A terse way to build partnership cases: two partnered organisations, a
//! hospital ("H") and a council ("C"), a voluntary body ("V") outside the
//! partnership, a few teams each, and people and ties added by name.

use bridgework_core::*;

pub const DAY: &str = "2026-11-01";

pub fn day() -> Date {
    DAY.parse().unwrap()
}

pub struct Case {
    pub records: Records,
}

impl Case {
    /// Teams: H/discharge (with sub-team H/discharge-nights), H/frailty,
    /// C/reablement, C/safeguarding, V/carers; a partnership between H and C;
    /// a partner link H/discharge – C/reablement.
    pub fn new() -> Case {
        let org = |id: &str, name: &str, kind| Organisation {
            id: id.into(),
            name: name.into(),
            kind,
            short_name: None,
            colour: None,
        };
        let team = |id: &str, org: &str, parent: Option<&str>, name: &str| Team {
            id: id.into(),
            org_id: org.into(),
            parent_team_id: parent.map(Into::into),
            name: name.into(),
            functions: vec![],
        };
        Case {
            records: Records {
                organisations: vec![
                    org("H", "Hospital", OrgKind::Acute),
                    org("C", "Council", OrgKind::LocalAuthority),
                    org("V", "Carers Trust", OrgKind::Voluntary),
                ],
                teams: vec![
                    team("discharge", "H", None, "Discharge Team"),
                    team("nights", "H", Some("discharge"), "Night Discharge"),
                    team("frailty", "H", None, "Frailty Unit"),
                    team("reablement", "C", None, "Reablement"),
                    team("safeguarding", "C", None, "Safeguarding"),
                    team("carers", "V", None, "Carers Support"),
                ],
                partner_links: vec![PartnerLink {
                    team_a: "discharge".into(),
                    team_b: "reablement".into(),
                    reason: Some("Discharge to assess".into()),
                }],
                partnerships: vec![Partnership {
                    id: "place".into(),
                    name: "Place".into(),
                    model: Some(PartnershipModel::Mandated),
                    purpose: None,
                    started: None,
                    org_ids: vec!["H".into(), "C".into()],
                }],
                ..Records::default()
            },
        }
    }

    /// Adds a person; their id is their name.
    pub fn person(mut self, name: &str, team: &str, level: Level) -> Case {
        self.records.people.push(Person {
            id: name.into(),
            team_id: Some(team.into()),
            name: name.into(),
            role: None,
            level: Some(level),
            email: None,
            phone: None,
            joined: None,
            left: None,
            tags: vec![],
        });
        self
    }

    pub fn left(mut self, name: &str, on: &str) -> Case {
        let person = self.records.people.iter_mut().find(|p| p.id == name).expect("a person of the case");
        person.left = Some(on.parse().unwrap());
        self
    }

    /// Adds a strong weekly tie last used `days_ago` days before [`DAY`].
    pub fn tie(self, a: &str, b: &str, days_ago: i64) -> Case {
        self.rated_tie(a, b, 5, days_ago)
    }

    pub fn rated_tie(mut self, a: &str, b: &str, strength: u8, days_ago: i64) -> Case {
        self.records.ties.push(Tie {
            person_a: a.into(),
            person_b: b.into(),
            kind: TieKind::WorksWith,
            strength: Some(strength),
            frequency: Some(Frequency::Weekly),
            last_contact: Some(day() - chrono::Days::new(days_ago as u64)),
            since: None,
            source: None,
            note: None,
        });
        self
    }

    pub fn map(self) -> Map {
        Map::new(self.records).expect("the case is a valid map")
    }
}
