//! Keeping spreadsheet formulas out of what Bridgework writes (CSV
//! injection, OWASP): a spreadsheet that opens a cell beginning with `=`,
//! `+`, `-` or `@` (or a tab or carriage return before one) may run it as a
//! formula, so a name such as `=HYPERLINK(...)` typed into a map could act
//! on the machine of whoever opens the export.
//!
//! The rule, applied to every text cell of a CSV or workbook export and of
//! the CLI's CSV reports:
//!
//! - a cell whose text begins with one of `=` `+` `-` `@` tab or carriage
//!   return, after any number of apostrophes, gets one more apostrophe in
//!   front (`=1+2` is written `'=1+2`, `'=x` is written `''=x`);
//! - except a number, which a spreadsheet reads as a number anyway
//!   (`-3`, `+0.25`, `-1.5e3`); `-inf` or `-NaN` are not numbers here;
//! - every other cell is written as it is.
//!
//! Reading a CSV file or workbook undoes it ([`restore`]): one leading
//! apostrophe is removed from a cell whose text is apostrophes followed by
//! one of those characters. Exports therefore read back unchanged; a cell
//! typed by hand as `'=x` reads as `=x`, as a spreadsheet shows it.

use std::borrow::Cow;

/// The characters a spreadsheet may take as the start of a formula.
fn starts_formula(first: Option<char>) -> bool {
    matches!(first, Some('=' | '+' | '-' | '@' | '\t' | '\r'))
}

/// Whether `text` is a number as a spreadsheet reads one: digits with an
/// optional sign, decimal point and exponent.
fn is_number(text: &str) -> bool {
    let unsigned = text.strip_prefix(['+', '-']).unwrap_or(text);
    unsigned.starts_with(|c: char| c.is_ascii_digit() || c == '.') && text.parse::<f64>().is_ok_and(f64::is_finite)
}

/// `text` as a spreadsheet cell that no spreadsheet runs as a formula (the
/// module's rule).
pub fn neutralise(text: &str) -> Cow<'_, str> {
    let after_apostrophes = text.trim_start_matches('\'');
    if starts_formula(after_apostrophes.chars().next()) && !is_number(text) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// [`neutralise`] for text that may be owned already.
pub(crate) fn neutralise_cow(text: Cow<'_, str>) -> Cow<'_, str> {
    match text {
        Cow::Borrowed(text) => neutralise(text),
        Cow::Owned(text) => match neutralise(&text) {
            Cow::Borrowed(_) => Cow::Owned(text),
            Cow::Owned(guarded) => Cow::Owned(guarded),
        },
    }
}

/// The text [`neutralise`] was given, from the cell it wrote.
pub(crate) fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if starts_formula(rest.trim_start_matches('\'').chars().next()) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_get_an_apostrophe_and_numbers_do_not() {
        let cases = [
            ("=1+2", "'=1+2"),
            ("+44 20 7946 0000", "'+44 20 7946 0000"),
            ("-", "'-"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=x", "'\t=x"),
            ("\r=x", "'\r=x"),
            ("'=x", "''=x"),
            ("''+x", "'''+x"),
            ("-inf", "'-inf"),
            ("-NaN", "'-NaN"),
            ("-3", "-3"),
            ("+0.25", "+0.25"),
            ("-1.5e3", "-1.5e3"),
            ("-.5", "-.5"),
            ("Ann = Bob", "Ann = Bob"),
            ("'quoted'", "'quoted'"),
            ("", ""),
        ];
        for (text, written) in cases {
            assert_eq!(neutralise(text), written, "{text:?}");
            assert_eq!(restore(written), text, "{written:?}");
        }
    }
}
