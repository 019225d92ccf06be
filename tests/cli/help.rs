//! Help that teaches: every command described, with examples that really run.

use std::process::Command;

use aipapers::cli::Cli;
use clap::CommandFactory;

use crate::{aipapers, have, path_with_binary, stdout_of};

/// The lines under the "Examples:" heading that ends a help text.
fn examples(help: &str) -> Vec<&str> {
    let (_, list) = help
        .rsplit_once("\nExamples:\n")
        .unwrap_or_else(|| panic!("no Examples: section at the end of:\n{help}"));
    list.lines().filter(|l| !l.trim().is_empty()).collect()
}

fn subcommand_names() -> Vec<String> {
    Cli::command()
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect()
}

/// The programs an example pipes into, ignoring `|` inside quotes (jq filters).
fn piped_tools(example: &str) -> Vec<String> {
    let mut quote = None;
    let mut stages = vec![String::new()];
    for c in example.chars() {
        match (quote, c) {
            (None, '\'' | '"') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '|') => stages.push(String::new()),
            _ => {}
        }
        if let Some(stage) = stages.last_mut() {
            stage.push(c);
        }
    }
    stages
        .iter()
        .skip(1)
        .filter_map(|s| s.trim_start_matches('|').split_whitespace().next())
        .map(String::from)
        .collect()
}

#[test]
fn piped_tools_are_found_outside_quotes() {
    assert_eq!(
        piped_tools("aipapers list --json | jq '.[] | select(.year < 2000) | .title'"),
        ["jq"]
    );
    assert_eq!(piped_tools("aipapers man | man -l -"), ["man"]);
    assert!(piped_tools("aipapers era 2").is_empty());
}

/// Runs an example as a user would type it, in a scratch directory that is also HOME, so
/// examples that write files (`-o papers.csv`, `> ~/.zfunc/_aipapers`) write there.
pub fn run_example(example: &str) {
    run_in_scratch_home(example, true);
}

/// Runs a script as a user would on a fresh account: directories it writes into must be
/// made by the script itself (`mkdir -p` in an install recipe).
pub fn run_on_a_fresh_account(script: &str) {
    run_in_scratch_home(script, false);
}

fn run_in_scratch_home(example: &str, make_directories: bool) {
    // An example that pipes into a tool this machine lacks is skipped (or fails under CI).
    // aipapers itself is put first on PATH below.
    for tool in piped_tools(example).into_iter().filter(|t| t != "aipapers") {
        if !have(&tool) {
            return;
        }
    }
    let home = tempfile::tempdir().expect("a temporary directory");
    // `> ~/.zfunc/_aipapers` needs its directory, as it would on the user's machine.
    if let Some((_, target)) = example.rsplit_once("> ").filter(|_| make_directories) {
        let target = target
            .trim()
            .replacen('~', &home.path().display().to_string(), 1);
        if let Some(parent) = std::path::Path::new(&target).parent() {
            std::fs::create_dir_all(home.path().join(parent)).expect("a directory for the file");
        }
    }
    let out = Command::new("bash")
        .args(["--norc", "--noprofile", "-c"])
        .arg(format!("set -o pipefail; {example}"))
        .current_dir(home.path())
        .env("HOME", home.path())
        .env("PATH", path_with_binary())
        .env("MANPAGER", "cat")
        .env("PAGER", "cat")
        // An example that opens a web page must not start a real browser here.
        .env("BROWSER", "true")
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("AIPAPERS_CATALOG")
        .env("AIPAPERS_DATA", home.path().join("data"))
        .output()
        .expect("bash runs");
    assert!(
        out.status.success(),
        "example `{example}` failed ({}): {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn every_subcommand_help_ends_with_two_to_four_examples_that_run() {
    let names = subcommand_names();
    assert!(names.len() >= 7, "{names:?}");
    for name in names {
        let help = stdout_of(&[&name, "--help"]);
        let examples = examples(&help);
        assert!(
            (2..=4).contains(&examples.len()),
            "`aipapers {name} --help` has {} examples:\n{help}",
            examples.len()
        );
        for example in examples {
            let example = example
                .strip_prefix("  aipapers ")
                .map(|rest| format!("aipapers {rest}"))
                .unwrap_or_else(|| panic!("{name}: `{example}` is not an aipapers command"));
            if name == "browse" {
                needs_a_terminal(&example);
            } else {
                run_example(&example);
            }
        }
    }
}

/// A `browse` example, run here without a terminal: its arguments parse, and it says it
/// needs a terminal (exit 2) rather than failing on them.
fn needs_a_terminal(example: &str) {
    let args: Vec<&str> = example.split_whitespace().skip(1).collect();
    let out = Command::new(env!("CARGO_BIN_EXE_aipapers"))
        .args(&args)
        .env_remove("AIPAPERS_CATALOG")
        .output()
        .expect("aipapers runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "`{example}`: {stderr}");
    assert!(
        stderr.starts_with("error: browse needs a terminal"),
        "`{example}`: {stderr}"
    );
}

#[test]
fn the_overview_examples_run_too() {
    let help = stdout_of(&["--help"]);
    let examples = examples(&help);
    assert!((2..=4).contains(&examples.len()), "{help}");
    for example in examples {
        assert!(example.starts_with("  aipapers "), "{example}");
        run_example(example.trim());
    }
}

#[test]
fn the_overview_fits_one_screen_and_names_every_subcommand() {
    let help = stdout_of(&["--help"]);
    let lines = help.lines().count();
    // 40, and 2 for --hyperlinks (its line, and the wider option column wrapping
    // --catalog's), 1 for browse, 5 for --add, --no-extra, schema, new and import.
    assert!(lines <= 48, "`aipapers --help` is {lines} lines:\n{help}");
    for name in subcommand_names() {
        assert!(
            help.lines().any(|l| l.starts_with(&format!("  {name} "))),
            "`aipapers --help` does not name {name}:\n{help}"
        );
    }
}

#[test]
fn every_subcommand_and_argument_is_described() {
    let mut cli = Cli::command();
    cli.build();
    for arg in cli.get_arguments() {
        assert!(arg.get_help().is_some(), "--{} has no help", arg.get_id());
    }
    for sub in cli.get_subcommands() {
        let name = sub.get_name();
        assert!(sub.get_about().is_some(), "{name} has no description");
        for arg in sub.get_arguments() {
            assert!(
                arg.get_help().is_some(),
                "{name}: argument {} has no help",
                arg.get_id()
            );
        }
    }
}

#[test]
fn help_is_coloured_by_the_same_decision_as_output() {
    let coloured = |args: &[&str], env: &[(&str, &str)]| {
        let out = aipapers()
            .args(args)
            .envs(env.iter().copied())
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap().contains('\x1b')
    };
    assert!(coloured(&["--color", "always", "--help"], &[]));
    assert!(coloured(&["list", "--help", "--color=always"], &[]));
    assert!(coloured(&["--help"], &[("CLICOLOR_FORCE", "1")]));
    // Not a terminal, so no colour unless asked for.
    assert!(!coloured(&["--help"], &[]));
    assert!(!coloured(&["show", "--help"], &[]));
    assert!(!coloured(
        &["--help"],
        &[("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")]
    ));
    assert!(!coloured(
        &["--color", "never", "--help"],
        &[("CLICOLOR_FORCE", "1")]
    ));
}

/// Subcommands' arguments are built only when needed (clap's `defer`), after the variant's
/// own attributes: nothing they flatten may replace the description the overview shows.
#[test]
fn each_subcommand_help_starts_with_the_description_the_overview_shows() {
    for sub in Cli::command().get_subcommands() {
        let name = sub.get_name();
        let about = sub.get_about().map(ToString::to_string).unwrap_or_default();
        let help = stdout_of(&[name, "-h"]);
        assert_eq!(help.lines().next(), Some(about.as_str()), "{name} -h");
    }
}
