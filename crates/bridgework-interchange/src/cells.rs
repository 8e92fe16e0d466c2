//! Typed values from single cells: text, dates, whole numbers, vocabulary
//! values and `;`-separated lists.
//!
//! A cell of a CSV file is always text; a workbook's cell may also be a
//! number, a date or an error. Every function here takes either, trims text,
//! reads an empty cell as "no value", and on failure returns the message a
//! person sees. Nothing here knows which column or row it is reading.
//!
//! These are on the hot path of a large import (a million cells a second and
//! more), so the common spellings are recognised without allocating.

use crate::formulas;
use bridgework_core::{Date, Frequency, Level, OrgKind, PartnershipModel, TieKind, UnknownValue};
use chrono::Datelike;
use std::borrow::Cow;
use std::ops::RangeInclusive;
use std::str::FromStr;

/// One cell as the source holds it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Cell<'a> {
    Text(&'a str),
    Number(f64),
    Date(Date),
    Bool(bool),
    /// A spreadsheet's error value, such as `#N/A`, as it displays.
    Error(String),
}

/// A row's cells, however the source holds them.
pub(crate) trait Cells {
    fn width(&self) -> usize;
    /// The cell at `index`; empty past the end of the row.
    fn cell(&self, index: usize) -> Cell<'_>;
}

impl Cell<'_> {
    /// Whether the cell holds nothing but spaces.
    pub fn is_blank(&self) -> bool {
        matches!(self, Cell::Text(text) if trim(text).is_empty())
    }
}

/// [`str::trim`], without decoding characters for the usual cell, which
/// starts and ends with a visible ASCII character.
fn trim(text: &str) -> &str {
    let bytes = text.as_bytes();
    let visible = |byte: Option<&u8>| byte.is_some_and(u8::is_ascii_graphic);
    if visible(bytes.first()) && visible(bytes.last()) { text } else { text.trim() }
}

/// How a cell is quoted in messages: text in quotes, other values as shown.
fn shown(cell: &Cell<'_>) -> String {
    match cell {
        Cell::Text(text) => format!("\"{}\"", trim(text)),
        Cell::Number(n) => number_text(*n),
        Cell::Date(day) => day.to_string(),
        Cell::Bool(b) => bool_text(*b).to_string(),
        Cell::Error(e) => e.clone(),
    }
}

fn error_cell(e: &str) -> String {
    format!("the cell holds the spreadsheet error {e}")
}

/// A number as a spreadsheet shows it: `12`, not `12.0`, since ids and
/// phone numbers typed into a workbook arrive as numbers.
fn number_text(n: f64) -> String {
    // 2^53: beyond it not every whole number is a float.
    const EXACT: f64 = 9_007_199_254_740_992.0;
    if n.fract() == 0.0 && n.abs() < EXACT { format!("{}", n as i64) } else { format!("{n}") }
}

fn bool_text(b: bool) -> &'static str {
    if b { "TRUE" } else { "FALSE" }
}

/// The most characters a cell may hold: Excel's own limit, far beyond any
/// name or note, so that a runaway cell is reported rather than stored.
pub const MAX_CELL_CHARS: usize = 32_767;

/// Refuses a cell no map can keep: one longer than [`MAX_CELL_CHARS`], or
/// one holding a NUL character, which no name or note has on purpose, which
/// the CSV reader refuses in a file (a sign of UTF-16 read as bytes), and
/// which therefore could not come back from an export.
pub(crate) fn storable(cell: &Cell<'_>) -> Result<(), String> {
    let Cell::Text(text) = cell else { return Ok(()) };
    if text.contains('\0') {
        return Err("the cell holds a NUL character (U+0000), which no name or note can keep; remove it".into());
    }
    // Bytes first: counting characters is only worth it for long text.
    if text.len() <= MAX_CELL_CHARS || text.chars().count() <= MAX_CELL_CHARS {
        return Ok(());
    }
    Err(format!(
        "the cell holds {} characters; a cell holds at most {MAX_CELL_CHARS} (as in Excel)",
        text.chars().count()
    ))
}

/// The cell's text, trimmed, with an export's guard against formulas taken
/// off ([`formulas::restore`]); `None` when empty.
pub(crate) fn text<'a>(cell: &Cell<'a>) -> Result<Option<Cow<'a, str>>, String> {
    Ok(match cell {
        Cell::Text(text) => Some(formulas::restore(trim(text))).filter(|t| !t.is_empty()).map(Cow::Borrowed),
        Cell::Number(n) => Some(Cow::Owned(number_text(*n))),
        Cell::Date(day) => Some(Cow::Owned(day.to_string())),
        Cell::Bool(b) => Some(Cow::Borrowed(bool_text(*b))),
        Cell::Error(e) => return Err(error_cell(e)),
    })
}

/// A `;`-separated list, each item trimmed, empty items dropped.
pub(crate) fn list(cell: &Cell<'_>) -> Result<Vec<String>, String> {
    let Some(text) = text(cell)? else { return Ok(Vec::new()) };
    Ok(text.split(';').map(str::trim).filter(|item| !item.is_empty()).map(str::to_string).collect())
}

/// The years a date may fall in. A year outside is a typo (`0205` for
/// `2025`, `0000` for no date), not a day anyone met.
pub const YEARS: RangeInclusive<i32> = 1900..=2999;

/// A day: a workbook's date cell, or text as `YYYY-MM-DD` or `DD/MM/YYYY`,
/// in one of [`YEARS`].
pub(crate) fn date(cell: &Cell<'_>) -> Result<Option<Date>, String> {
    let day = match cell {
        Cell::Date(day) => *day,
        Cell::Text(text) => {
            let text = trim(text);
            if text.is_empty() {
                return Ok(None);
            }
            parse_date(text).ok_or_else(|| not_a_date(text))?
        }
        Cell::Error(e) => return Err(error_cell(e)),
        other => return Err(format!("{} is not a date; write dates as YYYY-MM-DD", shown(other))),
    };
    if !YEARS.contains(&day.year()) {
        return Err(format!(
            "{} is not a date Bridgework keeps: years run from {} to {}",
            shown(cell),
            YEARS.start(),
            YEARS.end()
        ));
    }
    Ok(Some(day))
}

/// Parses ISO `YYYY-MM-DD` or UK `DD/MM/YYYY` (day and month may have one
/// digit). Slashed dates are always read day first: US month-first dates
/// are not accepted, since 03/04/2025 could be either.
pub(crate) fn parse_date(text: &str) -> Option<Date> {
    let bytes = text.as_bytes();
    if let [y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2] = *bytes {
        // What exports write, so worth reading without splitting.
        let digits = [y1, y2, y3, y4, m1, m2, d1, d2];
        if digits.iter().all(u8::is_ascii_digit) {
            let [y1, y2, y3, y4, m1, m2, d1, d2] = digits.map(|d| u32::from(d - b'0'));
            return Date::from_ymd_opt((y1 * 1000 + y2 * 100 + y3 * 10 + y4) as i32, m1 * 10 + m2, d1 * 10 + d2);
        }
    }
    if let Some([year, month, day]) = numbers(bytes, b'-', [4..=4, 1..=2, 1..=2]) {
        return Date::from_ymd_opt(year as i32, month, day);
    }
    let [day, month, year] = numbers(bytes, b'/', [1..=2, 1..=2, 4..=4])?;
    Date::from_ymd_opt(year as i32, month, day)
}

/// Three runs of digits separated by `separator`, each with a number of
/// digits in its range; by hand, since chrono's format parser costs several
/// times more and dates fill two columns of the largest table.
fn numbers(bytes: &[u8], separator: u8, widths: [RangeInclusive<usize>; 3]) -> Option<[u32; 3]> {
    let mut parts = bytes.split(|b| *b == separator);
    let mut values = [0; 3];
    for (value, width) in values.iter_mut().zip(widths) {
        let part = parts.next()?;
        if !width.contains(&part.len()) || !part.iter().all(u8::is_ascii_digit) {
            return None;
        }
        *value = part.iter().fold(0, |n, digit| n * 10 + u32::from(digit - b'0'));
    }
    parts.next().is_none().then_some(values)
}

fn not_a_date(text: &str) -> String {
    // A slashed date that only makes sense month first is almost surely US
    // order: say why it was refused rather than only that it was.
    let month_first = numbers(text.as_bytes(), b'/', [1..=2, 1..=2, 4..=4])
        .and_then(|[month, day, year]| Date::from_ymd_opt(year as i32, month, day));
    let hint = if month_first.is_some() { " (dates with slashes are read day first, DD/MM/YYYY)" } else { "" };
    format!("\"{text}\" is not a date{hint}; write dates as YYYY-MM-DD")
}

/// A rating or score: a whole number, written as one in text (`3`; `3.0`,
/// `+3` and `1e0` are refused, with the spelling to use) or a workbook's
/// number cell holding one. Whether it is within 1–5 is for the map's rules
/// to judge; here only numbers that cannot be a rating at all are refused.
pub(crate) fn rating(cell: &Cell<'_>) -> Result<Option<u8>, String> {
    let number = match cell {
        Cell::Number(n) => *n,
        Cell::Text(text) => {
            let text = trim(text);
            if text.is_empty() {
                return Ok(None);
            }
            if text.bytes().all(|b| b.is_ascii_digit()) {
                return text.parse::<u8>().map(Some).map_err(|_| out_of_range(cell));
            }
            if text
                .strip_prefix('-')
                .is_some_and(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
            {
                return Err(out_of_range(cell));
            }
            // Another spelling of a number: say which spelling to use,
            // rather than read it as what it probably means.
            return match text.parse::<f64>() {
                Ok(n) if n.is_finite() && n.fract() == 0.0 && (0.0..=f64::from(u8::MAX)).contains(&n) => {
                    Err(format!("{} is not a whole number from 1 to 5; write it as {}", shown(cell), n as u8))
                }
                _ => Err(not_a_rating(cell)),
            };
        }
        Cell::Error(e) => return Err(error_cell(e)),
        _ => return Err(not_a_rating(cell)),
    };
    if !number.is_finite() || number.fract() != 0.0 {
        return Err(not_a_rating(cell));
    }
    if !(0.0..=f64::from(u8::MAX)).contains(&number) {
        return Err(out_of_range(cell));
    }
    Ok(Some(number as u8))
}

fn out_of_range(cell: &Cell<'_>) -> String {
    format!("{} is not between 1 and 5", shown(cell))
}

fn not_a_rating(cell: &Cell<'_>) -> String {
    format!("{} is not a whole number from 1 to 5", shown(cell))
}

/// One of the domain's closed vocabularies.
pub(crate) trait Vocabulary: Copy + FromStr<Err = UnknownValue> + 'static {
    const VALUES: &'static [Self];
    fn canonical(self) -> &'static str;
}

macro_rules! vocabulary {
    ($($name:ty),+) => {$(
        impl Vocabulary for $name {
            const VALUES: &'static [Self] = <$name>::ALL;
            fn canonical(self) -> &'static str {
                self.as_str()
            }
        }
    )+};
}
vocabulary!(OrgKind, Level, TieKind, Frequency, PartnershipModel);

/// A value of a vocabulary, in any spelling its parser accepts.
pub(crate) fn vocabulary<T: Vocabulary>(cell: &Cell<'_>) -> Result<Option<T>, String> {
    let Some(text) = text(cell)? else { return Ok(None) };
    // The canonical spelling (what exports write) is by far the most common;
    // the full parser folds case and spacing, which allocates.
    if let Some(value) = T::VALUES.iter().find(|v| v.canonical() == text) {
        return Ok(Some(*value));
    }
    text.parse().map(Some).map_err(|e: UnknownValue| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> Date {
        Date::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn dates_are_iso_or_day_first() {
        assert_eq!(parse_date("2025-03-04"), Some(day(2025, 3, 4)));
        assert_eq!(parse_date("2025-3-4"), Some(day(2025, 3, 4)));
        assert_eq!(parse_date("04/03/2025"), Some(day(2025, 3, 4)));
        assert_eq!(parse_date("4/3/2025"), Some(day(2025, 3, 4)));
        assert_eq!(parse_date("29/02/2024"), Some(day(2024, 2, 29)));
        for bad in ["31/02/2025", "2025-02-30", "yesterday", "04/03/25", "2025/03/04", "2025-03-04T10:00", "", "-1-1"] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_bad_date_says_how_to_write_one_and_spots_us_order() {
        let message = |text| date(&Cell::Text(text)).unwrap_err();
        assert_eq!(message("31/02/2025"), "\"31/02/2025\" is not a date; write dates as YYYY-MM-DD");
        assert_eq!(message(" yesterday "), "\"yesterday\" is not a date; write dates as YYYY-MM-DD");
        assert_eq!(
            message("03/31/2025"),
            "\"03/31/2025\" is not a date (dates with slashes are read day first, DD/MM/YYYY); write dates as YYYY-MM-DD"
        );
        assert_eq!(date(&Cell::Number(45000.5)).unwrap_err(), "45000.5 is not a date; write dates as YYYY-MM-DD");
        assert_eq!(date(&Cell::Text("  ")), Ok(None));
        assert_eq!(
            date(&Cell::Text("0000-01-01")).unwrap_err(),
            "\"0000-01-01\" is not a date Bridgework keeps: years run from 1900 to 2999"
        );
        assert_eq!(
            date(&Cell::Date(day(1899, 12, 31))).unwrap_err(),
            "1899-12-31 is not a date Bridgework keeps: years run from 1900 to 2999"
        );
        assert_eq!(date(&Cell::Date(day(2025, 1, 2))), Ok(Some(day(2025, 1, 2))));
    }

    #[test]
    fn ratings_are_whole_numbers() {
        assert_eq!(rating(&Cell::Text(" 4 ")), Ok(Some(4)));
        assert_eq!(rating(&Cell::Text("3.0")), Err("\"3.0\" is not a whole number from 1 to 5; write it as 3".into()));
        assert_eq!(rating(&Cell::Text("+3")), Err("\"+3\" is not a whole number from 1 to 5; write it as 3".into()));
        assert_eq!(rating(&Cell::Text("1e0")), Err("\"1e0\" is not a whole number from 1 to 5; write it as 1".into()));
        assert_eq!(rating(&Cell::Number(3.0)), Ok(Some(3)));
        assert_eq!(rating(&Cell::Text("9")), Ok(Some(9)), "the range is the map's rule");
        assert_eq!(rating(&Cell::Text("")), Ok(None));
        assert_eq!(rating(&Cell::Text("3.5")), Err("\"3.5\" is not a whole number from 1 to 5".into()));
        assert_eq!(rating(&Cell::Number(3.5)), Err("3.5 is not a whole number from 1 to 5".into()));
        assert_eq!(rating(&Cell::Text("strong")), Err("\"strong\" is not a whole number from 1 to 5".into()));
        assert_eq!(rating(&Cell::Text("NaN")), Err("\"NaN\" is not a whole number from 1 to 5".into()));
        assert_eq!(rating(&Cell::Text("300")), Err("\"300\" is not between 1 and 5".into()));
        assert_eq!(rating(&Cell::Text("-1")), Err("\"-1\" is not between 1 and 5".into()));
        assert_eq!(rating(&Cell::Error("#N/A".into())), Err("the cell holds the spreadsheet error #N/A".into()));
    }

    #[test]
    fn workbook_numbers_read_as_text_the_way_the_sheet_shows_them() {
        assert_eq!(text(&Cell::Number(12.0)).unwrap().as_deref(), Some("12"));
        assert_eq!(text(&Cell::Number(1.25)).unwrap().as_deref(), Some("1.25"));
        assert_eq!(text(&Cell::Number(7_700_900_123.0)).unwrap().as_deref(), Some("7700900123"));
        assert_eq!(text(&Cell::Date(day(2025, 1, 2))).unwrap().as_deref(), Some("2025-01-02"));
        assert_eq!(text(&Cell::Text("  x  ")).unwrap().as_deref(), Some("x"));
        assert_eq!(text(&Cell::Text("   ")).unwrap(), None);
    }

    #[test]
    fn lists_split_on_semicolons() {
        assert_eq!(list(&Cell::Text(" hospital discharge; frailty;;")).unwrap(), ["hospital discharge", "frailty"]);
        assert_eq!(list(&Cell::Text("")).unwrap(), Vec::<String>::new());
    }

    #[test]
    fn vocabularies_take_any_spelling_and_list_the_values_when_wrong() {
        assert_eq!(vocabulary(&Cell::Text("works-with")), Ok(Some(TieKind::WorksWith)));
        assert_eq!(vocabulary(&Cell::Text("Works With")), Ok(Some(TieKind::WorksWith)));
        assert_eq!(vocabulary::<Level>(&Cell::Text("")), Ok(None));
        assert_eq!(
            vocabulary::<Level>(&Cell::Text("Snr")),
            Err("\"Snr\" is not a level; expected one of: board, executive, senior, middle, frontline".into())
        );
    }
}
