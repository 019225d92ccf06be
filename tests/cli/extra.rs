//! Extra catalogs: a papers.d directory and `--add` files merged into the embedded catalog.

use std::path::{Path, PathBuf};

use predicates::str::contains;

use crate::aipapers;

/// Adds an era and a paper that builds on the Transformer.
const SPARSE: &str = r#"{
  "schema_version": 2,
  "eras": [{"id": "efficient-attention", "name": "Efficient attention",
            "description": "Attention over long inputs without the quadratic cost."}],
  "papers": [{
    "id": "sparse-transformer", "aliases": ["sparse"], "name": "Sparse Transformer",
    "title": "Generating Long Sequences with Sparse Transformers",
    "authors": ["Rewon Child", "Scott Gray", "Alec Radford", "Ilya Sutskever"],
    "year": 2019, "date": "2019-04-23", "venue": "arXiv preprint", "arxiv": "1904.10509",
    "url": "https://arxiv.org/abs/1904.10509", "era": "efficient-attention",
    "why": "Factorised attention patterns made very long sequences affordable.",
    "builds_on": [{"id": "transformer", "note": "Sparsifies its attention."}]
  }]
}"#;

/// Uses the other file's era and builds on its paper and the Transformer; no prose.
const LONGFORMER: &str = r#"{
  "schema_version": 2,
  "papers": [{
    "id": "longformer", "name": "Longformer",
    "title": "Longformer: The Long-Document Transformer",
    "authors": ["Iz Beltagy", "Matthew E. Peters", "Arman Cohan"],
    "year": 2020, "date": "2020-04-10", "venue": "arXiv preprint", "arxiv": "2004.05150",
    "url": "https://arxiv.org/abs/2004.05150", "era": "efficient-attention",
    "builds_on": [{"id": "sparse-transformer", "note": "Local windows plus global tokens."},
                  {"id": "transformer", "note": "An encoder for long documents."}]
  }]
}"#;

/// A papers.d holding both files.
fn papers_d() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary directory");
    std::fs::write(dir.path().join("a-sparse.json"), SPARSE).expect("written");
    std::fs::write(dir.path().join("b-longformer.json"), LONGFORMER).expect("written");
    dir
}

fn run_in(dir: &Path, args: &[&str]) -> String {
    let out = aipapers()
        .env("AIPAPERS_PAPERS_D", dir)
        .args(args)
        .output()
        .expect("aipapers runs");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn papers_in_papers_d_join_every_view() {
    let dir = papers_d();
    let d = dir.path();
    let ids = run_in(d, &["list", "--format", "ids"]);
    assert!(
        ids.contains("\ngpt-2\nsparse-transformer\nt5\nscaling-laws\nlongformer\n"),
        "{ids}"
    );
    assert_eq!(ids.lines().count(), 25);
    let card = run_in(d, &["show", "transformer"]);
    assert!(
        card.contains("Sparse Transformer (2019, sparse-transformer)"),
        "{card}"
    );
    assert!(card.contains("Longformer (2020, longformer)"), "{card}");
    let timeline = run_in(d, &["timeline"]);
    assert!(
        timeline.contains("Longformer  ← sparse-transformer, transformer"),
        "{timeline}"
    );
    let lineage = run_in(d, &["lineage", "longformer"]);
    assert!(
        lineage.starts_with(
            "What led to Longformer (2020)\n├── Sparse Transformer (2019) — Local windows plus \
             global tokens.\n│   └── Transformer (2017) — Sparsifies its attention.\n"
        ),
        "{lineage}"
    );
    let path = run_in(d, &["path", "resnet", "longformer"]);
    assert!(
        path.ends_with("resnet → transformer → longformer  (2 hops, 2015–2020)\n"),
        "{path}"
    );
    let plan = run_in(d, &["plan", "longformer", "--format", "ids"]);
    assert!(
        plan.ends_with("transformer\nsparse-transformer\nlongformer\n"),
        "{plan}"
    );
    let found = run_in(d, &["search", "long-document", "--json"]);
    assert!(found.contains("\"id\": \"longformer\""), "{found}");
    let eras = run_in(d, &["era"]);
    assert!(eras.contains("efficient-attention"), "{eras}");
    assert!(eras.ends_with(&format!(
        "embedded: 23 papers, 5 eras\n{a}: 1 paper, 1 era\n{b}: 1 paper, 0 eras\n",
        a = d.join("a-sparse.json").display(),
        b = d.join("b-longformer.json").display()
    )));
    for format in [
        "json", "jsonl", "csv", "tsv", "markdown", "bibtex", "biblatex", "csl-json", "ris", "dot",
        "mermaid",
    ] {
        let out = run_in(d, &["export", "--format", format]);
        assert!(
            out.contains("longformer") || out.contains("Longformer"),
            "{format}: {out}"
        );
    }
    let bib = run_in(d, &["export", "--format", "bibtex"]);
    assert!(bib.contains("title = {Generating Long Sequences with Sparse Transformers}"));
}

#[test]
fn json_output_says_where_each_paper_comes_from() {
    let dir = papers_d();
    let json = run_in(dir.path(), &["list", "--json", "--fields", "id,why,source"]);
    let papers: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let source = |id: &str| {
        papers
            .as_array()
            .expect("an array")
            .iter()
            .find(|p| p["id"] == id)
            .map(|p| (p["source"].clone(), p["why"].is_null()))
            .expect("listed")
    };
    assert_eq!(source("transformer"), ("embedded".into(), false));
    let b = dir.path().join("b-longformer.json").display().to_string();
    assert_eq!(source("longformer"), (b.into(), true));
}

#[test]
fn completion_offers_extra_papers() {
    let dir = papers_d();
    let out = aipapers()
        .env("AIPAPERS_PAPERS_D", dir.path())
        .env("COMPLETE", "fish")
        .args(["--", "aipapers", "show", "lon"])
        .output()
        .expect("runs");
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert_eq!(
        text,
        "longformer\tLongformer (2020)\nlong-short-term-memory\t= lstm\n"
    );
}

#[test]
fn a_card_without_the_optional_fields_has_no_empty_sections() {
    let dir = papers_d();
    let card = run_in(dir.path(), &["show", "longformer"]);
    let file = dir.path().join("b-longformer.json");
    assert_eq!(
        card,
        format!(
            "Longformer  (longformer)
Longformer: The Long-Document Transformer

Authors   Iz Beltagy, Matthew E. Peters, Arman Cohan
Released  2020 (2020-04-10)
Venue     arXiv preprint
Era       6 · Efficient attention
Read      https://arxiv.org/abs/2004.05150
          arXiv:2004.05150
From      {}

Builds on
  • Sparse Transformer (2019, sparse-transformer) — Local windows plus global
    tokens.
  • Transformer (2017, transformer) — An encoder for long documents.
",
            file.display()
        )
    );
}

#[test]
fn added_files_are_merged_and_no_extra_and_catalog_ignore_papers_d() {
    let dir = papers_d();
    let d = dir.path();
    let count = |args: &[&str]| run_in(d, args).lines().count();
    assert_eq!(count(&["--no-extra", "list", "--format", "ids"]), 23);
    let tiny = crate::fixture("tiny.json");
    let tiny = tiny.to_str().expect("UTF-8 path");
    assert_eq!(count(&["--catalog", tiny, "list", "--format", "ids"]), 2);
    // --add merges even where papers.d is left out; it may be given more than once.
    let elsewhere = tempfile::tempdir().expect("a temporary directory");
    let sparse = elsewhere.path().join("sparse.json");
    let longformer = elsewhere.path().join("longformer.json");
    std::fs::write(&sparse, SPARSE).expect("written");
    std::fs::write(&longformer, LONGFORMER).expect("written");
    let ids = aipapers()
        .env("AIPAPERS_PAPERS_D", elsewhere.path().join("none"))
        .args(["list", "--format", "ids", "--add"])
        .arg(&sparse)
        .arg("--add")
        .arg(&longformer)
        .output()
        .expect("runs");
    assert_eq!(String::from_utf8_lossy(&ids.stdout).lines().count(), 25);
    // An empty papers.d is no extra catalog.
    let empty = tempfile::tempdir().expect("a temporary directory");
    assert_eq!(
        run_in(empty.path(), &["list", "--format", "ids"])
            .lines()
            .count(),
        23
    );
}

#[test]
fn a_name_in_two_catalogs_is_an_error_naming_both() {
    let dir = papers_d();
    let copy = dir.path().join("c-copy.json");
    std::fs::write(&copy, LONGFORMER).expect("written");
    aipapers()
        .env("AIPAPERS_PAPERS_D", dir.path())
        .arg("list")
        .assert()
        .code(1)
        .stdout("")
        .stderr(format!(
            "error: paper id 'longformer' is in both {} and {}; ids and aliases must differ \
             across catalogs\n",
            dir.path().join("b-longformer.json").display(),
            copy.display()
        ));
    // With the embedded catalog: an alias of one of its papers.
    std::fs::remove_file(&copy).expect("removed");
    let clash = LONGFORMER.replace(
        r#""name": "Longformer""#,
        r#""aliases": ["Back-Propagation"], "name": "Longformer""#,
    );
    std::fs::write(dir.path().join("b-longformer.json"), clash).expect("written");
    aipapers()
        .env("AIPAPERS_PAPERS_D", dir.path())
        .arg("list")
        .assert()
        .code(1)
        .stderr(contains(format!(
            "error: paper alias 'Back-Propagation' is in both embedded and {}",
            dir.path().join("b-longformer.json").display()
        )));
    // An era of the embedded catalog declared again.
    let era = SPARSE.replace(r#""id": "efficient-attention""#, r#""id": "transformer""#);
    std::fs::write(dir.path().join("a-sparse.json"), era).expect("written");
    aipapers()
        .env("AIPAPERS_PAPERS_D", dir.path())
        .env("AIPAPERS_PAPERS_D", dir.path())
        .args(["--no-extra", "--add"])
        .arg(dir.path().join("a-sparse.json"))
        .arg("list")
        .assert()
        .code(1)
        .stderr(contains(format!(
            "error: era 'transformer' is in both embedded and {}",
            dir.path().join("a-sparse.json").display()
        )));
}

#[test]
fn an_unreadable_or_invalid_extra_file_is_an_error_naming_it() {
    let dir = papers_d();
    let broken = dir.path().join("c-broken.json");
    std::fs::create_dir(&broken).expect("a directory where a file should be");
    aipapers()
        .env("AIPAPERS_PAPERS_D", dir.path())
        .arg("list")
        .assert()
        .code(1)
        .stdout("")
        .stderr(contains(format!(
            "error: cannot read catalog {}: ",
            broken.display()
        )));
    std::fs::remove_dir(&broken).expect("removed");
    // Its problems are numbered as in the file, and only its own are listed.
    let wrong = LONGFORMER
        .replace(
            "\"sparse-transformer\", \"note\"",
            "\"sparse-transformers\", \"note\"",
        )
        .replace("\"id\": \"longformer\", ", "");
    std::fs::write(dir.path().join("b-longformer.json"), wrong).expect("written");
    aipapers()
        .env("AIPAPERS_PAPERS_D", dir.path())
        .arg("list")
        .assert()
        .code(1)
        .stdout("")
        .stderr(format!(
            "error: {} is not a valid catalog (1 problem):\n  paper '#1', field 'id': is missing\n",
            dir.path().join("b-longformer.json").display()
        ));
    std::fs::write(
        dir.path().join("b-longformer.json"),
        LONGFORMER.replace("\"sparse-transformer\", \"note\"", "\"sparse\", \"note\""),
    )
    .expect("written");
    aipapers()
        .env("AIPAPERS_PAPERS_D", dir.path())
        .arg("list")
        .assert()
        .code(1)
        .stderr(format!(
            "error: {} is not a valid catalog (1 problem):\n  paper 'longformer', field \
             'builds_on': 'sparse' is not a paper of the catalog\n",
            dir.path().join("b-longformer.json").display()
        ));
    // A papers.d that is a file.
    let file = dir.path().join("a-sparse.json");
    aipapers()
        .env("AIPAPERS_PAPERS_D", &file)
        .arg("list")
        .assert()
        .code(1)
        .stderr(contains(format!("error: cannot read {}: ", file.display())));
}

#[test]
fn validate_checks_an_extra_file_among_the_others_and_pedantic_lists_what_it_leaves_out() {
    let dir = papers_d();
    let b: PathBuf = dir.path().join("b-longformer.json");
    let out = aipapers()
        .env("AIPAPERS_PAPERS_D", dir.path())
        .args(["validate", "--pedantic"])
        .arg(&b)
        .assert()
        .success();
    assert_eq!(
        String::from_utf8_lossy(&out.get_output().stdout),
        format!(
            "{} is valid: 1 paper, 0 eras, 2 links (merged with the embedded catalog)\n\
             paper 'longformer' has no why, tldr, summary, results, tags\n",
            b.display()
        )
    );
    // Without the file it builds on, its link does not resolve.
    aipapers()
        .env("AIPAPERS_PAPERS_D", dir.path().join("none"))
        .arg("validate")
        .arg(&b)
        .assert()
        .code(1)
        .stderr(contains(
            "'sparse-transformer' is not a paper of the catalog",
        ));
    // The embedded catalog keeps every requirement, and a whole catalog is checked alone.
    aipapers()
        .args(["validate", "--pedantic"])
        .assert()
        .success()
        .stdout("the embedded catalog is valid: 23 papers, 5 eras, 35 links\n");
}

#[test]
fn validate_alone_checks_the_extra_catalogs_every_command_merges() {
    let dir = papers_d();
    let (a, b) = (
        dir.path().join("a-sparse.json"),
        dir.path().join("b-longformer.json"),
    );
    assert_eq!(
        run_in(dir.path(), &["validate", "--pedantic"]),
        format!(
            "the embedded catalog is valid: 23 papers, 5 eras, 35 links\n\
             {} is valid: 1 paper, 1 era, 1 link (merged with the embedded catalog)\n\
             paper 'sparse-transformer' has no tldr, summary, results, tags\n\
             {} is valid: 1 paper, 0 eras, 2 links (merged with the embedded catalog)\n\
             paper 'longformer' has no why, tldr, summary, results, tags\n",
            a.display(),
            b.display()
        )
    );
    // `--no-extra` leaves papers.d out; a file given with `--add` is still checked.
    let b_arg = b.to_str().expect("UTF-8 path");
    assert_eq!(
        run_in(dir.path(), &["validate", "--no-extra"]),
        "the embedded catalog is valid: 23 papers, 5 eras, 35 links\n"
    );
    aipapers()
        .env("AIPAPERS_PAPERS_D", dir.path().join("none"))
        .args(["--add", b_arg, "validate"])
        .assert()
        .code(1)
        .stderr(contains(
            "'sparse-transformer' is not a paper of the catalog",
        ));
}
