//! Full-text search: a query parsed into terms and phrases, papers scored against it.
//!
//! Matching works on words: the text of a field is cut into runs of letters and digits,
//! each run folded (case and accents ignored, see [`fold`]). A query word matches a text
//! word that *starts with* it, so `residual` finds "residuals" and `transformer` finds
//! "Transformers", but `former` does not find "Transformer": prefixes follow how people
//! shorten words they half remember, while arbitrary substrings mostly add noise. A phrase
//! (several words, or one word with inner punctuation such as `back-propagation`) matches
//! consecutive words of one field value, each by prefix.
//!
//! Ranking: each term scores the weight of the best field it hits, and a paper's score is
//! the sum over its terms, so a hit in a higher field always beats one in a lower field,
//! and more terms in high fields beat fewer. Ties go by year, then id.

use std::borrow::Cow;
use std::ops::Range;

use super::text::{fold, fold_into};
use super::threads::{self, MANY_PAPERS};
use super::{Catalog, Paper, Text};

mod index;
pub use index::Index;

/// A part of a paper that search looks in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, clap::ValueEnum)]
pub enum SearchField {
    /// Short display name
    Name,
    /// Exact published title
    Title,
    /// Other names the paper can be looked up by
    Aliases,
    /// Author names
    Authors,
    /// Topic tags
    Tags,
    /// Why it matters
    Why,
    /// One-sentence summary
    Tldr,
    /// Plain-English summary
    Summary,
    /// Headline figures
    Results,
}

impl SearchField {
    /// Every field, in the order results report them.
    pub const ALL: [SearchField; 9] = [
        SearchField::Name,
        SearchField::Title,
        SearchField::Aliases,
        SearchField::Authors,
        SearchField::Tags,
        SearchField::Why,
        SearchField::Tldr,
        SearchField::Summary,
        SearchField::Results,
    ];

    /// The field's key, as in JSON output.
    pub fn key(self) -> &'static str {
        match self {
            SearchField::Name => "name",
            SearchField::Title => "title",
            SearchField::Aliases => "aliases",
            SearchField::Authors => "authors",
            SearchField::Tags => "tags",
            SearchField::Why => "why",
            SearchField::Tldr => "tldr",
            SearchField::Summary => "summary",
            SearchField::Results => "results",
        }
    }

    /// How much a hit here counts. Names, titles and aliases are what a paper is called.
    /// Authors weigh the same: a surname in a query is a deliberate search for a person's
    /// papers, and a paper *by* Hinton should come before one that merely mentions him.
    /// Tags are curated topics; the one-line why and TL;DR are denser than the long
    /// summary and the results list.
    pub fn weight(self) -> u32 {
        match self {
            SearchField::Name | SearchField::Title | SearchField::Aliases => 8,
            SearchField::Authors => 8,
            SearchField::Tags => 4,
            SearchField::Why | SearchField::Tldr => 2,
            SearchField::Summary | SearchField::Results => 1,
        }
    }

    /// The values of the field: one for text, one per item for lists.
    fn values(self, paper: &Paper) -> Vec<&str> {
        fn one(s: &str) -> Vec<&str> {
            vec![s]
        }
        fn list(l: &[Text]) -> Vec<&str> {
            l.iter().map(Text::as_str).collect()
        }
        match self {
            SearchField::Name => one(&paper.name),
            SearchField::Title => one(&paper.title),
            SearchField::Aliases => list(&paper.aliases),
            SearchField::Authors => list(&paper.authors),
            SearchField::Tags => list(&paper.tags),
            SearchField::Why => one(&paper.why),
            SearchField::Tldr => one(&paper.tldr),
            SearchField::Summary => one(&paper.summary),
            SearchField::Results => list(&paper.results),
        }
    }

    /// The field as one string (lists joined with "; "): the text that match ranges
    /// index into.
    pub fn text(self, paper: &Paper) -> Cow<'_, str> {
        match self.values(paper).as_slice() {
            [one] => Cow::Borrowed(*one),
            many => Cow::Owned(many.join(LIST_SEPARATOR)),
        }
    }
}

const LIST_SEPARATOR: &str = "; ";

/// A word or phrase that must appear somewhere in a paper.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// As the user typed it.
    pub text: String,
    /// Folded words, matched consecutively, each as a prefix.
    words: Vec<String>,
}

impl Term {
    /// A term from text; `None` when the text holds no letters or digits.
    fn new(text: &str) -> Option<Term> {
        let words = words(&fold(text));
        (!words.is_empty()).then(|| Term {
            text: text.to_string(),
            words,
        })
    }

    pub fn is_phrase(&self) -> bool {
        self.words.len() > 1
    }
}

fn words(folded: &str) -> Vec<String> {
    runs(folded, char::is_alphanumeric)
        .map(|word| folded[word].to_string())
        .collect()
}

/// The query has nothing to look for.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the search query is empty: give at least one word to look for")]
pub struct EmptyQuery;

/// A parsed search: terms that must all match, in these fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchQuery {
    pub terms: Vec<Term>,
    pub fields: Vec<SearchField>,
}

impl SearchQuery {
    /// A query from one string, as `--search` takes it: words separated by spaces, and
    /// `"double-quoted phrases"`. An unclosed quote runs to the end.
    pub fn parse(text: &str) -> Result<SearchQuery, EmptyQuery> {
        let mut terms = Vec::new();
        push_quoted(text, &mut terms);
        SearchQuery::from_terms(terms)
    }

    /// A query from command-line arguments, as `search QUERY...` takes them: the shell
    /// has already split the words, so an argument that still holds a space was quoted
    /// on purpose and is a phrase. An argument with double quotes inside is read like
    /// [`SearchQuery::parse`] reads its string.
    pub fn from_args<S: AsRef<str>>(args: &[S]) -> Result<SearchQuery, EmptyQuery> {
        let mut terms = Vec::new();
        for arg in args {
            let arg = arg.as_ref();
            if arg.contains('"') {
                push_quoted(arg, &mut terms);
            } else {
                terms.extend(Term::new(arg.trim()));
            }
        }
        SearchQuery::from_terms(terms)
    }

    fn from_terms(terms: Vec<Term>) -> Result<SearchQuery, EmptyQuery> {
        if terms.is_empty() {
            return Err(EmptyQuery);
        }
        Ok(SearchQuery {
            terms,
            fields: SearchField::ALL.to_vec(),
        })
    }

    /// The same query, looking only in these fields (all of them when empty).
    pub fn in_fields(mut self, fields: &[SearchField]) -> SearchQuery {
        if !fields.is_empty() {
            self.fields = SearchField::ALL
                .into_iter()
                .filter(|f| fields.contains(f))
                .collect();
        }
        self
    }

    /// Scores one paper: `None` unless every term matches somewhere.
    pub fn score(&self, catalog: &Catalog, paper: usize) -> Option<Hit> {
        let p = catalog.paper(paper);
        let mut scoring = Scoring::new(self.terms.len());
        let mut lowered = String::new();
        for &field in &self.fields {
            let values = field.values(p);
            if !self.may_match(&values, &mut lowered) {
                continue;
            }
            let tokens = tokenize(&values);
            scoring.field(field, |t, spans| find(&self.terms[t].words, &tokens, spans));
        }
        scoring.hit(paper)
    }

    /// False when no term can match in these values, found without cutting them into words:
    /// every match starts a word with the term's first word, so in plain ASCII text, whose
    /// folded form is its lower case, that word must occur somewhere. Text that is not ASCII
    /// folds in other ways and is always cut into words. `lowered` is scratch space.
    fn may_match(&self, values: &[&str], lowered: &mut String) -> bool {
        if !values.iter().all(|v| v.is_ascii()) {
            return true;
        }
        lowered.clear();
        for value in values {
            fold_into(value, lowered);
            lowered.push('\n');
        }
        self.terms
            .iter()
            .any(|term| lowered.contains(term.words[0].as_str()))
    }
}

fn push_quoted(text: &str, terms: &mut Vec<Term>) {
    // Outside quotes: words split on whitespace. Inside: one phrase.
    for (n, part) in text.split('"').enumerate() {
        if n % 2 == 1 {
            terms.extend(Term::new(part));
        } else {
            terms.extend(part.split_whitespace().filter_map(Term::new));
        }
    }
}

/// Where a paper matched best: a field, and a byte range in [`SearchField::text`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub field: SearchField,
    pub range: Range<usize>,
}

/// A paper that matched a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub paper: usize,
    pub score: u32,
    /// Every field where some term matched, in [`SearchField::ALL`] order.
    pub matched: Vec<SearchField>,
    /// The first match in the best field.
    pub best: Location,
    /// Every match in the best field: sorted, non-overlapping byte ranges.
    pub marks: Vec<Range<usize>>,
}

/// The papers that match, best first: by score, then year (older first), then id.
pub fn search(catalog: &Catalog, query: &SearchQuery) -> Vec<Hit> {
    let two = threads::worth_two(catalog.papers.len(), MANY_PAPERS);
    let mut hits = threads::filter_map(two, catalog.papers.len(), |i| query.score(catalog, i));
    rank(catalog, &mut hits);
    hits
}

/// Puts hits in the order [`search`] gives them. The order they were found in does not
/// matter: the sort is total, as ids are unique.
fn rank(catalog: &Catalog, hits: &mut [Hit]) {
    // Each key looked up once: thousands of hits share a score and year.
    hits.sort_by_cached_key(|hit| {
        let p = catalog.paper(hit.paper);
        (std::cmp::Reverse(hit.score), p.year, p.id.as_str())
    });
}

/// One paper's score as its fields are searched in turn, whatever cut them into words.
/// Kept from paper to paper by a search, so its lists are allocated once.
struct Scoring {
    /// Per term, the best weight it reached (0: not found yet).
    best_weight: Vec<u32>,
    /// Every span found, field after field.
    spans: Vec<Range<usize>>,
    /// Per field where some term matched: the field, how many terms, and its spans.
    fields: Vec<(SearchField, usize, Range<usize>)>,
}

impl Scoring {
    fn new(terms: usize) -> Scoring {
        Scoring {
            best_weight: vec![0; terms],
            spans: Vec::new(),
            fields: Vec::new(),
        }
    }

    /// Adds a field: `find(t, spans)` appends the spans where term `t` matches in it.
    fn field(&mut self, field: SearchField, mut find: impl FnMut(usize, &mut Vec<Range<usize>>)) {
        let first = self.spans.len();
        let mut terms_hit = 0;
        for t in 0..self.best_weight.len() {
            let before = self.spans.len();
            find(t, &mut self.spans);
            if self.spans.len() > before {
                terms_hit += 1;
                self.best_weight[t] = self.best_weight[t].max(field.weight());
            }
        }
        if self.spans.len() > first {
            self.fields
                .push((field, terms_hit, first..self.spans.len()));
        }
    }

    /// The hit, when every term matched somewhere; the scoring is then ready for the next
    /// paper.
    fn hit(&mut self, paper: usize) -> Option<Hit> {
        let hit = self.best(paper);
        self.best_weight.fill(0);
        self.spans.clear();
        self.fields.clear();
        hit
    }

    fn best(&self, paper: usize) -> Option<Hit> {
        if self.best_weight.contains(&0) {
            return None;
        }
        // The snippet comes from the heaviest field, then the one with most terms in it,
        // then the earliest in SearchField order.
        let (best_field, _, spans) = self
            .fields
            .iter()
            .rev()
            .max_by_key(|(f, terms, _)| (f.weight(), *terms))?;
        let spans = &self.spans[spans.clone()];
        let marks = merge(spans.to_vec());
        let range = spans.iter().min_by_key(|r| r.start)?.clone();
        Some(Hit {
            paper,
            score: self.best_weight.iter().sum(),
            matched: self.fields.iter().map(|(f, _, _)| *f).collect(),
            best: Location {
                field: *best_field,
                range,
            },
            marks,
        })
    }
}

/// A field cut into folded words: the words one after another in `folded`, each token
/// a range of it (one string for the field, not one per word).
#[derive(Debug, Default)]
struct Tokens {
    folded: String,
    list: Vec<Token>,
}

/// A folded word of a field, with where it came from.
#[derive(Debug)]
struct Token {
    /// Bytes of the folded word in [`Tokens::folded`].
    folded: Range<usize>,
    /// Bytes of the original word in the joined field text.
    span: Range<usize>,
    /// Which value of a list field it belongs to: phrases never cross values.
    value: usize,
}

impl Tokens {
    fn word(&self, token: &Token) -> &str {
        &self.folded[token.folded.clone()]
    }
}

/// Cuts field values into folded words. Each original word is folded on its own, so
/// every folded word maps back to the bytes it came from; a word that folds to several
/// (a CJK run becomes syllables) gives several tokens with the same span.
fn tokenize(values: &[&str]) -> Tokens {
    let mut tokens = Tokens::default();
    let mut offset = 0;
    for (value, text) in values.iter().enumerate() {
        for range in runs(text, is_word_char) {
            let span = offset + range.start..offset + range.end;
            let at = tokens.folded.len();
            fold_into(&text[range], &mut tokens.folded);
            let folded = &tokens.folded[at..];
            tokens
                .list
                .extend(runs(folded, char::is_alphanumeric).map(|word| Token {
                    folded: at + word.start..at + word.end,
                    span: span.clone(),
                    value,
                }));
        }
        offset += text.len() + LIST_SEPARATOR.len();
    }
    tokens
}

/// The byte ranges of the runs of characters in `text` that are `in_word`.
fn runs(text: &str, in_word: impl Fn(char) -> bool) -> impl Iterator<Item = Range<usize>> {
    let base = text.as_ptr() as usize;
    text.split(move |c| !in_word(c))
        .filter(|run| !run.is_empty())
        .map(move |run| {
            let start = run.as_ptr() as usize - base;
            start..start + run.len()
        })
}

/// Letters and digits, and combining accents so a decomposed "ü" stays one word.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)
}

/// Appends the span of every place the words occur consecutively, each as a prefix.
fn find(words: &[String], tokens: &Tokens, spans: &mut Vec<Range<usize>>) {
    let n = words.len();
    let list = &tokens.list;
    if n == 0 || list.len() < n {
        return;
    }
    for start in 0..=list.len() - n {
        let run = &list[start..start + n];
        let matches = run
            .iter()
            .zip(words)
            .all(|(t, w)| t.value == run[0].value && tokens.word(t).starts_with(w.as_str()));
        if matches {
            spans.push(run[0].span.start..run[n - 1].span.end);
        }
    }
}

/// Sorts ranges and merges those that overlap or touch.
fn merge(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::fixture;

    fn ids(catalog: &Catalog, query: &SearchQuery) -> Vec<String> {
        search(catalog, query)
            .iter()
            .map(|h| catalog.paper(h.paper).id.to_string())
            .collect()
    }

    fn query(text: &str) -> SearchQuery {
        SearchQuery::parse(text).expect("a query")
    }

    /// Three papers whose prose is rewritten per test.
    fn catalog() -> Catalog {
        let mut c = fixture::catalog(&[
            ("alpha", "2001-01-01", &[]),
            ("beta", "1999-01-01", &[]),
            ("gamma", "2005-01-01", &[]),
        ]);
        c.papers[0].title = "Deep Residual Learning".into();
        c.papers[0].summary = "Shortcuts help images.".into();
        c.papers[1].tags = vec!["residual".into()];
        c.papers[1].summary = "Residual connections for images, after Jürgen.".into();
        c.papers[2].summary = "Residuals, but no pictures.".into();
        c.papers[2].authors = vec!["Łukasz Kaiser".into(), "DeepSeek-AI".into()];
        c
    }

    #[test]
    fn parse_splits_words_and_keeps_quoted_phrases() {
        let q = query(r#"attention "residual  connections" is"#);
        let texts: Vec<&str> = q.terms.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(texts, ["attention", "residual  connections", "is"]);
        assert!(q.terms[1].is_phrase());
        assert_eq!(q.terms[1].words, ["residual", "connections"]);
    }

    #[test]
    fn an_argument_with_a_space_is_a_phrase() {
        let q = SearchQuery::from_args(&["residual connections", "image"]).expect("a query");
        assert_eq!(q.terms.len(), 2);
        assert!(q.terms[0].is_phrase());
        let q = SearchQuery::from_args(&[r#"a "b c""#]).expect("a query");
        assert_eq!(q.terms.len(), 2);
    }

    #[test]
    fn punctuation_inside_a_word_makes_a_phrase() {
        let q = query("Back-Propagation");
        assert_eq!(q.terms[0].words, ["back", "propagation"]);
    }

    #[test]
    fn an_unclosed_quote_runs_to_the_end() {
        let q = query(r#"x "y z"#);
        assert_eq!(q.terms[1].words, ["y", "z"]);
    }

    #[test]
    fn blank_or_wordless_queries_are_empty() {
        assert_eq!(SearchQuery::parse("   "), Err(EmptyQuery));
        assert_eq!(SearchQuery::parse(r#" "" -- "#), Err(EmptyQuery));
        assert_eq!(SearchQuery::from_args(&["", " "]), Err(EmptyQuery));
    }

    #[test]
    fn a_term_matches_word_prefixes_not_substrings() {
        let c = catalog();
        assert_eq!(ids(&c, &query("residual")), ["alpha", "beta", "gamma"]);
        assert_eq!(ids(&c, &query("esidual")), Vec::<String>::new());
        assert_eq!(ids(&c, &query("image")), ["beta", "alpha"]);
    }

    #[test]
    fn every_term_must_match() {
        let c = catalog();
        assert_eq!(ids(&c, &query("residual pictures")), ["gamma"]);
        assert_eq!(ids(&c, &query("residual zebra")), Vec::<String>::new());
    }

    #[test]
    fn phrases_match_consecutive_words_only() {
        let c = catalog();
        assert_eq!(ids(&c, &query(r#""residual connections""#)), ["beta"]);
        assert_eq!(
            ids(&c, &query(r#""connections residual""#)),
            Vec::<String>::new()
        );
    }

    #[test]
    fn phrases_do_not_cross_list_items() {
        let c = catalog();
        // "Łukasz Kaiser; DeepSeek-AI": "kaiser deepseek" spans two authors.
        assert_eq!(
            ids(&c, &query(r#""kaiser deepseek""#)),
            Vec::<String>::new()
        );
        assert_eq!(ids(&c, &query(r#""deepseek ai""#)), ["gamma"]);
    }

    #[test]
    fn accents_and_case_are_ignored_both_ways() {
        let c = catalog();
        assert_eq!(ids(&c, &query("JURGEN")), ["beta"]);
        assert_eq!(ids(&c, &query("jürgen")), ["beta"]);
        assert_eq!(ids(&c, &query("lukasz")), ["gamma"]);
        assert_eq!(ids(&c, &query("Łukasz")), ["gamma"]);
    }

    #[test]
    fn title_outranks_tags_which_outrank_prose() {
        let c = catalog();
        // alpha: title (8); beta: tag (4) though older; gamma: summary (1).
        let hits = search(&c, &query("residual"));
        let scores: Vec<u32> = hits.iter().map(|h| h.score).collect();
        assert_eq!(scores, [8, 4, 1]);
    }

    #[test]
    fn ties_go_to_the_older_paper() {
        let c = catalog();
        // Both hit "images" in the summary only; beta (1999) is older than alpha (2001).
        assert_eq!(ids(&c, &query("images shortcuts")), ["alpha"]);
        let hits = search(&c, &query("images").in_fields(&[SearchField::Summary]));
        let order: Vec<&str> = hits.iter().map(|h| c.paper(h.paper).id.as_str()).collect();
        assert_eq!(order, ["beta", "alpha"]);
    }

    #[test]
    fn more_terms_in_high_fields_score_higher() {
        let mut c = catalog();
        c.papers[1].title = "Residual Nets".into();
        c.papers[1].summary = "Deep residual connections.".into();
        // alpha has both words in its title; beta, though older, only one; gamma's
        // "deep" is the prefix of its author "DeepSeek-AI".
        let hits = search(&c, &query("deep residual"));
        let order: Vec<(&str, u32)> = hits
            .iter()
            .map(|h| (c.paper(h.paper).id.as_str(), h.score))
            .collect();
        assert_eq!(order, [("alpha", 16), ("beta", 9), ("gamma", 9)]);
    }

    #[test]
    fn fields_restrict_where_to_look() {
        let c = catalog();
        let q = query("residual").in_fields(&[SearchField::Summary]);
        assert_eq!(ids(&c, &q), ["beta", "gamma"]);
        let q = query("residual").in_fields(&[SearchField::Tags, SearchField::Name]);
        assert_eq!(ids(&c, &q), ["beta"]);
    }

    #[test]
    fn a_hit_reports_its_fields_and_best_location() {
        let c = catalog();
        let hit = query("residual").score(&c, 1).expect("beta matches");
        assert_eq!(hit.matched, [SearchField::Tags, SearchField::Summary]);
        assert_eq!(hit.best.field, SearchField::Tags);
        assert_eq!(hit.best.range, 0..8);

        let hit = query("images residual").score(&c, 1).expect("beta matches");
        let text = SearchField::Summary.text(c.paper(1));
        // Tags hold only one of the terms, but they weigh more.
        assert_eq!(hit.best.field, SearchField::Tags);
        let hit = query("images residual")
            .in_fields(&[SearchField::Summary])
            .score(&c, 1)
            .expect("beta matches");
        let marked: Vec<&str> = hit.marks.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(marked, ["Residual", "images"]);
    }

    #[test]
    fn ranges_index_the_original_text_around_accents() {
        let c = catalog();
        let hit = query("kaiser").score(&c, 2).expect("gamma matches");
        let text = SearchField::Authors.text(c.paper(2));
        assert_eq!(&text[hit.best.range.clone()], "Kaiser");
        let hit = query(r#""lukasz kaiser""#)
            .score(&c, 2)
            .expect("gamma matches");
        assert_eq!(&text[hit.marks[0].clone()], "Łukasz Kaiser");
        let hit = query("lukasz kaiser").score(&c, 2).expect("gamma matches");
        let marked: Vec<&str> = hit.marks.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(marked, ["Łukasz", "Kaiser"]);
    }

    #[test]
    fn decomposed_accents_stay_inside_their_word() {
        let tokens = tokenize(&["Ju\u{308}rgen Schmidhuber"]);
        let folded: Vec<&str> = tokens.list.iter().map(|t| tokens.word(t)).collect();
        assert_eq!(folded, ["jurgen", "schmidhuber"]);
    }

    #[test]
    fn the_quick_check_rules_out_only_fields_without_a_match() {
        let q = query("resid \"deep learning\"");
        let mut scratch = String::new();
        // ASCII text without either first word: ruled out.
        assert!(!q.may_match(&["Shortcuts help images.", "Convolutions"], &mut scratch));
        // In another case, or only in a later value of a list: kept.
        assert!(q.may_match(&["Shortcuts", "RESIDUALS"], &mut scratch));
        assert!(q.may_match(&["A Deep Net"], &mut scratch));
        // Text that is not ASCII folds in other ways: always kept.
        assert!(q.may_match(&["Jürgen"], &mut scratch));

        // Over every field of every paper in the catalog, with each of its words and their
        // three-letter prefixes as a query: wherever the words are found, the check kept it.
        let c = Catalog::embedded();
        let mut checked = 0;
        for paper in &c.papers {
            for field in SearchField::ALL {
                let values = field.values(paper);
                let tokens = tokenize(&values);
                for token in &tokens.list {
                    let word = tokens.word(token);
                    for text in [word, &word[..word.floor_char_boundary(3)]] {
                        let q = query(text);
                        let mut spans = Vec::new();
                        find(&q.terms[0].words, &tokens, &mut spans);
                        assert!(!spans.is_empty(), "{text:?} in {field:?} of {}", paper.id);
                        assert!(
                            q.may_match(&values, &mut scratch),
                            "{text:?} in {}",
                            paper.id
                        );
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 10_000, "only {checked} words checked");
    }

    #[test]
    fn a_large_catalog_searched_by_two_threads_gives_every_hit_once_in_order() {
        let c = crate::catalog::fixture::large();
        for text in ["attention", "\"neural memory\"", "zzzz"] {
            let q = query(text);
            let hits = search(&c, &q);
            // Every paper scored in turn on this thread, in the same order.
            let mut expected: Vec<Hit> =
                (0..c.papers.len()).filter_map(|i| q.score(&c, i)).collect();
            expected.sort_by_key(|h| {
                let p = c.paper(h.paper);
                (std::cmp::Reverse(h.score), p.year, p.id.to_string())
            });
            assert_eq!(hits, expected, "{text}");
        }
        assert!(search(&c, &query("attention")).len() > 1_000);
    }

    #[test]
    fn runs_are_the_byte_ranges_of_words() {
        let text = " ab, ç1  x";
        let found: Vec<&str> = runs(text, char::is_alphanumeric)
            .map(|r| &text[r])
            .collect();
        assert_eq!(found, ["ab", "ç1", "x"]);
        assert_eq!(runs(text, char::is_alphanumeric).nth(1), Some(5..8));
        assert_eq!(runs(" ,;", char::is_alphanumeric).count(), 0);
    }

    #[test]
    fn merge_joins_overlapping_ranges() {
        assert_eq!(merge(vec![5..9, 0..3, 2..4, 9..10]), vec![0..4, 5..10]);
    }
}
