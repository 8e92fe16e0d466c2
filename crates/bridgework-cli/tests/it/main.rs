//! The real `bridgework` binary, end to end, on temporary folders.

mod analyses;
mod counterparts;
mod coverage;
mod crash;
mod export_formats;
mod export_import;
mod hostile_inputs;
mod maps;
mod network;
mod report;
mod snapshots;
mod support;
mod workbook;
