//! Quotes that change what a CSV row means without a word from the reader.
//!
//! RFC 4180 lets a quoted value run over line breaks, so one quote too many
//! (`"Ann Smith,Nurse`) makes the reader take every line up to the next
//! quote as part of one value: when that record happens to have the
//! header's number of fields, rows vanish into a name and the import
//! succeeds. The csv crate is lenient about the other slip too: text after
//! a closing quote (`"Lead"er`) is glued on and the quotes dropped.
//!
//! This module reads the raw text of a record that holds a quote, the way
//! the csv crate splits it, and reports what the crate lets pass: a value
//! with text after its closing quote, a quote never closed, and a quoted
//! value spanning lines of which one, read alone, is a row of the header's
//! width. A value on several lines that holds no such line (an address, a
//! note) is fine.

/// A record's quoting went wrong; offsets are into the record's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Slip {
    /// The quoted value opened at `opened` closes at `closed` and text
    /// follows the closing quote.
    TextAfterClose { opened: usize, closed: usize },
    /// The quoted value opened at `opened` runs to the end of the file.
    NeverClosed { opened: usize },
    /// The quoted value opened at `opened` holds the line starting at
    /// `swallowed`, which looks like a row of its own.
    SwallowsRow { opened: usize, swallowed: usize },
}

impl Slip {
    /// Where the quote that went wrong opened.
    pub fn opened(self) -> usize {
        match self {
            Slip::TextAfterClose { opened, .. } | Slip::NeverClosed { opened } | Slip::SwallowsRow { opened, .. } => {
                opened
            }
        }
    }
}

/// The first slip in `record`, the raw text of one record of a file whose
/// header has `width` fields, or `None` when its quotes are all well formed.
pub(crate) fn check(record: &[u8], delimiter: u8, width: usize) -> Option<Slip> {
    // With fewer than 3 columns, one delimiter in a note would already
    // make a line look like a row.
    let rows_show = width >= 3;
    let mut at = 0;
    while at < record.len() {
        if record[at] != b'"' {
            // An unquoted field: a quote inside it is only a character.
            at = end_of_unquoted(record, at, delimiter);
        } else {
            let opened = at;
            // A stray quote swallows rows only if its own line, with the
            // quote read as a plain character, is already a whole row; a
            // value that truly runs over lines leaves its line short of the
            // fields that follow its closing quote.
            let stray_on_a_row = rows_show && fields_if_stray(record, opened, delimiter) == Some(width);
            at += 1;
            loop {
                let Some(byte) = record.get(at) else { return Some(Slip::NeverClosed { opened }) };
                match byte {
                    b'"' if record.get(at + 1) == Some(&b'"') => at += 2,
                    b'"' => break,
                    b'\n' | b'\r' => {
                        at += 1;
                        if *byte == b'\r' && record.get(at) == Some(&b'\n') {
                            at += 1;
                        }
                        if stray_on_a_row && fields_on_line(&record[at..], delimiter) == Some(width) {
                            return Some(Slip::SwallowsRow { opened, swallowed: at });
                        }
                    }
                    _ => at += 1,
                }
            }
            let closed = at;
            at += 1;
            match record.get(at) {
                None | Some(b'\n' | b'\r') => return None,
                Some(byte) if *byte == delimiter => {}
                Some(_) => return Some(Slip::TextAfterClose { opened, closed }),
            }
        }
        match record.get(at) {
            Some(byte) if *byte == delimiter => at += 1,
            // The record's line end: what follows belongs to the next record.
            _ => return None,
        }
    }
    None
}

/// Where the unquoted field starting at `at` ends: at the delimiter or line
/// end after it.
fn end_of_unquoted(record: &[u8], at: usize, delimiter: u8) -> usize {
    record[at..].iter().position(|b| *b == delimiter || *b == b'\n' || *b == b'\r').map_or(record.len(), |n| at + n)
}

/// How many fields the line on which the quote at `opened` stands has when
/// that quote is a plain character, as it is when it is a stray.
fn fields_if_stray(record: &[u8], opened: usize, delimiter: u8) -> Option<usize> {
    let line_start = record[..opened].iter().rposition(|b| *b == b'\n' || *b == b'\r').map_or(0, |n| n + 1);
    let before = fields_on_line(&record[line_start..opened], delimiter)?;
    let rest = &record[opened..];
    let line_end = rest.iter().position(|b| *b == b'\n' || *b == b'\r').unwrap_or(rest.len());
    Some(before + rest[..line_end].iter().filter(|b| **b == delimiter).count())
}

/// How many fields the line starting `text` has when read alone, as a row
/// of its own; `None` when a quote opened on it is not closed on it.
fn fields_on_line(text: &[u8], delimiter: u8) -> Option<usize> {
    let mut fields = 1;
    let mut field_start = true;
    let mut at = 0;
    while let Some(&byte) = text.get(at) {
        match byte {
            b'"' if field_start => loop {
                at += 1;
                match text.get(at)? {
                    b'"' if text.get(at + 1) == Some(&b'"') => at += 1,
                    b'"' => break,
                    b'\n' | b'\r' => return None,
                    _ => {}
                }
            },
            b'\n' | b'\r' => break,
            _ if byte == delimiter => fields += 1,
            _ => {}
        }
        field_start = byte == delimiter;
        at += 1;
    }
    Some(fields)
}

/// How many lines end in `text`: each LF, and when `cr_only` (a file whose
/// lines end in a CR alone, as old Mac Excel wrote) each CR not before an LF
/// too. In other files a CR alone is no line end, as the csv crate counts.
pub(crate) fn line_breaks(text: &[u8], cr_only: bool) -> u64 {
    let lfs = text.iter().filter(|b| **b == b'\n').count();
    if !cr_only {
        return lfs as u64;
    }
    let crs_alone = text.windows(2).filter(|w| w[0] == b'\r' && w[1] != b'\n').count();
    let last_cr = usize::from(text.last() == Some(&b'\r'));
    (lfs + crs_alone + last_cr) as u64
}

/// Whether the lines of `text` end in a CR alone: its first line does.
pub(crate) fn cr_only(text: &[u8]) -> bool {
    let end = text.iter().position(|b| *b == b'\r' || *b == b'\n');
    end.is_some_and(|at| text[at] == b'\r' && text.get(at + 1) != Some(&b'\n'))
}

/// Which field of `record` the byte at `offset` is in, counting from 0, for
/// an offset where a field starts.
pub(crate) fn field_at(record: &[u8], offset: usize, delimiter: u8) -> usize {
    let mut field = 0;
    let mut at = 0;
    while at < offset {
        if record[at] == b'"' {
            at += 1;
            while at < offset && !(record[at] == b'"' && record.get(at + 1) != Some(&b'"')) {
                at += if record[at] == b'"' { 2 } else { 1 };
            }
            at += 1;
        } else {
            at = end_of_unquoted(record, at, delimiter).min(offset);
        }
        if at < offset && record.get(at) == Some(&delimiter) {
            field += 1;
            at += 1;
        }
    }
    field
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slip(text: &str) -> Option<Slip> {
        check(text.as_bytes(), b',', 5)
    }

    #[test]
    fn well_formed_quotes_pass_including_values_on_several_lines() {
        assert_eq!(slip("p1,\"Smith, Ann\",\"a \"\"b\"\"\",,\r\n"), None);
        assert_eq!(slip("p1,\"12 High St,\nAshworth,\nAB1 2CD\",x,y,z\n"), None, "an address on three lines");
        assert_eq!(slip("p1,O\"Brien,x\"y,,\n"), None, "a quote inside an unquoted field is a character");
        assert_eq!(slip("\"\",\"\",,,\n"), None);
    }

    #[test]
    fn a_quote_that_swallows_rows_is_found_at_the_first_swallowed_line() {
        let text = "P1,T1,\"Ann Smith,Nurse,frontline\r\nP2,T1,Bob Jones,Nurse,frontline\r\nP3,T1,Cat Brown,\"Lead, Ward\",middle\r\n";
        assert_eq!(slip(text), Some(Slip::SwallowsRow { opened: 6, swallowed: 34 }));
        assert_eq!(&text[34..40], "P2,T1,");
    }

    #[test]
    fn text_after_a_closing_quote_and_a_quote_never_closed_are_found() {
        assert_eq!(slip("p1,\"Lead\"er,,,\n"), Some(Slip::TextAfterClose { opened: 3, closed: 8 }));
        assert_eq!(slip("p1,p2,\"never closed\np3,x\n"), Some(Slip::NeverClosed { opened: 6 }));
        assert_eq!(check(b"p1;\"x", b';', 2), Some(Slip::NeverClosed { opened: 3 }));
    }

    #[test]
    fn a_value_on_several_lines_whose_last_line_completes_its_record_is_no_slip() {
        // As the CSV export writes an id holding a line break: the line
        // after the break has the header's width only with the fields that
        // follow the closing quote, and the quote's own line is short.
        assert_eq!(slip("t19,\"t19line\nbreak\",o1,Team,\n"), None);
        assert_eq!(slip("p1,\"Met, agreed\nnext: a, b, c, d\",x,y,z\n"), None, "a note whose second line has commas");
    }

    #[test]
    fn with_two_columns_a_delimiter_in_a_note_is_no_sign() {
        assert_eq!(check(b"p1,\"one\nsee: a, b\"\n", b',', 2), None);
    }

    #[test]
    fn a_quote_closed_on_a_later_row_is_found_by_the_shape_of_that_row() {
        let text = "P1,\"Ann,x,y\nP2,5\",z,w\n";
        assert_eq!(check(text.as_bytes(), b',', 4), Some(Slip::SwallowsRow { opened: 3, swallowed: 12 }));
        assert_eq!(fields_on_line(b"a,\"b,c\",d\nx", b','), Some(3));
        assert_eq!(fields_on_line(b"a,\"b\nc\"", b','), None);
    }

    #[test]
    fn lines_and_fields_are_counted_as_the_reader_does() {
        assert_eq!(line_breaks(b"a\r\nb\nc\rd", true), 3);
        assert_eq!(line_breaks(b"a\r\nb\nc\rd", false), 2, "in an LF file a CR alone is no line end");
        assert_eq!(line_breaks(b"a\r", true), 1);
        assert!(cr_only(b"h\rA\r") && !cr_only(b"h\r\nA\rB") && !cr_only(b"h"));
        assert_eq!(field_at(b"a,\"b,c\",d", 8, b','), 2);
        assert_eq!(field_at(b"a,\"b,c\",d", 2, b','), 1);
        assert_eq!(field_at(b"a,b", 0, b','), 0);
    }
}
