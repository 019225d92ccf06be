//! The domain: the catalog of papers and eras, loaded, validated, indexed and queried.
//! Nothing here prints, colours or knows about the command line.

mod explain;
pub mod extra;
mod facts;
pub mod field;
pub mod graph;
pub mod import;
mod load;
pub mod model;
pub mod plan;
pub mod query;
pub mod search;
mod source;
mod strict;
#[doc(hidden)]
pub mod synthetic;
pub mod text;
mod threads;
pub mod validate;

use std::path::Path;

pub use field::Field;
pub use model::{DatePrecision, Era, Link, Paper, Published, RawCatalog, Text};
pub use validate::Problem;

/// The catalog compiled into the binary, as its JSON text (for `validate` and tests).
pub const EMBEDDED_JSON: &str = include_str!("../../data/papers.json");

/// The same catalog as Rust values: build.rs parses and validates data/papers.json and
/// writes out what that yields, so start-up does neither. A unit test proves the two agree.
mod embedded {
    use super::model::{DatePrecision, Era, Link, Paper, Published, RawCatalog, Text};
    use super::validate;

    include!(concat!(env!("OUT_DIR"), "/embedded_catalog.rs"));
}

/// Why a catalog could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    // The io error is part of the message, not a `source`, so `{:#}` shows it once.
    #[error("cannot read catalog {path}: {cause}")]
    Read { path: String, cause: std::io::Error },
    #[error("{origin}:{line}:{column}: invalid JSON: {message}")]
    Syntax {
        origin: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// One name (a paper's id or alias, or an era's id) in two catalogs merged together.
    #[error(
        "{what} '{name}' is in both {first} and {second}; ids and aliases must differ across catalogs"
    )]
    Clash {
        what: &'static str,
        name: String,
        first: String,
        second: String,
    },
    #[error("{origin} is not a valid catalog ({} problem{}):\n  {}",
        problems.len(), if problems.len() == 1 { "" } else { "s" },
        problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n  "))]
    Invalid {
        origin: String,
        problems: Vec<Problem>,
    },
}

/// The JSON Schema of a catalog file, generated from the types that read it.
pub fn json_schema() -> serde_json::Value {
    let mut schema = schemars::schema_for!(RawCatalog);
    schema.insert("title".into(), "aipapers catalog".into());
    schema.insert(
        "description".into(),
        "A catalog of papers for aipapers: a whole catalog, or an extra one merged into the \
         embedded catalog (which may leave out `updated` and `eras`)."
            .into(),
    );
    schema.to_value()
}

/// How a catalog path is named in messages: `-` is standard input.
pub fn origin(path: &Path) -> String {
    if path.as_os_str() == source::STDIN {
        "standard input".to_string()
    } else {
        path.display().to_string()
    }
}

/// A paper id, alias or era that the user typed and the catalog does not know.
#[derive(Debug, thiserror::Error)]
pub enum LookupError {
    #[error(
        "no paper '{input}'{}",
        hint(suggestions, "aipapers list --format ids")
    )]
    UnknownPaper {
        input: String,
        suggestions: Vec<String>,
    },
    #[error("no era '{input}'{}\n  valid eras: {}", did_you_mean(suggestions), valid.join(", "))]
    UnknownEra {
        input: String,
        suggestions: Vec<String>,
        valid: Vec<String>,
    },
    #[error("era '{input}' is ambiguous: it could be {}", matches.join(" or "))]
    AmbiguousEra { input: String, matches: Vec<String> },
    #[error("no paper has the tag '{input}'{}\n  tags in use: {}", did_you_mean(suggestions), valid.join(", "))]
    UnknownTag {
        input: String,
        suggestions: Vec<String>,
        valid: Vec<String>,
    },
}

/// "; did you mean 'a'?", "; did you mean 'a' or 'b'?", "; did you mean 'a', 'b' or 'c'?"
fn did_you_mean(suggestions: &[String]) -> String {
    let quoted: Vec<String> = suggestions.iter().map(|s| format!("'{s}'")).collect();
    match quoted.as_slice() {
        [] => String::new(),
        [one] => format!("; did you mean {one}?"),
        [rest @ .., last] => format!("; did you mean {} or {last}?", rest.join(", ")),
    }
}

fn hint(suggestions: &[String], fallback: &str) -> String {
    if suggestions.is_empty() {
        format!("; see `{fallback}` for the ids")
    } else {
        did_you_mean(suggestions)
    }
}

/// A validated catalog with its derived indexes: look-up by name, reverse links, era spans.
#[derive(Debug, Clone)]
pub struct Catalog {
    pub schema_version: u32,
    pub updated: Text,
    pub eras: Vec<Era>,
    pub papers: Vec<Paper>,
    names: NameIndex,
    era_of: Vec<usize>,
    builds_on: Vec<Vec<usize>>,
    led_to: Vec<Vec<usize>>,
    era_members: Vec<Vec<usize>>,
    /// Every paper, oldest first (see [`query::chronological`]), and each one's place there.
    chrono: Vec<usize>,
    chrono_rank: Vec<usize>,
    /// Where the papers and eras came from, in order: each source's come after the last's.
    sources: Vec<Source>,
}

/// One catalog file (or the embedded catalog) among those merged into a catalog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// `embedded`, or the file as the user named it.
    pub name: String,
    /// How many papers and eras it brought.
    pub papers: usize,
    pub eras: usize,
}

/// The name of the catalog compiled into aipapers, as a source.
pub const EMBEDDED: &str = "embedded";

/// Ids and aliases, lower-cased, and the paper each one names.
#[derive(Debug, Clone)]
enum NameIndex {
    /// A catalog file's, as validation built it.
    Table(validate::Names),
    /// The embedded catalog's, sorted by name when aipapers was built: searched in place,
    /// with no table to build at start-up.
    Sorted(&'static [(&'static str, usize)]),
}

impl NameIndex {
    fn get(&self, name: &str) -> Option<usize> {
        match self {
            NameIndex::Table(table) => table.get(name).copied(),
            NameIndex::Sorted(sorted) => sorted
                .binary_search_by(|&(known, _)| known.cmp(name))
                .ok()
                .map(|at| sorted[at].1),
        }
    }

    fn keys(&self) -> Box<dyn Iterator<Item = &str> + '_> {
        match self {
            NameIndex::Table(table) => Box::new(table.keys().map(Text::as_str)),
            NameIndex::Sorted(sorted) => Box::new(sorted.iter().map(|&(name, _)| name)),
        }
    }
}

/// A catalog and the unknown fields met while reading it (to warn about, or refuse).
#[derive(Debug)]
pub struct Loaded {
    pub catalog: Catalog,
    pub unknown_fields: Vec<String>,
    /// Those of each extra catalog merged in, by its name.
    pub extra_unknown_fields: Vec<(String, Vec<String>)>,
}

impl Loaded {
    /// This catalog, read from `name` as one source.
    fn named(mut self, name: String) -> Loaded {
        self.catalog.sources[0].name = name;
        self
    }
}

impl Catalog {
    /// The catalog compiled into the binary. It was parsed and validated when aipapers was
    /// built (an invalid one fails the build), so this only indexes it and cannot fail;
    /// a unit test proves it has no unknown fields.
    pub fn embedded() -> Catalog {
        let names = NameIndex::Sorted(embedded::NAMES);
        Catalog::with_names(embedded::raw(), names, embedded::links())
    }

    /// Reads and validates a catalog file.
    pub fn from_path(path: &Path) -> Result<Loaded, CatalogError> {
        let origin = origin(path);
        let part = Catalog::read_path(path)?;
        let loaded = match part.facts {
            // Checked from the facts gathered while parsing when it is valid; when it is
            // not, or may not be, the ordinary way, which also writes the report.
            Some(facts) => {
                let check = |raw: &RawCatalog| match facts::resolve(raw, facts) {
                    Some(resolved) => Ok(resolved),
                    None => validate::check_sound(raw),
                };
                Catalog::validated(part.raw, Vec::new(), &origin, check)
            }
            None => Catalog::check(part.raw, part.unknown_fields, &origin),
        }?;
        Ok(loaded.named(origin))
    }

    /// A catalog file as data, not yet validated.
    fn read_path(path: &Path) -> Result<extra::Part, CatalogError> {
        let origin = origin(path);
        let bytes = source::read(path).map_err(|e| match e {
            source::ReadError::Io(cause) => CatalogError::Read {
                path: origin.clone(),
                cause,
            },
            source::ReadError::Syntax(e) => CatalogError::Syntax {
                origin: origin.clone(),
                line: e.line(),
                column: e.column(),
                message: explain::strip_position(&e.to_string()),
            },
        })?;
        let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
        // A large catalog without surprises is read by two threads; anything else, and
        // every error, the ordinary way.
        if let Some((raw, facts)) = load::parse_parallel(bytes) {
            return Ok(extra::Part {
                raw,
                unknown_fields: Vec::new(),
                facts: Some(facts),
            });
        }
        // The catalog's strings borrow from its text, which `source::read` keeps for the
        // process's life: that spares a copy and an allocation for every string.
        let text = std::str::from_utf8(bytes).map_err(|e| {
            let valid = &bytes[..e.valid_up_to()];
            let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            CatalogError::Syntax {
                origin: origin.clone(),
                line: valid.iter().filter(|&&b| b == b'\n').count() + 1,
                column: valid.len() - line_start + 1,
                message: "the file is not UTF-8 text".to_string(),
            }
        })?;
        let (raw, unknown_fields) = Catalog::read(text, &origin)?;
        Ok(extra::Part {
            raw,
            unknown_fields,
            facts: None,
        })
    }

    /// Parses and validates the embedded catalog's JSON with every requirement it is held
    /// to (see [`validate::check_embedded`]).
    pub fn parse_embedded(text: &'static str, origin: &str) -> Result<Loaded, CatalogError> {
        let (raw, unknown_fields) = Catalog::read(text, origin)?;
        Catalog::validated(raw, unknown_fields, origin, validate::check_embedded)
    }

    /// Parses and validates catalog JSON; `origin` names it in errors. The catalog borrows
    /// its strings from `text`.
    pub fn parse(text: &'static str, origin: &str) -> Result<Loaded, CatalogError> {
        let (raw, unknown_fields) = Catalog::read(text, origin)?;
        Catalog::check(raw, unknown_fields, origin)
    }

    /// Like [`Catalog::parse`] for text that does not live until the process ends: every
    /// string is copied instead of borrowed (slower; for tests and fuzzing).
    pub fn parse_copied(text: &str, origin: &str) -> Result<Loaded, CatalogError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        // A reader never lends its bytes, so every string arrives as a copy.
        let de = serde_json::Deserializer::from_reader(text.as_bytes());
        let (raw, unknown_fields) = Catalog::read_from(de, text, origin)?;
        Catalog::check(raw, unknown_fields, origin)
    }

    /// The catalog's JSON as data, with the unknown fields met on the way.
    fn read(text: &'static str, origin: &str) -> Result<(RawCatalog, Vec<String>), CatalogError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        Catalog::read_from(serde_json::Deserializer::from_str(text), text, origin)
    }

    fn read_from<R: serde_json::de::Read<'static>>(
        mut de: serde_json::Deserializer<R>,
        text: &str,
        origin: &str,
    ) -> Result<(RawCatalog, Vec<String>), CatalogError> {
        let mut unknown_fields = Vec::new();
        let parsed = serde_ignored::deserialize(&mut de, |path| {
            let path = json_path(&path);
            // Where an editor finds the catalog's schema: known, and of no use here.
            if path != "$schema" {
                unknown_fields.push(path);
            }
        })
        .and_then(|raw: RawCatalog| de.end().map(|()| raw));
        match parsed {
            Ok(raw) => Ok((raw, unknown_fields)),
            Err(e) => Err(explain_parse_error(text, origin, &e)),
        }
    }

    /// Validates and indexes data read from JSON.
    fn check(
        raw: RawCatalog,
        unknown_fields: Vec<String>,
        origin: &str,
    ) -> Result<Loaded, CatalogError> {
        Catalog::validated(raw, unknown_fields, origin, validate::check)
    }

    /// Validates and indexes data read from JSON with `validate`: [`validate::check`], or,
    /// for papers the parsing threads have checked, a check from their [`facts::Facts`]
    /// that falls back on [`validate::check_sound`].
    fn validated(
        raw: RawCatalog,
        unknown_fields: Vec<String>,
        origin: &str,
        validate: impl FnOnce(&RawCatalog) -> Result<validate::Resolved, Vec<validate::Problem>>,
    ) -> Result<Loaded, CatalogError> {
        let resolved = validate(&raw).map_err(|problems| CatalogError::Invalid {
            origin: origin.to_string(),
            problems,
        })?;
        Ok(Loaded {
            catalog: Catalog::index(raw, resolved),
            unknown_fields,
            extra_unknown_fields: Vec::new(),
        })
    }

    /// Builds the derived indexes of a catalog that passed validation, from what validation
    /// resolved. Linear in its size.
    fn index(raw: RawCatalog, resolved: validate::Resolved) -> Catalog {
        Catalog::with_names(raw, NameIndex::Table(resolved.names), resolved.links)
    }

    /// Like [`Catalog::index`], with the names looked up in `names`.
    fn with_names(raw: RawCatalog, names: NameIndex, links: validate::Links) -> Catalog {
        let validate::Links {
            builds_on,
            era_of,
            days,
        } = links;
        let RawCatalog {
            schema_version,
            updated,
            eras,
            papers,
        } = raw;
        // Dates were read into numbers by validation, and titles' first bytes are read
        // once here: comparing strings scattered across memory is what made sorting a large
        // catalog slow. Papers alike in both compare in full.
        let mut keyed: Vec<(u32, u64, usize)> = days
            .into_iter()
            .zip(&papers)
            .zip(0..)
            .map(|((day, paper), i)| (day, query::prefix(paper.title.as_bytes()), i))
            .collect();
        keyed.sort_unstable_by(|&(day_a, title_a, a), &(day_b, title_b, b)| {
            (day_a, title_a)
                .cmp(&(day_b, title_b))
                .then_with(|| query::chronological(&papers[a], &papers[b]))
        });
        let chrono: Vec<usize> = keyed.into_iter().map(|(_, _, i)| i).collect();
        let mut led_to = vec![Vec::new(); papers.len()];
        let mut era_members = vec![Vec::new(); eras.len()];
        let mut chrono_rank = vec![0; papers.len()];
        for (rank, &i) in chrono.iter().enumerate() {
            for &target in &builds_on[i] {
                led_to[target].push(i);
            }
            era_members[era_of[i]].push(i);
            chrono_rank[i] = rank;
        }
        let sources = vec![Source {
            name: EMBEDDED.to_string(),
            papers: papers.len(),
            eras: eras.len(),
        }];
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
            chrono,
            chrono_rank,
            sources,
        }
    }

    /// The catalogs this one was merged from, in order: the first is the base (the embedded
    /// catalog, or the file `--catalog` names), then each extra one.
    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    /// The papers the source numbered `source` (see [`Catalog::sources`]) brought: their
    /// indexes, which follow the sources before it.
    pub fn papers_from(&self, source: usize) -> std::ops::Range<usize> {
        let start: usize = self.sources[..source].iter().map(|s| s.papers).sum();
        start..start + self.sources[source].papers
    }

    /// Where a paper came from: `embedded` or the file's name.
    pub fn source_of(&self, paper: usize) -> &str {
        let mut end = 0;
        for source in &self.sources {
            end += source.papers;
            if paper < end {
                return &source.name;
            }
        }
        EMBEDDED
    }

    /// Where an era came from: `embedded` or the file's name.
    pub fn era_source(&self, era: usize) -> &str {
        let mut end = 0;
        for source in &self.sources {
            end += source.eras;
            if era < end {
                return &source.name;
            }
        }
        EMBEDDED
    }

    /// The paper with this id or alias, case-insensitively.
    pub fn find(&self, name: &str) -> Option<usize> {
        self.names.get(&name.to_lowercase())
    }

    /// A copy in which each of `papers` that has a peer-reviewed version is that version
    /// ([`Paper::published_version`]), for citing it; ids, links and indexes are unchanged.
    pub fn with_published(&self, papers: &[usize]) -> Catalog {
        let mut catalog = self.clone();
        for &i in papers {
            if let Some(version) = self.papers[i].published_version() {
                catalog.papers[i] = version;
            }
        }
        catalog
    }

    /// Every name resolved, or the error for the first unknown one: callers print nothing
    /// until all are known, so a typo never leaves partial output.
    pub fn resolve_all(&self, names: &[String]) -> Result<Vec<usize>, LookupError> {
        let mut papers = Vec::with_capacity(names.len());
        for name in names {
            let paper = self.resolve(name)?;
            // A paper named twice (`show gpt3 gpt-3`) is given once, where first named.
            if !papers.contains(&paper) {
                papers.push(paper);
            }
        }
        Ok(papers)
    }

    /// Like [`Catalog::find`], with a "did you mean" error for unknown names.
    pub fn resolve(&self, name: &str) -> Result<usize, LookupError> {
        self.find(name).ok_or_else(|| LookupError::UnknownPaper {
            input: name.to_string(),
            // The ids of the papers whose names are closest, each once.
            suggestions: {
                let mut ids: Vec<String> = Vec::new();
                for s in text::suggest(name, self.names.keys()) {
                    let id = self.names.get(s).map_or(s, |i| self.papers[i].id.as_str());
                    if !ids.iter().any(|known| known == id) {
                        ids.push(id.to_string());
                    }
                }
                ids
            },
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
                suggestions: text::suggest(&wanted, self.eras.iter().map(|e| e.id.as_str()))
                    .into_iter()
                    .map(String::from)
                    .collect(),
                valid: self
                    .eras
                    .iter()
                    .enumerate()
                    .map(|(i, e)| format!("{} ({})", e.id, i + 1))
                    .collect(),
            }),
            many => Err(LookupError::AmbiguousEra {
                input: input.to_string(),
                matches: many.iter().map(|&i| self.eras[i].id.to_string()).collect(),
            }),
        }
    }

    /// Every tag in use, sorted.
    pub fn tags(&self) -> Vec<&str> {
        let mut tags: Vec<&str> = self
            .papers
            .iter()
            .flat_map(|p| p.tags.iter().map(Text::as_str))
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
            suggestions: text::suggest(&wanted, tags.iter().copied())
                .into_iter()
                .map(String::from)
                .collect(),
            valid: tags.iter().map(|t| t.to_string()).collect(),
        })
    }

    /// Every paper, oldest first: by date, then title, then id.
    pub fn chronological(&self) -> &[usize] {
        &self.chrono
    }

    /// A paper's place in [`Catalog::chronological`]: comparing places compares papers
    /// by date, title and id without reading them.
    pub fn chrono_rank(&self, paper: usize) -> usize {
        self.chrono_rank[paper]
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
        // Members are kept in chronological order, so the span is their ends.
        let members = &self.era_members[era];
        Some((
            self.papers[*members.first()?].year,
            self.papers[*members.last()?].year,
        ))
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
            message: explain::strip_position(&e.to_string()),
        };
    }
    CatalogError::Invalid {
        origin: origin.to_string(),
        problems: explain::schema_problems(text, e),
    }
}

/// Small catalogs built in code, for unit tests across the crate.
/// An unknown field's place as the JSON file spells it (`papers.0.published.titel`): an
/// optional value is not a level of its own, though serde_ignored's paths write one (`?`).
fn json_path(path: &serde_ignored::Path<'_>) -> String {
    use serde_ignored::Path;
    let (parent, step) = match path {
        Path::Root => return String::new(),
        Path::Seq { parent, index } => (parent, index.to_string()),
        Path::Map { parent, key } => (parent, key.clone()),
        Path::Some { parent }
        | Path::NewtypeStruct { parent }
        | Path::NewtypeVariant { parent } => return json_path(parent),
    };
    let mut text = json_path(parent);
    if !text.is_empty() {
        text.push('.');
    }
    text + &step
}

#[cfg(test)]
pub(crate) mod fixture {
    use super::*;

    /// A generated catalog large enough to be worked on by two threads.
    pub fn large() -> Catalog {
        let json = synthetic::json(threads::MANY_PAPERS + 1_000);
        Catalog::parse_copied(&json, "synthetic")
            .expect("a generated catalog is valid")
            .catalog
    }

    /// A one-era catalog of papers given as (id, date, ids it builds on).
    pub fn catalog(papers: &[(&str, &str, &[&str])]) -> Catalog {
        let raw = raw(papers);
        match validate::check(&raw) {
            Ok(resolved) => Catalog::index(raw, resolved),
            Err(problems) => panic!("fixture is invalid: {problems:?}"),
        }
    }

    /// A chain: each paper builds on the one before it, a day later.
    pub fn chain(ids: &[String]) -> Catalog {
        let dates: Vec<String> = (0..ids.len())
            .map(|i| {
                format!(
                    "{}-{:02}-{:02}",
                    1000 + i / 336,
                    i / 28 % 12 + 1,
                    i % 28 + 1
                )
            })
            .collect();
        let links: Vec<Vec<&str>> = (0..ids.len())
            .map(|i| ids[..i].last().map(String::as_str).into_iter().collect())
            .collect();
        let papers: Vec<(&str, &str, &[&str])> = (0..ids.len())
            .map(|i| (ids[i].as_str(), dates[i].as_str(), links[i].as_slice()))
            .collect();
        catalog(&papers)
    }

    /// The same catalog before validation, for tests that break it on purpose.
    pub fn raw(papers: &[(&str, &str, &[&str])]) -> RawCatalog {
        RawCatalog {
            schema_version: 1,
            updated: "2026-06-03".into(),
            eras: vec![Era {
                id: "one".into(),
                name: "One".into(),
                description: "The first.".into(),
            }],
            papers: papers
                .iter()
                .map(|(id, date, links)| paper(id, date, links))
                .collect(),
        }
    }

    /// A small valid paper in era "one", building on `links`.
    pub fn paper(id: &str, date: &str, links: &[&str]) -> Paper {
        Paper {
            id: id.to_string().into(),
            aliases: vec![format!("{id}-alias").into()],
            name: id.to_uppercase().into(),
            title: format!("On {id}").into(),
            authors: vec!["Ada Lovelace".into()],
            year: date[..4].parse().expect("fixture year"),
            date: date.to_string().into(),
            date_precision: DatePrecision::Day,
            venue: "arXiv preprint".into(),
            volume: None,
            issue: None,
            pages: None,
            publisher: None,
            arxiv: None,
            doi: None,
            url: format!("https://example.org/{id}").into(),
            published: None,
            era: "one".into(),
            tags: vec!["language".into()],
            why: format!("{id} matters.").into(),
            tldr: format!("{id} does a thing.").into(),
            summary: format!("All about {id}.").into(),
            results: vec![],
            builds_on: links
                .iter()
                .map(|l| Link {
                    id: l.to_string().into(),
                    note: format!("{id} uses {l}.").into(),
                })
                .collect(),
        }
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
            paper.era = era.to_string().into();
        }
        let raw = RawCatalog {
            schema_version: 1,
            updated: "2026-06-03".into(),
            eras: eras
                .iter()
                .map(|id| Era {
                    id: id.to_string().into(),
                    name: id.to_uppercase().into(),
                    description: format!("The {id} era.").into(),
                })
                .collect(),
            papers: papers_in_eras,
        };
        let resolved = validate::check(&raw).expect("a valid fixture");
        Catalog::index(raw, resolved)
    }
}

#[cfg(test)]
mod tests {
    use super::query::{Query, SortKey};
    use super::*;

    /// The tags the embedded catalog may use: a small controlled vocabulary.
    const VOCABULARY: [&str; 16] = [
        "alignment",
        "architecture",
        "attention",
        "efficiency",
        "language",
        "optimization",
        "pretraining",
        "prompting",
        "reasoning",
        "reinforcement-learning",
        "representation",
        "scaling",
        "sequence",
        "training",
        "translation",
        "vision",
    ];

    fn ids(catalog: &Catalog, list: &[usize]) -> Vec<String> {
        list.iter()
            .map(|&i| catalog.paper(i).id.to_string())
            .collect()
    }

    fn sorted(catalog: &Catalog, sort: SortKey) -> Vec<String> {
        ids(
            catalog,
            &Query {
                sort,
                ..Query::default()
            }
            .run(catalog),
        )
    }

    #[test]
    fn each_source_brought_the_papers_after_those_before_it() {
        let mut c = fixture::catalog(&[
            ("a", "2000-01-01", &[]),
            ("b", "2001-01-01", &[]),
            ("c", "2002-01-01", &[]),
        ]);
        let source = |name: &str, papers| Source {
            name: name.to_string(),
            papers,
            eras: 0,
        };
        c.sources = vec![
            source(EMBEDDED, 1),
            source("none.json", 0),
            source("two.json", 2),
        ];
        assert_eq!([0, 1, 2].map(|s| c.papers_from(s)), [0..1, 1..1, 1..3]);
        assert_eq!(
            [0, 1, 2].map(|p| c.source_of(p)),
            [EMBEDDED, "two.json", "two.json"]
        );
    }

    #[test]
    fn the_embedded_catalog_is_valid_and_has_no_unknown_fields() {
        let loaded = Catalog::parse(EMBEDDED_JSON, "embedded").expect("valid");
        assert_eq!(loaded.unknown_fields, Vec::<String>::new());
        assert_eq!(loaded.catalog.updated, "2026-12-02");
    }

    #[test]
    fn a_large_catalog_is_indexed_as_one_thread_would() {
        // Large enough for two threads to read, parse and check it.
        let text = synthetic::json(5_000);
        let dir = tempfile::tempdir().expect("a temporary directory");
        let path = dir.path().join("big.json");
        std::fs::write(&path, &text).expect("written");
        let c = Catalog::from_path(&path).expect("valid").catalog;
        let raw: RawCatalog = serde_json::from_str(text.leak()).expect("json");
        assert_eq!(c.papers, raw.papers);
        for (i, paper) in c.papers.iter().enumerate() {
            assert_eq!(c.eras[c.era_of(i)].id, paper.era);
            let sources: Vec<&str> = c
                .builds_on(i)
                .iter()
                .map(|&s| c.papers[s].id.as_str())
                .collect();
            let listed: Vec<&str> = paper.builds_on.iter().map(|l| l.id.as_str()).collect();
            assert_eq!(sources, listed);
        }
        let mut expected: Vec<usize> = (0..c.papers.len()).collect();
        expected.sort_by(|&a, &b| query::chronological(&c.papers[a], &c.papers[b]));
        assert_eq!(c.chronological(), expected);
    }

    #[test]
    fn every_embedded_name_is_found_in_any_case_and_others_are_not() {
        let c = Catalog::embedded();
        for &(name, i) in embedded::NAMES {
            assert_eq!(c.find(name), Some(i), "{name}");
            assert_eq!(c.find(&name.to_uppercase()), Some(i), "{name}");
        }
        for unknown in [
            "",
            "a",
            "transformers",
            "zzz",
            "attention-is-all-you-need-2",
        ] {
            assert_eq!(c.find(unknown), None, "{unknown}");
        }
        let suggested = c.resolve("transfomer").map_err(|e| e.to_string());
        assert!(suggested.is_err_and(|e| e.contains("'transformer'")));
    }

    #[test]
    fn the_compiled_catalog_is_what_its_json_parses_and_validates_to() {
        let parsed: RawCatalog = serde_json::from_str(EMBEDDED_JSON).expect("json");
        let resolved = validate::check(&parsed).expect("valid");
        assert_eq!(embedded::raw(), parsed);
        let names: validate::Names = embedded::NAMES
            .iter()
            .map(|&(name, i)| (Text::from(name), i))
            .collect();
        assert_eq!(names, resolved.names);
        assert!(
            embedded::NAMES.is_sorted(),
            "binary search needs sorted names"
        );
        assert_eq!(embedded::links(), resolved.links);
    }

    #[test]
    fn the_embedded_catalog_has_the_23_papers_in_their_eras() {
        let c = Catalog::embedded();
        let by_era: Vec<(String, Vec<String>)> = (0..c.eras.len())
            .map(|e| {
                let mut members = ids(&c, c.era_members(e));
                members.sort();
                (c.eras[e].id.to_string(), members)
            })
            .collect();
        let expect = |era: &str, papers: &[&str]| {
            let mut papers: Vec<String> = papers.iter().map(|s| s.to_string()).collect();
            papers.sort();
            (era.to_string(), papers)
        };
        assert_eq!(
            by_era,
            vec![
                expect("foundations", &["backprop", "lstm", "alexnet"]),
                expect(
                    "sequence",
                    &["word2vec", "seq2seq", "bahdanau", "adam", "resnet"]
                ),
                expect("transformer", &["transformer"]),
                expect(
                    "pretraining",
                    &["gpt-1", "bert", "gpt-2", "t5", "scaling-laws", "gpt-3"]
                ),
                expect(
                    "scaling",
                    &[
                        "switch-transformer",
                        "lora",
                        "instructgpt",
                        "chinchilla",
                        "constitutional-ai",
                        "chain-of-thought",
                        "llama",
                        "deepseek-r1",
                    ]
                ),
            ]
        );
        let names: Vec<&str> = c.eras.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Foundations",
                "Embeddings, Sequences & Attention",
                "The Transformer",
                "Pretraining & Large Language Models",
                "Scaling, Alignment & Reasoning",
            ]
        );
    }

    #[test]
    fn the_order_under_each_sort_key_is_pinned() {
        let c = Catalog::embedded();
        assert_eq!(
            sorted(&c, SortKey::Year),
            [
                "backprop",
                "lstm",
                "alexnet",
                "word2vec",
                "bahdanau",
                "seq2seq",
                "adam",
                "resnet",
                "transformer",
                "gpt-1",
                "bert",
                "gpt-2",
                "t5",
                "scaling-laws",
                "gpt-3",
                "switch-transformer",
                "lora",
                "chain-of-thought",
                "instructgpt",
                "chinchilla",
                "constitutional-ai",
                "llama",
                "deepseek-r1",
            ]
        );
        // Within an era the order is chronological, so era order equals year order here.
        assert_eq!(sorted(&c, SortKey::Era), sorted(&c, SortKey::Year));
        assert_eq!(
            sorted(&c, SortKey::Id),
            [
                "adam",
                "alexnet",
                "backprop",
                "bahdanau",
                "bert",
                "chain-of-thought",
                "chinchilla",
                "constitutional-ai",
                "deepseek-r1",
                "gpt-1",
                "gpt-2",
                "gpt-3",
                "instructgpt",
                "llama",
                "lora",
                "lstm",
                "resnet",
                "scaling-laws",
                "seq2seq",
                "switch-transformer",
                "t5",
                "transformer",
                "word2vec",
            ]
        );
        assert_eq!(
            sorted(&c, SortKey::Title),
            [
                "adam",
                "transformer",
                "bert",
                "chain-of-thought",
                "constitutional-ai",
                "resnet",
                "deepseek-r1",
                "word2vec",
                "t5",
                "alexnet",
                "gpt-1",
                "gpt-3",
                "gpt-2",
                "backprop",
                "llama",
                "lstm",
                "lora",
                "bahdanau",
                "scaling-laws",
                "seq2seq",
                "switch-transformer",
                "chinchilla",
                "instructgpt",
            ]
        );
        assert_eq!(
            sorted(&c, SortKey::Author),
            [
                "bahdanau",
                "constitutional-ai",
                "gpt-3",
                "deepseek-r1",
                "bert",
                "switch-transformer",
                "resnet",
                "lstm",
                "chinchilla",
                "lora",
                "scaling-laws",
                "adam",
                "alexnet",
                "word2vec",
                "instructgpt",
                "gpt-1",
                "gpt-2",
                "t5",
                "backprop",
                "seq2seq",
                "llama",
                "transformer",
                "chain-of-thought",
            ]
        );
    }

    #[test]
    fn every_link_points_back_in_time_and_only_the_earliest_has_none() {
        let c = Catalog::embedded();
        let earliest = sorted(&c, SortKey::Year)[0].clone();
        for (i, p) in c.papers.iter().enumerate() {
            if p.id == earliest {
                assert!(p.builds_on.is_empty(), "{} is the earliest paper", p.id);
            } else {
                assert!(!p.builds_on.is_empty(), "{} builds on nothing", p.id);
            }
            for &target in c.builds_on(i) {
                let t = c.paper(target);
                assert!(
                    t.date < p.date,
                    "{} ({}) builds on later {} ({})",
                    p.id,
                    p.date,
                    t.id,
                    t.date
                );
                assert!(t.year <= p.year);
            }
        }
    }

    #[test]
    fn bahdanau_and_seq2seq_do_not_build_on_each_other() {
        // Their preprints appeared ten days apart (1 and 10 September 2014).
        let c = Catalog::embedded();
        for (a, b) in [("bahdanau", "seq2seq"), ("seq2seq", "bahdanau")] {
            let p = c.paper(c.find(a).expect("present"));
            assert!(
                p.builds_on.iter().all(|l| l.id != b),
                "{a} must not build on {b}"
            );
        }
    }

    #[test]
    fn embedded_text_fields_respect_their_lengths() {
        for p in &Catalog::embedded().papers {
            assert!(p.why.chars().count() <= 90, "{}: why too long", p.id);
            assert!(p.tldr.chars().count() <= 200, "{}: tldr too long", p.id);
            let words = p.summary.split_whitespace().count();
            assert!(
                (90..=180).contains(&words),
                "{}: summary has {words} words",
                p.id
            );
            assert!(!p.results.is_empty(), "{}: no results", p.id);
            assert!(
                p.results
                    .iter()
                    .all(|r| r.chars().any(|c| c.is_ascii_digit())),
                "{}: a result without a number",
                p.id
            );
            assert!(p.url.starts_with("https://"), "{}: url is not https", p.id);
            assert!(!p.authors.is_empty());
            for tag in &p.tags {
                assert!(
                    VOCABULARY.contains(&tag.as_str()),
                    "{}: tag {tag} is not in the vocabulary",
                    p.id
                );
            }
            for text in [&p.why, &p.tldr, &p.summary] {
                assert!(
                    !text.chars().any(char::is_control),
                    "{}: control character",
                    p.id
                );
            }
        }
    }

    #[test]
    fn ids_and_aliases_resolve_case_insensitively() {
        let c = Catalog::embedded();
        for (name, id) in [
            ("GPT3", "gpt-3"),
            ("attention-is-all-you-need", "transformer"),
            ("cot", "chain-of-thought"),
            ("R1", "deepseek-r1"),
            ("vaswani2017", "transformer"),
            ("Transformer", "transformer"),
        ] {
            let found = c.find(name).map(|i| c.paper(i).id.as_str());
            assert_eq!(found, Some(id), "{name}");
        }
    }

    #[test]
    fn eras_resolve_by_id_number_and_prefix() {
        let c = Catalog::embedded();
        assert_eq!(c.resolve_era("trans").ok(), Some(2));
        assert_eq!(c.resolve_era("3").ok(), Some(2));
        assert_eq!(c.resolve_era("SCALING").ok(), Some(4));
        assert!(matches!(
            c.resolve_era("s"),
            Err(LookupError::AmbiguousEra { .. })
        ));
        assert!(matches!(
            c.resolve_era("6"),
            Err(LookupError::UnknownEra { .. })
        ));
        assert_eq!(c.era_years(0), "1986–2012");
        assert_eq!(c.era_years(2), "2017");
    }

    #[test]
    fn led_to_is_the_reverse_of_builds_on_oldest_first() {
        let c = Catalog::embedded();
        let t = c.find("transformer").expect("present");
        assert_eq!(
            ids(&c, c.led_to(t)),
            ["gpt-1", "bert", "t5", "scaling-laws", "lora"]
        );
    }

    #[test]
    fn a_syntax_error_names_the_line_and_column() {
        let err = Catalog::parse("{\n  \"schema_version\": 1,\n  oops\n}", "my.json")
            .expect_err("invalid");
        assert_eq!(
            err.to_string(),
            "my.json:3:3: invalid JSON: key must be a string"
        );
    }

    #[test]
    fn a_schema_error_names_the_paper_and_field() {
        let mut value: serde_json::Value = serde_json::from_str(EMBEDDED_JSON).expect("json");
        value["papers"][2]["year"] = serde_json::json!("twenty");
        value["papers"][4]
            .as_object_mut()
            .expect("object")
            .remove("title");
        let err = Catalog::parse_copied(&value.to_string(), "bad.json").expect_err("invalid");
        assert_eq!(
            err.to_string(),
            "bad.json is not a valid catalog (2 problems):\n  \
             paper 'alexnet', field 'year': invalid type: string \"twenty\", expected a whole number\n  \
             paper 'bahdanau', field 'title': is missing"
        );
    }

    #[test]
    fn the_copying_parser_reads_the_same_catalog() {
        let copied = Catalog::parse_copied(EMBEDDED_JSON, "copy").expect("valid");
        let borrowed = Catalog::parse(EMBEDDED_JSON, "borrow").expect("valid");
        assert_eq!(copied.catalog.papers, borrowed.catalog.papers);
        assert_eq!(copied.catalog.eras, borrowed.catalog.eras);
        let err = Catalog::parse_copied("{\n  \"schema_version\": 1,\n  oops\n}", "my.json")
            .expect_err("invalid");
        assert_eq!(
            err.to_string(),
            "my.json:3:3: invalid JSON: key must be a string"
        );
    }

    #[test]
    fn a_byte_order_mark_is_accepted_and_unknown_fields_are_reported() {
        let mut value: serde_json::Value = serde_json::from_str(EMBEDDED_JSON).expect("json");
        value["papers"][0]["colour"] = serde_json::json!("red");
        value["extra"] = serde_json::json!(1);
        let text = format!("\u{feff}{value}");
        let loaded = Catalog::parse_copied(&text, "x").expect("valid");
        assert_eq!(loaded.unknown_fields, ["papers.0.colour", "extra"]);
    }

    #[test]
    fn an_unknown_field_inside_the_published_version_is_named_by_its_json_path() {
        let mut value: serde_json::Value = serde_json::from_str(EMBEDDED_JSON).expect("json");
        value["papers"][0]["published"] =
            serde_json::json!({"title": "T", "venue": "V", "year": 1986, "titel": "x"});
        let loaded = Catalog::parse_copied(&value.to_string(), "x").expect("valid");
        assert_eq!(loaded.unknown_fields, ["papers.0.published.titel"]);
    }

    #[test]
    fn text_borrows_from_the_source_even_while_unknown_fields_are_tracked() {
        let mut value: serde_json::Value = serde_json::from_str(EMBEDDED_JSON).expect("json");
        value["papers"][0]["colour"] = serde_json::json!("red");
        value["papers"][0]["why"] = serde_json::json!("A \"quoted\" reason.");
        let text: &'static str = value.to_string().leak();
        let loaded = Catalog::parse(text, "x").expect("valid");
        assert_eq!(loaded.unknown_fields, ["papers.0.colour"]);
        let inside = |s: &str| text.as_bytes().as_ptr_range().contains(&s.as_ptr());
        let first = loaded.catalog.paper(0);
        assert!(inside(&first.id) && inside(&first.authors[0]) && inside(&first.tags[0]));
        let link = loaded
            .catalog
            .papers
            .iter()
            .find_map(|p| p.builds_on.first());
        assert!(link.is_some_and(|l| inside(&l.id) && inside(&l.note)));
        // A string with escapes has no verbatim copy in the source, so it is owned.
        assert_eq!(first.why, "A \"quoted\" reason.");
        assert!(!inside(&first.why));
    }
}
