//! A catalog's searchable text cut into words once, for a query searched again on every key.
//!
//! [`search`](super::search) cuts each field into folded words as it scores it, which is
//! the cheapest way to search once. The browser searches on every key typed, so it keeps
//! the words instead, and where each occurs: each distinct folded word gets a number, in
//! sorted order, so the words a query word is a prefix of are one range of numbers, and a
//! term's matches are read from the places of those words rather than found by reading
//! every field. Hits, ranking and spans are the same as [`super::search`]'s.

use std::collections::HashMap;
use std::ops::Range;

use super::{Hit, Scoring, SearchField, SearchQuery, Term, rank, tokenize};
use crate::catalog::Catalog;

/// A word of a field: its number in the vocabulary, and the bytes it came from in the
/// field's text ([`SearchField::text`]).
#[derive(Debug, Clone, Copy)]
struct Word {
    id: u32,
    start: u32,
    end: u32,
}

/// Stands between the values of a list field, where no phrase may cross: no query word
/// has it in its range.
const BETWEEN_VALUES: Word = Word {
    id: u32::MAX,
    start: 0,
    end: 0,
};

/// Every paper's search fields as numbered words.
pub struct Index<'c> {
    catalog: &'c Catalog,
    /// Every distinct folded word, sorted.
    vocabulary: Vec<Box<str>>,
    /// Every field of every paper, one after another.
    words: Vec<Word>,
    /// Where field `f` of paper `p` starts in `words`, at `p * FIELDS + f`; one more entry
    /// ends the last.
    starts: Vec<usize>,
    /// Where each word of the vocabulary occurs in `words`, in order: word `w` at
    /// `places[first_place[w]..first_place[w + 1]]`.
    places: Vec<u32>,
    first_place: Vec<usize>,
    /// Papers whose words do not fit 32-bit numbers: scored as [`super::search`] does.
    unindexed: Vec<usize>,
}

const FIELDS: usize = SearchField::ALL.len();

/// A match of a term: the paper and field, as `paper * FIELDS + field`, and its span.
type Match = (usize, Range<usize>);

impl<'c> Index<'c> {
    pub fn new(catalog: &'c Catalog) -> Index<'c> {
        let papers = catalog.papers.len();
        let mut numbers: HashMap<Box<str>, u32> = HashMap::new();
        let mut seen: Vec<Box<str>> = Vec::new();
        let mut words = Vec::new();
        let mut starts = Vec::with_capacity(papers * FIELDS + 1);
        let mut unindexed = Vec::new();
        for (paper, p) in catalog.papers.iter().enumerate() {
            let first = words.len();
            let mut fits = true;
            for field in SearchField::ALL {
                starts.push(words.len());
                let values = field.values(p);
                let cut = tokenize(&values);
                let mut value = 0;
                for token in &cut.list {
                    if token.value != value {
                        words.push(BETWEEN_VALUES);
                        value = token.value;
                    }
                    let text = cut.word(token);
                    let id = match numbers.get(text) {
                        Some(&id) => Some(id),
                        None => u32::try_from(seen.len())
                            .ok()
                            .filter(|&id| id < BETWEEN_VALUES.id)
                            .inspect(|&id| {
                                numbers.insert(text.into(), id);
                                seen.push(text.into());
                            }),
                    };
                    let start = u32::try_from(token.span.start).ok();
                    let end = u32::try_from(token.span.end).ok();
                    match (id, start, end) {
                        (Some(id), Some(start), Some(end)) => words.push(Word { id, start, end }),
                        _ => fits = false,
                    }
                }
            }
            if !fits || u32::try_from(words.len()).is_err() {
                words.truncate(first);
                let at = starts.len() - FIELDS;
                starts[at..].fill(first);
                unindexed.push(paper);
            }
        }
        starts.push(words.len());

        // Numbered again in sorted order.
        let mut order: Vec<u32> = (0..seen.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| seen[a as usize].cmp(&seen[b as usize]));
        let mut renumber = vec![0u32; seen.len()];
        for (new, &old) in order.iter().enumerate() {
            renumber[old as usize] = new as u32;
        }
        let mut first_place = vec![0usize; seen.len() + 1];
        for word in &mut words {
            if word.id != BETWEEN_VALUES.id {
                word.id = renumber[word.id as usize];
                first_place[word.id as usize + 1] += 1;
            }
        }
        for w in 1..first_place.len() {
            first_place[w] += first_place[w - 1];
        }
        let mut next = first_place.clone();
        let mut places = vec![0u32; first_place[seen.len()]];
        for (at, word) in words.iter().enumerate() {
            if word.id != BETWEEN_VALUES.id {
                // Fits: every paper whose words would not was left out above.
                places[next[word.id as usize]] = at as u32;
                next[word.id as usize] += 1;
            }
        }
        let vocabulary = order
            .iter()
            .map(|&old| std::mem::take(&mut seen[old as usize]))
            .collect();
        Index {
            catalog,
            vocabulary,
            words,
            starts,
            places,
            first_place,
            unindexed,
        }
    }

    /// The papers that match, best first, as [`super::search`] gives them.
    pub fn search(&self, query: &SearchQuery) -> Vec<Hit> {
        let mut wanted = [false; FIELDS];
        for &field in &query.fields {
            wanted[field as usize] = true;
        }
        let matches: Vec<Vec<Match>> = query
            .terms
            .iter()
            .map(|term| self.matches(term, &wanted))
            .collect();
        // The papers where every term matched, in the catalog's order.
        let mut papers: Option<Vec<usize>> = None;
        for found in &matches {
            let mut these: Vec<usize> = found.iter().map(|(at, _)| at / FIELDS).collect();
            these.dedup();
            if let Some(before) = &papers {
                these.retain(|p| before.binary_search(p).is_ok());
            }
            papers = Some(these);
        }
        let papers = papers.unwrap_or_default();

        let mut hits = Vec::with_capacity(papers.len());
        // Matches are in the order of their paper and field, as the papers are visited.
        let mut next = vec![0; matches.len()];
        let mut scoring = Scoring::new(query.terms.len());
        for paper in papers {
            for &field in &query.fields {
                let at = paper * FIELDS + field as usize;
                scoring.field(field, |t, spans| {
                    let (found, next) = (&matches[t], &mut next[t]);
                    while found.get(*next).is_some_and(|(a, _)| *a < at) {
                        *next += 1;
                    }
                    while let Some((a, span)) = found.get(*next)
                        && *a == at
                    {
                        spans.push(span.clone());
                        *next += 1;
                    }
                });
            }
            hits.extend(scoring.hit(paper));
        }
        let catalog = self.catalog;
        hits.extend(
            self.unindexed
                .iter()
                .filter_map(|&p| query.score(catalog, p)),
        );
        rank(catalog, &mut hits);
        hits
    }

    /// Every match of a term in the wanted fields, in the order of the words.
    fn matches(&self, term: &Term, wanted: &[bool; FIELDS]) -> Vec<Match> {
        let ranges: Vec<Range<u32>> = term.words.iter().map(|w| self.prefixed(w)).collect();
        if ranges.iter().any(Range::is_empty) {
            return Vec::new();
        }
        // Where the first word occurs: in order for one word, sorted for several.
        let first = ranges[0].start as usize..ranges[0].end as usize;
        let mut places =
            self.places[self.first_place[first.start]..self.first_place[first.end]].to_vec();
        if first.len() > 1 {
            places.sort_unstable();
        }
        let mut found = Vec::new();
        let mut at = 0;
        for place in places {
            let place = place as usize;
            while self.starts[at + 1] <= place {
                at += 1;
            }
            if !wanted[at % FIELDS] {
                continue;
            }
            let Some(run) = self.words[place..self.starts[at + 1]].get(..ranges.len()) else {
                continue;
            };
            // The first word is in its range; a word between values is in none.
            if run
                .iter()
                .zip(&ranges)
                .skip(1)
                .all(|(w, r)| r.contains(&w.id))
            {
                found.push((at, run[0].start as usize..run[run.len() - 1].end as usize));
            }
        }
        found
    }

    /// The numbers of the words that start with `word`: a run, as they are sorted.
    fn prefixed(&self, word: &str) -> Range<u32> {
        let start = self.vocabulary.partition_point(|v| &**v < word);
        let len = self.vocabulary[start..].partition_point(|v| v.starts_with(word));
        // Both fit: every number of the vocabulary does.
        start as u32..(start + len) as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::fixture;
    use crate::catalog::search::search;

    fn query(text: &str) -> SearchQuery {
        SearchQuery::parse(text).expect("a query")
    }

    /// Papers with accents composed and decomposed, letters deunicode spells out, Chinese
    /// that folds to several words, and lists whose values no phrase may cross.
    fn accents() -> Catalog {
        let mut c = fixture::catalog(&[
            ("alpha", "2001-01-01", &[]),
            ("beta", "1999-01-01", &[]),
            ("gamma", "2005-01-01", &[]),
        ]);
        c.papers[0].title = "Deep Residual Learning".into();
        c.papers[0].summary = "Shortcuts help images; 深度学习 too.".into();
        c.papers[1].tags = vec!["residual".into(), "deep".into(), "learning".into()];
        c.papers[1].summary = "Residual connections for images, after Ju\u{308}rgen.".into();
        c.papers[2].summary = "Residuals, but no pictures, after Jürgen.".into();
        c.papers[2].authors = vec!["Łukasz Kaiser".into(), "DeepSeek-AI".into()];
        c
    }

    /// Queries from the catalog's own words: each `stride`th word whole and its first three
    /// letters, as a phrase with the word after it and as two terms.
    fn queries(catalog: &Catalog, stride: usize) -> Vec<SearchQuery> {
        let mut texts = vec!["zzzz".to_string(), "\"deep learning\" res".to_string()];
        for paper in &catalog.papers {
            for field in SearchField::ALL {
                let cut = tokenize(&field.values(paper));
                let words: Vec<&str> = cut.list.iter().map(|t| cut.word(t)).collect();
                for pair in words.windows(2).step_by(stride) {
                    let short = &pair[0][..pair[0].floor_char_boundary(3)];
                    texts.push(pair[0].to_string());
                    texts.push(short.to_string());
                    texts.push(format!("\"{} {}\"", pair[0], pair[1]));
                    texts.push(format!("{short} {}", pair[1]));
                }
            }
        }
        texts.iter().map(|t| query(t)).collect()
    }

    fn same_as_search(catalog: &Catalog, queries: &[SearchQuery]) {
        let index = Index::new(catalog);
        for q in queries {
            assert_eq!(index.search(q), search(catalog, q), "{:?}", q.terms);
        }
    }

    #[test]
    fn the_index_finds_what_search_finds_with_the_same_spans() {
        let c = accents();
        same_as_search(&c, &queries(&c, 1));
        let fields = [SearchField::Summary, SearchField::Authors];
        let restricted: Vec<SearchQuery> = ["resid", "jurgen", "\"lukasz kaiser\"", "deep"]
            .iter()
            .map(|t| query(t).in_fields(&fields))
            .collect();
        same_as_search(&c, &restricted);
        assert_eq!(Index::new(&c).search(&query("jürgen")).len(), 2);
    }

    #[test]
    fn the_index_finds_what_search_finds_in_the_embedded_catalog() {
        let c = Catalog::embedded();
        let queries = queries(&c, 50);
        assert!(queries.len() > 1000, "only {} queries", queries.len());
        same_as_search(&c, &queries);
    }

    #[test]
    fn the_index_finds_what_search_finds_in_a_large_catalog() {
        let c = fixture::large();
        let texts = [
            "attention",
            "\"neural memory\"",
            "net",
            "gradient desc",
            "zzzz",
        ];
        let queries: Vec<SearchQuery> = texts.iter().map(|t| query(t)).collect();
        same_as_search(&c, &queries);
    }

    #[test]
    fn phrases_do_not_cross_the_values_of_a_list() {
        let c = accents();
        let index = Index::new(&c);
        let ids = |text: &str| -> Vec<String> {
            let hits = index.search(&query(text));
            hits.iter()
                .map(|h| c.paper(h.paper).id.to_string())
                .collect()
        };
        // beta's tags are "residual", "deep", "learning": neighbours, but in three values.
        assert_eq!(ids("\"residual learning\""), ["alpha"]);
        assert_eq!(ids("\"deep learning\""), Vec::<String>::new());
        assert_eq!(ids("deep learning"), ["alpha", "beta"]);
    }

    #[test]
    fn field_numbers_follow_the_order_of_all_fields() {
        for (n, field) in SearchField::ALL.into_iter().enumerate() {
            assert_eq!(field as usize, n, "{field:?}");
        }
    }

    #[test]
    fn every_key_of_a_query_typed_finds_what_search_finds() {
        let c = Catalog::embedded();
        let index = Index::new(&c);
        let typed = "neural \"language mod";
        for n in 1..=typed.len() {
            let Ok(q) = SearchQuery::parse(&typed[..n]) else {
                continue;
            };
            assert_eq!(index.search(&q), search(&c, &q), "{:?}", &typed[..n]);
        }
    }
}
