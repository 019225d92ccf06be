//! Integration tests: the aipapers binary, run as users run it.

mod catalog;
mod formats;
mod golden;
mod graph;
mod robustness;

use assert_cmd::Command;

/// The binary under test, with a clean colour environment.
pub fn aipapers() -> Command {
    let mut cmd = Command::cargo_bin("aipapers").expect("the aipapers binary is built");
    cmd.env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("AIPAPERS_CATALOG");
    cmd
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

/// Whether an external tool is on PATH; tests that need one say so loudly when it is
/// missing outside CI, and fail in CI, where `.ci/run` installs it.
pub fn have(tool: &str) -> bool {
    let found = std::process::Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "{tool} is missing in CI; .ci/run should install it"
        );
        eprintln!("skipping: {tool} is not installed (run .ci/run to install it)");
    }
    found
}
