//! The real `bridgework` binary, end to end, on temporary folders.

mod analyses;
mod counterparts;
mod coverage;
mod export_formats;
mod crash;
mod export_import;
mod hostile_inputs;
mod maps;
mod snapshots;
mod support;
mod workbook;
