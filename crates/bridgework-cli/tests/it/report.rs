//! `bridgework report` through the binary: the demo map's report, read back
//! as text from its PDF (pdftotext) and parsed from its HTML, says what the
//! analyses' own commands say (the counts per category and the most urgent
//! links of `weak-links`, the counts of `snapshot diff`); bad input is told
//! and never overwrites. The demo report's pages are kept as PNGs in
//! `artifacts/report/` to be read as a board member would.

use crate::pseudonymised::{CANARIES, canaries, canary_email, canary_map, canary_name, canary_phone, found, people};
use crate::snapshots::changed_since_snapshot;
use crate::support::*;
use predicates::prelude::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// The text of a PDF as pdftotext reads it: `layout` keeps a table's row on one line.
fn pdf_text(pdf: &Path, layout: bool) -> String {
    let mut command = std::process::Command::new("pdftotext");
    if layout {
        command.arg("-layout");
    }
    let out = command
        .args(["-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs (scripts/setup installs poppler-utils)");
    assert!(out.status.success(), "pdftotext: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8 text")
}

/// Text with every white space removed, so words wrapped anywhere still match.
fn compact(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The number after `label` on the first layout line that starts with it
/// (after white space) and goes on with white space and a number.
fn figure(layout: &str, label: &str) -> usize {
    layout
        .lines()
        .map(str::trim_start)
        .filter_map(|line| line.strip_prefix(label))
        .filter(|rest| rest.starts_with(char::is_whitespace))
        .find_map(|rest| rest.split_whitespace().next().and_then(|n| n.parse().ok()))
        .unwrap_or_else(|| panic!("no line \"{label}\" with a figure in:\n{layout}"))
}

/// A category as the report's headings say it.
fn label(category: &str) -> &'static str {
    match category {
        "missing" => "Missing",
        "indirect-only" => "Indirect only",
        "single-point-of-failure" => "Single point of failure",
        "stale" => "Stale",
        "thin" => "Thin",
        "top-heavy" => "Top-heavy",
        "healthy" => "Healthy",
        other => panic!("unknown category {other}"),
    }
}

const URGENCY: [&str; 7] =
    ["missing", "indirect-only", "single-point-of-failure", "stale", "thin", "top-heavy", "healthy"];

/// "Team (Organisation)", as the report names a team.
fn team(side: &Value) -> String {
    format!("{} ({})", side["name"].as_str().unwrap(), side["organisation"]["name"].as_str().unwrap())
}

/// Checks the summary of `pdf` against `weak-links` on the same map and day.
fn check_summary_against_weak_links(map: &Path, pdf: &Path) {
    let layout = pdf_text(pdf, true);
    let text = compact(&pdf_text(pdf, false));
    let weak = json(&["weak-links", s(map), "--as-of", AS_OF, "--format", "json"]);
    let pairs = weak["team_pairs"].as_array().unwrap();
    for category in URGENCY {
        let count = pairs.iter().filter(|p| p["category"] == category).count();
        assert_eq!(figure(&layout, label(category)), count, "{category}");
    }
    assert_eq!(figure(&layout, "All partner links"), pairs.len());
    // The five most urgent: by category, keeping the report's order (declared links first).
    let mut urgent: Vec<&Value> = pairs.iter().filter(|p| p["category"] != "healthy").collect();
    urgent.sort_by_key(|p| URGENCY.iter().position(|c| p["category"] == *c));
    assert!(!urgent.is_empty());
    for (i, pair) in urgent.iter().take(5).enumerate() {
        let heading = compact(&format!("{}. {} – {}", i + 1, team(&pair["a"]), team(&pair["b"])));
        assert!(text.contains(&heading), "the summary lacks {heading}");
        for said in ["reason", "action"] {
            let words = compact(pair[said].as_str().unwrap());
            assert!(text.contains(&words), "the summary lacks the {said} of {heading}: {words}");
        }
        let named: Vec<&Value> = if !pair["critical"].as_array().unwrap().is_empty() {
            pair["critical"].as_array().unwrap().iter().collect()
        } else if !pair["intermediaries"].as_array().unwrap().is_empty() {
            pair["intermediaries"].as_array().unwrap().iter().collect()
        } else {
            pair["people_a"].as_array().unwrap().iter().chain(pair["people_b"].as_array().unwrap()).collect()
        };
        for person in named {
            let name = compact(person["name"].as_str().unwrap());
            assert!(text.contains(&name), "the summary does not name {name} for {heading}");
        }
    }
}

/// Renders the PDF's pages as PNGs into `artifacts/report/NAME-N.png`, to be looked at.
fn keep_pages(pdf: &Path, name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../artifacts/report");
    std::fs::create_dir_all(&dir).unwrap();
    let status = std::process::Command::new("pdftoppm")
        .args(["-r", "60", "-png"])
        .arg(pdf)
        .arg(dir.join(name))
        .status()
        .expect("pdftoppm runs");
    assert!(status.success());
    dir
}

#[test]
fn the_demo_reports_counts_urgent_links_and_changes_are_those_of_the_analyses() {
    let scratch = Scratch::new();
    let map = changed_since_snapshot(&scratch);
    let pdf = scratch.path("board.pdf");
    bridgework(&["report", s(&map), "--out", s(&pdf), "--since", "2026 Q3", "--as-of", AS_OF])
        .assert()
        .success()
        .stderr(predicate::str::contains("Wrote the report"));
    check_summary_against_weak_links(&map, &pdf);

    let layout = pdf_text(&pdf, true);
    let diff = json(&["snapshot", "diff", s(&map), "2026 Q3", "now", "--as-of", AS_OF, "--format", "json"]);
    let counts = &diff["summary"];
    for (label, field) in [
        ("People joined", "joined"),
        ("People left", "left"),
        ("Ties gained", "ties_gained"),
        ("Ties lost", "ties_lost"),
        ("Ties strengthened", "ties_strengthened"),
        ("Ties weakened", "ties_weakened"),
        ("Team pairs whose category moved", "team_pairs_changed"),
        ("Organisation pairs whose category moved", "organisation_pairs_changed"),
    ] {
        assert_eq!(figure(&layout, label), counts[field].as_u64().unwrap() as usize, "{label}");
    }
    let text = compact(&pdf_text(&pdf, false));
    assert!(text.contains(&compact("Jo Newcombe")), "the joiner is named");
    let info = String::from_utf8(std::process::Command::new("pdfinfo").arg(&pdf).output().unwrap().stdout).unwrap();
    assert!(info.contains("Title:") && info.contains("Partnership report: "), "{info}");
    assert!(info.contains("CreationDate:") && info.contains("2026"), "{info}");
    keep_pages(&pdf, "demo");
}

#[test]
fn a_generated_maps_report_counts_as_weak_links_does() {
    let scratch = Scratch::new();
    let csv = scratch.path("synthetic");
    bridgework(&["demo", "--people", "400", "--seed", "5", "--format", "csv", "--out", s(&csv), "--as-of", AS_OF])
        .assert()
        .success();
    let map = scratch.path("synthetic.bwmap");
    bridgework(&["new", s(&map)]).assert().success();
    bridgework(&["import", s(&map), s(&csv)]).assert().success();
    let pdf = scratch.path("synthetic.pdf");
    bridgework(&["report", s(&map), "--out", s(&pdf), "--as-of", AS_OF]).assert().success();
    check_summary_against_weak_links(&map, &pdf);
}

#[test]
fn the_html_report_is_one_well_formed_file_with_no_script_and_nothing_fetched() {
    let scratch = Scratch::new();
    let map = scratch.demo_map("demo.bwmap");
    let out = scratch.path("board.html");
    bridgework(&["report", s(&map), "--out", s(&out), "--as-of", AS_OF]).assert().success();
    let html = std::fs::read_to_string(&out).unwrap();
    let options = roxmltree::ParsingOptions { allow_dtd: true, ..roxmltree::ParsingOptions::default() };
    let doc = roxmltree::Document::parse_with_options(&html, options).expect("the HTML is well-formed");
    for node in doc.descendants().filter(|n| n.is_element()) {
        assert_ne!(node.tag_name().name(), "script");
        for attribute in node.attributes() {
            let fetches = attribute.value().contains("http") || attribute.value().contains("url(");
            assert!(!fetches || attribute.name() == "xmlns", "{} fetches: {}", attribute.name(), attribute.value());
        }
    }
    let weak = json(&["weak-links", s(&map), "--as-of", AS_OF, "--format", "json"]);
    let links = weak["team_pairs"].as_array().unwrap().len();
    assert!(html.contains(&format!("<th>All partner links</th><th class=\"n\">{links}</th>")));
}

#[test]
fn one_partnership_counts_only_its_own_links() {
    let scratch = Scratch::new();
    let map = scratch.demo_map("demo.bwmap");
    let out = scratch.path("one.html");
    let all = scratch.path("all.html");
    bridgework(&["report", s(&map), "--out", s(&all), "--as-of", AS_OF]).assert().success();
    let html = std::fs::read_to_string(&all).unwrap();
    // The first partnership's name, as its section heading gives it.
    let name = html.split("<div class=\"partnership\"><h3>").nth(1).unwrap().split("</h3>").next().unwrap().to_string();
    bridgework(&["report", s(&map), "--out", s(&out), "--as-of", AS_OF, "--partnership", &name]).assert().success();
    let one = std::fs::read_to_string(&out).unwrap();
    assert_eq!(one.matches("<div class=\"partnership\">").count(), 1);
    assert!(one.contains(&format!("<strong>Partnerships in scope:</strong> {name}</p>")));
}

#[test]
fn an_unknown_partnership_or_snapshot_is_told_with_those_there_are() {
    let scratch = Scratch::new();
    let map = scratch.demo_map("demo.bwmap");
    let out = scratch.path("r.pdf");
    bridgework(&["report", s(&map), "--out", s(&out), "--partnership", "Nowhere"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("no partnership called \"Nowhere\"; its partnerships are \""));
    bridgework(&["report", s(&map), "--out", s(&out), "--since", "2025 Q1"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("no snapshot called \"2025 Q1\"; it has no snapshots yet"));
    bridgework(&["snapshot", "take", s(&map), "2026 Q3"]).assert().success();
    bridgework(&["report", s(&map), "--out", s(&out), "--snapshot", "2026 Q4"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("its snapshots are 1 \"2026 Q3\""));
    assert!(!out.exists(), "nothing is written for bad input");
}

#[test]
fn a_report_never_overwrites_without_force_and_names_its_format_by_extension() {
    let scratch = Scratch::new();
    let map = scratch.demo_map("demo.bwmap");
    let out = scratch.path("board.html");
    std::fs::write(&out, "keep me").unwrap();
    bridgework(&["report", s(&map), "--out", s(&out)]).assert().failure().stderr(predicate::str::contains("--force"));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep me");
    bridgework(&["report", s(&map), "--out", s(&out), "--force"]).assert().success();
    assert!(std::fs::read_to_string(&out).unwrap().starts_with("<!DOCTYPE html>"));
    bridgework(&["report", s(&map), "--out", s(&scratch.path("board.docx"))])
        .assert()
        .failure()
        .stderr(predicate::str::contains("a report is a .pdf or an .html file"));
}

#[test]
fn an_empty_maps_report_says_so() {
    let scratch = Scratch::new();
    let map = scratch.path("empty.bwmap");
    bridgework(&["new", s(&map)]).assert().success();
    let pdf = scratch.path("empty.pdf");
    bridgework(&["report", s(&map), "--out", s(&pdf), "--as-of", AS_OF]).assert().success();
    let text = pdf_text(&pdf, false);
    assert!(text.contains("Nothing to report yet"), "{text}");
    assert!(compact(&text).contains(&compact("so there is nothing to report yet")));
}

/// The canary map (see `pseudonymised.rs`) after its snapshot "Q3": canary 1
/// has left and a new canary, 6, has joined canary 0's team and met them, so
/// the change section would name both.
fn canary_map_changed_since_q3(scratch: &Scratch) -> PathBuf {
    let map = canary_map(scratch);
    bridgework(&["snapshot", "take", s(&map), "Q3", "--as-of", "2026-09-30"]).assert().success();
    let csv = scratch.path("later");
    bridgework(&["export", s(&map), "--format", "csv", "--out", s(&csv)]).assert().success();
    let joiner = "canary-joiner";
    edit_csv(&csv.join("people.csv"), |header, rows| {
        let column = |name: &str| header.iter().position(|h| h == name).unwrap();
        rows.iter_mut().find(|r| r[column("name")] == canary_name(1)).unwrap()[column("left")] = "2026-10-15".into();
        let team = rows.iter().find(|r| r[column("name")] == canary_name(0)).unwrap()[column("team_id")].clone();
        let mut row = vec![String::new(); header.len()];
        for (name, value) in [
            ("id", joiner.to_string()),
            ("team_id", team),
            ("name", canary_name(CANARIES)),
            ("email", canary_email(CANARIES)),
            ("phone", canary_phone(CANARIES)),
            ("level", "frontline".to_string()),
        ] {
            row[column(name)] = value;
        }
        rows.push(row);
    });
    edit_csv(&csv.join("ties.csv"), |header, rows| {
        let column = |name: &str| header.iter().position(|h| h == name).unwrap();
        let mut tie = vec![String::new(); header.len()];
        for (name, value) in [
            ("person_a", joiner.to_string()),
            ("person_b", canary_email(0)),
            ("kind", "works-with".to_string()),
            ("strength", "4".to_string()),
            ("frequency", "weekly".to_string()),
            ("last_contact", "2026-10-30".to_string()),
            ("note", format!("{} introduced {}", canary_name(0), canary_name(CANARIES))),
        ] {
            tie[column(name)] = value;
        }
        rows.push(tie);
    });
    bridgework(&["import", s(&map), s(&csv)]).assert().success();
    map
}

/// Every "Person NNNN" pseudonym in `text`.
fn pseudonyms_in(text: &str) -> std::collections::BTreeSet<String> {
    text.match_indices("Person ")
        .filter_map(|(at, _)| {
            let digits: String = text[at + 7..].chars().take_while(char::is_ascii_digit).collect();
            (digits.len() >= 4).then(|| format!("Person {digits}"))
        })
        .collect()
}

#[test]
fn a_pseudonymised_report_names_nobody_in_any_byte_and_uses_the_exports_pseudonyms() {
    let scratch = Scratch::new();
    let map = canary_map_changed_since_q3(&scratch);
    let needles: Vec<String> =
        canaries().into_iter().chain([canary_name(CANARIES), canary_email(CANARIES), canary_phone(CANARIES)]).collect();
    let key = scratch.path("key.csv");
    for name in ["board.pdf", "board.html"] {
        let plain = scratch.path(&format!("plain-{name}"));
        bridgework(&["report", s(&map), "--out", s(&plain), "--since", "Q3", "--as-of", AS_OF]).assert().success();
        assert!(found(&plain, &needles).contains(&canary_name(1)), "the plain {name} names the leaver");
        let out = scratch.path(name);
        let mut args = vec!["report", s(&map), "--out", s(&out), "--since", "Q3", "--as-of", AS_OF, "--pseudonymise"];
        if name.ends_with("pdf") {
            args.extend(["--key-out", s(&key)]);
        }
        bridgework(&args).assert().success();
        assert_eq!(found(&out, &needles), Vec::<String>::new(), "in the pseudonymised {name}");
    }
    keep_pages(&scratch.path("board.pdf"), "pseudonymised");

    // The people it names are named as a pseudonymised export names them.
    let html = std::fs::read_to_string(scratch.path("board.html")).unwrap();
    let named = pseudonyms_in(&html);
    assert!(!named.is_empty(), "the report names people by pseudonym");
    let export = scratch.path("export.json");
    bridgework(&["export", s(&map), "--format", "json", "--out", s(&export), "--as-of", AS_OF, "--pseudonymise"])
        .assert()
        .success();
    let exported: std::collections::BTreeSet<String> = people(&export).into_iter().map(|(_, name)| name).collect();
    assert!(named.is_subset(&exported), "named {named:?}, exported {exported:?}");
    // The leaver and the joiner, by the pseudonyms the key gives them, in the change section.
    let key_text = std::fs::read_to_string(&key).unwrap();
    for canary in [canary_name(1), canary_name(CANARIES)] {
        let row = key_text.lines().find(|l| l.ends_with(&format!(",{canary}"))).expect("the key names everyone");
        let pseudonym = row.split(',').next().unwrap();
        let changes = html.split("Change since").last().unwrap();
        assert!(changes.contains(pseudonym), "{canary} is {pseudonym} in the change section");
    }
}

#[test]
fn a_pseudonymised_report_gives_no_figure_about_a_community_smaller_than_the_minimum_group() {
    let scratch = Scratch::new();
    let map = scratch.demo_map("demo.bwmap");
    // Each listed community: its size, and the figures of where its people work.
    let communities = |min_group: &str| {
        let out = scratch.path(&format!("min-{min_group}.html"));
        let args = ["report", s(&map), "--out", s(&out), "--as-of", AS_OF, "--pseudonymise", "--min-group", min_group];
        bridgework(&args).assert().success();
        let html = std::fs::read_to_string(&out).unwrap();
        let section = html.split("<h3>Communities and organisations</h3>").nth(1).unwrap();
        let (sentence, table) = section.split_once("</p>").unwrap();
        let rows: Vec<(usize, Vec<usize>)> = table
            .split("</table>")
            .next()
            .unwrap()
            .split("<tr>")
            .skip(2)
            .map(|row| {
                let cells: Vec<&str> = row.split("<td").skip(1).map(|c| c.split_once('>').unwrap().1).collect();
                let size = cells[1].split('<').next().unwrap().parse().unwrap();
                let places = cells[2].split('<').next().unwrap();
                let figures = places.split(", ").filter_map(|p| p.rsplit(' ').next()?.parse().ok()).collect();
                (size, figures)
            })
            .collect();
        (sentence.to_string(), rows)
    };
    let (_, all) = communities("1");
    assert!(all.iter().any(|(size, _)| *size < 40), "the demo lists a community smaller than 40: {all:?}");
    assert!(all.iter().any(|(_, figures)| figures.iter().any(|&n| n < 40)));
    let (sentence, folded) = communities("40");
    assert!(!folded.is_empty());
    for (size, figures) in &folded {
        assert!(*size >= 40 && figures.iter().all(|&n| n >= 40), "{size} {figures:?}");
    }
    assert!(sentence.contains("of fewer than 40 people are not listed"), "{sentence}");
}
