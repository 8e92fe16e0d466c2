//! A small report through both layouts: the PDF's text (as pdftotext reads
//! it) and the HTML (parsed as XML) hold every section's words.

use crate::hostile::{pdf_text, report_naming, well_formed};

#[test]
fn a_pdf_has_its_title_date_and_page_numbers_and_every_section() {
    let report = report_naming("Ada Lovelace");
    let pdf = bridgework_report::to_pdf(&report).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let info = String::from_utf8(std::process::Command::new("pdfinfo").arg(&path).output().unwrap().stdout).unwrap();
    assert!(info.contains("Title:           Partnership report: Ada Lovelace"), "{info}");
    assert!(info.contains("CreationDate:") && info.contains("2026"), "{info}");
    let text = pdf_text(&pdf);
    for words in [
        "1. Summary",
        "The five most urgent",
        "2. The partnerships",
        "Are we connected at every level?",
        "3. Who holds the partnerships together",
        "4. Change since",
        "5. How far to trust it",
        "Page 1 of",
    ] {
        assert!(text.contains(words), "the PDF lacks \"{words}\":\n{text}");
    }
}

#[test]
fn an_html_report_is_one_well_formed_file_with_no_script_and_nothing_fetched() {
    let html = bridgework_report::to_html(&report_naming("Ada Lovelace"));
    well_formed(&html);
    assert!(!html.to_ascii_lowercase().contains("<script"));
    for fetch in ["src=", "href=", "url(", "@import"] {
        assert!(!html.contains(fetch), "the HTML fetches with {fetch}");
    }
    // The only http in the file is the SVG namespace, which names and fetches nothing.
    assert_eq!(html.matches("http").count(), html.matches("xmlns=\"http://www.w3.org/2000/svg\"").count());
    assert!(html.contains("@media print"));
    assert!(html.contains("<h2 class=\"section\">4. Change since"));
}

#[test]
fn an_empty_report_says_so_in_both_layouts() {
    let mut report = report_naming("Ada Lovelace");
    report.empty = Some("Nothing is recorded yet.".to_string());
    assert!(pdf_text(&bridgework_report::to_pdf(&report).unwrap()).contains("Nothing is recorded yet."));
    let html = bridgework_report::to_html(&report);
    well_formed(&html);
    assert!(html.contains("Nothing is recorded yet.") && !html.contains("1. Summary"));
}
