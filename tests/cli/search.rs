//! Search, cite and open, run as users run them: ranking, phrases, accents, fields,
//! citation styles, BibTeX that a real parser reads, and opening links without a browser.

use std::path::Path;

use crate::{aipapers, stdout_of};

/// The ids of a `--json` array, in order.
fn ids(args: &[&str]) -> Vec<String> {
    let json: serde_json::Value =
        serde_json::from_str(&stdout_of(args)).expect("the output is JSON");
    json.as_array()
        .expect("an array")
        .iter()
        .map(|p| p["id"].as_str().expect("an id").to_string())
        .collect()
}

fn search(query: &[&str]) -> Vec<String> {
    let mut args = vec!["search", "--json"];
    args.extend(query);
    ids(&args)
}

#[test]
fn attention_ranks_bahdanau_and_the_transformer_first() {
    let found = search(&["attention"]);
    let mut top: Vec<&str> = found[..2].iter().map(String::as_str).collect();
    top.sort_unstable();
    assert_eq!(top, ["bahdanau", "transformer"], "{found:?}");
    assert!(found.len() > 2, "attention is in other papers' prose too");
}

#[test]
fn an_author_search_finds_their_papers() {
    assert_eq!(search(&["hinton"]), ["backprop", "alexnet"]);
}

#[test]
fn rlhf_puts_instructgpt_first() {
    assert_eq!(search(&["rlhf"])[0], "instructgpt");
}

#[test]
fn residual_image_puts_resnet_first() {
    assert_eq!(search(&["residual", "image"])[0], "resnet");
}

#[test]
fn every_term_must_match() {
    assert_eq!(
        search(&["attention", "translation", "vaswani"]),
        ["transformer"]
    );
    assert_eq!(search(&["attention", "zebra"]), Vec::<String>::new());
}

#[test]
fn terms_match_word_prefixes_not_substrings() {
    assert!(search(&["transformers"]).contains(&"bert".to_string()));
    assert!(search(&["transform"]).contains(&"transformer".to_string()));
    assert!(!search(&["ransformer"]).contains(&"transformer".to_string()));
}

#[test]
fn a_quoted_argument_is_a_phrase() {
    let phrase = search(&["residual connections"]);
    assert_eq!(phrase, ["resnet", "transformer"]);
    assert_eq!(search(&[r#""residual connections""#]), phrase);
    assert_eq!(search(&["connections residual"]), Vec::<String>::new());
    // The same two words apart match more papers.
    assert!(search(&["residual", "connections"]).len() >= phrase.len());
}

#[test]
fn accents_and_case_do_not_matter() {
    for query in ["schmidhuber", "jürgen", "jurgen", "JÜRGEN"] {
        assert_eq!(search(&[query]), ["lstm"], "{query}");
    }
    for query in ["łukasz", "lukasz", "Łukasz"] {
        assert_eq!(search(&[query]), ["transformer"], "{query}");
    }
}

#[test]
fn field_restricts_where_to_look() {
    assert_eq!(search(&["hinton", "--field", "summary"]), ["alexnet"]);
    assert_eq!(
        search(&["hinton", "--field", "title,name"]),
        Vec::<String>::new()
    );
    assert_eq!(
        search(&["attention", "--field", "name", "--field", "title"]),
        ["bahdanau", "transformer"]
    );
}

#[test]
fn json_carries_score_and_matched_fields_on_full_objects() {
    let out = stdout_of(&["search", "hinton", "--json", "--limit", "1"]);
    let json: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let hit = &json[0];
    assert_eq!(hit["id"], "backprop");
    assert_eq!(hit["score"], 8);
    assert_eq!(hit["matched"], serde_json::json!(["authors"]));
    assert_eq!(hit["led_to"][0], "lstm", "the full paper object is there");
    let keys: Vec<&String> = hit.as_object().expect("an object").keys().collect();
    assert_eq!(keys[keys.len() - 2..], ["score", "matched"]);
}

#[test]
fn no_match_is_success_with_a_note() {
    aipapers()
        .args(["search", "zebra"])
        .assert()
        .success()
        .stdout("")
        .stderr("no papers match\n");
    aipapers()
        .args(["search", "zebra", "--json"])
        .assert()
        .success()
        .stdout("[]\n");
}

#[test]
fn an_empty_query_is_a_usage_error() {
    // Blank, or nothing but punctuation: no word to look for.
    for query in ["", "   ", "—", "\"\""] {
        aipapers()
            .args(["search", "--", query])
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicates::str::contains(
                "error: the search query is empty",
            ));
    }
}

#[test]
fn matches_are_highlighted_only_in_colour() {
    let coloured = stdout_of(&["search", "hinton", "--color", "always"]);
    assert!(
        coloured.contains("\u{1b}[33;1mHinton\u{1b}[0m"),
        "{coloured}"
    );
    assert!(!stdout_of(&["search", "hinton"]).contains('\u{1b}'));
}

#[test]
fn list_search_filters_but_keeps_the_sort_order() {
    let listed = stdout_of(&["list", "--search", "attention", "--format", "ids"]);
    assert_eq!(listed, "bahdanau\ntransformer\ngpt-1\nlora\nllama\n");
    let by_id = stdout_of(&[
        "list",
        "--search",
        "attention",
        "--sort",
        "id",
        "--format",
        "ids",
    ]);
    assert_eq!(by_id, "bahdanau\ngpt-1\nllama\nlora\ntransformer\n");
    let phrase = stdout_of(&[
        "export",
        "--search",
        r#"attention "machine translation""#,
        "--format",
        "ids",
    ]);
    assert_eq!(phrase, "bahdanau\n");
    aipapers()
        .args(["list", "--search", " "])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "--search: the search query is empty",
        ));
}

#[test]
fn cite_bibtex_is_exactly_the_export_entry() {
    let ids: Vec<String> = stdout_of(&["list", "--format", "ids"])
        .lines()
        .map(String::from)
        .collect();
    let mut args = vec!["cite"];
    args.extend(ids.iter().map(String::as_str));
    assert_eq!(
        stdout_of(&args),
        stdout_of(&["export", "--format", "bibtex"])
    );
}

#[test]
fn cite_bibtex_parses_with_pybtex() {
    if !crate::have_pybtex() {
        return;
    }
    let bib = stdout_of(&[
        "cite",
        "transformer",
        "backprop",
        "deepseek-r1",
        "gpt-3",
        "lstm",
    ]);
    let script = "import pybtex.database, sys\n\
                  db = pybtex.database.parse_string(sys.stdin.read(), 'bibtex')\n\
                  for key, e in db.entries.items():\n    \
                      print(key, len(e.persons['author']), e.fields['title'])";
    let out = std::process::Command::new("python3")
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child
                .stdin
                .take()
                .expect("stdin")
                .write_all(bib.as_bytes())?;
            child.wait_with_output()
        })
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "pybtex rejected the BibTeX: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "vaswani2017attention 8 Attention Is All You Need\n\
         rumelhart1986learning 3 Learning representations by back-propagating errors\n\
         deepseekai2025deepseek 1 {DeepSeek-R1}: Incentivizing Reasoning Capability in {LLMs} via Reinforcement Learning\n\
         brown2020language 31 Language Models are Few-Shot Learners\n\
         hochreiter1997long 2 Long Short-Term Memory\n"
    );
}

#[test]
fn cite_an_unknown_id_suggests_one_and_prints_nothing() {
    aipapers()
        .args(["cite", "transformer", "trasformer", "--style", "apa"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("error: no paper 'trasformer'; did you mean 'transformer'?\n");
}

#[test]
fn cite_apa_cuts_gpt3_to_nineteen_authors_and_the_last() {
    let apa = stdout_of(&["cite", "gpt-3", "--style", "apa"]);
    assert!(apa.contains("Winter, C., … Amodei, D. (2020)."), "{apa}");
    // The 20th to 30th authors are left out; no "&" when the list is cut.
    assert!(!apa.contains("Hesse, C.") && !apa.contains('&'), "{apa}");
}

#[test]
fn open_print_prints_the_link() {
    aipapers()
        .args(["open", "r1", "--print"])
        .assert()
        .success()
        .stdout("https://arxiv.org/abs/2501.12948\n")
        .stderr("");
}

/// A stand-in browser: a script that writes its arguments, one per line, to `log`.
fn fake_browser(dir: &Path, log: &Path) -> String {
    let script = dir.join("browser");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nprintf '%s\\n' \"$@\" > '{}.tmp'\nmv '{0}.tmp' '{0}'\n",
            log.display()
        ),
    )
    .expect("write the script");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755))
            .expect("chmod the script");
    }
    script.display().to_string()
}

/// The browser is waited for: its log is there when aipapers ends.
fn read_when_written(log: &Path) -> String {
    std::fs::read_to_string(log).expect("the browser wrote its log before aipapers ended")
}

#[cfg(unix)]
#[test]
fn open_runs_browser_with_the_link_appended() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let log = dir.path().join("args");
    let browser = fake_browser(dir.path(), &log);
    aipapers()
        .args(["open", "transformer"])
        .env("BROWSER", format!("{browser} --new-window"))
        .assert()
        .success()
        .stdout("")
        .stderr("");
    assert_eq!(
        read_when_written(&log),
        "--new-window\nhttps://arxiv.org/abs/1706.03762\n"
    );
}

#[cfg(unix)]
#[test]
fn open_puts_the_link_where_browser_says_percent_s() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let log = dir.path().join("args");
    let browser = fake_browser(dir.path(), &log);
    aipapers()
        .args(["open", "backprop"])
        .env("BROWSER", format!("{browser} --url=%s --quiet"))
        .assert()
        .success()
        .stdout("");
    assert_eq!(
        read_when_written(&log),
        "--url=https://www.nature.com/articles/323533a0\n--quiet\n"
    );
}

#[test]
fn open_without_any_browser_prints_the_link_and_fails() {
    let out = aipapers()
        .args(["open", "lstm"])
        .env_clear()
        .output()
        .expect("aipapers runs");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "https://direct.mit.edu/neco/article/9/8/1735/6109/Long-Short-Term-Memory\n"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with(
            "error: could not open the link: no browser found (set BROWSER, or install "
        ),
        "{stderr}"
    );
    assert!(stderr.ends_with("; it is printed instead\n"), "{stderr}");
}

#[test]
fn open_with_a_browser_that_cannot_start_prints_the_link_and_fails() {
    aipapers()
        .args(["open", "adam"])
        .env("BROWSER", "/nonexistent/browser")
        .env("PATH", "")
        .assert()
        .code(1)
        .stdout("https://arxiv.org/abs/1412.6980\n")
        .stderr(predicates::str::starts_with(
            "error: could not open the link: could not start /nonexistent/browser: ",
        ));
}

#[cfg(unix)]
#[test]
fn open_waits_for_the_browser_and_reports_its_failure() {
    // A browser that fails is named with its status, then the next one is tried.
    let dir = tempfile::tempdir().expect("a temp dir");
    let failing = dir.path().join("failing");
    std::fs::write(&failing, "#!/bin/sh\nexit 3\n").expect("write the script");
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&failing, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    aipapers()
        .args(["open", "adam"])
        .env("BROWSER", format!("false:{}", failing.display()))
        .env("PATH", "/usr/bin:/bin")
        .assert()
        .code(1)
        .stdout("https://arxiv.org/abs/1412.6980\n")
        .stderr(predicates::str::starts_with(format!(
            "error: could not open the link: false exited with status 1; {} exited with \
                 status 3; it is printed instead\n",
            failing.display()
        )));
    // It gets the terminal (here, the pipes of aipapers itself): what it prints arrives.
    aipapers()
        .args(["open", "adam"])
        .env("BROWSER", "echo opened")
        .env("PATH", "/usr/bin:/bin")
        .assert()
        .success()
        .stdout("opened https://arxiv.org/abs/1412.6980\n")
        .stderr("");
}

#[cfg(unix)]
#[test]
fn open_never_lets_a_shell_read_the_link() {
    // The link is one argument: quotes or $(...) in BROWSER's %s never reach a shell.
    let dir = tempfile::tempdir().expect("a temp dir");
    let log = dir.path().join("args");
    let browser = fake_browser(dir.path(), &log);
    aipapers()
        .args(["open", "adam"])
        .env("BROWSER", format!("{browser} '$(touch pwned)' %s"))
        .current_dir(dir.path())
        .assert()
        .success();
    assert_eq!(
        read_when_written(&log),
        "'$(touch\npwned)'\nhttps://arxiv.org/abs/1412.6980\n"
    );
    assert!(!dir.path().join("pwned").exists());
}

#[test]
fn a_result_table_links_each_name_to_its_paper_where_links_are_asked_for() {
    let linked = stdout_of(&[
        "search",
        "lstm",
        "--hyperlinks",
        "always",
        "--color",
        "never",
    ]);
    let row = linked
        .lines()
        .find(|l| l.starts_with("lstm "))
        .expect("the LSTM's row");
    assert!(
        row.contains(
            "\u{1b}]8;;https://direct.mit.edu/neco/article/9/8/1735/6109/Long-Short-Term-Memory\
             \u{1b}\\LSTM\u{1b}]8;;\u{1b}\\"
        ),
        "{row:?}"
    );
    let plain = stdout_of(&[
        "search",
        "lstm",
        "--hyperlinks",
        "never",
        "--color",
        "never",
    ]);
    assert!(!plain.contains('\u{1b}'), "{plain:?}");
}
