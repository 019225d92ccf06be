//! The domain: the catalog of papers and eras, loaded, validated, indexed and queried.
//! Nothing here prints, colours or knows about the command line.

pub mod field;
pub mod graph;
pub mod model;
pub mod query;
pub mod text;
pub mod validate;

use std::collections::HashMap;
use std::path::Path;

pub use field::Field;
pub use model::{Era, Link, Paper, RawCatalog};
pub use validate::Problem;

/// The catalog compiled into the binary.
pub const EMBEDDED_JSON: &str = include_str!("../../data/papers.json");

/// Why a catalog could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    #[error("cannot read catalog {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("{origin}:{line}:{column}: invalid JSON: {message}")]
    Syntax {
        origin: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{origin} is not a valid catalog ({} problem{}):\n  {}",
        problems.len(), if problems.len() == 1 { "" } else { "s" },
        problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n  "))]
    Invalid {
        origin: String,
        problems: Vec<Problem>,
    },
}

/// A paper id, alias or era that the user typed and the catalog does not know.
#[derive(Debug, thiserror::Error)]
pub enum LookupError {
    #[error("no paper '{input}'{}", hint(suggestion.as_deref(), "aipapers list --format ids"))]
    UnknownPaper {
        input: String,
        suggestion: Option<String>,
    },
    #[error("no era '{input}'{}\n  valid eras: {}", did_you_mean(suggestion.as_deref()), valid.join(", "))]
    UnknownEra {
        input: String,
        suggestion: Option<String>,
        valid: Vec<String>,
    },
    #[error("era '{input}' is ambiguous: it could be {}", matches.join(" or "))]
    AmbiguousEra { input: String, matches: Vec<String> },
    #[error("no paper has the tag '{input}'{}\n  tags in use: {}", did_you_mean(suggestion.as_deref()), valid.join(", "))]
    UnknownTag {
        input: String,
        suggestion: Option<String>,
        valid: Vec<String>,
    },
}

fn did_you_mean(suggestion: Option<&str>) -> String {
    suggestion
        .map(|s| format!("; did you mean '{s}'?"))
        .unwrap_or_default()
}

fn hint(suggestion: Option<&str>, fallback: &str) -> String {
    match suggestion {
        Some(s) => format!("; did you mean '{s}'?"),
        None => format!("; see `{fallback}` for the ids"),
    }
}

/// A validated catalog with its derived indexes: look-up by name, reverse links, era spans.
#[derive(Debug, Clone)]
pub struct Catalog {
    pub schema_version: u32,
    pub updated: String,
    pub eras: Vec<Era>,
    pub papers: Vec<Paper>,
    names: HashMap<String, usize>,
    era_of: Vec<usize>,
    builds_on: Vec<Vec<usize>>,
    led_to: Vec<Vec<usize>>,
    era_members: Vec<Vec<usize>>,
}

/// A catalog and the unknown fields met while reading it (to warn about, or refuse).
#[derive(Debug)]
pub struct Loaded {
    pub catalog: Catalog,
    pub unknown_fields: Vec<String>,
}

impl Catalog {
    /// The catalog compiled into the binary.
    pub fn embedded() -> Result<Catalog, CatalogError> {
        Ok(Catalog::parse(EMBEDDED_JSON, "the embedded catalog")?.catalog)
    }

    /// Reads and validates a catalog file.
    pub fn from_path(path: &Path) -> Result<Loaded, CatalogError> {
        let origin = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|source| CatalogError::Read {
            path: origin.clone(),
            source,
        })?;
        let text = String::from_utf8(bytes).map_err(|e| CatalogError::Syntax {
            origin: origin.clone(),
            line: 0,
            column: 0,
            message: format!(
                "the file is not UTF-8 text (bad byte at offset {})",
                e.utf8_error().valid_up_to()
            ),
        })?;
        Catalog::parse(&text, &origin)
    }

    /// Parses and validates catalog JSON; `origin` names it in errors.
    pub fn parse(text: &str, origin: &str) -> Result<Loaded, CatalogError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut unknown_fields = Vec::new();
        let mut de = serde_json::Deserializer::from_str(text);
        let parsed =
            serde_ignored::deserialize(&mut de, |path| unknown_fields.push(path.to_string()))
                .and_then(|raw: RawCatalog| de.end().map(|()| raw));
        let raw = match parsed {
            Ok(raw) => raw,
            Err(e) => return Err(explain_parse_error(text, origin, &e)),
        };
        let problems = validate::validate(&raw);
        if !problems.is_empty() {
            return Err(CatalogError::Invalid {
                origin: origin.to_string(),
                problems,
            });
        }
        Ok(Loaded {
            catalog: Catalog::index(raw),
            unknown_fields,
        })
    }

    /// Builds the derived indexes of a catalog that passed validation. Linear in its size.
    fn index(raw: RawCatalog) -> Catalog {
        let RawCatalog {
            schema_version,
            updated,
            eras,
            papers,
        } = raw;
        let era_pos: HashMap<&str, usize> = eras
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.as_str(), i))
            .collect();
        let mut names = HashMap::with_capacity(papers.len() * 3);
        for (i, p) in papers.iter().enumerate() {
            names.insert(p.id.to_lowercase(), i);
            for alias in &p.aliases {
                names.insert(alias.to_lowercase(), i);
            }
        }
        let era_of: Vec<usize> = papers.iter().map(|p| era_pos[p.era.as_str()]).collect();
        let builds_on: Vec<Vec<usize>> = papers
            .iter()
            .map(|p| {
                p.builds_on
                    .iter()
                    .map(|l| names[&l.id.to_lowercase()])
                    .collect()
            })
            .collect();
        // Chronological order makes reverse links and era members come out oldest first.
        let mut chrono: Vec<usize> = (0..papers.len()).collect();
        chrono.sort_by(|&a, &b| query::chronological(&papers[a], &papers[b]));
        let mut led_to = vec![Vec::new(); papers.len()];
        let mut era_members = vec![Vec::new(); eras.len()];
        for &i in &chrono {
            for &target in &builds_on[i] {
                led_to[target].push(i);
            }
            era_members[era_of[i]].push(i);
        }
        drop(era_pos);
        Catalog {
            schema_version,
            updated,
            eras,
            papers,
            names,
            era_of,
            builds_on,
            led_to,
            era_members,
        }
    }

    /// The paper with this id or alias, case-insensitively.
    pub fn find(&self, name: &str) -> Option<usize> {
        self.names.get(&name.to_lowercase()).copied()
    }

    /// Like [`Catalog::find`], with a "did you mean" error for unknown names.
    pub fn resolve(&self, name: &str) -> Result<usize, LookupError> {
        self.find(name).ok_or_else(|| LookupError::UnknownPaper {
            input: name.to_string(),
            suggestion: text::suggest(name, self.names.keys().map(String::as_str)).map(|s| {
                // Suggest the canonical id, and the alias the user was probably typing.
                let id = &self.papers[self.names[s]].id;
                if id == s {
                    id.clone()
                } else {
                    format!("{s}' ('{id}")
                }
            }),
        })
    }

    /// An era by id, number (1-based) or unique id prefix, case-insensitively.
    pub fn resolve_era(&self, input: &str) -> Result<usize, LookupError> {
        let wanted = input.trim().to_lowercase();
        if let Ok(n) = wanted.parse::<usize>()
            && (1..=self.eras.len()).contains(&n)
        {
            return Ok(n - 1);
        }
        if let Some(i) = self.eras.iter().position(|e| e.id == wanted) {
            return Ok(i);
        }
        let matches: Vec<usize> = if wanted.is_empty() {
            Vec::new()
        } else {
            (0..self.eras.len())
                .filter(|&i| self.eras[i].id.starts_with(&wanted))
                .collect()
        };
        match matches.as_slice() {
            [one] => Ok(*one),
            [] => Err(LookupError::UnknownEra {
                input: input.to_string(),
                suggestion: text::suggest(&wanted, self.eras.iter().map(|e| e.id.as_str()))
                    .map(String::from),
                valid: self
                    .eras
                    .iter()
                    .enumerate()
                    .map(|(i, e)| format!("{} ({})", e.id, i + 1))
                    .collect(),
            }),
            many => Err(LookupError::AmbiguousEra {
                input: input.to_string(),
                matches: many.iter().map(|&i| self.eras[i].id.clone()).collect(),
            }),
        }
    }

    /// Every tag in use, sorted.
    pub fn tags(&self) -> Vec<&str> {
        let mut tags: Vec<&str> = self
            .papers
            .iter()
            .flat_map(|p| p.tags.iter().map(String::as_str))
            .collect();
        tags.sort_unstable();
        tags.dedup();
        tags
    }

    /// A tag as written in the catalog, or a "did you mean" error.
    pub fn resolve_tag(&self, input: &str) -> Result<String, LookupError> {
        let wanted = input.trim().to_lowercase();
        let tags = self.tags();
        if tags.contains(&wanted.as_str()) {
            return Ok(wanted);
        }
        Err(LookupError::UnknownTag {
            input: input.to_string(),
            suggestion: text::suggest(&wanted, tags.iter().copied()).map(String::from),
            valid: tags.iter().map(|t| t.to_string()).collect(),
        })
    }

    pub fn paper(&self, i: usize) -> &Paper {
        &self.papers[i]
    }

    /// The era a paper belongs to, as an index into `eras`.
    pub fn era_of(&self, paper: usize) -> usize {
        self.era_of[paper]
    }

    /// The papers this one built on, in the order the catalog lists them.
    pub fn builds_on(&self, paper: usize) -> &[usize] {
        &self.builds_on[paper]
    }

    /// The papers that built on this one, oldest first.
    pub fn led_to(&self, paper: usize) -> &[usize] {
        &self.led_to[paper]
    }

    /// An era's papers, oldest first.
    pub fn era_members(&self, era: usize) -> &[usize] {
        &self.era_members[era]
    }

    /// The first and last year of an era's papers, if it has any.
    pub fn era_span(&self, era: usize) -> Option<(i32, i32)> {
        let members = &self.era_members[era];
        let years = members.iter().map(|&i| self.papers[i].year);
        Some((years.clone().min()?, years.max()?))
    }

    /// "1986–1997", or "2017" for a one-year era, or "—" for an empty one.
    pub fn era_years(&self, era: usize) -> String {
        match self.era_span(era) {
            Some((a, b)) if a == b => a.to_string(),
            Some((a, b)) => format!("{a}–{b}"),
            None => "—".to_string(),
        }
    }
}

fn explain_parse_error(text: &str, origin: &str, e: &serde_json::Error) -> CatalogError {
    use serde_json::error::Category;
    if matches!(
        e.classify(),
        Category::Syntax | Category::Eof | Category::Io
    ) {
        return CatalogError::Syntax {
            origin: origin.to_string(),
            line: e.line(),
            column: e.column(),
            message: strip_position(&e.to_string()),
        };
    }
    // A schema error: read the papers one by one to name each bad paper and field.
    let Ok(value) = serde_json::from_str::<serde_json::Value>(text) else {
        return CatalogError::Syntax {
            origin: origin.to_string(),
            line: e.line(),
            column: e.column(),
            message: strip_position(&e.to_string()),
        };
    };
    let mut problems = Vec::new();
    if let Some(papers) = value.get("papers").and_then(|p| p.as_array()) {
        for (i, paper) in papers.iter().enumerate() {
            if let Err(err) = serde_path_to_error::deserialize::<_, Paper>(paper) {
                let who = paper
                    .get("id")
                    .and_then(|v| v.as_str())
                    .filter(|s| !s.is_empty());
                problems.push(Problem {
                    paper: Some(who.map_or_else(|| format!("#{}", i + 1), String::from)),
                    field: field_name(&err.path().to_string()),
                    message: strip_position(&err.inner().to_string()),
                });
            }
        }
    }
    if problems.is_empty() {
        let mut top = value.clone();
        if let Some(obj) = top.as_object_mut() {
            obj.insert("papers".into(), serde_json::Value::Array(Vec::new()));
        }
        let field = match serde_path_to_error::deserialize::<_, RawCatalog>(&top) {
            Err(err) => (
                field_name(&err.path().to_string()),
                strip_position(&err.inner().to_string()),
            ),
            Ok(_) => ("papers".to_string(), strip_position(&e.to_string())),
        };
        problems.push(Problem {
            paper: None,
            field: field.0,
            message: field.1,
        });
    }
    CatalogError::Invalid {
        origin: origin.to_string(),
        problems,
    }
}

fn field_name(path: &str) -> String {
    if path == "." || path.is_empty() {
        "(top level)".to_string()
    } else {
        path.to_string()
    }
}

/// serde_json appends " at line L column C"; the error names the position itself.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

/// Small catalogs built in code, for unit tests across the crate.
#[cfg(test)]
pub(crate) mod fixture {
    use super::*;

    /// A one-era catalog of papers given as (id, date, ids it builds on).
    pub fn catalog(papers: &[(&str, &str, &[&str])]) -> Catalog {
        let papers = papers
            .iter()
            .map(|(id, date, links)| Paper {
                id: id.to_string(),
                aliases: vec![format!("{id}-alias")],
                name: id.to_uppercase(),
                title: format!("On {id}"),
                authors: vec!["Ada Lovelace".into()],
                year: date[..4].parse().expect("fixture year"),
                date: date.to_string(),
                venue: "arXiv preprint".into(),
                arxiv: None,
                doi: None,
                url: format!("https://example.org/{id}"),
                era: "one".into(),
                tags: vec!["language".into()],
                why: format!("{id} matters."),
                tldr: format!("{id} does a thing."),
                summary: format!("All about {id}."),
                results: vec![],
                builds_on: links
                    .iter()
                    .map(|l| Link {
                        id: l.to_string(),
                        note: format!("{id} uses {l}."),
                    })
                    .collect(),
            })
            .collect();
        let raw = RawCatalog {
            schema_version: 1,
            updated: "2026-06-03".into(),
            eras: vec![Era {
                id: "one".into(),
                name: "One".into(),
                description: "The first.".into(),
            }],
            papers,
        };
        let problems = validate::validate(&raw);
        assert!(problems.is_empty(), "fixture is invalid: {problems:?}");
        Catalog::index(raw)
    }

    /// Like [`catalog`], over several eras: each paper is given with its era's id, and the
    /// eras come in the order given (name: the id in capitals).
    pub fn with_eras(eras: &[&str], papers: &[(&str, &str, &[&str], &str)]) -> Catalog {
        let plain: Vec<(&str, &str, &[&str])> = papers
            .iter()
            .map(|&(id, date, links, _)| (id, date, links))
            .collect();
        let mut papers_in_eras = catalog(&plain).papers;
        for (paper, &(_, _, _, era)) in papers_in_eras.iter_mut().zip(papers) {
            paper.era = era.to_string();
        }
        let raw = RawCatalog {
            schema_version: 1,
            updated: "2026-06-03".into(),
            eras: eras
                .iter()
                .map(|id| Era {
                    id: id.to_string(),
                    name: id.to_uppercase(),
                    description: format!("The {id} era."),
                })
                .collect(),
            papers: papers_in_eras,
        };
        let problems = validate::validate(&raw);
        assert!(problems.is_empty(), "fixture is invalid: {problems:?}");
        Catalog::index(raw)
    }
}
