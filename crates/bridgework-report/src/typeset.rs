//! The PDF, typeset by Typst used as a library: the layout (`report.typ`)
//! reads the content model as JSON and the charts as SVG files from a
//! world of our own that holds nothing else. It has only the fonts shipped
//! in `assets/fonts/`, no packages, no network and no clock, so the same
//! report gives the same PDF on every machine.

use crate::chart;
use crate::content::Report;
use std::collections::HashMap;
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime};
use typst::layout::PagedDocument;
use typst::syntax::{FileId, Source, VirtualPath};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// The layout, compiled into the binary.
const LAYOUT: &str = include_str!("report.typ");
/// DejaVu Sans, as the map picture uses, with its bold and oblique faces.
const FONTS: [&[u8]; 3] = [
    include_bytes!("../../../assets/fonts/DejaVuSans.ttf"),
    include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf"),
    include_bytes!("../../../assets/fonts/DejaVuSans-Oblique.ttf"),
];

/// Typst could not typeset the report: a fault of the layout, never of the
/// data (which it only reads as values).
#[derive(Debug, thiserror::Error)]
#[error("the report could not be typeset: {0}")]
pub struct TypesetError(String);

/// The report as a PDF.
pub fn to_pdf(report: &Report) -> Result<Vec<u8>, TypesetError> {
    let world = ReportWorld::new(report)?;
    let document: PagedDocument = typst::compile(&world).output.map_err(|errors| diagnostics(&errors))?;
    typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default()).map_err(|errors| diagnostics(&errors))
}

fn diagnostics(errors: &[SourceDiagnostic]) -> TypesetError {
    TypesetError(errors.iter().map(|e| e.message.as_str()).collect::<Vec<_>>().join("; "))
}

/// Everything Typst may read: the layout, the report's JSON, the charts and
/// the shipped fonts.
struct ReportWorld {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    main: Source,
    /// Files by their path in the world ("/report.json").
    files: HashMap<FileId, Bytes>,
}

impl ReportWorld {
    fn new(report: &Report) -> Result<ReportWorld, TypesetError> {
        let fonts: Vec<Font> = FONTS.iter().flat_map(|data| Font::iter(Bytes::new(*data))).collect();
        let mut value = serde_json::to_value(report).map_err(|e| TypesetError(e.to_string()))?;
        breakable(&mut value);
        let json = serde_json::to_vec(&value).map_err(|e| TypesetError(e.to_string()))?;
        let mut files = HashMap::from([(file_id("/report.json"), Bytes::new(json))]);
        for (i, partnership) in report.partnerships.iter().enumerate() {
            let svg = chart::assessments(&partnership.attributes, &partnership.assessments);
            files.insert(file_id(&format!("/assessment-{i}.svg")), Bytes::from_string(svg));
        }
        Ok(ReportWorld {
            library: LazyHash::new(Library::default()),
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
            main: Source::new(file_id("/report.typ"), LAYOUT.to_string()),
            files,
        })
    }
}

/// The longest run of characters without a place to break a line: a name
/// longer than this (a pasted URL, a name with no spaces) would run off the
/// page, as Typst breaks lines only where the text allows.
const LONGEST_UNBROKEN: usize = 30;

/// Every string of the content, except the map picture's SVG, with a zero
/// width space (a place to break, never drawn) after each
/// [`LONGEST_UNBROKEN`] characters of a run without white space.
fn breakable(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::String(text) if text.split_whitespace().any(|w| w.chars().count() > LONGEST_UNBROKEN) => {
            let mut run = 0;
            let mut out = String::with_capacity(text.len() + text.len() / LONGEST_UNBROKEN * 3);
            for c in text.chars() {
                run = if c.is_whitespace() { 0 } else { run + 1 };
                out.push(c);
                if run == LONGEST_UNBROKEN {
                    out.push('\u{200b}');
                    run = 0;
                }
            }
            *text = out;
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(breakable),
        serde_json::Value::Object(fields) => {
            fields.iter_mut().filter(|(key, _)| *key != "map_svg").for_each(|(_, v)| breakable(v))
        }
        _ => {}
    }
}

fn file_id(path: &str) -> FileId {
    FileId::new(None, VirtualPath::new(path))
}

impl World for ReportWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::NotFound(id.vpath().as_rootless_path().into()))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        self.files.get(&id).cloned().ok_or_else(|| FileError::NotFound(id.vpath().as_rootless_path().into()))
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.get(index).cloned()
    }

    /// No clock: the report's day is in its data, so the layout never asks.
    fn today(&self, _offset: Option<i64>) -> Option<Datetime> {
        None
    }
}
