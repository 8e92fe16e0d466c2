//! The picture as SVG: a white page with the title and caption at the top,
//! the map on the left, the legend on the right and the note at the foot.
//!
//! The map's layout is scaled to fit its area, keeping its proportions: the
//! same positions give the same drawing, so pictures of two states of a map
//! whose nodes keep their places line up. Text is DejaVu Sans, the font
//! [`crate::render`] ships, and every name is text, escaped by the writer.

use crate::picture::{Dot, LegendEntry, Picture, Swatch};
use crate::render::FONT;
use crate::xml::legal;
use quick_xml::Writer;
use quick_xml::events::BytesText;
use std::io;
use std::sync::OnceLock;

/// The page's width, in pixels (CSS pixels: 96 to the inch).
pub const WIDTH: f64 = 1280.0;
const MARGIN: f64 = 32.0;
const LEGEND_WIDTH: f64 = 320.0;
/// The map's area, below the caption and left of the legend.
const MAP_HEIGHT: f64 = 820.0;
/// The least height of the map's area on paper.
const MIN_MAP_HEIGHT: f64 = 200.0;
const TITLE_SIZE: f64 = 26.0;
const CAPTION_SIZE: f64 = 14.0;
const LABEL_SIZE: f64 = 11.0;
/// A line's mark (a weak-link category's symbol).
const MARK_SIZE: f64 = 13.0;
/// The stroke of a disc's ring, wide enough to read at a glance.
const RING_WIDTH: &str = "3";
const LEGEND_ROW: f64 = 24.0;
/// Labels longer than this many characters are cut with an ellipsis.
const LABEL_CHARS: usize = 32;
const LEGEND_SIZE: f64 = 12.0;
const LEGEND_CHARS: usize = 38;
/// The family [`crate::render`] loads; SVG viewers without it fall back to a sans-serif.
pub const FONT_FAMILY: &str = "DejaVu Sans, sans-serif";
const INK: &str = "#1d2939";
const MUTED: &str = "#475467";

/// The picture as an SVG document.
pub fn to_svg(picture: &Picture) -> String {
    let mut out = Vec::with_capacity(4096 + 160 * (picture.dots.len() + picture.lines.len()));
    write(picture, &mut out).expect("writing to memory cannot fail");
    String::from_utf8(out).expect("the writer writes UTF-8")
}

/// How the picture's parts are placed on the page.
struct Page {
    map_top: f64,
    height: f64,
    /// The page's size as the SVG's `width` and `height` give it: its pixels,
    /// or the paper's millimetres (the drawing is then scaled to the paper).
    size: (String, String),
    /// Layout units to pixels: `x = offset.0 + scale * x`, `y = offset.1 - scale * y`.
    scale: f64,
    offset: (f64, f64),
}

impl Page {
    fn of(picture: &Picture) -> Page {
        let map_top = MARGIN + TITLE_SIZE + 12.0 + picture.caption.len() as f64 * (CAPTION_SIZE + 6.0) + 16.0;
        let legend_height = picture.legend.len() as f64 * LEGEND_ROW + 30.0;
        let note = if picture.note.is_some() { CAPTION_SIZE + 16.0 } else { 0.0 };
        let (height, map_height, size) = match picture.paper {
            None => {
                let height = (map_top + MAP_HEIGHT.max(legend_height) + note + MARGIN).ceil();
                (height, MAP_HEIGHT, (n(WIDTH), n(height)))
            }
            Some(paper) => {
                // The page keeps its 1280 units' width and takes the paper's proportions; the map
                // gets the height left, with at least room for a few rows of nodes.
                let height = (WIDTH * paper.height_mm / paper.width_mm).round();
                let map_height = (height - map_top - note - MARGIN).max(MIN_MAP_HEIGHT);
                (height, map_height, (format!("{}mm", n(paper.width_mm)), format!("{}mm", n(paper.height_mm))))
            }
        };
        // The layout's extent, with room for each disc and its label.
        let mut low = (f64::INFINITY, f64::INFINITY);
        let mut high = (f64::NEG_INFINITY, f64::NEG_INFINITY);
        for dot in &picture.dots {
            low = (low.0.min(dot.x), low.1.min(dot.y));
            high = (high.0.max(dot.x), high.1.max(dot.y));
        }
        let room = 40.0; // pixels around the extent for discs and labels
        let width = WIDTH - 2.0 * MARGIN - LEGEND_WIDTH - 2.0 * room;
        let height_left = map_height - 2.0 * room;
        let (span_x, span_y) = (high.0 - low.0, high.1 - low.1);
        let scale = if span_x > 0.0 || span_y > 0.0 {
            let fit = |span: f64, pixels: f64| if span > 0.0 { pixels / span } else { f64::INFINITY };
            fit(span_x, width).min(fit(span_y, height_left))
        } else {
            1.0
        };
        let centre = if low.0.is_finite() { ((low.0 + high.0) / 2.0, (low.1 + high.1) / 2.0) } else { (0.0, 0.0) };
        let middle = (MARGIN + room + width / 2.0, map_top + room + height_left / 2.0);
        Page { map_top, height, size, scale, offset: (middle.0 - scale * centre.0, middle.1 + scale * centre.1) }
    }

    /// A layout position on the page. The layout's y grows upwards, as on
    /// the canvas (sigma) and in Gephi; the page's grows downwards.
    fn place(&self, (x, y): (f64, f64)) -> (f64, f64) {
        (self.offset.0 + self.scale * x, self.offset.1 - self.scale * y)
    }
}

/// A coordinate as the SVG writes it: two decimals, enough for a pixel.
fn n(value: f64) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    // -0 prints as "-0".
    if rounded == 0.0 { "0".to_string() } else { rounded.to_string() }
}

fn write(picture: &Picture, out: &mut Vec<u8>) -> io::Result<()> {
    let page = Page::of(picture);
    let mut xml = Writer::new_with_indent(out, b' ', 1);
    xml.create_element("svg")
        .with_attribute(("xmlns", "http://www.w3.org/2000/svg"))
        .with_attribute(("width", &*page.size.0))
        .with_attribute(("height", &*page.size.1))
        .with_attribute(("viewBox", &*format!("0 0 {} {}", n(WIDTH), n(page.height))))
        .with_attribute(("font-family", FONT_FAMILY))
        .write_inner_content(|xml| {
            xml.create_element("title").write_text_content(BytesText::new(&legal(&picture.title)))?;
            xml.create_element("rect")
                .with_attribute(("width", "100%"))
                .with_attribute(("height", "100%"))
                .with_attribute(("fill", "#ffffff"))
                .write_empty()?;
            let mut y = MARGIN + TITLE_SIZE;
            text(xml, MARGIN, y, TITLE_SIZE, INK, "start", &picture.title)?;
            y += 12.0;
            for line in &picture.caption {
                y += CAPTION_SIZE + 6.0;
                text(xml, MARGIN, y, CAPTION_SIZE, MUTED, "start", line)?;
            }
            xml.create_element("g").with_attribute(("class", "edges")).write_inner_content(|xml| {
                for line in &picture.lines {
                    let (from, to) = (page.place(line.from), page.place(line.to));
                    let element = xml
                        .create_element("line")
                        .with_attribute(("x1", &*n(from.0)))
                        .with_attribute(("y1", &*n(from.1)))
                        .with_attribute(("x2", &*n(to.0)))
                        .with_attribute(("y2", &*n(to.1)))
                        .with_attribute(("stroke", &*line.colour.to_string()))
                        .with_attribute(("stroke-width", &*n(line.width)));
                    if line.dashes.is_empty() {
                        element.write_empty()?;
                    } else {
                        element.with_attribute(("stroke-dasharray", &*dash_array(&line.dashes))).write_empty()?;
                    }
                }
                Ok(())
            })?;
            // The lines' marks over every line, so no line covers another's.
            xml.create_element("g").with_attribute(("class", "marks")).write_inner_content(|xml| {
                for line in &picture.lines {
                    if let Some(mark) = &line.mark {
                        let (from, to) = (page.place(line.from), page.place(line.to));
                        let (x, y) = ((from.0 + to.0) / 2.0, (from.1 + to.1) / 2.0);
                        haloed(xml, x, y + MARK_SIZE / 3.0, MARK_SIZE, &line.colour.to_string(), mark)?;
                    }
                }
                Ok(())
            })?;
            xml.create_element("g").with_attribute(("class", "nodes")).write_inner_content(|xml| {
                for dot in &picture.dots {
                    let (x, y) = page.place((dot.x, dot.y));
                    xml.create_element("circle")
                        .with_attribute(("data-key", &*legal(&dot.key)))
                        .with_attribute(("cx", &*n(x)))
                        .with_attribute(("cy", &*n(y)))
                        .with_attribute(("r", &*n(dot.radius)))
                        .with_attribute(("fill", &*dot.fill.to_string()))
                        .with_attribute(("stroke", &*dot.ring.map_or("#ffffff".to_string(), |c| c.to_string())))
                        .with_attribute(("stroke-width", if dot.ring.is_some() { RING_WIDTH } else { "1" }))
                        .write_empty()?;
                }
                Ok(())
            })?;
            xml.create_element("g").with_attribute(("class", "labels")).write_inner_content(|xml| {
                // Labels never overlap, which would make both unreadable: the
                // singled-out nodes (a ring) are named first, then larger
                // before smaller, and a label that would cover one already
                // set is left out.
                let mut order: Vec<(&Dot, &String)> =
                    picture.dots.iter().filter_map(|dot| Some((dot, dot.label.as_ref()?))).collect();
                order.sort_by(|(a, _), (b, _)| {
                    a.ring.is_none().cmp(&b.ring.is_none()).then(b.radius.total_cmp(&a.radius))
                });
                let mut set: Vec<Rect> = Vec::new();
                for (dot, text) in order {
                    let (x, y) = page.place((dot.x, dot.y));
                    let text = cut(text, LABEL_CHARS);
                    let width = text_width(&text, LABEL_SIZE);
                    let (x, y) = (on_the_map(x, width), y + dot.radius + LABEL_SIZE + 2.0);
                    let rect =
                        Rect { left: x - width / 2.0, top: y - LABEL_SIZE, right: x + width / 2.0, bottom: y + 3.0 };
                    if set.iter().any(|other| other.overlaps(&rect)) {
                        continue;
                    }
                    set.push(rect);
                    label(xml, x, y, &text)?;
                }
                Ok(())
            })?;
            legend(xml, &page, &picture.legend)?;
            if let Some(note) = &picture.note {
                text(xml, MARGIN, page.height - MARGIN, CAPTION_SIZE, MUTED, "start", note)?;
            }
            Ok(())
        })?;
    Ok(())
}

fn legend(xml: &mut Writer<&mut Vec<u8>>, page: &Page, entries: &[LegendEntry]) -> io::Result<()> {
    let left = WIDTH - MARGIN - LEGEND_WIDTH + 16.0;
    xml.create_element("g").with_attribute(("class", "legend")).write_inner_content(|xml| {
        let mut y = page.map_top + 18.0;
        text(xml, left, y, CAPTION_SIZE, INK, "start", "Legend")?;
        for entry in entries {
            y += LEGEND_ROW;
            let middle = y - CAPTION_SIZE / 3.0;
            let colour = entry.colour.to_string();
            match &entry.swatch {
                Swatch::Disc => {
                    xml.create_element("circle")
                        .with_attribute(("cx", &*n(left + 10.0)))
                        .with_attribute(("cy", &*n(middle)))
                        .with_attribute(("r", "6"))
                        .with_attribute(("fill", &*colour))
                        .write_empty()?;
                }
                Swatch::Line { dashes } => {
                    let element = xml
                        .create_element("line")
                        .with_attribute(("x1", &*n(left)))
                        .with_attribute(("y1", &*n(middle)))
                        .with_attribute(("x2", &*n(left + 22.0)))
                        .with_attribute(("y2", &*n(middle)))
                        .with_attribute(("stroke", &*colour))
                        .with_attribute(("stroke-width", "3"));
                    if dashes.is_empty() {
                        element.write_empty()?;
                    } else {
                        element.with_attribute(("stroke-dasharray", &*dash_array(dashes))).write_empty()?;
                    }
                }
            }
            text(xml, left + 32.0, y, LEGEND_SIZE, INK, "start", &cut(&entry.label, LEGEND_CHARS))?;
        }
        Ok(())
    })?;
    Ok(())
}

/// Dash and gap lengths as a `stroke-dasharray`.
fn dash_array(dashes: &[f64]) -> String {
    dashes.iter().map(|&d| n(d)).collect::<Vec<_>>().join(" ")
}

/// A label's box on the page, in pixels.
struct Rect {
    left: f64,
    top: f64,
    right: f64,
    bottom: f64,
}

impl Rect {
    fn overlaps(&self, other: &Rect) -> bool {
        self.left < other.right && other.left < self.right && self.top < other.bottom && other.top < self.bottom
    }
}

/// Text on the map, with a white halo so that it reads over lines.
fn label(xml: &mut Writer<&mut Vec<u8>>, x: f64, y: f64, content: &str) -> io::Result<()> {
    haloed(xml, x, y, LABEL_SIZE, INK, content)
}

/// Text centred at `x` in `fill`, with a white halo so that it reads over lines.
fn haloed(xml: &mut Writer<&mut Vec<u8>>, x: f64, y: f64, size: f64, fill: &str, content: &str) -> io::Result<()> {
    xml.create_element("text")
        .with_attribute(("x", &*n(x)))
        .with_attribute(("y", &*n(y)))
        .with_attribute(("font-size", &*n(size)))
        .with_attribute(("fill", fill))
        .with_attribute(("text-anchor", "middle"))
        .with_attribute(("stroke", "#ffffff"))
        .with_attribute(("stroke-width", "3"))
        .with_attribute(("stroke-linejoin", "round"))
        .with_attribute(("paint-order", "stroke"))
        .write_text_content(BytesText::new(&legal(content)))?;
    Ok(())
}

fn text(
    xml: &mut Writer<&mut Vec<u8>>,
    x: f64,
    y: f64,
    size: f64,
    fill: &str,
    anchor: &str,
    content: &str,
) -> io::Result<()> {
    xml.create_element("text")
        .with_attribute(("x", &*n(x)))
        .with_attribute(("y", &*n(y)))
        .with_attribute(("font-size", &*n(size)))
        .with_attribute(("fill", fill))
        .with_attribute(("text-anchor", anchor))
        .write_text_content(BytesText::new(&legal(content)))?;
    Ok(())
}

/// Where a label `width` pixels wide, centred under a disc at `x`, is set so
/// that it stays on the map's area: a node at the map's edge keeps its
/// label whole, off the page's edge and out of the legend.
fn on_the_map(x: f64, width: f64) -> f64 {
    let (left, right) = (MARGIN, WIDTH - MARGIN - LEGEND_WIDTH);
    if width >= right - left {
        return (left + right) / 2.0;
    }
    x.clamp(left + width / 2.0, right - width / 2.0)
}

/// How wide `text` is, in pixels, set in the shipped font at `size`.
fn text_width(text: &str, size: f64) -> f64 {
    static FACE: OnceLock<Option<ttf_parser::Face<'static>>> = OnceLock::new();
    let Some(face) = FACE.get_or_init(|| ttf_parser::Face::parse(FONT, 0).ok()) else {
        // Not reached with the shipped font; an average letter's width otherwise.
        return text.chars().count() as f64 * size * 0.6;
    };
    let advance = |c: char| {
        let glyph = face.glyph_index(c).unwrap_or(ttf_parser::GlyphId(0));
        f64::from(face.glyph_hor_advance(glyph).unwrap_or(0))
    };
    text.chars().map(advance).sum::<f64>() * size / f64::from(face.units_per_em())
}

/// A label cut to `chars` characters.
fn cut(label: &str, chars: usize) -> String {
    if label.chars().count() <= chars {
        return label.to_string();
    }
    let mut cut: String = label.chars().take(chars - 1).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_at_the_map_s_edge_stays_whole_on_the_map_and_out_of_the_legend() {
        let width = text_width("Medicine & Integrated Care", LABEL_SIZE);
        assert!((120.0..200.0).contains(&width), "DejaVu Sans at 11 px sets it about 160 px wide, not {width}");
        let left = on_the_map(10.0, width);
        assert!((left - width / 2.0 - MARGIN).abs() < 1e-9, "flush with the left margin");
        let right = on_the_map(WIDTH - LEGEND_WIDTH, width);
        assert!((right + width / 2.0 - (WIDTH - MARGIN - LEGEND_WIDTH)).abs() < 1e-9, "flush with the legend's edge");
        assert_eq!(on_the_map(400.0, width), 400.0, "a label with room stays centred under its disc");
        assert!(text_width("WWW", LABEL_SIZE) > text_width("iii", LABEL_SIZE), "widths come from the font");
    }
}
