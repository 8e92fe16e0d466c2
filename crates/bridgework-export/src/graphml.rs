//! GraphML (graphml.graphdrawing.org), as NetworkX (`read_graphml`), igraph
//! (`Graph.Read_GraphML`), Gephi and yEd read it: one undirected graph, a
//! `<key>` per attribute, `<data>` for each value a node or edge has (none
//! for a missing value), and `x`, `y`, `size` and `weight` as plain numeric
//! attributes, the names Gephi's importer recognises.

use crate::network::{EDGE_ATTRIBUTES, NODE_ATTRIBUTES, Network, Value};
use crate::xml::legal;
use quick_xml::escape::escape;
use quick_xml::events::BytesText;
use std::io::{self, Write};

const NAMESPACE: &str = "http://graphml.graphdrawing.org/xmlns";

/// The keys written besides the listed attributes: `(name, for, type)`.
const OTHER_KEYS: [(&str, &str, &str); 5] = [
    ("label", "node", "string"),
    ("x", "node", "double"),
    ("y", "node", "double"),
    ("size", "node", "double"),
    ("weight", "edge", "double"),
];

/// Writes `network` as GraphML to `out`.
pub fn write(network: &Network, out: &mut dyn Write) -> io::Result<()> {
    crate::xml::document(out, |xml| {
        xml.create_element("graphml")
            .with_attribute(("xmlns", NAMESPACE))
            .with_attribute(("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"))
            .with_attribute((
                "xsi:schemaLocation",
                "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
            ))
            .write_inner_content(|xml| {
                let listed = [("node", &NODE_ATTRIBUTES[..]), ("edge", &EDGE_ATTRIBUTES[..])]
                    .into_iter()
                    .flat_map(|(domain, attributes)| attributes.iter().map(move |a| (a.name, domain, a.kind.name())));
                for (name, domain, kind) in OTHER_KEYS.into_iter().chain(listed) {
                    xml.create_element("key")
                        .with_attribute(("id", name))
                        .with_attribute(("for", domain))
                        .with_attribute(("attr.name", name))
                        .with_attribute(("attr.type", kind))
                        .write_empty()?;
                }
                xml.create_element("graph")
                    .with_attribute(("id", "G"))
                    .with_attribute(("edgedefault", "undirected"))
                    .write_inner_content(|xml| {
                    xml.create_element("desc").write_text_content(BytesText::new(&legal(&network.description)))?;
                    for node in &network.nodes {
                        xml.create_element("node").with_attribute(("id", &*legal(&node.key))).write_inner_content(
                            |xml| {
                                let out = xml.get_mut();
                                text(out, "label", &node.label)?;
                                for (attribute, value) in NODE_ATTRIBUTES.iter().zip(&node.values) {
                                    if let Some(value) = value {
                                        data(out, attribute.name, value)?;
                                    }
                                }
                                number(out, "x", node.x)?;
                                number(out, "y", node.y)?;
                                number(out, "size", node.size)
                            },
                        )?;
                    }
                    for edge in &network.edges {
                        let (source, target) = (&network.nodes[edge.source].key, &network.nodes[edge.target].key);
                        xml.create_element("edge")
                            .with_attribute(("source", &*legal(source)))
                            .with_attribute(("target", &*legal(target)))
                            .write_inner_content(|xml| {
                                let out = xml.get_mut();
                                number(out, "weight", edge.weight)?;
                                for (attribute, value) in EDGE_ATTRIBUTES.iter().zip(&edge.values) {
                                    if let Some(value) = value {
                                        data(out, attribute.name, value)?;
                                    }
                                }
                                Ok(())
                            })?;
                    }
                    Ok(())
                })?;
                Ok(())
            })?;
        Ok(())
    })
}

/// The start of a `<data>` element of a node or an edge: on a line of its
/// own, one space deeper than the node or edge, as the writer indents.
///
/// Values are written straight to the writer's output rather than as
/// elements of their own: a person-level network has millions of them, and
/// building an element for each took a quarter of its export. The text is
/// escaped by the writer's own [`escape`], so the file is byte for byte the
/// one the writer made.
const DATA: &str = "\n   <data key=\"";

/// One value of a node or an edge.
fn data(out: &mut impl Write, key: &str, value: &Value) -> io::Result<()> {
    match value {
        Value::Text(value) => text(out, key, value),
        Value::Whole(n) => number(out, key, n),
        Value::Number(x) => number(out, key, x),
    }
}

fn text(out: &mut impl Write, key: &str, text: &str) -> io::Result<()> {
    write!(out, "{DATA}{key}\">{}</data>", escape(legal(text)))
}

/// A number, as Rust writes it (`{}`): the shortest text that reads back the same.
fn number(out: &mut impl Write, key: &str, x: impl std::fmt::Display) -> io::Result<()> {
    write!(out, "{DATA}{key}\">{x}</data>")
}
