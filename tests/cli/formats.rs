//! Output formats as other tools read them: jq, Python's csv module, a BibTeX parser.

use std::process::Command;

use crate::{aipapers, have, pipe, stdout_of};

/// Runs a program with `input` on stdin and returns its stdout.
fn pipe_through(program: &str, args: &[&str], input: &str) -> String {
    pipe(Command::new(program).args(args), input).0
}

#[test]
fn list_json_holds_23_full_paper_objects() {
    let json: serde_json::Value =
        serde_json::from_str(&stdout_of(&["list", "--json"])).expect("valid JSON");
    let papers = json.as_array().expect("an array");
    assert_eq!(papers.len(), 23);
    let keys: Vec<&str> = papers[0]
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "id",
            "aliases",
            "name",
            "title",
            "authors",
            "year",
            "date",
            "date_precision",
            "venue",
            "volume",
            "issue",
            "pages",
            "publisher",
            "arxiv",
            "doi",
            "url",
            "published",
            "era",
            "era_name",
            "tags",
            "why",
            "tldr",
            "summary",
            "results",
            "builds_on",
            "led_to",
            "source"
        ]
    );
    assert_eq!(papers[0]["id"], "backprop");
    assert_eq!(papers[0]["source"], "embedded");
    assert_eq!(
        papers[0]["led_to"],
        serde_json::json!(["lstm", "alexnet", "word2vec", "adam"])
    );
    assert_eq!(papers[8]["builds_on"][0]["id"], "bahdanau");
}

#[test]
fn json_is_pretty_ends_in_a_newline_and_is_identical_between_runs() {
    let first = stdout_of(&["export"]);
    assert!(first.starts_with("[\n  {\n    \"id\": \"backprop\","));
    assert!(first.ends_with("]\n"));
    assert_eq!(first, stdout_of(&["export"]));
    assert_eq!(first, stdout_of(&["list", "--json"]));
}

#[test]
fn jq_reads_the_json() {
    if !have("jq") {
        return;
    }
    let titles = pipe_through(
        "jq",
        &["-r", ".[] | select(.year < 2000) | .title"],
        &stdout_of(&["list", "--json"]),
    );
    assert_eq!(
        titles,
        "Learning representations by back-propagating errors\nLong Short-Term Memory\n"
    );
    let jsonl = stdout_of(&["export", "--format", "jsonl", "--fields", "id,year"]);
    let ids = pipe_through("jq", &["-r", ".id"], &jsonl);
    assert_eq!(ids.lines().count(), 23);
}

#[test]
fn show_json_is_an_object_for_one_id_and_an_array_for_several() {
    let one: serde_json::Value =
        serde_json::from_str(&stdout_of(&["show", "gpt3", "--json"])).expect("JSON");
    assert_eq!(one["id"], "gpt-3");
    assert_eq!(one["authors"].as_array().map(Vec::len), Some(31));
    let two: serde_json::Value =
        serde_json::from_str(&stdout_of(&["show", "gpt3", "bert", "--json"])).expect("JSON");
    assert_eq!(two.as_array().map(Vec::len), Some(2));
}

#[test]
fn csv_parses_with_python_into_24_rows_of_equal_width() {
    if !have("python3") {
        return;
    }
    let script = "import csv, sys\nrows = list(csv.reader(sys.stdin))\nprint(len(rows), sorted(set(len(r) for r in rows)), rows[0][0], rows[9][0])";
    let csv = stdout_of(&["export", "--format", "csv"]);
    assert_eq!(
        pipe_through("python3", &["-c", script], &csv),
        "24 [27] id transformer\n"
    );
    assert_eq!(csv, stdout_of(&["list", "--csv"]));
}

#[test]
fn csv_joins_lists_with_semicolons_and_links_as_ids() {
    let csv = stdout_of(&[
        "list",
        "--csv",
        "--fields",
        "id,authors,builds_on,led_to",
        "--era",
        "3",
    ]);
    assert_eq!(
        csv,
        "id,authors,builds_on,led_to\n\
         transformer,Ashish Vaswani; Noam Shazeer; Niki Parmar; Jakob Uszkoreit; Llion Jones; Aidan N. Gomez; \
         Łukasz Kaiser; Illia Polosukhin,bahdanau; seq2seq; resnet; adam,gpt-1; bert; t5; scaling-laws; lora\n"
    );
}

#[test]
fn an_empty_result_is_a_success_in_every_format() {
    assert_eq!(stdout_of(&["list", "--year", "1900", "--json"]), "[]\n");
    assert_eq!(
        stdout_of(&["list", "--year", "1900", "--format", "jsonl"]),
        ""
    );
    assert_eq!(
        stdout_of(&["list", "--year", "1900", "--csv", "--fields", "id,year"]),
        "id,year\n"
    );
    aipapers()
        .args(["list", "--year", "1900"])
        .assert()
        .success()
        .stdout("")
        .stderr("no papers match\n");
}

#[test]
fn bibtex_parses_with_pybtex() {
    if !crate::have_pybtex() {
        return;
    }
    let script = "import sys, pybtex.database as db\n\
        bib = db.parse_string(sys.stdin.read(), 'bibtex')\n\
        for key, e in bib.entries.items():\n    \
            print(key, e.type, len(e.persons['author']), e.fields['year'])";
    let parsed = pipe_through(
        "python3",
        &["-c", script],
        &stdout_of(&["export", "--format", "bibtex"]),
    );
    let lines: Vec<&str> = parsed.lines().collect();
    assert_eq!(lines.len(), 23);
    for expected in [
        "rumelhart1986learning article 3 1986",
        "hochreiter1997long article 2 1997",
        "krizhevsky2012imagenet inproceedings 3 2012",
        "vaswani2017attention inproceedings 8 2017",
        "radford2018improving techreport 4 2018",
        "brown2020language inproceedings 31 2020",
        "kaplan2020scaling misc 10 2020",
        "deepseekai2025deepseek misc 1 2025",
    ] {
        assert!(
            lines.contains(&expected),
            "missing {expected:?} in {lines:?}"
        );
    }
}

#[test]
fn markdown_is_a_table_with_linked_titles() {
    let md = stdout_of(&["export", "--format", "markdown", "--era", "transformer"]);
    assert_eq!(
        md,
        "| Year | Paper | Authors | Venue | Era |\n\
         |---:|---|---|---|---|\n\
         | 2017 | [Attention Is All You Need](https://arxiv.org/abs/1706.03762) | Ashish Vaswani et al. | NeurIPS 2017 | The Transformer |\n"
    );
}

#[test]
fn tables_have_no_colour_when_piped_and_colour_when_forced() {
    let piped = stdout_of(&["list"]);
    assert!(!piped.contains('\u{1b}'));
    let forced = stdout_of(&["list", "--color", "always"]);
    assert!(
        forced.contains("\u{1b}["),
        "no ANSI escapes with --color always"
    );
    let env_forced = aipapers()
        .args(["show", "lstm"])
        .env("CLICOLOR_FORCE", "1")
        .output()
        .expect("runs");
    assert!(String::from_utf8_lossy(&env_forced.stdout).contains("\u{1b}["));
    let both = aipapers()
        .args(["list"])
        .env("CLICOLOR_FORCE", "1")
        .env("NO_COLOR", "1")
        .output()
        .expect("runs");
    assert!(
        !String::from_utf8_lossy(&both.stdout).contains('\u{1b}'),
        "NO_COLOR wins over CLICOLOR_FORCE"
    );
    let never = aipapers()
        .args(["list", "--color", "never"])
        .env("CLICOLOR_FORCE", "1")
        .output()
        .expect("runs");
    assert!(
        !String::from_utf8_lossy(&never.stdout).contains('\u{1b}'),
        "the flag wins over the environment"
    );
}

#[test]
fn piped_tables_are_never_truncated() {
    let piped = stdout_of(&["list", "--fields", "id,title"]);
    assert!(piped.contains(
        "switch-transformer  Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity\n"
    ));
    assert!(!piped.contains('…'));
}

#[test]
fn export_writes_a_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("papers.csv");
    aipapers()
        .args(["export", "--format", "csv", "-o"])
        .arg(&path)
        .assert()
        .success()
        .stdout("")
        .stderr("");
    let written = std::fs::read_to_string(&path).expect("written");
    assert_eq!(written, stdout_of(&["export", "--format", "csv"]));
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).expect("dir").collect();
    assert_eq!(leftovers.len(), 1, "no temporary file is left behind");
}

/// tiny.json with hostile text in its first paper's title, authors and venue.
fn hostile_catalog(dir: &std::path::Path) -> std::path::PathBuf {
    let mut value: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(crate::fixture("tiny.json")).expect("fixture"),
    )
    .expect("JSON");
    let paper = &mut value["papers"][0];
    paper["title"] = "Close} , author = {Mallory} , note = {x".into();
    // A stray brace in a name is refused by validation; an organisation's braces are not,
    // and the "and" inside them must not split it in two.
    paper["authors"] = serde_json::json!(["Eve Back\\", "Smith and Jones", "{Ann and Bob}"]);
    paper["venue"] = "Proc. {x}}} | ![i](j) <b>".into();
    let path = dir.join("hostile.json");
    std::fs::write(&path, value.to_string()).expect("written");
    path
}

#[test]
fn hostile_text_stays_inside_its_bibtex_field() {
    if !crate::have_pybtex() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let path = hostile_catalog(dir.path());
    let bib = stdout_of(&[
        "--catalog",
        path.to_str().expect("UTF-8"),
        "export",
        "--format",
        "bibtex",
    ]);
    let script = "import sys, pybtex.database as db\n\
        bib = db.parse_string(sys.stdin.read(), 'bibtex')\n\
        for key, e in bib.entries.items():\n    \
            print(key, sorted(e.fields.keys()), len(e.persons['author']))\n    \
            print(e.fields['title'])";
    let parsed = pipe_through("python3", &["-c", script], &bib);
    let lines: Vec<&str> = parsed.lines().collect();
    assert_eq!(lines.len(), 4, "{parsed}");
    // Three authors, no field added by the title, and the title's text whole.
    assert!(lines[0].ends_with(" 3"), "{parsed}");
    assert!(!lines[0].contains("'note'"), "{parsed}");
    assert_eq!(
        lines[1],
        "Close\\textbraceright{} , author = \\textbraceleft{}Mallory\\textbraceright{} , \
         note = \\textbraceleft{}x"
    );
}

#[test]
fn every_markdown_cell_is_escaped() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = hostile_catalog(dir.path());
    let md = stdout_of(&[
        "--catalog",
        path.to_str().expect("UTF-8"),
        "export",
        "--format",
        "markdown",
    ]);
    let row = md.lines().nth(2).expect("a first row");
    // Every `|` that is not a cell border is escaped, and nothing renders as HTML or an image.
    assert_eq!(
        row.matches('|').count() - row.matches("\\|").count(),
        6,
        "{row}"
    );
    assert!(!row.contains("<b>") && !row.contains("!["), "{row}");
}

#[test]
fn export_takes_its_format_from_a_known_extension() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, start) in [
        ("papers.bib", "@inproceedings{vaswani2017attention,"),
        ("papers.csv", "id,aliases,"),
        ("papers.md", "| Year | Paper |"),
        ("papers.mmd", "flowchart"),
        ("papers.dot", "// The influence graph"),
        ("papers.jsonl", "{\"id\":\"transformer\""),
        ("papers.txt", "["),
    ] {
        let path = dir.path().join(name);
        aipapers()
            .args(["export", "--era", "3", "-o"])
            .arg(&path)
            .assert()
            .success();
        let text = std::fs::read_to_string(&path).expect("written");
        assert!(
            text.starts_with(start),
            "{name}: {}",
            &text[..text.len().min(80)]
        );
    }
    // A format given wins over the extension.
    let path = dir.path().join("papers.bib");
    aipapers()
        .args(["export", "--era", "3", "--json", "-o"])
        .arg(&path)
        .assert()
        .success();
    assert!(
        std::fs::read_to_string(&path)
            .expect("written")
            .starts_with('[')
    );
}

#[test]
fn version_names_the_catalog_it_carries() {
    let version = stdout_of(&["--version"]);
    assert!(
        version.starts_with(&format!("aipapers {} (catalog ", env!("CARGO_PKG_VERSION"))),
        "{version}"
    );
    assert!(version.ends_with(", 23 papers)\n"), "{version}");
}
