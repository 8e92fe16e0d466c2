//! The schema: what migrations build, and the rules that keep its parts in step.

use crate::fixture::*;
use bridgework_store::{APPLICATION_ID, SCHEMA_VERSION};
use rusqlite::Connection;

fn columns(conn: &Connection, table: &str) -> Vec<String> {
    let mut stmt = conn.prepare(&format!("SELECT name FROM pragma_table_info('{table}') ORDER BY cid")).unwrap();
    stmt.query_map([], |row| row.get(0)).unwrap().collect::<Result<_, _>>().unwrap()
}

#[test]
fn a_new_map_carries_the_application_id_and_the_latest_version() {
    let scratch = Scratch::new();
    let conn = Connection::open(scratch.map_file()).unwrap();
    let app: i64 = conn.pragma_query_value(None, "application_id", |r| r.get(0)).unwrap();
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!((app, version), (APPLICATION_ID, SCHEMA_VERSION));
    let journal: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0)).unwrap();
    assert_eq!(journal, "delete", "a map is one file: no write-ahead log beside it");
}

#[test]
fn every_snapshot_table_mirrors_its_live_table() {
    let scratch = Scratch::new();
    let conn = Connection::open(scratch.map_file()).unwrap();
    let mut stmt = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE 'snapshot\\_%' ESCAPE '\\'")
        .unwrap();
    let tables: Vec<String> = stmt.query_map([], |row| row.get(0)).unwrap().collect::<Result<_, _>>().unwrap();
    assert_eq!(tables.len(), 8);
    for snapshot_table in tables {
        let live = snapshot_table.trim_start_matches("snapshot_");
        let mut expected = vec!["snapshot_id".to_string()];
        expected.extend(columns(&conn, live));
        assert_eq!(columns(&conn, &snapshot_table), expected, "{snapshot_table} mirrors {live}");
    }
}

#[test]
fn the_schema_after_all_migrations() {
    let scratch = Scratch::new();
    let conn = Connection::open(scratch.map_file()).unwrap();
    let mut stmt = conn.prepare("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY type, name").unwrap();
    let schema: Vec<String> = stmt.query_map([], |row| row.get(0)).unwrap().collect::<Result<_, _>>().unwrap();
    expect_test::expect_file!["schema.sql"].assert_eq(&(schema.join(";\n\n") + ";\n"));
}
