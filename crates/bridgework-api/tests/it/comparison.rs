//! A comparison exported from a map whose names are hostile: the picture's
//! SVG parses with every node of the changes map and names as text, PNG and
//! PDF render, the workbook and CSV sheets read back with each name as it was
//! (a formula guarded by an apostrophe), and the suggested file name holds no
//! character a file name cannot.

use crate::exports::{AS_OF, hostile_map};
use bridgework_api::{
    Comparison, Destination, ExportFormat, Silent, SnapshotDiffRequest, SnapshotInput, SnapshotRef, export_comparison,
};
use calamine::{Data, Reader, Xlsx};
use std::path::Path;

/// The hostile map with snapshot "Q3: before/after\t=1+2", then its first 30
/// ties removed through a JSON export imported back.
fn changed(dir: &Path) -> std::path::PathBuf {
    let map = dir.join("hostile.bwmap");
    hostile_map(&map);
    bridgework_api::take_snapshot(
        &map,
        &SnapshotInput { name: "Q3: before/after\t=1+2".into(), ..SnapshotInput::default() },
    )
    .unwrap();
    let json = dir.join("tables.json");
    let request = bridgework_api::ExportRequest::new(ExportFormat::Json);
    bridgework_api::export(&map, &request, &Destination::New(json.clone()), &Silent).unwrap();
    let mut tables: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    tables["ties"].as_array_mut().unwrap().drain(..30);
    std::fs::write(&json, serde_json::to_vec(&tables).unwrap()).unwrap();
    bridgework_api::import(&map, &json, false, &Silent).unwrap();
    map
}

#[test]
fn hostile_names_survive_every_comparison_format() {
    let dir = tempfile::tempdir().unwrap();
    let map = changed(dir.path());
    let both = SnapshotDiffRequest {
        from_as_of: AS_OF.parse().ok(),
        to_as_of: AS_OF.parse().ok(),
        ..SnapshotDiffRequest::default()
    };
    let from = SnapshotRef::Name("Q3: before/after\t=1+2".into());
    let comparison = Comparison::of(&map, &from, &SnapshotRef::Now, &both).unwrap();
    assert_eq!(comparison.diff.summary.ties_lost, 30);
    let names: Vec<&str> = comparison.diff.ties_lost.iter().flat_map(|t| [&*t.tie.a.name, &*t.tie.b.name]).collect();
    assert!(names.iter().any(|n| n.starts_with('=')), "some lost tie's person is named as a formula: {names:?}");

    let write = |format: ExportFormat| {
        let out = dir.path().join(comparison.file_name(format));
        export_comparison(&comparison, format, 1.0, &Destination::New(out.clone())).unwrap();
        out
    };
    let svg = write(ExportFormat::Svg);
    assert!(svg.file_name().unwrap().to_str().unwrap().ends_with(" to now 2026-11-01.svg"), "{svg:?}");
    assert!(!svg.file_name().unwrap().to_str().unwrap().contains(['/', ':', '\t']), "{svg:?}");
    let text = std::fs::read_to_string(&svg).unwrap();
    let doc = roxmltree::Document::parse(&text).unwrap();
    let keys = doc.descendants().filter_map(|n| n.attribute("data-key")).count();
    assert_eq!(keys, comparison.diff.changes_map.nodes.len());
    assert!(!doc.descendants().any(|n| n.has_tag_name("script")), "names stay text");
    let labels: Vec<&str> = doc.descendants().filter(|n| n.has_tag_name("text")).filter_map(|n| n.text()).collect();
    let short: Vec<&&str> =
        names.iter().filter(|n| n.chars().count() <= 32 && !n.chars().any(char::is_control)).collect();
    assert!(short.iter().any(|n| labels.contains(n)), "the people's names label their discs as they are");
    for format in [ExportFormat::Png, ExportFormat::Pdf] {
        assert!(std::fs::metadata(write(format)).unwrap().len() > 1000, "{format:?}");
    }

    // In the workbook, each name reads back as written, a formula with its apostrophe in front.
    let guarded = |name: &str| bridgework_api::neutralise(name).into_owned();
    let mut book: Xlsx<_> = calamine::open_workbook(write(ExportFormat::Xlsx)).unwrap();
    let lost: Vec<Vec<Data>> = book.worksheet_range("Ties lost").unwrap().rows().map(|r| r.to_vec()).collect();
    assert_eq!(lost.len(), 31);
    for (row, tie) in lost[1..].iter().zip(&comparison.diff.ties_lost) {
        assert_eq!(row[1], Data::String(guarded(&tie.tie.a.name)));
        assert_eq!(row[3], Data::String(guarded(&tie.tie.b.name)));
    }
    let folder = write(ExportFormat::Csv);
    let mut reader = csv::Reader::from_path(folder.join("ties_lost.csv")).unwrap();
    let read: Vec<String> = reader.records().map(|r| r.unwrap()[1].to_string()).collect();
    let expected: Vec<String> = comparison.diff.ties_lost.iter().map(|t| guarded(&t.tie.a.name)).collect();
    assert_eq!(read, expected);
}
