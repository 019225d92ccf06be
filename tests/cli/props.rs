//! Property tests: random argument vectors and mutated catalogs never make aipapers panic,
//! and every run ends with a documented exit status (0, 1 or 2).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use proptest::prelude::*;

use crate::bin;

/// Words a user could type, valid and not, with the occasional hostile one.
const TOKENS: &[&str] = &[
    "list",
    "sort",
    "show",
    "era",
    "export",
    "validate",
    "timeline",
    "lineage",
    "path",
    "search",
    "cite",
    "open",
    "completions",
    "man",
    "--era",
    "--year",
    "--since",
    "--until",
    "--author",
    "--tag",
    "--limit",
    "--sort",
    "--reverse",
    "--format",
    "--json",
    "--csv",
    "--fields",
    "--color",
    "--catalog",
    "--strict",
    "--all",
    "-o",
    "--output",
    "--excel-safe",
    "--ascii",
    "--depth",
    "--ancestors",
    "--descendants",
    "--print",
    "--style",
    "--csl",
    "--list-styles",
    "--field",
    "--help",
    "-h",
    "--version",
    "--",
    "transformer",
    "gpt3",
    "R1",
    "backprop",
    "1",
    "3",
    "5",
    "6",
    "0",
    "-1",
    "99999999999999999999",
    "trans",
    "s",
    "",
    " ",
    "id,title,led_to",
    "builds_on",
    "json",
    "jsonl",
    "csv",
    "tsv",
    "markdown",
    "ids",
    "bibtex",
    "dot",
    "mermaid",
    "table",
    "year",
    "title",
    "author",
    "always",
    "never",
    "auto",
    "bash",
    "zsh",
    "fish",
    "apa",
    "mla",
    "x",
    "é",
    "Łukasz",
    "\u{1b}[2J",
    "\u{202e}",
    "a,b,,c",
    "--year=2017",
    "--era=3,4",
    "--search",
    // Needles that fold to nothing, or to almost nothing (one used to panic --author).
    "\u{200b}",
    "\u{feff}",
    "\u{301}",
    "\u{2066}\u{200d}",
    "a\u{200b} b",
    "\"",
    "title:",
    "author:\u{200b}",
    "\"attention is\"",
];

/// Runs aipapers in `dir` with no terminal, no browser and no inherited catalog.
fn run(dir: &Path, args: &[String]) -> std::process::Output {
    Command::new(bin())
        .args(args)
        .current_dir(dir)
        .env_remove("AIPAPERS_CATALOG")
        .env("BROWSER", "true")
        .env("PATH", "")
        .stdin(Stdio::null())
        .output()
        .expect("aipapers runs")
}

fn assert_documented_exit(out: &std::process::Output, what: &str) {
    let code = out.status.code();
    assert!(
        matches!(code, Some(0..=3)),
        "{what}: exit {code:?}\nstderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("panicked"),
        "{what} panicked"
    );
}

fn arg() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(TOKENS).prop_map(String::from),
        1 => "[a-z0-9,.=-]{0,12}",
        1 => any::<String>().prop_map(|s| s.chars().filter(|&c| c != '\0' && c != '/').take(12).collect()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_arguments_never_panic(args in proptest::collection::vec(arg(), 0..6)) {
        let dir = tempfile::tempdir().expect("temp dir");
        let out = run(dir.path(), &args);
        assert_documented_exit(&out, &format!("aipapers {args:?}"));
    }
}

/// A byte-level edit of a catalog's text.
#[derive(Debug, Clone)]
enum Edit {
    Delete(usize, usize),
    Insert(usize, String),
    Replace(usize, char),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), 1usize..40).prop_map(|(at, len)| Edit::Delete(at, len)),
        (any::<usize>(), "[\\[\\]{}\",:0-9a-z\\\\ -]{1,6}").prop_map(|(at, s)| Edit::Insert(at, s)),
        (any::<usize>(), any::<char>()).prop_map(|(at, c)| Edit::Replace(at, c)),
    ]
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for edit in edits {
        let at = |i: usize| if chars.is_empty() { 0 } else { i % chars.len() };
        match edit {
            Edit::Delete(i, n) => {
                let start = at(*i);
                let end = (start + n).min(chars.len());
                chars.drain(start..end);
            }
            Edit::Insert(i, s) => {
                let start = at(*i);
                chars.splice(start..start, s.chars());
            }
            Edit::Replace(i, c) => {
                if !chars.is_empty() {
                    let i = at(*i);
                    chars[i] = *c;
                }
            }
        }
    }
    chars.into_iter().collect()
}

/// What runs against each mutated catalog.
const COMMANDS: &[&[&str]] = &[
    &["list"],
    &["show", "hopfield"],
    &["era", "--all"],
    &["export", "--format", "bibtex"],
    &["export", "--format", "csv"],
    &["validate"],
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn mutated_catalogs_never_panic(
        edits in proptest::collection::vec(edit(), 1..6),
        command in proptest::sample::select(COMMANDS),
    ) {
        let original = std::fs::read_to_string(
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tiny.json"),
        ).expect("fixture");
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("catalog.json");
        std::fs::write(&path, apply(&original, &edits)).expect("write");
        let mut args: Vec<String> = command.iter().map(|s| s.to_string()).collect();
        if command == ["validate"] {
            args.push(path.display().to_string());
        } else {
            args.extend(["--catalog".to_string(), path.display().to_string()]);
        }
        let out = run(dir.path(), &args);
        assert_documented_exit(&out, &format!("aipapers {args:?} with {edits:?}"));
    }
}

/// Commands that walk the whole graph.
const GRAPH_COMMANDS: &[&[&str]] = &[
    &["lineage", "FIRST"],
    &["lineage", "LAST", "--json"],
    &["path", "FIRST", "LAST"],
    &["timeline"],
    &["export", "--format", "dot"],
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn graph_shapes_never_panic(
        papers in 1usize..2_000,
        chain in any::<bool>(),
        command in proptest::sample::select(GRAPH_COMMANDS),
    ) {
        use aipapers::catalog::synthetic::{Shape, shaped};
        let shape = if chain { Shape::Chain } else { Shape::Fan };
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("catalog.json");
        std::fs::write(&path, shaped(papers, shape)).expect("write");
        let catalog = path.display().to_string();
        let ids = run(dir.path(), &["--catalog".into(), catalog.clone(), "list".into(), "--format".into(), "ids".into()]);
        let ids = String::from_utf8_lossy(&ids.stdout).into_owned();
        let (first, last) = (ids.lines().next().unwrap_or("x"), ids.lines().last().unwrap_or("x"));
        let mut args = vec!["--catalog".to_string(), catalog];
        args.extend(command.iter().map(|a| match *a {
            "FIRST" => first.to_string(),
            "LAST" => last.to_string(),
            other => other.to_string(),
        }));
        let out = run(dir.path(), &args);
        assert_documented_exit(&out, &format!("aipapers {args:?} on a {shape:?} of {papers}"));
        prop_assert_eq!(out.status.code(), Some(0), "{:?}", String::from_utf8_lossy(&out.stderr));
    }
}
