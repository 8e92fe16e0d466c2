//! A small hand-built map that uses every table and every optional field.

use bridgework_core::*;
use bridgework_store::Store;
use std::path::PathBuf;
use tempfile::TempDir;

pub fn day(text: &str) -> Date {
    text.parse().expect("a test date")
}

pub const AT: &str = "2026-11-24T09:00:00Z";

/// A snapshot called `name`, with no note, as of the day of [`AT`].
pub fn snapshot(name: &str) -> bridgework_store::NewSnapshot<'_> {
    bridgework_store::NewSnapshot { name, note: None, as_of: "2026-11-24" }
}

pub fn records() -> Records {
    let org = |id: &str, name: &str, kind| Organisation {
        id: id.into(),
        name: name.into(),
        kind,
        short_name: Some(id.to_uppercase()),
        colour: Some("#1f77b4".into()),
    };
    let team = |id: &str, org: &str, parent: Option<&str>, name: &str| Team {
        id: id.into(),
        org_id: org.into(),
        parent_team_id: parent.map(Into::into),
        name: name.into(),
        functions: vec!["hospital discharge".into(), "frailty".into()],
    };
    let person = |id: &str, team: &str, name: &str, level| Person {
        id: id.into(),
        team_id: Some(team.into()),
        name: name.into(),
        role: Some("Discharge Coordinator".into()),
        level: Some(level),
        email: Some(format!("{id}@example.org")),
        phone: None,
        joined: Some(day("2020-01-06")),
        left: None,
        tags: vec![],
    };
    let tie = |a: &str, b: &str, kind, strength| Tie {
        person_a: a.into(),
        person_b: b.into(),
        kind,
        strength: Some(strength),
        frequency: Some(Frequency::Weekly),
        last_contact: Some(day("2026-10-01")),
        since: Some(day("2024-03-01")),
        source: Some("survey 2026".into()),
        note: Some("met at the \"flow\" huddle, 'daily'".into()),
    };
    let mut left = person("p4", "council-reablement", "Tomasz Nowak", Level::Frontline);
    left.left = Some(day("2026-06-30"));
    left.tags = vec!["bank".into()];
    Records {
        organisations: vec![
            org("acute", "Ashworth Hospitals NHS Trust", OrgKind::Acute),
            org("council", "Ashworth Council Adult Social Care", OrgKind::LocalAuthority),
        ],
        teams: vec![
            team("acute-ops", "acute", None, "Operations"),
            team("acute-discharge", "acute", Some("acute-ops"), "Integrated Discharge Team"),
            team("council-asc", "council", None, "Adult Social Care"),
            team("council-reablement", "council", Some("council-asc"), "Reablement"),
        ],
        people: vec![
            person("p1", "acute-discharge", "Priya Shah", Level::Middle),
            person("p2", "acute-discharge", "Zoë Ellis", Level::Frontline),
            person("p3", "council-reablement", "Siân Hughes", Level::Senior),
            left,
        ],
        ties: vec![
            tie("p1", "p3", TieKind::WorksWith, 4),
            tie("p3", "p1", TieKind::Informal, 2),
            tie("p2", "p1", TieKind::Advice, 5),
            tie("p2", "p4", TieKind::WorksWith, 3),
        ],
        partner_links: vec![PartnerLink {
            team_a: "acute-discharge".into(),
            team_b: "council-reablement".into(),
            reason: Some("Discharge to assess pathway".into()),
        }],
        partnerships: vec![Partnership {
            id: "place".into(),
            name: "Ashworth Place Partnership".into(),
            model: Some(PartnershipModel::Mandated),
            purpose: Some("Joined-up care for older people".into()),
            started: Some(day("2023-04-01")),
            org_ids: vec!["council".into(), "acute".into()],
        }],
        assessments: vec![Assessment {
            partnership_id: "place".into(),
            date: day("2026-03-31"),
            shared_purpose: 4,
            shared_values: 3,
            agreed_processes: 2,
            trust_commitment: 3,
            communication: 4,
        }],
    }
}

pub fn map() -> Map {
    Map::new(records()).expect("the fixture is a valid map")
}

/// A folder that disappears with the test, and a map file path inside it.
pub struct Scratch {
    pub dir: TempDir,
}

impl Scratch {
    pub fn new() -> Scratch {
        Scratch { dir: tempfile::tempdir().expect("a temporary folder") }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// A new map file holding the fixture.
    pub fn map_file(&self) -> PathBuf {
        let path = self.path("map.bwmap");
        Store::create(&path, "Test map", &map(), AT).expect("the map is created");
        path
    }

    /// The names of the files in the folder.
    pub fn files(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.dir.path())
            .expect("the folder lists")
            .map(|e| e.expect("an entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }
}

/// Records in a canonical order, so that two loads of the same map compare
/// equal whatever order each table was read in.
pub fn sorted(mut records: Records) -> Records {
    records.ties.sort_by(|a, b| a.key().cmp(&b.key()));
    records.partner_links.sort_by(|a, b| a.key().cmp(&b.key()));
    records.assessments.sort_by(|a, b| (&a.partnership_id, a.date).cmp(&(&b.partnership_id, b.date)));
    records
}
