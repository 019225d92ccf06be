//! Integration tests: the aipapers binary, run as users run it.

mod browse;
mod catalog;
mod citations;
mod completions;
mod extra;
mod files;
mod flags;
mod formats;
mod golden;
mod graph;
mod help;
mod import;
mod man;
mod progress;
mod props;
mod readme;
mod regression;
mod robustness;
mod schema;
mod search;
mod shells;
mod skip;
mod terminal;
mod width;

use assert_cmd::Command;

pub use skip::{able, have, have_jsonschema, have_pybtex, have_python_module};

/// The binary under test, with a clean colour environment.
pub fn aipapers() -> Command {
    let mut cmd = Command::cargo_bin("aipapers").expect("the aipapers binary is built");
    cmd.env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("AIPAPERS_CATALOG")
        // The reader's own progress file must not change what tests see.
        .env("AIPAPERS_DATA", no_progress())
        // Nor the reader's own extra catalogs.
        .env("AIPAPERS_PAPERS_D", no_papers_d());
    cmd
}

/// A papers.d that does not exist: no extra catalogs.
pub fn no_papers_d() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("no-papers.d")
}

/// A data directory with no progress file in it, for runs that must not see the user's.
pub fn no_progress() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("no-progress")
}

/// Stdout of a successful run, as text.
pub fn stdout_of(args: &[&str]) -> String {
    let out = aipapers().args(args).output().expect("aipapers runs");
    assert!(
        out.status.success(),
        "aipapers {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("stdout is UTF-8")
}

/// PATH with the binary under test first, as it is for users who installed it.
pub fn path_with_binary() -> String {
    let bin = assert_cmd::cargo::cargo_bin("aipapers");
    let dir = bin
        .parent()
        .map(|d| d.display().to_string())
        .unwrap_or_default();
    match std::env::var("PATH") {
        Ok(path) => format!("{dir}:{path}"),
        Err(_) => dir,
    }
}

/// The aipapers binary's path, for tests that build their own command lines.
pub fn bin() -> std::path::PathBuf {
    assert_cmd::cargo::cargo_bin("aipapers")
}

/// A catalog file kept in tests/fixtures.
pub fn fixture(name: &str) -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Feeds `input` to a command and returns its stdout and stderr; it must succeed.
pub fn pipe(cmd: &mut std::process::Command, input: &str) -> (String, String) {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the command starts");
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(input.as_bytes())
            .expect("the input is written");
    }
    let out = child.wait_with_output().expect("the command ends");
    assert!(
        out.status.success(),
        "{cmd:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}
