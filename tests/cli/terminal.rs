//! Behaviour on a real terminal (a pseudo-terminal made by `script`): fitting the width,
//! colour, and the home screen's summary line.

use std::process::Command;

use crate::{have, stdout_of};

/// Runs aipapers on a 100-column pseudo-terminal and returns what it printed.
fn on_terminal(args: &str) -> String {
    let bin = assert_cmd::cargo::cargo_bin("aipapers");
    let command = format!("stty rows 40 cols 100; '{}' {args}", bin.display());
    let out = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("AIPAPERS_CATALOG")
        .output()
        .expect("script runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .expect("UTF-8")
        .replace("\r\n", "\n")
}

#[test]
fn the_home_screen_fits_the_terminal_and_ends_with_a_dim_summary() {
    if !have("script") {
        return;
    }
    let screen = on_terminal("");
    let lines: Vec<&str> = screen.lines().collect();
    assert_eq!(
        lines.len(),
        26,
        "header, 23 papers, a blank line and the summary:\n{screen}"
    );
    assert_eq!(
        lines[25],
        "\u{1b}[2m23 papers · 5 eras · catalog updated 2026-12-02 · `aipapers show <id>` for a card\u{1b}[0m"
    );
    let plain = on_terminal("--color never");
    for line in plain.lines() {
        assert!(
            line.chars().count() <= 100,
            "{line:?} is wider than the terminal"
        );
    }
    assert!(
        plain.contains("…"),
        "long why-lines are shortened on a terminal"
    );
    assert!(!plain.contains('\u{1b}'));
}

#[test]
fn a_pipe_gets_no_summary_line() {
    let piped = stdout_of(&[]);
    assert_eq!(piped, stdout_of(&["list"]));
    assert!(!piped.contains("catalog updated"));
}

#[test]
fn cards_wrap_to_the_terminal() {
    if !have("script") {
        return;
    }
    let card = on_terminal("show transformer --color never");
    assert!(card.lines().all(|l| l.chars().count() <= 100), "{card}");
    assert!(card.starts_with("Transformer  (transformer)\nAttention Is All You Need\n"));
}
