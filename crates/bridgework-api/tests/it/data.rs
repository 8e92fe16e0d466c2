//! The Data page's backend on real map files: pages of rows searched,
//! sorted and paged, teams as a tree; edits read with the import's
//! spellings, every problem at its field and nothing written; ids renamed
//! everywhere; deletes that take along what cannot stand alone; merging
//! duplicates; and undo and redo of all of it, surviving a reopen.

use bridgework_api::{
    CellInput, DataTable, ErrorCode, MapSession, RecordInput, RowsRequest, delete_record, history, merge_people, redo,
    save_record, undo,
};
use bridgework_core::{
    Date, Frequency, Level, Map, OrgKind, Organisation, PartnerLink, Partnership, Person, Records, Silent, Tie, TieKind,
};
use bridgework_store::Store;

use super::map_view::team;
use std::path::{Path, PathBuf};

fn day() -> Date {
    "2026-11-01".parse().unwrap()
}

fn org(id: &str, name: &str) -> Organisation {
    Organisation { id: id.into(), name: name.into(), kind: OrgKind::Acute, short_name: None, colour: None }
}

fn person(id: &str, team: &str, name: &str, role: &str) -> Person {
    Person {
        id: id.into(),
        team_id: Some(team.into()),
        name: name.into(),
        role: Some(role.into()),
        level: Some(Level::Middle),
        email: None,
        phone: None,
        joined: None,
        left: None,
        tags: Vec::new(),
    }
}

fn tie(a: &str, b: &str, strength: u8, frequency: Frequency, last: &str) -> Tie {
    Tie {
        person_a: a.into(),
        person_b: b.into(),
        kind: TieKind::WorksWith,
        strength: Some(strength),
        frequency: Some(frequency),
        last_contact: last.parse().ok(),
        since: None,
        source: None,
        note: None,
    }
}

/// Acme Trust: Medicine ⊃ Discharge ⊃ Flow, and Estates; Borough Council:
/// Reablement. John Smith and J Smith (one discharge lead entered twice)
/// both know Rosa; Flow's Fay and Estates' Ed know each other; a partner
/// link joins Discharge and Reablement; the two organisations are a
/// partnership.
fn records() -> Records {
    Records {
        organisations: vec![org("A", "Acme Trust"), org("B", "Borough Council")],
        teams: vec![
            team("med", "A", None, "Medicine"),
            team("est", "A", None, "Estates"),
            team("dis", "A", Some("med"), "Discharge"),
            team("reab", "B", None, "Reablement"),
            team("flow", "A", Some("dis"), "Flow"),
        ],
        people: vec![
            person("js", "dis", "John Smith", "Discharge lead"),
            person("j2", "dis", "J Smith", "Discharge lead"),
            person("rosa", "reab", "Rosa Diaz", "Reablement lead"),
            person("fay", "flow", "Fay Wu", "Flow coordinator"),
            person("ed", "est", "Ed Moss", "Estates manager"),
        ],
        ties: vec![
            tie("js", "rosa", 2, Frequency::Monthly, "2026-01-01"),
            tie("j2", "rosa", 4, Frequency::Weekly, "2025-06-01"),
            tie("js", "j2", 5, Frequency::Daily, "2026-10-01"),
            tie("fay", "ed", 3, Frequency::Weekly, "2026-09-01"),
            tie("j2", "fay", 3, Frequency::Weekly, "2026-09-01"),
        ],
        partner_links: vec![PartnerLink { team_a: "dis".into(), team_b: "reab".into(), reason: None }],
        partnerships: vec![Partnership {
            id: "p".into(),
            name: "Discharge alliance".into(),
            model: None,
            purpose: None,
            started: None,
            org_ids: vec!["A".into(), "B".into()],
        }],
        assessments: vec![],
    }
}

fn map_file() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data.bwmap");
    Store::create(&path, "data", &Map::new(records()).unwrap(), "2026-11-01T00:00:00Z").unwrap();
    (dir, path)
}

fn load(path: &Path) -> Records {
    Store::open_read_only(path).unwrap().load().unwrap()
}

fn session(path: &Path) -> MapSession {
    MapSession::open(path, day(), &Silent).unwrap()
}

fn request(table: DataTable, search: &str, sort: Option<&str>) -> RowsRequest {
    RowsRequest { table, search: search.into(), sort: sort.map(Into::into), descending: false, offset: 0, limit: 100 }
}

fn input(table: DataTable, key: Option<&str>, cells: &[(&str, &str)]) -> RecordInput {
    RecordInput {
        table,
        key: key.map(Into::into),
        cells: cells.iter().map(|(c, t)| CellInput { column: c.to_string(), text: t.to_string() }).collect(),
    }
}

/// Person `id`'s cells as the form shows them, with `changes` made.
fn person_form(path: &Path, id: &str, changes: &[(&str, &str)]) -> RecordInput {
    let key = format!("person:{id}");
    let page = session(path).rows(&request(DataTable::People, id, None)).unwrap();
    let row = page.rows.iter().find(|r| r.key == key).unwrap();
    let mut cells: Vec<(String, String)> =
        page.columns.iter().map(|c| c.key.clone()).zip(row.cells.iter().cloned()).collect();
    for (column, text) in changes {
        cells.iter_mut().find(|(c, _)| c == column).unwrap().1 = text.to_string();
    }
    RecordInput {
        table: DataTable::People,
        key: Some(key),
        cells: cells.into_iter().map(|(column, text)| CellInput { column, text }).collect(),
    }
}

#[test]
fn teams_come_as_a_tree_unless_sorted() {
    let (_dir, path) = map_file();
    let page = session(&path).rows(&request(DataTable::Teams, "", None)).unwrap();
    let tree: Vec<(&str, u32)> = page.rows.iter().map(|r| (r.key.as_str(), r.depth)).collect();
    assert_eq!(tree, [("team:med", 0), ("team:dis", 1), ("team:flow", 2), ("team:est", 0), ("team:reab", 0)]);
    let org_column = page.columns.iter().position(|c| c.key == "org_id").unwrap();
    assert_eq!(page.rows[4].names[org_column].as_deref(), Some("Borough Council"), "references show names");
    let sorted = session(&path).rows(&request(DataTable::Teams, "", Some("name"))).unwrap();
    let names: Vec<&str> = sorted.rows.iter().map(|r| r.cells[3].as_str()).collect();
    assert_eq!(names, ["Discharge", "Estates", "Flow", "Medicine", "Reablement"]);
}

#[test]
fn search_matches_every_word_in_cells_or_referenced_names_and_pages_count_the_matches() {
    let (_dir, path) = map_file();
    let s = session(&path);
    let page = s.rows(&request(DataTable::People, "smith LEAD", None)).unwrap();
    assert_eq!((page.total, page.matched), (5, 2));
    let by_team_name = s.rows(&request(DataTable::People, "reablement", None)).unwrap();
    assert_eq!(by_team_name.rows.iter().map(|r| r.key.as_str()).collect::<Vec<_>>(), ["person:rosa"]);
    let ties_of_rosa = s.rows(&request(DataTable::Ties, "rosa diaz", None)).unwrap();
    assert_eq!(ties_of_rosa.matched, 2, "a tie is found by a person's name");
    let mut paged = request(DataTable::People, "", Some("name"));
    paged.descending = true;
    paged.offset = 1;
    paged.limit = 2;
    let page = s.rows(&paged).unwrap();
    assert_eq!((page.matched, page.offset), (5, 1));
    assert_eq!(page.rows.iter().map(|r| r.cells[2].as_str()).collect::<Vec<_>>(), ["John Smith", "J Smith"]);
    let err = s.rows(&request(DataTable::People, "", Some("shoe size"))).unwrap_err();
    assert_eq!(err.code, ErrorCode::InvalidInput);
}

#[test]
fn an_edit_is_read_with_the_import_s_spellings_and_saved() {
    let (_dir, path) = map_file();
    let done =
        save_record(&path, &person_form(&path, "rosa", &[("level", "Front line"), ("joined", "03/04/2025")])).unwrap();
    assert_eq!(done.value.summary, "Edited the person \"Rosa Diaz\"");
    let rosa = load(&path).people.into_iter().find(|p| p.id == "rosa").unwrap();
    assert_eq!(rosa.level, Some(Level::Frontline));
    assert_eq!(rosa.joined, "2025-04-03".parse().ok(), "dates are day first, as in a file");
}

#[test]
fn every_problem_of_an_edit_is_at_its_field_and_nothing_is_written() {
    let (_dir, path) = map_file();
    let before = std::fs::read(&path).unwrap();
    let bad = person_form(
        &path,
        "rosa",
        &[("level", "Snr"), ("joined", "31/02/2025"), ("email", "rosa at borough"), ("team_id", "nowhere")],
    );
    let err = save_record(&path, &bad).unwrap_err();
    assert_eq!(err.code, ErrorCode::InvalidInput);
    let fields: Vec<&str> = err.issues.iter().filter_map(|i| i.column.as_deref()).collect();
    assert_eq!(fields, ["level", "joined"], "the cells are read first: {err:?}");
    let err = save_record(&path, &person_form(&path, "rosa", &[("email", "rosa at borough"), ("team_id", "nowhere")]))
        .unwrap_err();
    let mut fields: Vec<&str> = err.issues.iter().filter_map(|i| i.column.as_deref()).collect();
    fields.sort();
    assert_eq!(fields, ["email", "team_id"], "then the map's rules: {err:?}");
    assert!(err.issues.iter().all(|i| i.file == "person"));
    let twin = input(DataTable::People, None, &[("id", "ed"), ("name", "Ed Again")]);
    let err = save_record(&path, &twin).unwrap_err();
    assert_eq!(err.issues[0].column.as_deref(), Some("id"), "{err:?}");
    let self_tie = input(DataTable::Ties, None, &[("person_a", "ed"), ("person_b", "ed")]);
    assert_eq!(save_record(&path, &self_tie).unwrap_err().issues[0].column.as_deref(), Some("person_b"));
    let again = input(DataTable::Ties, None, &[("person_a", "rosa"), ("person_b", "js")]);
    assert!(save_record(&path, &again).unwrap_err().message.contains("a second works-with tie"));
    assert_eq!(std::fs::read(&path).unwrap(), before, "the file is untouched");
}

#[test]
fn a_new_record_gets_an_id_from_its_name_and_a_changed_id_changes_every_reference() {
    let (_dir, path) = map_file();
    let done = save_record(
        &path,
        &input(DataTable::Teams, None, &[("org_id", "A"), ("name", "Discharge"), ("parent_team_id", "med")]),
    )
    .unwrap();
    assert_eq!(done.value.key.as_deref(), Some("team:discharge"));
    let renamed = input(
        DataTable::Teams,
        Some("team:dis"),
        &[("id", "hdt"), ("org_id", "A"), ("parent_team_id", "med"), ("name", "Hospital discharge")],
    );
    save_record(&path, &renamed).unwrap();
    let records = load(&path);
    assert!(records.people.iter().filter(|p| p.team_id.as_deref() == Some("hdt")).count() == 2);
    assert_eq!(records.teams.iter().find(|t| t.id == "flow").unwrap().parent_team_id.as_deref(), Some("hdt"));
    assert_eq!(records.partner_links[0].team_a, "hdt");
}

#[test]
fn deleting_a_team_takes_its_sub_teams_people_ties_and_links_and_undo_brings_all_back() {
    let (_dir, path) = map_file();
    let original = load(&path);
    let plan = session(&path).delete_plan(DataTable::Teams, "team:dis").unwrap();
    assert_eq!((plan.teams, plan.people, plan.ties, plan.partner_links), (1, 3, 5, 1));
    assert_eq!(
        plan.question,
        "Delete the team \"Discharge\" with its 1 sub-team, 3 people, 5 ties and 1 partner link?"
    );
    let done = delete_record(&path, DataTable::Teams, "team:dis").unwrap();
    assert!(done.value.summary.starts_with("Deleted the team \"Discharge\""));
    let after = load(&path);
    assert_eq!(after.teams.iter().map(|t| t.id.as_str()).collect::<Vec<_>>(), ["med", "est", "reab"]);
    assert_eq!((after.people.len(), after.ties.len(), after.partner_links.len()), (2, 0, 0));

    assert_eq!(history(&path).unwrap().undo.unwrap().summary, done.value.summary);
    let undone = undo(&path).unwrap();
    assert_eq!(undone.value.summary, format!("Undid: {}", done.value.summary));
    assert_eq!(sorted(load(&path)), sorted(original.clone()), "every record is back as it was");
    let h = history(&path).unwrap();
    assert!(h.undo.is_none() && h.redo.is_some(), "{h:?}");
    redo(&path).unwrap();
    assert_eq!(sorted(load(&path)), sorted(after));
    undo(&path).unwrap();
    assert_eq!(undo(&path).unwrap_err().code, ErrorCode::NotFound, "the map's creation is not undone");
}

#[test]
fn deleting_an_organisation_leaves_a_partnership_of_one_no_more() {
    let (_dir, path) = map_file();
    let plan = session(&path).delete_plan(DataTable::Organisations, "org:B").unwrap();
    assert_eq!((plan.teams, plan.people, plan.partnerships), (1, 1, 1));
    delete_record(&path, DataTable::Organisations, "org:B").unwrap();
    let records = load(&path);
    assert!(records.partnerships.is_empty() && records.partner_links.is_empty());
    assert_eq!(records.ties.len(), 3, "Rosa's two ties went with her");
}

#[test]
fn merging_duplicates_moves_and_combines_their_ties_and_undo_separates_them_again() {
    let (_dir, path) = map_file();
    let original = load(&path);
    let pairs = session(&path).duplicates();
    assert_eq!(pairs.len(), 1);
    assert_eq!((pairs[0].a.id.as_str(), pairs[0].b.id.as_str()), ("js", "j2"));
    assert!(pairs[0].reason.contains("one first name starts the other"), "{}", pairs[0].reason);
    assert_eq!((pairs[0].a.ties, pairs[0].b.ties), (2, 3));

    let outcome = merge_people(&path, "person:js", "person:j2").unwrap().value;
    assert_eq!((outcome.ties_moved, outcome.ties_combined, outcome.ties_dropped), (1, 1, 1));
    assert_eq!(
        outcome.done.summary,
        "Merged \"J Smith\" into \"John Smith\" (1 tie moved, 1 tie combined, 1 tie dropped)"
    );
    let merged = load(&path);
    assert!(merged.people.iter().all(|p| p.id != "j2"));
    let with_rosa = merged.ties.iter().find(|t| t.key() == ("js", "rosa", TieKind::WorksWith)).unwrap();
    assert_eq!(with_rosa.strength, Some(4), "the stronger rating");
    assert_eq!(with_rosa.frequency, Some(Frequency::Weekly), "the more frequent contact");
    assert_eq!(with_rosa.last_contact, "2026-01-01".parse().ok(), "the later contact");
    assert!(merged.ties.iter().any(|t| t.key() == ("fay", "js", TieKind::WorksWith)));
    assert!(session(&path).duplicates().is_empty());

    undo(&path).unwrap();
    assert_eq!(sorted(load(&path)), sorted(original));
    assert_eq!(merge_people(&path, "person:js", "person:js").unwrap_err().code, ErrorCode::InvalidInput);
}

#[test]
fn undo_survives_reopening_and_a_new_edit_clears_redo_and_an_import_ends_the_history() {
    let (_dir, path) = map_file();
    save_record(&path, &person_form(&path, "ed", &[("role", "Head of estates")])).unwrap();
    save_record(&path, &person_form(&path, "ed", &[("role", "Director of estates")])).unwrap();
    undo(&path).unwrap();
    assert_eq!(role(&path, "ed"), "Head of estates");
    save_record(&path, &person_form(&path, "fay", &[("role", "Flow lead")])).unwrap();
    assert!(history(&path).unwrap().redo.is_none(), "a new edit clears redo");
    undo(&path).unwrap();
    undo(&path).unwrap();
    assert_eq!(role(&path, "ed"), "Estates manager");

    // An edit made meanwhile by another program (a re-import) ends what undo can reach.
    save_record(&path, &person_form(&path, "ed", &[("role", "Estates lead")])).unwrap();
    let mut store = Store::open(&path).unwrap();
    let update = store.update().unwrap();
    let mut records = update.current().clone();
    records.people[4].role = Some("Imported role".into());
    update
        .commit(&Map::new(records).unwrap(), "import", "Imported people.csv", "2026-11-02T00:00:00Z", &Silent)
        .unwrap();
    assert!(history(&path).unwrap().undo.is_none());
}

#[test]
fn a_small_import_is_undone_like_an_edit_and_says_so() {
    let (dir, path) = map_file();
    let mut records = load(&path);
    records.people[4].role = Some("Imported role".into());
    let csv = dir.path().join("csv");
    bridgework_interchange::write_csv(&records, &csv).unwrap();
    let report = bridgework_api::import(&path, &csv, false, &Silent).unwrap();
    assert!(report.undoable);
    assert_eq!(role(&path, "ed"), "Imported role");
    assert!(history(&path).unwrap().undo.unwrap().summary.starts_with("Imported "));
    undo(&path).unwrap();
    assert_eq!(role(&path, "ed"), "Estates manager");
    assert_eq!(bridgework_api::UNDOABLE_ROWS, 5_000, "the limit the app and docs state");
}

#[test]
fn an_edit_hands_back_the_map_as_written_and_a_session_made_from_it_is_the_reopened_one() {
    let (_dir, path) = map_file();
    let written = delete_record(&path, DataTable::Teams, "team:est").unwrap();
    assert_eq!(written.map.records(), &load(&path), "the map handed back is the map in the file");
    let from_written = MapSession::from_written(&path, written.map, day()).unwrap();
    let reopened = session(&path);
    assert_eq!(from_written.info(), reopened.info());
    let all =
        bridgework_api::SceneRequest { expanded_organisations: vec!["A".into(), "B".into()], ..Default::default() };
    assert_eq!(from_written.scene(&all).unwrap(), reopened.scene(&all).unwrap());
    let undone = undo(&path).unwrap();
    assert_eq!(undone.map.records(), &load(&path), "so is the map undo hands back");
}

#[test]
fn undo_refuses_rows_changed_since_by_another_program() {
    let (_dir, path) = map_file();
    save_record(&path, &person_form(&path, "ed", &[("role", "Head of estates")])).unwrap();
    // Another program writes the file without the audit trail undo relies on.
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute("UPDATE person SET role = 'Changed elsewhere' WHERE ext_id = 'ed'", []).unwrap();
    drop(conn);
    let err = undo(&path).unwrap_err();
    assert_eq!(err.code, ErrorCode::Conflict);
    assert!(err.message.contains("people \"ed\" has changed since"), "{}", err.message);
    assert_eq!(role(&path, "ed"), "Changed elsewhere", "nothing was written");
}

#[test]
fn partnership_edits_are_undone_like_any_other() {
    let (_dir, path) = map_file();
    let input = bridgework_api::PartnershipInput {
        name: "Renamed alliance".into(),
        model: None,
        purpose: None,
        started: None,
        org_ids: vec!["A".into(), "B".into()],
    };
    bridgework_api::edit_partnership(&path, "p", &input).unwrap();
    assert_eq!(history(&path).unwrap().undo.unwrap().summary, "Edited the partnership \"Renamed alliance\"");
    undo(&path).unwrap();
    assert_eq!(load(&path).partnerships[0].name, "Discharge alliance");
}

fn role(path: &Path, id: &str) -> String {
    load(path).people.into_iter().find(|p| p.id == id).unwrap().role.unwrap()
}

/// The records in a fixed order: undo puts removed rows back at the end.
fn sorted(mut records: Records) -> Records {
    records.teams.sort_by(|a, b| a.id.cmp(&b.id));
    records.people.sort_by(|a, b| a.id.cmp(&b.id));
    records.ties.sort_by(|a, b| a.key().cmp(&b.key()));
    records.partner_links.sort_by(|a, b| a.key().cmp(&b.key()));
    records
}

#[test]
fn rows_and_duplicates_carry_the_node_key_the_map_and_the_data_commands_take() {
    let (_dir, path) = map_file();
    let session = session(&path);
    let keys = |table: DataTable| -> Vec<String> {
        let page = session.rows(&request(table, "", None)).unwrap();
        page.rows.into_iter().map(|r| r.key).take(2).collect()
    };
    assert_eq!(keys(DataTable::Organisations), ["org:A", "org:B"]);
    assert_eq!(keys(DataTable::Teams), ["team:med", "team:dis"]);
    assert_eq!(keys(DataTable::People), ["person:js", "person:j2"]);
    let ties = keys(DataTable::Ties);
    assert!(ties.iter().all(|key| key.starts_with('[')), "a tie is not a node: {ties:?}");

    let pair = &session.duplicates()[0];
    assert_eq!((pair.a.key.as_str(), pair.b.key.as_str()), ("person:js", "person:j2"));
    assert_eq!(session.details("person:js").unwrap(), session.details(&pair.a.key).unwrap());

    let by_node = session.delete_plan(DataTable::Teams, "team:dis").unwrap();
    assert_eq!((by_node.name.as_str(), by_node.people, by_node.ties), ("Discharge", 3, 5));
    let bare_id = session.delete_plan(DataTable::Teams, "dis").unwrap_err();
    assert_eq!(bare_id.code, ErrorCode::NotFound, "a bare id is not a key");
    let wrong_kind = session.delete_plan(DataTable::Teams, "person:js").unwrap_err();
    assert_eq!(wrong_kind.code, ErrorCode::NotFound, "a team is not named by a person's key");
}

#[test]
fn people_are_merged_by_their_node_keys() {
    let (_dir, path) = map_file();
    let merged = merge_people(&path, "person:js", "person:j2").unwrap().value;
    assert_eq!(merged.done.key.as_deref(), Some("person:js"), "the row key of the person kept");
    assert!(load(&path).people.iter().all(|p| p.id != "j2"));
    undo(&path).unwrap();
    let bare_id = merge_people(&path, "person:js", "j2").unwrap_err();
    assert_eq!(bare_id.code, ErrorCode::NotFound, "a bare id is not a key");
}

#[test]
fn a_write_through_the_session_hands_back_the_session_of_the_map_written() {
    let (_dir, path) = map_file();
    let open = session(&path);
    let edited = open.save_record(&person_form(&path, "ed", &[("role", "Head of estates")])).unwrap();
    assert_eq!(edited.value.info, *edited.session.info());
    assert_eq!(edited.value.history, history(&path).unwrap());
    assert_eq!(edited.session.path(), path.as_path());
    let shown = edited.session.rows(&request(DataTable::People, "Head of estates", None)).unwrap();
    assert_eq!(shown.rows.iter().map(|r| r.key.as_str()).collect::<Vec<_>>(), ["person:ed"]);

    let undone = edited.session.undo().unwrap();
    assert_eq!(undone.value.done.summary, "Undid: Edited the person \"Ed Moss\"");
    assert!(undone.session.rows(&request(DataTable::People, "Head of estates", None)).unwrap().rows.is_empty());
    let merged = undone.session.merge_people("person:js", "person:j2").unwrap();
    assert_eq!(merged.session.info().people, open.info().people - 1);
    assert_eq!(merged.session.info(), session(&path).info(), "the session is the map as reopened");
}

#[test]
fn a_tie_takes_a_person_by_name_and_says_which_people_a_name_could_mean() {
    // Issue 13: Add tie accepted ids only, and refused a name typed.
    let (_dir, path) = map_file();
    let by_name = input(DataTable::Ties, None, &[("person_a", " fay wu "), ("person_b", "ROSA DIAZ")]);
    save_record(&path, &by_name).unwrap();
    let added = load(&path).ties.pop().unwrap();
    assert_eq!((added.person_a.as_str(), added.person_b.as_str()), ("fay", "rosa"));

    save_record(&path, &input(DataTable::People, None, &[("id", "fay2"), ("team_id", "reab"), ("name", "Fay Wu")]))
        .unwrap();
    let before = std::fs::read(&path).unwrap();
    let ambiguous = input(DataTable::Ties, None, &[("person_a", "Fay Wu"), ("person_b", "Rosa Dias")]);
    let err = save_record(&path, &ambiguous).unwrap_err();
    let issues: Vec<(&str, &str)> =
        err.issues.iter().map(|i| (i.column.as_deref().unwrap(), i.message.as_str())).collect();
    assert_eq!(
        issues,
        [
            (
                "person_a",
                "Person A: 2 people are called \"Fay Wu\": Fay Wu (fay, Flow), Fay Wu (fay2, Reablement); choose one from \
                 the list or give their id"
            ),
            (
                "person_b",
                "Person B: nobody has the id or name \"Rosa Dias\"; the nearest name is Rosa Diaz (rosa, Reablement)"
            ),
        ]
    );
    assert_eq!(std::fs::read(&path).unwrap(), before, "the file is untouched");
}
