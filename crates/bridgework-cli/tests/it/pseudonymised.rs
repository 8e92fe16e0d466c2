//! `bridgework export --pseudonymise` in every format: a map with canary
//! people (unique names, emails, phones, some ids that are emails, names
//! inside notes and reasons) leaves none of them in any byte of any export,
//! nor in the PDF's text; pseudonyms are stable across exports and
//! re-opens; the key is written only when asked.

use crate::support::*;
use predicates::prelude::*;
use std::path::{Path, PathBuf};

pub(crate) const CANARIES: usize = 6;

pub(crate) fn canary_name(i: usize) -> String {
    format!("Quillon Zarathwaite{i}")
}

pub(crate) fn canary_email(i: usize) -> String {
    format!("q.zarath{i}@canary.example")
}

pub(crate) fn canary_phone(i: usize) -> String {
    format!("07700 91357{i}")
}

pub(crate) fn canaries() -> Vec<String> {
    (0..CANARIES).flat_map(|i| [canary_name(i), canary_email(i), canary_phone(i)]).collect()
}

/// The demo map with its first people made canaries (the even ones with
/// their email for an id) and their names in tie notes and partner-link
/// reasons.
pub(crate) fn canary_map(scratch: &Scratch) -> PathBuf {
    let csv = scratch.path("csv");
    bridgework(&["demo", "--out", s(&csv), "--format", "csv", "--as-of", AS_OF]).assert().success();
    let mut renamed: Vec<(String, String)> = Vec::new();
    edit_csv(&csv.join("people.csv"), |header, rows| {
        let col = |name: &str| header.iter().position(|h| h == name).unwrap();
        for (i, row) in rows.iter_mut().take(CANARIES).enumerate() {
            row[col("name")] = canary_name(i);
            row[col("email")] = canary_email(i);
            row[col("phone")] = canary_phone(i);
            if i % 2 == 0 {
                renamed.push((row[col("id")].clone(), canary_email(i)));
                row[col("id")] = canary_email(i);
            }
        }
    });
    edit_csv(&csv.join("ties.csv"), |header, rows| {
        let col = |name: &str| header.iter().position(|h| h == name).unwrap();
        for (n, row) in rows.iter_mut().enumerate() {
            for end in ["person_a", "person_b"] {
                if let Some((_, new)) = renamed.iter().find(|(old, _)| *old == row[col(end)]) {
                    row[col(end)] = new.clone();
                }
            }
            if n < 40 {
                row[col("note")] =
                    format!("Met {} at the forum; call {}", canary_name(n % CANARIES), canary_phone(n % CANARIES));
                row[col("source")] = canary_email((n + 1) % CANARIES);
            }
        }
    });
    edit_csv(&csv.join("partner_links.csv"), |header, rows| {
        let col = |name: &str| header.iter().position(|h| h == name).unwrap();
        for (n, row) in rows.iter_mut().enumerate() {
            row[col("reason")] = format!("Ask {}", canary_name(n % CANARIES).to_uppercase());
        }
    });
    let map = scratch.path("canary.bwmap");
    bridgework(&["new", s(&map)]).assert().success();
    bridgework(&["import", s(&map), s(&csv)]).assert().success();
    map
}

/// Every byte the export at `path` holds: a file, or each file of a folder.
fn bytes(path: &Path) -> Vec<u8> {
    if path.is_dir() {
        let mut files: Vec<_> = std::fs::read_dir(path).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        files.iter().flat_map(|f| std::fs::read(f).unwrap()).collect()
    } else {
        std::fs::read(path).unwrap()
    }
}

/// What of `needles` the export at `path` holds, in its bytes or (a PDF)
/// its text; the xlsx is a zip, so its sheets are read as text.
pub(crate) fn found(path: &Path, needles: &[String]) -> Vec<String> {
    let mut haystacks = vec![bytes(path)];
    match path.extension().and_then(|e| e.to_str()) {
        Some("pdf") => {
            let text = std::process::Command::new("pdftotext").arg(path).arg("-").output().unwrap();
            assert!(text.status.success(), "pdftotext reads the PDF");
            haystacks.push(text.stdout);
        }
        Some("xlsx") => {
            let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
            for i in 0..zip.len() {
                let mut part = Vec::new();
                std::io::Read::read_to_end(&mut zip.by_index(i).unwrap(), &mut part).unwrap();
                haystacks.push(part);
            }
        }
        _ => {}
    }
    let text: String = haystacks.iter().map(|h| String::from_utf8_lossy(h).to_lowercase()).collect();
    needles.iter().filter(|n| text.contains(&n.to_lowercase())).cloned().collect()
}

const FORMATS: [(&str, &str); 8] = [
    ("svg", "map.svg"),
    ("png", "map.png"),
    ("pdf", "map.pdf"),
    ("graphml", "map.graphml"),
    ("gexf", "map.gexf"),
    ("xlsx", "map.xlsx"),
    ("csv", "tables"),
    ("json", "map.json"),
];

fn export(map: &Path, format: &str, out: &Path, extra: &[&str]) {
    let mut args = vec!["export", s(map), "--format", format, "--out", s(out), "--as-of", AS_OF];
    if !matches!(format, "xlsx" | "csv" | "json") {
        args.extend(["--view", "person"]);
    }
    args.extend(extra);
    bridgework(&args).assert().success();
}

#[test]
fn a_pseudonymised_export_in_every_format_holds_no_name_email_or_phone() {
    let scratch = Scratch::new();
    let map = canary_map(&scratch);
    let needles = canaries();
    for (format, name) in FORMATS {
        let plain = scratch.path(&format!("plain-{name}"));
        export(&map, format, &plain, &[]);
        if format != "png" {
            assert!(!found(&plain, &needles).is_empty(), "the plain {format} export names the canaries");
        }
        let out = scratch.path(name);
        export(&map, format, &out, &["--pseudonymise"]);
        assert_eq!(found(&out, &needles), Vec::<String>::new(), "in the pseudonymised {format}");
    }
}

/// Each person's row of the JSON export: id and name.
pub(crate) fn people(json_path: &Path) -> Vec<(String, String)> {
    let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(json_path).unwrap()).unwrap();
    let mut people: Vec<(String, String)> = doc["people"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["id"].as_str().unwrap().to_string(), p["name"].as_str().unwrap().to_string()))
        .collect();
    people.sort();
    people
}

#[test]
fn the_same_person_has_the_same_pseudonym_in_every_export_and_after_a_reopen() {
    let scratch = Scratch::new();
    let map = canary_map(&scratch);
    let first = scratch.path("first.json");
    export(&map, "json", &first, &["--pseudonymise", "--min-group", "1"]);
    // A write in between (a snapshot) and a copy of the file keep them.
    bridgework(&["snapshot", "take", s(&map), "Q4"]).assert().success();
    let second = scratch.path("second.json");
    export(&map, "json", &second, &["--pseudonymise", "--min-group", "1"]);
    assert_eq!(people(&first), people(&second));
    let plain = scratch.path("plain.json");
    export(&map, "json", &plain, &[]);
    assert_eq!(people(&first).len(), people(&plain).len());

    let key = scratch.path("key.csv");
    export(&map, "json", &scratch.path("third.json"), &["--pseudonymise", "--key-out", s(&key)]);
    let key_text = std::fs::read_to_string(&key).unwrap();
    assert!(key_text.starts_with("pseudonym,pseudonym_id,person_id,name\n"), "{key_text}");
    let (id, name) = &people(&first)[0];
    let person = key_text.lines().find(|l| l.contains(&format!(",{id},"))).expect("the key names each pseudonym");
    assert!(person.starts_with(&format!("{name},{id},")), "{person}");
    for canary in canaries().iter().step_by(3) {
        assert!(key_text.contains(canary.as_str()), "the key says who {canary} is");
    }
}

#[test]
fn without_a_minimum_group_a_pseudonymised_network_has_the_same_nodes_and_edges() {
    let scratch = Scratch::new();
    let map = canary_map(&scratch);
    let count = |path: &Path, tag: &str| std::fs::read_to_string(path).unwrap().matches(&format!("<{tag} ")).count();
    let plain = scratch.path("plain.graphml");
    export(&map, "graphml", &plain, &[]);
    let pseudonymised = scratch.path("pseudonymised.graphml");
    export(&map, "graphml", &pseudonymised, &["--pseudonymise", "--min-group", "1"]);
    assert_eq!(count(&plain, "node"), count(&pseudonymised, "node"));
    assert_eq!(count(&plain, "edge"), count(&pseudonymised, "edge"));
}

#[test]
fn the_key_is_refused_without_pseudonymising_and_the_secret_never_leaves() {
    let scratch = Scratch::new();
    let map = scratch.demo_map("demo.bwmap");
    bridgework(&["export", s(&map), "--format", "json", "--out", s(&scratch.path("a.json")), "--key-out", "k.csv"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("--pseudonymise"));
    assert!(!scratch.path("a.json").exists() && !Path::new("k.csv").exists());

    let secret: Vec<u8> = rusqlite::Connection::open(&map)
        .unwrap()
        .query_row("SELECT secret FROM pseudonym_secret", [], |row| row.get(0))
        .unwrap();
    let hex: String = secret.iter().map(|b| format!("{b:02x}")).collect();
    for (format, name) in FORMATS {
        let out = scratch.path(name);
        export(&map, format, &out, &["--pseudonymise"]);
        let all = bytes(&out);
        assert!(!all.windows(secret.len()).any(|w| w == secret.as_slice()), "the secret is in the {format}");
        assert!(!String::from_utf8_lossy(&all).to_lowercase().contains(&hex), "the secret is in the {format}");
    }
}
