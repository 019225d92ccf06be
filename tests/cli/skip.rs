//! Tests that need something from outside the program (a tool on PATH, a Python module, a
//! device, root): when it is missing they say on stderr that they skipped, and under CI=true,
//! where `.ci/run` provides all of it, they fail instead of passing without running.

use std::io::Write;
use std::process::Command;

/// Whether `program` is on PATH; if not, the calling test says it skipped.
pub fn have(program: &str) -> bool {
    let found = Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .is_ok_and(|o| o.status.success());
    found || skipped(&format!("{program} not found"))
}

/// Whether Python's pybtex is importable; if not, the calling test says it skipped.
pub fn have_pybtex() -> bool {
    have_python_module("pybtex")
}

/// Whether the Python module `module` is importable; if not, the calling test says it
/// skipped.
pub fn have_python_module(module: &str) -> bool {
    if !have("python3") {
        return false;
    }
    let found = Command::new("python3")
        .args(["-c", &format!("import {module}")])
        .output()
        .is_ok_and(|o| o.status.success());
    found || skipped(&format!("the Python module {module} is not installed"))
}

/// Whether Python's jsonschema is importable; if not, the calling test says it skipped.
pub fn have_jsonschema() -> bool {
    have_python_module("jsonschema")
}

/// Whether the calling test can run: `holds` is what it needs, `missing` says what is
/// wanting when it does not hold ("/dev/full not found").
pub fn able(holds: bool, missing: &str) -> bool {
    holds || skipped(missing)
}

/// Says that the running test skipped and why; under CI=true, fails it instead.
/// Returns false, for `found || skipped(...)`.
fn skipped(missing: &str) -> bool {
    // The test harness names each test's thread after the test.
    let thread = std::thread::current();
    let test = thread.name().unwrap_or("a test");
    assert!(
        std::env::var_os("CI").is_none_or(|ci| ci != "true"),
        "{test}: {missing}, and CI=true: .ci/run should provide it"
    );
    // Straight to stderr: the harness keeps what `eprintln!` prints from a passing test.
    let _ = writeln!(std::io::stderr(), "skipped: {test}: {missing}");
    false
}
