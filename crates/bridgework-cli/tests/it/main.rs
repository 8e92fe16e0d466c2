//! The real `bridgework` binary, end to end, on temporary folders.

mod analyses;
mod counterparts;
mod coverage;
mod export_formats;
mod export_import;
mod maps;
mod snapshots;
mod support;
mod workbook;
