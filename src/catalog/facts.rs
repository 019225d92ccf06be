//! What validation needs of each paper of a large catalog, gathered by the thread that
//! parsed it, and the catalog's names, eras and links checked from that alone.
//!
//! After parsing, validation of 10,000 papers spent most of its time fetching from all over
//! the catalog's text the few strings it looks at (ids, aliases, eras, dates, link targets),
//! which the parsing threads had in the processor's cache moments before. [`Facts`] copies
//! them side by side as each paper is parsed; [`resolve`] then works from that copy. It can
//! only say "valid": on any doubt the caller validates the ordinary way, which writes the
//! report, so what a user is told about a broken catalog never depends on this module.

use std::collections::HashMap;

use super::model::{Paper, RawCatalog, Text};
use super::threads::{self, MANY_PAPERS};
use super::validate::{self, Links, Names, Resolved, Seen};

/// The names, eras, dates and links of papers in the order they were parsed.
#[derive(Default)]
pub(super) struct Facts {
    /// Each paper's id and its aliases in lower case (as names are compared).
    names: Strings,
    /// Each paper's links' targets.
    links: Strings,
    papers: Vec<Gist>,
    /// Each distinct era the papers name, with an index of its own.
    eras: HashMap<String, usize>,
}

/// Strings side by side.
#[derive(Default)]
struct Strings {
    text: String,
    /// Where each string ends in `text`.
    ends: Vec<usize>,
}

impl Strings {
    fn push(&mut self, s: &str) {
        self.text.push_str(s);
        self.ends.push(self.text.len());
    }

    fn append(&mut self, other: Strings) {
        let shift = self.text.len();
        self.text.push_str(&other.text);
        self.ends.extend(other.ends.iter().map(|end| end + shift));
    }
}

/// One paper's facts besides its strings.
struct Gist {
    /// Where its id is in [`Facts::names`], followed by its aliases.
    name: usize,
    aliases: usize,
    /// Where its first link is in [`Facts::links`], followed by the others.
    link: usize,
    links: usize,
    /// The date as a number (see [`validate::day_of`]).
    day: u32,
    /// The era's index in [`Facts::eras`].
    era: usize,
}

impl Facts {
    /// Notes the next paper.
    pub(super) fn add(&mut self, paper: &Paper) {
        let era = match self.eras.get(paper.era.as_str()) {
            Some(&era) => era,
            None => {
                let era = self.eras.len();
                self.eras.insert(paper.era.to_string(), era);
                era
            }
        };
        self.papers.push(Gist {
            name: self.names.ends.len(),
            aliases: paper.aliases.len(),
            link: self.links.ends.len(),
            links: paper.builds_on.len(),
            day: validate::day_of(&paper.date),
            era,
        });
        self.names.push(&paper.id);
        for alias in &paper.aliases {
            self.names.push(&validate::fold(alias));
        }
        for link in &paper.builds_on {
            self.links.push(&link.id);
        }
    }

    /// Appends the facts of the papers that follow these.
    pub(super) fn append(&mut self, other: Facts) {
        let (names, links) = (self.names.ends.len(), self.links.ends.len());
        self.names.append(other.names);
        self.links.append(other.links);
        let mut eras = vec![0; other.eras.len()];
        for (name, local) in other.eras {
            let next = self.eras.len();
            eras[local] = *self.eras.entry(name).or_insert(next);
        }
        self.papers
            .extend(other.papers.into_iter().map(|gist| Gist {
                name: gist.name + names,
                link: gist.link + links,
                era: eras[gist.era],
                ..gist
            }));
    }
}

/// What [`validate::check_sound`] resolves for `raw`, whose papers' facts these are and
/// which have each passed [`validate::paper_is_sound`], if the catalog is valid; `None` if
/// it is not, or may not be.
pub(super) fn resolve(raw: &RawCatalog, facts: Facts) -> Option<Resolved> {
    let era_ids = validate::sound_eras(raw)?;
    if facts.papers.len() != raw.papers.len() {
        return None;
    }
    let mut eras = vec![0; facts.eras.len()];
    for (name, local) in &facts.eras {
        eras[*local] = *era_ids.get(name.as_str())?;
    }
    // The names table keeps its keys for as long as the catalog, which lives as long as the
    // process, as the catalog's own text does.
    let names = Spans {
        text: facts.names.text.leak(),
        ends: &facts.names.ends,
    };
    let links = Spans {
        text: &facts.links.text,
        ends: &facts.links.ends,
    };
    let papers = &facts.papers;
    // Two jobs, by two threads on a large catalog: the links, looked up in a table of ids
    // alone, and the table of names.
    let (links, names) = threads::join(
        threads::worth_two(papers.len(), MANY_PAPERS),
        || resolve_links(names, links, papers, &eras),
        || names_table(names, papers),
    );
    Some(Resolved {
        names: names?,
        links: links?,
    })
}

/// A view of [`Strings`].
#[derive(Clone, Copy)]
struct Spans<'t, 'e> {
    text: &'t str,
    ends: &'e [usize],
}

impl<'t> Spans<'t, '_> {
    /// The strings from the `first`, `count` of them.
    fn run(&self, first: usize, count: usize) -> impl Iterator<Item = Option<&'t str>> + '_ {
        (first..first + count).map(|k| {
            let start = match k {
                0 => 0,
                _ => *self.ends.get(k - 1)?,
            };
            self.text.get(start..*self.ends.get(k)?)
        })
    }

    fn get(&self, k: usize) -> Option<&'t str> {
        self.run(k, 1).next().flatten()
    }
}

/// Every id and alias, with its paper, if all differ and each alias is one word.
fn names_table(names: Spans<'static, '_>, papers: &[Gist]) -> Option<Names> {
    let count = papers.iter().map(|gist| 1 + gist.aliases).sum();
    let mut table: Names = HashMap::with_capacity(count);
    for (i, gist) in papers.iter().enumerate() {
        if table.insert(Text::from(names.get(gist.name)?), i).is_some() {
            return None;
        }
    }
    for (i, gist) in papers.iter().enumerate() {
        for alias in names.run(gist.name + 1, gist.aliases) {
            let alias = alias?;
            if alias.is_empty() || alias.chars().any(char::is_whitespace) {
                return None;
            }
            if table.insert(Text::from(alias), i).is_some() {
                return None;
            }
        }
    }
    Some(table)
}

/// Each paper's era and links, if every link is to another paper by its id (not an alias),
/// once, and strictly earlier.
fn resolve_links(names: Spans, links: Spans, papers: &[Gist], eras: &[usize]) -> Option<Links> {
    let mut ids = HashMap::with_capacity(papers.len());
    for (i, gist) in papers.iter().enumerate() {
        ids.insert(names.get(gist.name)?, i);
    }
    let days: Vec<u32> = papers.iter().map(|gist| gist.day).collect();
    let mut builds_on = Vec::with_capacity(papers.len());
    let mut era_of = Vec::with_capacity(papers.len());
    for (i, gist) in papers.iter().enumerate() {
        era_of.push(*eras.get(gist.era)?);
        let mut targets = Vec::with_capacity(gist.links);
        let mut seen = Seen::default();
        for link in links.run(gist.link, gist.links) {
            let link = link?;
            let t = *ids.get(link)?;
            // Sound papers have real dates, never `u32::MAX`; should one not, no answer.
            if days[t] >= days[i] || days[i] == u32::MAX || !seen.first_time(link) {
                return None;
            }
            targets.push(t);
        }
        builds_on.push(targets);
    }
    Some(Links {
        builds_on,
        era_of,
        days,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::model::Link;
    use crate::catalog::synthetic;

    /// The facts of `raw`'s papers as two threads would gather them, split at `split`.
    fn facts_of(raw: &RawCatalog, split: usize) -> Facts {
        let (first, second) = raw.papers.split_at(split);
        let mut facts = Facts::default();
        first.iter().for_each(|paper| facts.add(paper));
        let mut more = Facts::default();
        second.iter().for_each(|paper| more.add(paper));
        facts.append(more);
        facts
    }

    /// What the ordinary validation resolves, if the catalog is valid.
    fn ordinary(raw: &RawCatalog) -> Option<(Vec<(String, usize)>, Links)> {
        validate::check_sound(raw)
            .ok()
            .map(|r| (sorted(&r.names), r.links))
    }

    fn sorted(names: &Names) -> Vec<(String, usize)> {
        let mut names: Vec<_> = names.iter().map(|(k, &v)| (k.to_string(), v)).collect();
        names.sort();
        names
    }

    fn from_facts(raw: &RawCatalog, split: usize) -> Option<(Vec<(String, usize)>, Links)> {
        resolve(raw, facts_of(raw, split)).map(|r| (sorted(&r.names), r.links))
    }

    #[test]
    fn a_valid_catalog_resolves_as_the_ordinary_validation_resolves_it() {
        let mut raw = synthetic::catalog(300);
        // Names in upper case are looked up in lower case.
        raw.papers[7].aliases.push("Mixed-Case".into());
        raw.papers[8].aliases.push("ÉCOLE".into());
        let expected = ordinary(&raw);
        assert!(expected.is_some(), "the synthetic catalog is valid");
        for split in [0, 1, 150, 299, 300] {
            // Not assert_eq: a difference would print two whole catalogs' tables.
            assert!(from_facts(&raw, split) == expected, "split at {split}");
        }
        let names = expected.map(|(names, _)| names).unwrap_or_default();
        assert!(names.contains(&("mixed-case".to_string(), 7)));
        assert!(names.contains(&("école".to_string(), 8)));
    }

    #[test]
    fn eras_first_met_in_another_order_by_each_half_resolve_alike() {
        let mut raw = synthetic::catalog(200);
        // The second half meets the eras in the opposite order from the first.
        let eras: Vec<Text> = raw.eras.iter().map(|era| era.id.clone()).collect();
        for (i, paper) in raw.papers.iter_mut().enumerate().skip(100) {
            paper.era = eras[eras.len() - 1 - i % eras.len()].clone();
        }
        let expected = ordinary(&raw);
        assert!(expected.is_some());
        assert!(from_facts(&raw, 100) == expected);
    }

    #[test]
    fn a_catalog_large_enough_for_two_threads_resolves_alike() {
        let mut raw = synthetic::catalog(MANY_PAPERS * 2);
        let expected = ordinary(&raw);
        assert!(expected.is_some());
        assert!(from_facts(&raw, MANY_PAPERS) == expected);
        // A problem for each thread to find: a name twice, a link to nowhere.
        let id = raw.papers[1].id.clone();
        raw.papers[MANY_PAPERS + 1].aliases.push(id);
        assert_eq!(from_facts(&raw, MANY_PAPERS).map(|_| ()), None);
        raw.papers[MANY_PAPERS + 1].aliases.pop();
        raw.papers[MANY_PAPERS + 2].builds_on.push(link("nobody"));
        assert_eq!(from_facts(&raw, MANY_PAPERS).map(|_| ()), None);
    }

    fn link(id: &str) -> Link {
        Link {
            id: id.to_string().into(),
            note: "A note.".into(),
        }
    }

    /// The indexes of the earliest and the latest paper (papers are not in date order).
    fn ends(c: &RawCatalog) -> (usize, usize) {
        let by_date = |&i: &usize| (c.papers[i].date.clone(), i);
        let first = (0..c.papers.len()).min_by_key(by_date).unwrap_or(0);
        let last = (0..c.papers.len()).max_by_key(by_date).unwrap_or(0);
        (first, last)
    }

    #[test]
    fn whatever_makes_a_catalog_invalid_gives_no_answer() {
        type Edit = fn(&mut RawCatalog);
        let edits: [(&str, Edit); 16] = [
            ("an id twice", |c| c.papers[90].id = c.papers[3].id.clone()),
            ("an alias equal to another id", |c| {
                let id = c.papers[3].id.to_uppercase();
                c.papers[90].aliases.push(id.into());
            }),
            ("an alias equal to its own id", |c| {
                let id = c.papers[90].id.clone();
                c.papers[90].aliases.push(id);
            }),
            ("an alias twice", |c| {
                c.papers[10].aliases.push("twice".into());
                c.papers[190].aliases.push("Twice".into());
            }),
            ("an alias of two words", |c| {
                c.papers[5].aliases.push("two words".into())
            }),
            ("an empty alias", |c| c.papers[5].aliases.push("".into())),
            ("an unknown era", |c| c.papers[150].era = "nowhere".into()),
            ("a link to no paper", |c| {
                c.papers[150].builds_on.push(link("nobody"))
            }),
            ("a link to an alias", |c| {
                let (first, last) = ends(c);
                c.papers[first].aliases.push("first".into());
                c.papers[last].builds_on = vec![link("first")];
            }),
            ("a link in upper case", |c| {
                let (first, last) = ends(c);
                let id = c.papers[first].id.to_uppercase();
                c.papers[last].builds_on = vec![link(&id)];
            }),
            ("a link to itself", |c| {
                let id = c.papers[150].id.to_string();
                c.papers[150].builds_on.push(link(&id));
            }),
            ("a link to a later paper", |c| {
                let (first, last) = ends(c);
                let id = c.papers[last].id.to_string();
                c.papers[first].builds_on.push(link(&id));
            }),
            ("a link twice", |c| {
                let (first, last) = ends(c);
                let id = c.papers[first].id.to_string();
                c.papers[last].builds_on = vec![link(&id), link(&id)];
            }),
            ("a wrong schema version", |c| c.schema_version = 99),
            ("an era twice", |c| {
                let era = c.eras[0].clone();
                c.eras.push(era);
            }),
            ("no eras", |c| {
                c.eras.clear();
            }),
        ];
        for (what, edit) in edits {
            let mut raw = synthetic::catalog(200);
            edit(&mut raw);
            assert!(
                raw.papers.iter().all(validate::paper_is_sound),
                "{what}: only the papers' own fields are checked while parsing"
            );
            assert!(ordinary(&raw).is_none(), "{what}: the catalog is invalid");
            for split in [0, 100, 200] {
                assert_eq!(from_facts(&raw, split), None, "{what}, split at {split}");
            }
        }
    }

    #[test]
    fn a_link_to_a_paper_of_the_same_day_gives_no_answer() {
        let mut raw = synthetic::catalog(50);
        raw.papers[20].date = raw.papers[10].date.clone();
        raw.papers[20].year = raw.papers[10].year;
        let id = raw.papers[10].id.to_string();
        raw.papers[20].builds_on = vec![link(&id)];
        assert!(raw.papers.iter().all(validate::paper_is_sound));
        assert!(ordinary(&raw).is_none());
        assert_eq!(from_facts(&raw, 25), None);
    }

    #[test]
    fn facts_of_other_papers_give_no_answer() {
        let raw = synthetic::catalog(100);
        let fewer = synthetic::catalog(99);
        assert_eq!(resolve(&raw, facts_of(&fewer, 50)).map(|_| ()), None);
    }
}
