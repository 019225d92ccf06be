//! Output taller than the terminal goes through a pager, as git and gh do: the text is
//! gathered first, then shown directly when it fits, else piped to `AIPAPERS_PAGER`, then
//! `PAGER`, then `less -FRX` (an empty variable means no pager). Only on a terminal: piped
//! output is never paged. A pager that cannot start or fails gives way to printing.

use std::io::{self, Write};
use std::process::{Command, Stdio};

/// The pager command the environment asks for, split into words; `None` for none.
pub fn command(env: impl Fn(&str) -> Option<String>) -> Option<Vec<String>> {
    let chosen = env("AIPAPERS_PAGER")
        .or_else(|| env("PAGER"))
        .unwrap_or_else(|| "less -FRX".to_string());
    let words: Vec<String> = chosen.split_whitespace().map(String::from).collect();
    (!words.is_empty()).then_some(words)
}

/// Whether `text` needs more rows than the terminal's `rows` (the prompt takes one).
pub fn too_tall(text: &[u8], rows: usize) -> bool {
    text.iter().filter(|&&b| b == b'\n').count() >= rows.max(2)
}

/// Shows `text` on `out` (the terminal), through `pager` when there is one and the text is
/// taller than `rows`. Quitting the pager early is not an error.
pub fn show(
    out: &mut impl Write,
    text: &[u8],
    rows: usize,
    pager: Option<&[String]>,
) -> io::Result<()> {
    if let Some([program, args @ ..]) = pager
        && too_tall(text, rows)
        && through(program, args, text)
    {
        return Ok(());
    }
    out.write_all(text)?;
    out.flush()
}

/// Runs the pager with `text` on its input; false if it could not start or failed, and the
/// text should be printed instead.
fn through(program: &str, args: &[String], text: &[u8]) -> bool {
    let Ok(mut child) = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .spawn()
    else {
        return false;
    };
    // The reader may quit before reading it all: a broken pipe then is its choice, and
    // its exit status says whether it worked.
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(text);
    }
    matches!(child.wait(), Ok(status) if status.success())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let vars: Vec<(String, String)> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
    }

    #[test]
    fn the_pager_is_aipapers_pager_then_pager_then_less() {
        let words = |v: &[&str]| Some(v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(command(env(&[])), words(&["less", "-FRX"]));
        assert_eq!(command(env(&[("PAGER", "more")])), words(&["more"]));
        assert_eq!(
            command(env(&[("PAGER", "more"), ("AIPAPERS_PAGER", "bat -p")])),
            words(&["bat", "-p"])
        );
        assert_eq!(
            command(env(&[("AIPAPERS_PAGER", ""), ("PAGER", "more")])),
            None
        );
        assert_eq!(command(env(&[("PAGER", " ")])), None);
    }

    #[test]
    fn only_text_taller_than_the_screen_is_paged() {
        assert!(!too_tall(b"a\nb\n", 3));
        assert!(too_tall(b"a\nb\nc\n", 3));
        assert!(!too_tall(b"", 0));
        assert!(too_tall(b"a\nb\n", 0));
    }

    #[cfg(unix)]
    #[test]
    fn a_pager_that_cannot_start_or_fails_gives_way_to_printing() {
        let text = b"1\n2\n3\n4\n";
        for pager in [
            &["/nonexistent/pager".to_string()][..],
            &["false".to_string()],
        ] {
            let mut out = Vec::new();
            show(&mut out, text, 2, Some(pager)).expect("written");
            assert_eq!(out, text, "{pager:?}");
        }
        // A pager that works takes the text: nothing is printed here.
        let mut out = Vec::new();
        show(&mut out, text, 2, Some(&["true".to_string()])).expect("written");
        assert!(out.is_empty());
        // Short text is printed directly.
        show(&mut out, b"1\n", 24, Some(&["true".to_string()])).expect("written");
        assert_eq!(out, b"1\n");
    }
}
