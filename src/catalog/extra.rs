//! Extra catalogs merged into a base one (the embedded catalog, or a `--catalog` file): the
//! user's own papers beside the others, in the same lists, eras and influence graph.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::facts::Facts;
use super::model::RawCatalog;
use super::validate::{self, OLDEST_SCHEMA_VERSION, Problem, SCHEMA_VERSION};
use super::{Catalog, CatalogError, EMBEDDED, Loaded, Source, embedded, origin};

/// A catalog file as read, before validation.
pub(super) struct Part {
    pub raw: RawCatalog,
    pub unknown_fields: Vec<String>,
    /// What the threads that parsed a large file learnt, having found each paper sound.
    pub facts: Option<Facts>,
}

impl Catalog {
    /// The base catalog (the file `base` names, else the embedded one) with every paper and
    /// era of the `extras` merged in. Their papers may build on the base's and on each
    /// other's, and use each other's eras; a name (id or alias) or era id given by two
    /// files is an error naming both, and so is anything else wrong in any of them.
    pub fn merged(base: Option<&Path>, extras: &[PathBuf]) -> Result<Loaded, CatalogError> {
        // The facts of every paper, while each part has them: then the merged catalog is
        // checked from them as a large file alone is (see `Catalog::from_path`).
        let (mut raw, unknown_fields, mut facts, name) = match base {
            None => {
                let raw = embedded::raw();
                // The embedded papers are sound: checked when aipapers was built.
                let mut facts = Facts::default();
                raw.papers.iter().for_each(|paper| facts.add(paper));
                (raw, Vec::new(), Some(facts), EMBEDDED.to_string())
            }
            Some(path) => {
                let part = Catalog::read_path(path)?;
                (part.raw, part.unknown_fields, part.facts, origin(path))
            }
        };
        let mut sources = vec![Source {
            name,
            papers: raw.papers.len(),
            eras: raw.eras.len(),
        }];
        let mut extra_unknown_fields = Vec::new();
        let mut papers = vec![std::mem::take(&mut raw.papers)];
        for path in extras {
            let name = origin(path);
            let part = Catalog::read_path(path)?;
            check_top(&part.raw, &name)?;
            // An extra file's papers are sound when the threads that parsed it said so.
            facts = match (facts, part.facts) {
                (Some(mut all), Some(more)) => {
                    all.append(more);
                    Some(all)
                }
                _ => None,
            };
            if !part.unknown_fields.is_empty() {
                extra_unknown_fields.push((name.clone(), part.unknown_fields));
            }
            sources.push(Source {
                name,
                papers: part.raw.papers.len(),
                eras: part.raw.eras.len(),
            });
            raw.eras.extend(part.raw.eras);
            papers.push(part.raw.papers);
        }
        raw.papers = concat(papers);
        let checked = match facts {
            Some(facts) => match super::facts::resolve(&raw, facts) {
                Some(resolved) => Ok(resolved),
                None => validate::check_sound(&raw),
            },
            None => validate::check(&raw),
        };
        let resolved = checked.map_err(|problems| explain(&raw, &sources, problems))?;
        let mut catalog = Catalog::index(raw, resolved);
        catalog.sources = sources;
        Ok(Loaded {
            catalog,
            unknown_fields,
            extra_unknown_fields,
        })
    }
}

/// The papers of every source, in order, in the allocation of the largest: ten thousand
/// papers added to the embedded 23 are moved along in place, not copied into memory the
/// process must first be given.
fn concat<T>(mut parts: Vec<Vec<T>>) -> Vec<T> {
    let Some(largest) = (0..parts.len()).max_by_key(|&i| parts[i].len()) else {
        return Vec::new();
    };
    let mut all = std::mem::take(&mut parts[largest]);
    let after: Vec<Vec<T>> = parts.drain(largest + 1..).collect();
    let before: usize = parts.iter().map(Vec::len).sum();
    all.splice(0..0, parts.into_iter().flatten().take(before));
    all.extend(after.into_iter().flatten());
    all
}

/// What an extra catalog says of itself: its schema version, and its date if it gives one.
fn check_top(raw: &RawCatalog, origin: &str) -> Result<(), CatalogError> {
    let mut problems = Vec::new();
    if !(OLDEST_SCHEMA_VERSION..=SCHEMA_VERSION).contains(&raw.schema_version) {
        problems.push(top_problem(
            "schema_version",
            format!(
                "is {}; this version of aipapers reads {OLDEST_SCHEMA_VERSION} to {SCHEMA_VERSION}",
                raw.schema_version
            ),
        ));
    }
    if !raw.updated.is_empty() && !validate::is_date(&raw.updated) {
        problems.push(top_problem(
            "updated",
            format!("'{}' is not a YYYY-MM-DD date", raw.updated),
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(CatalogError::Invalid {
            origin: origin.to_string(),
            problems,
        })
    }
}

fn top_problem(field: &str, message: String) -> Problem {
    Problem {
        paper: None,
        field: field.to_string(),
        message,
    }
}

/// Why the merged catalog is invalid, in terms of the files: a name two of them give, or
/// the problems of the first file that has any, each as that file alone numbers it.
fn explain(raw: &RawCatalog, sources: &[Source], problems: Vec<Problem>) -> CatalogError {
    if let Some(clash) = clash(raw, sources) {
        return clash;
    }
    let paper_source = ranges(sources, |s| s.papers);
    let era_source = ranges(sources, |s| s.eras);
    // Each problem with its source and its words as that source alone would have them.
    let located: Vec<(usize, Problem)> = problems
        .into_iter()
        .map(|problem| locate(raw, sources, &paper_source, &era_source, problem))
        .collect();
    let first = located.iter().map(|(source, _)| *source).min().unwrap_or(0);
    CatalogError::Invalid {
        origin: sources[first].name.clone(),
        problems: located
            .into_iter()
            .filter(|(source, _)| *source == first)
            .map(|(_, problem)| problem)
            .collect(),
    }
}

/// For each source, the index its items start at (sources come one after another).
fn ranges(sources: &[Source], count: impl Fn(&Source) -> usize) -> Vec<usize> {
    let mut start = 0;
    sources
        .iter()
        .map(|s| {
            let at = start;
            start += count(s);
            at
        })
        .collect()
}

/// The source `index` falls in, given where each starts, and its index there.
fn within(starts: &[usize], index: usize) -> (usize, usize) {
    let source = starts.partition_point(|&start| start <= index).max(1) - 1;
    (source, index - starts[source])
}

/// A problem of the merged catalog as the file it comes from would state it.
fn locate(
    raw: &RawCatalog,
    sources: &[Source],
    paper_starts: &[usize],
    era_starts: &[usize],
    mut problem: Problem,
) -> (usize, Problem) {
    match &problem.paper {
        Some(label) => {
            // A paper without an id is labelled by its place: `#3`.
            let place = match label
                .strip_prefix('#')
                .and_then(|n| n.parse::<usize>().ok())
            {
                Some(n) => n.checked_sub(1),
                // The last with that id: the base's papers are valid, so it is an extra's.
                None => raw.papers.iter().rposition(|p| p.id == *label),
            };
            let Some(place) = place else {
                return (sources.len() - 1, problem);
            };
            let (source, local) = within(paper_starts, place);
            if label.starts_with('#') {
                problem.paper = Some(format!("#{}", local + 1));
            }
            (source, problem)
        }
        None => {
            // `eras[7].id`, numbered across all files.
            let era = problem
                .field
                .strip_prefix("eras[")
                .and_then(|rest| rest.split_once(']'))
                .and_then(|(n, rest)| Some((n.parse::<usize>().ok()?, rest.to_string())));
            match era {
                Some((n, rest)) => {
                    let (source, local) = within(era_starts, n);
                    problem.field = format!("eras[{local}]{rest}");
                    (source, problem)
                }
                None => (0, problem),
            }
        }
    }
}

/// A paper name or era id that two different sources give, as an error naming both.
fn clash(raw: &RawCatalog, sources: &[Source]) -> Option<CatalogError> {
    let paper_starts = ranges(sources, |s| s.papers);
    let mut owners: HashMap<String, usize> = HashMap::new();
    for (i, paper) in raw.papers.iter().enumerate() {
        let (source, _) = within(&paper_starts, i);
        let names = std::iter::once((&paper.id, "paper id"))
            .chain(paper.aliases.iter().map(|alias| (alias, "paper alias")));
        for (name, what) in names {
            let key = name.to_lowercase();
            match owners.get(&key) {
                Some(&first) if first != source => {
                    return Some(CatalogError::Clash {
                        what,
                        name: name.to_string(),
                        first: sources[first].name.clone(),
                        second: sources[source].name.clone(),
                    });
                }
                Some(_) => {}
                None => {
                    owners.insert(key, source);
                }
            }
        }
    }
    let era_starts = ranges(sources, |s| s.eras);
    let mut eras: HashMap<&str, usize> = HashMap::new();
    for (i, era) in raw.eras.iter().enumerate() {
        let (source, _) = within(&era_starts, i);
        match eras.get(era.id.as_str()) {
            Some(&first) if first != source => {
                return Some(CatalogError::Clash {
                    what: "era",
                    name: era.id.to_string(),
                    first: sources[first].name.clone(),
                    second: sources[source].name.clone(),
                });
            }
            Some(_) => {}
            None => {
                eras.insert(&era.id, source);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::fixture;

    fn source(name: &str, papers: usize, eras: usize) -> Source {
        Source {
            name: name.to_string(),
            papers,
            eras,
        }
    }

    #[test]
    fn sources_are_joined_in_order_whichever_is_largest() {
        let parts = |lens: &[usize]| -> Vec<Vec<(usize, usize)>> {
            lens.iter()
                .enumerate()
                .map(|(source, &n)| (0..n).map(|i| (source, i)).collect())
                .collect()
        };
        for lens in [
            &[2, 5, 1][..],
            &[5, 2],
            &[1, 2, 5],
            &[0, 3, 0],
            &[3],
            &[0, 0],
            &[],
        ] {
            let expected: Vec<(usize, usize)> = parts(lens).into_iter().flatten().collect();
            assert_eq!(concat(parts(lens)), expected, "{lens:?}");
        }
    }

    #[test]
    fn a_place_is_found_in_its_source_past_sources_that_brought_nothing() {
        let starts = ranges(
            &[
                source("base", 3, 1),
                source("empty", 0, 0),
                source("x", 2, 0),
            ],
            |s| s.papers,
        );
        assert_eq!(starts, [0, 3, 3]);
        assert_eq!(within(&starts, 0), (0, 0));
        assert_eq!(within(&starts, 2), (0, 2));
        assert_eq!(within(&starts, 3), (2, 0));
        assert_eq!(within(&starts, 4), (2, 1));
    }

    #[test]
    fn problems_are_told_as_their_own_file_numbers_them() {
        let mut raw = fixture::raw(&[("a", "2000-01-01", &[]), ("b", "2001-01-01", &[])]);
        raw.eras.push(raw.eras[0].clone());
        let sources = [source("base", 1, 1), source("mine.json", 1, 1)];
        let paper = |label: &str| Problem {
            paper: Some(label.to_string()),
            field: "era".to_string(),
            message: "m".to_string(),
        };
        let located = |problem| locate(&raw, &sources, &[0, 1], &[0, 1], problem);
        assert_eq!(located(paper("b")), (1, paper("b")));
        assert_eq!(located(paper("#2")), (1, paper("#1")));
        let era = |field: &str| Problem {
            paper: None,
            field: field.to_string(),
            message: "m".to_string(),
        };
        assert_eq!(located(era("eras[1].id")), (1, era("eras[0].id")));
        assert_eq!(located(era("schema_version")), (0, era("schema_version")));
    }

    #[test]
    fn an_extra_file_is_refused_for_its_schema_version_or_date_and_warned_of_for_unknown_fields() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let write = |name: &str, top: &str| {
            let path = dir.path().join(name);
            let paper = r#"{"id": "mine", "name": "Mine", "title": "Mine", "authors": ["A B"],
                "year": 2020, "date": "2020-01-01", "venue": "V", "url": "https://a.org",
                "era": "transformer"}"#;
            std::fs::write(&path, format!(r#"{{{top}, "papers": [{paper}]}}"#)).expect("written");
            path
        };
        let refused = |path: PathBuf| match Catalog::merged(None, &[path]) {
            Err(CatalogError::Invalid { problems, .. }) => {
                problems.iter().map(ToString::to_string).collect::<Vec<_>>()
            }
            Err(other) => panic!("not refused as invalid: {other}"),
            Ok(_) => panic!("not refused"),
        };
        assert_eq!(
            refused(write("new.json", r#""schema_version": 99"#)),
            [format!(
                "field 'schema_version': is 99; this version of aipapers reads \
                 {OLDEST_SCHEMA_VERSION} to {SCHEMA_VERSION}"
            )]
        );
        assert_eq!(
            refused(write(
                "dated.json",
                r#""schema_version": 2, "updated": "soon""#
            )),
            ["field 'updated': 'soon' is not a YYYY-MM-DD date"]
        );
        let plain = write("plain.json", r#""schema_version": 2"#);
        let odd = write("odd.json", r#""schema_version": 2, "colour": "blue""#);
        let loaded = Catalog::merged(None, &[plain]).expect("valid");
        assert!(loaded.extra_unknown_fields.is_empty());
        let loaded = Catalog::merged(None, std::slice::from_ref(&odd)).expect("valid");
        assert_eq!(
            loaded.extra_unknown_fields,
            [(origin(&odd), vec!["colour".to_string()])]
        );
    }

    #[test]
    fn a_large_extra_file_is_merged_as_it_is_read_alone() {
        // Large enough for two threads to parse it and gather its facts.
        let text = crate::catalog::synthetic::json(5_000);
        let dir = tempfile::tempdir().expect("a temporary directory");
        let path = dir.path().join("big.json");
        std::fs::write(&path, &text).expect("written");
        let alone = Catalog::from_path(&path).expect("valid").catalog;
        let merged = Catalog::merged(None, &[path]).expect("valid").catalog;
        assert_eq!(merged.papers.len(), 23 + alone.papers.len());
        assert_eq!(merged.eras.len(), 5 + alone.eras.len());
        for (i, paper) in alone.papers.iter().enumerate() {
            let shifted: Vec<usize> = alone.builds_on(i).iter().map(|&t| t + 23).collect();
            assert_eq!(merged.builds_on(i + 23), shifted, "{}", paper.id);
            assert_eq!(merged.era_of(i + 23), alone.era_of(i) + 5);
            assert_eq!(merged.find(&paper.id), Some(i + 23));
        }
        assert_eq!(
            merged.find("transformer"),
            Catalog::embedded().find("transformer")
        );
    }

    #[test]
    fn a_name_in_two_sources_is_a_clash_and_in_one_is_not() {
        let raw = fixture::raw(&[("a", "2000-01-01", &[]), ("b", "2001-01-01", &[])]);
        let apart = [source("base", 1, 1), source("mine.json", 1, 0)];
        assert!(clash(&raw, &apart).is_none());
        let mut same = raw.clone();
        same.papers[1].aliases = vec!["A".into()];
        let err = clash(&same, &apart).map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some(
                "paper alias 'A' is in both base and mine.json; ids and aliases must differ \
                 across catalogs"
            )
        );
        // Twice within one file is that file's own problem, which validation names.
        let together = [source("base", 2, 1)];
        assert!(clash(&same, &together).is_none());
    }

    #[test]
    fn an_era_in_two_sources_is_a_clash_and_twice_in_one_is_not() {
        let mut raw = fixture::raw(&[("a", "2000-01-01", &[]), ("b", "2001-01-01", &[])]);
        raw.eras.push(raw.eras[0].clone());
        let id = raw.eras[0].id.to_string();
        let apart = [source("base", 1, 1), source("mine.json", 1, 1)];
        assert_eq!(
            clash(&raw, &apart).map(|e| e.to_string()),
            Some(format!(
                "era '{id}' is in both base and mine.json; ids and aliases must differ \
                 across catalogs"
            ))
        );
        let together = [source("base", 1, 2), source("mine.json", 1, 0)];
        assert!(clash(&raw, &together).is_none());
    }

    #[test]
    fn a_problem_of_a_paper_no_file_has_is_told_as_the_last_files() {
        let raw = fixture::raw(&[("a", "2000-01-01", &[]), ("b", "2001-01-01", &[])]);
        let sources = [
            source("base", 1, 1),
            source("one.json", 1, 0),
            source("two.json", 0, 0),
        ];
        let problem = Problem {
            paper: Some("nowhere".to_string()),
            field: "id".to_string(),
            message: "m".to_string(),
        };
        assert_eq!(
            locate(&raw, &sources, &[0, 1, 2], &[0, 1, 1], problem.clone()),
            (2, problem)
        );
    }

    #[test]
    fn an_invalid_merge_is_told_as_the_first_file_with_problems_states_them() {
        let raw = fixture::raw(&[("a", "2000-01-01", &[]), ("b", "2001-01-01", &[])]);
        let sources = [source("base", 1, 1), source("mine.json", 1, 0)];
        let paper = |label: &str| Problem {
            paper: Some(label.to_string()),
            field: "url".to_string(),
            message: "m".to_string(),
        };
        match explain(&raw, &sources, vec![paper("b"), paper("a")]) {
            CatalogError::Invalid { origin, problems } => {
                assert_eq!((origin.as_str(), problems), ("base", vec![paper("a")]));
            }
            other => panic!("not invalid: {other}"),
        }
    }
}
