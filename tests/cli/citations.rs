//! Citations checked against other tools: pandoc's citeproc formats our CSL-JSON export
//! as aipapers formats it, and the CSL-JSON validates against the CSL schema; rispy reads
//! our RIS; pybtex and bibtexparser read our BibTeX and BibLaTeX.

use std::path::Path;
use std::process::Command;

use crate::{able, aipapers, have, have_python_module, pipe, stdout_of};

/// Where Debian's citation-style-language-styles package puts the CSL files.
const DEBIAN_STYLES: &str = "/usr/share/citation-style-language/styles";

/// The styles compared, by their file names in the CSL repository.
const COMPARED: [&str; 8] = [
    "apa",
    "modern-language-association",
    "chicago-author-date",
    "chicago-note-bibliography",
    "ieee",
    "harvard-cite-them-right",
    "nature",
    "vancouver",
];

/// The differences between the two processors that README's "Cite it" section lists, undone
/// on both sides before comparing: letter case (hayagriva's title case lowers inner capitals,
/// "DeepSeek" -> "Deepseek"), whitespace, and terms that pandoc 2.17's built-in locale words
/// differently from the CSL locales hayagriva bundles.
fn normalise(line: &str) -> String {
    let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
    // Whitespace before punctuation: hayagriva keeps a space where an empty part was.
    let mut line = line
        .to_lowercase()
        .replace(" ;", ";")
        .replace(" ,", ",")
        .replace(" .", ".");
    for (from, to) in [
        // IEEE: pandoc 2.17 leaves out "[Online]." before "Available:".
        ("[online]. ", ""),
        // APA: pandoc 2.17 labels a report number that is not a number ("No. arXiv:...").
        ("(no. arxiv", "(arxiv"),
        // Nature: pandoc 2.17's locale has no "preprint" term.
        (". preprint at ", ". at "),
        // Chicago (Debian's 2023 files): hayagriva leaves a period after the closing
        // quotation mark, and doubles the one after "Inc.".
        ("”.", ".”"),
        ("..", "."),
        // Month and page terms.
        ("sept", "sep"),
        ("sep.", "sep"),
        ("june", "jun"),
        ("jun.", "jun"),
        ("; pp. ", "; p. "),
        (". pp. ", ". p. "),
    ] {
        line = line.replace(from, to);
    }
    line
}

/// Lines of one processor's bibliography, normalised, without blank lines.
fn entries(text: &str) -> Vec<String> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(normalise)
        .collect()
}

/// Entries hayagriva formats differently from citeproc for a reason README lists: MLA asks
/// to tell two works by the same first author apart by adding names, and hayagriva drops
/// the given names it should keep ("Radford, Narasimhan, et al.").
const KNOWN: [(&str, &str); 1] = [("modern-language-association", "radford, ")];

#[test]
fn pandoc_citeproc_formats_the_csl_json_export_as_cite_does() {
    if !have("pandoc") {
        return;
    }
    if !Path::new(DEBIAN_STYLES).join("apa.csl").exists() {
        able(
            false,
            "the CSL styles are not installed (Debian: citation-style-language-styles)",
        );
        return;
    }
    let dir = tempfile::tempdir().expect("a temporary directory");
    let items = dir.path().join("papers.json");
    let doc = dir.path().join("doc.md");
    std::fs::write(&items, stdout_of(&["export", "--format", "csl-json"])).expect("written");
    std::fs::write(&doc, "---\nnocite: '@*'\n---\n").expect("written");
    let ids = stdout_of(&["list", "--format", "ids"]);
    for style in COMPARED {
        let csl = Path::new(DEBIAN_STYLES).join(format!("{style}.csl"));
        let out = Command::new("pandoc")
            .arg(&doc)
            .args(["--citeproc", "-t", "plain", "--wrap=none", "--csl"])
            .arg(&csl)
            .arg("--bibliography")
            .arg(&items)
            .output()
            .expect("pandoc runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let theirs = entries(&String::from_utf8_lossy(&out.stdout));
        let csl_arg = csl.display().to_string();
        let (ours, _) = pipe(
            Command::new(crate::bin()).args(["cite", "-", "--csl", &csl_arg]),
            &ids,
        );
        let ours = entries(&ours);
        assert_eq!(ours.len(), 23, "{style}: {ours:#?}");
        assert_eq!(theirs.len(), 23, "{style}: {theirs:#?}");
        for (mine, other) in ours.iter().zip(&theirs) {
            let known = KNOWN
                .iter()
                .any(|&(s, start)| s == style && other.starts_with(start));
            if !known {
                assert_eq!(mine, other, "{style}");
            }
        }
    }
}

#[test]
fn csl_json_export_holds_an_item_per_paper_with_the_required_variables() {
    let json: serde_json::Value =
        serde_json::from_str(&stdout_of(&["export", "--format", "csl-json"])).expect("JSON");
    let items = json.as_array().expect("an array");
    assert_eq!(items.len(), 23);
    let types = ["article-journal", "paper-conference", "report", "article"];
    for item in items {
        assert!(item["id"].is_string(), "{item}");
        assert!(
            types.contains(&item["type"].as_str().unwrap_or("")),
            "{item}"
        );
        assert!(item["title"].is_string(), "{item}");
        let parts = &item["issued"]["date-parts"][0];
        assert!(parts[0].is_u64() && parts.as_array().is_some_and(|p| p.len() <= 3));
        for name in item["author"].as_array().expect("authors") {
            assert!(
                name["literal"].is_string()
                    || (name["family"].is_string() && name["given"].is_string()),
                "{name}"
            );
        }
    }
    let backprop = &items[0];
    assert_eq!(
        (
            &backprop["container-title"],
            &backprop["volume"],
            &backprop["issue"],
            &backprop["page"]
        ),
        (
            &serde_json::json!("Nature"),
            &serde_json::json!("323"),
            &serde_json::json!("6088"),
            &serde_json::json!("533-536")
        )
    );
    let r1 = items.iter().find(|i| i["id"] == "deepseekai2025deepseek");
    assert_eq!(
        r1.map(|i| &i["author"]),
        Some(&serde_json::json!([{"literal": "DeepSeek-AI"}]))
    );
}

#[test]
fn ris_export_reads_back_in_rispy_with_every_field() {
    if !have_python_module("rispy") {
        return;
    }
    let ris = stdout_of(&["export", "--format", "ris"]);
    let script = "import sys, json, rispy\n\
                  entries = rispy.loads(sys.stdin.read())\n\
                  print(json.dumps(entries))";
    let (out, _) = pipe(Command::new("python3").args(["-c", script]), &ris);
    let entries: serde_json::Value = serde_json::from_str(&out).expect("JSON from rispy");
    let entries = entries.as_array().expect("a list");
    assert_eq!(entries.len(), 23);
    let backprop = &entries[0];
    assert_eq!(backprop["type_of_reference"], "JOUR");
    assert_eq!(
        backprop["authors"],
        serde_json::json!([
            "Rumelhart, David E.",
            "Hinton, Geoffrey E.",
            "Williams, Ronald J."
        ])
    );
    assert_eq!(backprop["volume"], "323");
    assert_eq!(backprop["number"], "6088");
    assert_eq!(backprop["start_page"], "533");
    assert_eq!(backprop["end_page"], "536");
    assert_eq!(backprop["doi"], "10.1038/323533a0");
    let chinchilla = entries
        .iter()
        .find(|e| e["id"] == "hoffmann2022training")
        .expect("chinchilla");
    assert_eq!(chinchilla["type_of_reference"], "PREPRINT");
    let authors = chinchilla["authors"].as_array().expect("authors");
    assert_eq!(authors.len(), 22);
    assert_eq!(authors[6], "de Las Casas, Diego");
    assert_eq!(authors[13], "van den Driessche, George");
}

#[test]
fn biblatex_export_parses_in_pybtex_with_its_fields() {
    if !crate::have_pybtex() {
        return;
    }
    let bib = stdout_of(&["export", "--format", "biblatex"]);
    let script = "import sys, json, pybtex.database as db\n\
                  d = db.parse_string(sys.stdin.read(), 'bibtex')\n\
                  print(json.dumps({k: [e.type, dict(e.fields), \
                  [str(p) for p in e.persons.get('author', [])]] for k, e in d.entries.items()}))";
    let (out, _) = pipe(Command::new("python3").args(["-c", script]), &bib);
    let entries: serde_json::Value = serde_json::from_str(&out).expect("JSON from pybtex");
    assert_eq!(entries.as_object().map(|o| o.len()), Some(23));
    let backprop = &entries["rumelhart1986learning"];
    assert_eq!(backprop[0], "article");
    assert_eq!(backprop[1]["journaltitle"], "Nature");
    assert_eq!(backprop[1]["date"], "1986-10-09");
    assert_eq!(backprop[1]["pages"], "533--536");
    let chinchilla = &entries["hoffmann2022training"];
    assert_eq!(chinchilla[0], "online");
    assert_eq!(chinchilla[1]["eprinttype"], "arxiv");
    assert_eq!(chinchilla[2][6], "de Las Casas, Diego");
    assert_eq!(entries["deepseekai2025deepseek"][2][0], "{DeepSeek-AI}");
}

#[test]
fn ids_from_standard_input_cite_like_ids_on_the_command_line() {
    let (piped, _) = pipe(
        Command::new(crate::bin()).args(["cite", "-", "--style", "apa"]),
        "transformer\nbackprop  deepseek-r1\n",
    );
    assert_eq!(
        piped,
        stdout_of(&[
            "cite",
            "transformer",
            "backprop",
            "deepseek-r1",
            "--style",
            "apa"
        ])
    );
}

#[test]
fn an_invalid_csl_file_is_a_runtime_error_naming_it() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let bad = dir.path().join("bad.csl");
    std::fs::write(&bad, "<style>not CSL").expect("written");
    let out = aipapers()
        .args(["cite", "bert", "--csl"])
        .arg(&bad)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with(&format!(
            "error: {} cannot be used: it is not a CSL style",
            bad.display()
        )),
        "{err}"
    );
    assert!(out.stdout.is_empty());
}

/// The CSL-JSON schema (`csl-data.json` of the Citation Style Language's schema repository,
/// MIT licence, kept with its licence under tests/fixtures/csl as test data).
fn csl_data_schema() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/csl/csl-data.json")
}

/// Every error Python's jsonschema finds in `items` against the CSL-JSON schema, one a line
/// as `path: message`; empty when the items are valid.
fn csl_schema_errors(items: &str) -> String {
    let script = "import sys, json, jsonschema\n\
                  schema = json.load(open(sys.argv[1]))\n\
                  validator = jsonschema.Draft7Validator(schema)\n\
                  for e in validator.iter_errors(json.load(sys.stdin)):\n\
                  \x20   print('/'.join(map(str, e.path)) + ': ' + e.message)";
    let (out, _) = pipe(
        Command::new("python3")
            .args(["-c", script])
            .arg(csl_data_schema()),
        items,
    );
    out
}

#[test]
fn csl_json_export_validates_against_the_csl_data_schema() {
    if !have_python_module("jsonschema") {
        return;
    }
    let items = stdout_of(&["export", "--format", "csl-json"]);
    assert_eq!(csl_schema_errors(&items), "");
    // The schema is live: a date given as a string instead of date parts is refused.
    let mut broken: serde_json::Value = serde_json::from_str(&items).expect("CSL-JSON");
    broken[0]["issued"] = serde_json::json!("1986-10-09");
    let errors = csl_schema_errors(&broken.to_string());
    assert!(errors.starts_with("0/issued: "), "{errors}");
}

/// What bibtexparser (version 2) reads from `bib`: per entry key, its type and fields, and
/// the blocks it could not parse.
fn bibtexparser_reads(bib: &str) -> serde_json::Value {
    let script = "import sys, json, bibtexparser\n\
                  lib = bibtexparser.parse_string(sys.stdin.read())\n\
                  print(json.dumps({'failed': len(lib.failed_blocks), \
                  'entries': {e.key: [e.entry_type, {f.key: f.value for f in e.fields}] \
                  for e in lib.entries}}))";
    let (out, _) = pipe(Command::new("python3").args(["-c", script]), bib);
    serde_json::from_str(&out).expect("JSON from bibtexparser")
}

#[test]
fn bibtex_export_parses_in_bibtexparser_with_every_field() {
    if !have_python_module("bibtexparser") {
        return;
    }
    let read = bibtexparser_reads(&stdout_of(&["export", "--format", "bibtex"]));
    assert_eq!(read["failed"], 0);
    let entries = read["entries"].as_object().expect("entries");
    assert_eq!(entries.len(), 23);
    assert_eq!(
        read["entries"]["rumelhart1986learning"],
        serde_json::json!(["article", {
            "author": "David E. Rumelhart and Geoffrey E. Hinton and Ronald J. Williams",
            "title": "Learning representations by back-propagating errors",
            "journal": "Nature",
            "volume": "323",
            "number": "6088",
            "pages": "533--536",
            "year": "1986",
            "month": "oct",
            "doi": "10.1038/323533a0",
            "url": "https://www.nature.com/articles/323533a0",
        }])
    );
    let deepseek = &read["entries"]["deepseekai2025deepseek"][1];
    assert_eq!(deepseek["author"], "{DeepSeek-AI}");
}

#[test]
fn biblatex_export_parses_in_bibtexparser_with_every_field() {
    if !have_python_module("bibtexparser") {
        return;
    }
    let read = bibtexparser_reads(&stdout_of(&["export", "--format", "biblatex"]));
    assert_eq!(read["failed"], 0);
    assert_eq!(read["entries"].as_object().map(|o| o.len()), Some(23));
    assert_eq!(
        read["entries"]["deepseekai2025deepseek"],
        serde_json::json!(["online", {
            "author": "{DeepSeek-AI}",
            "title": "{DeepSeek-R1}: Incentivizing Reasoning Capability in {LLMs} via Reinforcement Learning",
            "date": "2025-01-22",
            "url": "https://arxiv.org/abs/2501.12948",
            "eprint": "2501.12948",
            "eprinttype": "arxiv",
        }])
    );
}
