//! Bridgework's interchange formats: reading a folder of CSV files or an
//! `.xlsx` workbook into [`Records`](bridgework_core::Records), and writing
//! records back out as CSV files or one JSON document.
//!
//! This crate turns files into rows and rows into files, and locates every
//! problem by file, line and column. It never decides whether a map is
//! consistent (that is [`bridgework_core::Map::new`]'s job; [`Input::locate`]
//! points its findings back into the files), and knows nothing of the map
//! file: no SQL, no store, no merging with what a map already holds.
//!
//! # Reading
//!
//! [`read()`] takes a folder of CSV files (`people.csv`, …), an `.xlsx`
//! workbook with a sheet per table, or one table's CSV file. File and sheet
//! names match the table's name ignoring case, and treating spaces, hyphens
//! and underscores alike (`People.CSV`, a sheet `Partner Links`). A `.csv`
//! file or sheet named after no table is a warning; none at all is an error
//! that lists what was found. Tables that are absent are simply not in
//! [`Input::tables`]: the caller keeps the map's own.
//!
//! ## Tables and columns
//!
//! | table | required columns | optional columns |
//! |---|---|---|
//! | `organisations` | `id`, `name`, `kind` | `short_name`, `colour` |
//! | `teams` | `id`, `org_id`, `parent_team_id`, `name`, `function` | |
//! | `people` | `id`, `team_id`, `name`, `role`, `level` | `email`, `phone`, `joined`, `left`, `tags` |
//! | `ties` | `person_a`, `person_b` | `kind`, `strength`, `frequency`, `last_contact`, `since`, `source`, `note` |
//! | `partner_links` | `team_a`, `team_b` | `reason` |
//! | `partnerships` | `id`, `name` | `model`, `purpose`, `started`, `organisations` |
//! | `assessments` | `partnership_id`, `date`, `shared_purpose`, `shared_values`, `agreed_processes`, `trust_commitment`, `communication` | |
//!
//! `partnerships` and `assessments` go beyond the product brief so that an
//! export reads back losslessly. `function`, `tags` and a partnership's
//! `organisations` (organisation ids) are lists separated by `;`.
//!
//! ## Headers
//!
//! Headings match in any order, ignoring case and surrounding spaces, with
//! runs of spaces, hyphens and underscores read as one underscore ("Person
//! A" is `person_a`, "Org ID" is `org_id`). These aliases are accepted too:
//! `short_code` for `short_name`, `color` for `colour`, `organisation_id` for
//! `org_id`, `parent_team` for `parent_team_id`, `functions` for `function`,
//! `job_title` for `role`, `seniority` for `level`, `notes` for `note`, and
//! `org_ids` for `organisations`.
//!
//! [`read_with`] also takes [`Rename`]s, per table, applied before matching:
//! a heading read as the column named (`Full name` as `name`), or ignored
//! when the column is empty. [`preview()`] reads each table's headings, how
//! they match, its row count and first rows, even when a required column is
//! missing (for the app's import wizard).
//!
//! A missing required column is one error naming the columns the header
//! does have. If the missing columns are ones whose cells may be empty
//! (`parent_team_id`, `function`, `team_id`, `role`, `level`) the rows are
//! still read, so that their other problems are found too; otherwise no row
//! of that table is read, and it is left out of [`Input::tables`]. A column
//! given twice is an error (the first is read). A heading the format does
//! not know is a warning, as is a value in a column with no heading: their
//! values are ignored, never silently.
//!
//! ## Cells
//!
//! - Cells are trimmed; an empty cell is no value. In a tie, no `kind` means
//!   `works-with`.
//! - Cells that must hold a value: an organisation's `kind`; a tie's
//!   `person_a` and `person_b`; a partner link's `team_a` and `team_b`; all
//!   of an assessment's. Blank ids and names, and references that resolve to
//!   nothing, are reported by the map's rules (through [`Input::locate`]).
//! - Vocabulary values (`kind`, `level`, `frequency`, `model`) take the
//!   spellings their parsers in `bridgework_core` accept.
//! - Dates are `YYYY-MM-DD` or `DD/MM/YYYY` (day first; US month-first dates
//!   are not accepted, since 03/04/2025 could be either), or a workbook's
//!   date cell, in the years 1900 to 2999 (`0000` or `0205` is a typo).
//!   Anything else is reported as
//!   `"31/02/2025" is not a date; write dates as YYYY-MM-DD`.
//! - `strength` and the assessment scores are whole numbers: in text, digits
//!   only (`3.0`, `+3` and `1e0` are refused with the spelling to use), in a
//!   workbook a number cell holding one (3 is fine, 3.5 is not); the map's
//!   rules check they are 1 to 5.
//! - A cell holds at most 32,767 characters, as in Excel.
//! - Ids of one table that differ only in case, or by a letter from another
//!   alphabet that looks the same (`P1`, `p1`, Cyrillic `Р1`), are a warning
//!   naming both lines: they are different records.
//! - A workbook's numbers read as text the way the sheet shows them (an id
//!   typed as 12 is `"12"`).
//!
//! A cell that cannot be read is an error and is left empty in its record,
//! so that the rest of the row is still checked and references to it still
//! resolve. A tie, partner link or assessment missing a value it cannot be
//! stored without is left out (nothing refers to those rows).
//!
//! ## CSV files
//!
//! - Encoding: UTF-8 with or without a byte order mark; UTF-16 with one;
//!   otherwise, when nothing in the file is UTF-8 beyond ASCII, Windows-1252,
//!   with a warning. A file that is UTF-8 except for some bytes is an error
//!   at the line and character of the first; so is a NUL byte.
//! - Only a regular file of up to 1 GB is read (not a device or a named
//!   pipe), and a header of up to 1,000 columns.
//! - Delimiter: comma, semicolon or tab, whichever the header line holds most
//!   of outside quotes (the comma on a tie).
//! - Quoting: RFC 4180; a quoted field may hold delimiters, `""` and line
//!   breaks. A quote that is never closed, text after a closing quote, and
//!   a quoted field holding a line that is itself a row of the header's
//!   width (a quote left open, swallowing the rows after it) are errors at
//!   the line and column where the quote opened, and the row is not read.
//! - Line numbers are physical lines of the file (1 is the header), counting
//!   the line breaks inside quoted fields, so an editor's "go to line" finds
//!   the row.
//! - A row with more or fewer fields than the header is an error at its line
//!   and is not read.
//! - A row whose every cell is empty (`,,,,` or a blank line) is skipped
//!   silently; a row with any value is read.
//!
//! In a workbook, a sheet's header is its first row holding a value, from
//! its first value on, and lines are the row numbers the spreadsheet shows.
//! A value left or right of the header is a warning. A workbook whose parts
//! inflate beyond 512 MB, or 250 times their size beyond 16 MB, is refused
//! before it is parsed.
//!
//! # Writing
//!
//! [`write_csv`] writes every table as `NAME.csv` with the columns above in
//! that order: UTF-8 without a byte order mark, commas, CRLF, RFC 4180
//! quoting, no value as an empty cell, dates as `YYYY-MM-DD`, vocabulary
//! values in their canonical spelling, lists joined by `"; "`. Reading the
//! folder back gives the same records (a list item holding `;` would split,
//! and surrounding spaces are trimmed).
//!
//! [`write_json`] writes one pretty-printed document:
//!
//! ```json
//! {
//!   "format": "bridgework-map",
//!   "format_version": 1,
//!   "organisations": [
//!     { "id": "nht", "name": "Northshire Hospitals", "kind": "acute", "short_name": "NHT", "colour": "#1f77b4" }
//!   ],
//!   "teams": [ { "id": "…", "org_id": "…", "parent_team_id": null, "name": "…", "function": ["…"] } ],
//!   "people": [ { "id", "team_id", "name", "role", "level", "email", "phone", "joined", "left", "tags": [] } ],
//!   "ties": [ { "person_a", "person_b", "kind", "strength", "frequency", "last_contact", "since", "source", "note" } ],
//!   "partner_links": [ { "team_a", "team_b", "reason" } ],
//!   "partnerships": [ { "id", "name", "model", "purpose", "started", "organisations": [] } ],
//!   "assessments": [ { "partnership_id", "date", "shared_purpose", "shared_values", "agreed_processes", "trust_commitment", "communication" } ]
//! }
//! ```
//!
//! Every table is present, in that order, and every row object has every
//! column of its table, in the CSV's order, with the CSV's names: ids as in
//! the spreadsheet, no value as `null`, dates as `"YYYY-MM-DD"` strings,
//! `strength` and scores as numbers, vocabulary values as their canonical
//! strings (`"works-with"`), lists as arrays of strings. `format_version`
//! changes only when a reader of version 1 would misread the document.

mod cells;
mod columns;
mod csv_source;
mod error;
mod export;
mod form;
mod formulas;
mod header;
mod input;
mod issue;
mod json_source;
mod lookalikes;
mod names;
mod preview;
mod quotes;
mod read;
mod sheets;
mod tables;
mod workbook;

pub use error::{ReadError, WriteError};
pub use export::{FILE_MODE, FOLDER_MODE, temporary_beside, write_csv, write_json, write_xlsx};
pub use form::{column_names, each_row_cells, read_row, row_cells};
pub use formulas::neutralise;
pub use input::Input;
pub use issue::Issue;
pub use preview::{ColumnMatch, Preview, Rename, SAMPLE_ROWS, TablePreview, preview, read_with};
pub use read::read;
pub use sheets::{Cell, Sheet, write_sheets_csv, write_sheets_xlsx};
