//! What is written reads back as the same records; the JSON is stable.

use crate::support::Folder;
use bridgework_core::*;
use bridgework_interchange::{write_csv, write_json};
use expect_test::expect;

fn day(y: i32, m: u32, d: u32) -> Option<Date> {
    Date::from_ymd_opt(y, m, d)
}

/// A map that uses every column, with the awkward values people type: commas,
/// quotes, line breaks, semicolons in text, non-ASCII letters.
fn everything() -> Records {
    Records {
        organisations: vec![
            Organisation {
                id: "nht".into(),
                name: "Northshire Hospitals, NHS Trust".into(),
                kind: OrgKind::Acute,
                short_name: Some("NHT".into()),
                colour: Some("#1f77b4".into()),
            },
            Organisation {
                id: "cc".into(),
                name: "County Council".into(),
                kind: OrgKind::LocalAuthority,
                short_name: None,
                colour: None,
            },
        ],
        teams: vec![
            Team {
                id: "ops".into(),
                org_id: "nht".into(),
                parent_team_id: None,
                name: "Operations".into(),
                functions: vec![],
            },
            Team {
                id: "dis".into(),
                org_id: "nht".into(),
                parent_team_id: Some("ops".into()),
                name: "Discharge \"Hub\"".into(),
                functions: vec!["hospital discharge".into(), "frailty".into()],
            },
            Team {
                id: "reab".into(),
                org_id: "cc".into(),
                parent_team_id: None,
                name: "Reablement".into(),
                functions: vec!["reablement".into()],
            },
        ],
        people: vec![
            Person {
                id: "p1".into(),
                team_id: Some("dis".into()),
                name: "Zoë Brown".into(),
                role: Some("Discharge lead; band 7".into()),
                level: Some(Level::Middle),
                email: Some("zoe.brown@example.org".into()),
                phone: Some("07700 900123".into()),
                joined: day(2019, 4, 1),
                left: day(2026, 1, 31),
                tags: vec!["flow".into(), "Welsh speaker".into()],
            },
            Person {
                id: "p2".into(),
                team_id: None,
                name: "Siân Jones".into(),
                role: None,
                level: None,
                email: None,
                phone: None,
                joined: None,
                left: None,
                tags: vec![],
            },
        ],
        ties: vec![
            Tie {
                person_a: "p1".into(),
                person_b: "p2".into(),
                kind: TieKind::Advice,
                strength: Some(4),
                frequency: Some(Frequency::Weekly),
                last_contact: day(2025, 11, 3),
                since: day(2021, 2, 28),
                source: Some("survey".into()),
                note: Some("met at the \"huddle\",\nthen again\r\nat the board".into()),
            },
            Tie {
                person_a: "p2".into(),
                person_b: "p1".into(),
                kind: TieKind::WorksWith,
                strength: None,
                frequency: None,
                last_contact: None,
                since: None,
                source: None,
                note: None,
            },
        ],
        partner_links: vec![PartnerLink {
            team_a: "dis".into(),
            team_b: "reab".into(),
            reason: Some("discharge to assess".into()),
        }],
        partnerships: vec![Partnership {
            id: "ics".into(),
            name: "Northshire ICS".into(),
            model: Some(PartnershipModel::Mandated),
            purpose: Some("Joined-up care".into()),
            started: day(2022, 7, 1),
            org_ids: vec!["nht".into(), "cc".into()],
        }],
        assessments: vec![Assessment {
            partnership_id: "ics".into(),
            date: day(2025, 6, 30).unwrap(),
            shared_purpose: 4,
            shared_values: 3,
            agreed_processes: 2,
            trust_commitment: 3,
            communication: 5,
        }],
    }
}

#[test]
fn csv_reads_back_as_the_same_records() {
    let records = everything();
    Map::new(records.clone()).expect("the example keeps every rule");
    let folder = Folder::empty();
    write_csv(&records, folder.path()).unwrap();
    let input = folder.read();
    assert_eq!((input.errors.as_slice(), input.warnings.as_slice()), (&[][..], &[][..]));
    assert_eq!(input.tables, Table::ALL);
    assert_eq!(input.records, records);

    // Written again over the first export, file for file the same, and no
    // temporary file left behind.
    let first: Vec<_> =
        Table::ALL.iter().map(|t| std::fs::read(folder.path().join(format!("{}.csv", t.name())))).collect();
    write_csv(&input.records, folder.path()).unwrap();
    let second: Vec<_> =
        Table::ALL.iter().map(|t| std::fs::read(folder.path().join(format!("{}.csv", t.name())))).collect();
    assert_eq!(
        first.into_iter().map(Result::unwrap).collect::<Vec<_>>(),
        second.into_iter().map(Result::unwrap).collect::<Vec<_>>()
    );
    let mut files: Vec<_> =
        std::fs::read_dir(folder.path()).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    files.sort();
    assert_eq!(
        files,
        [
            "assessments.csv",
            "organisations.csv",
            "partner_links.csv",
            "partnerships.csv",
            "people.csv",
            "teams.csv",
            "ties.csv"
        ]
    );
}

#[test]
fn csv_is_plain_utf8_with_commas_crlf_and_quotes_only_where_needed() {
    let folder = Folder::empty();
    write_csv(&everything(), folder.path()).unwrap();
    // Carriage returns shown, to see the CRLF line ends.
    let read = |name: &str| std::fs::read_to_string(folder.path().join(name)).unwrap().replace('\r', "\\r");
    let ties = read("ties.csv");
    expect![[r#"
        person_a,person_b,kind,strength,frequency,last_contact,since,source,note\r
        p1,p2,advice,4,weekly,2025-11-03,2021-02-28,survey,"met at the ""huddle"",
        then again\r
        at the board"\r
        p2,p1,works-with,,,,,,\r
    "#]]
    .assert_eq(&ties);
    let teams = read("teams.csv");
    expect![[r#"
        id,org_id,parent_team_id,name,function\r
        ops,nht,,Operations,\r
        dis,nht,ops,"Discharge ""Hub""",hospital discharge; frailty\r
        reab,cc,,Reablement,reablement\r
    "#]]
    .assert_eq(&teams);
}

#[test]
fn an_empty_map_writes_every_header_and_reads_back_empty() {
    let folder = Folder::empty();
    let nested = folder.path().join("new").join("export");
    write_csv(&Records::default(), &nested).unwrap();
    assert_eq!(std::fs::read_to_string(nested.join("partner_links.csv")).unwrap(), "team_a,team_b,reason\r\n");
    let input = bridgework_interchange::read(&nested, &Silent).unwrap();
    assert_eq!((input.errors.len(), input.warnings.len(), input.tables.len()), (0, 0, 7));
    assert_eq!(input.records, Records::default());
}

#[test]
fn json_is_valid_stable_and_names_columns_as_the_csv_does() {
    let records = everything();
    let mut first = Vec::new();
    write_json(&records, &mut first).unwrap();
    let mut second = Vec::new();
    write_json(&records, &mut second).unwrap();
    assert_eq!(first, second);
    let document: serde_json::Value = serde_json::from_slice(&first).unwrap();
    assert_eq!(document["people"][0]["name"], "Zoë Brown");

    let tiny = Records {
        organisations: records.organisations[1..].to_vec(),
        teams: records.teams[2..].to_vec(),
        people: records.people[1..].to_vec(),
        ties: records.ties[..1].to_vec(),
        partner_links: vec![],
        partnerships: records.partnerships.clone(),
        assessments: records.assessments.clone(),
    };
    let mut json = Vec::new();
    write_json(&tiny, &mut json).unwrap();
    expect![[r#"
        {
          "format": "bridgework-map",
          "format_version": 1,
          "organisations": [
            {
              "id": "cc",
              "name": "County Council",
              "kind": "local-authority",
              "short_name": null,
              "colour": null
            }
          ],
          "teams": [
            {
              "id": "reab",
              "org_id": "cc",
              "parent_team_id": null,
              "name": "Reablement",
              "function": [
                "reablement"
              ]
            }
          ],
          "people": [
            {
              "id": "p2",
              "team_id": null,
              "name": "Siân Jones",
              "role": null,
              "level": null,
              "email": null,
              "phone": null,
              "joined": null,
              "left": null,
              "tags": []
            }
          ],
          "ties": [
            {
              "person_a": "p1",
              "person_b": "p2",
              "kind": "advice",
              "strength": 4,
              "frequency": "weekly",
              "last_contact": "2025-11-03",
              "since": "2021-02-28",
              "source": "survey",
              "note": "met at the \"huddle\",\nthen again\r\nat the board"
            }
          ],
          "partner_links": [],
          "partnerships": [
            {
              "id": "ics",
              "name": "Northshire ICS",
              "model": "mandated",
              "purpose": "Joined-up care",
              "started": "2022-07-01",
              "organisations": [
                "nht",
                "cc"
              ]
            }
          ],
          "assessments": [
            {
              "partnership_id": "ics",
              "date": "2025-06-30",
              "shared_purpose": 4,
              "shared_values": 3,
              "agreed_processes": 2,
              "trust_commitment": 3,
              "communication": 5
            }
          ]
        }
    "#]]
    .assert_eq(&String::from_utf8(json).unwrap());
}
