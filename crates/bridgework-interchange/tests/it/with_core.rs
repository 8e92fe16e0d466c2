//! Problems only the map's rules can see, across rows and tables, pointed
//! back to the file and line they came from.

use crate::support::{Folder, import_report};
use bridgework_core::{Map, OrgKind, Organisation, Records, Table, Team};
use expect_test::expect;

const ORGANISATIONS: &str = "id,name,kind\nnht,Northshire Hospitals,acute\ncc,County Council,council\n";
const TEAMS: &str = "id,org_id,parent_team_id,name,function\n\
                     dis,nht,,Discharge,hospital discharge\n\
                     reab,cc,,Reablement,reablement\n";

#[test]
fn cross_row_problems_are_located_by_file_line_and_column() {
    let found = import_report(&[
        ("organisations.csv", ORGANISATIONS),
        ("teams.csv", TEAMS),
        (
            "people.csv",
            "id,team_id,name,role,level\n\
             p1,dis,Priya Shah,Discharge lead,middle\n\
             p2,nowhere,Ann Lee,,frontline\n\
             p1,reab,Bob Grey,,\n\
             p3,reab,,,\n",
        ),
        (
            "ties.csv",
            "person_a,person_b,kind,note\n\
             p1,p2,,\"first met\n\
             at the huddle\"\n\
             p2,p2,advice,\n\
             p1,p9,,\n",
        ),
    ]);
    expect![[r#"
        organisations: 2 rows
        teams: 2 rows
        people: 4 rows
        ties: 3 rows
        error people.csv:3: column team_id: unknown team id "nowhere"
        error people.csv:4: column id: duplicate id "p1" (first on line 2)
        error people.csv:5: column name: name is empty
        error ties.csv:4: column person_b: a tie from "p2" to themself
        error ties.csv:5: column person_b: unknown person id "p9"
    "#]]
    .assert_eq(&found);
}

#[test]
fn rows_kept_from_the_map_are_located_in_the_map() {
    // The person ties.csv names is in the map, not the input; and the
    // map's own team refers to an organisation the input no longer has.
    let folder = Folder::new(&[
        ("organisations.csv", "id,name,kind\ncc,County Council,council\n"),
        ("ties.csv", "person_a,person_b\np1,p2\n"),
    ]);
    let mut input = folder.read();
    let mut merged = Records {
        organisations: vec![Organisation {
            id: "nht".into(),
            name: "Northshire Hospitals".into(),
            kind: OrgKind::Acute,
            short_name: None,
            colour: None,
        }],
        teams: vec![Team {
            id: "dis".into(),
            org_id: "nht".into(),
            parent_team_id: None,
            name: "Discharge".into(),
            functions: vec![],
        }],
        ..Records::default()
    };
    for &table in &input.tables {
        merged.take_table(table, &mut input.records);
    }
    assert_eq!(input.tables, [Table::Organisations, Table::Ties]);
    let problems = Map::new(merged).unwrap_err();
    let located: Vec<String> = problems.iter().map(|p| input.locate(p).to_string()).collect();
    expect![[r#"
        the map: column org_id: unknown organisation id "nht" (in teams, row 1)
        ties.csv:2: column person_a: unknown person id "p1"
        ties.csv:2: column person_b: unknown person id "p2""#]]
    .assert_eq(&located.join("\n"));
}
