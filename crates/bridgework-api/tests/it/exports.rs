//! Every export format on a map whose names are hostile: the XML formats
//! parse (roxmltree) with every node, PNG and PDF render, and the tables
//! import back as the same map.

use bridgework_api::{
    Destination, ExportFormat, ExportRequest, SnapshotInput, ViewLevel, create_map, export, import, open_map,
};
use bridgework_core::{Date, Level, Map, OrgKind, Organisation, Person, Records, Silent, Team, Tie, TieKind};
use bridgework_store::Store;
use std::path::Path;

pub(crate) const AS_OF: &str = "2026-11-01";

/// A map whose organisations, teams, people, roles, notes and some ids are
/// the hostile names (trimmed, as an import reads any cell).
pub(crate) fn hostile_map(path: &Path) -> usize {
    let names: Vec<String> =
        bridgework_demo::hostile_names().iter().map(|n| n.trim().to_string()).filter(|n| !n.is_empty()).collect();
    let organisations: Vec<Organisation> = (0..10)
        .map(|o| Organisation {
            id: format!("o{o}"),
            name: names[o * 7].clone(),
            kind: OrgKind::Hospice,
            short_name: Some(names[o * 7 + 1].clone()),
            colour: None,
        })
        .collect();
    // A list item holding ";" splits in two, in every table format (formats.md).
    let items: Vec<&String> = names.iter().filter(|n| !n.contains(';')).collect();
    let teams: Vec<Team> = (0..20)
        .map(|t| Team {
            id: format!("t{t}{}", names[t]),
            org_id: format!("o{}", t % 10),
            parent_team_id: None,
            name: names[t + 20].clone(),
            functions: vec![items[t + 40].clone()],
        })
        .collect();
    let people: Vec<Person> = names
        .iter()
        .enumerate()
        .map(|(i, name)| Person {
            id: if i < 50 { format!("p{i}{name}") } else { format!("p{i}") },
            team_id: Some(teams[i % teams.len()].id.clone()),
            name: name.clone(),
            role: Some(names[(i + 1) % names.len()].clone()),
            level: Some(Level::Frontline),
            email: None,
            phone: None,
            joined: None,
            left: None,
            tags: Vec::new(),
        })
        .collect();
    let ties: Vec<Tie> = (1..people.len())
        .map(|i| Tie {
            person_a: people[i - 1].id.clone(),
            person_b: people[i].id.clone(),
            kind: TieKind::Advice,
            strength: Some(3),
            frequency: None,
            last_contact: AS_OF.parse::<Date>().ok(),
            since: None,
            source: Some(names[i].clone()),
            note: Some(names[names.len() - i].clone()),
        })
        .collect();
    let count = people.len();
    let records = Records { organisations, teams, people, ties, ..Records::default() };
    let map = Map::new(records).unwrap_or_else(|problems| panic!("the hostile map keeps the rules: {problems:?}"));
    Store::create(path, &names[0], &map, "2026-11-01T00:00:00Z").unwrap();
    count
}

fn request(format: ExportFormat, level: ViewLevel) -> ExportRequest {
    ExportRequest { level, as_of: AS_OF.parse().ok(), ..ExportRequest::new(format) }
}

/// The map's tables as JSON text, to compare two maps.
fn tables(map: &Path, dir: &Path, name: &str) -> String {
    let out = dir.join(name);
    export(map, &ExportRequest::new(ExportFormat::Json), &Destination::New(out.clone()), &Silent).unwrap();
    std::fs::read_to_string(out).unwrap()
}

#[test]
fn hostile_names_survive_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("hostile.bwmap");
    let people = hostile_map(&map);
    assert!(people >= 200);

    for (level, nodes) in [(ViewLevel::Organisation, 10), (ViewLevel::Team, 20), (ViewLevel::Person, people)] {
        for format in [ExportFormat::Svg, ExportFormat::Graphml, ExportFormat::Gexf] {
            let out = dir.path().join(format!("{level:?}.{}", format.extension().unwrap()));
            export(&map, &request(format, level), &Destination::New(out.clone()), &Silent).unwrap();
            let text = std::fs::read_to_string(&out).unwrap();
            let doc = roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{format:?} {level:?}: {e}"));
            let found = match format {
                ExportFormat::Svg => doc.descendants().filter(|n| n.attribute("data-key").is_some()).count(),
                _ => doc.descendants().filter(|n| n.has_tag_name("node")).count(),
            };
            assert_eq!(found, nodes, "{format:?} at {level:?}");
            assert!(!doc.descendants().any(|n| n.has_tag_name("script")), "names stay text");
        }
    }
    for format in [ExportFormat::Png, ExportFormat::Pdf] {
        let out = dir.path().join(format!("map.{}", format.extension().unwrap()));
        export(&map, &request(format, ViewLevel::Person), &Destination::New(out.clone()), &Silent).unwrap();
        assert!(std::fs::metadata(&out).unwrap().len() > 1000);
    }

    let original = tables(&map, dir.path(), "original.json");
    for format in [ExportFormat::Csv, ExportFormat::Json, ExportFormat::Xlsx] {
        let out = dir.path().join(format!("tables-{format:?}"));
        let out = match format.extension() {
            Some(extension) => out.with_extension(extension),
            None => out,
        };
        export(&map, &ExportRequest::new(format), &Destination::New(out.clone()), &Silent).unwrap();
        let copy = dir.path().join(format!("copy-{format:?}.bwmap"));
        create_map(&copy, "copy").unwrap();
        import(&copy, &out, false, &Silent).unwrap_or_else(|e| panic!("{format:?}: {e} {:?}", e.issues));
        let again = tables(&copy, dir.path(), &format!("again-{format:?}.json"));
        let differ = original.lines().zip(again.lines()).find(|(a, b)| a != b);
        assert!(again == original, "{format:?} reads back as the same map; first difference: {differ:?}");
        assert_eq!(open_map(&copy).unwrap().records().people.len(), people);
    }
}

#[test]
fn a_save_dialog_suggests_the_map_and_its_day_without_characters_a_file_name_cannot_hold() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.bwmap");
    create_map(&path, "Ashworth ICS: North/South\\East").unwrap();
    let day: Date = "2026-12-01".parse().unwrap();
    let session = bridgework_api::MapSession::open(&path, day, &Silent).unwrap();
    let name = |request: &ExportRequest| bridgework_api::suggested_file_name(&session, request).unwrap();
    assert_eq!(name(&ExportRequest::new(ExportFormat::Pdf)), "Ashworth ICS- North-South-East 2026-12-01.pdf");
    assert_eq!(name(&ExportRequest::new(ExportFormat::Gexf)), "Ashworth ICS- North-South-East 2026-12-01.gexf");
    assert_eq!(name(&ExportRequest::new(ExportFormat::Csv)), "Ashworth ICS- North-South-East 2026-12-01");
    let snapshot =
        bridgework_api::take_snapshot(&path, &SnapshotInput { name: "Q3\treview".into(), ..SnapshotInput::default() })
            .unwrap();
    let of_snapshot =
        |name: &str| ExportRequest { snapshot: Some(name.to_string()), ..ExportRequest::new(ExportFormat::Xlsx) };
    let expected = format!("Ashworth ICS- North-South-East Q3-review {}.xlsx", snapshot.day);
    assert_eq!(name(&of_snapshot("Q3\treview")), expected);
    assert_eq!(name(&of_snapshot(&snapshot.id.to_string())), expected);
    let unknown = bridgework_api::suggested_file_name(&session, &of_snapshot("Q4")).unwrap_err();
    assert_eq!(unknown.code, bridgework_api::ErrorCode::NotFound);
    assert!(unknown.message.contains("no snapshot called \"Q4\""), "{}", unknown.message);
}

/// Progress that records the stages reported and asks to stop once the
/// export begins writing.
#[derive(Default)]
struct StopOnceWriting {
    stages: std::sync::Mutex<Vec<String>>,
}

impl bridgework_core::Progress for StopOnceWriting {
    fn report(&self, stage: &str, _done: u64, _total: u64) {
        self.stages.lock().unwrap().push(stage.to_string());
    }

    fn cancelled(&self) -> bool {
        self.stages.lock().unwrap().iter().any(|s| s == "writing the export")
    }
}

#[test]
fn a_cancelled_export_reports_its_stages_and_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("demo.bwmap");
    bridgework_api::create_demo_map(&map, AS_OF.parse().unwrap()).unwrap();
    let exports = dir.path().join("exports");
    std::fs::create_dir(&exports).unwrap();
    for (format, level) in [
        (ExportFormat::Graphml, ViewLevel::Person),
        (ExportFormat::Xlsx, ViewLevel::Organisation),
        (ExportFormat::Csv, ViewLevel::Organisation),
    ] {
        let progress = StopOnceWriting::default();
        let to = Destination::New(exports.join(format!("out.{}", format.extension().unwrap_or("d"))));
        let err = export(&map, &request(format, level), &to, &progress).unwrap_err();
        assert_eq!(err.code, bridgework_api::ErrorCode::Cancelled, "{format:?}: {}", err.message);
        assert!(progress.stages.lock().unwrap().iter().any(|s| s == "writing the export"), "{format:?}");
        assert_eq!(std::fs::read_dir(&exports).unwrap().count(), 0, "{format:?} left a file");
    }
}

/// The app's export of its open map, pseudonymised, names people exactly as
/// the export of the map file does, and nobody by name; a person-level
/// picture opened on a team folded into another still draws.
#[test]
fn the_open_map_exports_pseudonymised_as_the_file_does() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.bwmap");
    let day: Date = "2026-11-01".parse().unwrap();
    bridgework_api::create_demo_map(&path, day).unwrap();
    let session = bridgework_api::MapSession::open(&path, day, &Silent).unwrap();
    let pseudonymised = |format| ExportRequest { pseudonymise: true, as_of: Some(day), ..ExportRequest::new(format) };
    let from_session = dir.path().join("session.json");
    bridgework_api::export_open(
        &session,
        &pseudonymised(ExportFormat::Json),
        &Destination::New(from_session.clone()),
        &Silent,
    )
    .unwrap();
    let from_file = dir.path().join("file.json");
    export(&path, &pseudonymised(ExportFormat::Json), &Destination::New(from_file.clone()), &Silent).unwrap();
    let (a, b) = (std::fs::read_to_string(&from_session).unwrap(), std::fs::read_to_string(&from_file).unwrap());
    assert_eq!(a, b);
    for person in &open_map(&path).unwrap().records().people {
        assert!(!a.contains(&format!("\"{}\"", person.name)), "{} is named", person.name);
    }

    let teams = open_map(&path).unwrap().records().teams.clone();
    let svg = dir.path().join("people.svg");
    let request = ExportRequest {
        level: ViewLevel::Team,
        open: teams.iter().map(|t| t.id.clone()).collect(),
        min_group: Some(12),
        ..pseudonymised(ExportFormat::Svg)
    };
    let records = open_map(&path).unwrap().records().clone();
    let copy = bridgework_api::privacy::pseudonymised(&path, &records, 12, day).unwrap();
    assert!(!copy.folded_teams.is_empty(), "some team of the demo has fewer than 12 people");
    bridgework_api::export_open(&session, &request, &Destination::New(svg.clone()), &Silent).unwrap();
    let svg = std::fs::read_to_string(&svg).unwrap();
    assert!(records.people.iter().all(|p| !svg.contains(&p.name)), "the picture names someone");
}

/// The person-level picture rings the people the scene marks, names each
/// after their mark's symbol and counts them in the legend, as the canvas does.
#[test]
fn the_person_level_picture_rings_and_counts_the_people_partner_links_hang_on() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.bwmap");
    let day: Date = AS_OF.parse().unwrap();
    bridgework_api::create_demo_map(&path, day).unwrap();
    let session = bridgework_api::MapSession::open(&path, day, &Silent).unwrap();
    let records = open_map(&path).unwrap().records().clone();
    let everyone = bridgework_api::SceneRequest {
        expanded_organisations: records.organisations.iter().map(|o| o.id.clone()).collect(),
        expanded_teams: records.teams.iter().map(|t| t.id.clone()).collect(),
        ..bridgework_api::SceneRequest::default()
    };
    let scene = session.scene(&everyone).unwrap();
    let mut marked: Vec<&str> = scene.nodes.iter().filter(|n| !n.marks.is_empty()).map(|n| n.key.as_str()).collect();
    marked.sort_unstable();
    assert!(!marked.is_empty(), "the demo's people include someone a partner link hangs on");

    let out = dir.path().join("people.svg");
    bridgework_api::export_open(
        &session,
        &request(ExportFormat::Svg, ViewLevel::Person),
        &Destination::New(out.clone()),
        &Silent,
    )
    .unwrap();
    let svg = std::fs::read_to_string(&out).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let mut ringed: Vec<&str> = doc
        .descendants()
        .filter(|n| n.attribute("data-key").is_some() && n.attribute("stroke-width") == Some("3"))
        .filter_map(|n| n.attribute("data-key"))
        .collect();
    ringed.sort_unstable();
    assert_eq!(ringed, marked);
    let texts: Vec<&str> = doc.descendants().filter_map(|n| n.text()).collect();
    let only_contacts =
        scene.nodes.iter().filter(|n| n.marks.iter().any(|m| m.kind == bridgework_api::MarkKind::OnlyContact)).count();
    assert!(texts.contains(&format!("① Only contact between teams ({only_contacts})").as_str()), "{texts:?}");
    let first =
        scene.nodes.iter().find(|n| n.marks.first().is_some_and(|m| m.kind == bridgework_api::MarkKind::OnlyContact));
    let name = format!("① {}", first.unwrap().label);
    assert!(texts.iter().any(|t| name.starts_with(t.trim_end_matches('…'))), "{name} is labelled");
}
