//! Prose wrapped to a width: textwrap's first-fit algorithm, with a shortcut for plain
//! ASCII text.

use std::borrow::Cow;

use textwrap::core::{Fragment, display_width};
use textwrap::{LineEnding, Options, WordSeparator, WordSplitter, WrapAlgorithm};

use super::style::is_printable_ascii;

/// How prose is wrapped everywhere: at spaces only (never inside a hyphenated word), filling
/// each line in turn, which is fast and predictable.
pub fn options(width: usize) -> Options<'static> {
    Options::new(width)
        .word_separator(WordSeparator::AsciiSpace)
        .word_splitter(WordSplitter::NoHyphenation)
        .wrap_algorithm(WrapAlgorithm::FirstFit)
}

/// The lines `textwrap::wrap(text, options)` makes. For printable ASCII wrapped with
/// [`options`] (the catalog's prose), the words are found and measured here, a byte per
/// column, instead of measuring each character's display width: that was most of the time a
/// paper's card took. Everything else goes to textwrap.
pub fn wrap<'a>(text: &'a str, options: Options<'_>) -> Vec<Cow<'a, str>> {
    let shortcut = options.break_words
        && options.line_ending == LineEnding::LF
        && matches!(options.word_separator, WordSeparator::AsciiSpace)
        && matches!(options.word_splitter, WordSplitter::NoHyphenation)
        && matches!(options.wrap_algorithm, WrapAlgorithm::FirstFit)
        && is_printable_ascii(text);
    if shortcut && let Some(lines) = ascii_line(text, &options) {
        return lines;
    }
    textwrap::wrap(text, options)
}

/// A word and the spaces after it, as textwrap's `AsciiSpace` separator finds them.
#[derive(Debug)]
struct Word<'a> {
    word: &'a str,
    spaces: usize,
}

impl Fragment for Word<'_> {
    fn width(&self) -> f64 {
        self.word.len() as f64
    }

    fn whitespace_width(&self) -> f64 {
        self.spaces as f64
    }

    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// One line of printable ASCII (no line breaks), wrapped as textwrap's `wrap_single_line`
/// does it; `None` when a word is too long for a line, which textwrap breaks apart.
fn ascii_line<'a>(line: &'a str, options: &Options<'_>) -> Option<Vec<Cow<'a, str>>> {
    let (initial, subsequent) = (options.initial_indent, options.subsequent_indent);
    if line.len() < options.width && initial.is_empty() {
        return Some(vec![Cow::Borrowed(line.trim_end_matches(' '))]);
    }
    let widths = [
        options.width.saturating_sub(display_width(initial)),
        options.width.saturating_sub(display_width(subsequent)),
    ];
    // Each word keeps the spaces after it; spaces that open the line follow an empty word.
    let mut words = Vec::with_capacity(line.len() / 5 + 2);
    if !initial.is_empty() {
        // As textwrap does: the first word is not forced onto an indented first line.
        words.push(Word {
            word: "",
            spaces: 0,
        });
    }
    let bytes = line.as_bytes();
    let mut start = 0;
    while start < bytes.len() {
        let end = (start..bytes.len())
            .find(|&i| bytes[i] == b' ')
            .unwrap_or(bytes.len());
        let spaces = bytes[end..].iter().take_while(|&&b| b == b' ').count();
        let word = &line[start..end];
        if word.len() > widths[1] {
            return None;
        }
        words.push(Word { word, spaces });
        start = end + spaces;
    }
    let line_widths = [widths[0] as f64, widths[1] as f64];
    let mut lines = Vec::new();
    let mut at = 0;
    for (n, group) in textwrap::wrap_algorithms::wrap_first_fit(&words, &line_widths)
        .into_iter()
        .enumerate()
    {
        let Some(last) = group.last() else {
            lines.push(Cow::Borrowed(""));
            continue;
        };
        let len: usize = group.iter().map(|w| w.word.len() + w.spaces).sum();
        let text = &line[at..at + len - last.spaces];
        let indent = if n == 0 { initial } else { subsequent };
        lines.push(if indent.is_empty() {
            Cow::Borrowed(text)
        } else {
            Cow::Owned(format!("{indent}{text}"))
        });
        at += len;
    }
    Some(lines)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use proptest::prelude::*;

    fn both(text: &str, options: Options<'_>) -> (Vec<String>, Vec<String>) {
        let ours = wrap(text, options.clone()).into_iter().map(Cow::into_owned);
        let theirs = textwrap::wrap(text, options)
            .into_iter()
            .map(Cow::into_owned);
        (ours.collect(), theirs.collect())
    }

    fn all_indents(width: usize) -> [Options<'static>; 3] {
        [
            options(width),
            options(width)
                .initial_indent("  • ")
                .subsequent_indent("    "),
            options(width).subsequent_indent("   "),
        ]
    }

    #[test]
    fn every_text_of_the_catalog_wraps_as_textwrap_wraps_it() {
        let catalog = Catalog::embedded();
        let mut texts: Vec<&str> = catalog
            .eras
            .iter()
            .map(|e| e.description.as_str())
            .collect();
        for p in &catalog.papers {
            texts.extend([p.title.as_str(), &p.summary, &p.why, &p.tldr, &p.venue]);
            texts.extend(p.results.iter().map(|r| r.as_str()));
            texts.extend(p.builds_on.iter().map(|l| l.note.as_str()));
        }
        for text in texts {
            for width in 8..=120 {
                for options in all_indents(width) {
                    let (ours, theirs) = both(text, options);
                    assert_eq!(ours, theirs, "width {width}: {text}");
                }
            }
        }
    }

    #[test]
    fn spaces_long_words_and_other_text_wrap_as_textwrap_wraps_them() {
        let texts = [
            "",
            " ",
            "word",
            "  two leading spaces",
            "trailing spaces   ",
            "double  spaces  inside   here",
            "a-hyphenated-word stays whole",
            "averyveryveryverylongwordthatcannotfit here",
            "exactly ten",
            "line\nbreaks\n\nand\ttabs",
            "naïve café — Jürgen",
        ];
        for text in texts {
            for width in 1..=30 {
                for options in all_indents(width) {
                    let (ours, theirs) = both(text, options);
                    assert_eq!(ours, theirs, "width {width}: {text:?}");
                }
            }
        }
    }

    proptest! {
        #[test]
        fn random_ascii_wraps_as_textwrap_wraps_it(
            text in "[a-c -]{0,60}",
            width in 1usize..25,
            indent in 0usize..3,
        ) {
            let options = all_indents(width)[indent].clone();
            let (ours, theirs) = both(&text, options);
            prop_assert_eq!(ours, theirs);
        }
    }
}
