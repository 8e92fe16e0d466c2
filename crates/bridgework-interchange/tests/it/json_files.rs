//! The JSON export read back: values as they are, problems at the line
//! their row starts on, and a document that is not an export refused.

use crate::support::Folder;
use bridgework_core::{Level, Silent};
use bridgework_interchange::{ReadError, read};

const DOCUMENT: &str = r#"{
  "format": "bridgework-map",
  "format_version": 1,
  "people": [
    { "id": "p1", "team_id": null, "name": "'=not a formula", "role": "=SUM(A1)", "level": "senior",
      "tags": ["a", "b"] },
    { "id": "p2", "name": "Bob",
      "level": "Snr", "shoe_size": 9 }
  ]
}
"#;

#[test]
fn a_json_export_reads_values_as_they_are_and_locates_problems_by_line() {
    let folder = Folder::empty();
    folder.add("map.json", DOCUMENT.as_bytes());
    let input = read(&folder.path().join("map.json"), &Silent).unwrap();
    let people = &input.records.people;
    assert_eq!(people.len(), 2);
    assert_eq!((people[0].name.as_str(), people[0].role.as_deref()), ("'=not a formula", Some("=SUM(A1)")));
    assert_eq!(people[0].level, Some(Level::Senior));
    assert_eq!(people[0].tags, ["a", "b"]);
    let errors: Vec<String> = input.errors.iter().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].starts_with("map.json, people:7: column level: \"Snr\" is not a level"), "{errors:?}");
    let warnings: Vec<String> = input.warnings.iter().map(ToString::to_string).collect();
    assert!(warnings.iter().any(|w| w.contains("shoe_size")), "{warnings:?}");
}

#[test]
fn a_json_document_that_is_not_an_export_is_refused_with_what_it_should_hold() {
    let folder = Folder::empty();
    folder.add("other.json", br#"{ "people": [] }"#);
    folder.add("broken.json", b"{ \"format\": ");
    let input = read(&folder.path().join("other.json"), &Silent).unwrap();
    assert!(input.errors[0].to_string().contains("not a Bridgework map export"), "{:?}", input.errors);
    let broken = read(&folder.path().join("broken.json"), &Silent).unwrap_err();
    assert!(matches!(broken, ReadError::Json { .. }), "{broken}");
    assert!(broken.to_string().contains("line 1"), "{broken}");
}

#[test]
fn a_nul_character_in_a_json_cell_is_refused_where_it_is_so_no_map_holds_one_its_csv_export_could_not_bring_back() {
    let folder = Folder::empty();
    folder.add(
        "map.json",
        br#"{
  "format": "bridgework-map",
  "format_version": 1,
  "people": [
    { "id": "p1", "name": "nul\u0000byte", "level": "senior" }
  ]
}
"#,
    );
    let input = read(&folder.path().join("map.json"), &Silent).unwrap();
    let errors: Vec<String> = input.errors.iter().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].starts_with("map.json, people:5: column name: the cell holds a NUL character"), "{errors:?}");
}
