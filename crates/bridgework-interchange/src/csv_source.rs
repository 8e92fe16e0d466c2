//! CSV files: the encoding, the delimiter, and rows with the line each
//! starts on.
//!
//! A file is read into memory whole (only a regular file, and at most
//! [`MAX_FILE_BYTES`]) and decoded at most once: UTF-8 (with or without a
//! byte order mark) is used as it is, UTF-16 is recognised by its byte order
//! mark (Excel's "Unicode text"), and a file with no valid UTF-8 beyond ASCII
//! is read as Windows-1252, what Excel on Windows writes as "CSV", with a
//! warning. A file that is UTF-8 but for a few bytes is refused with the
//! place of the first: read as Windows-1252 its every accent would be
//! garbled ("Zoë" as "ZoÃ«"). So is a file holding NUL bytes, which no text
//! file does.
//!
//! Quoting follows RFC 4180: a quoted field may hold the delimiter, doubled
//! quotes and line breaks; [`crate::quotes`] catches the slips it lets pass.

use crate::cells::{Cell, Cells};
use crate::columns;
use crate::error::ReadError;
use crate::input::Input;
use crate::issue::Issue;
use crate::quotes::{self, Slip};
use crate::tables::TableReader;
use bridgework_core::{Progress, Table};
use csv::StringRecord;
use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
use std::borrow::Cow;
use std::path::Path;

/// How many rows pass between progress reports and checks for cancelling:
/// often enough to stop within a few milliseconds, rarely enough to cost
/// nothing.
const ROWS_PER_REPORT: u64 = 1 << 16;

/// The largest CSV file read: far beyond the largest map (700,000 ties
/// are about 60 MB), and small enough that reading it cannot exhaust memory.
pub const MAX_FILE_BYTES: u64 = 1 << 30;

/// Reads the CSV file at `path`, named `file` in issues, as `table`.
pub(crate) fn read_file(
    path: &Path,
    file: String,
    table: Table,
    input: &mut Input,
    progress: &dyn Progress,
) -> Result<(), ReadError> {
    let bytes = read_limited(path, MAX_FILE_BYTES)?;
    read_bytes(&bytes, file, table, input, progress)
}

/// The bytes of the regular file at `path`, refusing a folder, a device
/// (`/dev/zero` reads forever), a named pipe (blocks until written) and a
/// file larger than `limit`, before reading any of it.
pub(crate) fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    use std::io::Read;
    let io = |source| ReadError::Io { path: path.to_path_buf(), source };
    let metadata = std::fs::metadata(path).map_err(io)?;
    if !metadata.is_file() {
        return Err(ReadError::NotAFile { path: path.to_path_buf() });
    }
    if metadata.len() > limit {
        return Err(ReadError::TooLarge { path: path.to_path_buf(), size: metadata.len(), limit });
    }
    let file = std::fs::File::open(path).map_err(io)?;
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    // The file may grow between the look and the read.
    file.take(limit + 1).read_to_end(&mut bytes).map_err(io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge { path: path.to_path_buf(), size: bytes.len() as u64, limit });
    }
    Ok(bytes)
}

/// Reads CSV `bytes` as `table`.
fn read_bytes(
    bytes: &[u8],
    file: String,
    table: Table,
    input: &mut Input,
    progress: &dyn Progress,
) -> Result<(), ReadError> {
    let text = match decode(bytes) {
        Ok(Text { text, windows_1252 }) => {
            if windows_1252 {
                let message = "is not UTF-8, so it was read as Windows-1252 (what Excel on Windows saves as CSV); \
                               check that accented letters look right, or save the file as CSV UTF-8";
                input.warnings.push(Issue::file(file.clone(), message.to_string()));
            }
            text
        }
        Err(NotText { line, message }) => {
            input.errors.push(Issue::at(&file, line, None, message));
            return Ok(());
        }
    };
    let delimiter = sniff_delimiter(text.as_bytes());
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        // Rows of the wrong length are reported here, with both counts,
        // rather than as the reader's error.
        .flexible(true)
        .from_reader(text.as_bytes());

    let mut record = StringRecord::new();
    let problem = match reader.read_record(&mut record) {
        Ok(true) => None,
        Ok(false) => {
            let names: Vec<_> = columns::names(table).collect();
            Some(format!("the file is empty; its first line should name the columns: {}", names.join(", ")))
        }
        // Reading text from memory can only fail on bad UTF-8, which
        // decoding rules out; should it happen, say so.
        Err(e) => Some(format!("cannot be read: {e}")),
    };
    if let Some(message) = problem {
        input.errors.push(Issue::file(file, message));
        return Ok(());
    }
    let mut lines = Lines::new(text.as_bytes(), reader.position().byte() as usize);
    let (_, header_line) = lines.start_of(&record);
    let headings: Vec<String> = record.iter().map(str::to_string).collect();
    let label = |index: usize| format!("column {}", index + 1);
    let Some(mut rows) = TableReader::start(input, table, file, &headings, header_line, &label) else {
        return Ok(());
    };

    let stage = format!("reading {}", rows.file());
    let total = text.len() as u64;
    let mut count = 0u64;
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                // As for the header: cannot happen, but should it, stop.
                let line = e.position().map_or(header_line, |p| p.line());
                rows.line_error(line, format!("cannot read this row: {e}"));
                break;
            }
        }
        count += 1;
        if count.is_multiple_of(ROWS_PER_REPORT) {
            progress.report(&stage, reader.position().byte(), total);
            if progress.cancelled() {
                return Err(ReadError::Cancelled);
            }
        }
        let (start, line) = lines.start_of(&record);
        let end = (reader.position().byte() as usize).max(start);
        let raw = &text.as_bytes()[start..end];
        if raw.contains(&b'"')
            && let Some(slip) = quotes::check(raw, delimiter, headings.len())
        {
            let column = quotes::field_at(raw, slip.opened(), delimiter);
            let heading = headings.get(column).map(|h| h.trim()).filter(|h| !h.is_empty());
            let label = heading.map_or_else(|| format!("column {}", column + 1), str::to_string);
            let line_of = |offset: usize| line + quotes::line_breaks(&raw[..offset], lines.cr_only);
            let opened = line_of(slip.opened());
            rows.cell_error(opened, &label, slip_message(slip, &line_of));
            continue;
        }
        if record.len() != headings.len() && !(0..record.len()).all(|i| record.cell(i).is_blank()) {
            let message = format!("this row has {} fields but the header has {}", record.len(), headings.len());
            rows.line_error(line, message);
            continue;
        }
        rows.row(line, &record);
    }
    progress.report(&stage, total, total);
    rows.finish();
    Ok(())
}

/// The physical line each record starts on (1 is the first line of the
/// file), counting the line breaks inside quoted fields and the blank lines
/// skipped before it, so that an editor's "go to line" finds the row.
///
/// The csv crate places a record, and counts its line, just after the
/// previous record's first terminator byte: so after a CRLF, or before a
/// blank line, the position is on the line break, one line short. Stepping
/// over those bytes here corrects it. The crate counts LFs only, so a file
/// whose lines end in a CR alone (old Mac Excel's "CSV") is counted here
/// from the start instead.
struct Lines<'t> {
    text: &'t [u8],
    /// Whether the header line ends with a CR alone; then every line is
    /// taken to.
    cr_only: bool,
    /// For CR-only files: the line breaks before `counted_to` are in `line`.
    counted_to: usize,
    line: u64,
}

impl<'t> Lines<'t> {
    /// Lines of `text`, whose header's line end starts at `header_end - 1`
    /// (where the reader stands once it has read the header).
    fn new(text: &'t [u8], header_end: usize) -> Lines<'t> {
        let cr_only =
            header_end > 0 && text.get(header_end - 1) == Some(&b'\r') && text.get(header_end) != Some(&b'\n');
        Lines { text, cr_only, counted_to: 0, line: 1 }
    }

    /// Where `record` starts in the text, and on which line. Records come in
    /// order.
    fn start_of(&mut self, record: &StringRecord) -> (usize, u64) {
        let (mut start, mut line) = record.position().map_or((0, 1), |p| (p.byte() as usize, p.line()));
        if self.cr_only {
            while matches!(self.text.get(start), Some(b'\r' | b'\n')) {
                start += 1;
            }
            let next = |i: usize| self.text.get(i + 1);
            let between = self.text[self.counted_to..start].iter().zip(self.counted_to..);
            let breaks = between.filter(|&(b, i)| *b == b'\n' || (*b == b'\r' && next(i) != Some(&b'\n'))).count();
            self.line += breaks as u64;
            self.counted_to = start;
            return (start, self.line);
        }
        while let Some(byte @ (b'\r' | b'\n')) = self.text.get(start) {
            line += u64::from(*byte == b'\n');
            start += 1;
        }
        (start, line)
    }
}

impl Cells for StringRecord {
    fn width(&self) -> usize {
        self.len()
    }

    fn cell(&self, index: usize) -> Cell<'_> {
        Cell::Text(self.get(index).unwrap_or(""))
    }
}

/// What a slip of the quotes makes of the rows, in words; `line_of` gives
/// the line of an offset into the record.
fn slip_message(slip: Slip, line_of: &dyn Fn(usize) -> u64) -> String {
    const ADVICE: &str = "a quote inside a value is written twice (\"\"), and a value with quotes or the delimiter \
                          in it is quoted whole";
    match slip {
        Slip::TextAfterClose { closed, .. } if line_of(closed) == line_of(0) => {
            format!("text follows the closing quote of this value; {ADVICE}")
        }
        Slip::TextAfterClose { closed, .. } => format!(
            "the quote opened here closes only on line {}, with text after it, so the lines between would be read \
             as one value; is a quote left open? ({ADVICE})",
            line_of(closed)
        ),
        Slip::NeverClosed { .. } => {
            "a quote opened here is never closed, so the rest of the file would be read as one value".to_string()
        }
        Slip::SwallowsRow { swallowed, .. } => format!(
            "the quote opened here is still open on line {}, which looks like a row of its own, so rows would be \
             read as one value; is a quote left open? (a value may run over several lines, but not over rows)",
            line_of(swallowed)
        ),
    }
}

/// A file's bytes as text.
#[derive(Debug)]
pub(crate) struct Text<'b> {
    pub text: Cow<'b, str>,
    /// Whether the bytes were not UTF-8 and were read as Windows-1252.
    pub windows_1252: bool,
}

/// Why a file's bytes are not text this reader can take, and where.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct NotText {
    pub line: u64,
    pub message: String,
}

/// The file's text. Valid UTF-8 is borrowed as it is, so the usual file
/// costs no copy.
pub(crate) fn decode(bytes: &[u8]) -> Result<Text<'_>, NotText> {
    let (encoding, bom) = Encoding::for_bom(bytes).unwrap_or((UTF_8, 0));
    let bytes = &bytes[bom..];
    let text = if encoding != UTF_8 {
        let Some(text) = encoding.decode_without_bom_handling_and_without_replacement(bytes) else {
            // Where: the first character that could not be decoded.
            let (lossy, _) = encoding.decode_without_bom_handling(bytes);
            let at = lossy.find('\u{FFFD}').unwrap_or(0);
            let lossy = lossy.as_bytes();
            let line = 1 + quotes::line_breaks(&lossy[..at], quotes::cr_only(lossy));
            let message = format!("is marked as {} but is not valid {} on this line", encoding.name(), encoding.name());
            return Err(NotText { line, message });
        };
        Text { text, windows_1252: false }
    } else {
        match std::str::from_utf8(bytes) {
            Ok(text) => Text { text: Cow::Borrowed(text), windows_1252: false },
            Err(bad) => {
                // Windows-1252 only when nothing in the file is UTF-8 beyond
                // ASCII: a file with both was written by two programs, and
                // either reading garbles some of it.
                let utf8_letters = bytes.utf8_chunks().any(|chunk| !chunk.valid().is_ascii());
                if utf8_letters {
                    return Err(mixed_encoding(bytes, bad.valid_up_to()));
                }
                Text { text: WINDOWS_1252.decode_without_bom_handling(bytes).0, windows_1252: true }
            }
        }
    };
    if let Some(at) = text.text.find('\0') {
        let bytes = text.text.as_bytes();
        let line = 1 + quotes::line_breaks(&bytes[..at], quotes::cr_only(bytes));
        let message = "holds a NUL byte on this line, which no text file does; if it is UTF-16 text, save it as \
                       CSV UTF-8"
            .to_string();
        return Err(NotText { line, message });
    }
    Ok(text)
}

/// The error for a file that is UTF-8 except at `at` (and maybe further on).
fn mixed_encoding(bytes: &[u8], at: usize) -> NotText {
    let line_start = bytes[..at].iter().rposition(|b| *b == b'\n' || *b == b'\r').map_or(0, |i| i + 1);
    let before = String::from_utf8_lossy(&bytes[line_start..at]);
    let character = before.chars().count() + 1;
    let bad_bytes: usize = bytes.utf8_chunks().map(|chunk| chunk.invalid().len()).sum();
    let more = match bad_bytes - 1 {
        0 => String::new(),
        1 => " (and 1 more byte further on)".to_string(),
        n => format!(" (and {n} more bytes further on)"),
    };
    NotText {
        line: 1 + quotes::line_breaks(&bytes[..at], quotes::cr_only(bytes)),
        message: format!(
            "character {character} (byte 0x{:02X}) is not UTF-8, though the rest of the file is{more}; the file \
             was probably saved by two programs: correct the character and save the file as CSV UTF-8",
            bytes[at]
        ),
    }
}

/// The delimiter of the header line: whichever of comma, semicolon and tab
/// it holds most of outside quotes, the comma when none (a one-column file)
/// or on a tie.
pub(crate) fn sniff_delimiter(text: &[u8]) -> u8 {
    const CANDIDATES: [u8; 3] = [b',', b';', b'\t'];
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for &byte in text {
        match byte {
            b'"' => quoted = !quoted,
            b'\n' | b'\r' if !quoted => break,
            _ if !quoted => {
                if let Some(i) = CANDIDATES.iter().position(|c| *c == byte) {
                    counts[i] += 1;
                }
            }
            _ => {}
        }
    }
    // The first of the most frequent: max_by_key would take the last.
    let best = (0..3).fold(0, |best, i| if counts[i] > counts[best] { i } else { best });
    CANDIDATES[best]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_delimiter_is_the_commonest_of_the_header_line_outside_quotes() {
        assert_eq!(sniff_delimiter(b"id,name,kind\n1;2;3;4;5\n"), b',');
        assert_eq!(sniff_delimiter(b"id;name;kind\r\n"), b';');
        assert_eq!(sniff_delimiter(b"id\tname\tkind"), b'\t');
        assert_eq!(sniff_delimiter(b"\"a,b,c\";name;kind\n"), b';', "commas inside quotes do not count");
        assert_eq!(sniff_delimiter(b"\"multi\nline,,,\";x\n"), b';', "nor do quoted line breaks end the line");
        assert_eq!(sniff_delimiter(b"id\n"), b',');
        assert_eq!(sniff_delimiter(b"a,b;c\n"), b',', "a tie goes to the comma");
        assert_eq!(sniff_delimiter(b"a;b\tc\n"), b';', "then to the semicolon");
    }

    /// The line each record of `text` starts on.
    fn lines_of(text: &str) -> Vec<u64> {
        let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
        let mut record = StringRecord::new();
        assert!(reader.read_record(&mut record).unwrap());
        let mut lines = Lines::new(text.as_bytes(), reader.position().byte() as usize);
        let mut found = vec![lines.start_of(&record).1];
        while reader.read_record(&mut record).unwrap() {
            found.push(lines.start_of(&record).1);
        }
        found
    }

    #[test]
    fn lines_are_physical_whatever_the_line_ends_blank_lines_and_quoted_breaks() {
        assert_eq!(lines_of("h\nA\nB\n"), [1, 2, 3]);
        assert_eq!(lines_of("h\r\nA\r\nB\r\n"), [1, 2, 3]);
        assert_eq!(lines_of("h\rA\rB\r"), [1, 2, 3]);
        assert_eq!(lines_of("\n\nh\nA\n\n\nB\nC"), [3, 4, 7, 8]);
        assert_eq!(lines_of("h\r\nA,\"x\r\ny\r\nz\"\r\nB\r\n\r\nC,\"u\nv\"\nD\n"), [1, 2, 5, 7, 9]);
        assert_eq!(lines_of("h\rA,\"x\r\ny\"\rB\n"), [1, 2, 4], "mixed line ends count each break once");
        assert_eq!(lines_of("h\nA,\"x\ry\"\nB\n"), [1, 2, 3], "in an LF file a CR alone is no line end");
    }

    #[test]
    fn text_is_utf8_with_or_without_a_bom_utf16_by_its_bom_or_else_windows_1252() {
        let text = |bytes: &'static [u8]| decode(bytes).map(|t| (t.text.into_owned(), t.windows_1252));
        assert!(matches!(decode("Zoë".as_bytes()), Ok(Text { text: Cow::Borrowed("Zoë"), windows_1252: false })));
        assert_eq!(text(b"\xEF\xBB\xBFid"), Ok(("id".into(), false)));
        assert_eq!(text(b"Zo\xEB Si\xE2n \x93q\x94"), Ok(("Zoë Siân \u{201c}q\u{201d}".into(), true)));
        assert_eq!(text(b"\xFF\xFEi\0d\0"), Ok(("id".into(), false)));
    }

    #[test]
    fn one_stray_byte_in_a_utf8_file_is_refused_at_its_line_and_character() {
        let mut bytes = "id,name\np1,Zoë\np2,Siân Zo".as_bytes().to_vec();
        bytes.extend(b"\xEB\n");
        let error = decode(&bytes).unwrap_err();
        assert_eq!(
            error,
            NotText {
                line: 3,
                message: "character 11 (byte 0xEB) is not UTF-8, though the rest of the file is; the file was \
                          probably saved by two programs: correct the character and save the file as CSV UTF-8"
                    .into()
            }
        );
    }

    #[test]
    fn nul_bytes_and_utf16_that_does_not_decode_are_refused_at_their_line() {
        assert_eq!(decode(b"id,name\np1,a\0b\n").unwrap_err().line, 2);
        let error = decode(b"\xFF\xFEa\0\n\0\x00\xD8b\0").unwrap_err();
        assert_eq!(error.line, 2);
        assert_eq!(error.message, "is marked as UTF-16LE but is not valid UTF-16LE on this line");
    }
}
