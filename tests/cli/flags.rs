//! One flag vocabulary: the same flag does the same thing in every command that lists
//! papers (issue 17).

use crate::{aipapers, stdout_of};

/// A catalog file whose first paper's title would run as a spreadsheet formula.
fn formula_catalog(dir: &std::path::Path) -> std::path::PathBuf {
    let text = std::fs::read_to_string(crate::fixture("tiny.json")).expect("the fixture");
    let mut value: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    value["papers"][0]["title"] = "=HYPERLINK(\"x\")".into();
    value["papers"][0]["name"] = "@SUM(1)".into();
    let path = dir.join("formula.json");
    std::fs::write(&path, value.to_string()).expect("the catalog is written");
    path
}

#[test]
fn output_file_and_excel_safe_work_wherever_csv_can_be_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    let catalog = formula_catalog(dir.path());
    let first_id = "perceptron";
    let commands: [&[&str]; 5] = [
        &["list"],
        &["sort", "year"],
        &["show", first_id],
        &["era", "1"],
        &["export"],
    ];
    for command in commands {
        let file = dir.path().join("out.csv");
        let _ = std::fs::remove_file(&file);
        let out = aipapers()
            .args(command)
            .args(["--fields", "id,title", "--excel-safe", "-o"])
            .arg(&file)
            .arg("--catalog")
            .arg(&catalog)
            .output()
            .expect("aipapers runs");
        assert!(
            out.status.success(),
            "{command:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.stdout.is_empty(), "{command:?} printed to stdout");
        let written = std::fs::read_to_string(&file).expect("the file is written");
        let line = format!("{first_id},\"'=HYPERLINK(\"\"x\"\")\"");
        assert!(written.starts_with("id,title\n"), "{command:?}: {written}");
        assert!(written.contains(&line), "{command:?}: {written}");
    }
    // search has no word to find in every paper of the fixture: it is checked on its own.
    let file = dir.path().join("hits.tsv");
    let out = aipapers()
        .args([
            "search",
            "hyperlink",
            "--fields",
            "id,title",
            "--excel-safe",
            "-o",
        ])
        .arg(&file)
        .arg("--catalog")
        .arg(&catalog)
        .output()
        .expect("aipapers runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let written = std::fs::read_to_string(&file).expect("the file is written");
    assert_eq!(
        written,
        format!("id\ttitle\n{first_id}\t'=HYPERLINK(\"x\")\n")
    );
    // plan writes CSV of its own columns.
    let file = dir.path().join("plan.csv");
    let out = aipapers()
        .args(["plan", first_id, "--excel-safe", "-o"])
        .arg(&file)
        .arg("--catalog")
        .arg(&catalog)
        .output()
        .expect("aipapers runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let written = std::fs::read_to_string(&file).expect("the file is written");
    assert!(
        written.starts_with("step,id,year,name,why,builds_on,read\n1,perceptron,1958,'@SUM(1),"),
        "{written}"
    );
}

#[test]
fn excel_safe_with_a_format_without_cells_is_a_usage_error() {
    for command in [
        &["list", "--json"][..],
        &["search", "attention"],
        &["show", "bert"],
        &["era", "--format", "markdown"],
        &["export", "--format", "bibtex"],
        &["plan", "bert"],
    ] {
        let out = aipapers()
            .args(command)
            .arg("--excel-safe")
            .output()
            .expect("aipapers runs");
        assert_eq!(out.status.code(), Some(2), "{command:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.starts_with("error: --excel-safe applies to csv"),
            "{command:?}: {stderr}"
        );
    }
}

#[test]
fn a_table_written_to_a_file_is_plain() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("papers.txt");
    let out = aipapers()
        .args(["list", "--era", "3", "--color", "always", "-o"])
        .arg(&file)
        .output()
        .expect("aipapers runs");
    assert!(out.status.success());
    let written = std::fs::read_to_string(&file).expect("the file is written");
    assert_eq!(written, stdout_of(&["list", "--era", "3"]));
    assert!(!written.contains('\u{1b}'), "{written}");
}

#[test]
fn the_output_file_extension_chooses_the_format_for_list_and_search_too() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bib = dir.path().join("refs.bib");
    let out = aipapers()
        .args(["search", "seq2seq", "-o"])
        .arg(&bib)
        .output()
        .expect("aipapers runs");
    assert!(out.status.success());
    let written = std::fs::read_to_string(&bib).expect("the file is written");
    assert!(
        written.starts_with("@inproceedings{sutskever2014sequence,"),
        "{written}"
    );
    let ids = dir.path().join("ids.json");
    aipapers()
        .args(["list", "--era", "3", "-o"])
        .arg(&ids)
        .assert()
        .success();
    let written = std::fs::read_to_string(&ids).expect("the file is written");
    let value: serde_json::Value = serde_json::from_str(&written).expect("JSON");
    assert_eq!(value[0]["id"], "transformer");
}

#[test]
fn show_json_is_an_object_for_one_id_and_an_array_for_several_as_its_help_says() {
    let one: serde_json::Value =
        serde_json::from_str(&stdout_of(&["show", "bert", "--json", "--fields", "id"])).unwrap();
    assert_eq!(one, serde_json::json!({"id": "bert"}));
    let two: serde_json::Value = serde_json::from_str(&stdout_of(&[
        "show", "bert", "t5", "--json", "--fields", "id",
    ]))
    .unwrap();
    assert_eq!(two, serde_json::json!([{"id": "bert"}, {"id": "t5"}]));
    // One object per line, however many ids: what a script that does not count wants.
    assert_eq!(
        stdout_of(&["show", "bert", "--format", "jsonl", "--fields", "id"]),
        "{\"id\":\"bert\"}\n"
    );
    let help = stdout_of(&["show", "--help"]);
    assert!(
        help.contains("an object for one paper, an array for several"),
        "{help}"
    );
}

#[test]
fn search_csv_is_the_csv_flag_and_no_tip_offers_to_search_for_it() {
    // Issue 17: `search attention --csv` was refused with a tip to type `-- --csv`,
    // which searches for the text "--csv".
    let csv = stdout_of(&[
        "search",
        "attention",
        "--csv",
        "--fields",
        "id",
        "--limit",
        "1",
    ]);
    assert_eq!(csv, "id\nbahdanau\n");
    let out = aipapers()
        .args(["search", "attention", "--cs"])
        .output()
        .expect("aipapers runs");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("a similar argument exists: '--csv'"),
        "{stderr}"
    );
    assert!(!stderr.contains("-- --"), "{stderr}");
}

#[test]
fn author_and_tag_repeats_both_mean_all_must_match() {
    let both = stdout_of(&["list", "-a", "hinton", "-a", "sutskever", "--format", "ids"]);
    assert_eq!(both, "alexnet\n");
    let either_alone = stdout_of(&["list", "-a", "sutskever", "--format", "ids"]);
    assert!(either_alone.lines().count() > 1, "{either_alone}");
    let tags = stdout_of(&["list", "-t", "attention", "-t", "vision", "--format", "ids"]);
    let tag_alone = stdout_of(&["list", "-t", "attention", "--format", "ids"]);
    assert!(tags.lines().count() < tag_alone.lines().count(), "{tags}");
    let help = stdout_of(&["list", "--help"]);
    let all_must_match = help.matches("all must match").count();
    assert_eq!(all_must_match, 2, "--author and --tag both say so:\n{help}");
}

#[test]
fn open_prints_every_link_named_in_order() {
    assert_eq!(
        stdout_of(&["open", "bert", "gpt-3", "--print"]),
        "https://arxiv.org/abs/1810.04805\nhttps://arxiv.org/abs/2005.14165\n"
    );
}

#[test]
fn era_with_a_name_lists_its_papers_in_every_format_and_alone_lists_eras() {
    assert_eq!(
        stdout_of(&["era", "2", "--format", "ids"]),
        "word2vec\nbahdanau\nseq2seq\nadam\nresnet\n"
    );
    assert_eq!(
        stdout_of(&["era", "--format", "ids"]),
        "foundations\nsequence\ntransformer\npretraining\nscaling\n"
    );
    use aipapers::render::Format;
    use clap::ValueEnum;
    for format in Format::value_variants() {
        let name = format.to_possible_value().unwrap().get_name().to_string();
        let era = stdout_of(&["era", "transformer", "--format", &name]);
        let list = stdout_of(&["list", "--era", "transformer", "--format", &name]);
        if *format == Format::Table {
            assert!(
                era.contains("The Transformer") && era.contains("transformer  2017"),
                "{era}"
            );
        } else {
            assert_eq!(era, list, "era transformer --format {name}");
        }
    }
}

/// The escape that starts text in the colour of era `n` (1-based), bold or not.
fn era_escape(n: usize, bold: bool) -> String {
    let colour = aipapers::render::style::ERA_COLORS[n - 1];
    format!("\u{1b}[38;5;{colour}{}m", if bold { ";1" } else { "" })
}

#[test]
fn lineage_path_and_search_paint_each_paper_in_its_eras_colour() {
    let path = stdout_of(&["path", "lstm", "transformer", "--color", "always"]);
    assert!(
        path.starts_with(&format!("{}LSTM (1997)", era_escape(1, true))),
        "{path:?}"
    );
    let ids = format!(
        "{}lstm\u{1b}[0m → {}bahdanau\u{1b}[0m → {}transformer\u{1b}[0m",
        era_escape(1, false),
        era_escape(2, false),
        era_escape(3, false)
    );
    assert!(path.contains(&ids), "{path:?}");
    let lineage = stdout_of(&[
        "lineage",
        "gpt-3",
        "--ancestors",
        "--depth",
        "1",
        "--color",
        "always",
    ]);
    assert!(
        lineage.contains(&format!("{}GPT-2 (2019)\u{1b}[0m", era_escape(4, true))),
        "{lineage:?}"
    );
    let search = stdout_of(&["search", "deepseek", "--color", "always"]);
    assert!(
        search.contains(&format!("{}DeepSeek-R1\u{1b}[0m", era_escape(5, false))),
        "{search:?}"
    );
}
