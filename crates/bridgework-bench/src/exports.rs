//! Exports from the map the app has open (`export_open`): on the large map,
//! the organisation-level picture as SVG and as PDF, the person-level
//! GraphML of every tie, and the .xlsx workbook; on the demo map, every
//! format, reporting the slowest.

use crate::fixture::Fixture;
use crate::table::Table;
use crate::timing::Samples;
use crate::{Result, Section, TableRows};
use bridgework_api::{Destination, ExportFormat, ExportRequest, MapSession, ViewLevel};
use bridgework_core::Silent;
use serde::Serialize;
use std::path::Path;

/// Every format, for the demo map's row.
const FORMATS: [ExportFormat; 8] = [
    ExportFormat::Svg,
    ExportFormat::Png,
    ExportFormat::Pdf,
    ExportFormat::Graphml,
    ExportFormat::Gexf,
    ExportFormat::Xlsx,
    ExportFormat::Csv,
    ExportFormat::Json,
];

#[derive(Debug, Default)]
pub struct Timings {
    svg: Samples,
    pdf: Samples,
    graphml: Samples,
    graphml_bytes: u64,
    xlsx: Samples,
    /// The slowest of the demo map's exports, each run.
    demo: Samples,
    demo_slowest: Option<ExportFormat>,
}

#[derive(Debug, Serialize)]
pub struct Report {
    /// Median seconds of the large map's organisation-level picture as SVG (target < 0.5 s).
    export_svg_seconds: f64,
    /// The same picture as PDF, from its SVG (target < 1 s).
    export_pdf_seconds: f64,
    /// Person-level GraphML of every tie of the large map (target < 3 s).
    export_graphml_seconds: f64,
    export_graphml_bytes: u64,
    /// Every table of the large map as an .xlsx workbook (target < 5 s).
    export_xlsx_seconds: f64,
    /// The slowest export of the demo map, in any format (target < 0.3 s).
    export_demo_slowest_seconds: f64,
    export_demo_slowest_format: Option<ExportFormat>,
}

/// Exports `format` of the open map at `level` to `out`.
fn export(session: &MapSession, format: ExportFormat, level: ViewLevel, out: &Path) -> Result<()> {
    let request = ExportRequest { level, ..ExportRequest::new(format) };
    bridgework_api::export_open(session, &request, &Destination::Replace(out.to_path_buf()), &Silent)?;
    Ok(())
}

impl Section for Timings {
    type Report = Report;

    fn time(&mut self, fixture: &Fixture, map: &Path) -> Result<()> {
        let session = MapSession::open(map, fixture.day, &Silent)?;
        let out = |name: &str| fixture.path(name);
        self.svg.time(|| export(&session, ExportFormat::Svg, ViewLevel::Organisation, &out("map.svg")))?;
        self.pdf.time(|| export(&session, ExportFormat::Pdf, ViewLevel::Organisation, &out("map.pdf")))?;
        let graphml = out("people.graphml");
        self.graphml.time(|| export(&session, ExportFormat::Graphml, ViewLevel::Person, &graphml))?;
        self.graphml_bytes = std::fs::metadata(&graphml)?.len();
        self.xlsx.time(|| export(&session, ExportFormat::Xlsx, ViewLevel::Organisation, &out("map.xlsx")))?;
        drop(session);

        let demo = MapSession::open(&fixture.demo_file, fixture.day, &Silent)?;
        let mut slowest = (std::time::Duration::ZERO, ExportFormat::Svg);
        for format in FORMATS {
            let file = out(&format!("demo.{}", format.extension().unwrap_or("csv")));
            let start = std::time::Instant::now();
            export(&demo, format, ViewLevel::Organisation, &file)?;
            if start.elapsed() > slowest.0 {
                slowest = (start.elapsed(), format);
            }
        }
        self.demo.push(slowest.0);
        self.demo_slowest = Some(slowest.1);
        Ok(())
    }

    fn report(&self, _: &Fixture) -> Report {
        Report {
            export_svg_seconds: self.svg.seconds(),
            export_pdf_seconds: self.pdf.seconds(),
            export_graphml_seconds: self.graphml.seconds(),
            export_graphml_bytes: self.graphml_bytes,
            export_xlsx_seconds: self.xlsx.seconds(),
            export_demo_slowest_seconds: self.demo.seconds(),
            export_demo_slowest_format: self.demo_slowest,
        }
    }
}

impl TableRows for Report {
    fn rows(&self, fixture: &Fixture, table: &mut Table) {
        table.row("export: organisation-level picture as SVG", self.export_svg_seconds, "target < 0.5 s");
        table.row("export: organisation-level picture as PDF", self.export_pdf_seconds, "target < 1 s");
        table.row(
            format!(
                "export: person-level GraphML of all {} ties ({:.0} MB)",
                fixture.ties,
                self.export_graphml_bytes as f64 / 1e6
            ),
            self.export_graphml_seconds,
            "target < 3 s",
        );
        table.row("export: every table as an .xlsx workbook", self.export_xlsx_seconds, "target < 5 s");
        table.row(
            format!(
                "export: demo map, slowest of the 8 formats ({})",
                self.export_demo_slowest_format.and_then(ExportFormat::extension).unwrap_or("csv")
            ),
            self.export_demo_slowest_seconds,
            "target < 0.3 s",
        );
    }
}
