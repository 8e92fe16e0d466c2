//! Files for other programs, each made from a plain model that knows nothing
//! of maps (the api turns a map's scene into these models):
//!
//! - the map picture ([`Picture`]): written as SVG ([`svg`]), and turned into
//!   PNG and PDF from that one SVG ([`render`]) with resvg and svg2pdf, using
//!   the one font shipped in `assets/fonts/` (DejaVu Sans) and never the
//!   system's, so a picture is byte for byte the same on every machine;
//! - the network ([`Network`]): GraphML ([`graphml`]) and GEXF 1.3
//!   ([`gexf`]), which Gephi, yEd, NetworkX and igraph read.
//!
//! Every name passes through [`xml::legal`] and an XML writer's escaping, so
//! no name can break a file: a name is always text, never markup.

pub mod gexf;
pub mod graphml;
mod network;
mod picture;
pub mod render;
pub mod svg;
pub mod xml;

pub use network::{Attribute, Colour, EDGE_ATTRIBUTES, Edge, NODE_ATTRIBUTES, Network, Node, Type, Value};
pub use picture::{Dot, LegendEntry, Line, Paper, Picture, Swatch};
