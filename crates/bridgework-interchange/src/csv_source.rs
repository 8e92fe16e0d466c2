//! CSV files: the encoding, the delimiter, and rows with the line each
//! starts on.
//!
//! A file is read into memory whole and decoded at most once: UTF-8 (with or
//! without a byte order mark) is used as it is, UTF-16 is recognised by its
//! byte order mark (Excel's "Unicode text"), and bytes that are not valid
//! UTF-8 are read as Windows-1252, what Excel on Windows writes as "CSV".
//! Quoting follows RFC 4180: a quoted field may hold the delimiter, doubled
//! quotes and line breaks.

use crate::cells::{Cell, Cells};
use crate::columns;
use crate::error::ReadError;
use crate::input::Input;
use crate::issue::Issue;
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

/// Reads the CSV file at `path`, named `file` in issues, as `table`.
pub(crate) fn read_file(
    path: &Path,
    file: String,
    table: Table,
    input: &mut Input,
    progress: &dyn Progress,
) -> Result<(), ReadError> {
    let bytes = std::fs::read(path).map_err(|source| ReadError::Io { path: path.to_path_buf(), source })?;
    read_bytes(&bytes, file, table, input, progress)
}

/// Reads CSV `bytes` as `table`.
fn read_bytes(
    bytes: &[u8],
    file: String,
    table: Table,
    input: &mut Input,
    progress: &dyn Progress,
) -> Result<(), ReadError> {
    let text = decode(bytes);
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
    let mut last = None;
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                // As for the header: cannot happen, but should it, stop.
                let line = last.map_or(header_line, |(_, line)| line);
                rows.line_error(line, format!("cannot read the row after this one: {e}"));
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
        last = Some((start, line));
        if record.len() != headings.len() && !(0..record.len()).all(|i| record.cell(i).is_blank()) {
            // A quote left open swallows the lines after it into one field.
            let hint = if record.iter().any(|field| field.contains('\n')) { "; is a quote left open?" } else { "" };
            let message = format!("this row has {} fields but the header has {}{hint}", record.len(), headings.len());
            rows.line_error(line, message);
            continue;
        }
        rows.row(line, &record);
    }
    if let Some((start, line)) = last
        && quote_left_open(&text.as_bytes()[start..], delimiter)
    {
        let message = "a quote opened in this row is never closed, so the rest of the file is read as one value";
        rows.line_error(line, message.to_string());
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

/// The file's text. Valid UTF-8 is borrowed as it is, so the usual file
/// costs no copy.
pub(crate) fn decode(bytes: &[u8]) -> Cow<'_, str> {
    let (encoding, bom) = Encoding::for_bom(bytes).unwrap_or((UTF_8, 0));
    let bytes = &bytes[bom..];
    if encoding != UTF_8 {
        return encoding.decode_without_bom_handling(bytes).0;
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Cow::Borrowed(text),
        // Every byte is a character in Windows-1252, so this cannot fail:
        // a file in another encoding shows as odd letters, which the preview
        // and the person can see.
        Err(_) => WINDOWS_1252.decode_without_bom_handling(bytes).0,
    }
}

/// Whether the last record, `tail`, ends inside a quoted field: the reader
/// then takes everything up to the end of the file as that field's value,
/// which would lose the rows after it without a word.
fn quote_left_open(tail: &[u8], delimiter: u8) -> bool {
    let mut quoted = false;
    let mut field_start = true;
    let mut bytes = tail.iter().peekable();
    while let Some(&byte) = bytes.next() {
        if quoted {
            if byte == b'"' && bytes.next_if_eq(&&b'"').is_none() {
                quoted = false;
            }
            continue;
        }
        quoted = field_start && byte == b'"';
        field_start = byte == delimiter || byte == b'\n' || byte == b'\r';
    }
    quoted
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
    fn a_quote_left_open_at_the_end_is_found() {
        assert!(quote_left_open(b"p1,p2,\"never closed\np3,p4,x\n", b','));
        assert!(quote_left_open(b"p1,\"a \"\"b\"\" c", b','));
        assert!(!quote_left_open(b"p1,p2,\"closed\nacross lines\"\n", b','));
        assert!(!quote_left_open(b"p1,\"a \"\"b\"\"\",c\n", b','));
        assert!(!quote_left_open(b"p1,O\"Brien,x\n", b','), "a quote inside a field is only a character");
        assert!(quote_left_open(b"p1;\"x", b';'));
    }

    #[test]
    fn text_is_utf8_with_or_without_a_bom_utf16_by_its_bom_or_else_windows_1252() {
        assert!(matches!(decode("Zoë".as_bytes()), Cow::Borrowed("Zoë")));
        assert_eq!(decode(b"\xEF\xBB\xBFid"), "id");
        assert_eq!(decode(b"Zo\xEB Si\xE2n \x93q\x94"), "Zoë Siân \u{201c}q\u{201d}");
        assert_eq!(decode(b"\xFF\xFEi\0d\0"), "id");
    }
}
