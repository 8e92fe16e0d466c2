//! Names that Typst, HTML or XML would read as markup, in every string of a
//! report: each comes out as the text it is.

use bridgework_report::*;

/// Names a spreadsheet may hold and a markup language may not: Typst's
/// code, math, emphasis, labels and comments, HTML's tags and entities,
/// bidi controls, emoji and a very long name.
pub const HOSTILE: [&str; 12] = [
    "#panic(\"boom\") Team",
    "$x^2$ Sums",
    "*bold* and _under_ Ltd",
    "@label <tag> Group",
    "Back\\slash [brackets] {braces}",
    "`code` Unit",
    "// not a comment",
    "/* nor this */ Trust",
    "<script>alert(1)</script> & Co",
    "Ana \u{202e}reversed\u{202c} Díaz",
    "Emoji 🙂 Crew",
    "Averyveryverylongname Withmanymanywords Thatgoesonandonandonandonandonandonandonforever Partnership Board",
];

/// A report whose every string names `name`.
pub fn report_naming(name: &str) -> Report {
    let s = |what: &str| format!("{what} {name}");
    let levels: Vec<String> =
        ["board", "executive", "senior", "middle", "frontline", "not recorded"].iter().map(|l| l.to_string()).collect();
    Report {
        title: format!("Partnership report: {name}"),
        map: name.to_string(),
        as_of: "2026-11-01".to_string(),
        moment: s("The map"),
        empty: None,
        summary: Summary {
            partnerships: vec![s("Partnership")],
            scope: s("Scope"),
            categories: vec![CategoryCount {
                category: "thin".to_string(),
                label: "Thin".to_string(),
                meaning: s("Meaning"),
                colour: "#7a5c00".to_string(),
                count: 3,
            }],
            links: 3,
            urgent: vec![UrgentLink {
                a: s("Team A"),
                b: s("Team B"),
                category: "thin".to_string(),
                label: "Thin".to_string(),
                colour: "#7a5c00".to_string(),
                reason: s("Reason"),
                action: s("Action"),
                people: vec![s("Person")],
            }],
            changes: vec![s("Change")],
        },
        partnerships: vec![PartnershipSection {
            name: s("Partnership"),
            model: Some(s("Model")),
            purpose: Some(s("Purpose")),
            started: Some("2024-04-01".to_string()),
            organisations: vec![s("Org A"), s("Org B")],
            attributes: vec![s("Attribute")],
            assessments: vec![
                Assessment { date: "2025-01-01".to_string(), scores: vec![2] },
                Assessment { date: "2026-01-01".to_string(), scores: vec![4] },
            ],
            map_svg: r##"<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><circle cx="25" cy="25" r="20" fill="#2b6cb0"/></svg>"##.to_string(),
            coverage: vec![Heatmap {
                a: s("Org A"),
                b: s("Org B"),
                label: "thin".to_string(),
                direct_ties: 3,
                levels: levels.clone(),
                counts: (0..6).map(|r| (0..6).map(|c| u32::from(r == c)).collect()).collect(),
            }],
            links: vec![LinkRow {
                a: s("Team A"),
                b: s("Team B"),
                declared: true,
                category: "thin".to_string(),
                label: "Thin".to_string(),
                colour: "#7a5c00".to_string(),
                reason: s("Link reason"),
                action: s("Link action"),
            }],
            links_not_listed: Some(s("Links not listed")),
        }],
        structure: Structure {
            cut_points: vec![s("Cut point")],
            brokers: vec![Broker { name: s("Broker"), place: s("Place"), betweenness: 0.25, contacts: 4 }],
            brokers_estimated: s("Estimated"),
            communities_sentence: s("Communities"),
            communities: vec![Community { number: 1, size: 4, organisations: s("Where") }],
        },
        changes: Some(Changes {
            since: s("Since"),
            until: s("Until"),
            counts: ChangeCounts {
                joined: 1,
                left: 1,
                ties_gained: 2,
                ties_lost: 3,
                ties_strengthened: 4,
                ties_weakened: 5,
                team_pairs_changed: 6,
                organisation_pairs_changed: 7,
            },
            joined: vec![s("Joiner")],
            left: vec![s("Leaver")],
            moved: vec![CategoryMove {
                a: s("Pair A"),
                b: s("Pair B"),
                before: "Thin".to_string(),
                after: "Healthy".to_string(),
                better: Some(true),
            }],
        }),
        trust: Trust {
            checks: vec![TrustCheck { passed: false, sentence: s("Check") }],
            strength_model: vec![s("Strength")],
            thresholds: vec![s("Threshold")],
        },
    }
}

/// The PDF's text as pdftotext reads it, one line per line, without
/// layout, so that words wrapped over lines join with a space.
pub fn pdf_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new("pdftotext").arg("-enc").arg("UTF-8").arg(&path).arg("-").output().unwrap();
    assert!(out.status.success(), "pdftotext: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// Text without white space, the zero width spaces that let a long name
/// break, or bidi controls (pdftotext adds its own around right-to-left
/// text), so that words wrapped anywhere still match.
pub fn compact(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '\u{200b}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}'))
        .collect()
}

/// Parses `html` as XML to its end: a name that broke out of its text would
/// leave tags unbalanced.
pub fn well_formed(html: &str) {
    let mut reader = quick_xml::Reader::from_str(html);
    let mut depth = 0i32;
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Start(_)) => depth += 1,
            Ok(quick_xml::events::Event::End(_)) => depth -= 1,
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("the HTML is not well-formed at {}: {e}", reader.buffer_position()),
        }
    }
    assert_eq!(depth, 0, "unbalanced tags");
}

#[test]
fn hostile_names_come_out_of_the_pdf_as_the_text_they_are() {
    for name in HOSTILE {
        let pdf = to_pdf(&report_naming(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let text = compact(&pdf_text(&pdf));
        // Bidi controls and emoji are not drawn (DejaVu Sans has no emoji): the rest of the name is.
        let visible: String = name.chars().filter(|c| !matches!(c, '\u{202a}'..='\u{202e}' | '🙂')).collect();
        // (Not a table's narrow cells: pdftotext reads wrapped neighbours line by line, interleaved.)
        for what in ["Reason", "Action", "Check", "Joiner", "Cut point"] {
            let said = compact(&format!("{what} {visible}"));
            // A right-to-left override is honoured: its letters are drawn, and read back, reversed.
            let overridden = said.replace("reversed", "desrever");
            assert!(
                text.contains(&said) || text.contains(&overridden),
                "{what} {name} is not in the PDF's text:\n{text}"
            );
        }
    }
}

#[test]
fn hostile_names_come_out_of_the_html_escaped_and_the_file_stays_well_formed() {
    for name in HOSTILE {
        let html = to_html(&report_naming(name));
        well_formed(&html);
        let escaped = quick_xml::escape::escape(name);
        assert!(html.contains(&format!("Reason {escaped}")), "{name}");
        assert_eq!(html.matches("<script").count(), 0, "{name}");
    }
}

#[test]
fn every_hostile_name_of_the_demo_at_once_typesets_and_stays_text_in_html() {
    let names = bridgework_demo::hostile_names();
    let mut report = report_naming("Hostile");
    report.structure.cut_points = names.clone();
    report.summary.partnerships = names.clone();
    let pdf = to_pdf(&report).expect("every name typesets");
    let text = pdf_text(&pdf);
    // Names of printable ASCII read back whole; the page footer may cut the longest in two.
    for name in names.iter().filter(|n| n.len() < 1000 && n.chars().all(|c| c.is_ascii_graphic() || c == ' ')) {
        assert!(compact(&text).contains(&compact(name)), "{name} is not in the PDF's text");
    }
    let long = "L".repeat(10_000);
    assert!(names.contains(&long) && text.matches('L').count() >= 2 * long.len(), "the 10,000-letter name is cut");
    let html = to_html(&report);
    well_formed(&html);
    assert_eq!(html.matches("<script").count(), 0);
}
