//! `bridgework export` in every format, read back with independent readers:
//! roxmltree for SVG, GraphML and GEXF, the import for the tables, and a
//! small Brandes betweenness of our own on the GraphML against `brokers`.

use crate::support::*;
use predicates::prelude::*;
use std::collections::{HashMap, VecDeque};
use std::path::Path;

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

/// A node's or edge's values by key.
type Data = HashMap<String, String>;
/// An edge: source, target, values.
type EdgeData = (String, String, Data);

/// The nodes (id and values) and edges of a GraphML file, in order.
fn graphml(text: &str) -> (Vec<(String, Data)>, Vec<EdgeData>) {
    let doc = roxmltree::Document::parse(text).expect("the GraphML parses");
    let data = |n: roxmltree::Node<'_, '_>| -> Data {
        n.children()
            .filter(|c| c.has_tag_name("data"))
            .map(|c| (c.attribute("key").unwrap().to_string(), c.text().unwrap_or("").to_string()))
            .collect()
    };
    let nodes = doc
        .descendants()
        .filter(|n| n.has_tag_name("node"))
        .map(|n| (n.attribute("id").unwrap().to_string(), data(n)))
        .collect();
    let edges = doc
        .descendants()
        .filter(|n| n.has_tag_name("edge"))
        .map(|n| (n.attribute("source").unwrap().to_string(), n.attribute("target").unwrap().to_string(), data(n)))
        .collect();
    (nodes, edges)
}

#[test]
fn graphml_at_organisation_level_has_each_organisation_and_pair_once_with_their_attributes() {
    let scratch = Scratch::new();
    let map = scratch.demo_map("demo.bwmap");
    let out = scratch.path("orgs.graphml");
    bridgework(&["export", s(&map), "--format", "graphml", "--out", s(&out), "--as-of", AS_OF])
        .assert()
        .success()
        .stderr(predicate::str::contains("organisations and"));
    let (nodes, edges) = graphml(&read(&out));
    let info = json(&["info", s(&map), "--format", "json"]);
    assert_eq!(nodes.len() as u64, info["organisations"].as_u64().unwrap());
    let mut pairs: Vec<(&str, &str)> = edges.iter().map(|(a, b, _)| (a.as_str().min(b), a.as_str().max(b))).collect();
    pairs.sort();
    let before = pairs.len();
    pairs.dedup();
    assert_eq!(pairs.len(), before, "one edge per pair");
    for (key, data) in &nodes {
        assert!(key.starts_with("org:"));
        assert_eq!(data["type"], "organisation");
        assert_eq!(format!("org:{}", data["spreadsheet_id"]), *key);
        for attribute in ["label", "organisation", "kind", "people", "colour", "x", "y", "size"] {
            assert!(data.contains_key(attribute), "{key} has {attribute}");
        }
    }
    // Partner organisations carry their weak-link category and redundancy.
    let categorised = edges.iter().filter(|(_, _, d)| d.contains_key("category")).count();
    assert!(categorised > 0);
    assert!(edges.iter().filter(|(_, _, d)| d.contains_key("category")).all(|(_, _, d)| d.contains_key("redundancy")));
    let weak = json(&["weak-links", s(&map), "--format", "json", "--as-of", AS_OF]);
    assert_eq!(categorised, weak["organisation_pairs"].as_array().unwrap().len());
    for (_, _, data) in edges.iter().filter(|(_, _, d)| d["ties"] != "0") {
        assert!(data["weight"].parse::<f64>().unwrap() > 0.0);
        assert!(data.contains_key("kinds") && data.contains_key("latest_contact"));
    }
}

/// Brandes (2001) on an unweighted undirected graph, normalised as NetworkX
/// does (`betweenness_centrality(G)`): written here, apart from the engine's.
fn betweenness(n: usize, adjacency: &[Vec<usize>]) -> Vec<f64> {
    let mut centrality = vec![0.0; n];
    for source in 0..n {
        let mut stack = Vec::new();
        let mut predecessors: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut paths = vec![0.0; n];
        let mut distance = vec![-1i64; n];
        paths[source] = 1.0;
        distance[source] = 0;
        let mut queue = VecDeque::from([source]);
        while let Some(v) = queue.pop_front() {
            stack.push(v);
            for &w in &adjacency[v] {
                if distance[w] < 0 {
                    distance[w] = distance[v] + 1;
                    queue.push_back(w);
                }
                if distance[w] == distance[v] + 1 {
                    paths[w] += paths[v];
                    predecessors[w].push(v);
                }
            }
        }
        let mut dependency = vec![0.0; n];
        while let Some(w) = stack.pop() {
            for &v in &predecessors[w] {
                dependency[v] += paths[v] / paths[w] * (1.0 + dependency[w]);
            }
            if w != source {
                centrality[w] += dependency[w];
            }
        }
    }
    // Each pair was counted from both ends: halve, then scale by 2/((n-1)(n-2)).
    let scale = if n > 2 { 1.0 / ((n - 1) * (n - 2)) as f64 } else { 0.0 };
    centrality.iter().map(|c| c * scale).collect()
}

#[test]
fn betweenness_read_from_the_person_level_graphml_equals_brokers() {
    let scratch = Scratch::new();
    let map = scratch.synthetic_map(300, 3);
    let out = scratch.path("people.graphml");
    bridgework(&["export", s(&map), "--format", "graphml", "--view", "person", "--out", s(&out), "--as-of", AS_OF])
        .assert()
        .success();
    let (nodes, edges) = graphml(&read(&out));
    let index: HashMap<&str, usize> = nodes.iter().enumerate().map(|(i, (key, _))| (key.as_str(), i)).collect();
    let mut adjacency = vec![Vec::new(); nodes.len()];
    for (a, b, _) in &edges {
        adjacency[index[a.as_str()]].push(index[b.as_str()]);
        adjacency[index[b.as_str()]].push(index[a.as_str()]);
    }
    let ours = betweenness(nodes.len(), &adjacency);

    let brokers = json(&["brokers", s(&map), "--format", "json", "--exact", "--as-of", AS_OF]);
    let theirs: HashMap<String, f64> = brokers["people"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (format!("person:{}", p["person"]["id"].as_str().unwrap()), p["betweenness"].as_f64().unwrap()))
        .collect();
    assert_eq!(theirs.len(), nodes.len(), "everyone in post is a node");
    assert!(ours.iter().any(|&b| b > 0.01), "the test has brokers to find");
    for ((key, _), value) in nodes.iter().zip(&ours) {
        assert!((theirs[key] - value).abs() < 1e-9, "{key}: brokers {} and the GraphML's {value}", theirs[key]);
    }
}

#[test]
fn gexf_at_team_level_carries_viz_positions_colours_and_sizes() {
    let scratch = Scratch::new();
    let map = scratch.demo_map("demo.bwmap");
    let out = scratch.path("teams.gexf");
    bridgework(&["export", s(&map), "--format", "gexf", "--view", "team", "--out", s(&out), "--as-of", AS_OF])
        .assert()
        .success();
    let text = read(&out);
    let doc = roxmltree::Document::parse(&text).expect("the GEXF parses");
    let viz = "http://gexf.net/1.3/viz";
    let nodes: Vec<_> = doc.descendants().filter(|n| n.has_tag_name("node")).collect();
    let info = json(&["info", s(&map), "--format", "json"]);
    assert_eq!(nodes.len() as u64, info["teams"].as_u64().unwrap());
    for node in &nodes {
        assert!(node.attribute("id").unwrap().starts_with("team:"));
        for tag in ["position", "color", "size"] {
            assert!(node.children().any(|c| c.has_tag_name((viz, tag))), "{tag}");
        }
    }
    let graph = doc.descendants().find(|n| n.has_tag_name("graph")).unwrap();
    assert_eq!(graph.attribute("defaultedgetype"), Some("undirected"));
    assert!(doc.descendants().any(|n| n.has_tag_name("edge")));
}

#[test]
fn the_picture_is_the_same_svg_each_time_and_png_and_pdf_come_from_it() {
    let scratch = Scratch::new();
    let map = scratch.demo_map("demo.bwmap");
    let svg = |extra: &[&str]| {
        let mut args = vec!["export", s(&map), "--format", "svg", "--out", "-", "--as-of", AS_OF];
        args.extend_from_slice(extra);
        bridgework(&args).assert().success().get_output().stdout.clone()
    };
    let first = svg(&[]);
    assert_eq!(first, svg(&[]), "the same view gives the same SVG");
    let text = String::from_utf8(first).unwrap();
    let doc = roxmltree::Document::parse(&text).expect("the SVG parses");
    let info = json(&["info", s(&map), "--format", "json"]);
    let discs = doc.descendants().filter(|n| n.attribute("data-key").is_some()).count();
    assert_eq!(discs as u64, info["organisations"].as_u64().unwrap());
    for words in ["As of 2026-11-01", "Filters: none", "Legend", "Single point of failure"] {
        assert!(text.contains(words), "{words}");
    }
    let filtered = String::from_utf8(svg(&["--level", "frontline", "--min-strength", "0.3"])).unwrap();
    assert!(filtered.contains("Filters: people at level frontline; ties of strength 0.30 or more"));
    let person = String::from_utf8(svg(&["--view", "person"])).unwrap();
    assert!(person.contains("Scale: each disc is one person"));

    let png = scratch.path("map.png");
    let pdf = scratch.path("map.pdf");
    bridgework(&["export", s(&map), "--format", "png", "--out", s(&png), "--as-of", AS_OF]).assert().success();
    bridgework(&["export", s(&map), "--format", "pdf", "--out", s(&pdf), "--as-of", AS_OF]).assert().success();
    assert!(std::fs::read(&png).unwrap().starts_with(b"\x89PNG"));
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
}

#[test]
fn opening_an_organisation_shows_its_teams_and_an_unknown_id_is_named() {
    let scratch = Scratch::new();
    let map = scratch.demo_map("demo.bwmap");
    let first_org = json(&["export", s(&map), "--format", "json", "--out", "-"])["organisations"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let out =
        bridgework(&["export", s(&map), "--format", "graphml", "--out", "-", "--open", &first_org, "--as-of", AS_OF])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
    let (nodes, _) = graphml(&String::from_utf8(out).unwrap());
    assert!(nodes.iter().any(|(key, _)| key.starts_with("team:")));
    assert!(!nodes.iter().any(|(key, _)| *key == format!("org:{first_org}")));
    bridgework(&["export", s(&map), "--format", "svg", "--out", "-", "--open", "no-such-id"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("no organisation or team with the id \"no-such-id\""));
}

#[test]
fn an_existing_file_or_folder_is_kept_without_force_and_replaced_whole_with_it() {
    let scratch = Scratch::new();
    let map = scratch.demo_map("demo.bwmap");
    let out = scratch.path("map.svg");
    std::fs::write(&out, "mine").unwrap();
    bridgework(&["export", s(&map), "--format", "svg", "--out", s(&out)])
        .assert()
        .failure()
        .stderr(predicate::str::contains("already exists").and(predicate::str::contains("--force")));
    assert_eq!(read(&out), "mine");
    bridgework(&["export", s(&map), "--format", "svg", "--out", s(&out), "--force"]).assert().success();
    assert!(read(&out).starts_with("<svg"));
    let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions();
    let plain = scratch.path("plain.txt");
    std::fs::write(&plain, "").unwrap();
    assert_eq!(mode(&out), mode(&plain), "an export has a new file's permissions, not a temporary file's");

    let folder = scratch.path("tables");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("stale.csv"), "old").unwrap();
    bridgework(&["export", s(&map), "--format", "csv", "--out", s(&folder)])
        .assert()
        .failure()
        .stderr(predicate::str::contains("already exists"));
    assert!(folder.join("stale.csv").exists());
    bridgework(&["export", s(&map), "--format", "csv", "--out", s(&folder), "--force"]).assert().success();
    assert!(!folder.join("stale.csv").exists(), "an older export is never mixed in");
    assert!(folder.join("people.csv").exists());
    assert_eq!(mode(&folder.join("people.csv")), mode(&plain));
    let leftovers: Vec<_> = std::fs::read_dir(scratch.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "no temporary files left: {leftovers:?}");
}

#[test]
fn a_csv_export_refuses_standard_output_instead_of_making_a_folder_named_dash() {
    let scratch = Scratch::new();
    let map = scratch.demo_map("demo.bwmap");
    bridgework(&["export", s(&map), "--format", "csv", "--out", "-"])
        .current_dir(scratch.dir.path())
        .assert()
        .failure()
        .stderr(predicate::str::contains("cannot go to standard output"));
    assert!(!scratch.path("-").exists());
    bridgework(&["export", s(&map), "--format", "xlsx", "--view", "team", "--out", s(&scratch.path("x.xlsx"))])
        .assert()
        .failure()
        .stderr(predicate::str::contains("always hold every record"));
}

/// Every table of a map, as its CSV export writes them.
fn tables(scratch: &Scratch, map: &Path, name: &str) -> Vec<(String, String)> {
    let out = scratch.path(name);
    bridgework(&["export", s(map), "--format", "csv", "--out", s(&out)]).assert().success();
    folder(&out)
}

#[test]
fn json_and_xlsx_exports_import_back_as_the_same_map() {
    let scratch = Scratch::new();
    let demo = scratch.demo_map("demo.bwmap");
    let original = tables(&scratch, &demo, "original");
    for format in ["json", "xlsx"] {
        let file = scratch.path(&format!("export.{format}"));
        bridgework(&["export", s(&demo), "--format", format, "--out", s(&file)]).assert().success();
        let copy = scratch.path(&format!("from-{format}.bwmap"));
        bridgework(&["new", s(&copy)]).assert().success();
        bridgework(&["import", s(&copy), s(&file)]).assert().success();
        assert!(tables(&scratch, &copy, &format!("again-{format}")) == original, "{format} round trip");
    }
}

#[test]
fn a_snapshot_exports_as_it_was_and_an_unknown_one_lists_the_names() {
    let scratch = Scratch::new();
    let map = scratch.demo_map("demo.bwmap");
    bridgework(&["snapshot", "take", s(&map), "2026 Q3"]).assert().success();
    let before = tables(&scratch, &map, "before");
    // Change the map after the snapshot: drop every tie.
    let csv = scratch.path("edited");
    bridgework(&["export", s(&map), "--format", "csv", "--out", s(&csv)]).assert().success();
    std::fs::write(csv.join("ties.csv"), "person_a,person_b\r\n").unwrap();
    bridgework(&["import", s(&map), s(&csv)]).assert().success();

    let snapshot = scratch.path("snapshot.json");
    bridgework(&["export", s(&map), "--format", "json", "--snapshot", "2026 Q3", "--out", s(&snapshot)])
        .assert()
        .success();
    let copy = scratch.path("copy.bwmap");
    bridgework(&["new", s(&copy)]).assert().success();
    bridgework(&["import", s(&copy), s(&snapshot)]).assert().success();
    assert!(tables(&scratch, &copy, "after") == before, "the snapshot holds the map as it was");

    let svg = bridgework(&["export", s(&map), "--format", "svg", "--snapshot", "2026 Q3", "--out", "-"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(String::from_utf8(svg).unwrap().contains("Snapshot 2026 Q3"));
    bridgework(&["export", s(&map), "--format", "svg", "--snapshot", "2025 Q4", "--out", "-"])
        .assert()
        .failure()
        .stderr(
            predicate::str::contains("no snapshot called \"2025 Q4\"").and(predicate::str::contains("\"2026 Q3\"")),
        );
}

#[test]
fn formulas_are_neutralised_in_csv_and_workbook_exports_and_analyses_and_read_back_unchanged() {
    let scratch = Scratch::new();
    let map = scratch.demo_map("demo.bwmap");
    let csv = scratch.path("csv");
    bridgework(&["export", s(&map), "--format", "csv", "--out", s(&csv)]).assert().success();
    edit_csv(&csv.join("people.csv"), |header, rows| {
        let name = header.iter().position(|h| h == "name").unwrap();
        let role = header.iter().position(|h| h == "role").unwrap();
        rows[0][name] = "=HYPERLINK(\"http://x\",\"click\")".into();
        rows[1][name] = "@SUM(A1)".into();
        rows[2][role] = "+44 20 7946 0000".into();
        rows[3][role] = "-3".into();
    });
    bridgework(&["import", s(&map), s(&csv)]).assert().success();
    let people = tables(&scratch, &map, "out").into_iter().find(|(n, _)| n == "people.csv").unwrap().1;
    for written in ["\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"", "'@SUM(A1)", "'+44 20 7946 0000", ",-3,"] {
        assert!(people.contains(written), "{written} in {people}");
    }
    // The analyses' CSV too.
    let brokers = bridgework(&["brokers", s(&map), "--format", "csv"]).assert().success().get_output().stdout.clone();
    let brokers = String::from_utf8(brokers).unwrap();
    assert!(brokers.contains("'@SUM(A1)") && !brokers.contains(",@SUM"));
    // Read back unchanged: a second round gives the same files.
    let again = scratch.path("again.bwmap");
    bridgework(&["new", s(&again)]).assert().success();
    bridgework(&["import", s(&again), s(&scratch.path("out"))]).assert().success();
    let document = json(&["export", s(&again), "--format", "json", "--out", "-"]);
    let names: Vec<&str> = document["people"].as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap()).collect();
    assert!(names.contains(&"=HYPERLINK(\"http://x\",\"click\")") && names.contains(&"@SUM(A1)"));
    let workbook = scratch.path("map.xlsx");
    bridgework(&["export", s(&again), "--format", "xlsx", "--out", s(&workbook)]).assert().success();
    let from_workbook = scratch.path("from-workbook.bwmap");
    bridgework(&["new", s(&from_workbook)]).assert().success();
    bridgework(&["import", s(&from_workbook), s(&workbook)]).assert().success();
    assert_eq!(json(&["export", s(&from_workbook), "--format", "json", "--out", "-"])["people"], document["people"]);
}

/// The discs of an SVG picture by node key, with their fill, and the labels drawn on the map.
fn discs_and_labels(svg: &str) -> (HashMap<String, String>, usize) {
    let doc = roxmltree::Document::parse(svg).expect("the SVG parses");
    let discs = doc
        .descendants()
        .filter_map(|n| Some((n.attribute("data-key")?.to_string(), n.attribute("fill")?.to_string())))
        .collect();
    let labels = doc.descendants().find(|n| n.attribute("class") == Some("labels")).unwrap();
    (discs, labels.children().filter(|n| n.has_tag_name("text")).count())
}

#[test]
fn a_focused_picture_dims_what_lies_beyond_the_focus_and_says_so() {
    let scratch = Scratch::new();
    let map = scratch.demo_map("demo.bwmap");
    let export = |format: &str, extra: &[&str]| {
        let mut args = vec!["export", s(&map), "--format", format, "--out", "-", "--as-of", AS_OF, "--view", "team"];
        args.extend_from_slice(extra);
        String::from_utf8(bridgework(&args).assert().success().get_output().stdout.clone()).unwrap()
    };
    // The focus's neighbourhood, found independently from the same view's network.
    let (nodes, edges) = graphml(&export("graphml", &[]));
    let (centre, _) = nodes.iter().find(|(_, data)| data["type"] == "team").unwrap();
    let neighbours: Vec<&str> = edges
        .iter()
        .filter_map(|(a, b, _)| if a == centre { Some(b.as_str()) } else { (b == centre).then_some(a.as_str()) })
        .collect();
    assert!(!neighbours.is_empty() && neighbours.len() + 1 < nodes.len(), "the focus leaves some nodes out");

    let svg = export("svg", &["--focus", centre, "--focus-steps", "1"]);
    let (discs, labels) = discs_and_labels(&svg);
    assert_eq!(discs.len(), nodes.len());
    for (key, fill) in &discs {
        let inside = key == centre || neighbours.contains(&key.as_str());
        assert_eq!(fill == "#d5dae0", !inside, "{key} is drawn {fill}");
    }
    let (_, all_labels) = discs_and_labels(&export("svg", &[]));
    assert!(labels < all_labels, "nodes beyond the focus lose their labels ({labels} of {all_labels})");
    let name = &nodes.iter().find(|(key, _)| key == centre).unwrap().1["label"];
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let caption = format!("Focus: {name} and what lies within 1 step of it (the rest dimmed)");
    assert!(doc.descendants().any(|n| n.text() == Some(caption.as_str())), "the caption says the focus");
    // The spreadsheet id names the same node.
    let id = centre.strip_prefix("team:").unwrap();
    assert_eq!(export("svg", &["--focus", id]), svg);

    for (args, message) in [
        (vec!["--focus", "no-such-node"], "the focus \"no-such-node\" is not a node this view shows"),
        (vec!["--focus", id, "--focus-steps", "4"], "a focus reaches 1 to 3 steps, not 4"),
    ] {
        let mut all = vec!["export", s(&map), "--format", "svg", "--out", "-", "--view", "team"];
        all.extend(args);
        bridgework(&all).assert().failure().stderr(predicate::str::contains(message));
    }
    bridgework(&["export", s(&map), "--format", "graphml", "--out", "-", "--focus", id])
        .assert()
        .failure()
        .stderr(predicate::str::contains("--focus and --page-size shape a picture"));
}

/// The numbers after `name` in a PDF, such as its `/MediaBox [0 0 w h]`.
fn pdf_numbers_after(pdf: &[u8], name: &str) -> Vec<f64> {
    let text = String::from_utf8_lossy(pdf);
    let at = text.find(name).unwrap_or_else(|| panic!("the PDF has no {name}")) + name.len();
    let list = &text[at..];
    let list = &list[list.find('[').unwrap() + 1..list.find(']').unwrap()];
    list.split_whitespace().map(|n| n.parse().unwrap()).collect()
}

#[test]
fn a_picture_fills_the_paper_asked_for_at_the_resolution_asked_for() {
    let scratch = Scratch::new();
    let map = scratch.demo_map("demo.bwmap");
    let export = |format: &str, extra: &[&str]| {
        let mut args = vec!["export", s(&map), "--format", format, "--out", "-", "--as-of", AS_OF];
        args.extend_from_slice(extra);
        bridgework(&args).assert().success().get_output().stdout.clone()
    };
    let svg = String::from_utf8(export("svg", &["--page-size", "a4-landscape"])).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let root = doc.root_element();
    assert_eq!((root.attribute("width"), root.attribute("height")), (Some("297mm"), Some("210mm")));
    assert_eq!(root.attribute("viewBox"), Some("0 0 1280 905"), "1280 units across, in the paper's proportions");

    // A4 upright is 595.3 × 841.9 points; A3 across 1190.6 × 841.9.
    for (page, width, height) in [("a4-portrait", 595.28, 841.89), ("a3-landscape", 1190.55, 841.89)] {
        let pdf = export("pdf", &["--page-size", page]);
        let media = pdf_numbers_after(&pdf, "/MediaBox");
        assert!((media[2] - width).abs() < 0.5 && (media[3] - height).abs() < 0.5, "{page}: {media:?}");
    }

    // 300 dots per inch on A4 upright: 2480 × 3508 pixels.
    let png = export("png", &["--page-size", "a4-portrait", "--dpi", "300"]);
    let size = |png: &[u8]| {
        let word = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
        (word(16), word(20))
    };
    let (width, height) = size(&png);
    assert!(width.abs_diff(2480) <= 2 && height.abs_diff(3508) <= 2, "{width} × {height}");
    // The fitted page is 1280 pixels across at 96 dots per inch, as --scale 1 gives.
    assert_eq!(size(&export("png", &["--dpi", "96"])), size(&export("png", &["--scale", "1"])));
    bridgework(&["export", s(&map), "--format", "svg", "--out", "-", "--dpi", "300"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("--dpi sets a PNG's resolution"));
    bridgework(&["export", s(&map), "--format", "png", "--out", "-", "--dpi", "5000"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("give dots per inch from 24 to 768"));
}
