//! The view as a picture: the canvas's nodes and edges with the canvas's
//! styles, a title, the map, the day and the filters in words, a legend and,
//! at person level, a note on the scale.
//!
//! Sizes and widths follow the canvas's rules (`ui/src/lib/map/node-style.ts`
//! and `edge-style.ts`); keep the two in step. A weak-link category's colour,
//! line and symbol are read from the app's own stylesheet, where the canvas,
//! the legend and the badges read them (`ui/src/lib/common/categories.ts`),
//! so a category looks the same in the picture as on the screen. So are the
//! person level's marks (a ring and a symbol on a person a partner link
//! depends on, or a cut point) and the colour of a bridge tie.

use super::ViewLevel;
use super::view::View;
use crate::map_view::label;
use crate::{MarkKind, NodeKind};
use bridgework_core::weak_links::Category;
use bridgework_export::{Colour, Dot, LegendEntry, Line, Picture, Swatch};

/// A node whose organisation has no usable colour: neutral grey.
pub(super) const NO_COLOUR: Colour = Colour { red: 0x9a, green: 0xa3, blue: 0xad };
/// Plain ties: a quiet grey.
const PLAIN_EDGE: Colour = Colour { red: 0xb8, green: 0xc0, blue: 0xc9 };
/// A node and an edge beyond the focus: the canvas's `--node-dimmed` and
/// `--edge-dimmed` (`ui/src/app.css`).
const DIMMED_NODE: Colour = Colour { red: 0xd5, green: 0xda, blue: 0xe0 };
const DIMMED_EDGE: Colour = Colour { red: 0xe8, green: 0xec, blue: 0xf0 };
/// Ties between two teams of one organisation: the canvas's `--edge-internal`,
/// at most [`MAX_INTERNAL_EDGE_PIXELS`] wide, under the partner links.
const INTERNAL_EDGE: Colour = Colour { red: 0xdd, green: 0xe2, blue: 0xe7 };
const MAX_INTERNAL_EDGE_PIXELS: f64 = 1.2;
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

/// The app's stylesheet: a weak-link category's colour, line and symbol are
/// its custom properties `--category-…`, `--dashes-…` and `--symbol-…`.
const APP_CSS: &str = include_str!("../../../../ui/src/app.css");

/// How a weak-link category is drawn.
#[derive(Debug, Clone, PartialEq)]
struct Look {
    colour: Colour,
    /// Dash and gap lengths in pixels; empty for a solid line.
    dashes: Vec<f64>,
    symbol: String,
}

/// Every category's look, by its place in `Category::ALL`.
static LOOKS: std::sync::LazyLock<Vec<Look>> = std::sync::LazyLock::new(|| {
    Category::ALL.iter().map(|&c| look_in(APP_CSS, c).unwrap_or_else(|problem| panic!("app.css: {problem}"))).collect()
});

fn look(category: Category) -> &'static Look {
    &LOOKS[category as usize]
}

/// A weak-link category's colour, as the canvas draws it.
pub(crate) fn category_colour(category: Category) -> Colour {
    look(category).colour
}

/// The value of the custom property `--{name}` in the stylesheet `css`, or what it lacks.
fn token_in<'c>(css: &'c str, name: &str) -> std::result::Result<&'c str, String> {
    let name = format!("--{name}:");
    css.lines()
        .find_map(|line| line.trim().strip_prefix(&name))
        .and_then(|rest| rest.split(';').next())
        .map(str::trim)
        .ok_or_else(|| format!("no {name}"))
}

/// The colour `--{name}` of the stylesheet `css`.
fn colour_in(css: &str, name: &str) -> std::result::Result<Colour, String> {
    let colour = token_in(css, name)?;
    Colour::from_hex(colour).ok_or_else(|| format!("--{name} is not #rrggbb: {colour}"))
}

/// `category`'s look as the stylesheet `css` declares it, or what it lacks.
fn look_in(css: &str, category: Category) -> std::result::Result<Look, String> {
    let token = |kind: &str| token_in(css, &format!("{kind}-{category}"));
    let colour = colour_in(css, &format!("category-{category}"))?;
    let line = token("dashes")?;
    let dashes = if line == "none" {
        Vec::new()
    } else {
        let dashes: Vec<f64> = line
            .split_whitespace()
            .map(str::parse)
            .collect::<std::result::Result<_, _>>()
            .map_err(|_| format!("--dashes-{category} is not lengths: {line}"))?;
        if !dashes.len().is_multiple_of(2) {
            return Err(format!("--dashes-{category} is not dash and gap pairs: {line}"));
        }
        dashes
    };
    let symbol = token("symbol")?.trim_matches('\'').to_string();
    Ok(Look { colour, dashes, symbol })
}

/// How a person mark is drawn: its ring's colour and the symbol before the name.
#[derive(Debug, Clone, PartialEq)]
struct MarkLook {
    colour: Colour,
    symbol: String,
    /// What the legend calls it.
    label: &'static str,
}

/// Every mark kind's look, in `MarkKind`'s order (most urgent first).
static MARK_LOOKS: std::sync::LazyLock<Vec<(MarkKind, MarkLook)>> = std::sync::LazyLock::new(|| {
    let mark = |kind, name: &str, label| {
        let colour = colour_in(APP_CSS, &format!("mark-{name}"))?;
        let symbol = token_in(APP_CSS, &format!("symbol-{name}"))?.trim_matches('\'').to_string();
        Ok::<_, String>((kind, MarkLook { colour, symbol, label }))
    };
    [
        mark(MarkKind::OnlyContact, "only-contact", "Only contact between teams"),
        mark(MarkKind::CutPoint, "cut-point", "Cut point: others hang on them"),
    ]
    .into_iter()
    .map(|look| look.unwrap_or_else(|problem| panic!("app.css: {problem}")))
    .collect()
});

fn mark_look(kind: MarkKind) -> &'static MarkLook {
    &MARK_LOOKS.iter().find(|(k, _)| *k == kind).expect("every mark kind has a look").1
}

/// A bridge tie: darker than the other ties, and never thinner than a weak link.
static BRIDGE_EDGE: std::sync::LazyLock<Colour> = std::sync::LazyLock::new(|| {
    colour_in(APP_CSS, "edge-bridge").unwrap_or_else(|problem| panic!("app.css: {problem}"))
});

/// The view's picture.
pub(super) fn of(view: &View<'_>) -> Picture {
    let scene = &view.scene;
    // The largest nodes are labelled (and every organisation), ties broken by the scene's order.
    let radius = |n: &crate::SceneNode| node_pixels(n.kind, n.size, scene.max_size);
    let mut by_size: Vec<usize> = (0..scene.nodes.len()).collect();
    by_size.sort_by(|&a, &b| radius(&scene.nodes[b]).total_cmp(&radius(&scene.nodes[a])).then(a.cmp(&b)));
    let mut labelled = vec![false; scene.nodes.len()];
    by_size.iter().take(LABELLED_NODES).for_each(|&i| labelled[i] = true);
    // Without a focus, everything is in it.
    let in_focus = |node: usize| view.focus.as_ref().is_none_or(|focus| focus.inside[node]);
    let position = |node: usize| (scene.nodes[node].x, scene.nodes[node].y);
    let max_strength = scene.edges.iter().map(|e| e.strength).fold(0.0, f64::max);
    // The most urgent weak links (no tie, a single person) above the other weak
    // links, above plain ties, above ties between two teams of one
    // organisation, as on the canvas; what lies beyond a focus under
    // everything, in the canvas's dimmed grey.
    let within_one_organisation = |a: usize, b: usize| {
        let (a, b) = (&scene.nodes[a], &scene.nodes[b]);
        a.kind == NodeKind::Team && b.kind == NodeKind::Team && a.organisation == b.organisation
    };
    let mut lines: Vec<(u8, Line)> = scene
        .edges
        .iter()
        .zip(&view.details)
        .map(|(edge, detail)| {
            let width = if edge.ties == 0 { MISSING_EDGE_PIXELS } else { edge_pixels(edge.strength, max_strength) };
            let (source, target) = detail.ends;
            let (from, to) = (position(source), position(target));
            let (layer, line) = match edge.category {
                None if edge.bridge => {
                    let width = width.max(CATEGORY_EDGE_PIXELS);
                    (2, Line { from, to, width, colour: *BRIDGE_EDGE, dashes: Vec::new(), mark: None })
                }
                None => {
                    let dashes = if edge.ties == 0 { look(Category::Missing).dashes.clone() } else { Vec::new() };
                    let line = Line { from, to, width, colour: PLAIN_EDGE, dashes, mark: None };
                    if within_one_organisation(source, target) {
                        let width = width.min(MAX_INTERNAL_EDGE_PIXELS);
                        (1, Line { width, colour: INTERNAL_EDGE, ..line })
                    } else {
                        (2, line)
                    }
                }
                Some(category) => {
                    let look = look(category);
                    let urgent = edge.ties == 0 || category <= Category::SinglePointOfFailure;
                    let line = Line {
                        from,
                        to,
                        width: width.max(CATEGORY_EDGE_PIXELS),
                        colour: look.colour,
                        dashes: look.dashes.clone(),
                        mark: Some(look.symbol.clone()),
                    };
                    (if urgent { 4 } else { 3 }, line)
                }
            };
            if in_focus(source) && in_focus(target) {
                (layer, line)
            } else {
                (0, Line { colour: DIMMED_EDGE, mark: None, ..line })
            }
        })
        .collect();
    lines.sort_by_key(|(layer, _)| *layer);
    let mut dots: Vec<(bool, Dot)> = scene
        .nodes
        .iter()
        .zip(labelled)
        .enumerate()
        .map(|(i, (node, labelled))| {
            let shown = in_focus(i);
            // A marked person is always named, after the symbol of their most urgent mark.
            let mark = node.marks.first().map(|m| mark_look(m.kind));
            let name = match mark {
                Some(look) => format!("{} {}", look.symbol, node.label),
                None => node.label.clone(),
            };
            let dot = Dot {
                key: node.key.clone(),
                x: node.x,
                y: node.y,
                radius: radius(node),
                fill: if shown { Colour::from_hex(&node.colour).unwrap_or(NO_COLOUR) } else { DIMMED_NODE },
                ring: mark.filter(|_| shown).map(|look| look.colour),
                label: (shown && (labelled || mark.is_some() || node.kind == NodeKind::Organisation)).then_some(name),
            };
            (shown, dot)
        })
        .collect();
    // Dimmed discs under the rest.
    dots.sort_by_key(|(shown, _)| *shown);
    let mut caption = vec![view.shown(), view.moment(), view.filters()];
    caption.extend(view.focus());
    Picture {
        title: view.info().name.clone(),
        caption,
        lines: lines.into_iter().map(|(_, line)| line).collect(),
        dots: dots.into_iter().map(|(_, dot)| dot).collect(),
        legend: legend(view),
        note: (view.request.level == ViewLevel::Person).then(|| scale_note(view, max_strength)),
        paper: view.request.page.paper(),
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
    legend.push(LegendEntry {
        colour: PLAIN_EDGE,
        swatch: Swatch::Line { dashes: Vec::new() },
        label: "Ties (wider: stronger)".to_string(),
    });
    for category in Category::ALL {
        let look = look(category);
        legend.push(LegendEntry {
            colour: look.colour,
            swatch: Swatch::Line { dashes: look.dashes.clone() },
            label: format!("{} {}", look.symbol, label(category)),
        });
    }
    legend.extend(person_legend(&view.scene));
    if view.focus.is_some() {
        legend.push(LegendEntry { colour: DIMMED_NODE, swatch: Swatch::Disc, label: "Beyond the focus".to_string() });
    }
    legend
}

/// The person level's marks and bridges the scene holds, each with how many.
fn person_legend(scene: &crate::Scene) -> Vec<LegendEntry> {
    let mut entries: Vec<LegendEntry> = MARK_LOOKS
        .iter()
        .filter_map(|(kind, look)| {
            let people = scene.nodes.iter().filter(|n| n.marks.iter().any(|m| m.kind == *kind)).count();
            (people > 0).then(|| LegendEntry {
                colour: look.colour,
                swatch: Swatch::Disc,
                label: format!("{} {} ({people})", look.symbol, look.label),
            })
        })
        .collect();
    let bridges = scene.edges.iter().filter(|e| e.bridge).count();
    if bridges > 0 {
        entries.push(LegendEntry {
            colour: *BRIDGE_EDGE,
            swatch: Swatch::Line { dashes: Vec::new() },
            label: format!("Bridge: the only route ({bridges})"),
        });
    }
    entries
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_category_is_drawn_as_the_app_stylesheet_says() {
        for category in Category::ALL {
            look_in(APP_CSS, category).unwrap();
        }
        let missing = look(Category::Missing);
        assert_eq!((missing.dashes.as_slice(), missing.symbol.as_str()), ([7.0, 5.0].as_slice(), "✕"));
        assert!(look(Category::SinglePointOfFailure).dashes.is_empty(), "solid");
        let css = ":root {\n  --category-healthy: #187543;\n  --dashes-healthy: 12 4 2;\n  --symbol-healthy: '✓';\n}";
        assert_eq!(look_in(css, Category::Healthy).unwrap_err(), "--dashes-healthy is not dash and gap pairs: 12 4 2");
        assert_eq!(look_in(css, Category::Thin).unwrap_err(), "no --category-thin:");
    }
}
