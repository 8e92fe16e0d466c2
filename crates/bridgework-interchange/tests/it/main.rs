//! Reading and writing real files in temporary folders: a corpus of bad
//! inputs with the exact issues each gives, workbooks, problems found by the
//! map's rules pointed back into the files, and round trips.

mod bad_csv;
mod csv_files;
mod fuzz;
mod hostile;
mod json_files;
mod round_trip;
mod speed;
mod support;
mod with_core;
mod workbook;
