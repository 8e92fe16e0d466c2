//! The hostile-input corpus: CSV files, workbooks and map files as an
//! attacker or a clumsy colleague would make them, each run through the
//! real binary in a child process held to a time and memory limit
//! (`prlimit` for the address space and CPU, `timeout` for the wall clock).
//!
//! For every case: the process ends on its own, within the limits, with
//! status 0 or 1 (never a panic or a signal); every problem it prints is
//! located (the file or sheet, and the line when the case says where); no
//! terminal control sequence reaches the terminal raw; and when the import
//! fails the map is byte for byte as it was.

use crate::support::*;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// The address space each run may use: a debug build importing a small
/// file needs a fraction of it, a reader that believed a file's own sizes
/// would need hundreds of times more.
const MEMORY_LIMIT_BYTES: u64 = 1536 << 20;
/// Each run's time: well past what any case needs on two busy cores.
const TIME_LIMIT: Duration = Duration::from_secs(30);

/// What a case is, and what it must give.
struct Case {
    name: String,
    input: Input,
    /// A place the output must name, such as `people.csv:5`.
    at: Option<&'static str>,
    /// Whether the case must be refused (exit 1) rather than may be read.
    refused: bool,
}

enum Input {
    /// A folder `csv` of entries, imported into a new map.
    Folder(Vec<Entry>),
    /// A workbook `book.xlsx`, imported into a new map.
    Workbook(Entry),
    /// A map file `hostile.bwmap`, opened with `info` and imported into.
    Map(MapFile),
}

enum Entry {
    File(&'static str, Vec<u8>),
    Dir(&'static str),
    Fifo(&'static str),
    Link(&'static str, &'static str),
}

enum MapFile {
    Bytes(Vec<u8>),
    /// A new map changed by SQL.
    Altered(&'static str),
    /// A new map left by a crash in the middle of a commit.
    Crashed,
    Special(Entry),
}

fn refused(name: impl Into<String>, input: Input, at: Option<&'static str>) -> Case {
    Case { name: name.into(), input, at, refused: true }
}

fn either(name: impl Into<String>, input: Input) -> Case {
    Case { name: name.into(), input, at: None, refused: false }
}

fn csv(name: &'static str, text: impl Into<Vec<u8>>) -> Input {
    Input::Folder(vec![Entry::File(name, text.into())])
}

const PEOPLE: &str = "id,team_id,name,role,level\r\n";

fn people(rows: &str) -> Input {
    csv("people.csv", format!("{PEOPLE}{rows}"))
}

fn ties(rows: &str) -> Input {
    csv("ties.csv", format!("person_a,person_b,strength,since\n{rows}"))
}

/// A few deterministic pseudo-random bytes.
fn noise(len: usize, seed: u64) -> Vec<u8> {
    let mut bytes = vec![0; len];
    fastrand::Rng::with_seed(seed).fill(&mut bytes);
    bytes
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut bytes = if big_endian { vec![0xFE, 0xFF] } else { vec![0xFF, 0xFE] };
    for unit in text.encode_utf16() {
        bytes.extend(if big_endian { unit.to_be_bytes() } else { unit.to_le_bytes() });
    }
    bytes
}

fn csv_cases() -> Vec<Case> {
    let mut many_columns = String::from("id,team_id,name,role,level");
    for i in 0..1_000_000 {
        many_columns.push_str(&format!(",x{i}"));
    }
    let mut stray_quote = String::new();
    for i in 1..=300 {
        let name = if i == 4 { "\"Dee Quill".to_string() } else { format!("Person {i}") };
        stray_quote.push_str(&format!("P{i},,{name},Nurse,frontline\r\n"));
    }
    stray_quote.push_str("P301,,\"Smith, Ann\",Nurse,frontline\r\n");
    let mut stray_byte = format!("{PEOPLE}p1,,Zoë Brown,,\r\np2,,Caf").into_bytes();
    stray_byte.extend(b"\xE9 Owner,,\r\n");
    let mut lone_surrogate = utf16(&format!("{PEOPLE}p1,,Ann"), false);
    lone_surrogate.extend([0x00, 0xD8, b',', 0, b',', 0]);
    let mut odd_utf16 = utf16(&format!("{PEOPLE}p1,,Ann,,\r\n"), false);
    odd_utf16.push(b'x');
    let utf16_without_bom = utf16(&format!("{PEOPLE}p1,,Ann,,\r\n"), false)[2..].to_vec();
    let blank_lines = format!("{PEOPLE}{}p1,,Ann,,frontline\r\n", "\r\n".repeat(100_000));
    vec![
        refused(
            "finding 1: an unbalanced quote joins rows",
            people(
                "P1,T1,\"Ann Smith,Nurse,frontline\r\nP2,T1,Bob Jones,Nurse,frontline\r\nP3,T1,Cat Brown,\"Lead, Ward\",middle\r\n",
            ),
            Some("people.csv:2: column name:"),
        ),
        refused("finding 1: a stray quote on line 5 of 300", people(&stray_quote), Some("people.csv:5: column name:")),
        refused("a quote never closed", people("p1,,\"Ann,,\r\np2,,Bob,,\r\n"), Some("people.csv:2: column name:")),
        refused("text after a closing quote", people("p1,,\"Ann\" Smith,,\r\n"), Some("people.csv:2: column name:")),
        refused("finding 2: one stray byte in UTF-8", csv("people.csv", stray_byte), Some("people.csv:3:")),
        either("a Windows-1252 file", csv("people.csv", b"id,team_id,name,role,level\np1,,Zo\xEB,,\n".to_vec())),
        refused("an empty file", csv("people.csv", ""), Some("people.csv:")),
        refused("only a byte order mark", csv("people.csv", b"\xEF\xBB\xBF".to_vec()), Some("people.csv:")),
        either("only a header", people("")),
        either("a UTF-8 byte order mark", csv("people.csv", format!("\u{feff}{PEOPLE}p1,,Zoë,,\r\n"))),
        either("UTF-16LE with its mark", csv("people.csv", utf16(&format!("{PEOPLE}p1,,Zoë,,\r\n"), false))),
        either("UTF-16BE with its mark", csv("people.csv", utf16(&format!("{PEOPLE}p1,,Zoë,,\r\n"), true))),
        refused("UTF-16 with an odd byte at the end", csv("people.csv", odd_utf16), Some("people.csv:3:")),
        refused("UTF-16 with a lone surrogate", csv("people.csv", lone_surrogate), Some("people.csv:2:")),
        refused("UTF-16 without its mark", csv("people.csv", utf16_without_bom), Some("people.csv:1:")),
        refused("a NUL byte in a cell", people("p1,,A\0nn,,\r\n"), Some("people.csv:2:")),
        refused("64 kB of noise", csv("people.csv", noise(65_536, 1)), None),
        refused("noise after a good header", csv("people.csv", [PEOPLE.as_bytes(), &noise(4096, 2)].concat()), None),
        refused(
            "an 8 MB cell",
            people(&format!("p1,,{},,\r\n", "a".repeat(8 << 20))),
            Some("people.csv:2: column name:"),
        ),
        refused("a header of a million unknown columns", csv("people.csv", many_columns), Some("people.csv:1:")),
        either(
            "a header of 900 unknown columns",
            csv("people.csv", format!("{}{}\n", PEOPLE.trim_end(), ",x".repeat(900))),
        ),
        refused(
            "a cell of 40,000 characters",
            people(&format!("p1,,{},,\r\n", "é".repeat(40_000))),
            Some("people.csv:2:"),
        ),
        either("100,000 blank lines", csv("people.csv", blank_lines)),
        either("rows of nothing but commas", people(",,,,\r\n,,,,\r\np1,,Ann,,\r\n")),
        either("lines ending in a CR alone", csv("people.csv", "id,team_id,name,role,level\rp1,,Ann,,\rp2,,Bob,,\r")),
        either("mixed line ends", csv("people.csv", "id,team_id,name,role,level\r\np1,,Ann,,\np2,,Bob,,\r\n")),
        refused("a header of commas only", csv("people.csv", ",,,,\r\np1,,Ann,,\r\n"), Some("people.csv:1:")),
        refused(
            "a column given twice",
            csv("people.csv", "id,team_id,name,role,level,Name\r\np1,,Ann,,,A\r\n"),
            Some("people.csv:1:"),
        ),
        refused("required columns missing", csv("people.csv", "id\r\np1\r\n"), Some("people.csv:1:")),
        refused("a row with too many fields", people("p1,,Ann,,,extra\r\n"), Some("people.csv:2:")),
        refused("a row with too few fields", people("p1,,Ann\r\n"), Some("people.csv:2:")),
        refused(
            "an ESC sequence in a cell",
            people("p1,,Ann,,\u{1b}[31mred\u{1b}]0;owned\u{7}\r\n"),
            Some("people.csv:2: column level:"),
        ),
        refused(
            "an OSC 8 link in a level",
            people("p1,,Ann,,\u{1b}]8;;http://x\u{1b}\\senior\u{1b}]8;;\u{1b}\\\r\n"),
            Some("people.csv:2:"),
        ),
        refused("C0 control characters", people("p1,,Ann,,\u{1}\u{2}\u{8}\u{7f}\r\n"), Some("people.csv:2:")),
        refused(
            "year 0000",
            csv("people.csv", format!("{}joined\r\np1,,Ann,,,0000-01-01\r\n", PEOPLE.trim_end().to_owned() + ",")),
            Some("people.csv:2: column joined:"),
        ),
        refused("strength 1e0", ties("p1,p2,1e0,\n"), Some("ties.csv:2: column strength:")),
        refused("strength +3", ties("p1,p2,+3,\n"), Some("ties.csv:2: column strength:")),
        refused("strength 3.0", ties("p1,p2,3.0,\n"), Some("ties.csv:2: column strength:")),
        refused("strength 1e308", ties("p1,p2,1e308,\n"), Some("ties.csv:2: column strength:")),
        refused("strength NaN", ties("p1,p2,NaN,\n"), Some("ties.csv:2: column strength:")),
        refused("strength -0", ties("p1,p2,-0,\n"), Some("ties.csv:2: column strength:")),
        refused(
            "strength 99999999999999999999",
            ties("p1,p2,99999999999999999999,\n"),
            Some("ties.csv:2: column strength:"),
        ),
        refused("31 February", ties("p1,p2,3,31/02/2025\n"), Some("ties.csv:2: column since:")),
        refused("a date in year 10000", ties("p1,p2,3,10000-01-01\n"), Some("ties.csv:2: column since:")),
        either("ids differing only in case", people("P1,,Ann,,\r\np1,,Ann,,\r\n")),
        either("a Cyrillic look-alike id", people("P1,,Ann,,\r\nР1,,Ann,,\r\n")),
        refused("people.csv is a folder", Input::Folder(vec![Entry::Dir("people.csv")]), None),
        refused("people.csv is a named pipe", Input::Folder(vec![Entry::Fifo("people.csv")]), None),
        refused("people.csv is /dev/zero", Input::Folder(vec![Entry::Link("people.csv", "/dev/zero")]), None),
        refused(
            "people.csv is a dangling link",
            Input::Folder(vec![Entry::Link("people.csv", "/nonexistent/x")]),
            None,
        ),
        refused("a folder with no tables", Input::Folder(vec![Entry::File("notes.txt", b"hello".to_vec())]), None),
        refused("an empty folder", Input::Folder(vec![]), None),
        either(
            "semicolons with commas in values",
            csv("people.csv", "id;team_id;name;role;level\r\np1;;Smith, Ann;;\r\n"),
        ),
        either("tabs", csv("people.csv", "id\tteam_id\tname\trole\tlevel\r\np1\t\tAnn\t\t\r\n")),
        either("a quote inside an unquoted value", people("p1,,O\"Brien,,\r\n")),
        either(
            "a heading of 100,000 characters",
            csv(
                "people.csv",
                format!("{}{}\r\np1,,Ann,,,x\r\n", PEOPLE.trim_end().to_owned() + ",", "h".repeat(100_000)),
            ),
        ),
        either("a right-to-left override in a name", people("p1,,Ann\u{202e}evil,,\r\n")),
        either(
            "an overlong UTF-8 sequence alone",
            csv("people.csv", b"id,team_id,name,role,level\np1,,A\xC0\xAFn,,\n".to_vec()),
        ),
        either("emoji names", people("p1,,Ann 🧑‍⚕️,,\r\n")),
        refused("a tie to nobody", ties("p1,p2,3,\n"), Some("ties.csv:2: column person_a:")),
        refused("an id of spaces", people("   ,,Ann,,\r\n"), Some("people.csv:2:")),
        either("a CR alone inside quotes", people("p1,,\"Ann\rSmith\",,\r\n")),
        refused(
            "a trailing delimiter on every row",
            csv("people.csv", "id,team_id,name,role,level,\r\np1,,Ann,,,\r\np2,,Bob,,\r\n"),
            Some("people.csv:3:"),
        ),
        refused(
            "10,000 rows each wrong",
            people(&"p1,,Ann,,Snr\r\n".repeat(10_000)),
            Some("people.csv:10001: column level:"),
        ),
        either("a CR CR LF line end", people("p1,,Ann,,\r\r\np2,,Bob,,\r\n")),
    ]
}

/// A workbook with a people sheet: the header, then `cells`.
fn book(cells: &[(u32, u16, &str)]) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet().set_name("people").unwrap();
    for (col, heading) in ["id", "team_id", "name", "role", "level"].into_iter().enumerate() {
        sheet.write_string(0, col as u16, heading).unwrap();
    }
    for (row, col, text) in cells {
        sheet.write_string(*row, *col, *text).unwrap();
    }
    book.save_to_buffer().unwrap()
}

/// `book` with its part `name` replaced by (or added as) `content`.
fn with_part(book: &[u8], name: &str, content: &[u8]) -> Vec<u8> {
    let mut from = zip::ZipArchive::new(std::io::Cursor::new(book)).unwrap();
    let mut to = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for index in 0..from.len() {
        let part = from.by_index(index).unwrap();
        if part.name().unwrap() != name {
            to.raw_copy_file(part).unwrap();
        }
    }
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    to.start_file(name, options).unwrap();
    to.write_all(content).unwrap();
    to.finish().unwrap().into_inner()
}

const SHEET: &str = "xl/worksheets/sheet1.xml";

/// A sheet's XML with `rows`, each `(row reference, [(cell reference, text)])`.
fn sheet(dimension: &str, rows: &[(&str, &[(&str, &str)])]) -> Vec<u8> {
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet \
         xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><dimension ref=\"{dimension}\"/><sheetData>"
    );
    for (row, cells) in rows {
        xml.push_str(&format!("<row r=\"{row}\">"));
        for (at, text) in *cells {
            xml.push_str(&format!("<c r=\"{at}\" t=\"inlineStr\"><is><t>{text}</t></is></c>"));
        }
        xml.push_str("</row>");
    }
    xml.push_str("</sheetData></worksheet>");
    xml.into_bytes()
}

const HEADER: [(&str, &str); 5] = [("A1", "id"), ("B1", "team_id"), ("C1", "name"), ("D1", "role"), ("E1", "level")];

fn workbook(bytes: Vec<u8>) -> Input {
    Input::Workbook(Entry::File("book.xlsx", bytes))
}

fn workbook_cases() -> Vec<Case> {
    let good = book(&[(1, 0, "p1"), (1, 2, "Ann")]);
    let bomb = {
        let mut xml = b"<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>".to_vec();
        xml.extend(vec![b'a'; 40 << 20]);
        xml.extend(b"</t></si></sst>");
        with_part(&good, "xl/sharedStrings.xml", &xml)
    };
    let long_cell = "é".repeat(40_000);
    vec![
        either(
            "finding 3: cells at A1 and XFD1048576",
            workbook(book(&[(1, 0, "p1"), (1, 2, "Ann"), (1_048_575, 16_383, "x")])),
        ),
        refused("finding 3: a part inflating a thousandfold", workbook(bomb), Some("sharedStrings.xml")),
        refused(
            "a cell of 40,000 characters",
            workbook(with_part(
                &good,
                SHEET,
                &sheet("A1:E2", &[("1", &HEADER), ("2", &[("A2", "p1"), ("C2", &long_cell)])]),
            )),
            Some("book.xlsx, sheet people:2: column name:"),
        ),
        refused("a truncated workbook", workbook(good[..good.len() / 2].to_vec()), Some("book.xlsx")),
        refused("a text file named .xlsx", workbook(b"id,name\np1,Ann\n".to_vec()), Some("book.xlsx")),
        refused("an empty .xlsx", workbook(Vec::new()), Some("book.xlsx")),
        refused(
            "a zip with no workbook in it",
            workbook(with_part(&[80, 75, 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], "x.txt", b"x")),
            Some("book.xlsx"),
        ),
        refused(
            "a sheet of broken XML",
            workbook(with_part(&good, SHEET, b"<worksheet><sheetData><row><c r=\"A1\"")),
            Some("book.xlsx"),
        ),
        refused(
            "rows out of order",
            workbook(with_part(
                &good,
                SHEET,
                &sheet("A1:E3", &[("1", &HEADER), ("3", &[("A3", "p3")]), ("2", &[("A2", "p2")])]),
            )),
            Some("book.xlsx, sheet people:2:"),
        ),
        refused(
            "a cell beyond column XFD",
            workbook(with_part(
                &good,
                SHEET,
                &sheet("A1:E2", &[("1", &HEADER), ("2", &[("A2", "p1"), ("XFE2", "x")])]),
            )),
            Some("book.xlsx"),
        ),
        refused(
            "a row beyond 1,048,576",
            workbook(with_part(&good, SHEET, &sheet("A1:E2", &[("1", &HEADER), ("2000000", &[("A2000000", "p1")])]))),
            Some("book.xlsx, sheet people:"),
        ),
        either(
            "a declared dimension of the whole sheet",
            workbook(with_part(
                &good,
                SHEET,
                &sheet("A1:XFD1048576", &[("1", &HEADER), ("2", &[("A2", "p1"), ("C2", "Ann")])]),
            )),
        ),
        refused(
            "an old binary .xls named .xlsx",
            workbook([&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1][..], &noise(4096, 3)].concat()),
            Some("book.xlsx"),
        ),
        refused(
            "an empty sheet",
            workbook(with_part(&good, SHEET, &sheet("A1", &[]))),
            Some("book.xlsx, sheet people"),
        ),
        either("a sheet with only its header", workbook(book(&[]))),
        refused("book.xlsx is a folder", Input::Workbook(Entry::Dir("book.xlsx")), None),
        refused("book.xlsx is a named pipe", Input::Workbook(Entry::Fifo("book.xlsx")), None),
        refused("book.xlsx is /dev/zero", Input::Workbook(Entry::Link("book.xlsx", "/dev/zero")), None),
        refused(
            "a workbook of noise with the zip magic",
            workbook([&b"PK\x03\x04"[..], &noise(8192, 4)].concat()),
            Some("book.xlsx"),
        ),
    ]
}

fn map_cases() -> Vec<Case> {
    let map = |file: MapFile| Input::Map(file);
    let mut sqlite_noise = b"SQLite format 3\0".to_vec();
    sqlite_noise.extend(noise(8192, 5));
    vec![
        refused("an empty map file", map(MapFile::Bytes(Vec::new())), Some("hostile.bwmap")),
        refused("a text file as a map", map(MapFile::Bytes(b"id,name\np1,Ann\n".to_vec())), Some("hostile.bwmap")),
        refused("noise with the SQLite magic", map(MapFile::Bytes(sqlite_noise)), Some("hostile.bwmap")),
        refused(
            "finding 5: user_version -1",
            map(MapFile::Altered("PRAGMA user_version = -1;")),
            Some("format version is -1"),
        ),
        refused(
            "user_version 0 with the app's id",
            map(MapFile::Altered("PRAGMA user_version = 0;")),
            Some("format version is 0"),
        ),
        refused("user_version 99", map(MapFile::Altered("PRAGMA user_version = 99;")), Some("hostile.bwmap")),
        refused("user_version 2^31", map(MapFile::Altered("PRAGMA user_version = 2147483647;")), Some("hostile.bwmap")),
        refused("another program's id", map(MapFile::Altered("PRAGMA application_id = 1234;")), Some("hostile.bwmap")),
        refused(
            "finding 6: a planted trigger",
            map(MapFile::Altered("CREATE TRIGGER planted AFTER INSERT ON audit_entry BEGIN DELETE FROM tie; END;")),
            Some("trigger \"planted\""),
        ),
        refused(
            "a planted view",
            map(MapFile::Altered("CREATE VIEW everyone AS SELECT * FROM person;")),
            Some("view \"everyone\""),
        ),
        refused("a planted table", map(MapFile::Altered("CREATE TABLE extra (x);")), Some("table \"extra\"")),
        refused("a dropped index", map(MapFile::Altered("DROP INDEX person_team;")), Some("index \"person_team\"")),
        refused(
            "a changed check",
            map(MapFile::Altered(
                "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = replace(sql, 'NOT NULL', '') WHERE name = 'map_meta'; PRAGMA writable_schema = OFF;",
            )),
            Some("table \"map_meta\" defined differently"),
        ),
        either("finding 4: a crash mid-commit", map(MapFile::Crashed)),
        refused("a folder named .bwmap", map(MapFile::Special(Entry::Dir("hostile.bwmap"))), Some("it is a folder")),
        refused(
            "a named pipe named .bwmap",
            map(MapFile::Special(Entry::Fifo("hostile.bwmap"))),
            Some("not a regular file"),
        ),
        refused(
            "/dev/zero as a map",
            map(MapFile::Special(Entry::Link("hostile.bwmap", "/dev/zero"))),
            Some("not a regular file"),
        ),
        refused("a truncated map", map(MapFile::Altered("TRUNCATE")), Some("hostile.bwmap")),
        refused("a scribbled map", map(MapFile::Altered("SCRIBBLE")), Some("hostile.bwmap")),
    ]
}

/// Makes `entry` inside `folder`; returns its path.
fn make(folder: &Path, entry: &Entry) -> PathBuf {
    match entry {
        Entry::File(name, bytes) => {
            let path = folder.join(name);
            std::fs::write(&path, bytes).unwrap();
            path
        }
        Entry::Dir(name) => {
            let path = folder.join(name);
            std::fs::create_dir(&path).unwrap();
            path
        }
        Entry::Fifo(name) => {
            let path = folder.join(name);
            assert!(Command::new("mkfifo").arg(&path).status().unwrap().success());
            path
        }
        Entry::Link(name, target) => {
            let path = folder.join(name);
            std::os::unix::fs::symlink(target, &path).unwrap();
            path
        }
    }
}

/// A new map file holding one organisation, team and person.
fn new_map(template: &Path, folder: &Path, name: &str) -> PathBuf {
    let path = folder.join(name);
    std::fs::copy(template, &path).unwrap();
    path
}

/// Makes the hostile map of `file` in `folder`.
fn make_map(file: &MapFile, template: &Path, folder: &Path) -> PathBuf {
    match file {
        MapFile::Bytes(bytes) => make(folder, &Entry::File("hostile.bwmap", bytes.clone())),
        MapFile::Special(entry) => make(folder, entry),
        MapFile::Altered("TRUNCATE") => {
            let path = new_map(template, folder, "hostile.bwmap");
            let bytes = std::fs::read(&path).unwrap();
            std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
            path
        }
        MapFile::Altered("SCRIBBLE") => {
            let path = new_map(template, folder, "hostile.bwmap");
            let mut bytes = std::fs::read(&path).unwrap();
            for (i, b) in bytes.iter_mut().enumerate().skip(4096) {
                *b = (i * 7 % 251) as u8;
            }
            std::fs::write(&path, &bytes).unwrap();
            path
        }
        MapFile::Altered(sql) => {
            let path = new_map(template, folder, "hostile.bwmap");
            rusqlite::Connection::open(&path).unwrap().execute_batch(sql).unwrap();
            path
        }
        MapFile::Crashed => {
            let path = new_map(template, folder, "live.bwmap");
            let conn = rusqlite::Connection::open(&path).unwrap();
            conn.execute_batch("PRAGMA cache_size = 1; BEGIN; DELETE FROM tie;").unwrap();
            for i in 0..300 {
                conn.execute(
                    "INSERT INTO audit_entry (at, action, summary) VALUES ('2026', 'import', ?1)",
                    [format!("{i}{}", "x".repeat(2000))],
                )
                .unwrap();
            }
            let crashed = folder.join("hostile.bwmap");
            std::fs::copy(&path, &crashed).unwrap();
            std::fs::copy(format!("{}-journal", path.display()), format!("{}-journal", crashed.display())).unwrap();
            crashed
        }
    }
}

/// What one run of the binary gave.
struct Run {
    status: Option<i32>,
    stderr: String,
    took: Duration,
}

/// Runs the binary with `args` under the memory and time limits.
fn bounded(args: &[&str]) -> Run {
    let started = Instant::now();
    let output = Command::new("prlimit")
        .arg(format!("--as={MEMORY_LIMIT_BYTES}"))
        .arg(format!("--cpu={}", TIME_LIMIT.as_secs()))
        .arg("timeout")
        .arg("--signal=KILL")
        .arg(format!("{}s", TIME_LIMIT.as_secs()))
        .arg(assert_cmd::cargo::cargo_bin("bridgework"))
        .args(args)
        .output()
        .expect("prlimit and timeout run");
    Run {
        status: output.status.code(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        took: started.elapsed(),
    }
}

/// What is wrong with `run` of `case` (`what` names the command), if anything.
fn judge(case: &Case, what: &str, run: &Run, names: &[&str], failures: &mut Vec<String>) {
    let mut fail =
        |why: String| failures.push(format!("{} ({what}): {why}\n--- stderr:\n{}", case.name, clip(&run.stderr)));
    match run.status {
        Some(0) if case.refused => fail("was not refused".into()),
        Some(0 | 1) => {}
        // timeout's 124/137 when it had to stop the run, or a panic's 101.
        other => fail(format!("ended with status {other:?} after {:?}", run.took)),
    }
    if run.stderr.contains("panicked") {
        fail("panicked".into());
    }
    if run.stderr.contains('\u{1b}') || run.stderr.contains('\u{9b}') {
        fail("a terminal control sequence reached the terminal raw".into());
    }
    if let Some(at) = case.at
        && !run.stderr.contains(at)
    {
        fail(format!("does not say {at:?}"));
    }
    if run.status == Some(1) {
        let issues: Vec<&str> = run.stderr.lines().filter(|l| l.starts_with("  ")).collect();
        let named = |text: &str| names.iter().any(|name| text.contains(name));
        if issues.is_empty() && !run.stderr.lines().next().is_some_and(named) {
            fail("the error names none of the files".into());
        }
        for issue in issues {
            let place = issue.trim_start().split(": ").next().unwrap_or_default();
            if !(named(place) || place == "the map") {
                fail(format!("an issue not located in a file: {issue}"));
            }
        }
    }
}

fn clip(text: &str) -> &str {
    let end = text.char_indices().nth(2000).map_or(text.len(), |(i, _)| i);
    &text[..end]
}

/// Runs one case in its own folder; returns what went wrong.
fn run_case(case: &Case, template: &Path) -> Vec<String> {
    let scratch = tempfile::tempdir().unwrap();
    let folder = scratch.path();
    let mut failures = Vec::new();
    match &case.input {
        Input::Folder(_) | Input::Workbook(_) => {
            let source = match &case.input {
                Input::Folder(entries) => {
                    let csv = folder.join("csv");
                    std::fs::create_dir(&csv).unwrap();
                    for entry in entries {
                        make(&csv, entry);
                    }
                    csv
                }
                Input::Workbook(entry) => make(folder, entry),
                Input::Map(_) => unreachable!("matched above"),
            };
            let map = new_map(template, folder, "map.bwmap");
            let before = std::fs::read(&map).unwrap();
            let run = bounded(&["import", s(&map), s(&source)]);
            let mut names = vec!["csv", "book.xlsx"];
            if let Input::Folder(entries) = &case.input {
                names.extend(entries.iter().map(|e| match e {
                    Entry::File(n, _) | Entry::Dir(n) | Entry::Fifo(n) | Entry::Link(n, _) => *n,
                }));
            }
            judge(case, "import", &run, &names, &mut failures);
            if run.status != Some(0) && std::fs::read(&map).unwrap() != before {
                failures.push(format!("{}: the map changed although the import failed", case.name));
            }
        }
        Input::Map(file) => {
            let map = make_map(file, template, folder);
            // Only a regular file is read back: a pipe would block, /dev/zero never end.
            let snapshot =
                || std::fs::symlink_metadata(&map).is_ok_and(|m| m.is_file()).then(|| std::fs::read(&map).ok());
            let good = folder.join("good");
            std::fs::create_dir(&good).unwrap();
            std::fs::write(good.join("people.csv"), format!("{PEOPLE}p9,,Zed,,\r\n")).unwrap();
            for args in [vec!["info", s(&map)], vec!["import", s(&map), s(&good)]] {
                let before = snapshot();
                let run = bounded(&args);
                judge(case, args[0], &run, &["hostile.bwmap"], &mut failures);
                if run.status != Some(0) && snapshot() != before {
                    failures.push(format!("{} ({}): the map changed although the command failed", case.name, args[0]));
                }
                if matches!(file, MapFile::Crashed) && args[0] == "info" && !run.stderr.contains("rolled back") {
                    failures.push(format!("{}: info does not say it recovered: {}", case.name, run.stderr));
                }
            }
        }
    }
    failures
}

#[test]
fn every_hostile_input_is_refused_or_read_cleanly_in_bounded_time_and_memory() {
    let cases: Vec<Case> = csv_cases().into_iter().chain(workbook_cases()).chain(map_cases()).collect();
    assert!(cases.len() >= 71, "the corpus holds at least the 71 cases of the report: {}", cases.len());
    let scratch = Scratch::new();
    let template = scratch.path("template.bwmap");
    bridgework(&["new", s(&template)]).assert().success();
    let started = Instant::now();
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| {
                while let Some(case) = cases.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let found = run_case(case, &template);
                    failures.lock().unwrap().extend(found);
                }
            });
        }
    });
    eprintln!("hostile corpus: {} cases in {:.1} s", cases.len(), started.elapsed().as_secs_f64());
    let failures = failures.into_inner().unwrap();
    assert!(failures.is_empty(), "{} failures:\n\n{}", failures.len(), failures.join("\n\n"));
}

#[test]
fn error_messages_show_terminal_sequences_escaped_never_raw() {
    let scratch = Scratch::new();
    let map = scratch.path("map.bwmap");
    bridgework(&["new", s(&map)]).assert().success();
    let folder = scratch.path("csv");
    std::fs::create_dir(&folder).unwrap();
    // A level that would retitle the terminal and turn its text red.
    std::fs::write(folder.join("people.csv"), format!("{PEOPLE}p1,,Ann,,\u{1b}]0;owned\u{7}\u{1b}[31mSnr\r\n"))
        .unwrap();
    let output = bridgework(&["import", s(&map), s(&folder)]).assert().failure().get_output().clone();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(!stderr.contains('\u{1b}') && !stderr.contains('\u{7}'), "{stderr:?}");
    assert!(
        stderr.contains(r#"people.csv:2: column level: "\u{1b}]0;owned\u{7}\u{1b}[31mSnr" is not a level"#),
        "{stderr}"
    );
}
