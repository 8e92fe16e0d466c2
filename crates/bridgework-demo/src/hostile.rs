//! Names as an attacker or a clumsy spreadsheet would write them, for the
//! tests that every format keeps a name as text and reads it back.

/// 200+ hostile strings: markup, quotes, ampersands, entities, control and
/// bidirectional characters, formulas, emoji, combining marks and very long
/// names, alone and in combination.
pub fn hostile_names() -> Vec<String> {
    let pieces = [
        "<script>alert(1)</script>",
        "</text><text>",
        "]]>",
        "<![CDATA[x]]>",
        "<!-- c -->",
        "<?xml version=\"1.0\"?>",
        "&amp;",
        "&",
        "&#0;",
        "&lt;",
        "\"quoted\"",
        "'single'",
        "a\"b'c",
        "=HYPERLINK(\"http://x\",\"y\")",
        "+1",
        "-2+3",
        "@SUM(A1)",
        "\tTab",
        "\rCR",
        "line\nbreak",
        "line\r\nbreak",
        "bell\u{7}",
        "esc\u{1b}[31mred\u{1b}[0m",
        "osc\u{1b}]0;title\u{7}",
        "del\u{7f}",
        "c1\u{85}\u{9b}",
        "\u{202e}evil\u{202c}",
        "\u{2066}isolate\u{2069}",
        "\u{200f}rtl\u{200e}",
        "\u{200b}zero\u{200d}width",
        "\u{feff}bom",
        "\u{fffe}\u{ffff}",
        "😀👩‍👩‍👧‍👦🏳️‍🌈",
        "e\u{301}\u{301}\u{301}",
        "Zoë Ågård Łukasz",
        "日本語の名前",
        "مرحبا",
        "{\"json\": [1, 2]}",
        "x; y; z",
        "a,b,c",
        "back\\slash",
        "%s%n%x",
        "${jndi:ldap://x}",
        "NaN",
        "-inf",
        "1e309",
        "null",
        " spaced ",
        "Robert'); DROP TABLE people;--",
        "<svg onload=alert(1)>",
        "\u{2028}line\u{2029}paragraph",
    ];
    let mut names: Vec<String> = pieces.iter().map(|p| p.to_string()).collect();
    for (i, a) in pieces.iter().enumerate() {
        let b = pieces[(i * 7 + 3) % pieces.len()];
        let c = pieces[(i * 11 + 5) % pieces.len()];
        names.push(format!("{a}{b}"));
        names.push(format!("{c} and {a}"));
        names.push(format!("Name {i} {a}"));
    }
    names.push("L".repeat(10_000));
    names.push("<&>\"'".repeat(2_000));
    names.push("😀".repeat(3_000));
    names
}
