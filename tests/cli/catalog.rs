//! Custom catalogs: `--catalog FILE` and `AIPAPERS_CATALOG`.

use crate::{aipapers, fixture, stdout_of};

#[test]
fn a_custom_catalog_is_read_with_the_flag() {
    aipapers()
        .args(["list", "--format", "ids", "--catalog"])
        .arg(fixture("tiny.json"))
        .assert()
        .success()
        .stdout("perceptron\nhopfield\n");
}

#[test]
fn a_custom_catalog_is_read_from_the_environment() {
    aipapers()
        .args(["show", "hopfield-net", "--json"])
        .env("AIPAPERS_CATALOG", fixture("tiny.json"))
        .assert()
        .success()
        .stdout(predicates::str::contains("\"id\": \"hopfield\""));
}

#[test]
fn the_flag_wins_over_the_environment() {
    aipapers()
        .args(["list", "--format", "ids", "--catalog"])
        .arg(fixture("tiny.json"))
        .env("AIPAPERS_CATALOG", "/nonexistent/catalog.json")
        .assert()
        .success()
        .stdout("perceptron\nhopfield\n");
}

#[test]
fn custom_eras_and_ids_are_accepted() {
    let out = aipapers()
        .args(["list", "--era", "early", "--format", "ids", "--catalog"])
        .arg(fixture("tiny.json"))
        .output()
        .expect("runs");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "perceptron\nhopfield\n"
    );
}

#[test]
fn a_missing_catalog_is_a_runtime_error_naming_the_path() {
    aipapers()
        .args(["list", "--catalog", "/nonexistent/catalog.json"])
        .assert()
        .code(1)
        .stdout("")
        .stderr("error: cannot read catalog /nonexistent/catalog.json: No such file or directory (os error 2)\n");
}

#[test]
fn a_json_syntax_error_names_file_line_and_column() {
    let path = fixture("syntax-error.json");
    aipapers()
        .args(["list", "--catalog"])
        .arg(&path)
        .assert()
        .code(1)
        .stderr(format!(
            "error: {}:4:3: invalid JSON: expected `,` or `}}`\n",
            path.display()
        ));
}

#[test]
fn an_invalid_catalog_lists_every_problem_with_paper_and_field() {
    let path = fixture("invalid.json");
    aipapers()
        .args(["list", "--catalog"])
        .arg(&path)
        .assert()
        .code(1)
        .stderr(format!(
            "error: {} is not a valid catalog (3 problems):\n  \
         paper 'perceptron', field 'era': 'late' is not one of the catalog's eras\n  \
         paper 'hopfield', field 'date': '1982-04-31' is not a YYYY-MM-DD date\n  \
         paper 'hopfield', field 'builds_on': 'nothing' is not a paper of the catalog\n",
            path.display()
        ));
}

#[test]
fn the_embedded_catalog_is_used_by_default() {
    assert_eq!(stdout_of(&["list", "--format", "ids"]).lines().count(), 23);
}

#[test]
fn a_paper_named_twice_is_shown_and_cited_once() {
    assert_eq!(
        crate::stdout_of(&["show", "gpt3", "gpt-3", "bert"]),
        crate::stdout_of(&["show", "gpt-3", "bert"])
    );
    assert_eq!(
        crate::stdout_of(&["cite", "bert", "BERT", "--style", "apa"])
            .lines()
            .count(),
        1
    );
}

#[test]
fn short_flags_mean_what_their_long_forms_mean() {
    assert_eq!(
        crate::stdout_of(&[
            "list", "-e", "3,4", "-s", "title", "-r", "-n", "3", "-f", "ids"
        ]),
        crate::stdout_of(&[
            "list",
            "--era",
            "3,4",
            "--sort",
            "title",
            "--reverse",
            "--limit",
            "3",
            "--format",
            "ids"
        ])
    );
    assert_eq!(
        crate::stdout_of(&["list", "-a", "hinton", "-t", "vision", "-f", "ids"]),
        "alexnet\n"
    );
}
