//! Why a catalog that is JSON does not fit the schema: every wrong field of every paper,
//! missing ones included, in the user's terms. Papers are read one at a time from their
//! place in the text, so explaining an error takes little more memory than the text.

use std::collections::BTreeMap;

use serde_json::value::RawValue;
use serde_json::{Map, Value};

use super::model::{Paper, RawCatalog};
use super::validate::{Problem, SCHEMA_VERSION};

/// Every problem that keeps `text`, which is JSON, from reading as a catalog; `error` is
/// serde's own first complaint, given when nothing more precise is found.
pub(super) fn schema_problems(text: &str, error: &serde_json::Error) -> Vec<Problem> {
    let Ok(top) = serde_json::from_str::<BTreeMap<String, &RawValue>>(text) else {
        return vec![Problem {
            paper: None,
            field: "(top level)".into(),
            message: format!(
                "a catalog is a JSON object with schema_version, updated, eras and papers, \
                 not {}",
                kind(text)
            ),
        }];
    };
    let mut problems = Vec::new();
    let template = top_template();
    for field in template.keys() {
        if field == "papers" {
            continue;
        }
        // Tried given, or left out (an extra catalog may leave out its date and eras).
        let mut candidate = template.clone();
        match top.get(field) {
            Some(given) => candidate.insert(field.clone(), parse(given)),
            None => candidate.remove(field),
        };
        if let Err(e) = serde_path_to_error::deserialize::<_, RawCatalog>(Value::Object(candidate))
        {
            let (field, message) = describe(&e);
            problems.push(catalog_problem(field, message));
        }
    }
    match top.get("papers") {
        None => problems.push(catalog_problem("papers".into(), "is missing".into())),
        Some(papers) => match serde_json::from_str::<Vec<&RawValue>>(papers.get()) {
            Err(_) => problems.push(catalog_problem(
                "papers".into(),
                format!("is a list of paper objects, not {}", kind(papers.get())),
            )),
            Ok(papers) => {
                let template = paper_template();
                for (i, paper) in papers.iter().enumerate() {
                    problems.extend(paper_problems(i, paper, &template));
                }
            }
        },
    }
    if problems.is_empty() {
        problems.push(catalog_problem(
            "(top level)".into(),
            user_terms(&strip_position(&error.to_string())),
        ));
    }
    problems
}

fn catalog_problem(field: String, message: String) -> Problem {
    Problem {
        paper: None,
        field,
        message,
    }
}

/// What is wrong with paper `i` (counting from 0): nothing if it reads as a paper.
fn paper_problems(i: usize, raw: &RawValue, template: &Map<String, Value>) -> Vec<Problem> {
    // A reader lends no strings: the paper's text is copied, not borrowed for ever.
    let mut de = serde_json::Deserializer::from_reader(raw.get().as_bytes());
    if serde::Deserialize::deserialize(&mut de).is_ok_and(|_: Paper| true) {
        return Vec::new();
    }
    let who = id_of(raw).unwrap_or_else(|| format!("#{}", i + 1));
    let Ok(value) = serde_json::from_str::<Value>(raw.get()) else {
        // Nested too deep to hold as a value: serde's own word on where it goes wrong.
        return vec![serde_says(raw, who)];
    };
    let problem = |field: String, message: String| Problem {
        paper: Some(who.clone()),
        field,
        message,
    };
    let Value::Object(given) = value else {
        return vec![problem(
            "(paper)".into(),
            format!("a paper is a JSON object, not {}", kind(raw.get())),
        )];
    };
    let mut problems = Vec::new();
    // Each field the schema knows is tried on its own, in a paper that is otherwise
    // sound: so every wrong or missing field is found, not only the first.
    for field in template.keys() {
        let mut candidate = template.clone();
        match given.get(field) {
            Some(v) => {
                candidate.insert(field.clone(), v.clone());
            }
            None => {
                candidate.remove(field);
            }
        }
        if let Err(e) = serde_path_to_error::deserialize::<_, Paper>(Value::Object(candidate)) {
            let (field, message) = describe(&e);
            problems.push(problem(field, message));
        }
    }
    if problems.is_empty() {
        // Not a field's own fault (a field given twice, say): serde's word for it.
        problems.push(serde_says(raw, who));
    }
    problems
}

/// A paper's id, if it has a usable one, read without the rest of the paper.
fn id_of(raw: &RawValue) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Id {
        id: Option<String>,
    }
    serde_json::from_str::<Id>(raw.get())
        .ok()?
        .id
        .filter(|id| !id.is_empty())
}

/// serde's first complaint about a paper, as a problem of paper `who`.
fn serde_says(raw: &RawValue, who: String) -> Problem {
    let mut de = serde_json::Deserializer::from_reader(raw.get().as_bytes());
    let (field, message) = match serde_path_to_error::deserialize::<_, Paper>(&mut de) {
        Err(e) => describe(&e),
        Ok(_) => ("(paper)".to_string(), "cannot be read".to_string()),
    };
    Problem {
        paper: Some(who),
        field,
        message,
    }
}

/// A JSON text known to be valid, as a value.
fn parse(raw: &RawValue) -> Value {
    serde_json::from_str(raw.get()).unwrap_or(Value::Null)
}

/// A sound catalog top level, each field in turn replaced by the user's to test it.
fn top_template() -> Map<String, Value> {
    let mut top = Map::new();
    top.insert("schema_version".into(), SCHEMA_VERSION.into());
    top.insert("updated".into(), "2000-01-01".into());
    let era = serde_json::json!({"id": "e", "name": "E", "description": "E."});
    top.insert("eras".into(), Value::Array(vec![era]));
    top.insert("papers".into(), Value::Array(Vec::new()));
    top
}

/// A sound paper with every field the schema knows.
fn paper_template() -> Map<String, Value> {
    let paper = super::synthetic::catalog(1).papers.remove(0);
    match serde_json::to_value(paper) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    }
}

/// What kind of JSON value a text holds, in words.
fn kind(text: &str) -> &'static str {
    match text.trim_start().bytes().next() {
        Some(b'[') => "an array",
        Some(b'{') => "an object",
        Some(b'"') => "a string",
        Some(b't' | b'f') => "true or false",
        Some(b'n') => "null",
        _ => "a number",
    }
}

/// The field a schema error is about, and what is wrong with it. serde names a missing
/// field only in its message, at the path of the object that lacks it.
fn describe(err: &serde_path_to_error::Error<serde_json::Error>) -> (String, String) {
    let path = err.path().to_string();
    let message = user_terms(&strip_position(&err.inner().to_string()));
    let missing = message
        .strip_prefix("missing field `")
        .and_then(|m| m.strip_suffix('`'));
    match (path.as_str(), missing) {
        (".", Some(name)) => (name.to_string(), "is missing".to_string()),
        (_, Some(name)) => (format!("{path}.{name}"), "is missing".to_string()),
        (".", None) => ("(top level)".to_string(), message),
        (_, None) => (path, message),
    }
}

/// serde's words for JSON and Rust types, as a catalog's author knows them.
fn user_terms(message: &str) -> String {
    message
        .replace("invalid type: sequence", "invalid type: array")
        .replace("invalid type: map", "invalid type: object")
        .replace("expected i32", "expected a whole number")
        .replace("expected u32", "expected a whole number, 0 or more")
}

/// serde_json appends " at line L column C"; the error names the position itself.
pub(super) fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(text: &str) -> Vec<String> {
        let mut de = serde_json::Deserializer::from_reader(text.as_bytes());
        let error =
            <RawCatalog as serde::Deserialize>::deserialize(&mut de).expect_err("not a catalog");
        schema_problems(text, &error)
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn the_paper_template_has_every_field_and_reads_as_a_paper() {
        let template = paper_template();
        assert!(
            <Paper as serde::Deserialize>::deserialize(Value::Object(template.clone())).is_ok()
        );
        let embedded = crate::catalog::Catalog::embedded();
        for paper in &embedded.papers {
            let Ok(Value::Object(fields)) = serde_json::to_value(paper) else {
                panic!("a paper serialises to an object");
            };
            for key in fields.keys() {
                assert!(template.contains_key(key), "the template lacks {key}");
            }
        }
    }

    #[test]
    fn a_catalog_written_as_an_array_is_named_as_such() {
        assert_eq!(
            problems("[]"),
            [
                "field '(top level)': a catalog is a JSON object with schema_version, updated, \
              eras and papers, not an array"
            ]
        );
    }

    #[test]
    fn every_missing_and_wrong_field_is_reported_in_one_run() {
        let text = r#"{"schema_version": "1", "eras": [],
            "papers": [{"id": "p", "name": 5}, [1], {"title": "T"}]}"#;
        let found = problems(text);
        assert_eq!(
            found[0],
            "field 'schema_version': invalid type: string \"1\", expected a whole number, 0 or more"
        );
        assert!(
            found.contains(
                &"paper 'p', field 'name': invalid type: integer `5`, expected a string"
                    .to_string()
            ),
            "{found:#?}"
        );
        // An extra catalog may leave out `updated` (a whole one is told so by validation),
        // and any paper its prose.
        assert!(!found.iter().any(|p| p.contains("'updated'")), "{found:#?}");
        for field in ["why", "tldr", "summary"] {
            assert!(
                !found.contains(&format!("paper 'p', field '{field}': is missing")),
                "{field}: {found:#?}"
            );
        }
        for field in ["title", "authors", "year", "date", "venue", "url", "era"] {
            assert!(
                found.contains(&format!("paper 'p', field '{field}': is missing")),
                "{field}: {found:#?}"
            );
        }
        assert!(
            !found.iter().any(|p| p.contains("'p', field 'aliases'")),
            "{found:#?}"
        );
        assert!(
            found.contains(
                &"paper '#2', field '(paper)': a paper is a JSON object, not an array".to_string()
            ),
            "{found:#?}"
        );
        assert!(
            found.contains(&"paper '#3', field 'id': is missing".to_string()),
            "{found:#?}"
        );
        assert!(
            !found
                .iter()
                .any(|p| p.contains("struct") || p.contains("sequence") || p.contains("i32")),
            "{found:#?}"
        );
    }

    #[test]
    fn every_kind_of_json_value_is_named() {
        for (value, named) in [
            ("[1]", "an array"),
            ("{}", "an object"),
            (" \"x\"", "a string"),
            ("true", "true or false"),
            ("false", "true or false"),
            ("null", "null"),
            ("-1.5", "a number"),
        ] {
            assert_eq!(kind(value), named, "{value}");
            if named == "an object" {
                continue;
            }
            let text = format!(r#"{{"schema_version": 1, "eras": [], "papers": [{value}]}}"#);
            assert_eq!(
                problems(&text),
                [format!(
                    "paper '#1', field '(paper)': a paper is a JSON object, not {named}"
                )],
                "{value}"
            );
        }
    }

    #[test]
    fn papers_that_are_not_a_list_are_named() {
        let text = r#"{"schema_version": 1, "updated": "2000-01-01", "eras": [], "papers": {}}"#;
        assert_eq!(
            problems(text),
            ["field 'papers': is a list of paper objects, not an object"]
        );
    }
}
