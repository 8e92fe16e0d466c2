//! Fuzzing the CSV and workbook readers inside `cargo test`: inputs drawn
//! with `arbitrary` from a deterministic stream of pseudo-random bytes, a
//! bounded number per run (`FUZZ_ITERATIONS` raises it for a longer hunt;
//! the seed of a failing case is in its message, to replay it).
//!
//! Properties: no input panics; a well-formed file reads back exactly the
//! rows written; a file with one stray quote either reads every row or says
//! where the quote is, never joins rows in silence; every issue is located.

use crate::support::Folder;
use arbitrary::{Arbitrary, Unstructured};
use bridgework_core::Silent;
use bridgework_interchange::{Input, read};

/// How many cases each target runs: `default`, or `FUZZ_ITERATIONS`.
fn iterations(default: u64) -> u64 {
    std::env::var("FUZZ_ITERATIONS").ok().and_then(|n| n.parse().ok()).unwrap_or(default)
}

/// `len` pseudo-random bytes from `seed`, the raw material `arbitrary`
/// shapes into inputs.
fn entropy(seed: u64, len: usize) -> Vec<u8> {
    let mut bytes = vec![0; len];
    fastrand::Rng::with_seed(seed).fill(&mut bytes);
    bytes
}

/// The characters cells are made of: the ones CSV treats specially, and a
/// few that are not ASCII.
#[derive(Debug, Clone, Copy, Arbitrary)]
enum Letter {
    A,
    B,
    Space,
    Comma,
    Semicolon,
    Tab,
    Quote,
    Lf,
    Cr,
    EAcute,
    Emoji,
}

impl Letter {
    fn text(self) -> &'static str {
        match self {
            Letter::A => "a",
            Letter::B => "B",
            Letter::Space => " ",
            Letter::Comma => ",",
            Letter::Semicolon => ";",
            Letter::Tab => "\t",
            Letter::Quote => "\"",
            Letter::Lf => "\n",
            Letter::Cr => "\r",
            Letter::EAcute => "é",
            Letter::Emoji => "🧑‍⚕️",
        }
    }
}

#[derive(Debug, Arbitrary)]
struct Row {
    cells: [Vec<Letter>; 4],
}

#[derive(Debug, Clone, Copy, Arbitrary)]
enum Delimiter {
    Comma,
    Semicolon,
    Tab,
}

#[derive(Debug, Arbitrary)]
struct Sheet {
    rows: Vec<Row>,
    delimiter: Delimiter,
    crlf: bool,
    bom: bool,
    /// Where to put one stray quote, as a fraction of the body's length.
    stray_quote: Option<u16>,
}

const HEADER: [&str; 7] = ["id", "team_id", "name", "role", "level", "email", "phone"];

impl Sheet {
    fn delimiter(&self) -> char {
        match self.delimiter {
            Delimiter::Comma => ',',
            Delimiter::Semicolon => ';',
            Delimiter::Tab => '\t',
        }
    }

    /// Each row's cells as written: id, the four texts.
    fn cells(&self) -> Vec<[String; 5]> {
        let text = |letters: &[Letter]| letters.iter().map(|l| l.text()).collect::<String>();
        self.rows
            .iter()
            .enumerate()
            .map(|(i, row)| {
                [format!("p{i}"), text(&row.cells[0]), text(&row.cells[1]), text(&row.cells[2]), text(&row.cells[3])]
            })
            .collect()
    }

    /// The file, quoting what must be quoted (RFC 4180), and the offset
    /// where its body starts.
    fn encode(&self) -> (String, usize) {
        let d = self.delimiter();
        let end = if self.crlf { "\r\n" } else { "\n" };
        let mut text = String::from(if self.bom { "\u{feff}" } else { "" });
        text.push_str(&HEADER.join(&d.to_string()));
        text.push_str(end);
        let body = text.len();
        let quoted = |cell: &str| {
            if cell.contains([d, '"', '\n', '\r']) {
                format!("\"{}\"", cell.replace('"', "\"\""))
            } else {
                cell.to_string()
            }
        };
        for [id, name, role, email, phone] in self.cells() {
            let fields =
                [id, String::new(), quoted(&name), quoted(&role), String::new(), quoted(&email), quoted(&phone)];
            text.push_str(&fields.join(&d.to_string()));
            text.push_str(end);
        }
        (text, body)
    }
}

/// Reads `bytes` as the `people.csv` of `folder`, replacing the last.
fn read_people(folder: &Folder, bytes: &[u8]) -> Input {
    folder.add("people.csv", bytes);
    folder.read()
}

/// Every issue names the file and, but for file-wide ones, a line in it.
fn located(input: &Input, lines: u64) -> Result<(), String> {
    for issue in input.errors.iter().chain(&input.warnings) {
        if issue.file != "people.csv" || issue.line.is_some_and(|line| line == 0 || line > lines + 1) {
            return Err(format!("badly located: {issue}"));
        }
    }
    Ok(())
}

fn trimmed(cell: &str) -> Option<String> {
    Some(cell.trim().to_string()).filter(|c| !c.is_empty())
}

#[test]
fn fuzz_csv_reader_well_formed_files_read_back_exactly_and_stray_quotes_never_join_rows_in_silence() {
    let runs = iterations(1500);
    let folder = Folder::empty();
    let (mut exact, mut refused_stray, mut read_stray) = (0, 0, 0);
    for seed in 0..runs {
        let raw = entropy(seed, 512);
        let Ok(sheet) = Sheet::arbitrary(&mut Unstructured::new(&raw)) else { continue };
        let (text, body) = sheet.encode();
        let lines = text.matches('\n').count() as u64 + 1;
        let input = read_people(&folder, text.as_bytes());
        located(&input, lines).unwrap_or_else(|e| panic!("seed {seed}: {e}"));
        let cells = sheet.cells();
        if input.errors.is_empty() {
            let read: Vec<[Option<String>; 5]> = input
                .records
                .people
                .iter()
                .map(|p| [Some(p.id.clone()), trimmed(&p.name), p.role.clone(), p.email.clone(), p.phone.clone()])
                .collect();
            let written: Vec<[Option<String>; 5]> = cells.iter().map(|row| row.clone().map(|c| trimmed(&c))).collect();
            assert_eq!(read, written, "seed {seed}: a well-formed file reads back as written\n{text:?}");
            exact += 1;
        } else {
            // The one refusal a well-formed file may meet: a quoted value
            // holding a line that is itself a row of the header's width.
            for error in &input.errors {
                assert!(error.message.contains("looks like a row of its own"), "seed {seed}: {error}\n{text:?}");
            }
        }

        let Some(at) = sheet.stray_quote else { continue };
        let mut stray = text.clone();
        let mut offset = body + (usize::from(at) * (text.len() - body)) / usize::from(u16::MAX).max(1);
        while !stray.is_char_boundary(offset) {
            offset -= 1;
        }
        stray.insert(offset, '"');
        let input = read_people(&folder, stray.as_bytes());
        located(&input, lines).unwrap_or_else(|e| panic!("seed {seed}: {e}"));
        if input.errors.is_empty() {
            assert_eq!(
                input.records.people.len(),
                cells.len(),
                "seed {seed}: a stray quote joined rows without a word\n{stray:?}"
            );
            read_stray += 1;
        } else {
            refused_stray += 1;
        }
    }
    eprintln!(
        "fuzz csv: {runs} cases; {exact} well-formed read back exactly, stray quote refused {refused_stray}, read whole {read_stray}"
    );
}

#[test]
fn fuzz_csv_reader_arbitrary_bytes_never_panic_and_every_issue_is_located() {
    let runs = iterations(1500);
    let folder = Folder::empty();
    let seed_file = "id,team_id,name,role,level\r\np1,,\"Ann, Smith\",Nurse,frontline\r\np2,,Zoë,,senior\r\n";
    for seed in 0..runs {
        let raw = entropy(seed ^ 0xC5F, 256);
        let mut u = Unstructured::new(&raw);
        let mut bytes = seed_file.as_bytes().to_vec();
        // Mutations as a fuzzer makes them: set, insert, delete bytes.
        let edits: u8 = u.int_in_range(1..=12).unwrap_or(1);
        for _ in 0..edits {
            let at = u.choose_index(bytes.len().max(1)).unwrap_or(0).min(bytes.len());
            let byte: u8 = u.arbitrary().unwrap_or(b'"');
            match u.int_in_range(0..=2).unwrap_or(0) {
                0 if at < bytes.len() => bytes[at] = byte,
                1 => bytes.insert(at, byte),
                _ if at < bytes.len() => {
                    bytes.remove(at);
                }
                _ => bytes.push(byte),
            }
        }
        let lines = bytes.iter().filter(|b| **b == b'\n' || **b == b'\r').count() as u64 + 1;
        let input = read_people(&folder, &bytes);
        located(&input, lines).unwrap_or_else(|e| panic!("seed {seed}: {e}: {bytes:?}"));
    }
    eprintln!("fuzz csv bytes: {runs} cases");
}

/// A cell of a fuzzed workbook.
#[derive(Debug, Arbitrary)]
enum BookCell {
    Text(Vec<Letter>),
    Number(f64),
    Date(u16),
    Bool(bool),
}

#[derive(Debug, Arbitrary)]
struct Book {
    header: bool,
    cells: Vec<(u8, u8, BookCell)>,
}

#[test]
fn fuzz_workbook_reader_arbitrary_cells_and_damaged_bytes_never_panic() {
    let runs = iterations(150);
    let temp = tempfile::tempdir().unwrap();
    let path = temp.path().join("book.xlsx");
    for seed in 0..runs {
        let raw = entropy(seed ^ 0xB00C, 1024);
        let mut u = Unstructured::new(&raw);
        let Ok(book) = Book::arbitrary(&mut u) else { continue };
        let mut workbook = rust_xlsxwriter::Workbook::new();
        let sheet = workbook.add_worksheet().set_name("people").unwrap();
        if book.header {
            for (col, heading) in HEADER.into_iter().enumerate() {
                sheet.write_string(0, col as u16, heading).unwrap();
            }
        }
        for (row, col, cell) in &book.cells {
            let (row, col) = (u32::from(*row) + 1, u16::from(*col % 40));
            match cell {
                BookCell::Text(letters) => {
                    sheet.write_string(row, col, letters.iter().map(|l| l.text()).collect::<String>()).unwrap();
                }
                BookCell::Number(n) if n.is_finite() => {
                    sheet.write_number(row, col, *n).unwrap();
                }
                BookCell::Number(_) => {}
                BookCell::Date(days) => {
                    let date = rust_xlsxwriter::ExcelDateTime::from_serial_datetime(f64::from(*days)).unwrap();
                    sheet.write_datetime(row, col, date).unwrap();
                }
                BookCell::Bool(b) => {
                    sheet.write_boolean(row, col, *b).unwrap();
                }
            }
        }
        let mut bytes = workbook.save_to_buffer().unwrap();
        std::fs::write(&path, &bytes).unwrap();
        check_workbook(&path, seed);
        // The same workbook damaged: bytes changed or cut off.
        let edits: u8 = u.int_in_range(1..=8).unwrap_or(1);
        for _ in 0..edits {
            let at = u.choose_index(bytes.len()).unwrap_or(0);
            bytes[at] = u.arbitrary().unwrap_or(0);
        }
        if u.arbitrary().unwrap_or(false) {
            let keep = u.choose_index(bytes.len()).unwrap_or(0);
            bytes.truncate(keep);
        }
        std::fs::write(&path, &bytes).unwrap();
        check_workbook(&path, seed);
    }
    eprintln!("fuzz workbook: {} cases", runs * 2);
}

fn check_workbook(path: &std::path::Path, seed: u64) {
    // An unreadable workbook is a ReadError naming it; a readable one has
    // its issues located in its sheet.
    match read(path, &Silent) {
        Ok(input) => {
            for issue in input.errors.iter().chain(&input.warnings) {
                assert!(issue.file.starts_with("book.xlsx"), "seed {seed}: {issue}");
            }
        }
        Err(e) => assert!(e.to_string().contains("book.xlsx"), "seed {seed}: {e}"),
    }
}
