//! The width policy, in one place: how wide text is on a terminal, how prose wraps, and
//! how a line that must stay one line is cut.
//!
//! The rules every human view follows on a terminal: no line is wider than the terminal,
//! measured in display columns (CJK and emoji count two, escape sequences nothing), except a
//! URL, which is never broken; ids and years are never cut; prose wraps before it is cut,
//! and a cut ends on a whole word with an ellipsis; a table that cannot fit drops its least
//! important columns (see `table`). Off a terminal (`Term::width` is `None`) nothing is cut.

use std::borrow::Cow;

use textwrap::core::{Fragment, display_width};
use textwrap::{LineEnding, Options, WordSeparator, WordSplitter, WrapAlgorithm};

use super::style::is_printable_ascii;

/// Columns text takes on a terminal: wide characters count two, escape sequences (colours,
/// OSC 8 hyperlinks) nothing.
pub fn width(text: &str) -> usize {
    display_width(text)
}

/// The length in bytes of the escape sequence `text` starts with (a CSI sequence such as a
/// colour, or an OSC sequence such as a hyperlink), if it starts with one.
fn escape_len(text: &str) -> Option<usize> {
    let rest = text.strip_prefix('\u{1b}')?;
    if let Some(csi) = rest.strip_prefix('[') {
        let end = csi.find(|c: char| ('\u{40}'..='\u{7e}').contains(&c))?;
        return Some(2 + end + 1);
    }
    let osc = rest.strip_prefix(']')?;
    let bel = osc.find('\u{7}').map(|at| at + 1);
    let st = osc.find("\u{1b}\\").map(|at| at + 2);
    let end = match (bel, st) {
        (Some(a), Some(b)) => a.min(b),
        (a, b) => a.or(b)?,
    };
    Some(2 + end)
}

/// The text, cut to at most `max` columns, ending on a whole word and an ellipsis when it is
/// longer. Only a first word that alone is too long is cut inside. Escape sequences count
/// for nothing and are all kept (those after the cut too), so colours and links still close.
pub fn shorten<'a>(text: &'a str, max: usize, ellipsis: &str) -> Cow<'a, str> {
    if width(text) <= max {
        return Cow::Borrowed(text);
    }
    let budget = max.saturating_sub(width(ellipsis));
    let mut used = 0;
    let mut end = 0;
    let mut at = 0;
    while at < text.len() {
        if let Some(len) = escape_len(&text[at..]) {
            at += len;
            continue;
        }
        let c = text[at..].chars().next().unwrap_or(' ');
        let w = width(c.encode_utf8(&mut [0; 4]));
        if used + w > budget {
            break;
        }
        used += w;
        at += c.len_utf8();
        end = at;
    }
    let cut_mid_word = !text[end..].starts_with(char::is_whitespace)
        && !text[..end].ends_with(char::is_whitespace);
    if cut_mid_word && let Some(space) = text[..end].trim_end().rfind(char::is_whitespace) {
        end = space;
    }
    // No stray space or separator before the ellipsis ("one two,…" reads as a typo).
    let kept = text[..end].trim_end_matches(|c: char| c.is_whitespace() || ",;:·—–-".contains(c));
    let mut escapes = String::new();
    let mut at = end;
    while at < text.len() {
        match escape_len(&text[at..]) {
            Some(len) => {
                escapes.push_str(&text[at..at + len]);
                at += len;
            }
            None => at += text[at..].chars().next().map_or(1, char::len_utf8),
        }
    }
    Cow::Owned(format!("{kept}{ellipsis}{escapes}"))
}

/// `text` as lines of at most `width` columns (the terminal's), wrapped at spaces, every
/// line after the first starting with `indent`; one line when there is no width to fit
/// (a pipe). A word of ASCII longer than a line (a URL) stays whole on a line of its own;
/// other text (CJK, which has no spaces between words) breaks where the line ends.
pub fn fit<'a>(text: &'a str, width: Option<usize>, indent: &str) -> Vec<Cow<'a, str>> {
    match width {
        None => vec![Cow::Borrowed(text)],
        Some(w) => {
            let mut options = options(w.max(1)).subsequent_indent(indent);
            options.break_words = !text.is_ascii();
            textwrap::wrap(text, options)
        }
    }
}

/// `items` joined by `separator` in lines of at most `width` columns, broken only between
/// items (the separator's trailing spaces end the line), every line after the first
/// starting with `indent`. An item too long for a line alone is wrapped as prose. One line
/// when there is no width to fit (a pipe).
pub fn join(items: &[String], separator: &str, width: Option<usize>, indent: &str) -> Vec<String> {
    let Some(max) = width else {
        return vec![items.join(separator)];
    };
    let glue = separator.trim_end();
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for item in items {
        let fresh = line.is_empty();
        let joined = if fresh {
            item.clone()
        } else {
            format!("{line}{separator}{item}")
        };
        if fresh || self::width(&joined) <= max {
            line = joined;
            continue;
        }
        line.push_str(glue);
        lines.push(std::mem::take(&mut line));
        line = format!("{indent}{item}");
    }
    lines.push(line);
    // An item wider than a line on its own: wrapped at its spaces.
    lines
        .iter()
        .flat_map(|line| {
            if self::width(line) <= max {
                vec![line.clone()]
            } else {
                fit(line, Some(max), indent)
                    .into_iter()
                    .map(Cow::into_owned)
                    .collect()
            }
        })
        .collect()
}

/// Text written without a width in mind (a citation, an error message) fitted to a
/// terminal: each line wider than `width` wraps at its spaces, its continuation lines
/// indented two more columns than it. Unchanged when there is no width (a pipe).
pub fn long_lines(text: &str, width: Option<usize>) -> Cow<'_, str> {
    let Some(max) = width else {
        return Cow::Borrowed(text);
    };
    if text.lines().all(|line| self::width(line) <= max) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 64);
    for line in text.split_inclusive('\n') {
        let (body, end) = match line.strip_suffix('\n') {
            Some(body) => (body, "\n"),
            None => (line, ""),
        };
        if self::width(body) <= max {
            out.push_str(line);
            continue;
        }
        let indent = &body[..body.len() - body.trim_start_matches(' ').len()];
        let hanging = format!("{indent}  ");
        let mut options = options(max.max(1))
            .initial_indent(indent)
            .subsequent_indent(&hanging);
        options.break_words = false;
        let lines = textwrap::wrap(body.trim_start_matches(' '), options);
        out.push_str(&lines.join("\n"));
        out.push_str(end);
    }
    Cow::Owned(out)
}

/// Opens an OSC 8 hyperlink (the address follows, then the terminator).
const LINK_OPEN: &str = "\u{1b}]8;;";
/// Ends the address of a hyperlink, or closes it when it follows `LINK_OPEN` at once.
const LINK_END: &str = "\u{1b}\\";

/// Lines wrapped from one text, each closing the hyperlink it leaves open and the next
/// opening it again, so a link never runs past the end of a line (into padding or the next
/// column).
pub fn relink(lines: Vec<Cow<'_, str>>) -> Vec<Cow<'_, str>> {
    let close = format!("{LINK_OPEN}{LINK_END}");
    let mut open: Option<String> = None;
    lines
        .into_iter()
        .map(|line| {
            let reopened = open.take();
            // The last link sequence on the line says whether a link is left open.
            let mut last = None;
            let mut rest = line.as_ref();
            while let Some(at) = rest.find(LINK_OPEN) {
                let after = &rest[at + LINK_OPEN.len()..];
                let Some(end) = after.find(LINK_END) else {
                    break;
                };
                last = Some(&after[..end]);
                rest = &after[end + LINK_END.len()..];
            }
            // A line with no link sequence stays inside the link it was opened in.
            let left_open = match last {
                Some("") => None,
                Some(url) => Some(format!("{LINK_OPEN}{url}{LINK_END}")),
                None => reopened.clone(),
            };
            let line = match (&reopened, &left_open) {
                (None, None) => line,
                (start, end) => Cow::Owned(format!(
                    "{}{line}{}",
                    start.as_deref().unwrap_or(""),
                    if end.is_some() { close.as_str() } else { "" }
                )),
            };
            open = left_open;
            line
        })
        .collect()
}

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
    fn width_counts_wide_characters_twice_and_escape_sequences_not_at_all() {
        assert_eq!(width("abc"), 3);
        assert_eq!(width("日本語"), 6);
        assert_eq!(width("🦀 x"), 4);
        assert_eq!(width("\u{1b}[1;36mid\u{1b}[0m"), 2);
        assert_eq!(
            width("\u{1b}]8;;https://example.org\u{1b}\\link\u{1b}]8;;\u{1b}\\"),
            4
        );
    }

    #[test]
    fn shorten_keeps_text_that_fits() {
        assert_eq!(shorten("abc", 3, "…"), "abc");
        assert_eq!(shorten("", 0, "…"), "");
    }

    #[test]
    fn shorten_ends_on_a_whole_word_with_no_space_before_the_ellipsis() {
        assert_eq!(shorten("abcdef", 4, "…"), "abc…");
        assert_eq!(shorten("abcdef", 4, "..."), "a...");
        assert_eq!(shorten("ab cdef", 4, "…"), "ab…");
        assert_eq!(shorten("one two three", 10, "…"), "one two…");
        assert_eq!(shorten("one two  three", 9, "…"), "one two…");
        assert_eq!(shorten("one twothree", 10, "…"), "one…");
        assert_eq!(shorten("a verylongword", 10, "…"), "a…");
        assert_eq!(shorten("one, two three", 8, "…"), "one…");
        assert_eq!(shorten("one — two three", 9, "…"), "one…");
        assert_eq!(width(&shorten("日本語のテキスト", 7, "…")), 7);
    }

    #[test]
    fn shorten_keeps_escape_sequences_whole_and_closes_what_it_cut() {
        let link = "\u{1b}]8;;https://a.org/x\u{1b}\\Backpropagation\u{1b}]8;;\u{1b}\\";
        assert_eq!(
            shorten(link, 8, "…"),
            "\u{1b}]8;;https://a.org/x\u{1b}\\Backpro…\u{1b}]8;;\u{1b}\\"
        );
        let bold = "\u{1b}[1mone two three\u{1b}[0m";
        assert_eq!(shorten(bold, 9, "…"), "\u{1b}[1mone two…\u{1b}[0m");
    }

    #[test]
    fn an_escape_sequence_ends_at_its_terminator_whichever_it_is() {
        // CSI ends at its final byte; OSC at BEL or at ESC \\, whichever comes first.
        assert_eq!(escape_len("\u{1b}[38;5;32mx"), Some(10));
        assert_eq!(escape_len("\u{1b}]8;;u\u{7}x"), Some(7));
        assert_eq!(escape_len("\u{1b}]8;;u\u{1b}\\x"), Some(8));
        assert_eq!(escape_len("\u{1b}]8;;u\u{7}\u{1b}\\"), Some(7));
        assert_eq!(escape_len("\u{1b}]8;;u\u{1b}\\\u{7}"), Some(8));
        // Unterminated, or not an escape sequence at all.
        assert_eq!(escape_len("\u{1b}]8;;u"), None);
        assert_eq!(escape_len("\u{1b}[38"), None);
        assert_eq!(escape_len("\u{1b}x"), None);
        assert_eq!(escape_len("x"), None);
        // Every sequence after the cut is kept, in order.
        let styled = "\u{1b}]8;;u\u{1b}\\\u{1b}[1mBackpropagation\u{1b}[0m\u{1b}]8;;\u{1b}\\";
        assert_eq!(
            shorten(styled, 8, "…"),
            "\u{1b}]8;;u\u{1b}\\\u{1b}[1mBackpro…\u{1b}[0m\u{1b}]8;;\u{1b}\\"
        );
        // A link closed by BEL is kept whole when it is cut.
        let link = "\u{1b}]8;;https://a.org/x\u{7}Backpropagation\u{1b}]8;;\u{7}";
        assert_eq!(
            shorten(link, 8, "…"),
            "\u{1b}]8;;https://a.org/x\u{7}Backpro…\u{1b}]8;;\u{7}"
        );
    }

    #[test]
    fn shorten_to_nothing_leaves_the_ellipsis() {
        assert_eq!(shorten("abcdef", 0, "…"), "…");
    }

    #[test]
    fn fit_wraps_with_a_hanging_indent_and_keeps_long_words_whole() {
        assert_eq!(fit("a b c d", None, "  "), ["a b c d"]);
        assert_eq!(fit("one two three", Some(8), "  "), ["one two", "  three"]);
        let url = "see https://example.org/a/very/long/path here";
        assert_eq!(
            fit(url, Some(12), ""),
            ["see", "https://example.org/a/very/long/path", "here"]
        );
    }

    #[test]
    fn fit_breaks_cjk_text_by_display_width() {
        let lines = fit("注意力机制让模型在每一步都能看到整句话", Some(10), "");
        assert!(lines.len() > 1, "{lines:?}");
        assert!(lines.iter().all(|l| width(l) <= 10), "{lines:?}");
        assert_eq!(lines.concat(), "注意力机制让模型在每一步都能看到整句话");
    }

    #[test]
    fn join_breaks_only_between_items_and_keeps_the_separator_at_the_end() {
        let ids: Vec<String> = ["lstm", "bahdanau", "transformer", "gpt-3"]
            .map(String::from)
            .into();
        assert_eq!(
            join(&ids, " → ", None, "  "),
            ["lstm → bahdanau → transformer → gpt-3"]
        );
        assert_eq!(
            join(&ids, " → ", Some(20), "  "),
            ["lstm → bahdanau →", "  transformer →", "  gpt-3"]
        );
        let long: Vec<String> = ["a b c d e f", "g"].map(String::from).into();
        let lines = join(&long, " · ", Some(5), "");
        assert!(lines.iter().all(|l| width(l) <= 5), "{lines:?}");
        assert_eq!(lines.concat().replace(' ', ""), "abcdef·g");
    }

    #[test]
    fn long_lines_wrap_under_their_own_indent_and_short_ones_stay() {
        let text = "@article{x,\n  author = {One Two and Three Four},\n}\n";
        assert_eq!(long_lines(text, None), text);
        assert_eq!(long_lines(text, Some(40)), text);
        assert_eq!(
            long_lines(text, Some(24)),
            "@article{x,\n  author = {One Two and\n    Three Four},\n}\n"
        );
        // Text that fits is not copied; text of one long line wraps.
        assert!(matches!(long_lines(text, Some(40)), Cow::Borrowed(_)));
        assert_eq!(long_lines("one two three", Some(7)), "one two\n  three");
    }

    #[test]
    fn a_link_wrapped_over_two_lines_is_closed_and_reopened() {
        let link = |text: &str| format!("{LINK_OPEN}https://a.org{LINK_END}{text}");
        let close = format!("{LINK_OPEN}{LINK_END}");
        let lines = vec![
            Cow::Owned(link("Bahdanau")),
            Cow::Owned(format!("attention{close}")),
            Cow::Borrowed("plain"),
        ];
        assert_eq!(
            relink(lines),
            [
                format!("{}{close}", link("Bahdanau")),
                format!("{}{close}", link("attention")),
                "plain".to_string(),
            ]
        );
        let whole = vec![Cow::Owned(format!("{}{close}", link("x")))];
        assert_eq!(relink(whole.clone()), whole);
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
