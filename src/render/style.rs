//! How output looks on this terminal: the one colour decision, the width, the palette of
//! roles, and the scrubbing of untrusted text before it reaches a terminal.

use owo_colors::{AnsiColors, OwoColorize, Style, XtermColors};

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

/// `--hyperlinks`: when to make titles, URLs and DOIs clickable (OSC 8 hyperlinks).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum HyperlinkChoice {
    /// Links on a terminal known to show them, never in a pipe or with TERM=dumb
    #[default]
    Auto,
    /// Always write links (for a pager or terminal that shows them)
    Always,
    /// Never write links
    Never,
}

impl HyperlinkChoice {
    /// The one hyperlink decision: the flag, then `FORCE_HYPERLINK`, then whether stdout is
    /// a terminal known to support them. Conservative: a terminal that does not know OSC 8
    /// may print the link's address as garbage, so only terminals that say who they are and
    /// are known to support it get links; tmux and screen (which may not pass them on) do not.
    pub fn resolve(self, env: impl Fn(&str) -> Option<String>, stdout_is_terminal: bool) -> bool {
        match self {
            HyperlinkChoice::Always => return true,
            HyperlinkChoice::Never => return false,
            HyperlinkChoice::Auto => {}
        }
        let term = env("TERM").unwrap_or_default();
        if !stdout_is_terminal || term == "dumb" {
            return false;
        }
        if let Some(force) = env("FORCE_HYPERLINK").filter(|v| !v.is_empty()) {
            return force != "0";
        }
        if env("TMUX").is_some() || term.starts_with("screen") || term.starts_with("tmux") {
            return false;
        }
        let program = env("TERM_PROGRAM").unwrap_or_default();
        let vte = env("VTE_VERSION").and_then(|v| v.parse::<u32>().ok());
        matches!(
            program.as_str(),
            "iTerm.app" | "WezTerm" | "vscode" | "ghostty" | "Hyper" | "WarpTerminal"
        ) || matches!(
            term.as_str(),
            "xterm-kitty" | "xterm-ghostty" | "alacritty" | "wezterm" | "foot" | "foot-extra"
        ) || vte.is_some_and(|v| v >= 5000)
            || env("WT_SESSION").is_some()
            || env("KONSOLE_VERSION").is_some()
            || env("DOMTERM").is_some()
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
            palette: Palette::PLAIN,
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
    /// Colours and other text styles.
    pub enabled: bool,
    /// OSC 8 hyperlinks.
    pub links: bool,
}

/// Each era keeps one colour everywhere: blue, green, purple, gold, orange (and an olive
/// for a sixth era of a catalog file). They are mid-tones of the 256-colour palette, whose
/// values terminals keep fixed (themes redefine the 16 basic colours, and ANSI blue is
/// barely visible on many dark ones), so each reads at a contrast of at least 3:1 on black
/// and on white. None is red, which reads as an error, or cyan, the colour of ids.
pub const ERA_COLORS: [u8; 6] = [32, 28, 134, 136, 166, 101];

/// The 256-colour palette index of the era at this index, for views that paint with
/// another library (the browser).
pub fn era_color_index(era: usize) -> u8 {
    ERA_COLORS[era % ERA_COLORS.len()]
}

impl Palette {
    /// No colour, no links.
    pub const PLAIN: Palette = Palette {
        enabled: false,
        links: false,
    };

    /// `text` as a link to `url` (an OSC 8 hyperlink), when links are on and the address is
    /// one a terminal can take (a URL of printable ASCII).
    pub fn hyperlink(&self, url: &str, text: &str) -> String {
        let sendable = !url.is_empty()
            && is_printable_ascii(url)
            && url::Url::parse(url).is_ok_and(|u| matches!(u.scheme(), "http" | "https"));
        if self.links && sendable && !text.is_empty() {
            format!("\u{1b}]8;;{url}\u{1b}\\{text}\u{1b}]8;;\u{1b}\\")
        } else {
            text.to_string()
        }
    }

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
    /// A title (bold) in the colour of the era at this index.
    pub fn era_title(&self, era: usize, text: &str) -> String {
        self.paint(text, Style::new().bold().color(era_color(era)))
    }
}

fn era_color(era: usize) -> XtermColors {
    XtermColors::from(era_color_index(era))
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

    /// The red, green and blue of a colour of the 256-colour palette's 6x6x6 cube.
    fn cube_rgb(index: u8) -> [f64; 3] {
        const LEVELS: [f64; 6] = [0.0, 95.0, 135.0, 175.0, 215.0, 255.0];
        let i = usize::from(index - 16);
        [LEVELS[i / 36], LEVELS[i / 6 % 6], LEVELS[i % 6]]
    }

    /// WCAG relative luminance.
    fn luminance([r, g, b]: [f64; 3]) -> f64 {
        let linear = |c: f64| {
            let c = c / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    }

    /// The hue in degrees (0 red, 120 green, 240 blue).
    fn hue([r, g, b]: [f64; 3]) -> f64 {
        let (max, min) = (r.max(g).max(b), r.min(g).min(b));
        let d = max - min;
        let h = if d == 0.0 {
            0.0
        } else if max == r {
            ((g - b) / d).rem_euclid(6.0)
        } else if max == g {
            (b - r) / d + 2.0
        } else {
            (r - g) / d + 4.0
        };
        h * 60.0
    }

    #[test]
    fn era_colours_read_on_black_and_on_white_and_look_like_no_error() {
        for &index in &ERA_COLORS {
            assert!(
                (16..232).contains(&index),
                "{index} is a colour of the cube"
            );
            let rgb = cube_rgb(index);
            let l = luminance(rgb);
            let on_black = (l + 0.05) / 0.05;
            let on_white = 1.05 / (l + 0.05);
            assert!(on_black >= 3.0, "colour {index} on black: {on_black:.2}");
            assert!(on_white >= 3.0, "colour {index} on white: {on_white:.2}");
            let h = hue(rgb);
            // Not red (errors) and not cyan (ids), by a clear margin.
            assert!((20.0..340.0).contains(&h), "colour {index} is reddish: {h}");
            assert!(!(165.0..=195.0).contains(&h), "colour {index} is cyan: {h}");
        }
        let mut distinct = ERA_COLORS.to_vec();
        distinct.dedup();
        assert_eq!(distinct.len(), ERA_COLORS.len());
    }

    #[test]
    fn each_era_is_painted_with_its_own_256_colour_and_ids_stay_cyan() {
        let pal = Palette {
            enabled: true,
            links: false,
        };
        assert_eq!(pal.era(0, "backprop"), "\u{1b}[38;5;32mbackprop\u{1b}[0m");
        assert_eq!(pal.era(4, "r1"), "\u{1b}[38;5;166mr1\u{1b}[0m");
        assert_eq!(pal.era(6, "x"), pal.era(0, "x"));
        assert_eq!(pal.era_title(2, "T"), "\u{1b}[38;5;134;1mT\u{1b}[0m");
        assert_eq!(pal.id("bert"), "\u{1b}[36mbert\u{1b}[0m");
        let plain = Palette {
            enabled: false,
            links: false,
        };
        assert_eq!(plain.era_title(2, "T"), "T");
    }

    #[test]
    fn clean_neutralises_escapes_and_bidi_overrides() {
        assert_eq!(clean("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(clean("x\ry\u{7}"), "x\\u{d}y\\u{7}");
        assert_eq!(clean("abc\u{202e}cba"), "abc\\u{202e}cba");
        assert_eq!(clean("Łukasz — ok\n"), "Łukasz — ok\n");
    }
}
