//! Importing an .xlsx workbook through the binary.

use crate::support::*;
use predicates::prelude::*;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

/// A workbook with a sheet per table, as someone would fill it in Excel:
/// headings in their own case, a real date cell, numbers as ids. `bad` adds a
/// tie whose strength is out of range on the ties sheet's row 3.
fn write_book(path: &std::path::Path, bad: bool) {
    let mut book = Workbook::new();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    let headings = |sheet: &mut rust_xlsxwriter::Worksheet, names: &[&str]| {
        for (col, name) in names.iter().enumerate() {
            sheet.write_string(0, col as u16, *name).unwrap();
        }
    };

    let orgs = book.add_worksheet().set_name("Organisations").unwrap();
    headings(orgs, &["ID", "Name", "Kind"]);
    orgs.write_string(1, 0, "aht").unwrap().write_string(1, 1, "Ashworth Hospitals").unwrap();
    orgs.write_string(1, 2, "Acute Trust").unwrap();
    orgs.write_string(2, 0, "abc").unwrap().write_string(2, 1, "Ashworth Borough Council").unwrap();
    orgs.write_string(2, 2, "Council").unwrap();

    let teams = book.add_worksheet().set_name("Teams").unwrap();
    headings(teams, &["id", "org_id", "parent_team_id", "name", "function"]);
    teams.write_number(1, 0, 10).unwrap().write_string(1, 1, "aht").unwrap();
    teams.write_string(1, 3, "Discharge Hub").unwrap().write_string(1, 4, "hospital discharge").unwrap();
    teams.write_number(2, 0, 20).unwrap().write_string(2, 1, "abc").unwrap();
    teams.write_string(2, 3, "Reablement").unwrap().write_string(2, 4, "reablement").unwrap();

    let people = book.add_worksheet().set_name("People").unwrap();
    headings(people, &["id", "team_id", "name", "role", "level", "joined"]);
    for (row, (id, team, name)) in
        [(1, 10, "Zoë Brown"), (2, 20, "Siân Jones"), (3, 20, "Dev Patel")].into_iter().enumerate()
    {
        let row = row as u32 + 1;
        people.write_number(row, 0, id).unwrap().write_number(row, 1, team).unwrap();
        people.write_string(row, 2, name).unwrap().write_string(row, 4, "frontline").unwrap();
    }
    people.write_datetime_with_format(1, 5, ExcelDateTime::from_ymd(2024, 9, 2).unwrap(), &date).unwrap();

    let ties = book.add_worksheet().set_name("Ties").unwrap();
    headings(ties, &["Person A", "Person B", "Strength", "Last contact"]);
    ties.write_number(1, 0, 1).unwrap().write_number(1, 1, 2).unwrap().write_number(1, 2, 4).unwrap();
    ties.write_datetime_with_format(1, 3, ExcelDateTime::from_ymd(2026, 10, 1).unwrap(), &date).unwrap();
    if bad {
        ties.write_number(2, 0, 1).unwrap().write_number(2, 1, 3).unwrap().write_number(2, 2, 9).unwrap();
    }
    book.save(path).unwrap();
}

#[test]
fn a_workbook_imports_with_its_dates_and_numeric_ids() {
    let scratch = Scratch::new();
    let book = scratch.path("partnership.xlsx");
    write_book(&book, false);
    let map = scratch.path("map.bwmap");
    bridgework(&["new", s(&map)]).assert().success();
    bridgework(&["import", s(&map), s(&book)]).assert().success();
    let out = scratch.path("out.json");
    bridgework(&["export", s(&map), "--format", "json", "--out", s(&out)]).assert().success();
    let doc: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(doc["organisations"][1]["kind"], "local-authority");
    assert_eq!(doc["people"][0]["id"], "1");
    assert_eq!(doc["people"][0]["name"], "Zoë Brown");
    assert_eq!(doc["people"][0]["joined"], "2024-09-02");
    assert_eq!(doc["ties"][0]["last_contact"], "2026-10-01");
    assert_eq!(doc["ties"][0]["strength"], 4);
}

#[test]
fn a_bad_workbook_row_is_named_by_sheet_and_row() {
    let scratch = Scratch::new();
    let book = scratch.path("partnership.xlsx");
    write_book(&book, true);
    let map = scratch.path("map.bwmap");
    bridgework(&["new", s(&map)]).assert().success();
    bridgework(&["import", s(&map), s(&book)])
        .assert()
        .failure()
        .stderr(predicate::str::contains("partnership.xlsx, sheet Ties:3: column strength: 9 is not between 1 and 5"));
    assert_eq!(json(&["info", s(&map), "--format", "json"])["people"], 0);
}
