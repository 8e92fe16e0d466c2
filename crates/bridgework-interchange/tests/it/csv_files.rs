//! CSV files as spreadsheets and other tools really write them: encodings,
//! delimiters, quoting, blank rows, names in any case.

use crate::support::{Folder, read_report, report};
use bridgework_core::{Level, Progress, Silent, Table, TieKind};
use bridgework_interchange::{ReadError, read};
use expect_test::expect;
use std::sync::Mutex;

fn names(input: &bridgework_interchange::Input) -> Vec<&str> {
    input.records.people.iter().map(|p| p.name.as_str()).collect()
}

#[test]
fn windows_1252_is_decoded_when_the_bytes_are_not_utf8() {
    let folder = Folder::empty();
    folder.add("people.csv", b"id,team_id,name,role,level\np1,,Zo\xEB Brown,,\np2,,Si\xE2n Jones,Caf\xE9 lead,\n");
    let input = folder.read();
    assert_eq!(input.errors, []);
    assert_eq!(names(&input), ["Zoë Brown", "Siân Jones"]);
    assert_eq!(input.records.people[1].role.as_deref(), Some("Café lead"));
}

#[test]
fn a_utf8_byte_order_mark_is_not_part_of_the_first_heading() {
    let folder = Folder::empty();
    folder.add("people.csv", "\u{feff}id,team_id,name,role,level\np1,,Zoë,,senior\n".as_bytes());
    let input = folder.read();
    assert_eq!((input.errors.as_slice(), input.warnings.as_slice()), (&[][..], &[][..]));
    assert_eq!(input.records.people[0].id, "p1");
    assert_eq!(input.records.people[0].level, Some(Level::Senior));
}

#[test]
fn semicolons_and_tabs_separate_fields_as_well_as_commas() {
    let semicolons = Folder::new(&[("people.csv", "id;team_id;name;role;level\np1;;\"Brown; Zoë\";;\n")]).read();
    assert_eq!(names(&semicolons), ["Brown; Zoë"]);
    let tabs =
        Folder::new(&[("people.csv", "id\tteam_id\tname\trole\tlevel\np1\t\tSmith, Ann\tNurse, band 6\t\n")]).read();
    assert_eq!(names(&tabs), ["Smith, Ann"]);
    assert_eq!(tabs.records.people[0].role.as_deref(), Some("Nurse, band 6"));
    assert_eq!((semicolons.errors, tabs.errors), (vec![], vec![]));
}

#[test]
fn line_numbers_count_the_lines_inside_quoted_fields() {
    let found = read_report(&[(
        "ties.csv",
        "person_a,person_b,strength,note\r\n\
         p1,p2,3,\"met at the\r\ndischarge huddle,\r\n\"\"weekly\"\"\"\r\n\
         p2,p3,often,\r\n\
         \r\n\
         p3,p4,2,\"two\nlines\"\n\
         p4,p5,x,\n",
    )]);
    expect![[r#"
        ties: 4 rows
        error ties.csv:5: column strength: "often" is not a whole number from 1 to 5
        error ties.csv:9: column strength: "x" is not a whole number from 1 to 5
    "#]]
    .assert_eq(&found);
    // Old Mac Excel ends lines with a CR alone.
    let found = read_report(&[("ties.csv", "person_a,person_b,strength\rp1,p2,3\r\rp2,p3,x\r")]);
    expect![[r#"
        ties: 2 rows
        error ties.csv:4: column strength: "x" is not a whole number from 1 to 5
    "#]]
    .assert_eq(&found);
    let input = Folder::new(&[("ties.csv", "person_a,person_b,note\np1,p2,\"a, \"\"b\"\"\nc\"\n")]).read();
    assert_eq!(input.records.ties[0].note.as_deref(), Some("a, \"b\"\nc"));
}

#[test]
fn rows_with_every_cell_empty_are_skipped_and_headings_match_loosely() {
    let found = read_report(&[(
        "Ties.CSV",
        "Person A , PERSON-B,Kind,Last Contact\n,,,\n\np1,p2,Info,01/02/2025\n  ,\t, ,\n,,\n p2 , p3 ,,\n",
    )]);
    expect![[r#"
        ties: 2 rows
    "#]]
    .assert_eq(&found);
    let input = Folder::new(&[("Ties.CSV", "Person A,person_b,kind\np1,p2,Info\n p2 , p3 ,\n")]).read();
    let ties = &input.records.ties;
    assert_eq!((ties[0].kind, ties[1].kind), (TieKind::Information, TieKind::WorksWith));
    assert_eq!((ties[1].person_a.as_str(), ties[1].person_b.as_str()), ("p2", "p3"));
}

#[test]
fn a_single_file_named_after_a_table_reads_as_that_table() {
    let folder = Folder::new(&[("partner_links.csv", "team_a,team_b\nt1,t2\n"), ("contacts.csv", "a\n")]);
    let input = read(&folder.path().join("partner_links.csv"), &Silent).unwrap();
    assert_eq!(input.tables, [Table::PartnerLinks]);
    assert_eq!(input.records.partner_links.len(), 1);

    let err = read(&folder.path().join("contacts.csv"), &Silent).unwrap_err();
    assert!(matches!(err, ReadError::NotATable { .. }));
    assert!(err.to_string().ends_with(
        "contacts.csv is not named after a table; the tables are: organisations.csv, teams.csv, people.csv, \
         ties.csv, partner_links.csv, partnerships.csv, assessments.csv"
    ));
}

#[test]
fn paths_that_are_not_inputs_fail_naming_the_path() {
    let folder = Folder::new(&[("notes.txt", "x")]);
    let missing = folder.path().join("nowhere");
    let err = read(&missing, &Silent).unwrap_err();
    assert!(matches!(err, ReadError::NotFound { .. }));
    assert_eq!(err.to_string(), format!("{} does not exist", missing.display()));

    let err = read(&folder.path().join("notes.txt"), &Silent).unwrap_err();
    assert!(matches!(err, ReadError::NotSupported { .. }), "{err}");
    assert!(err.to_string().contains("notes.txt is not a folder of CSV files, an .xlsx workbook"));

    folder.add("book.xlsx", b"not a zip");
    let err = read(&folder.path().join("book.xlsx"), &Silent).unwrap_err();
    assert!(matches!(err, ReadError::Workbook { .. }), "{err}");
    assert!(
        err.to_string().starts_with(&format!("cannot read the workbook {}", folder.path().join("book.xlsx").display()))
    );
}

#[test]
fn two_files_for_one_table_is_an_error() {
    let folder = Folder::new(&[("people.csv", "id\n"), ("People.csv", "id\n")]);
    if std::fs::read_dir(folder.path()).unwrap().count() < 2 {
        return; // A file system that ignores case holds only one of them.
    }
    let found = report(&folder.read(), &[]);
    expect![[r#"
        error csv: People.csv and people.csv both hold people; keep one
        error People.csv:1: missing columns team_id, name, role, level; the header has: id
    "#]]
    .assert_eq(&found);
}

/// Records reports, and asks to stop once it has seen `stop_after` of them.
struct Watcher {
    reports: Mutex<Vec<(String, u64, u64)>>,
    stop_after: usize,
}

impl Progress for Watcher {
    fn report(&self, stage: &str, done: u64, total: u64) {
        self.reports.lock().unwrap().push((stage.to_string(), done, total));
    }

    fn cancelled(&self) -> bool {
        self.reports.lock().unwrap().len() >= self.stop_after
    }
}

#[test]
fn long_files_report_progress_and_can_be_cancelled() {
    let mut ties = String::from("person_a,person_b\n");
    for i in 0..150_000 {
        ties.push_str(&format!("p{i},q{i}\n"));
    }
    let folder = Folder::new(&[("ties.csv", &ties)]);

    let watcher = Watcher { reports: Mutex::default(), stop_after: usize::MAX };
    let input = read(folder.path(), &watcher).unwrap();
    assert_eq!(input.records.ties.len(), 150_000);
    let reports = watcher.reports.into_inner().unwrap();
    let total = ties.len() as u64;
    assert!(reports.iter().all(|(stage, _, t)| stage == "reading ties.csv" && *t == total), "{reports:?}");
    assert_eq!(reports.len(), 3, "two on the way, one at the end");
    assert!(reports[0].1 < reports[1].1 && reports[1].1 < total);
    assert_eq!(reports[2].1, total);

    let watcher = Watcher { reports: Mutex::default(), stop_after: 1 };
    assert!(matches!(read(folder.path(), &watcher), Err(ReadError::Cancelled)));
}
