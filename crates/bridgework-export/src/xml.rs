//! Text as XML can hold it.

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, Event};
use std::borrow::Cow;
use std::io::{self, BufWriter, Write};

/// The writer a document's body gets: indented by one space, buffered.
pub(crate) type Document<'a> = Writer<BufWriter<&'a mut dyn Write>>;

/// Writes one XML document to `out`: the declaration, the `body`, a final
/// line break.
pub(crate) fn document(out: &mut dyn Write, body: impl FnOnce(&mut Document<'_>) -> io::Result<()>) -> io::Result<()> {
    let mut xml = Writer::new_with_indent(BufWriter::with_capacity(1 << 16, out), b' ', 1);
    xml.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    body(&mut xml)?;
    let mut out = xml.into_inner();
    out.write_all(b"\n")?;
    out.flush()
}

/// `text` with every character XML 1.0 cannot hold, even escaped (control
/// characters other than tab, line feed and carriage return, and the
/// non-characters U+FFFE and U+FFFF), replaced by U+FFFD, the replacement
/// character. Everything else is kept; the writer escapes markup.
pub fn legal(text: &str) -> Cow<'_, str> {
    let illegal =
        |c: char| matches!(c, '\0'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}');
    if text.contains(illegal) { Cow::Owned(text.replace(illegal, "\u{fffd}")) } else { Cow::Borrowed(text) }
}

/// `text` as the content of an element or attribute of HTML or XML written
/// by hand: made [`legal`], with markup escaped, so a name is always text.
pub fn escaped(text: &str) -> String {
    quick_xml::escape::escape(legal(text).as_ref()).into_owned()
}

#[cfg(test)]
mod tests {
    #[test]
    fn control_characters_become_the_replacement_character_and_the_rest_stays() {
        assert_eq!(super::legal("a\u{0}b\u{1b}[31m\u{ffff}"), "a\u{fffd}b\u{fffd}[31m\u{fffd}");
        assert_eq!(super::legal("tab\tline\ncr\r <&> \u{202e}é😀"), "tab\tline\ncr\r <&> \u{202e}é😀");
    }

    #[test]
    fn escaped_text_is_text_in_html() {
        assert_eq!(
            super::escaped("<b>\"Ann\" & 'Bo'\u{0}</b>"),
            "&lt;b&gt;&quot;Ann&quot; &amp; &apos;Bo&apos;\u{fffd}&lt;/b&gt;"
        );
    }
}
