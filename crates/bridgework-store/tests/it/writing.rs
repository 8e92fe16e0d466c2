//! Writing maps: creating, updating by the spreadsheet's ids, and keeping
//! nothing but the map file.

use crate::fixture::*;
use bridgework_core::{Map, Silent, Table};
use bridgework_store::{Position, Store};

#[test]
fn a_created_map_reads_back_exactly() {
    let scratch = Scratch::new();
    let path = scratch.map_file();
    let store = Store::open_read_only(&path).unwrap();
    assert_eq!(sorted(store.load().unwrap()), sorted(records()));
    assert_eq!(store.name().unwrap(), "Test map");
    let counts = store.counts(day("2026-11-24")).unwrap();
    assert_eq!((counts.people, counts.people_in_post, counts.ties), (4, 3, 4));
}

#[test]
fn no_side_files_are_left_after_creating_and_updating() {
    let scratch = Scratch::new();
    let path = scratch.map_file();
    {
        let mut store = Store::open(&path).unwrap();
        let mut records = records();
        records.people[0].name = "Priya Shah-Patel".into();
        store.update().unwrap().commit(&Map::new(records).unwrap(), "import", "test", AT, &Silent).unwrap();
    }
    assert_eq!(scratch.files(), vec!["map.bwmap".to_string()]);
}

#[test]
fn creating_over_an_existing_file_is_refused_and_leaves_it_alone() {
    let scratch = Scratch::new();
    let path = scratch.path("notes.bwmap");
    std::fs::write(&path, "my notes").unwrap();
    let err = Store::create(&path, "x", &map(), AT).unwrap_err();
    assert!(err.to_string().ends_with("notes.bwmap already exists; choose another name or remove it first"), "{err}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "my notes");
    assert_eq!(scratch.files(), vec!["notes.bwmap".to_string()]);
}

#[test]
fn an_update_matches_records_by_id_and_counts_each_change() {
    let scratch = Scratch::new();
    let path = scratch.map_file();
    let mut store = Store::open(&path).unwrap();

    let mut records = records();
    records.people[1].role = Some("Senior Discharge Coordinator".into()); // updated
    records.ties.retain(|t| t.person_b != "p4"); // one tie removed
    records.people.retain(|p| p.id != "p4"); // one person removed
    records.teams.push(bridgework_core::Team {
        id: "acute-frailty".into(),
        org_id: "acute".into(),
        parent_team_id: Some("acute-ops".into()),
        name: "Frailty Unit".into(),
        functions: vec![],
    });
    records.ties[0].strength = Some(5);
    let changes =
        store.update().unwrap().commit(&Map::new(records.clone()).unwrap(), "import", "t", AT, &Silent).unwrap();

    let counts = |table| {
        let c = changes.table(table);
        (c.added.len(), c.updated.len(), c.unchanged, c.removed.len())
    };
    assert_eq!(counts(Table::People), (0, 1, 2, 1));
    assert_eq!(counts(Table::Teams), (1, 0, 4, 0));
    assert_eq!(counts(Table::Ties), (0, 1, 2, 1));
    assert_eq!(counts(Table::Organisations), (0, 0, 2, 0));
    assert_eq!(sorted(store.load().unwrap()), sorted(records));
}

#[test]
fn writing_the_same_map_again_changes_nothing() {
    let scratch = Scratch::new();
    let path = scratch.map_file();
    let mut store = Store::open(&path).unwrap();
    let changes = store.update().unwrap().commit(&map(), "import", "again", AT, &Silent).unwrap();
    assert!(changes.is_empty());
    assert_eq!(changes.table(Table::Ties).unchanged, 4);
}

#[test]
fn swapping_a_ties_people_updates_it_in_place() {
    let scratch = Scratch::new();
    let path = scratch.map_file();
    let mut store = Store::open(&path).unwrap();
    let mut records = records();
    let tie = &mut records.ties[0];
    std::mem::swap(&mut tie.person_a, &mut tie.person_b);
    let changes =
        store.update().unwrap().commit(&Map::new(records.clone()).unwrap(), "import", "t", AT, &Silent).unwrap();
    assert_eq!(changes.table(Table::Ties).updated.len(), 1);
    assert_eq!(sorted(store.load().unwrap()), sorted(records));
}

#[test]
fn an_update_dropped_without_commit_leaves_the_map_as_it_was() {
    let scratch = Scratch::new();
    let path = scratch.map_file();
    let before = std::fs::read(&path).unwrap();
    {
        let mut store = Store::open(&path).unwrap();
        let update = store.update().unwrap();
        assert_eq!(update.current().people.len(), 4);
    }
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn positions_survive_an_update_of_the_same_records() {
    let scratch = Scratch::new();
    let path = scratch.map_file();
    let mut store = Store::open(&path).unwrap();
    let placed = vec![
        Position { node: "person:p1".into(), x: 10.5, y: -3.0 },
        Position { node: "team:acute-discharge".into(), x: 1.0, y: 2.0 },
    ];
    store.save_positions("people", &placed).unwrap();
    let mut records = records();
    records.people[0].name = "Priya Shah-Patel".into();
    store.update().unwrap().commit(&Map::new(records).unwrap(), "import", "t", AT, &Silent).unwrap();
    drop(store);
    let store = Store::open_read_only(&path).unwrap();
    let mut expected = placed;
    expected.sort_by(|a, b| a.node.cmp(&b.node));
    assert_eq!(store.positions("people").unwrap(), expected);
    assert!(store.positions("teams").unwrap().is_empty());
}

#[test]
fn every_write_is_in_the_audit_log() {
    let scratch = Scratch::new();
    let path = scratch.map_file();
    let mut store = Store::open(&path).unwrap();
    let mut records = records();
    records.people[0].name = "Priya Shah-Patel".into();
    store.update().unwrap().commit(&Map::new(records).unwrap(), "import", "Imported people.csv", AT, &Silent).unwrap();
    store.take_snapshot(&snapshot("Q3"), AT).unwrap();
    let log = store.audit_log().unwrap();
    let actions: Vec<_> = log.iter().map(|e| (e.action.as_str(), e.summary.as_str())).collect();
    assert_eq!(
        actions,
        vec![
            ("create", "Created the map \"Test map\""),
            ("import", "Imported people.csv"),
            ("snapshot", "Took snapshot \"Q3\" as of 2026-11-24"),
        ]
    );
    assert_eq!(log[1].detail["people"]["updated"], 1);
}

#[test]
fn an_empty_map_round_trips() {
    let scratch = Scratch::new();
    let path = scratch.path("empty.bwmap");
    Store::create(&path, "Empty", &Map::empty(), AT).unwrap();
    let store = Store::open_read_only(&path).unwrap();
    assert_eq!(store.load().unwrap(), bridgework_core::Records::default());
}

#[test]
fn every_table_adds_updates_and_removes_rows_and_reads_back_exactly() {
    use bridgework_core::{Assessment, OrgKind, Organisation, PartnerLink, Partnership, Team};
    let scratch = Scratch::new();
    let path = scratch.map_file();
    let mut store = Store::open(&path).unwrap();

    let mut records = records();
    // Organisations: one updated, one added.
    records.organisations[0].short_name = Some("AHT".into());
    records.organisations.push(Organisation {
        id: "hospice".into(),
        name: "Heatherbank Hospice".into(),
        kind: OrgKind::Hospice,
        short_name: None,
        colour: None,
    });
    // Teams: one moved to another parent, one added under a new parent.
    records.teams[3].parent_team_id = None;
    records.teams.push(Team {
        id: "hospice-care".into(),
        org_id: "hospice".into(),
        parent_team_id: None,
        name: "Clinical Services".into(),
        functions: vec!["end-of-life care".into()],
    });
    records.teams.push(Team {
        id: "hospice-home".into(),
        org_id: "hospice".into(),
        parent_team_id: Some("hospice-care".into()),
        name: "Hospice at Home".into(),
        functions: vec![],
    });
    // Partner links: the old one removed, two added.
    records.partner_links = vec![
        PartnerLink { team_a: "hospice-home".into(), team_b: "acute-discharge".into(), reason: None },
        PartnerLink { team_a: "council-asc".into(), team_b: "hospice-care".into(), reason: Some("End of life".into()) },
    ];
    // Partnerships: the old one updated (new member, new model), one added;
    // assessments: the old one updated, one added to the new partnership.
    records.partnerships[0].org_ids.push("hospice".into());
    records.partnerships[0].model = Some(bridgework_core::PartnershipModel::Structural);
    records.partnerships.push(Partnership {
        id: "eol".into(),
        name: "End of Life Alliance".into(),
        model: None,
        purpose: None,
        started: None,
        org_ids: vec!["hospice".into(), "acute".into()],
    });
    records.assessments[0].communication = 5;
    records.assessments.push(Assessment {
        partnership_id: "eol".into(),
        date: day("2026-06-30"),
        shared_purpose: 5,
        shared_values: 5,
        agreed_processes: 1,
        trust_commitment: 2,
        communication: 3,
    });
    let changes =
        store.update().unwrap().commit(&Map::new(records.clone()).unwrap(), "import", "t", AT, &Silent).unwrap();
    let counts = |table| {
        let c = changes.table(table);
        (c.added.len(), c.updated.len(), c.removed.len())
    };
    assert_eq!(counts(Table::Organisations), (1, 1, 0));
    assert_eq!(counts(Table::Teams), (2, 1, 0));
    assert_eq!(counts(Table::PartnerLinks), (2, 0, 1));
    assert_eq!(counts(Table::Partnerships), (1, 1, 0));
    assert_eq!(counts(Table::Assessments), (1, 1, 0));
    assert_eq!(sorted(store.load().unwrap()), sorted(records.clone()));

    // And back: the added partnership and organisation removed again.
    records.assessments.pop();
    records.partnerships.pop();
    records.partnerships[0].org_ids.pop();
    records.partner_links.clear();
    records.teams.truncate(4);
    records.organisations.pop();
    store.update().unwrap().commit(&Map::new(records.clone()).unwrap(), "import", "t", AT, &Silent).unwrap();
    assert_eq!(sorted(store.load().unwrap()), sorted(records));
}
