//! Misuse a well-made Unix tool must survive: closed pipes, full disks, hostile catalogs,
//! failed exports.

use std::path::Path;
use std::process::{Command, Stdio};

use crate::{able, aipapers, bin, fixture, have, stdout_of};

/// Every command and format a user might pipe somewhere.
const INVOCATIONS: &[&[&str]] = &[
    &[],
    &["list"],
    &["list", "--json"],
    &["list", "--csv"],
    &["list", "--format", "jsonl"],
    &["list", "--format", "tsv"],
    &["list", "--format", "markdown"],
    &["list", "--format", "ids"],
    &["list", "--format", "bibtex"],
    &["sort", "title"],
    &["show", "transformer", "gpt-3", "bert"],
    &["show", "transformer", "--json"],
    &["era"],
    &["era", "--all"],
    &["era", "--json"],
    &["export"],
    &["export", "--format", "csv"],
    &["export", "--format", "bibtex"],
    &["validate"],
    &["--help"],
];

#[test]
fn a_reader_that_closed_the_pipe_ends_every_command_quietly() {
    for args in INVOCATIONS {
        // The read end is closed before aipapers starts, so its first write fails.
        let (reader, writer) = std::io::pipe().expect("a pipe");
        drop(reader);
        let out = Command::new(bin())
            .args(*args)
            .stdout(writer)
            .stderr(Stdio::piped())
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(0), "aipapers {args:?}");
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            "",
            "aipapers {args:?}"
        );
    }
}

#[test]
fn head_taking_one_byte_is_not_an_error() {
    if !have("bash") || !have("head") {
        return;
    }
    let script =
        r#""$0" export --format csv 2>"$1" | head -c1 >/dev/null; echo "${PIPESTATUS[0]}""#;
    let dir = tempfile::tempdir().expect("temp dir");
    let err = dir.path().join("stderr");
    let out = Command::new("bash")
        .args(["-c", script])
        .arg(bin())
        .arg(&err)
        .output()
        .expect("runs");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "0\n");
    assert_eq!(std::fs::read_to_string(&err).expect("stderr file"), "");
}

#[test]
fn a_full_device_is_a_runtime_error() {
    if !able(Path::new("/dev/full").exists(), "/dev/full not found") {
        return;
    }
    for args in [
        &["list"][..],
        &["export", "--format", "csv"],
        &["show", "lstm"],
        // clap writes these itself: they used to exit 0 having written nothing.
        &["--help"],
        &["--version"],
        &["list", "--help"],
        &["man"],
        &["completions", "bash"],
    ] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full");
        let out = Command::new(bin())
            .args(args)
            .stdout(full)
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(1), "aipapers {args:?}");
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            "error: cannot write to standard output: No space left on device (os error 28)\n"
        );
    }
}

#[cfg(unix)]
#[test]
fn a_closed_standard_output_is_a_runtime_error_and_a_closed_pipe_is_not() {
    for args in [
        "--help",
        "--version",
        "list",
        "man",
        "completions zsh",
        "show lstm",
    ] {
        let script = format!("{} {args} >&-", bin().display());
        let out = Command::new("sh")
            .args(["-c", &script])
            .output()
            .expect("sh runs");
        assert_eq!(out.status.code(), Some(1), "aipapers {args}");
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            "error: cannot write to standard output: it is closed\n",
            "aipapers {args}"
        );
    }
    // Writing to a file needs no standard output.
    let dir = tempfile::tempdir().expect("temp dir");
    let script = format!(
        "{} export -o {} >&-",
        bin().display(),
        dir.path().join("x.json").display()
    );
    let out = Command::new("sh")
        .args(["-c", &script])
        .output()
        .expect("sh runs");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn hostile_text_never_reaches_the_terminal_raw() {
    let catalog = fixture("hostile.json");
    for args in [
        &["list"][..],
        &["list", "--fields", "id,title,authors,era_name,results"],
        &["show", "perceptron", "hopfield"],
        &["era"],
        &["era", "--all"],
        &["export", "--format", "markdown"],
        &["show", "evil"],
        &["timeline"],
        &["timeline", "--ascii"],
        &["lineage", "hopfield"],
        &["path", "perceptron", "hopfield"],
        &["search", "perceptron"],
        &["search", "cursor"],
        &["cite", "perceptron", "--style", "apa"],
        &["cite", "perceptron", "--style", "mla"],
        &["cite", "perceptron", "--style", "chicago-notes"],
        &["cite", "perceptron", "--style", "ieee", "--format", "html"],
        &["cite", "perceptron", "--style", "biblatex"],
        &["export", "--format", "ris"],
        &["path", "hopfield", "perceptron"],
        &["cite", "perceptron"],
        &["export", "--format", "bibtex"],
    ] {
        let out = aipapers()
            .arg("--catalog")
            .arg(&catalog)
            .args(args)
            .output()
            .expect("runs");
        for stream in [&out.stdout, &out.stderr] {
            let text = String::from_utf8_lossy(stream);
            for bad in ['\u{1b}', '\r', '\u{7}', '\u{202e}'] {
                assert!(!text.contains(bad), "{args:?} printed {bad:?}: {text}");
            }
        }
    }
    let card = stdout_of(&[
        "--catalog",
        catalog.to_str().expect("utf-8 path"),
        "show",
        "perceptron",
    ]);
    assert!(
        card.contains("The perceptron\\u{1b}[31m red \\u{d}OVERWRITE"),
        "{card}"
    );
    assert!(card.contains("Frank \\u{202e}Rosenblatt"), "{card}");
}

#[test]
fn json_and_csv_keep_hostile_text_exactly() {
    let catalog = fixture("hostile.json");
    let json = stdout_of(&[
        "--catalog",
        catalog.to_str().expect("utf-8"),
        "list",
        "--json",
    ]);
    assert!(
        json.contains(r#""title": "The perceptron\u001b[31m red \rOVERWRITE""#),
        "{json}"
    );
    let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    assert_eq!(value[0]["authors"][0], "Frank \u{202e}Rosenblatt");
}

#[test]
fn excel_safe_defuses_formula_cells() {
    let catalog = fixture("hostile.json");
    let args = [
        "--catalog",
        catalog.to_str().expect("utf-8"),
        "export",
        "--format",
        "csv",
        "--fields",
        "id,name,results",
    ];
    let plain = stdout_of(&args);
    assert!(plain.contains(
        "perceptron,\"=HYPERLINK(\"\"https://evil.example\"\")\",@SUM(A1:A9) on 2 classes\n"
    ));
    let safe = stdout_of(&[&args[..], &["--excel-safe"]].concat());
    assert!(safe.contains(
        "perceptron,\"'=HYPERLINK(\"\"https://evil.example\"\")\",'@SUM(A1:A9) on 2 classes\n"
    ));
    let tsv = stdout_of(&[&args[..4], &["tsv", "--fields", "id,name", "--excel-safe"]].concat());
    assert!(
        tsv.contains("perceptron\t'=HYPERLINK(\"https://evil.example\")\n"),
        "{tsv}"
    );
    aipapers()
        .args(["export", "--format", "json", "--excel-safe"])
        .assert()
        .code(2)
        .stderr("error: --excel-safe applies to csv and tsv output\n");
}

#[test]
fn a_failed_export_leaves_the_old_file_untouched_and_no_temporary_file() {
    if !have("sh") {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("papers.csv");
    std::fs::write(&target, "old contents\n").expect("write");
    // A 4 KiB file-size limit: the CSV export is far larger, so the write fails part-way.
    let out = Command::new("sh")
        .args([
            "-c",
            r#"ulimit -f 8; exec "$0" export --format csv -o "$1""#,
        ])
        .arg(bin())
        .arg(&target)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "error: cannot write {}: File too large (os error 27)\n",
            target.display()
        )
    );
    assert_eq!(
        std::fs::read_to_string(&target).expect("read"),
        "old contents\n"
    );
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(names, [std::ffi::OsString::from("papers.csv")]);
}

#[test]
fn an_export_into_a_missing_directory_is_a_clear_error() {
    aipapers()
        .args(["export", "-o", "/nonexistent-dir/papers.json"])
        .assert()
        .code(1)
        .stdout("")
        .stderr("error: cannot write /nonexistent-dir/papers.json: directory /nonexistent-dir does not exist\n");
}

#[test]
fn a_byte_order_mark_is_accepted() {
    aipapers()
        .args(["list", "--format", "ids", "--catalog"])
        .arg(fixture("bom.json"))
        .assert()
        .success()
        .stdout("perceptron\nhopfield\n")
        .stderr("");
}

#[test]
fn deep_nesting_fails_cleanly_or_is_ignored() {
    // Deep inside an unknown field: skipped without recursion, with a warning.
    aipapers()
        .args(["list", "--format", "ids", "--catalog"])
        .arg(fixture("deep.json"))
        .assert()
        .success()
        .stdout("perceptron\nhopfield\n");
    // Deep where a string belongs: an error naming the paper and field, not a stack
    // overflow.
    let path = fixture("deep-schema.json");
    aipapers()
        .args(["list", "--catalog"])
        .arg(&path)
        .assert()
        .code(1)
        .stderr(format!(
            "error: {} is not a valid catalog (1 problem):\n  \
             paper 'hopfield', field 'authors[0]': invalid type: array, expected a string\n",
            path.display()
        ));
}

#[test]
fn a_very_large_catalog_file_loads() {
    let dir = tempfile::tempdir().expect("temp dir");
    let tiny: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("tiny.json")).expect("read"))
            .expect("json");
    let mut big = tiny.clone();
    big["padding"] = serde_json::Value::String("x".repeat(32 << 20));
    let path = dir.path().join("big.json");
    std::fs::write(&path, big.to_string()).expect("write");
    aipapers()
        .args(["list", "--format", "ids", "--catalog"])
        .arg(&path)
        .assert()
        .success()
        .stdout("perceptron\nhopfield\n")
        .stderr(format!(
            "warning: {}: ignoring unknown fields: padding\n",
            path.display()
        ));
}

#[test]
fn text_that_is_not_utf8_names_the_place() {
    let path = fixture("not-utf8.json");
    aipapers()
        .args(["list", "--catalog"])
        .arg(&path)
        .assert()
        .code(1)
        .stderr(format!(
            "error: {}:1:35: invalid JSON: the file is not UTF-8 text\n",
            path.display()
        ));
}

#[test]
fn a_directory_as_catalog_names_the_path() {
    aipapers()
        .args(["list", "--catalog", "/"])
        .assert()
        .code(1)
        .stderr("error: cannot read catalog /: Is a directory (os error 21)\n");
}

#[test]
fn unknown_fields_warn_and_strict_refuses_them() {
    let path = fixture("unknown-fields.json");
    aipapers()
        .args(["list", "--format", "ids", "--catalog"])
        .arg(&path)
        .assert()
        .success()
        .stdout("perceptron\nhopfield\n")
        .stderr(format!(
            "warning: {}: ignoring unknown fields: papers.1.rating, generator\n",
            path.display()
        ));
    aipapers()
        .args(["--strict", "list", "--catalog"])
        .arg(&path)
        .assert()
        .code(1)
        .stdout("")
        .stderr(format!(
            "error: {}: unknown fields (refused under --strict): papers.1.rating, generator\n",
            path.display()
        ));
}

#[test]
fn schema_errors_name_every_paper_and_field() {
    let path = fixture("schema-error.json");
    aipapers().args(["validate"]).arg(&path).assert().code(1).stdout("").stderr(format!(
        "error: {} is not a valid catalog (3 problems):\n  \
         paper 'perceptron', field 'year': invalid type: string \"1958\", expected a whole number\n  \
         paper 'hopfield', field 'title': is missing\n  \
         paper 'hopfield', field 'authors': invalid type: string \"John Hopfield\", expected an array\n",
        path.display()
    ));
}

#[test]
fn validate_reports_a_valid_catalog_and_every_problem_of_an_invalid_one() {
    aipapers()
        .arg("validate")
        .assert()
        .success()
        .stdout("the embedded catalog is valid: 23 papers, 5 eras, 35 links\n");
    let tiny = fixture("tiny.json");
    aipapers()
        .arg("validate")
        .arg(&tiny)
        .assert()
        .success()
        .stdout(format!(
            "{} is valid: 2 papers, 1 era, 1 link\n",
            tiny.display()
        ));
    let invalid = fixture("invalid.json");
    let out = aipapers()
        .arg("validate")
        .arg(&invalid)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr).lines().count(),
        4,
        "a header and three problems"
    );
    // validate checks its own file, even when the environment names a broken one.
    aipapers()
        .arg("validate")
        .arg(&tiny)
        .env("AIPAPERS_CATALOG", fixture("syntax-error.json"))
        .assert()
        .success();
    aipapers()
        .args(["--strict", "validate"])
        .arg(fixture("unknown-fields.json"))
        .assert()
        .code(1);
}

/// A catalog large enough to be read, checked and written by two threads.
fn large_catalog(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("large.json");
    std::fs::write(&path, aipapers::catalog::synthetic::json(3_000)).expect("written");
    path
}

#[test]
fn a_large_catalog_reads_and_writes_the_same_as_its_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = large_catalog(dir.path());
    let out = Command::new(bin())
        .arg("--catalog")
        .arg(&path)
        .args(["export", "--format", "jsonl", "--sort", "id"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    // Each line is a paper of the file, unchanged, in id order.
    let file: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).expect("read")).expect("json");
    let mut expected: Vec<serde_json::Value> = file["papers"].as_array().expect("papers").clone();
    expected.sort_by(|a, b| a["id"].as_str().cmp(&b["id"].as_str()));
    let got: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).expect("a JSON line"))
        .collect();
    assert_eq!(got.len(), 3_000);
    for (got, expected) in got.iter().zip(&expected) {
        for (key, value) in expected.as_object().expect("an object") {
            assert_eq!(&got[key], value, "{key} of {}", expected["id"]);
        }
    }
}

#[test]
fn a_reader_that_closes_the_pipe_midway_through_a_large_catalog_ends_it_quietly() {
    if !have("bash") || !have("head") {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let path = large_catalog(dir.path());
    for format in ["json", "jsonl", "csv", "tsv"] {
        let script = r#""$0" --catalog "$1" export --format "$2" 2>"$3" | head -c 100000 >/dev/null; echo "${PIPESTATUS[0]}""#;
        let err = dir.path().join("stderr");
        let out = Command::new("bash")
            .args(["-c", script])
            .arg(bin())
            .args([&path, Path::new(format), &err])
            .output()
            .expect("runs");
        assert_eq!(String::from_utf8_lossy(&out.stdout), "0\n", "{format}");
        assert_eq!(
            std::fs::read_to_string(&err).expect("stderr file"),
            "",
            "{format}"
        );
    }
}

#[test]
fn a_large_catalog_as_csv_has_every_row_once_in_order() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = large_catalog(dir.path());
    let export = |format: &str| {
        let out = Command::new(bin())
            .arg("--catalog")
            .arg(&path)
            .args(["export", "--fields", "id,title,authors", "--format", format])
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(0), "{format}");
        out.stdout
    };
    let csv = export("csv");
    let mut reader = csv::Reader::from_reader(csv.as_slice());
    let headers = reader.headers().expect("a header").clone();
    assert_eq!(
        headers.iter().collect::<Vec<_>>(),
        ["id", "title", "authors"]
    );
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.expect("a record").iter().map(String::from).collect())
        .collect();
    // The same papers, in the same order, as the JSON Lines export says.
    let jsonl = String::from_utf8(export("jsonl")).expect("UTF-8");
    let expected: Vec<Vec<String>> = jsonl
        .lines()
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            let authors: Vec<&str> = v["authors"]
                .as_array()
                .expect("authors")
                .iter()
                .map(|a| a.as_str().unwrap_or_default())
                .collect();
            vec![
                v["id"].as_str().unwrap_or_default().to_string(),
                v["title"].as_str().unwrap_or_default().to_string(),
                authors.join("; "),
            ]
        })
        .collect();
    assert_eq!(rows.len(), 3_000);
    assert_eq!(rows, expected);
}

/// Where the system will not start a second thread (a limit on processes, as in a tight
/// container), every two-thread step runs on one thread instead, with the same output.
#[test]
fn with_no_second_thread_to_be_had_large_catalogs_load_and_render_the_same() {
    // The limit must bind an unprivileged user, so this takes root to switch to one.
    let root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout == b"0\n");
    if !able(root, "needs root") || !have("prlimit") || !have("setpriv") {
        return;
    }
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let readable = std::fs::Permissions::from_mode(0o755);
    std::fs::set_permissions(dir.path(), readable).expect("chmod");
    let path = large_catalog(dir.path());
    let path = path.to_str().expect("a UTF-8 path");
    for args in [
        vec!["validate", path],
        vec!["--catalog", path, "export", "--format", "jsonl"],
        vec![
            "--catalog",
            path,
            "export",
            "--format",
            "csv",
            "--sort",
            "title",
        ],
        vec!["--catalog", path, "search", "attention", "--json"],
    ] {
        let free = Command::new(bin()).args(&args).output().expect("runs");
        let limited = Command::new("prlimit")
            .args([
                "--nproc=1",
                "--",
                "setpriv",
                "--reuid=65534",
                "--regid=65534",
            ])
            .args(["--clear-groups", "--"])
            .arg(bin())
            .args(&args)
            .output()
            .expect("runs");
        assert_eq!(
            String::from_utf8_lossy(&limited.stderr),
            "",
            "{args:?} with one thread"
        );
        assert_eq!(limited.status.code(), Some(0), "{args:?}");
        assert_eq!(limited.stdout, free.stdout, "{args:?}");
    }
}

/// The id of the newest (or oldest) paper of a catalog file.
fn end_of(path: &Path, newest: bool) -> String {
    let mut args = vec!["--catalog", path.to_str().expect("UTF-8 path")];
    args.extend(["list", "--format", "ids", "--limit", "1"]);
    if newest {
        args.push("--reverse");
    }
    stdout_of(&args).trim().to_string()
}

#[test]
fn a_twenty_thousand_paper_chain_is_walked_drawn_and_written_without_overflow() {
    use aipapers::catalog::synthetic::{Shape, shaped};
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("chain.json");
    std::fs::write(&path, shaped(20_000, Shape::Chain)).expect("written");
    let (first, last) = (end_of(&path, false), end_of(&path, true));
    let catalog = path.to_str().expect("UTF-8 path");
    // Every graph walk over the whole chain: it used to overflow the stack (lineage).
    for args in [
        &["lineage", last.as_str()][..],
        &["lineage", first.as_str(), "--descendants", "--ascii"],
        &["path", first.as_str(), last.as_str()],
        &["plan", last.as_str(), "--format", "ids"],
        &["export", "--format", "dot"],
        &["export", "--format", "mermaid"],
    ] {
        let out = aipapers()
            .arg("--catalog")
            .arg(catalog)
            .args(args)
            .output()
            .expect("runs");
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // JSON is a flat list of nodes: its size grows with the chain, not with its square.
    let json = stdout_of(&["--catalog", catalog, "lineage", last.as_str(), "--json"]);
    assert!(json.len() < 20_000 * 400, "{} bytes", json.len());
    let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let nodes = value["ancestors"].as_array().expect("ancestors");
    assert_eq!(nodes.len(), 19_999);
    assert_eq!(nodes[19_998]["depth"], 19_999);
    assert_eq!(nodes[19_998]["id"], first.as_str());
    // The drawing's lines are bounded too: deep levels are counted, not drawn.
    let text = stdout_of(&[
        "--catalog",
        catalog,
        "lineage",
        first.as_str(),
        "--descendants",
        "--ascii",
    ]);
    assert!(
        text.lines().all(|l| l.len() < 400),
        "a line is longer than 400 bytes"
    );
    // A plan for the last paper is the whole chain, oldest first.
    let plan = stdout_of(&[
        "--catalog",
        catalog,
        "plan",
        last.as_str(),
        "--format",
        "ids",
    ]);
    let ids: Vec<&str> = plan.lines().collect();
    assert_eq!(ids.len(), 20_000);
    assert_eq!((ids[0], ids[19_999]), (first.as_str(), last.as_str()));
}

#[test]
fn a_twenty_thousand_paper_fan_is_walked_drawn_and_written() {
    use aipapers::catalog::synthetic::{Shape, shaped};
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("fan.json");
    std::fs::write(&path, shaped(20_000, Shape::Fan)).expect("written");
    let first = end_of(&path, false);
    let catalog = path.to_str().expect("UTF-8 path");
    let text = stdout_of(&["--catalog", catalog, "lineage", first.as_str(), "--ascii"]);
    assert_eq!(
        text.lines().count(),
        2 + 1 + 20_000 - 1 + 1,
        "{}",
        &text[..200]
    );
    let json = stdout_of(&["--catalog", catalog, "lineage", first.as_str(), "--json"]);
    let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(value["descendants"].as_array().map(Vec::len), Some(19_999));
}

#[test]
fn validate_checks_the_catalog_named_by_the_flag_or_the_environment() {
    let bad = fixture("schema-error.json");
    let expected = "is not a valid catalog (3 problems)";
    // It used to report the embedded catalog valid and exit 0.
    aipapers()
        .arg("--catalog")
        .arg(&bad)
        .arg("validate")
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicates::str::contains(expected));
    aipapers()
        .env("AIPAPERS_CATALOG", &bad)
        .arg("validate")
        .assert()
        .code(1)
        .stderr(predicates::str::contains(expected));
    // A file given to validate itself wins over both.
    aipapers()
        .env("AIPAPERS_CATALOG", &bad)
        .args(["validate"])
        .arg(fixture("tiny.json"))
        .assert()
        .success();
}

#[cfg(unix)]
#[test]
fn a_device_that_never_ends_fails_at_its_first_byte() {
    for device in ["/dev/zero", "/dev/urandom"] {
        if !crate::able(Path::new(device).exists(), &format!("{device} not found")) {
            continue;
        }
        aipapers()
            .args(["--catalog", device, "list"])
            .timeout(std::time::Duration::from_secs(20))
            .assert()
            .code(1)
            .stdout("")
            .stderr(predicates::str::starts_with(format!("error: {device}:1:")));
    }
    // A large regular file of NUL bytes is refused before it is read.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("zeros.json");
    let file = std::fs::File::create(&path).expect("created");
    file.set_len(1 << 34).expect("a sparse 16 GiB file");
    aipapers()
        .arg("--catalog")
        .arg(&path)
        .arg("list")
        .timeout(std::time::Duration::from_secs(20))
        .assert()
        .code(1)
        .stderr(format!(
            "error: {}:1:1: invalid JSON: expected value\n",
            path.display()
        ));
}

#[test]
fn a_catalog_can_come_from_standard_input_or_a_pipe() {
    let tiny = std::fs::read_to_string(fixture("tiny.json")).expect("fixture");
    aipapers()
        .args(["--catalog", "-", "list", "--format", "ids"])
        .write_stdin(tiny.clone())
        .assert()
        .success()
        .stdout("perceptron\nhopfield\n");
    aipapers()
        .args(["--catalog", "-", "validate"])
        .write_stdin("[]")
        .assert()
        .code(1)
        .stderr(
            "error: standard input is not a valid catalog (1 problem):\n  \
             field '(top level)': a catalog is a JSON object with schema_version, updated, \
             eras and papers, not an array\n",
        );
    if have("bash") {
        let script = format!(
            "{} --catalog <(cat {}) list --format ids",
            bin().display(),
            fixture("tiny.json").display()
        );
        let out = Command::new("bash")
            .args(["-c", &script])
            .output()
            .expect("bash runs");
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            "perceptron\nhopfield\n"
        );
    }
}

#[test]
fn a_second_byte_order_mark_is_an_error_at_its_place() {
    let tiny = std::fs::read_to_string(fixture("tiny.json")).expect("fixture");
    aipapers()
        .args(["--catalog", "-", "list"])
        .write_stdin(format!("\u{feff}\u{feff}{tiny}"))
        .assert()
        .code(1)
        .stderr("error: standard input:1:1: invalid JSON: expected value\n");
}

#[test]
fn unknown_fields_in_every_paper_give_one_short_warning() {
    let mut value: serde_json::Value =
        serde_json::from_str(&aipapers::catalog::synthetic::json(3_000)).expect("JSON");
    for paper in value["papers"].as_array_mut().expect("papers") {
        paper["rating"] = serde_json::json!(5);
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("rated.json");
    std::fs::write(&path, value.to_string()).expect("written");
    let out = aipapers()
        .arg("--catalog")
        .arg(&path)
        .args(["list", "--format", "ids", "--limit", "1"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "warning: {}: ignoring unknown fields: papers.0.rating, papers.1.rating, \
             papers.2.rating, papers.3.rating, papers.4.rating, and 2995 more\n",
            path.display()
        )
    );
}

#[test]
fn control_characters_in_arguments_are_escaped_in_clap_errors() {
    for args in [
        &["list", "--sort", "\u{1b}[2Jred"][..],
        &["list", "--bogus\u{1b}]0;title\u{7}"],
        &["\u{202e}list"],
    ] {
        let out = aipapers().args(args).output().expect("runs");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.starts_with("error: "), "{stderr}");
        assert!(
            !stderr.contains(['\u{1b}', '\u{7}', '\u{202e}']),
            "{stderr:?}"
        );
        assert!(stderr.contains("\\u{"), "{stderr:?}");
    }
}
