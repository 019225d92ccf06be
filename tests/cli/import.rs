//! `aipapers import`: a reference manager's BibTeX becomes a catalog that validates, and
//! comes back out of `export` with its fields intact (read by Python's pybtex); CSL-JSON
//! out of `export` comes back in unchanged.

use std::path::Path;

use crate::{aipapers, fixture, have_pybtex, no_papers_d, pipe};

/// Reads the original and the exported BibTeX with pybtex and compares every field the
/// catalog keeps, entries matched by title; prints each difference, then a count.
const COMPARE: &str = r#"
import codecs, re, sys
import latexcodec
from pybtex.database import parse_file

def norm(text):
    text = codecs.decode(text, "ulatex")
    text = re.sub(r"[{}]", "", text).replace("--", "-").replace("\u2013", "-")
    return " ".join(text.split())

def people(entry):
    return [norm(str(p)) for p in entry.persons.get("author", [])]

original = parse_file(sys.argv[1], "bibtex").entries
exported = parse_file(sys.argv[2], "bibtex").entries
by_title = {norm(e.fields["title"]): e for e in exported.values()}
fields = ["title", "year", "month", "journal", "volume", "number", "pages", "booktitle",
          "institution", "publisher", "doi", "eprint", "url"]
compared = 0
for key, entry in original.items():
    other = by_title.get(norm(entry.fields["title"]))
    if other is None:
        print("missing", key)
        continue
    for field in fields:
        if field in entry.fields:
            compared += 1
            mine, theirs = norm(entry.fields[field]), norm(other.fields.get(field, ""))
            if field == "doi":
                theirs = theirs.lower(); mine = mine.lower()
            if mine != theirs:
                print(key, field, repr(mine), "!=", repr(theirs))
    if people(entry) != people(other):
        print(key, "author", people(entry), "!=", people(other))
    compared += 1
print(len(original), "entries,", compared, "fields compared")
"#;

fn import(dir: &Path, args: &[&str]) -> (String, String) {
    pipe(
        std::process::Command::new(crate::bin())
            .env("AIPAPERS_PAPERS_D", dir.join("papers.d"))
            .env_remove("AIPAPERS_CATALOG")
            .current_dir(dir)
            .args(args),
        "",
    )
}

#[test]
fn a_bibtex_library_imports_validates_and_exports_with_its_fields_intact() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let library = fixture("library.bib");
    let library = library.to_str().expect("UTF-8 path");
    let (out, err) = import(
        dir.path(),
        &[
            "import",
            library,
            "--tag",
            "mine",
            "--builds-on",
            "transformer",
        ],
    );
    assert_eq!(out, "");
    // Older papers cannot build on the Transformer: each is named, none is lost.
    assert_eq!(err.matches("which is not older").count(), 15, "{err}");
    let written = dir.path().join("papers.d/library.json");
    assert!(
        err.ends_with(&format!("imported 30 papers into {}\n", written.display())),
        "{err}"
    );
    // A second import never replaces the first.
    let (_, err) = import(dir.path(), &["import", library]);
    assert!(err.ends_with("papers.d/library-2.json\n"), "{err}");
    std::fs::remove_file(dir.path().join("papers.d/library-2.json")).expect("removed");

    let (valid, _) = import(dir.path(), &["validate", "papers.d/library.json"]);
    assert_eq!(
        valid,
        "papers.d/library.json is valid: 30 papers, 1 era, 15 links (merged with the embedded \
         catalog)\n"
    );
    let catalog: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&written).expect("read")).expect("JSON");
    let paper = |id: &str| {
        catalog["papers"]
            .as_array()
            .expect("papers")
            .iter()
            .find(|p| p["id"] == id)
            .cloned()
            .unwrap_or_else(|| panic!("{id} imported"))
    };
    // The LSTM's key is an alias of the embedded LSTM: the id gets a number.
    assert_eq!(paper("hochreiter1997-2")["title"], "Long Short-Term Memory");
    let jumper = paper("jumper2021highly");
    assert_eq!(jumper["authors"][8], "Augustin Žídek");
    assert_eq!(jumper["date"], "2021-08-01");
    assert_eq!(jumper["date_precision"], "month");
    assert_eq!(jumper["venue"], "Nature 596(7873)");
    assert_eq!(jumper["tags"], serde_json::json!(["mine"]));
    assert_eq!(jumper["builds_on"][0]["id"], "transformer");
    let clip = paper("radford2021clip");
    assert_eq!(
        (&clip["arxiv"], &clip["venue"], &clip["date"]),
        (
            &"2103.00020".into(),
            &"arXiv preprint".into(),
            &"2021-02-26".into()
        )
    );
    let bloom = paper("workshop2022bloom");
    assert_eq!(bloom["arxiv"], "2211.05100");
    // An organisation of several words and a surname of several words keep their braces,
    // so neither is cited as a person with a one-word surname.
    assert_eq!(
        bloom["authors"],
        serde_json::json!(["{BigScience Workshop}", "Teven {Le Scao}", "Angela Fan"])
    );
    assert_eq!(
        paper("openai2023gpt4")["authors"],
        serde_json::json!(["OpenAI"])
    );
    assert_eq!(
        paper("vandermaaten2008")["authors"][0],
        "Laurens van der Maaten"
    );
    assert_eq!(
        paper("rumelhart1985")["venue"],
        "Institute for Cognitive Science, University of California, San Diego Technical Report"
    );

    if !have_pybtex() {
        return;
    }
    let (bib, _) = import(
        dir.path(),
        &["export", "--format", "bibtex", "--era", "imported"],
    );
    let exported = dir.path().join("exported.bib");
    std::fs::write(&exported, bib).expect("written");
    let out = std::process::Command::new("python3")
        .args(["-c", COMPARE, library])
        .arg(&exported)
        .output()
        .expect("python3 runs");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "30 entries, 201 fields compared\n",
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn csl_json_from_export_comes_back_as_it_was() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let library = fixture("library.bib");
    import(
        dir.path(),
        &[
            "import",
            library.to_str().expect("UTF-8"),
            "-o",
            "first.json",
        ],
    );
    let (csl, _) = pipe(
        std::process::Command::new(crate::bin())
            .env("AIPAPERS_PAPERS_D", no_papers_d())
            .current_dir(dir.path())
            .args([
                "--add",
                "first.json",
                "export",
                "--format",
                "csl-json",
                "--era",
                "imported",
            ]),
        "",
    );
    std::fs::write(dir.path().join("items.json"), &csl).expect("written");
    import(dir.path(), &["import", "items.json", "-o", "second.json"]);
    let read = |name: &str| -> serde_json::Value {
        serde_json::from_str(&std::fs::read_to_string(dir.path().join(name)).expect("read"))
            .expect("JSON")
    };
    let (first, second) = (read("first.json"), read("second.json"));
    let by_title = |catalog: &serde_json::Value| -> Vec<serde_json::Value> {
        let mut papers: Vec<serde_json::Value> = catalog["papers"]
            .as_array()
            .expect("papers")
            .iter()
            .map(|p| {
                let mut p = p.clone();
                // Keys become ids again, from the export's citation keys.
                for key in ["id", "aliases"] {
                    p.as_object_mut().expect("an object").remove(key);
                }
                p
            })
            .collect();
        papers.sort_by_key(|p| p["title"].to_string());
        papers
    };
    let (before, after) = (by_title(&first), by_title(&second));
    assert_eq!(before.len(), 30);
    let mut month_lost = 0;
    for (a, b) in before.iter().zip(&after) {
        let (mut a, mut b) = (a.clone(), b.clone());
        // The export gives a paper in proceedings named with a year only that year.
        if b["date_precision"] == "year" && a["date_precision"] != "year" {
            month_lost += 1;
            for p in [&mut a, &mut b] {
                let p = p.as_object_mut().expect("an object");
                p.remove("date");
                p.remove("date_precision");
            }
        }
        assert_eq!(a, b);
    }
    assert_eq!(month_lost, 2);
    // Through standard input too.
    let (out, _) = pipe(
        std::process::Command::new(crate::bin())
            .env("AIPAPERS_PAPERS_D", no_papers_d())
            .args(["import", "-", "-o", "-"]),
        &csl,
    );
    assert_eq!(out.matches("\"id\":").count(), 30 + 1);
}

#[test]
fn an_import_with_nothing_to_import_or_a_broken_file_is_an_error() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let empty = dir.path().join("empty.bib");
    std::fs::write(&empty, "% nothing here\n").expect("written");
    aipapers()
        .arg("import")
        .arg(&empty)
        .assert()
        .code(1)
        .stderr(format!("error: {}: no paper to import\n", empty.display()));
    let broken = dir.path().join("broken.bib");
    std::fs::write(&broken, "@article{x, title = {T}").expect("written");
    aipapers()
        .arg("import")
        .arg(&broken)
        .assert()
        .code(1)
        .stderr(predicates::str::starts_with(format!(
            "error: {}: not BibTeX: ",
            broken.display()
        )));
    aipapers()
        .args(["import", "x.bib", "--tag", "Not A Tag"])
        .assert()
        .code(2)
        .stderr("error: 'Not A Tag' is not a tag: use lower-case letters, digits and '-'\n");
}
