//! The map picture as a plain model: discs at positions in the layout's
//! units (y growing upwards, as on the canvas), lines between them, a title,
//! caption, legend and note. [`crate::svg`] fits the layout into the
//! drawing; sizes are already in pixels.

use crate::network::Colour;

/// Everything a picture shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Picture {
    pub title: String,
    /// Lines under the title: the map, the day, the filters in words.
    pub caption: Vec<String>,
    /// Drawn in order, under the dots.
    pub lines: Vec<Line>,
    /// Drawn in order, later over earlier.
    pub dots: Vec<Dot>,
    pub legend: Vec<LegendEntry>,
    /// A line at the foot, such as the scale at person level.
    pub note: Option<String>,
    /// The sheet of paper the picture fills; `None`: a page 1280 pixels
    /// wide, as tall as its parts need.
    pub paper: Option<Paper>,
}

/// A sheet of paper, such as A4 landscape (297 × 210 mm).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Paper {
    pub width_mm: f64,
    pub height_mm: f64,
}

/// One node: a disc with a label under it.
#[derive(Debug, Clone, PartialEq)]
pub struct Dot {
    /// The node's key (`org:ID`, …), kept on the disc as `data-key` so tests
    /// and scripts can find a node in the SVG.
    pub key: String,
    pub x: f64,
    pub y: f64,
    /// In pixels.
    pub radius: f64,
    pub fill: Colour,
    /// A ring round the disc in this colour, singling the node out (such as
    /// a person a partner link depends on); `None`: a thin white edge.
    pub ring: Option<Colour>,
    /// Drawn under the disc; long labels are cut with an ellipsis.
    pub label: Option<String>,
}

/// One edge, between two layout positions.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub from: (f64, f64),
    pub to: (f64, f64),
    /// In pixels.
    pub width: f64,
    pub colour: Colour,
    /// Dash and gap lengths in pixels, alternating, dash first (an SVG
    /// `stroke-dasharray`); empty for a solid line.
    pub dashes: Vec<f64>,
    /// A symbol drawn at the line's middle in its colour (a weak-link
    /// category's), so the line reads without its colour.
    pub mark: Option<String>,
}

/// One row of the legend: a swatch and what it means.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendEntry {
    pub colour: Colour,
    pub swatch: Swatch,
    pub label: String,
}

/// The shape a legend entry shows.
#[derive(Debug, Clone, PartialEq)]
pub enum Swatch {
    /// A node's disc.
    Disc,
    /// An edge, solid or with these dash and gap lengths (as [`Line::dashes`]).
    Line { dashes: Vec<f64> },
}
