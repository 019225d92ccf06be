//! The man page: roff that man and groff render without complaint.

use std::process::Command;

use crate::{have, pipe, stdout_of};

#[test]
fn man_renders_the_page_with_commands_examples_exit_status_and_environment() {
    if !have("man") {
        return;
    }
    let page = stdout_of(&["man"]);
    let (text, errors) = pipe(
        Command::new("man")
            .args(["-l", "-"])
            .env("MANPAGER", "cat")
            .env("MANWIDTH", "100"),
        &page,
    );
    assert_eq!(errors, "");
    // man justifies and wraps lines; compare words.
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in [
        "NAME",
        "SYNOPSIS",
        "OPTIONS",
        "COMMANDS",
        "aipapers list [OPTIONS]",
        "aipapers show [OPTIONS] <ID>...",
        "aipapers completions [OPTIONS] <SHELL>",
        "aipapers man",
        "EXAMPLES",
        "aipapers show r1 --json | jq .results",
        "EXIT STATUS",
        "A usage error: an unknown flag, paper id, era, field or format",
        "ENVIRONMENT",
        "NO_COLOR",
        "CLICOLOR_FORCE",
        "AIPAPERS_CATALOG",
        "comma-separated from: id, aliases",
    ] {
        assert!(text.contains(expected), "no `{expected}` in: {text}");
    }
    // man's typesetting turns hyphens into other glyphs; the page asks for real ones.
    assert!(text.contains("--era ERA"), "{text}");
}

#[test]
fn groff_finds_nothing_to_warn_about() {
    if !have("groff") {
        return;
    }
    let page = stdout_of(&["man"]);
    let (_, warnings) = pipe(
        Command::new("groff").args(["-man", "-Tutf8", "-ww", "-z"]),
        &page,
    );
    assert_eq!(warnings, "");
}
