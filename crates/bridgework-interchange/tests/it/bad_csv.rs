//! A corpus of bad CSV inputs, each with every issue it gives.

use crate::support::{Folder, import_report, read_report};
use expect_test::expect;

const PEOPLE: &str = "id,team_id,name,role,level\np1,,Ann,,\np2,,Bob,,\n";

#[test]
fn a_missing_required_column_is_one_issue_naming_the_columns_there_are() {
    let found = read_report(&[("ties.csv", "person_a,kind,strength\np1,advice,3\n")]);
    expect![[r#"
        error ties.csv:1: missing column person_b; the header has: person_a, kind, strength
    "#]]
    .assert_eq(&found);
}

#[test]
fn missing_columns_whose_cells_may_be_empty_still_let_the_rows_be_read() {
    let found = read_report(&[("people.csv", "id,name,team_id\np1,Ann,t1\n")]);
    expect![[r#"
        people: 1 rows
        error people.csv:1: missing columns role, level; the header has: id, name, team_id
    "#]]
    .assert_eq(&found);
}

#[test]
fn an_unknown_column_is_a_warning_and_a_value_under_no_heading_too() {
    let found = read_report(&[("people.csv", "id,team_id,name,role,level,Department,\np1,,Ann,,,HR,\np2,,Bob,,,,x\n")]);
    expect![[r#"
        people: 2 rows
        warning people.csv:1: column Department: not a column of people, so it is ignored; the columns are: id, team_id, name, role, level, email, phone, joined, left, tags
        warning people.csv:3: column 7 has a value but no heading, so it is ignored
    "#]]
    .assert_eq(&found);
}

#[test]
fn a_column_given_twice_is_an_error() {
    let found = read_report(&[("ties.csv", "Person A,person_b,person-a\np1,p2,p3\n")]);
    expect![[r#"
        ties: 1 rows
        error ties.csv:1: column person_a: given twice, as "Person A" (column 1) and "person-a" (column 3); keep one
    "#]]
    .assert_eq(&found);
}

#[test]
fn bad_numbers_dates_and_vocabulary_values_are_located_by_line_and_column() {
    let found = read_report(&[(
        "ties.csv",
        "person_a,person_b,kind,strength,frequency,last_contact,since\n\
         p1,p2,advice,3.5,weekly,2025-01-31,\n\
         p1,p3,gossip,4,fortnightly,31/02/2025,yesterday\n\
         p2,p3,,strong,,03/31/2025,\n\
         p1,p4,Works With,3.0,Weekly,1/2/2025,2024-12-01\n",
    )]);
    expect![[r#"
        ties: 4 rows
        error ties.csv:2: column strength: "3.5" is not a whole number from 1 to 5
        error ties.csv:3: column kind: "gossip" is not a tie kind; expected one of: works-with, advice, information, governance, informal
        error ties.csv:3: column frequency: "fortnightly" is not a frequency; expected one of: daily, weekly, monthly, quarterly, yearly, rarely
        error ties.csv:3: column last_contact: "31/02/2025" is not a date; write dates as YYYY-MM-DD
        error ties.csv:3: column since: "yesterday" is not a date; write dates as YYYY-MM-DD
        error ties.csv:4: column strength: "strong" is not a whole number from 1 to 5
        error ties.csv:4: column last_contact: "03/31/2025" is not a date (dates with slashes are read day first, DD/MM/YYYY); write dates as YYYY-MM-DD
        error ties.csv:5: column strength: "3.0" is not a whole number from 1 to 5; write it as 3
    "#]]
    .assert_eq(&found);
}

#[test]
fn an_unknown_level_lists_the_levels() {
    let found = read_report(&[("people.csv", "id,team_id,name,role,level\np1,t1,Ann,Nurse,Snr\np2,t1,Bob,,exec\n")]);
    expect![[r#"
        people: 2 rows
        error people.csv:2: column level: "Snr" is not a level; expected one of: board, executive, senior, middle, frontline
    "#]]
    .assert_eq(&found);
}

#[test]
fn a_strength_out_of_range_is_the_maps_rule_and_is_located_all_the_same() {
    let found =
        import_report(&[("people.csv", PEOPLE), ("ties.csv", "person_a,person_b,strength\np1,p2,9\np2,p1,0\n")]);
    expect![[r#"
        people: 2 rows
        ties: 2 rows
        error ties.csv:2: column strength: 9 is not between 1 and 5
        error ties.csv:3: column strength: 0 is not between 1 and 5
        error ties.csv:3: a second works-with tie between "p2" and "p1" (first on line 2)
    "#]]
    .assert_eq(&found);
}

#[test]
fn a_row_with_the_wrong_number_of_fields_is_an_error_at_its_line() {
    let found =
        read_report(&[("people.csv", "id,team_id,name,role,level\np1,,Ann,,\np2,,Smith, Bob,,\np3,,Cy\np4,,Dee,,\n")]);
    expect![[r#"
        people: 2 rows
        error people.csv:3: this row has 6 fields but the header has 5
        error people.csv:4: this row has 3 fields but the header has 5
    "#]]
    .assert_eq(&found);
}

#[test]
fn a_quote_left_open_is_pointed_out() {
    let found = read_report(&[("ties.csv", "person_a,person_b,note\np1,p2,\"never closed\np2,p3,fine\np3,p4,fine\n")]);
    expect![[r#"
        ties: 0 rows
        error ties.csv:2: column note: the quote opened here is still open on line 3, which looks like a row of its own, so rows would be read as one value; is a quote left open? (a value may run over several lines, but not over rows)
    "#]]
    .assert_eq(&found);
}

#[test]
fn cells_a_row_cannot_be_stored_without_are_required() {
    let found = read_report(&[
        ("organisations.csv", "id,name,kind\nnht,Northshire Hospitals,\ncc,County Council,council\nx,X,trust\n"),
        ("ties.csv", "person_a,person_b\np1,\n,p2\np1,p2\n"),
        ("partner_links.csv", "team_a,team_b,reason\nt1,,pathway\n"),
        (
            "assessments.csv",
            "partnership_id,date,shared_purpose,shared_values,agreed_processes,trust_commitment,communication\n\
             ics,2025-01-01,1,2,3,4,5\n\
             ics,,1,2,,4.5,5\n",
        ),
    ]);
    expect![[r#"
        organisations: 3 rows
        ties: 1 rows
        partner_links: 0 rows
        assessments: 1 rows
        error organisations.csv:2: column kind: kind is empty; expected one of: acute, community, mental-health, primary-care, local-authority, voluntary, hospice, commissioner, other
        error organisations.csv:4: column kind: "trust" is not an organisation kind; expected one of: acute, community, mental-health, primary-care, local-authority, voluntary, hospice, commissioner, other
        error ties.csv:2: column person_b: person_b is empty
        error ties.csv:3: column person_a: person_a is empty
        error partner_links.csv:2: column team_b: team_b is empty
        error assessments.csv:3: column date: date is empty
        error assessments.csv:3: column agreed_processes: agreed_processes is empty
        error assessments.csv:3: column trust_commitment: "4.5" is not a whole number from 1 to 5
    "#]]
    .assert_eq(&found);
}

#[test]
fn an_empty_file_and_a_folder_without_tables_are_errors() {
    let found = read_report(&[("people.csv", ""), ("teams.csv", "id,org_id,parent_team_id,name,function\n")]);
    expect![[r#"
        teams: 0 rows
        error people.csv: the file is empty; its first line should name the columns: id, team_id, name, role, level, email, phone, joined, left, tags
    "#]]
    .assert_eq(&found);

    let folder = Folder::new(&[("notes.txt", "hello"), ("contacts.csv", "a,b\n")]);
    std::fs::create_dir(folder.path().join("old")).unwrap();
    let found = crate::support::report(&folder.read(), &[]);
    expect![[r#"
        error csv: no file here is a table; expected organisations.csv, teams.csv, people.csv, ties.csv, partner_links.csv, partnerships.csv, assessments.csv; found: contacts.csv, notes.txt, old
        warning csv: contacts.csv is not a table, so it is ignored; the tables are: organisations.csv, teams.csv, people.csv, ties.csv, partner_links.csv, partnerships.csv, assessments.csv
    "#]]
    .assert_eq(&found);
}
