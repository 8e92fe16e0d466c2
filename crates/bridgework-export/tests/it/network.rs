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

/// A small network whose names need escaping, with values missing and
/// numbers of every form, written out whole: the GraphML writer is tuned for
/// speed, and the file must stay byte for byte what it was.
#[test]
fn graphml_of_a_small_network_is_byte_for_byte_as_written() {
    let mut first = node("org:a&b", "Tom \"T\" <O'Neil>\tline\nnext\r", 0.1 + 0.2);
    first.values[5] = Some(Value::Text("Lead\u{1b}[31m & <b>".to_string()));
    first.y = 1e-7;
    let mut second = node("person:é😀", "Ünïcode", -1e21);
    second.values[7] = None;
    second.size = f64::from(u32::MAX);
    let mut values: [Option<Value>; EDGE_ATTRIBUTES.len()] = Default::default();
    values[0] = Some(Value::Whole(u64::MAX));
    values[2] = Some(Value::Text("2026-11-01".to_string()));
    values[4] = Some(Value::Number(2.0));
    let network = Network {
        description: "A & B, \"as of\" <today>".to_string(),
        day: "2026-11-01".to_string(),
        nodes: vec![first, second],
        edges: vec![Edge { source: 0, target: 1, weight: 1.0 / 3.0, values }],
    };
    let mut out = Vec::new();
    graphml::write(&network, &mut out).unwrap();
    expect_test::expect![[r#"
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
         <key id="label" for="node" attr.name="label" attr.type="string"/>
         <key id="x" for="node" attr.name="x" attr.type="double"/>
         <key id="y" for="node" attr.name="y" attr.type="double"/>
         <key id="size" for="node" attr.name="size" attr.type="double"/>
         <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
         <key id="spreadsheet_id" for="node" attr.name="spreadsheet_id" attr.type="string"/>
         <key id="type" for="node" attr.name="type" attr.type="string"/>
         <key id="organisation" for="node" attr.name="organisation" attr.type="string"/>
         <key id="team" for="node" attr.name="team" attr.type="string"/>
         <key id="level" for="node" attr.name="level" attr.type="string"/>
         <key id="role" for="node" attr.name="role" attr.type="string"/>
         <key id="kind" for="node" attr.name="kind" attr.type="string"/>
         <key id="people" for="node" attr.name="people" attr.type="long"/>
         <key id="colour" for="node" attr.name="colour" attr.type="string"/>
         <key id="ties" for="edge" attr.name="ties" attr.type="long"/>
         <key id="kinds" for="edge" attr.name="kinds" attr.type="string"/>
         <key id="latest_contact" for="edge" attr.name="latest_contact" attr.type="string"/>
         <key id="category" for="edge" attr.name="category" attr.type="string"/>
         <key id="redundancy" for="edge" attr.name="redundancy" attr.type="long"/>
         <graph id="G" edgedefault="undirected">
          <desc>A &amp; B, &quot;as of&quot; &lt;today&gt;</desc>
          <node id="org:a&amp;b">
           <data key="label">Tom &quot;T&quot; &lt;O&apos;Neil&gt;	line
        next&#13;</data>
           <data key="spreadsheet_id">Tom &quot;T&quot; &lt;O&apos;Neil&gt;	line
        next&#13;</data>
           <data key="role">Lead�[31m &amp; &lt;b&gt;</data>
           <data key="people">3</data>
           <data key="x">0.30000000000000004</data>
           <data key="y">0.0000001</data>
           <data key="size">4.5</data>
          </node>
          <node id="person:é😀">
           <data key="label">Ünïcode</data>
           <data key="spreadsheet_id">Ünïcode</data>
           <data key="x">-1000000000000000000000</data>
           <data key="y">1000000000000000000000</data>
           <data key="size">4294967295</data>
          </node>
          <edge source="org:a&amp;b" target="person:é😀">
           <data key="weight">0.3333333333333333</data>
           <data key="ties">18446744073709551615</data>
           <data key="latest_contact">2026-11-01</data>
           <data key="redundancy">2</data>
          </edge>
         </graph>
        </graphml>
    "#]].assert_eq(&String::from_utf8(out).unwrap());
}
