//! Behaviour on a real terminal (a pseudo-terminal made by `script`): fitting the width,
//! colour, and the home screen's summary line.

use std::process::Command;

use crate::{have, stdout_of};

/// Runs aipapers on a 100-column pseudo-terminal and returns what it printed; no pager.
fn on_terminal(args: &str) -> String {
    on_terminal_with(args, 40, "")
}

/// Runs aipapers on a pseudo-terminal of `rows` rows and 100 columns, with this pager.
fn on_terminal_with(args: &str, rows: usize, pager: &str) -> String {
    let bin = assert_cmd::cargo::cargo_bin("aipapers");
    let command = format!("stty rows {rows} cols 100; '{}' {args}", bin.display());
    let out = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .env("AIPAPERS_PAGER", pager)
        .env_remove("PAGER")
        .env_remove("COLUMNS")
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
        lines[lines.len() - 2..],
        [
            "",
            "\u{1b}[2m23 papers · 5 eras · catalog updated 2026-12-02 · `aipapers show <id>` for a card\u{1b}[0m"
        ],
        "a blank line and the summary end it:\n{screen}"
    );
    let plain = on_terminal("--color never");
    for line in plain.lines() {
        assert!(
            line.chars().count() <= 100,
            "{line:?} is wider than the terminal"
        );
    }
    // Why-lines wrap in their column instead of being cut.
    assert!(
        plain.contains("Made backpropagation the standard way to\n"),
        "{plain}"
    );
    assert!(!plain.contains('…'), "{plain}");
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

#[test]
fn output_taller_than_the_terminal_goes_through_the_pager() {
    if !have("script") {
        return;
    }
    let marked = |text: &str| !text.is_empty() && text.lines().all(|l| l.starts_with("P:"));
    let pager = "sed s/^/P:/";
    // A card is taller than 20 rows; help too.
    assert!(marked(&on_terminal_with("show lstm", 20, pager)));
    assert!(marked(&on_terminal_with("--help", 20, pager)));
    // What fits is printed directly; --no-pager and an empty variable turn paging off.
    let short = on_terminal_with("list --limit 2", 20, pager);
    assert!(
        short.contains("backprop") && !short.contains("P:"),
        "{short}"
    );
    for args in ["show lstm --no-pager", "--no-pager show lstm"] {
        let direct = on_terminal_with(args, 20, pager);
        assert!(
            direct.contains("LSTM") && !direct.contains("P:"),
            "{direct}"
        );
    }
    let off = on_terminal_with("show lstm", 20, "");
    assert!(off.contains("LSTM") && !off.contains("P:"));
    // A pager that cannot start, or fails, gives way to printing.
    for broken in ["/nonexistent/pager", "false"] {
        let printed = on_terminal_with("show lstm", 20, broken);
        assert!(
            printed.contains("Long Short-Term Memory"),
            "{broken}: {printed}"
        );
    }
}

#[test]
fn a_pipe_is_never_paged() {
    let out = crate::aipapers()
        .args(["show", "lstm"])
        .env("AIPAPERS_PAGER", "sed s/^/P:/")
        .output()
        .expect("runs");
    assert!(!String::from_utf8_lossy(&out.stdout).contains("P:"));
}

#[test]
fn quitting_less_early_is_not_an_error() {
    if !have("tmux") || !have("less") {
        return;
    }
    let bin = assert_cmd::cargo::cargo_bin("aipapers");
    let session = format!("aipapers-pager-{}", std::process::id());
    let tmux = |args: &[&str]| {
        Command::new("tmux")
            .args(args)
            .env_remove("AIPAPERS_PAGER")
            .env_remove("PAGER")
            .output()
            .expect("tmux runs")
    };
    let script = format!(
        "'{}' show lstm; echo \"status=$?\"; sleep 30",
        bin.display()
    );
    tmux(&[
        "new-session",
        "-d",
        "-s",
        &session,
        "-x",
        "80",
        "-y",
        "20",
        "sh",
        "-c",
        &script,
    ]);
    let capture = || {
        String::from_utf8_lossy(&tmux(&["capture-pane", "-p", "-t", &session]).stdout).into_owned()
    };
    let wait_for = |what: &str| {
        for _ in 0..100 {
            let screen = capture();
            if screen.contains(what) {
                return screen;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        capture()
    };
    // less shows the first screen and waits; q quits it before the end.
    let first = wait_for("LSTM");
    assert!(
        first.contains("LSTM") && !first.contains("status="),
        "{first}"
    );
    tmux(&["send-keys", "-t", &session, "q"]);
    let after = wait_for("status=");
    tmux(&["kill-session", "-t", &session]);
    assert!(after.contains("status=0"), "{after}");
}

#[test]
fn columns_sets_the_width_on_a_terminal() {
    if !have("script") {
        return;
    }
    let wide = on_terminal("list --color never");
    let narrow = on_terminal("list --color never --no-pager");
    assert_eq!(wide, narrow);
    let bin = assert_cmd::cargo::cargo_bin("aipapers");
    let command = format!(
        "stty rows 40 cols 100; COLUMNS=70 '{}' list --color never",
        bin.display()
    );
    let out = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .env("AIPAPERS_PAGER", "")
        .output()
        .expect("script runs");
    let text = String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n");
    let widest = text.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert!(widest <= 70 && widest > 60, "widest line {widest}:\n{text}");
}
