//! The person-level GraphML and GEXF of a generated map read back by
//! NetworkX (`read_graphml`, `read_gexf`), an independent reader: the counts
//! and attributes, and NetworkX's betweenness against `bridgework brokers`.
//!
//! NetworkX comes from `scripts/setup` (`target/test-venv`), or from the
//! Python named by `BRIDGEWORK_PYTHON`. Without it the test says so and
//! passes, except under `CI=true`, where it fails.

use crate::support::*;
use std::collections::HashMap;
use std::path::PathBuf;
use std::process::Command;

/// Reads the files named on its command line and prints what NetworkX makes of them, as JSON.
const READER: &str = r#"
import json, sys
import networkx as nx

def summary(graph):
    return {
        "directed": graph.is_directed(),
        "nodes": {key: {k: v for k, v in data.items() if k != "viz"} for key, data in graph.nodes(data=True)},
        "viz": {key: sorted(data.get("viz", {})) for key, data in graph.nodes(data=True)},
        "edges": [[a, b, data] for a, b, data in graph.edges(data=True)],
        "betweenness": nx.betweenness_centrality(graph),
    }

graphml, gexf = sys.argv[1], sys.argv[2]
print(json.dumps({"graphml": summary(nx.read_graphml(graphml)), "gexf": summary(nx.read_gexf(gexf))}))
"#;

/// A Python with NetworkX, or `None` (with the reason) when there is none.
fn python() -> Result<PathBuf, String> {
    let venv = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/test-venv/bin/python");
    let candidates: Vec<PathBuf> = match std::env::var_os("BRIDGEWORK_PYTHON") {
        Some(python) => vec![python.into()],
        None => vec![venv, "python3".into()],
    };
    for python in &candidates {
        let has = Command::new(python).args(["-c", "import networkx"]).output();
        if has.is_ok_and(|out| out.status.success()) {
            return Ok(python.clone());
        }
    }
    Err(format!("no Python with NetworkX (tried {candidates:?}); scripts/setup installs it"))
}

#[test]
fn networkx_reads_the_person_level_graphml_and_gexf_and_finds_the_brokers_betweenness() {
    let python = match python() {
        Ok(python) => python,
        Err(reason) if std::env::var("CI").as_deref() == Ok("true") => panic!("{reason}"),
        Err(reason) => {
            eprintln!("skipped: {reason}");
            return;
        }
    };
    let scratch = Scratch::new();
    let map = scratch.synthetic_map(400, 7);
    let file = |format: &str| {
        let out = scratch.path(&format!("people.{format}"));
        bridgework(&["export", s(&map), "--format", format, "--view", "person", "--out", s(&out), "--as-of", AS_OF])
            .assert()
            .success();
        out
    };
    let (graphml, gexf) = (file("graphml"), file("gexf"));
    let read = Command::new(&python).args(["-c", READER, s(&graphml), s(&gexf)]).output().unwrap();
    assert!(read.status.success(), "NetworkX failed: {}", String::from_utf8_lossy(&read.stderr));
    let read: serde_json::Value = serde_json::from_slice(&read.stdout).unwrap();

    let brokers = json(&["brokers", s(&map), "--format", "json", "--exact", "--as-of", AS_OF]);
    let people: HashMap<String, &serde_json::Value> = brokers["people"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (format!("person:{}", p["person"]["id"].as_str().unwrap()), p))
        .collect();
    // The edges as written, counted with a plain XML reader.
    let text = std::fs::read_to_string(&graphml).unwrap();
    let written = roxmltree::Document::parse(&text).unwrap().descendants().filter(|n| n.has_tag_name("edge")).count();
    assert!(written > people.len(), "the map has ties to read ({written})");

    for format in ["graphml", "gexf"] {
        let graph = &read[format];
        assert_eq!(graph["directed"], false, "{format}: undirected");
        let nodes = graph["nodes"].as_object().unwrap();
        let edges = graph["edges"].as_array().unwrap();
        assert_eq!(nodes.len(), people.len(), "{format}: everyone in post is a node");
        assert_eq!(edges.len(), written, "{format}: one edge per pair");
        for (key, data) in nodes {
            let person = people.get(key).unwrap_or_else(|| panic!("{format}: {key} is no one in post"));
            assert_eq!(data["type"], "person", "{format}: {key}");
            assert_eq!(data["spreadsheet_id"], person["person"]["id"], "{format}: {key}");
            assert_eq!(data["label"], person["person"]["name"], "{format}: {key}");
            assert_eq!(data["people"], 1, "{format}: {key} is read as a whole number");
            assert!(data["team"].is_string() && data["organisation"].is_string(), "{format}: {key}");
        }
        for (a, b, data) in edges.iter().map(|e| (&e[0], &e[1], &e[2])) {
            assert!(data["ties"].as_u64().is_some_and(|ties| ties >= 1), "{format}: {a}–{b} {data}");
            assert!(data["weight"].as_f64().is_some_and(|w| w > 0.0), "{format}: {a}–{b} {data}");
            assert!(data["kinds"].is_string(), "{format}: {a}–{b} {data}");
        }
        let betweenness = graph["betweenness"].as_object().unwrap();
        assert!(betweenness.values().any(|b| b.as_f64().unwrap() > 0.01), "{format}: the test has brokers to find");
        for (key, value) in betweenness {
            let ours = people[key]["betweenness"].as_f64().unwrap();
            let theirs = value.as_f64().unwrap();
            assert!((ours - theirs).abs() < 1e-9, "{format}: {key}: brokers {ours}, NetworkX {theirs}");
        }
    }
    let viz = read["gexf"]["viz"].as_object().unwrap();
    assert!(viz.values().all(|v| v == &serde_json::json!(["color", "position", "size"])), "GEXF carries viz");
}
