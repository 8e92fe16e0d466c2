//! A comparison exported through the binary (`snapshot diff --format …
//! --out`), each read back by an independent reader: the workbook with
//! calamine, its sheets counting what `--format json` counts; the picture
//! with roxmltree, a disc per node and a line per change of the changes map
//! the JSON holds, at its positions.

use crate::snapshots::{changed_since_snapshot, diff_args};
use crate::support::*;
use calamine::{Data, Reader, Xlsx};
use predicates::prelude::*;
use serde_json::Value;
use std::path::Path;

/// `snapshot diff` of "2026 Q3" with now, both as of [`AS_OF`], in `format` to `out`.
fn export(map: &Path, format: &str, out: &Path) {
    let mut args = diff_args(map, "2026 Q3", "now", format);
    args.extend(["--out", s(out)]);
    bridgework(&args).assert().success().stderr(predicate::str::contains("Exported the changes from snapshot"));
}

#[test]
fn the_workbook_has_a_sheet_per_kind_of_change_counting_what_the_json_counts() {
    let scratch = Scratch::new();
    let map = changed_since_snapshot(&scratch);
    let diff = json(&diff_args(&map, "2026 Q3", "now", "json"));
    let out = scratch.path("changes.xlsx");
    export(&map, "xlsx", &out);

    let mut book: Xlsx<_> = calamine::open_workbook(&out).expect("the workbook opens");
    assert_eq!(
        book.sheet_names(),
        [
            "Summary",
            "People joined",
            "People left",
            "Ties gained",
            "Ties lost",
            "Ties strengthened",
            "Ties weakened",
            "Team pairs changed",
            "Organisation pairs changed"
        ]
    );
    let rows = |book: &mut Xlsx<_>, sheet: &str| -> Vec<Vec<Data>> {
        book.worksheet_range(sheet).expect("the sheet reads").rows().map(|r| r.to_vec()).collect()
    };
    let counts = [
        ("People joined", "joined"),
        ("People left", "left"),
        ("Ties gained", "ties_gained"),
        ("Ties lost", "ties_lost"),
        ("Ties strengthened", "ties_strengthened"),
        ("Ties weakened", "ties_weakened"),
        ("Team pairs changed", "team_pairs_changed"),
        ("Organisation pairs changed", "organisation_pairs_changed"),
    ];
    let summary = rows(&mut book, "Summary");
    for (sheet, key) in counts {
        let expected = diff["summary"][key].as_u64().unwrap();
        // Every sheet has its header row, even when nothing of its kind changed.
        assert_eq!(rows(&mut book, sheet).len() as u64, expected + 1, "{sheet}");
        // The summary says "Team pairs whose category changed" where the sheet's name is short.
        let counted = summary.iter().find(|r| r[0] == Data::String(sheet.replace("changed", "whose category changed")));
        assert_eq!(counted.map(|r| r[1].clone()), Some(Data::Float(expected as f64)), "the summary's {sheet}");
    }
    assert_eq!(summary[0], [Data::String("Item".into()), Data::String("Value".into())]);
    assert_eq!(summary[2][1], Data::String(format!("snapshot \"2026 Q3\" (as of {AS_OF})")));

    let joined = rows(&mut book, "People joined");
    let text = |cells: &[Data]| cells.iter().map(|c| c.to_string()).collect::<Vec<_>>();
    assert_eq!(text(&joined[0]), ["Person id", "Name", "Team", "Organisation", "Role", "Level"]);
    assert_eq!(text(&joined[1])[..2], ["p-9001", "Jo Newcombe"]);
    assert_eq!(text(&joined[1])[4..], ["Reablement Coordinator", "frontline"]);
    let weakened = rows(&mut book, "Ties weakened");
    // Strengths are numbers, as the JSON has them.
    assert_eq!(weakened[1][5], Data::Float(diff["ties_weakened"][0]["before"].as_f64().unwrap()));
    assert_eq!(weakened[1][8], Data::String("rating 5 of 5 → 2 of 5".into()));
    let pairs = rows(&mut book, "Team pairs changed");
    assert_eq!(text(&pairs[1])[7..], ["Single point of failure", "Indirect only"]);

    // The same sheets as CSV files, in a folder.
    let changes = scratch.path("changes");
    export(&map, "csv", &changes);
    let files = folder(&changes);
    assert_eq!(files.len(), 9);
    let lost = files.iter().find(|(name, _)| name == "ties_lost.csv").unwrap();
    assert_eq!(lost.1.lines().count() as u64, diff["summary"]["ties_lost"].as_u64().unwrap() + 1);
}

#[test]
fn the_picture_draws_the_changes_map_the_json_holds_at_its_positions() {
    let scratch = Scratch::new();
    let map = changed_since_snapshot(&scratch);
    let diff = json(&diff_args(&map, "2026 Q3", "now", "json"));
    let changes = &diff["changes_map"];
    let out = scratch.path("changes.svg");
    export(&map, "svg", &out);
    let text = std::fs::read_to_string(&out).unwrap();
    let svg = roxmltree::Document::parse(&text).expect("the SVG parses");
    let group = |class: &str| svg.descendants().find(|n| n.attribute("class") == Some(class)).expect(class);

    // A disc per node, keyed; a line per change, in the change's colour.
    let discs: Vec<_> = group("nodes").children().filter(|n| n.has_tag_name("circle")).collect();
    let nodes = changes["nodes"].as_array().unwrap();
    let keys = |items: &mut dyn Iterator<Item = String>| {
        let mut keys: Vec<String> = items.collect();
        keys.sort();
        keys
    };
    assert_eq!(
        keys(&mut discs.iter().map(|d| d.attribute("data-key").unwrap().to_string())),
        keys(&mut nodes.iter().map(|n| n["key"].as_str().unwrap().to_string()))
    );
    let lines: Vec<_> = group("edges").children().filter(|n| n.has_tag_name("line")).collect();
    assert_eq!(lines.len(), changes["edges"].as_array().unwrap().len());
    let stroked = |colour: &str| lines.iter().filter(|l| l.attribute("stroke") == Some(colour)).count() as u64;
    assert_eq!(stroked("#b42318"), diff["summary"]["ties_lost"].as_u64().unwrap(), "lost ties in red");
    assert_eq!(stroked("#067647"), diff["summary"]["ties_gained"].as_u64().unwrap(), "gained ties in green");
    assert_eq!(stroked("#6941c6"), diff["summary"]["team_pairs_changed"].as_u64().unwrap(), "pairs in violet");
    let fill = |key: &str| discs.iter().find(|d| d.attribute("data-key") == Some(key)).unwrap().attribute("fill");
    assert_eq!(fill("person:p-9001"), Some("#067647"), "the joiner in green");
    assert_eq!(fill("person:p-0421"), Some("#b42318"), "the leaver in red");

    // The changes map: who joined and left, a line per change but the ties
    // weakened by time alone, people on the outer ring and teams inside it.
    let status = |key: &str| nodes.iter().find(|n| n["key"] == key).map(|n| n["status"].clone());
    assert_eq!(status("person:p-9001"), Some("joined".into()));
    assert_eq!(status("person:p-0421"), Some("left".into()));
    assert_eq!(status("team:council-reablement"), Some("team".into()));
    let count = |key: &str| diff["summary"][key].as_u64().unwrap();
    let drawn = ["ties_gained", "ties_lost", "ties_strengthened", "ties_weakened", "team_pairs_changed"].map(count);
    let recency_only = changes["recency_only"].as_u64().unwrap();
    assert_eq!(lines.len() as u64, drawn.iter().sum::<u64>() - recency_only);
    for node in nodes {
        let radius = node["x"].as_f64().unwrap().hypot(node["y"].as_f64().unwrap());
        let ring = if node["status"] == "team" { 45.0 } else { 100.0 };
        assert!((radius - ring).abs() < 0.01, "{node}");
    }

    // Page = offset + scale · layout, with y pointing down: two nodes fix
    // the scale and offset, and every other node sits where its layout says.
    let position = |key: &str| {
        let disc = discs.iter().find(|d| d.attribute("data-key") == Some(key)).unwrap();
        let at = |name: &str| disc.attribute(name).unwrap().parse::<f64>().unwrap();
        (at("cx"), at("cy"))
    };
    let layout = |n: &Value| (n["x"].as_f64().unwrap(), n["y"].as_f64().unwrap());
    let mut by_x: Vec<&Value> = nodes.iter().collect();
    by_x.sort_by(|a, b| layout(a).0.total_cmp(&layout(b).0));
    let (first, last) = (by_x[0], by_x[by_x.len() - 1]);
    let (p, q) = (position(first["key"].as_str().unwrap()), position(last["key"].as_str().unwrap()));
    let scale = (q.0 - p.0) / (layout(last).0 - layout(first).0);
    let offset = (p.0 - scale * layout(first).0, p.1 + scale * layout(first).1);
    for node in nodes {
        let (x, y) = layout(node);
        let at = position(node["key"].as_str().unwrap());
        assert!((at.0 - (offset.0 + scale * x)).abs() < 0.05 && (at.1 - (offset.1 - scale * y)).abs() < 0.05, "{node}");
    }

    // Title, the two sides, the legend of the marks used.
    let texts: Vec<&str> = svg.descendants().filter(|n| n.has_tag_name("text")).filter_map(|n| n.text()).collect();
    assert!(texts.contains(&"Ashworth health and care partnership (demo): what changed"), "{texts:?}");
    let sides = format!("From snapshot \"2026 Q3\" (as of {AS_OF}) to the map now (as of {AS_OF})");
    assert!(texts.contains(&sides.as_str()), "{texts:?}");
    for entry in ["Tie gained", "Tie lost", "Tie weakened", "Pair changed category", "Person joined", "Person left"] {
        assert!(texts.contains(&entry), "the legend lacks {entry}: {texts:?}");
    }
    assert!(!texts.contains(&"Tie strengthened"), "the legend lists only the marks used");

    // The same picture each time; PNG and PDF from it.
    export(&map, "svg", &scratch.path("again.svg"));
    assert_eq!(std::fs::read_to_string(scratch.path("again.svg")).unwrap(), text);
    export(&map, "png", &scratch.path("changes.png"));
    assert!(std::fs::read(scratch.path("changes.png")).unwrap().starts_with(b"\x89PNG"));
    export(&map, "pdf", &scratch.path("changes.pdf"));
    assert!(std::fs::read(scratch.path("changes.pdf")).unwrap().starts_with(b"%PDF-"));
}

#[test]
fn a_comparison_export_follows_the_export_s_rules_for_out_and_force() {
    let scratch = Scratch::new();
    let map = changed_since_snapshot(&scratch);
    let diff = |extra: &[&str]| {
        let mut args = vec!["snapshot", "diff", s(&map), "2026 Q3"];
        args.extend(extra);
        bridgework(&args)
    };
    // A picture or workbook needs a place to go.
    diff(&["--format", "xlsx"]).assert().failure().stderr(predicate::str::contains("give --out PATH"));
    diff(&["--format", "table", "--out", "x.txt"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("prints the changes"));
    // One file to standard output; a CSV folder cannot go there.
    let svg = diff(&["--format", "svg", "--out", "-"]).assert().success().get_output().stdout.clone();
    assert!(svg.starts_with(b"<svg"), "{}", String::from_utf8_lossy(&svg[..40]));
    diff(&["--format", "csv", "--out", "-"]).assert().failure().stderr(predicate::str::contains("standard output"));
    // An existing file is kept without --force, replaced whole with it.
    let out = scratch.path("changes.pdf");
    std::fs::write(&out, "an older report").unwrap();
    diff(&["--format", "pdf", "--out", s(&out)]).assert().failure().stderr(predicate::str::contains("already exists"));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "an older report");
    diff(&["--format", "pdf", "--out", s(&out), "--force"]).assert().success();
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF-"));
    // The JSON written is the JSON printed.
    let printed = json(&diff_args(&map, "2026 Q3", "now", "json"));
    let written = scratch.path("changes.json");
    export(&map, "json", &written);
    assert_eq!(serde_json::from_slice::<Value>(&std::fs::read(&written).unwrap()).unwrap(), printed);
}
