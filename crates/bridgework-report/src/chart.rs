//! The self-assessment history as a vector line chart (SVG), one line per
//! attribute over the assessments' dates, scores 1 to 5. The PDF embeds it
//! as an image and the HTML inline, so both draw the same chart.

use crate::content::Assessment;
use quick_xml::escape::escape;
use std::fmt::Write;

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 210.0;
/// The plot's area: left, right, top, bottom.
const PLOT: (f64, f64, f64, f64) = (36.0, 450.0, 14.0, 182.0);
/// One colour per attribute, told apart in grey print too by their markers.
const COLOURS: [&str; 5] = ["#2b6cb0", "#c05621", "#2f855a", "#6b46c1", "#b83280"];

/// The chart of `assessments` (oldest first), each scoring `attributes` in order.
pub fn assessments(attributes: &[String], assessments: &[Assessment]) -> String {
    let (left, right, top, bottom) = PLOT;
    let mut svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="DejaVu Sans" font-size="10">"#
    );
    let y = |score: f64| bottom - (score - 1.0) / 4.0 * (bottom - top);
    let x = |i: usize| match assessments.len() {
        0 | 1 => (left + right) / 2.0,
        n => left + 20.0 + i as f64 * (right - left - 40.0) / (n - 1) as f64,
    };
    for score in 1..=5 {
        let at = y(score as f64);
        let _ = write!(
            svg,
            r##"<line x1="{left}" y1="{at}" x2="{right}" y2="{at}" stroke="#d9dde3" stroke-width="0.8"/><text x="{}" y="{}" text-anchor="end" fill="#555">{score}</text>"##,
            left - 6.0,
            at + 3.5
        );
    }
    // Dates under the axis: every one when they fit, else about eight.
    let step = assessments.len().div_ceil(8).max(1);
    for (i, assessment) in assessments.iter().enumerate().filter(|(i, _)| i % step == 0) {
        let _ = write!(
            svg,
            r##"<text x="{}" y="{}" text-anchor="middle" fill="#555" font-size="9">{}</text>"##,
            x(i),
            bottom + 16.0,
            escape(&assessment.date)
        );
    }
    for (a, attribute) in attributes.iter().enumerate() {
        let colour = COLOURS[a % COLOURS.len()];
        let points: Vec<(f64, f64)> = assessments
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.scores.get(a).map(|&score| (x(i), y(f64::from(score)))))
            .collect();
        if points.len() > 1 {
            let path: Vec<String> = points.iter().map(|(px, py)| format!("{px:.1},{py:.1}")).collect();
            let _ = write!(
                svg,
                r#"<polyline points="{}" fill="none" stroke="{colour}" stroke-width="2"/>"#,
                path.join(" ")
            );
        }
        for (px, py) in &points {
            let _ = write!(svg, "{}", marker(a, *px, *py, colour));
        }
        let ly = top + 6.0 + a as f64 * 18.0;
        let _ = write!(
            svg,
            r##"<line x1="{}" y1="{ly}" x2="{}" y2="{ly}" stroke="{colour}" stroke-width="2"/>{}<text x="{}" y="{}" fill="#222">{}</text>"##,
            right + 16.0,
            right + 36.0,
            marker(a, right + 26.0, ly, colour),
            right + 42.0,
            ly + 3.5,
            escape(attribute)
        );
    }
    svg.push_str("</svg>");
    svg
}

/// A marker of its own shape per attribute: disc, square, diamond, triangle, ring.
fn marker(attribute: usize, x: f64, y: f64, colour: &str) -> String {
    match attribute % 5 {
        0 => format!(r#"<circle cx="{x:.1}" cy="{y:.1}" r="3.5" fill="{colour}"/>"#),
        1 => format!(r#"<rect x="{:.1}" y="{:.1}" width="7" height="7" fill="{colour}"/>"#, x - 3.5, y - 3.5),
        2 => format!(
            r#"<polygon points="{x:.1},{:.1} {:.1},{y:.1} {x:.1},{:.1} {:.1},{y:.1}" fill="{colour}"/>"#,
            y - 4.5,
            x + 4.5,
            y + 4.5,
            x - 4.5
        ),
        3 => format!(
            r#"<polygon points="{x:.1},{:.1} {:.1},{:.1} {:.1},{:.1}" fill="{colour}"/>"#,
            y - 4.5,
            x + 4.5,
            y + 3.5,
            x - 4.5,
            y + 3.5
        ),
        _ => format!(r##"<circle cx="{x:.1}" cy="{y:.1}" r="3.5" fill="#fff" stroke="{colour}" stroke-width="2"/>"##),
    }
}
