//! The drawing characters of the graph views (rails, tree branches, arrows), their 7-bit
//! stand-ins for `--ascii`.

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
    /// Marks a paper the reader has read, as the ✓ column of tables does.
    pub fn check(self) -> &'static str {
        self.pick(super::table::CHECK, "x")
    }
}

pub use super::wrap::{shorten, width};

#[cfg(test)]
mod tests {
    use super::*;

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
