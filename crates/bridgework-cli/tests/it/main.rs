//! The real `bridgework` binary, end to end, on temporary folders.

mod analyses;
mod comparison_export;
mod counterparts;
mod coverage;
mod crash;
mod erase;
mod export_formats;
mod export_import;
mod export_networkx;
mod hostile_inputs;
mod maps;
mod network;
mod pseudonymised;
mod report;
mod snapshots;
mod support;
mod workbook;
