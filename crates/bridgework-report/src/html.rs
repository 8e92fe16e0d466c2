//! The report as one self-contained HTML file: inline CSS (with print
//! rules, so it prints as it reads), the map and the charts as inline SVG,
//! no script and nothing fetched from anywhere. Every string of the content
//! model passes through quick-xml's escaping, so a name is always text; the
//! file is also well-formed XML, which the tests check by parsing it.

use crate::chart;
use crate::content::{Heatmap, PartnershipSection, Report};
use bridgework_export::xml::legal;
use quick_xml::escape::escape;
use std::fmt::Write;

const STYLE: &str = r#"
:root { --ink: #1f2a44; --muted: #5b6270; --rule: #d9dde3; }
body { font-family: "DejaVu Sans", Verdana, sans-serif; font-size: 10pt; color: #222; max-width: 60rem; margin: 2rem auto; padding: 0 1.5rem; line-height: 1.45; overflow-wrap: anywhere; }
h1 { font-size: 20pt; color: var(--ink); margin-bottom: 0.2rem; }
h2 { font-size: 15pt; color: var(--ink); border-bottom: 1px solid var(--rule); padding-bottom: 0.2rem; margin-top: 2rem; }
h3 { font-size: 12pt; color: var(--ink); margin-top: 1.5rem; }
h4 { font-size: 10pt; margin: 1rem 0 0.4rem; }
.muted { color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
th, td { text-align: left; vertical-align: top; padding: 0.25rem 0.4rem; border-bottom: 1px solid var(--rule); }
th { border-bottom: 1px solid #777; }
td.n { text-align: right; }
.category { font-weight: bold; white-space: nowrap; }
.dot { display: inline-block; width: 0.7em; height: 0.7em; border-radius: 50%; margin-right: 0.3em; vertical-align: -0.05em; }
.urgent { margin: 0.8rem 0; page-break-inside: avoid; break-inside: avoid; }
.heat td, .heat th { text-align: center; font-size: 8.5pt; }
.heat td:first-child, .heat th:first-child { text-align: left; }
.facts th { width: 9rem; border: none; }
.facts td { border: none; }
.better { color: #067647; } .worse { color: #b42318; }
svg { max-width: 100%; height: auto; }
.partnership, .section { break-before: page; page-break-before: always; }
@media print {
  body { margin: 0; max-width: none; font-size: 9.5pt; }
  @page { size: A4; margin: 1.8cm; }
  .heat, .urgent, figure { break-inside: avoid; page-break-inside: avoid; }
}
"#;

/// The report as an HTML document.
pub fn to_html(report: &Report) -> String {
    let mut out = String::with_capacity(64 * 1024);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><meta name=\"date\" content=\"{}\"/><title>{}</title><style>{STYLE}</style></head><body>",
        text(&report.as_of),
        text(&report.title)
    );
    let _ = write!(
        out,
        "<h1>{}</h1><p class=\"muted\">{}, as of {}. Made by Bridgework from the map's own records and analyses.</p>",
        text(&report.title),
        text(&report.moment),
        text(&report.as_of)
    );
    if let Some(empty) = &report.empty {
        let _ = write!(out, "<h2>Nothing to report yet</h2><p>{}</p>", text(empty));
    } else {
        summary(&mut out, report);
        let _ = write!(out, "<h2 class=\"section\">2. The partnerships</h2>");
        if report.partnerships.is_empty() {
            out.push_str("<p>The map records no partnership yet.</p>");
        }
        for partnership in &report.partnerships {
            section(&mut out, partnership);
        }
        structure(&mut out, report);
        changes(&mut out, report);
        trust(&mut out, report);
    }
    let _ =
        writeln!(out, "<p class=\"muted\">{}, as of {}.</p></body></html>", text(&report.title), text(&report.as_of));
    out
}

/// Escaped for text and attribute values alike, with what XML cannot hold
/// replaced (the export's rule), so the file stays well-formed XML.
fn text(value: &str) -> String {
    escape(legal(value).as_ref()).into_owned()
}

fn category(label: &str, colour: &str) -> String {
    format!(
        "<span class=\"category\" style=\"color:{c}\"><span class=\"dot\" style=\"background:{c}\"></span>{}</span>",
        text(label),
        c = text(colour)
    )
}

fn list(out: &mut String, items: &[String]) {
    out.push_str("<ul>");
    for item in items {
        let _ = write!(out, "<li>{}</li>", text(item));
    }
    out.push_str("</ul>");
}

fn summary(out: &mut String, report: &Report) {
    let s = &report.summary;
    let names = if s.partnerships.is_empty() { "none recorded".to_string() } else { s.partnerships.join(", ") };
    let _ = write!(
        out,
        "<h2>1. Summary</h2><p><strong>Partnerships in scope:</strong> {}</p><p>{}</p>",
        text(&names),
        text(&s.scope)
    );
    out.push_str("<table><thead><tr><th>Category</th><th>Links</th><th>What it means</th></tr></thead><tbody>");
    for c in &s.categories {
        let _ = write!(
            out,
            "<tr><td>{}</td><td class=\"n\">{}</td><td>{}</td></tr>",
            category(&c.label, &c.colour),
            c.count,
            text(&c.meaning)
        );
    }
    let _ = write!(out, "<tr><th>All partner links</th><th class=\"n\">{}</th><th></th></tr></tbody></table>", s.links);
    out.push_str("<h3>The five most urgent</h3>");
    if s.urgent.is_empty() {
        out.push_str("<p>No partner link needs attention.</p>");
    }
    for (i, u) in s.urgent.iter().enumerate() {
        let _ = write!(
            out,
            "<div class=\"urgent\"><strong>{}. {} – {}</strong> {}<br/>{}<br/><strong>Action:</strong> {}",
            i + 1,
            text(&u.a),
            text(&u.b),
            category(&u.label, &u.colour),
            text(&u.reason),
            text(&u.action)
        );
        if !u.people.is_empty() {
            let _ = write!(out, "<br/><span class=\"muted\">People: {}</span>", text(&u.people.join(", ")));
        }
        out.push_str("</div>");
    }
    if let Some(changes) = &report.changes {
        let _ = write!(out, "<h3>Since {}</h3>", text(&changes.since));
        list(out, &s.changes);
    }
}

fn section(out: &mut String, p: &PartnershipSection) {
    let or_not = |value: &Option<String>| match value {
        Some(v) => text(v),
        None => "<span class=\"muted\">not recorded</span>".to_string(),
    };
    let _ = write!(
        out,
        "<div class=\"partnership\"><h3>{}</h3><table class=\"facts\"><tr><th>Model</th><td>{}</td></tr><tr><th>Purpose</th><td>{}</td></tr><tr><th>Started</th><td>{}</td></tr><tr><th>Organisations</th><td>{}</td></tr></table>",
        text(&p.name),
        or_not(&p.model),
        or_not(&p.purpose),
        or_not(&p.started),
        text(&p.organisations.join(", "))
    );
    out.push_str("<h4>Self-assessment</h4>");
    if p.assessments.is_empty() {
        out.push_str("<p>No self-assessment recorded yet.</p>");
    } else {
        let _ = write!(out, "<figure>{}</figure>", chart::assessments(&p.attributes, &p.assessments));
    }
    let _ = write!(out, "<h4>The map of its organisations</h4><figure>{}</figure>", inline_svg(&p.map_svg));
    out.push_str("<h4>Are we connected at every level?</h4>");
    if p.coverage.is_empty() {
        out.push_str("<p>It joins fewer than two organisations of the map.</p>");
    }
    for heatmap in &p.coverage {
        coverage(out, heatmap);
    }
    out.push_str("<h4>Partner links</h4>");
    if p.links.is_empty() {
        out.push_str("<p>No partner links between its organisations.</p>");
    } else {
        out.push_str(
            "<table><thead><tr><th>Link</th><th>Category</th><th>Why</th><th>What to do</th></tr></thead><tbody>",
        );
        for l in &p.links {
            let _ = write!(
                out,
                "<tr><td>{} – {}{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                text(&l.a),
                text(&l.b),
                if l.declared { " <span class=\"muted\">(declared)</span>" } else { "" },
                category(&l.label, &l.colour),
                text(&l.reason),
                text(&l.action)
            );
        }
        out.push_str("</tbody></table>");
        if let Some(left_out) = &p.links_not_listed {
            let _ = write!(out, "<p class=\"muted\">{}</p>", text(left_out));
        }
    }
    out.push_str("</div>");
}

/// The export's SVG document, as an element of the page (an XML
/// declaration may only begin a file).
fn inline_svg(svg: &str) -> &str {
    match svg.strip_prefix("<?xml") {
        Some(rest) => rest.split_once("?>").map_or(svg, |(_, body)| body.trim_start()),
        None => svg,
    }
}

fn coverage(out: &mut String, h: &Heatmap) {
    let most = h.counts.iter().flatten().copied().max().unwrap_or(0).max(1);
    let _ = write!(
        out,
        "<p><strong>{a} – {b}</strong>: {} direct ties, {}. Rows: {a}; columns: {b}.</p><table class=\"heat\"><thead><tr><th></th>",
        h.direct_ties,
        text(&h.label),
        a = text(&h.a),
        b = text(&h.b)
    );
    for level in &h.levels {
        let _ = write!(out, "<th>{}</th>", text(level));
    }
    out.push_str("</tr></thead><tbody>");
    for (level, row) in h.levels.iter().zip(&h.counts) {
        let _ = write!(out, "<tr><th>{}</th>", text(level));
        for &n in row {
            if n == 0 {
                out.push_str("<td style=\"background:#f6f6f6\" class=\"muted\">·</td>");
            } else {
                let alpha = 0.25 + 0.75 * f64::from(n) / f64::from(most);
                let _ = write!(out, "<td style=\"background:rgba(43,108,176,{alpha:.2})\">{n}</td>");
            }
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
}

fn structure(out: &mut String, report: &Report) {
    let s = &report.structure;
    out.push_str("<h2 class=\"section\">3. Who holds the partnerships together</h2><h3>If they leave</h3>");
    if s.cut_points.is_empty() {
        out.push_str("<p>Nobody's leaving would cut anyone off: everyone has another route.</p>");
    } else {
        list(out, &s.cut_points);
    }
    out.push_str("<h3>The top brokers</h3>");
    if s.brokers.is_empty() {
        out.push_str("<p>Nobody lies on routes between others.</p>");
    } else {
        out.push_str("<table><thead><tr><th>Person</th><th>Team</th><th>Routes through them</th><th>Contacts</th></tr></thead><tbody>");
        for b in &s.brokers {
            let _ = write!(
                out,
                "<tr><td>{}</td><td>{}</td><td class=\"n\">{:.1}%</td><td class=\"n\">{}</td></tr>",
                text(&b.name),
                text(&b.place),
                b.betweenness * 100.0,
                b.contacts
            );
        }
        out.push_str("</tbody></table>");
        if !s.brokers_estimated.is_empty() {
            let _ = write!(out, "<p class=\"muted\">{}</p>", text(&s.brokers_estimated));
        }
    }
    let _ = write!(out, "<h3>Communities and organisations</h3><p>{}</p>", text(&s.communities_sentence));
    if !s.communities.is_empty() {
        out.push_str("<table><thead><tr><th>Community</th><th>People</th><th>Where they work</th></tr></thead><tbody>");
        for c in &s.communities {
            let _ = write!(
                out,
                "<tr><td>{}</td><td class=\"n\">{}</td><td>{}</td></tr>",
                c.number,
                c.size,
                text(&c.organisations)
            );
        }
        out.push_str("</tbody></table>");
    }
}

fn changes(out: &mut String, report: &Report) {
    let Some(c) = &report.changes else { return };
    let _ = write!(
        out,
        "<h2 class=\"section\">4. Change since {since}</h2><p>Compared: {since} with {}.</p><table><thead><tr><th>Change</th><th>Count</th></tr></thead><tbody>",
        text(&c.until),
        since = text(&c.since)
    );
    let counts = [
        ("People joined", c.counts.joined),
        ("People left", c.counts.left),
        ("Ties gained", c.counts.ties_gained),
        ("Ties lost", c.counts.ties_lost),
        ("Ties strengthened", c.counts.ties_strengthened),
        ("Ties weakened", c.counts.ties_weakened),
        ("Team pairs whose category moved", c.counts.team_pairs_changed),
        ("Organisation pairs whose category moved", c.counts.organisation_pairs_changed),
    ];
    for (what, n) in counts {
        let _ = write!(out, "<tr><td>{what}</td><td class=\"n\">{n}</td></tr>");
    }
    out.push_str("</tbody></table>");
    if !c.joined.is_empty() {
        out.push_str("<h4>Joined</h4>");
        list(out, &c.joined);
    }
    if !c.left.is_empty() {
        out.push_str("<h4>Left</h4>");
        list(out, &c.left);
    }
    if !c.moved.is_empty() {
        out.push_str("<h4>Pairs whose category moved</h4><table><thead><tr><th>Pair</th><th>Before</th><th>After</th><th></th></tr></thead><tbody>");
        for m in &c.moved {
            let verdict = match m.better {
                Some(true) => "<span class=\"better\">better</span>",
                Some(false) => "<span class=\"worse\">worse</span>",
                None => "",
            };
            let _ = write!(
                out,
                "<tr><td>{} – {}</td><td>{}</td><td>{}</td><td>{verdict}</td></tr>",
                text(&m.a),
                text(&m.b),
                text(&m.before),
                text(&m.after)
            );
        }
        out.push_str("</tbody></table>");
    }
}

fn trust(out: &mut String, report: &Report) {
    let number = if report.changes.is_some() { 5 } else { 4 };
    let _ = write!(
        out,
        "<h2 class=\"section\">{number}. How far to trust it</h2><p>The findings are for {}. They rest on what the map records; where the records are thin, so are the findings.</p><h3>Data health</h3><ul>",
        text(&report.as_of)
    );
    for c in &report.trust.checks {
        let mark = if c.passed { "<span class=\"better\">✓</span>" } else { "<span class=\"worse\">!</span>" };
        let _ = write!(out, "<li>{mark} {}</li>", text(&c.sentence));
    }
    out.push_str("</ul><h3>How strength is worked out</h3>");
    list(out, &report.trust.strength_model);
    out.push_str("<h3>When a link is placed in a category</h3>");
    list(out, &report.trust.thresholds);
}
