//! GraphML and GEXF read back with roxmltree.

use bridgework_demo::hostile_names;
use bridgework_export::{Colour, EDGE_ATTRIBUTES, Edge, NODE_ATTRIBUTES, Network, Node, Value, gexf, graphml};

fn node(key: &str, label: &str, x: f64) -> Node {
    let mut values: [Option<Value>; NODE_ATTRIBUTES.len()] = Default::default();
    values[0] = Some(Value::Text(label.to_string()));
    values[7] = Some(Value::Whole(3));
    Node {
        key: key.to_string(),
        label: label.to_string(),
        values,
        colour: Colour { red: 1, green: 2, blue: 3 },
        x,
        y: -x,
        size: 4.5,
    }
}

fn network(labels: &[String]) -> Network {
    let nodes: Vec<Node> =
        labels.iter().enumerate().map(|(i, l)| node(&format!("person:{l}{i}"), l, i as f64)).collect();
    let edges = (1..nodes.len())
        .map(|i| {
            let mut values: [Option<Value>; EDGE_ATTRIBUTES.len()] = Default::default();
            values[0] = Some(Value::Whole(2));
            values[1] = Some(Value::Text(labels[i].clone()));
            Edge { source: i - 1, target: i, weight: 0.25 * i as f64, values }
        })
        .collect();
    Network { description: labels.join(" "), day: "2026-11-01".to_string(), nodes, edges }
}

/// What a name reads back as: itself, less the characters XML cannot hold.
fn legal(name: &str) -> String {
    bridgework_export::xml::legal(name).into_owned()
}

fn text_of<'a>(node: roxmltree::Node<'a, 'a>, key: &str) -> Option<&'a str> {
    node.children().find(|c| c.has_tag_name("data") && c.attribute("key") == Some(key)).map(|c| c.text().unwrap_or(""))
}

#[test]
fn graphml_of_hostile_names_parses_with_every_name_and_attribute_intact() {
    let names = hostile_names();
    assert!(names.len() >= 200, "{} names", names.len());
    let network = network(&names);
    let mut out = Vec::new();
    graphml::write(&network, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let doc = roxmltree::Document::parse(&text).expect("the GraphML parses");
    let graph = doc.descendants().find(|n| n.has_tag_name("graph")).unwrap();
    assert_eq!(graph.attribute("edgedefault"), Some("undirected"));
    let nodes: Vec<_> = graph.children().filter(|n| n.has_tag_name("node")).collect();
    let edges: Vec<_> = graph.children().filter(|n| n.has_tag_name("edge")).collect();
    assert_eq!((nodes.len(), edges.len()), (names.len(), names.len() - 1));
    for (i, (node, name)) in nodes.iter().zip(&names).enumerate() {
        assert_eq!(node.attribute("id"), Some(legal(&format!("person:{name}{i}")).as_str()));
        assert_eq!(text_of(*node, "label"), Some(legal(name).as_str()), "{name:?}");
        assert_eq!(text_of(*node, "spreadsheet_id"), Some(legal(name).as_str()));
        assert_eq!(text_of(*node, "people"), Some("3"));
        assert_eq!(text_of(*node, "x").unwrap().parse::<f64>().unwrap(), i as f64);
        assert_eq!(text_of(*node, "team"), None, "a missing value has no data");
    }
    for (i, edge) in edges.iter().enumerate() {
        assert_eq!(edge.attribute("source"), nodes[i].attribute("id"));
        assert_eq!(text_of(*edge, "weight").unwrap().parse::<f64>().unwrap(), 0.25 * (i + 1) as f64);
        assert_eq!(text_of(*edge, "kinds"), Some(legal(&names[i + 1]).as_str()));
    }
    let desc = graph.children().find(|n| n.has_tag_name("desc")).unwrap();
    assert_eq!(desc.text(), Some(legal(&network.description).as_str()));
}

#[test]
fn graphml_declares_each_key_once_with_its_type() {
    let mut out = Vec::new();
    graphml::write(&network(&["a".into(), "b".into()]), &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let doc = roxmltree::Document::parse(&text).unwrap();
    let keys: Vec<(String, String, String)> = doc
        .descendants()
        .filter(|n| n.has_tag_name("key"))
        .map(|k| {
            let get = |a: &str| k.attribute(a).unwrap().to_string();
            (get("for"), get("attr.name"), get("attr.type"))
        })
        .collect();
    let listed =
        |domain: &str| keys.iter().filter(|k| k.0 == domain).map(|k| format!("{}:{}", k.1, k.2)).collect::<Vec<_>>();
    expect_test::expect![[r#"
        [
            "label:string",
            "x:double",
            "y:double",
            "size:double",
            "spreadsheet_id:string",
            "type:string",
            "organisation:string",
            "team:string",
            "level:string",
            "role:string",
            "kind:string",
            "people:long",
            "colour:string",
        ]
    "#]]
    .assert_debug_eq(&listed("node"));
    expect_test::expect![[r#"
        [
            "weight:double",
            "ties:long",
            "kinds:string",
            "latest_contact:string",
            "category:string",
            "redundancy:long",
        ]
    "#]]
    .assert_debug_eq(&listed("edge"));
}

#[test]
fn gexf_of_hostile_names_parses_with_positions_colours_and_sizes() {
    let names = hostile_names();
    let network = network(&names);
    let mut out = Vec::new();
    gexf::write(&network, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let doc = roxmltree::Document::parse(&text).expect("the GEXF parses");
    let root = doc.root_element();
    assert_eq!((root.tag_name().namespace(), root.attribute("version")), (Some("http://gexf.net/1.3"), Some("1.3")));
    let viz = "http://gexf.net/1.3/viz";
    let nodes: Vec<_> = doc.descendants().filter(|n| n.has_tag_name("node")).collect();
    let edges: Vec<_> = doc.descendants().filter(|n| n.has_tag_name("edge")).collect();
    assert_eq!((nodes.len(), edges.len()), (names.len(), names.len() - 1));
    for (i, (node, name)) in nodes.iter().zip(&names).enumerate() {
        assert_eq!(node.attribute("label"), Some(legal(name).as_str()), "{name:?}");
        let child = |tag: &str| node.children().find(|c| c.has_tag_name((viz, tag))).unwrap();
        assert_eq!(child("position").attribute("x").unwrap().parse::<f64>().unwrap(), i as f64);
        assert_eq!(child("position").attribute("y").unwrap().parse::<f64>().unwrap(), -(i as f64));
        assert_eq!(child("size").attribute("value"), Some("4.5"));
        assert_eq!([child("color").attribute("r"), child("color").attribute("b")], [Some("1"), Some("3")]);
        let value = |key: &str| {
            node.descendants()
                .find(|c| c.has_tag_name("attvalue") && c.attribute("for") == Some(key))
                .and_then(|c| c.attribute("value"))
        };
        assert_eq!(value("spreadsheet_id"), Some(legal(name).as_str()));
        assert_eq!(value("people"), Some("3"));
        assert_eq!(value("team"), None);
    }
    assert_eq!(edges[0].attribute("weight"), Some("0.25"));
    let declared: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("attributes") && n.attribute("class") == Some("edge"))
        .flat_map(|a| a.children().filter_map(|c| c.attribute("id")))
        .collect();
    assert_eq!(declared, ["ties", "kinds", "latest_contact", "category", "redundancy"]);
}
