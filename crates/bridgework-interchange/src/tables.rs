//! Rows of cells into the records of each table.
//!
//! The same code reads a CSV file and a workbook's sheet: a source hands over
//! its header, then each row as [`Cells`], and gets the records and the
//! problems back in the [`Input`].
//!
//! What is checked here is what only the file can show: that a cell holds a
//! date, a number or a value of its vocabulary, and that the cells a row
//! cannot be stored without are filled. Everything a record can hold is left
//! to the map's rules ([`bridgework_core::Map::new`]), which see all tables
//! together: a blank name or id, a rating outside 1–5, an unknown reference.
//!
//! A cell that fails here is reported and left empty in its record, and the
//! row is kept, so that the map's rules do not report it again and
//! references to the row still resolve (rather than each reporting an
//! unknown id). Only rows of the tables nothing refers to (ties, partner
//! links, assessments) are dropped, when a cell they cannot be stored
//! without is empty or bad.

use crate::cells::{self, Cell, Cells, Vocabulary};
use crate::columns::{self, Column};
use crate::header::{self, Header, HeaderLine};
use crate::input::Input;
use crate::issue::Issue;
use crate::preview;
use bridgework_core::{Assessment, Date, OrgKind, Organisation, PartnerLink, Partnership, Person, Table, Team, Tie};

/// The most columns a table's header may have. The widest table has ten;
/// beyond this the file is something else, and naming every column it has
/// would print megabytes.
pub const MAX_COLUMNS: usize = 1000;

/// Reads the rows of one table into an [`Input`].
#[derive(Debug)]
pub(crate) struct TableReader<'i> {
    input: &'i mut Input,
    table: Table,
    file: String,
    header: Header,
    /// The line of each row kept, for [`Input::locate`].
    lines: Vec<u64>,
    /// The index of this table's preview in the input's, when previewing.
    preview: Option<usize>,
}

impl<'i> TableReader<'i> {
    /// Matches the header; `None` (with the reason among the errors) when no
    /// row of the table can be read, unless previewing: a preview counts and
    /// samples the rows even then.
    pub fn start<S: AsRef<str>>(
        input: &'i mut Input,
        table: Table,
        file: String,
        headings: &[S],
        line: u64,
        label: &dyn Fn(usize) -> String,
    ) -> Option<TableReader<'i>> {
        if headings.len() > MAX_COLUMNS {
            let message = format!(
                "the header has {} columns; a table has at most {MAX_COLUMNS}, so this is not one of Bridgework's \
                 tables (is the delimiter right?)",
                headings.len()
            );
            input.errors.push(Issue::at(&file, line, None, message));
            return None;
        }
        let at = HeaderLine { file: &file, line, label };
        let header = header::match_header(table, headings, at, &input.renames, &mut input.errors, &mut input.warnings);
        let preview = input.preview.as_mut().map(|previews| {
            previews.push(preview::table_preview(table, &file, headings, &header));
            previews.len() - 1
        });
        (header.readable || preview.is_some()).then(|| TableReader {
            input,
            table,
            file,
            header,
            lines: Vec::new(),
            preview,
        })
    }

    /// The file (or sheet) being read, as issues name it.
    pub fn file(&self) -> &str {
        &self.file
    }

    /// Reports a problem with a whole line, such as a wrong number of fields.
    pub fn line_error(&mut self, line: u64, message: String) {
        self.input.errors.push(Issue::at(&self.file, line, None, message));
    }

    /// Warns of something on a line that does not stop the import.
    pub fn warn(&mut self, line: u64, message: String) {
        self.input.warnings.push(Issue::at(&self.file, line, None, message));
    }

    /// Reports a problem with one cell, under the heading `column` as written.
    pub fn cell_error(&mut self, line: u64, column: &str, message: String) {
        self.input.errors.push(Issue::at(&self.file, line, Some(column), message));
    }

    /// Reads one row. A row whose every cell is empty is skipped without a
    /// word: spreadsheets leave such rows behind (`,,,,` lines) and they
    /// hold nothing to lose.
    pub fn row<C: Cells + ?Sized>(&mut self, line: u64, cells: &C) {
        if (0..cells.width()).all(|i| cells.cell(i).is_blank()) {
            return;
        }
        if let Some(index) = self.preview
            && let Some(previews) = self.input.preview.as_mut()
        {
            preview::sample_row(&mut previews[index], cells);
        }
        if !self.header.readable {
            return;
        }
        if !self.header.unnamed.is_empty() {
            self.warn_unnamed(line, cells);
        }
        let input = &mut *self.input;
        let mut fields = Fields {
            cells,
            at: &self.header.at,
            columns: columns::of(self.table),
            next: 0,
            file: &self.file,
            line,
            errors: &mut input.errors,
        };
        let records = &mut input.records;
        let kept = match self.table {
            Table::Organisations => keep(&mut records.organisations, organisation(&mut fields)),
            Table::Teams => keep(&mut records.teams, team(&mut fields)),
            Table::People => keep(&mut records.people, person(&mut fields)),
            Table::Ties => keep(&mut records.ties, tie(&mut fields)),
            Table::PartnerLinks => keep(&mut records.partner_links, partner_link(&mut fields)),
            Table::Partnerships => keep(&mut records.partnerships, partnership(&mut fields)),
            Table::Assessments => keep(&mut records.assessments, assessment(&mut fields)),
        };
        if kept {
            self.lines.push(line);
        }
    }

    /// Warns, once per column, of a value under no heading.
    fn warn_unnamed<C: Cells + ?Sized>(&mut self, line: u64, cells: &C) {
        let (file, warnings) = (&self.file, &mut self.input.warnings);
        self.header.unnamed.retain(|(index, label)| {
            let blank = cells.cell(*index).is_blank();
            if !blank {
                let message = format!("{label} has a value but no heading, so it is ignored");
                warnings.push(Issue::at(file, line, None, message));
            }
            blank
        });
    }

    /// Adds the table to the input.
    pub fn finish(self) {
        if self.header.readable {
            self.input.add_table(self.table, self.file, self.lines);
        }
    }
}

/// Adds the row if there is one; says whether there was.
fn keep<T>(rows: &mut Vec<T>, row: Option<T>) -> bool {
    let kept = row.is_some();
    rows.extend(row);
    kept
}

/// The cells of one row, read column by column in the format's order.
struct Fields<'r, C: ?Sized> {
    cells: &'r C,
    at: &'r [Option<usize>],
    columns: &'static [Column],
    /// The column the next read is of: builders read every column, in order,
    /// so finding a cell costs nothing.
    next: usize,
    file: &'r str,
    line: u64,
    errors: &'r mut Vec<Issue>,
}

impl<'r, C: Cells + ?Sized> Fields<'r, C> {
    /// Reads the next column with `parse`, reporting a failure against it.
    fn read<T>(&mut self, name: &'static str, parse: impl FnOnce(&Cell<'r>) -> Result<T, String>) -> Option<T> {
        let index = self.next;
        debug_assert_eq!(self.columns[index].name, name, "builders read the columns in order");
        self.next += 1;
        let cells: &'r C = self.cells;
        let cell = match self.at[index] {
            Some(at) => cells.cell(at),
            None => Cell::Text(""),
        };
        if let Err(message) = cells::storable(&cell) {
            self.error(name, message);
            return None;
        }
        parse(&cell).map_err(|message| self.error(name, message)).ok()
    }

    fn error(&mut self, column: &str, message: String) {
        self.errors.push(Issue::at(self.file, self.line, Some(column), message));
    }

    /// Reads the next column with `parse`; an empty cell is an error too.
    fn required<T>(
        &mut self,
        name: &'static str,
        parse: impl FnOnce(&Cell<'r>) -> Result<Option<T>, String>,
        empty: impl FnOnce() -> String,
    ) -> Option<T> {
        match self.read(name, parse)? {
            Some(value) => Some(value),
            None => {
                self.error(name, empty());
                None
            }
        }
    }

    fn text(&mut self, name: &'static str) -> Option<String> {
        self.read(name, cells::text).flatten().map(|text| text.into_owned())
    }

    /// Text the map's rules judge even when empty (ids, names).
    fn string(&mut self, name: &'static str) -> String {
        self.text(name).unwrap_or_default()
    }

    fn required_text(&mut self, name: &'static str) -> Option<String> {
        self.required(name, |cell| cells::text(cell).map(|t| t.map(|t| t.into_owned())), || format!("{name} is empty"))
    }

    fn date(&mut self, name: &'static str) -> Option<Date> {
        self.read(name, cells::date).flatten()
    }

    fn rating(&mut self, name: &'static str) -> Option<u8> {
        self.read(name, cells::rating).flatten()
    }

    fn list(&mut self, name: &'static str) -> Vec<String> {
        self.read(name, cells::list).unwrap_or_default()
    }

    fn vocabulary<T: Vocabulary>(&mut self, name: &'static str) -> Option<T> {
        self.read(name, cells::vocabulary).flatten()
    }
}

fn organisation<C: Cells + ?Sized>(f: &mut Fields<'_, C>) -> Option<Organisation> {
    let id = f.string("id");
    let name = f.string("name");
    let kind = f.required("kind", cells::vocabulary::<OrgKind>, || {
        let values: Vec<_> = OrgKind::ALL.iter().map(|k| k.as_str()).collect();
        format!("kind is empty; expected one of: {}", values.join(", "))
    });
    Some(Organisation {
        id,
        name,
        // Teams refer to the organisation, so it is kept whatever its kind;
        // the error already stops the import.
        kind: kind.unwrap_or(OrgKind::Other),
        short_name: f.text("short_name"),
        colour: f.text("colour"),
    })
}

fn team<C: Cells + ?Sized>(f: &mut Fields<'_, C>) -> Option<Team> {
    Some(Team {
        id: f.string("id"),
        org_id: f.string("org_id"),
        parent_team_id: f.text("parent_team_id"),
        name: f.string("name"),
        functions: f.list("function"),
    })
}

fn person<C: Cells + ?Sized>(f: &mut Fields<'_, C>) -> Option<Person> {
    Some(Person {
        id: f.string("id"),
        team_id: f.text("team_id"),
        name: f.string("name"),
        role: f.text("role"),
        level: f.vocabulary("level"),
        email: f.text("email"),
        phone: f.text("phone"),
        joined: f.date("joined"),
        left: f.date("left"),
        tags: f.list("tags"),
    })
}

fn tie<C: Cells + ?Sized>(f: &mut Fields<'_, C>) -> Option<Tie> {
    let person_a = f.required_text("person_a");
    let person_b = f.required_text("person_b");
    let tie = Tie {
        person_a: String::new(),
        person_b: String::new(),
        kind: f.vocabulary("kind").unwrap_or_default(),
        strength: f.rating("strength"),
        frequency: f.vocabulary("frequency"),
        last_contact: f.date("last_contact"),
        since: f.date("since"),
        source: f.text("source"),
        note: f.text("note"),
    };
    Some(Tie { person_a: person_a?, person_b: person_b?, ..tie })
}

fn partner_link<C: Cells + ?Sized>(f: &mut Fields<'_, C>) -> Option<PartnerLink> {
    let team_a = f.required_text("team_a");
    let team_b = f.required_text("team_b");
    let reason = f.text("reason");
    Some(PartnerLink { team_a: team_a?, team_b: team_b?, reason })
}

fn partnership<C: Cells + ?Sized>(f: &mut Fields<'_, C>) -> Option<Partnership> {
    Some(Partnership {
        id: f.string("id"),
        name: f.string("name"),
        model: f.vocabulary("model"),
        purpose: f.text("purpose"),
        started: f.date("started"),
        org_ids: f.list("organisations"),
    })
}

fn assessment<C: Cells + ?Sized>(f: &mut Fields<'_, C>) -> Option<Assessment> {
    let partnership_id = f.required_text("partnership_id");
    let date = f.required("date", cells::date, || "date is empty".to_string());
    let mut score = |name: &'static str| f.required(name, cells::rating, || format!("{name} is empty"));
    let shared_purpose = score("shared_purpose");
    let shared_values = score("shared_values");
    let agreed_processes = score("agreed_processes");
    let trust_commitment = score("trust_commitment");
    let communication = score("communication");
    Some(Assessment {
        partnership_id: partnership_id?,
        date: date?,
        shared_purpose: shared_purpose?,
        shared_values: shared_values?,
        agreed_processes: agreed_processes?,
        trust_commitment: trust_commitment?,
        communication: communication?,
    })
}
