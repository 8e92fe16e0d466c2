//! The picture's SVG read back with roxmltree and rendered by resvg and
//! svg2pdf.

use bridgework_demo::hostile_names;
use bridgework_export::{Colour, Dot, LegendEntry, Line, Picture, Swatch, render, svg};

const BLUE: Colour = Colour { red: 0, green: 0x72, blue: 0xb2 };

fn picture(labels: &[String]) -> Picture {
    let dots: Vec<Dot> = labels
        .iter()
        .enumerate()
        .map(|(i, label)| Dot {
            key: format!("org:{label}"),
            x: (i % 20) as f64 * 10.0,
            y: (i / 20) as f64 * 10.0,
            radius: 6.0,
            fill: BLUE,
            ring: (i % 4 == 0).then_some(BLUE),
            label: Some(label.clone()),
        })
        .collect();
    let lines = (1..dots.len())
        .map(|i| Line {
            from: (dots[i - 1].x, dots[i - 1].y),
            to: (dots[i].x, dots[i].y),
            width: 2.0,
            colour: BLUE,
            dashes: if i % 2 == 0 { vec![7.0, 5.0] } else { Vec::new() },
            mark: (i % 3 == 0).then(|| "①".to_string()),
        })
        .collect();
    Picture {
        title: labels.first().cloned().unwrap_or_default(),
        caption: labels.iter().take(3).cloned().collect(),
        lines,
        dots,
        legend: labels
            .iter()
            .take(5)
            .map(|l| LegendEntry { colour: BLUE, swatch: Swatch::Line { dashes: vec![2.0, 4.0] }, label: l.clone() })
            .collect(),
        note: labels.last().cloned(),
        paper: None,
    }
}

#[test]
fn hostile_names_stay_text_in_a_well_formed_svg() {
    let names = hostile_names();
    let svg = svg::to_svg(&picture(&names));
    let doc = roxmltree::Document::parse(&svg).expect("the SVG parses");
    assert!(doc.descendants().all(|n| !n.has_tag_name("script")), "markup in a name stays text");
    let circles = doc.descendants().filter(|n| n.has_tag_name("circle") && n.attribute("data-key").is_some()).count();
    assert_eq!(circles, names.len());
    // Labels that would overlap are left out, so each name is drawn alone too.
    for name in &names {
        let svg = svg::to_svg(&picture(std::slice::from_ref(name)));
        let doc = roxmltree::Document::parse(&svg).expect("the SVG parses");
        let labels: Vec<&str> = doc
            .descendants()
            .filter(|n| n.has_tag_name("g") && n.attribute("class") == Some("labels"))
            .flat_map(|g| g.children().filter(|c| c.has_tag_name("text")).map(|t| t.text().unwrap_or("")))
            .collect();
        let [label] = labels[..] else { panic!("{name:?} drawn as {labels:?}") };
        let legal = bridgework_export::xml::legal(name);
        let shown: String = legal.chars().take(31).collect();
        assert!(label.starts_with(&shown) || label == legal, "{name:?} drawn as {label:?}");
    }
    // resvg reads it too, text and all, with the shipped font.
    render::tree(&svg).expect("usvg reads the SVG");
}

#[test]
fn the_same_picture_renders_to_the_same_bytes_as_svg_png_and_pdf() {
    let names: Vec<String> = ["North Hospital", "Council & Care", "Hospice <Trust>"].map(String::from).to_vec();
    let svg = svg::to_svg(&picture(&names));
    assert_eq!(svg, svg::to_svg(&picture(&names)));
    let png = render::to_png(&svg, 1.0).unwrap();
    assert_eq!(png, render::to_png(&svg, 1.0).unwrap());
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
    // The IHDR chunk: width then height, big-endian.
    let width = u32::from_be_bytes(png[16..20].try_into().unwrap());
    assert_eq!(width, svg::WIDTH as u32);
    let double = render::to_png(&svg, 2.0).unwrap();
    assert_eq!(u32::from_be_bytes(double[16..20].try_into().unwrap()), 2 * svg::WIDTH as u32);
    let pdf = render::to_pdf(&svg).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    assert_eq!(pdf, render::to_pdf(&svg).unwrap(), "no date or random id in the PDF");
}

#[test]
fn text_is_drawn_with_the_shipped_font_and_not_left_out() {
    let blank = svg::to_svg(&Picture::default());
    let titled = svg::to_svg(&Picture { title: "Partnership map".into(), ..Picture::default() });
    let ink = |svg: &str| render::to_png(svg, 1.0).unwrap();
    assert_ne!(ink(&blank), ink(&titled), "the title is drawn");
}

#[test]
fn the_same_positions_give_the_same_drawing_whatever_else_changes() {
    let names: Vec<String> = ["A", "B", "C"].map(String::from).to_vec();
    let before = picture(&names);
    let mut after = picture(&names);
    after.dots.iter_mut().for_each(|d| d.fill = Colour { red: 200, green: 0, blue: 0 });
    let circles = |p: &Picture| {
        let svg = svg::to_svg(p);
        let doc = roxmltree::Document::parse(&svg).unwrap();
        doc.descendants()
            .filter(|n| n.attribute("data-key").is_some())
            .map(|n| (n.attribute("cx").unwrap().to_string(), n.attribute("cy").unwrap().to_string()))
            .collect::<Vec<_>>()
    };
    assert_eq!(circles(&before), circles(&after));
}

#[test]
fn a_node_higher_in_the_layout_is_drawn_higher_on_the_page_as_on_the_canvas() {
    let dot = |key: &str, y: f64| Dot { key: key.into(), x: 0.0, y, radius: 5.0, fill: BLUE, ring: None, label: None };
    let picture = Picture { dots: vec![dot("low", -10.0), dot("high", 10.0)], ..Picture::default() };
    let svg = svg::to_svg(&picture);
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let cy = |key: &str| -> f64 {
        let circle = doc.descendants().find(|n| n.attribute("data-key") == Some(key)).unwrap();
        circle.attribute("cy").unwrap().parse().unwrap()
    };
    assert!(cy("high") < cy("low"), "SVG's y grows downwards");
}

#[test]
fn a_ringed_disc_is_stroked_in_its_ring_colour_and_the_others_in_white() {
    let red = Colour { red: 0x4d, green: 0x16, blue: 0x3b };
    let dot = |key: &str, ring| Dot { key: key.into(), x: 0.0, y: 0.0, radius: 5.0, fill: BLUE, ring, label: None };
    let picture = Picture { dots: vec![dot("plain", None), dot("marked", Some(red))], ..Picture::default() };
    let svg = svg::to_svg(&picture);
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let stroke = |key: &str| {
        let circle = doc.descendants().find(|n| n.attribute("data-key") == Some(key)).unwrap();
        (circle.attribute("stroke").unwrap().to_string(), circle.attribute("stroke-width").unwrap().to_string())
    };
    assert_eq!(stroke("plain"), ("#ffffff".to_string(), "1".to_string()));
    assert_eq!(stroke("marked"), ("#4d163b".to_string(), "3".to_string()));
}

#[test]
fn labels_never_overlap_and_a_ringed_node_is_named_before_a_larger_one() {
    let red = Colour { red: 0x4d, green: 0x16, blue: 0x3b };
    let dot = |key: &str, x: f64, radius: f64, ring| Dot {
        key: key.into(),
        x,
        y: 0.0,
        radius,
        fill: BLUE,
        ring,
        label: Some(format!("Label {key}")),
    };
    // Two discs on one spot (the larger unringed one first), and one far away.
    let dots = vec![dot("large", 0.0, 9.0, None), dot("marked", 0.0, 5.0, Some(red)), dot("far", 1000.0, 5.0, None)];
    let svg = svg::to_svg(&Picture { dots, ..Picture::default() });
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let labels: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text") && n.parent().and_then(|p| p.attribute("class")) == Some("labels"))
        .filter_map(|n| n.text())
        .collect();
    assert_eq!(labels, ["Label marked", "Label far"]);
}
