//! How output looks on this terminal: the one colour decision, the width, the palette of
//! roles, and the scrubbing of untrusted text before it reaches a terminal.

use owo_colors::{AnsiColors, OwoColorize, Style};

/// `--color`: when to use colour.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    /// Colour when writing to a terminal, unless NO_COLOR is set (CLICOLOR_FORCE forces it)
    #[default]
    Auto,
    /// Always colour
    Always,
    /// Never colour
    Never,
}

impl ColorChoice {
    /// The one colour decision: the flag, then `NO_COLOR`, then `CLICOLOR_FORCE`, then
    /// whether stdout is a terminal.
    pub fn resolve(self, env: impl Fn(&str) -> Option<String>, stdout_is_terminal: bool) -> bool {
        let set = |name: &str| env(name).is_some_and(|v| !v.is_empty());
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto if set("NO_COLOR") => false,
            ColorChoice::Auto
                if env("CLICOLOR_FORCE").is_some_and(|v| !v.is_empty() && v != "0") =>
            {
                true
            }
            // A terminal that says it can do nothing (Emacs' shell, some CI logs).
            ColorChoice::Auto if env("TERM").as_deref() == Some("dumb") => false,
            ColorChoice::Auto => stdout_is_terminal,
        }
    }
}

/// Everything a renderer needs to know about where its output goes.
#[derive(Debug, Clone, Copy)]
pub struct Term {
    pub palette: Palette,
    /// The terminal's width, or `None` when stdout is not a terminal (no truncation).
    pub width: Option<usize>,
}

impl Term {
    /// Plain output of unlimited width: what a pipe gets.
    pub fn plain() -> Term {
        Term {
            palette: Palette { enabled: false },
            width: None,
        }
    }

    /// The width to wrap prose to: the terminal's, at most 100 columns; 80 off a terminal.
    pub fn prose_width(&self) -> usize {
        self.width.map_or(80, |w| w.clamp(20, 100))
    }
}

/// Styles named by their role, so a renderer never picks a hue.
#[derive(Debug, Clone, Copy)]
pub struct Palette {
    pub enabled: bool,
}

/// Each era keeps one colour everywhere. The basic ANSI colours follow the terminal's own
/// theme, so they stay legible on dark and light backgrounds alike.
const ERA_COLORS: [AnsiColors; 6] = [
    AnsiColors::Blue,
    AnsiColors::Green,
    AnsiColors::Magenta,
    AnsiColors::Cyan,
    AnsiColors::Red,
    AnsiColors::Yellow,
];

/// The colour of the era at this index, for views that paint with another library.
pub fn era_color(era: usize) -> AnsiColors {
    ERA_COLORS[era % ERA_COLORS.len()]
}

impl Palette {
    fn paint(&self, text: &str, style: Style) -> String {
        if self.enabled {
            text.style(style).to_string()
        } else {
            text.to_string()
        }
    }

    pub fn title(&self, text: &str) -> String {
        self.paint(text, Style::new().bold())
    }
    pub fn heading(&self, text: &str) -> String {
        self.paint(text, Style::new().bold().underline())
    }
    pub fn label(&self, text: &str) -> String {
        self.paint(text, Style::new().bold())
    }
    pub fn year(&self, text: &str) -> String {
        self.paint(text, Style::new().bold())
    }
    pub fn id(&self, text: &str) -> String {
        self.paint(text, Style::new().color(AnsiColors::Cyan))
    }
    pub fn link(&self, text: &str) -> String {
        self.paint(text, Style::new().underline())
    }
    pub fn dim(&self, text: &str) -> String {
        self.paint(text, Style::new().dimmed())
    }
    pub fn highlight(&self, text: &str) -> String {
        self.paint(text, Style::new().bold().color(AnsiColors::Yellow))
    }
    pub fn error(&self, text: &str) -> String {
        self.paint(text, Style::new().bold().color(AnsiColors::Red))
    }
    pub fn warning(&self, text: &str) -> String {
        self.paint(text, Style::new().bold().color(AnsiColors::Yellow))
    }
    /// Text in the colour of the era at this index.
    pub fn era(&self, era: usize, text: &str) -> String {
        self.paint(text, Style::new().color(era_color(era)))
    }
}

/// Makes catalog text safe for a terminal: control characters (escape sequences, carriage
/// returns, bells) and bidirectional overrides become visible `\u{..}` escapes instead of
/// acting on the terminal. JSON and CSV output keep the text as it is.
pub fn clean(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| c != '\n' && c != '\t' && acts_on_terminal(c);
    // Printable ASCII needs no decoding: most catalog text is all of it, and every run
    // cleans hundreds of cells.
    if is_printable_ascii(text) || !text.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Whether a character does something to a terminal or to the direction of text, rather
/// than show: control characters (escape, bell, carriage return, ...) and bidi controls.
pub fn acts_on_terminal(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}')
}

/// Like [`clean`], and also folds newlines and tabs into spaces: for one-line cells.
pub fn clean_line(text: &str) -> String {
    // Printable ASCII, most catalog text, has nothing to clean: a byte scan says so
    // faster than looking at every character.
    if is_printable_ascii(text) {
        return text.to_string();
    }
    let text = clean(text);
    if text.contains(['\n', '\t']) {
        text.replace(['\n', '\t'], " ")
    } else {
        text.into_owned()
    }
}

/// Whether text is all printable ASCII (space to `~`): no control characters, and one
/// column per byte.
pub fn is_printable_ascii(text: &str) -> bool {
    // Without an early exit, so the compiler checks many bytes per instruction.
    let outside = |b: u8| u8::from(b.wrapping_sub(b' ') > b'~' - b' ');
    text.bytes().fold(0, |any, b| any | outside(b)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn clean_line_keeps_printable_text_and_escapes_the_rest() {
        assert_eq!(
            clean_line("Attention Is All You Need ~"),
            "Attention Is All You Need ~"
        );
        assert_eq!(clean_line("a\tb\nc"), "a b c");
        assert_eq!(clean_line("bell\u{7}"), "bell\\u{7}");
        assert_eq!(clean_line("del\u{7f} é"), "del\\u{7f} é");
    }

    #[test]
    fn the_flag_beats_the_environment() {
        assert!(ColorChoice::Always.resolve(env(&[("NO_COLOR", "1")]), false));
        assert!(!ColorChoice::Never.resolve(env(&[("CLICOLOR_FORCE", "1")]), true));
    }

    #[test]
    fn no_color_beats_clicolor_force_and_the_terminal() {
        assert!(
            !ColorChoice::Auto.resolve(env(&[("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")]), true)
        );
    }

    #[test]
    fn clicolor_force_colours_a_pipe() {
        assert!(ColorChoice::Auto.resolve(env(&[("CLICOLOR_FORCE", "1")]), false));
        assert!(!ColorChoice::Auto.resolve(env(&[("CLICOLOR_FORCE", "0")]), false));
    }

    #[test]
    fn a_dumb_terminal_gets_no_colour_unless_forced() {
        assert!(!ColorChoice::Auto.resolve(env(&[("TERM", "dumb")]), true));
        assert!(ColorChoice::Auto.resolve(env(&[("TERM", "xterm")]), true));
        assert!(ColorChoice::Auto.resolve(env(&[("TERM", "dumb"), ("CLICOLOR_FORCE", "1")]), true));
        assert!(ColorChoice::Always.resolve(env(&[("TERM", "dumb")]), false));
    }

    #[test]
    fn auto_follows_the_terminal() {
        assert!(ColorChoice::Auto.resolve(env(&[]), true));
        assert!(!ColorChoice::Auto.resolve(env(&[]), false));
        assert!(ColorChoice::Auto.resolve(env(&[("NO_COLOR", "")]), true));
    }

    #[test]
    fn clean_neutralises_escapes_and_bidi_overrides() {
        assert_eq!(clean("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(clean("x\ry\u{7}"), "x\\u{d}y\\u{7}");
        assert_eq!(clean("abc\u{202e}cba"), "abc\\u{202e}cba");
        assert_eq!(clean("Łukasz — ok\n"), "Łukasz — ok\n");
    }
}
