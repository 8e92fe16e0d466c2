//! GEXF 1.3 (gexf.net), Gephi's own format: one static undirected graph,
//! node and edge attributes declared once and given as `attvalue`s, and
//! each node's place, size and colour in the `viz` namespace, so Gephi opens
//! the map laid out and coloured as Bridgework draws it.

use crate::network::{Attribute, EDGE_ATTRIBUTES, NODE_ATTRIBUTES, Network, Value};
use crate::xml::legal;
use quick_xml::Writer;
use quick_xml::events::BytesText;
use std::io::{self, Write};

/// Writes `network` as GEXF 1.3 to `out`.
pub fn write(network: &Network, out: &mut dyn Write) -> io::Result<()> {
    crate::xml::document(out, |xml| {
        xml.create_element("gexf")
            .with_attribute(("xmlns", "http://gexf.net/1.3"))
            .with_attribute(("xmlns:viz", "http://gexf.net/1.3/viz"))
            .with_attribute(("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"))
            .with_attribute(("xsi:schemaLocation", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"))
            .with_attribute(("version", "1.3"))
            .write_inner_content(|xml| {
                xml.create_element("meta")
                    .with_attribute(("lastmodifieddate", &*legal(&network.day)))
                    .write_inner_content(|xml| {
                        xml.create_element("creator").write_text_content(BytesText::new("Bridgework"))?;
                        xml.create_element("description")
                            .write_text_content(BytesText::new(&legal(&network.description)))?;
                        Ok(())
                    })?;
                xml.create_element("graph")
                    .with_attribute(("mode", "static"))
                    .with_attribute(("defaultedgetype", "undirected"))
                    .write_inner_content(|xml| {
                        declare(xml, "node", &NODE_ATTRIBUTES)?;
                        declare(xml, "edge", &EDGE_ATTRIBUTES)?;
                        xml.create_element("nodes").write_inner_content(|xml| {
                            for node in &network.nodes {
                                xml.create_element("node")
                                    .with_attribute(("id", &*legal(&node.key)))
                                    .with_attribute(("label", &*legal(&node.label)))
                                    .write_inner_content(|xml| {
                                        values(xml, &NODE_ATTRIBUTES, &node.values)?;
                                        let colour = node.colour;
                                        xml.create_element("viz:color")
                                            .with_attribute(("r", &*colour.red.to_string()))
                                            .with_attribute(("g", &*colour.green.to_string()))
                                            .with_attribute(("b", &*colour.blue.to_string()))
                                            .write_empty()?;
                                        xml.create_element("viz:position")
                                            .with_attribute(("x", &*node.x.to_string()))
                                            .with_attribute(("y", &*node.y.to_string()))
                                            .with_attribute(("z", "0"))
                                            .write_empty()?;
                                        xml.create_element("viz:size")
                                            .with_attribute(("value", &*node.size.to_string()))
                                            .write_empty()?;
                                        Ok(())
                                    })?;
                            }
                            Ok(())
                        })?;
                        xml.create_element("edges").write_inner_content(|xml| {
                            for (id, edge) in network.edges.iter().enumerate() {
                                let (source, target) =
                                    (&network.nodes[edge.source].key, &network.nodes[edge.target].key);
                                xml.create_element("edge")
                                    .with_attribute(("id", &*id.to_string()))
                                    .with_attribute(("source", &*legal(source)))
                                    .with_attribute(("target", &*legal(target)))
                                    .with_attribute(("weight", &*edge.weight.to_string()))
                                    .write_inner_content(|xml| values(xml, &EDGE_ATTRIBUTES, &edge.values))?;
                            }
                            Ok(())
                        })?;
                        Ok(())
                    })?;
                Ok(())
            })?;
        Ok(())
    })
}

/// The `<attributes>` of one class.
fn declare<W: Write>(xml: &mut Writer<W>, class: &str, attributes: &[Attribute]) -> io::Result<()> {
    xml.create_element("attributes").with_attribute(("class", class)).write_inner_content(|xml| {
        for attribute in attributes {
            xml.create_element("attribute")
                .with_attribute(("id", attribute.name))
                .with_attribute(("title", attribute.name))
                .with_attribute(("type", attribute.kind.name()))
                .write_empty()?;
        }
        Ok(())
    })?;
    Ok(())
}

/// A node's or edge's `<attvalues>`, leaving out those it has none of.
fn values<W: Write>(xml: &mut Writer<W>, attributes: &[Attribute], values: &[Option<Value>]) -> io::Result<()> {
    xml.create_element("attvalues").write_inner_content(|xml| {
        for (attribute, value) in attributes.iter().zip(values) {
            if let Some(value) = value {
                xml.create_element("attvalue")
                    .with_attribute(("for", attribute.name))
                    .with_attribute(("value", &*value.text()))
                    .write_empty()?;
            }
        }
        Ok(())
    })?;
    Ok(())
}
