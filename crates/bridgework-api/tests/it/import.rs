//! The import wizard's backend on a copy of the demo map: a preview shows each
//! table's headers and how they match, a mapping reads a header the format
//! does not know as the column it names, and a dry run lists every problem by
//! file, line and column without touching the map file: a check opens it
//! read-only, and an import through the open session hands back the map
//! as written.

use bridgework_api::{
    ColumnRename, ErrorCode, MapSession, TableFormat, check_import, export, import_mapped, open_map, preview_import,
};
use bridgework_core::{Date, Map, Silent};
use bridgework_store::Store;
use std::fs;
use std::path::{Path, PathBuf};

fn demo() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.bwmap");
    let as_of: Date = "2026-11-01".parse().unwrap();
    let map = Map::new(bridgework_demo::demo_map(as_of)).unwrap();
    Store::create(&path, "demo", &map, "2026-11-01T00:00:00Z").unwrap();
    (dir, path)
}

/// The lines of a CSV file the export wrote (CRLF).
fn lines(path: &Path) -> Vec<String> {
    fs::read_to_string(path).unwrap().lines().map(str::to_string).collect()
}

fn write(path: &Path, lines: &[String]) {
    fs::write(path, lines.join("\r\n") + "\r\n").unwrap();
}

/// Exports the demo map, then adds a team and a person, with the people's
/// `name` header written `Full name`. `extra_people` are appended as written.
fn changed_folder(dir: &Path, map: &Path, extra_people: &[&str]) -> PathBuf {
    let folder = dir.join("csv");
    export(map, TableFormat::Csv, &folder).unwrap();
    let teams_path = folder.join("teams.csv");
    let mut teams = lines(&teams_path);
    assert_eq!(teams[0], "id,org_id,parent_team_id,name,function");
    let org = teams[1].split(',').nth(1).unwrap().to_string();
    teams.push(format!("t-import,{org},,Import Test Team,"));
    write(&teams_path, &teams);

    let people_path = folder.join("people.csv");
    let mut people = lines(&people_path);
    assert_eq!(people[0], "id,team_id,name,role,level,email,phone,joined,left,tags");
    people[0] = "id,team_id,Full name,role,level,email,phone,joined,left,tags".to_string();
    people.push("p-import,t-import,Jo Newcombe,Coordinator,frontline,,,,,".to_string());
    people.extend(extra_people.iter().map(|p| p.to_string()));
    write(&people_path, &people);
    folder
}

fn full_name_is_name() -> Vec<ColumnRename> {
    vec![ColumnRename { table: "people".into(), header: "Full name".into(), column: "name".into() }]
}

#[test]
fn a_preview_shows_headers_matches_counts_and_the_first_rows() {
    let (dir, map) = demo();
    let folder = changed_folder(dir.path(), &map, &[]);
    let people_in_map = open_map(&map).unwrap().records().people.len() as u64;

    let preview = preview_import(&folder, &Silent).unwrap();
    let tables: Vec<_> = preview.tables.iter().map(|t| t.table.as_str()).collect();
    assert!(tables.contains(&"people") && tables.contains(&"teams"), "{tables:?}");
    let people = preview.tables.iter().find(|t| t.table == "people").unwrap();
    assert_eq!(people.file, "people.csv");
    assert_eq!(people.headers[2], "Full name");
    assert_eq!(people.unknown, ["Full name"]);
    let name = people.columns.iter().find(|c| c.name == "name").unwrap();
    assert!(name.required);
    assert_eq!(name.header, None);
    let team_id = people.columns.iter().find(|c| c.name == "team_id").unwrap();
    assert_eq!(team_id.header.as_deref(), Some("team_id"));
    assert_eq!(people.rows, people_in_map + 1, "every row is counted though name is unmatched");
    assert_eq!(people.sample.len(), 5);
    assert!(people.sample.iter().all(|row| row.len() == people.headers.len()));
    assert!(
        preview.errors.iter().any(|e| e.file == "people.csv" && e.message.contains("missing column name")),
        "{:?}",
        preview.errors
    );
}

#[test]
fn the_mapping_makes_the_folder_import_and_a_dry_run_writes_nothing() {
    let (dir, map) = demo();
    let folder = changed_folder(dir.path(), &map, &[]);
    let before = fs::read(&map).unwrap();

    let unmapped = import_mapped(&map, &folder, &[], true, &Silent).unwrap_err();
    assert_eq!(unmapped.code, ErrorCode::InvalidInput);
    assert!(unmapped.issues.iter().any(|i| i.file == "people.csv" && i.line == Some(1)), "{:?}", unmapped.issues);

    let check = import_mapped(&map, &folder, &full_name_is_name(), true, &Silent).unwrap();
    assert!(!check.written);
    let added = |table: &str| check.tables.iter().find(|t| t.table.name() == table).unwrap().added;
    assert_eq!((added("teams"), added("people")), (1, 1));
    assert_eq!(fs::read(&map).unwrap(), before, "a dry run leaves the map file as it was");

    let done = import_mapped(&map, &folder, &full_name_is_name(), false, &Silent).unwrap();
    assert!(done.written);
    let people = open_map(&map).unwrap().records().people.clone();
    let jo = people.iter().find(|p| p.name == "Jo Newcombe").expect("the new person is in the map");
    assert_eq!(jo.team_id.as_deref(), Some("t-import"));
}

#[test]
fn bad_rows_are_all_listed_by_file_line_and_column_and_nothing_is_written() {
    let (dir, map) = demo();
    let people_in_map = open_map(&map).unwrap().records().people.len() as u64;
    let bad = ["p-bad1,t-import,Bad Level,Nurse,Snr,,,,,", "p-bad2,t-nowhere,Lost Team,Nurse,frontline,,,,,"];
    let folder = changed_folder(dir.path(), &map, &bad);
    let before = fs::read(&map).unwrap();

    for dry_run in [true, false] {
        let err = import_mapped(&map, &folder, &full_name_is_name(), dry_run, &Silent).unwrap_err();
        assert_eq!(err.code, ErrorCode::InvalidInput);
        let found: Vec<_> = err.issues.iter().map(|i| (i.file.as_str(), i.line, i.column.as_deref())).collect();
        // The header is line 1, the map's people lines 2.., then the new person, then the bad rows.
        let first_bad = people_in_map + 3;
        assert!(found.contains(&("people.csv", Some(first_bad), Some("level"))), "{found:?}");
        assert!(found.contains(&("people.csv", Some(first_bad + 1), Some("team_id"))), "{found:?}");
        assert_eq!(fs::read(&map).unwrap(), before, "nothing is half-imported (dry run: {dry_run})");
    }
}

/// The map file's bytes and modification time.
fn file_state(path: &Path) -> (Vec<u8>, std::time::SystemTime) {
    (fs::read(path).unwrap(), fs::metadata(path).unwrap().modified().unwrap())
}

/// Sets the file's modification time well in the past, so that any write,
/// however soon, would change it.
fn age(path: &Path) {
    let past = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_700_000_000);
    fs::File::options().write(true).open(path).unwrap().set_modified(past).unwrap();
}

#[test]
fn a_check_leaves_the_map_s_bytes_and_modification_time_as_they_were() {
    let (dir, map) = demo();
    let folder = changed_folder(dir.path(), &map, &[]);
    age(&map);
    let before = file_state(&map);

    let check = check_import(&map, &folder, &full_name_is_name(), &Silent).unwrap();
    assert!(check.dry_run && !check.written);
    let err = check_import(&map, &folder, &[], &Silent).unwrap_err();
    assert_eq!(err.code, ErrorCode::InvalidInput);
    let session = MapSession::open(&map, "2026-11-01".parse().unwrap(), &Silent).unwrap();
    assert_eq!(session.check_import(&folder, &full_name_is_name(), &Silent).unwrap(), check);
    assert_eq!(file_state(&map), before, "a check writes nothing, not even the file's time");
    let names: Vec<_> = fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(names.iter().all(|n| !n.to_string_lossy().ends_with("-journal")), "no side files: {names:?}");
}

#[test]
fn a_check_reads_a_map_another_program_is_writing() {
    let (dir, map) = demo();
    let folder = changed_folder(dir.path(), &map, &[]);
    // Another program in the middle of a write holds the map's write lock;
    // a check that began a write of its own would wait for it, then fail busy.
    let writer = rusqlite::Connection::open(&map).unwrap();
    writer.execute_batch("BEGIN IMMEDIATE").unwrap();
    let check = import_mapped(&map, &folder, &full_name_is_name(), true, &Silent).unwrap();
    let added = |table: &str| check.tables.iter().find(|t| t.table.name() == table).unwrap().added;
    assert_eq!((added("teams"), added("people")), (1, 1));
    writer.execute_batch("ROLLBACK").unwrap();
}

#[test]
fn an_import_through_the_session_hands_back_the_session_of_the_map_written() {
    let (dir, map) = demo();
    let folder = changed_folder(dir.path(), &map, &[]);
    let open = MapSession::open(&map, "2026-11-01".parse().unwrap(), &Silent).unwrap();
    let imported = open.import(&folder, &full_name_is_name(), &Silent).unwrap();
    assert!(imported.value.report.written);
    assert_eq!(imported.value.info, *imported.session.info());
    assert_eq!(imported.session.info().people, open.info().people + 1);
    let reopened = MapSession::open(&map, bridgework_api::today(), &Silent).unwrap();
    assert_eq!(imported.session.info(), reopened.info(), "the session is the map as reopened");
    let jo = imported.session.search("Jo Newcombe", 1);
    assert_eq!(jo.iter().map(|hit| hit.key.as_str()).collect::<Vec<_>>(), ["person:p-import"]);
}
