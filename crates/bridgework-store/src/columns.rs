//! Reading and writing the column types the schema uses: dates as
//! `YYYY-MM-DD` text, vocabularies by their canonical spelling, lists as JSON
//! arrays.

use bridgework_core::Date;
use chrono::Datelike;
use rusqlite::ToSql;
use rusqlite::types::{ToSqlOutput, Type, ValueRef};
use rusqlite::{Error, Row};
use std::borrow::Cow;
use std::str::FromStr;

/// Which copy of the map a query reads: the live tables, or one snapshot's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Source {
    Live,
    Snapshot(i64),
}

impl Source {
    /// The `FROM` clause for `table` in this copy.
    pub(crate) fn from(self, table: &str) -> String {
        match self {
            Source::Live => table.to_string(),
            Source::Snapshot(id) => format!("snapshot_{table} WHERE snapshot_id = {id}"),
        }
    }
}

fn conversion_error(idx: usize, err: impl std::error::Error + Send + Sync + 'static) -> Error {
    Error::FromSqlConversionFailure(idx, Type::Text, Box::new(err))
}

/// A vocabulary value, such as a level or a tie kind.
pub(crate) fn word<T: FromStr>(row: &Row<'_>, idx: usize) -> rusqlite::Result<T>
where
    T::Err: std::error::Error + Send + Sync + 'static,
{
    let text: String = row.get(idx)?;
    text.parse().map_err(|e| conversion_error(idx, e))
}

/// An optional vocabulary value.
pub(crate) fn optional_word<T: FromStr>(row: &Row<'_>, idx: usize) -> rusqlite::Result<Option<T>>
where
    T::Err: std::error::Error + Send + Sync + 'static,
{
    let text: Option<String> = row.get(idx)?;
    text.map(|t| t.parse().map_err(|e| conversion_error(idx, e))).transpose()
}

/// A list of tags stored as a JSON array.
pub(crate) fn list(row: &Row<'_>, idx: usize) -> rusqlite::Result<Vec<String>> {
    let text: String = row.get(idx)?;
    serde_json::from_str(&text).map_err(|e| conversion_error(idx, e))
}

/// A list of tags as the JSON array it is stored as.
pub(crate) fn list_text(items: &[String]) -> Cow<'static, str> {
    if items.is_empty() {
        return Cow::Borrowed("[]");
    }
    Cow::Owned(serde_json::to_string(items).expect("a list of strings always serialises"))
}

/// A day as stored: `YYYY-MM-DD`, written by hand into a small buffer because
/// chrono's general formatter and a string per date are a measurable share of
/// a large import.
#[derive(Debug, Clone, Copy)]
pub(crate) struct DayText([u8; 10]);

pub(crate) fn day_text(day: Date) -> DayText {
    let mut text = *b"0000-00-00";
    let digits = |out: &mut [u8], mut n: u32| {
        for slot in out.iter_mut().rev() {
            *slot = b'0' + (n % 10) as u8;
            n /= 10;
        }
    };
    digits(&mut text[0..4], day.year().clamp(0, 9999) as u32);
    digits(&mut text[5..7], day.month());
    digits(&mut text[8..10], day.day());
    DayText(text)
}

impl ToSql for DayText {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::Borrowed(ValueRef::Text(&self.0)))
    }
}

/// An optional day stored as `YYYY-MM-DD`, parsed by hand for the same reason.
pub(crate) fn optional_day(row: &Row<'_>, idx: usize) -> rusqlite::Result<Option<Date>> {
    let Some(text) = row.get_ref(idx)?.as_str_or_null()? else { return Ok(None) };
    parse_day(text).map(Some).ok_or_else(|| {
        Error::FromSqlConversionFailure(idx, Type::Text, format!("\"{text}\" is not a date (YYYY-MM-DD)").into())
    })
}

fn parse_day(text: &str) -> Option<Date> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        bytes[range].iter().try_fold(0u32, |n, &b| b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0')))
    };
    Date::from_ymd_opt(number(0..4)? as i32, number(5..7)?, number(8..10)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_written_and_read_as_iso_dates() {
        let day = Date::from_ymd_opt(2026, 3, 9).unwrap();
        assert_eq!(&day_text(day).0, b"2026-03-09");
        assert_eq!(parse_day("2026-03-09"), Some(day));
        for bad in ["2026-02-30", "2026-3-09", "2026/03/09", "20260309xx", "２０２６-03-09"] {
            assert_eq!(parse_day(bad), None, "{bad}");
        }
    }
}
