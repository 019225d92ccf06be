//! `aipapers schema` and `aipapers new`: the JSON Schema checked by another implementation
//! (Python's jsonschema) against the catalogs aipapers reads, and a skeleton to fill in.

use std::path::{Path, PathBuf};

use crate::{aipapers, fixture, have_jsonschema, pipe, stdout_of};

/// Checks each file against the schema with Python's jsonschema: `ok` or the first error.
const CHECK: &str = r#"
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
for path in sys.argv[2:]:
    errors = sorted(validator.iter_errors(json.load(open(path))), key=lambda e: list(e.path))
    name = path.rsplit("/", 1)[-1]
    if errors:
        print(name, "invalid:", "/".join(str(p) for p in errors[0].path), errors[0].message)
    else:
        print(name, "ok")
"#;

fn check(files: &[PathBuf]) -> String {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let schema = dir.path().join("catalog.schema.json");
    std::fs::write(&schema, stdout_of(&["schema"])).expect("written");
    let out = std::process::Command::new("python3")
        .args(["-c", CHECK])
        .arg(&schema)
        .args(files)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn the_schema_accepts_every_catalog_aipapers_reads_and_rejects_broken_ones() {
    if !have_jsonschema() {
        return;
    }
    let dir = tempfile::tempdir().expect("a temporary directory");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // Broken on purpose: a paper without its title, an id in capitals, links not a list.
    let untitled = dir.path().join("untitled.json");
    let extra = std::fs::read_to_string(fixture("extra.json")).expect("read");
    std::fs::write(
        &untitled,
        extra.replace(
            r#""title": "Longformer: The Long-Document Transformer","#,
            "",
        ),
    )
    .expect("written");
    let capitals = dir.path().join("capitals.json");
    std::fs::write(
        &capitals,
        extra.replace(r#""id": "longformer""#, r#""id": "Longformer""#),
    )
    .expect("written");
    let links = dir.path().join("links.json");
    std::fs::write(
        &links,
        r#"{"schema_version": 2, "papers": [{"id": "a", "name": "A", "title": "A",
            "authors": ["A"], "year": 2000, "date": "2000-01-01", "venue": "V",
            "url": "https://a.org", "era": "e", "builds_on": "b"}]}"#,
    )
    .expect("written");
    let skeleton = dir.path().join("skeleton.json");
    std::fs::write(&skeleton, stdout_of(&["new", "dropout"])).expect("written");
    let files = [
        root.join("data/papers.json"),
        fixture("tiny.json"),
        fixture("extra.json"),
        fixture("unknown-fields.json"),
        skeleton,
        fixture("schema-error.json"),
        untitled,
        capitals,
        links,
    ];
    assert_eq!(
        check(&files),
        "papers.json ok
tiny.json ok
extra.json ok
unknown-fields.json ok
skeleton.json ok
schema-error.json invalid: papers/0/year '1958' is not of type 'integer'
untitled.json invalid: papers/1 'title' is a required property
capitals.json invalid: papers/1/id 'Longformer' does not match '^[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?$'
links.json invalid: papers/0/builds_on 'b' is not of type 'array'
"
    );
}

#[test]
fn a_new_paper_is_a_skeleton_that_validation_walks_through() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("dropout.json");
    std::fs::write(&path, stdout_of(&["new", "dropout"])).expect("written");
    // Unfilled, each required field is named; filled, the file is a valid extra catalog.
    let out = aipapers()
        .arg("validate")
        .arg(&path)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    for field in ["name", "title", "authors", "venue", "url"] {
        assert!(
            err.contains(&format!("paper 'dropout', field '{field}': ")),
            "{field}: {err}"
        );
    }
    let skeleton = std::fs::read_to_string(&path).expect("read");
    let mut value: serde_json::Value = serde_json::from_str(&skeleton).expect("JSON");
    let paper = &mut value["papers"][0];
    paper["name"] = "Dropout".into();
    paper["title"] = "Dropout: A Simple Way to Prevent Neural Networks from Overfitting".into();
    paper["authors"] = serde_json::json!(["Nitish Srivastava", "Geoffrey Hinton"]);
    paper["year"] = 2014.into();
    paper["date"] = "2014-01-01".into();
    paper["venue"] = "JMLR".into();
    paper["url"] = "https://jmlr.org/papers/v15/srivastava14a.html".into();
    paper["builds_on"] = serde_json::json!([{"id": "alexnet", "note": "Tested on it."}]);
    std::fs::write(&path, value.to_string()).expect("written");
    let (stdout, stderr) = pipe(
        std::process::Command::new(crate::bin())
            .env("AIPAPERS_PAPERS_D", crate::no_papers_d())
            .arg("validate")
            .arg(&path),
        "",
    );
    assert_eq!(stderr, "");
    assert_eq!(
        stdout,
        format!(
            "{} is valid: 1 paper, 0 eras, 1 link (merged with the embedded catalog)\n",
            path.display()
        )
    );
}

#[test]
fn new_refuses_an_id_that_is_taken_or_not_an_id() {
    aipapers()
        .args(["new", "attention-is-all-you-need"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("error: 'attention-is-all-you-need' is already a name of 'transformer' (from embedded)\n");
    aipapers()
        .args(["new", "My Paper"])
        .assert()
        .code(2)
        .stderr("error: 'My Paper' is not an id: use lower-case letters, digits and '-'\n");
}
