//! The completion scripts: committed copies kept fresh, and what they offer.

use std::path::Path;

use crate::{aipapers, stdout_of};

/// Each shell and the file its script is committed as, under completions/.
pub const SCRIPTS: [(&str, &str); 5] = [
    ("bash", "aipapers.bash"),
    ("zsh", "_aipapers"),
    ("fish", "aipapers.fish"),
    ("elvish", "aipapers.elv"),
    ("powershell", "_aipapers.ps1"),
];

#[test]
fn committed_completions_match_what_the_binary_generates() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let update = std::env::var_os("UPDATE_COMPLETIONS").is_some_and(|v| !v.is_empty());
    let mut stale = Vec::new();
    for (shell, file) in SCRIPTS {
        let fresh = stdout_of(&["completions", shell]);
        let path = dir.join(file);
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &fresh).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(fresh.as_str()) {
            stale.push(format!("completions/{file}"));
        }
    }
    assert!(
        stale.is_empty(),
        "{} differ from `aipapers completions SHELL`; regenerate them with\n\n    \
         UPDATE_COMPLETIONS=1 cargo test --test cli completions\n",
        stale.join(", ")
    );
}

#[test]
fn every_script_asks_the_binary_on_path() {
    for (shell, _) in SCRIPTS {
        let script = stdout_of(&["completions", shell]);
        let asks = match shell {
            "fish" => "COMPLETE=fish aipapers -- ",
            "powershell" => "$env:COMPLETE = \"powershell\"",
            "bash" => "COMPLETE=\"bash\"",
            "zsh" => "COMPLETE=\"zsh\"",
            _ => "COMPLETE=\"elvish\" aipapers -- ",
        };
        assert!(
            script.contains(asks),
            "the {shell} script lacks {asks}:\n{script}"
        );
    }
}

#[test]
fn completions_and_man_work_without_a_readable_catalog() {
    for args in [&["completions", "bash"][..], &["man"]] {
        aipapers()
            .args(args)
            .env("AIPAPERS_CATALOG", "/nonexistent/papers.json")
            .assert()
            .success()
            .stderr("");
    }
    // The same environment does break the commands that read the catalog.
    aipapers()
        .arg("list")
        .env("AIPAPERS_CATALOG", "/nonexistent/papers.json")
        .assert()
        .code(1);
}

#[test]
fn an_unknown_shell_is_a_usage_error_naming_the_shells() {
    aipapers()
        .args(["completions", "tcsh"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicates::str::contains(
            "[possible values: bash, elvish, fish, powershell, zsh]",
        ));
}

/// What the binary answers a shell: candidates with their descriptions, in the shell's own
/// format, from the catalog the line names.
fn answer(shell: &str, index: Option<usize>, line: &[&str]) -> String {
    let mut cmd = aipapers();
    cmd.env("COMPLETE", shell).arg("--").args(line);
    if let Some(index) = index {
        cmd.env("_CLAP_COMPLETE_INDEX", index.to_string());
    }
    let out = cmd.output().expect("aipapers runs");
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn completion_describes_papers_by_name_and_year_and_aliases_by_their_paper() {
    let tiny = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/tiny.json");
    assert_eq!(
        answer("fish", None, &["aipapers", "--catalog", tiny, "show", "h"]),
        "hopfield\tHopfield network (1982)\nhopfield-net\t= hopfield\n"
    );
    assert_eq!(
        answer(
            "zsh",
            Some(5),
            &["aipapers", "--catalog", tiny, "list", "--era"]
        ),
        "early:Early days\n1:= early"
    );
    assert_eq!(
        answer("fish", None, &["aipapers", "show", "vaswani"]),
        "vaswani2017\t= transformer\n"
    );
}

#[test]
fn completion_offers_no_ids_from_a_catalog_it_cannot_read() {
    assert_eq!(
        answer(
            "fish",
            None,
            &["aipapers", "--catalog", "/nonexistent.json", "show", "t"]
        ),
        ""
    );
}

#[test]
fn completion_for_an_unknown_shell_is_a_usage_error() {
    aipapers()
        .env("COMPLETE", "tcsh")
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicates::str::contains("unknown shell `tcsh`"));
}

#[test]
fn read_offers_unread_papers_and_unread_offers_read_ones() {
    let data = tempfile::tempdir().expect("temp dir");
    let run = |args: &[&str], complete: bool| {
        let mut cmd = aipapers();
        cmd.env("AIPAPERS_DATA", data.path());
        if complete {
            cmd.env("COMPLETE", "fish").arg("--").arg("aipapers");
        }
        let out = cmd.args(args).output().expect("runs");
        assert!(out.status.success(), "{args:?}");
        String::from_utf8(out.stdout).expect("UTF-8")
    };
    run(&["read", "lstm"], false);
    let values = |text: String| -> Vec<String> {
        text.lines()
            .map(|l| l.split('\t').next().unwrap_or("").to_string())
            .collect()
    };
    let read_l = values(run(&["read", "l"], true));
    assert!(
        read_l.contains(&"llama".to_string()) && !read_l.contains(&"lstm".to_string()),
        "{read_l:?}"
    );
    let unread = values(run(&["unread", ""], true));
    assert_eq!(unread[0], "lstm", "{unread:?}");
    assert!(!unread.contains(&"llama".to_string()), "{unread:?}");
    // Other commands offer every paper.
    let show_l = values(run(&["show", "l"], true));
    assert!(show_l.contains(&"lstm".to_string()) && show_l.contains(&"llama".to_string()));
}

#[test]
fn completion_offers_the_extra_papers_the_command_would_merge() {
    let dir = tempfile::tempdir().expect("temp dir");
    let extra = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/extra.json");
    std::fs::copy(extra, dir.path().join("extra.json")).expect("copied");
    let offered = |line: &[&str]| {
        let out = aipapers()
            .env("AIPAPERS_PAPERS_D", dir.path())
            .env("COMPLETE", "fish")
            .arg("--")
            .args(line)
            .output()
            .expect("aipapers runs");
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stdout).expect("UTF-8")
    };
    let sparse = "sparse-transformer\tSparse Transformer (2019)\n";
    assert_eq!(offered(&["aipapers", "show", "spa"]), sparse);
    assert_eq!(offered(&["aipapers", "--no-extra", "show", "spa"]), "");
    assert_eq!(offered(&["aipapers", "show", "--no-extra", "spa"]), "");
    // After `--`, "--no-extra" is a word, not the flag.
    assert_eq!(
        offered(&["aipapers", "show", "--", "--no-extra", "spa"]),
        sparse
    );
    assert_eq!(
        offered(&["aipapers", "--no-extra", "--add", extra, "show", "spa"]),
        sparse
    );
}
