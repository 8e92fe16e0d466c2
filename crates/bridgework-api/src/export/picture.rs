//! The view as a picture: the canvas's nodes and edges with the canvas's
//! styles, a title, the map, the day and the filters in words, a legend and,
//! at person level, a note on the scale.
//!
//! Sizes, widths and colours follow the canvas's rules
//! (`ui/src/lib/map/node-style.ts`, `edge-style.ts` and
//! `ui/src/lib/panels/categories.ts`); keep the two in step.

use super::ViewLevel;
use super::view::View;
use crate::NodeKind;
use crate::map_view::label;
use bridgework_core::weak_links::Category;
use bridgework_export::{Colour, Dot, LegendEntry, Line, Picture, Swatch};

/// A node whose organisation has no usable colour: neutral grey.
pub(super) const NO_COLOUR: Colour = Colour { red: 0x9a, green: 0xa3, blue: 0xad };
/// Plain ties: a quiet grey.
const PLAIN_EDGE: Colour = Colour { red: 0xb8, green: 0xc0, blue: 0xc9 };
const MIN_NODE_PIXELS: f64 = 3.0;
const MIN_EDGE_PIXELS: f64 = 0.6;
const MAX_EDGE_PIXELS: f64 = 6.0;
const CATEGORY_EDGE_PIXELS: f64 = 2.0;
const MISSING_EDGE_PIXELS: f64 = 3.0;
/// At most this many nodes are labelled, the largest first, besides every
/// organisation: a hundred names would cover the map.
const LABELLED_NODES: usize = 40;
/// The legend lists at most this many organisations, then says how many more.
const LEGEND_ORGANISATIONS: usize = 12;

/// A node's disc radius in pixels: its area follows its share of the
/// largest value, between the floor and its kind's largest disc.
pub(super) fn node_pixels(kind: NodeKind, size: f64, max_size: f64) -> f64 {
    if !(max_size > 0.0 && size > 0.0) {
        return MIN_NODE_PIXELS;
    }
    let largest = match kind {
        NodeKind::Organisation => 28.0,
        NodeKind::Team => 20.0,
        NodeKind::Person => 12.0,
    };
    MIN_NODE_PIXELS + (largest - MIN_NODE_PIXELS) * (size / max_size).min(1.0).sqrt()
}

/// An edge's width in pixels for its summed strength.
fn edge_pixels(strength: f64, max_strength: f64) -> f64 {
    if !(max_strength > 0.0 && strength > 0.0) {
        return MIN_EDGE_PIXELS;
    }
    MIN_EDGE_PIXELS + (MAX_EDGE_PIXELS - MIN_EDGE_PIXELS) * (strength / max_strength).min(1.0).sqrt()
}

/// A weak-link category's colour, as the canvas draws it.
pub(crate) fn category_colour(category: Category) -> Colour {
    let hex = match category {
        Category::Missing => (0xb4, 0x23, 0x18),
        Category::IndirectOnly => (0xb5, 0x47, 0x08),
        Category::SinglePointOfFailure => (0xc1, 0x15, 0x74),
        Category::Stale => (0x47, 0x54, 0x67),
        Category::Thin => (0x7a, 0x5c, 0x00),
        Category::TopHeavy => (0x69, 0x41, 0xc6),
        Category::Healthy => (0x06, 0x76, 0x47),
    };
    Colour { red: hex.0, green: hex.1, blue: hex.2 }
}

/// The view's picture.
pub(super) fn of(view: &View<'_>) -> Picture {
    let scene = &view.scene;
    // The largest nodes are labelled (and every organisation), ties broken by the scene's order.
    let radius = |n: &crate::SceneNode| node_pixels(n.kind, n.size, scene.max_size);
    let mut by_size: Vec<usize> = (0..scene.nodes.len()).collect();
    by_size.sort_by(|&a, &b| radius(&scene.nodes[b]).total_cmp(&radius(&scene.nodes[a])).then(a.cmp(&b)));
    let mut labelled = vec![false; scene.nodes.len()];
    by_size.iter().take(LABELLED_NODES).for_each(|&i| labelled[i] = true);
    let position: std::collections::HashMap<&str, (f64, f64)> =
        scene.nodes.iter().map(|n| (n.key.as_str(), (n.x, n.y))).collect();
    let max_strength = scene.edges.iter().map(|e| e.strength).fold(0.0, f64::max);
    // Weak links above plain ties, and links with no tie above both, as on the canvas.
    let mut lines: Vec<(u8, Line)> = scene
        .edges
        .iter()
        .map(|edge| {
            let colour = edge.category.map_or(PLAIN_EDGE, category_colour);
            let (layer, width, dashed) = if edge.ties == 0 {
                (2, MISSING_EDGE_PIXELS, true)
            } else if edge.category.is_some() {
                (1, edge_pixels(edge.strength, max_strength).max(CATEGORY_EDGE_PIXELS), false)
            } else {
                (0, edge_pixels(edge.strength, max_strength), false)
            };
            let line = Line {
                from: position[edge.source.as_str()],
                to: position[edge.target.as_str()],
                width,
                colour,
                dashed,
            };
            (layer, line)
        })
        .collect();
    lines.sort_by_key(|(layer, _)| *layer);
    let dots = scene
        .nodes
        .iter()
        .zip(labelled)
        .map(|(node, labelled)| Dot {
            key: node.key.clone(),
            x: node.x,
            y: node.y,
            radius: radius(node),
            fill: Colour::from_hex(&node.colour).unwrap_or(NO_COLOUR),
            label: (labelled || node.kind == NodeKind::Organisation).then(|| node.label.clone()),
        })
        .collect();
    Picture {
        title: view.info().name.clone(),
        caption: vec![view.shown(), view.moment(), view.filters()],
        lines: lines.into_iter().map(|(_, line)| line).collect(),
        dots,
        legend: legend(view),
        note: (view.request.level == ViewLevel::Person).then(|| scale_note(view, max_strength)),
    }
}

/// The organisations shown, then what the lines mean.
fn legend(view: &View<'_>) -> Vec<LegendEntry> {
    let map = view.map();
    let shown: std::collections::HashSet<&str> = view.scene.nodes.iter().map(|n| n.organisation.as_str()).collect();
    let organisations: Vec<(String, Colour)> = map
        .records()
        .organisations
        .iter()
        .filter(|o| shown.contains(o.id.as_str()))
        .map(|o| {
            let colour = view.scene.nodes.iter().find(|n| n.organisation == o.id).map(|n| n.colour.as_str());
            (o.name.clone(), colour.and_then(Colour::from_hex).unwrap_or(NO_COLOUR))
        })
        .collect();
    let mut legend: Vec<LegendEntry> = organisations
        .iter()
        .take(LEGEND_ORGANISATIONS)
        .map(|(name, colour)| LegendEntry { colour: *colour, swatch: Swatch::Disc, label: name.clone() })
        .collect();
    if organisations.len() > LEGEND_ORGANISATIONS {
        let more = organisations.len() - LEGEND_ORGANISATIONS;
        legend.push(LegendEntry {
            colour: NO_COLOUR,
            swatch: Swatch::Disc,
            label: format!("and {more} more organisations"),
        });
    }
    legend.push(LegendEntry { colour: PLAIN_EDGE, swatch: Swatch::Line, label: "Ties (wider: stronger)".to_string() });
    for category in Category::ALL {
        legend.push(LegendEntry {
            colour: category_colour(category),
            swatch: Swatch::Line,
            label: label(category).to_string(),
        });
    }
    legend.push(LegendEntry {
        colour: category_colour(Category::Missing),
        swatch: Swatch::DashedLine,
        label: "Dashed: no tie at all".to_string(),
    });
    legend
}

/// What a disc and a line stand for at person level.
fn scale_note(view: &View<'_>, max_strength: f64) -> String {
    format!(
        "Scale: each disc is one person ({} shown), its size their {}; a line joins two people, its width \
         their ties' summed strength (widest {:.2}).",
        view.scene.nodes.len(),
        match view.request.size_by {
            crate::SizeMetric::People => "share of the largest (all equal)",
            crate::SizeMetric::Ties => "number of ties",
            crate::SizeMetric::Strength => "summed tie strength",
            crate::SizeMetric::Brokerage => "betweenness",
        },
        max_strength
    )
}
