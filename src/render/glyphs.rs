//! The drawing characters of the graph views (rails, tree branches, arrows), their 7-bit
//! stand-ins for `--ascii`, and fitting one line of text into a width.

use std::borrow::Cow;

use super::style::clean_line;

/// Which characters to draw with: Unicode box drawing, or 7-bit ASCII only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Glyphs {
    pub ascii: bool,
}

impl Glyphs {
    pub const UNICODE: Glyphs = Glyphs { ascii: false };
    pub const ASCII: Glyphs = Glyphs { ascii: true };

    fn pick(self, unicode: &'static str, ascii: &'static str) -> &'static str {
        if self.ascii { ascii } else { unicode }
    }

    /// Catalog text made safe for one line, and transliterated under `--ascii`
    /// ("Łukasz" -> "Lukasz", "—" -> "--") so not one byte above 127 gets out.
    pub fn text(self, text: &str) -> String {
        let line = clean_line(text);
        if self.ascii && !line.is_ascii() {
            deunicode::deunicode(&line)
        } else {
            line
        }
    }

    /// Marks text cut short to fit.
    pub fn ellipsis(self) -> &'static str {
        self.pick("…", "...")
    }
    /// Points from a paper to the one that built on it.
    pub fn arrow(self) -> &'static str {
        self.pick("→", "->")
    }
    /// Points back from a paper to the ones it built on.
    pub fn back_arrow(self) -> &'static str {
        self.pick("←", "<-")
    }
    /// Separates a paper from the sentence about it.
    pub fn dash(self) -> &'static str {
        self.pick(" — ", " - ")
    }
    /// Separates the parts of a heading ("3 · The Transformer · 2017").
    pub fn dot(self) -> &'static str {
        self.pick(" · ", " - ")
    }
}

/// Columns a string takes on a terminal (wide characters count two).
pub fn width(text: &str) -> usize {
    textwrap::core::display_width(text)
}

/// The text, cut to at most `max` columns with an ellipsis when it is longer.
pub fn shorten<'a>(text: &'a str, max: usize, ellipsis: &str) -> Cow<'a, str> {
    if width(text) <= max {
        return Cow::Borrowed(text);
    }
    let budget = max.saturating_sub(width(ellipsis));
    let mut used = 0;
    let mut end = 0;
    for (i, c) in text.char_indices() {
        let w = width(c.encode_utf8(&mut [0; 4]));
        if used + w > budget {
            break;
        }
        used += w;
        end = i + c.len_utf8();
    }
    // Rather end on a whole word, unless that would throw away most of the room.
    let cut_mid_word = !text[end..].starts_with(char::is_whitespace);
    if cut_mid_word
        && let Some(space) = text[..end].rfind(char::is_whitespace)
        && width(&text[..space]) >= budget / 2
    {
        end = space;
    }
    Cow::Owned(format!("{}{ellipsis}", text[..end].trim_end()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shorten_keeps_text_that_fits() {
        assert_eq!(shorten("abc", 3, "…"), "abc");
        assert_eq!(shorten("", 0, "…"), "");
    }

    #[test]
    fn shorten_cuts_to_the_width_with_the_ellipsis() {
        assert_eq!(shorten("abcdef", 4, "…"), "abc…");
        assert_eq!(shorten("abcdef", 4, "..."), "a...");
        assert_eq!(shorten("ab cdef", 4, "…"), "ab…");
        assert_eq!(shorten("one two three", 10, "…"), "one two…");
        assert_eq!(shorten("one twothree", 10, "…"), "one twoth…");
        assert_eq!(shorten("a verylongword", 10, "…"), "a verylon…");
        assert_eq!(width(&shorten("日本語のテキスト", 7, "…")), 7);
    }

    #[test]
    fn shorten_to_nothing_leaves_the_ellipsis() {
        assert_eq!(shorten("abcdef", 0, "…"), "…");
    }

    #[test]
    fn ascii_glyphs_and_text_are_seven_bit() {
        let g = Glyphs::ASCII;
        for s in [g.ellipsis(), g.arrow(), g.back_arrow(), g.dash(), g.dot()] {
            assert!(s.is_ascii(), "{s:?}");
        }
        let text = g.text("Łukasz — “quoted” · 1986–2012 …\u{1b}[2J");
        assert!(text.is_ascii(), "{text:?}");
        assert!(text.starts_with("Lukasz"));
        assert!(!text.contains('\u{1b}'));
    }
}
