//! The real `bridgework` binary, end to end, on temporary folders.

mod export_import;
mod maps;
mod support;
mod workbook;
