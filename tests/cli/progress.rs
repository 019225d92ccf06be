//! `read`, `unread`, `progress` and the progress file: round trips in a data directory of
//! the test's own, concurrent marking, and files that cannot be read or written.

use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::Command;

use crate::{aipapers, bin};

/// aipapers with its progress kept in `data`.
fn with_data(data: &Path) -> assert_cmd::Command {
    let mut cmd = aipapers();
    cmd.env("AIPAPERS_DATA", data);
    cmd
}

fn run_ok(data: &Path, args: &[&str]) -> String {
    let out = with_data(data).args(args).output().expect("runs");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

fn read_ids(data: &Path, catalog_key: &str) -> Vec<String> {
    let text = fs::read_to_string(data.join("progress.json")).expect("the progress file");
    let value: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    value["catalogs"][catalog_key]
        .as_object()
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default()
}

#[test]
fn read_unread_and_progress_round_trip_through_the_data_directory() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("new/data");
    assert_eq!(
        run_ok(&data, &["read", "backprop", "LSTM", "word2vec"]),
        "read: backprop, lstm, word2vec\n3 of 23 papers read\n"
    );
    assert_eq!(
        run_ok(&data, &["read", "lstm", "adam"]),
        "read: adam\nalready read: lstm\n4 of 23 papers read\n"
    );
    assert_eq!(
        run_ok(&data, &["unread", "word2vec", "bert"]),
        "unread: word2vec\nnot read: bert\n3 of 23 papers read\n"
    );
    assert_eq!(read_ids(&data, "embedded"), ["adam", "backprop", "lstm"]);
    let progress = run_ok(&data, &["progress"]);
    assert!(
        progress.starts_with(
            "Era                                  Read  Progress\n\
             Foundations                          2/3   █████████████░░░░░░░  66%\n\
             Embeddings, Sequences & Attention    1/5   ████░░░░░░░░░░░░░░░░  20%\n"
        ),
        "{progress}"
    );
    assert!(
        progress.contains("\nAll                                  3/23"),
        "{progress}"
    );
    assert!(
        progress.contains("Next, oldest first:\n  alexnet   2012  AlexNet\n"),
        "{progress}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&run_ok(&data, &["progress", "--json"])).expect("JSON");
    assert_eq!(json["eras"][0]["read"], 2);
    assert_eq!(json["read"][0]["id"], "backprop");
    assert_eq!(json["next"][0], "alexnet");
    // The plan ticks what is read, and --skip-read leaves it out.
    let plan = run_ok(&data, &["plan", "gpt-3", "--format", "markdown"]);
    assert!(plan.starts_with("- [x] 1. **Backpropagation**"), "{plan}");
    let rest = run_ok(&data, &["plan", "gpt-3", "--skip-read", "--format", "ids"]);
    assert_eq!(rest.lines().next(), Some("alexnet"));
    assert!(!rest.contains("lstm"));
    let read = run_ok(&data, &["plan", "gpt-3", "--read", "--format", "ids"]);
    assert_eq!(read, "backprop\nlstm\nadam\n");
}

#[test]
fn list_and_search_filter_by_marks_and_tables_show_a_check_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path();
    let before = run_ok(data, &["list"]);
    assert!(!before.contains('✓'), "no marks, no column");
    run_ok(data, &["read", "transformer", "bert"]);
    let list = run_ok(data, &["list"]);
    assert!(list.starts_with("✓  "), "{list}");
    assert_eq!(
        list.lines().filter(|l| l.starts_with("✓  ")).count(),
        3,
        "the header and two papers: {list}"
    );
    assert_eq!(
        run_ok(data, &["list", "--read", "--format", "ids"]),
        "transformer\nbert\n"
    );
    assert_eq!(
        run_ok(data, &["list", "--unread", "--format", "ids"])
            .lines()
            .count(),
        21
    );
    let hits: serde_json::Value = serde_json::from_str(&run_ok(
        data,
        &["search", "transformer", "--unread", "--json"],
    ))
    .expect("JSON");
    let ids: Vec<&str> = hits
        .as_array()
        .expect("an array")
        .iter()
        .filter_map(|h| h["id"].as_str())
        .collect();
    assert!(!ids.is_empty() && !ids.contains(&"transformer"), "{ids:?}");
    let hits = run_ok(data, &["search", "attention", "--read"]);
    assert!(hits.contains("transformer"), "{hits}");
}

#[test]
fn marks_of_papers_the_catalog_no_longer_has_are_kept_and_reported() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path();
    fs::write(
        data.join("progress.json"),
        r#"{"version": 1, "catalogs": {"embedded": {"lstm": {"read": "2024-01-02"}, "old-paper": {"read": "2023-05-06"}}}}"#,
    )
    .expect("written");
    run_ok(data, &["read", "bert"]);
    assert_eq!(read_ids(data, "embedded"), ["bert", "lstm", "old-paper"]);
    let progress = run_ok(data, &["progress"]);
    assert!(
        progress.ends_with("\nKept 1 mark for papers this catalog does not have: old-paper\n"),
        "{progress}"
    );
    // It can still be unmarked by its exact id.
    assert_eq!(
        run_ok(data, &["unread", "old-paper"]),
        "unread: old-paper\n2 of 23 papers read\n"
    );
}

#[test]
fn two_processes_marking_at_once_lose_no_mark() {
    let dir = tempfile::tempdir().expect("temp dir");
    let catalog = dir.path().join("catalog.json");
    fs::write(&catalog, aipapers::catalog::synthetic::json(200)).expect("written");
    let data = dir.path().join("data");
    let ids: Vec<String> = run_ok(
        &data,
        &[
            "--catalog",
            catalog.to_str().expect("UTF-8"),
            "list",
            "--format",
            "ids",
        ],
    )
    .lines()
    .map(String::from)
    .collect();
    assert_eq!(ids.len(), 200);
    // Each of two threads marks every other paper, one process per paper, both at once.
    std::thread::scope(|scope| {
        for half in 0..2 {
            let (ids, catalog, data) = (&ids, &catalog, &data);
            scope.spawn(move || {
                for id in ids.iter().skip(half).step_by(2) {
                    let out = Command::new(bin())
                        .args(["read", id, "--catalog"])
                        .arg(catalog)
                        .env("AIPAPERS_DATA", data)
                        .output()
                        .expect("runs");
                    assert!(
                        out.status.success(),
                        "{}",
                        String::from_utf8_lossy(&out.stderr)
                    );
                }
            });
        }
    });
    let key = fs::canonicalize(&catalog)
        .expect("canonical")
        .display()
        .to_string();
    let mut marked = read_ids(&data, &key);
    let mut expected = ids.clone();
    marked.sort();
    expected.sort();
    assert_eq!(marked.len(), 200, "marks were lost");
    assert_eq!(marked, expected);
}

#[test]
fn a_corrupt_progress_file_is_an_error_naming_it_and_is_left_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("progress.json");
    let broken = "{\"version\": 1, \"catalogs\": {\"embedded\": ";
    fs::write(&file, broken).expect("written");
    for args in [
        &["read", "bert"][..],
        &["unread", "bert"],
        &["progress"],
        &["plan", "bert", "--skip-read"],
    ] {
        let out = with_data(dir.path()).args(args).output().expect("runs");
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.starts_with(&format!(
                "error: the progress file {} is not valid (",
                file.display()
            )),
            "{args:?}: {stderr}"
        );
        assert_eq!(fs::read_to_string(&file).expect("read"), broken);
    }
    // Where marks only decorate the output, a warning, and the output without them.
    let out = with_data(dir.path()).args(["list"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("warning: the progress file "));
}

/// The user nobody: the other user in tests run as root, which ignores permissions.
const NOBODY: u32 = 65534;

#[test]
fn a_read_only_data_directory_is_an_error_and_the_file_is_untouched() {
    let root = fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0);
    // A directory anyone may enter, holding the binary, the data directory and its file.
    let dir = tempfile::tempdir().expect("temp dir");
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).expect("chmod");
    let binary = dir.path().join("aipapers");
    fs::copy(bin(), &binary).expect("copy the binary");
    fs::set_permissions(&binary, fs::Permissions::from_mode(0o755)).expect("chmod");
    let data = dir.path().join("data");
    fs::create_dir(&data).expect("mkdir");
    let file = data.join("progress.json");
    let before = r#"{"version": 1, "catalogs": {"embedded": {"lstm": {"read": "2024-01-02"}}}}"#;
    fs::write(&file, before).expect("written");
    fs::set_permissions(&file, fs::Permissions::from_mode(0o666)).expect("chmod");
    let lock = data.join(".progress.json.lock");
    for lock_exists in [false, true] {
        if lock_exists {
            fs::write(&lock, "").expect("written");
            fs::set_permissions(&lock, fs::Permissions::from_mode(0o666)).expect("chmod");
        }
        fs::set_permissions(&data, fs::Permissions::from_mode(0o555)).expect("chmod");
        let mut cmd = Command::new(&binary);
        if root {
            cmd.uid(NOBODY).gid(NOBODY);
        }
        cmd.args(["read", "bert"]).env("AIPAPERS_DATA", &data);
        let out = output_of_copied_binary(&mut cmd);
        fs::set_permissions(&data, fs::Permissions::from_mode(0o755)).expect("chmod");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(stderr.contains(&data.display().to_string()), "{stderr}");
        assert!(stderr.contains("ermission denied"), "{stderr}");
        assert_eq!(fs::read_to_string(&file).expect("read"), before);
        let mut names: Vec<String> = fs::read_dir(&data)
            .expect("dir")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        let expected: &[&str] = if lock_exists {
            &[".progress.json.lock", "progress.json"]
        } else {
            &["progress.json"]
        };
        assert_eq!(names, expected);
    }
}

#[test]
fn the_readme_shows_what_progress_prints_after_its_example() {
    let readme =
        fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README.md");
    let start = "After the first line, `aipapers progress` prints:\n\n```text\n";
    let shown = readme
        .split_once(start)
        .and_then(|(_, rest)| rest.split_once("```\n"))
        .map(|(block, _)| block)
        .expect("the README shows the progress output");
    let dir = tempfile::tempdir().expect("temp dir");
    run_ok(
        dir.path(),
        &["read", "backprop", "lstm", "word2vec", "seq2seq"],
    );
    assert_eq!(run_ok(dir.path(), &["progress"]), shown);
}

/// Runs a command whose binary was just copied. A process that another test thread forks
/// while the copy is open for writing inherits that descriptor until it execs, and Linux
/// refuses to run a file open for writing ("Text file busy"): wait and try again.
fn output_of_copied_binary(cmd: &mut Command) -> std::process::Output {
    for _ in 0..50 {
        match cmd.output() {
            Err(err) if err.kind() == std::io::ErrorKind::ExecutableFileBusy => {
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
            result => return result.expect("runs"),
        }
    }
    panic!("the copied binary stayed busy");
}

#[test]
fn export_and_import_move_marks_between_data_directories() {
    let (one, two) = (
        tempfile::tempdir().expect("dir"),
        tempfile::tempdir().expect("dir"),
    );
    run_ok(one.path(), &["read", "lstm", "bert"]);
    run_ok(two.path(), &["read", "bert", "adam"]);
    let exported = run_ok(one.path(), &["progress", "--export"]);
    assert_eq!(
        exported,
        fs::read_to_string(one.path().join("progress.json")).expect("the file")
    );
    let file = one.path().join("moved.json");
    fs::write(&file, &exported).expect("written");
    assert_eq!(
        run_ok(
            two.path(),
            &["progress", "--import", file.to_str().expect("UTF-8")]
        ),
        "marks imported: 1 new, 1 already here\n"
    );
    assert_eq!(read_ids(two.path(), "embedded"), ["adam", "bert", "lstm"]);
    // A file that is not progress is refused, and nothing changes.
    fs::write(&file, "[1, 2]").expect("written");
    let out = with_data(two.path())
        .args(["progress", "--import"])
        .arg(&file)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains(&file.display().to_string()),
        "names the file"
    );
    assert_eq!(read_ids(two.path(), "embedded"), ["adam", "bert", "lstm"]);
}
