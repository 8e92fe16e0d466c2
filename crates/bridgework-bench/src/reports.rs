//! The board pack report (`write_report`), everything from the map file to
//! the finished file as `bridgework report` makes it: the demo map's PDF
//! and HTML, and the large map's PDF.

use crate::fixture::Fixture;
use crate::table::Table;
use crate::timing::Samples;
use crate::{Result, Section, TableRows};
use bridgework_api::{Destination, ReportFormat, ReportRequest};
use bridgework_core::Silent;
use serde::Serialize;
use std::path::Path;

#[derive(Debug, Default)]
pub struct Timings {
    demo_pdf: Samples,
    demo_html: Samples,
    large_pdf: Samples,
}

#[derive(Debug, Serialize)]
pub struct Report {
    /// Median seconds of the demo map's report as PDF, from the map file (target < 2 s).
    report_demo_pdf_seconds: f64,
    /// The same as HTML.
    report_demo_html_seconds: f64,
    /// The large map's report as PDF (target < 15 s).
    report_large_pdf_seconds: f64,
}

fn report(map: &Path, fixture: &Fixture, format: ReportFormat, out: &str) -> Result<()> {
    let request = ReportRequest { as_of: Some(fixture.day), ..ReportRequest::default() };
    bridgework_api::write_report(map, &request, format, &Destination::Replace(fixture.path(out)), &Silent)?;
    Ok(())
}

impl Section for Timings {
    type Report = Report;

    fn time(&mut self, fixture: &Fixture, map: &Path) -> Result<()> {
        let demo = &fixture.demo_file;
        self.demo_pdf.time(|| report(demo, fixture, ReportFormat::Pdf, "demo-report.pdf"))?;
        self.demo_html.time(|| report(demo, fixture, ReportFormat::Html, "demo-report.html"))?;
        self.large_pdf.time(|| report(map, fixture, ReportFormat::Pdf, "report.pdf"))?;
        Ok(())
    }

    fn report(&self, _: &Fixture) -> Report {
        Report {
            report_demo_pdf_seconds: self.demo_pdf.seconds(),
            report_demo_html_seconds: self.demo_html.seconds(),
            report_large_pdf_seconds: self.large_pdf.seconds(),
        }
    }
}

impl TableRows for Report {
    fn rows(&self, fixture: &Fixture, table: &mut Table) {
        table.row("report: demo map as PDF, from the map file", self.report_demo_pdf_seconds, "target < 2 s");
        table.row("report: demo map as HTML, from the map file", self.report_demo_html_seconds, "");
        table.row(
            format!("report: {} people as PDF, from the map file", fixture.people),
            self.report_large_pdf_seconds,
            "target < 15 s",
        );
    }
}
