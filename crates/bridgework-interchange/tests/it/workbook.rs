//! `.xlsx` workbooks, written here with rust_xlsxwriter as Excel would.

use crate::support::report;
use bridgework_core::{Date, Map, Silent, Table};
use bridgework_interchange::read;
use expect_test::expect;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

fn day(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd_opt(y, m, d).unwrap()
}

/// A small workbook: real date and number cells, a sheet that is no table,
/// headings in their own case, and one bad tie on row 4.
fn write_book(path: &std::path::Path) {
    let mut book = Workbook::new();
    let date = Format::new().set_num_format("dd/mm/yyyy");

    let orgs = book.add_worksheet().set_name("Organisations").unwrap();
    for (col, heading) in ["ID", "Name", "Kind"].into_iter().enumerate() {
        orgs.write_string(0, col as u16, heading).unwrap();
    }
    orgs.write_string(1, 0, "nht").unwrap().write_string(1, 1, "Northshire Hospitals").unwrap();
    orgs.write_string(1, 2, "Acute Trust").unwrap();

    let teams = book.add_worksheet().set_name("teams").unwrap();
    for (col, heading) in ["id", "org_id", "parent_team_id", "name", "function"].into_iter().enumerate() {
        teams.write_string(0, col as u16, heading).unwrap();
    }
    teams.write_number(1, 0, 10).unwrap().write_string(1, 1, "nht").unwrap();
    teams.write_string(1, 3, "Discharge").unwrap().write_string(1, 4, "hospital discharge; frailty").unwrap();

    let people = book.add_worksheet().set_name("People").unwrap();
    for (col, heading) in ["id", "team_id", "name", "role", "level", "joined", "phone"].into_iter().enumerate() {
        people.write_string(0, col as u16, heading).unwrap();
    }
    for (row, (id, name)) in [(1u32, "Zoë Brown"), (2, "Siân Jones")].into_iter().enumerate() {
        let row = row as u32 + 1;
        people.write_number(row, 0, id).unwrap().write_number(row, 1, 10).unwrap();
        people.write_string(row, 2, name).unwrap().write_string(row, 4, "frontline").unwrap();
    }
    people.write_datetime_with_format(1, 5, ExcelDateTime::from_ymd(2024, 9, 2).unwrap(), &date).unwrap();
    people.write_number(1, 6, 7_700_900_123.0).unwrap();

    let ties = book.add_worksheet().set_name("Ties").unwrap();
    for (col, heading) in ["Person A", "Person B", "Strength", "Last contact", "Note"].into_iter().enumerate() {
        ties.write_string(0, col as u16, heading).unwrap();
    }
    ties.write_number(1, 0, 1).unwrap().write_number(1, 1, 2).unwrap().write_number(1, 2, 4.0).unwrap();
    ties.write_datetime_with_format(1, 3, ExcelDateTime::from_ymd(2025, 3, 1).unwrap(), &date).unwrap();
    ties.write_string(1, 4, "met at the\nhuddle").unwrap();
    // Row 3 is left empty, as people do.
    ties.write_number(3, 0, 2).unwrap().write_number(3, 1, 1).unwrap().write_number(3, 2, 3.5).unwrap();
    ties.write_string(3, 3, "yesterday").unwrap();

    book.add_worksheet().set_name("Notes").unwrap().write_string(0, 0, "anything").unwrap();
    book.save(path).unwrap();
}

#[test]
fn a_workbook_reads_typed_cells_and_locates_bad_rows_by_sheet_and_row() {
    let temp = tempfile::tempdir().unwrap();
    let path = temp.path().join("Book.XLSX");
    write_book(&path);
    let input = read(&path, &Silent).unwrap();
    expect![[r#"
        organisations: 1 rows
        teams: 1 rows
        people: 2 rows
        ties: 2 rows
        error Book.XLSX, sheet Ties:4: column strength: 3.5 is not a whole number from 1 to 5
        error Book.XLSX, sheet Ties:4: column last_contact: "yesterday" is not a date; write dates as YYYY-MM-DD
        warning Book.XLSX: sheet "Notes" is not a table, so it is ignored; the tables are: organisations, teams, people, ties, partner_links, partnerships, assessments
    "#]]
    .assert_eq(&report(&input, &[]));

    assert_eq!(input.tables, [Table::Organisations, Table::Teams, Table::People, Table::Ties]);
    let person = &input.records.people[0];
    assert_eq!((person.id.as_str(), person.team_id.as_deref(), person.name.as_str()), ("1", Some("10"), "Zoë Brown"));
    assert_eq!(person.joined, Some(day(2024, 9, 2)));
    assert_eq!(person.phone.as_deref(), Some("7700900123"));
    assert_eq!(input.records.teams[0].functions, ["hospital discharge", "frailty"]);
    let tie = &input.records.ties[0];
    assert_eq!((tie.strength, tie.last_contact), (Some(4), Some(day(2025, 3, 1))));
    assert_eq!(tie.note.as_deref(), Some("met at the\nhuddle"));

    // The map's rules point into the workbook too.
    let problems = Map::new(input.records.clone()).unwrap_err();
    let located: Vec<String> = problems.iter().map(|p| input.locate(p).to_string()).collect();
    expect![[r#"Book.XLSX, sheet Ties:4: a second works-with tie between "2" and "1" (first on line 2)"#]]
        .assert_eq(&located.join("\n"));
}
