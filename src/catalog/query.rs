//! Filtering and sorting the catalog: what `list`, `sort`, `export` and `timeline` show.

use std::cmp::Ordering;

use super::search::SearchQuery;
use super::text::{fold, fold_into};
use super::threads::{self, MANY_PAPERS};
use super::{Catalog, Paper};

/// The order of a listing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum SortKey {
    /// Oldest first; ties by date, then title
    #[default]
    Year,
    /// Title, alphabetically (accents and case ignored)
    Title,
    /// Paper id, alphabetically
    Id,
    /// Era order, then year
    Era,
    /// First author's surname, then year
    Author,
}

/// Which papers to keep. Every condition must hold (AND); an empty condition keeps all.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Era indexes; a paper in any of them passes.
    pub eras: Vec<usize>,
    pub year: Option<i32>,
    pub since: Option<i32>,
    pub until: Option<i32>,
    /// Names a paper's authors must all match, each by some author (AND, as for tags).
    pub authors: Vec<Needle>,
    /// Tags a paper must all carry.
    pub tags: Vec<String>,
    /// A full-text search every paper must match (it filters; it does not rank).
    pub search: Option<SearchQuery>,
}

/// Text to find in an author's name, ignoring case and accents: folded once (see
/// [`fold`]), and never blank, which would match every name. It matches a name that
/// contains it, or whose words start with its words in the same order, skipping others:
/// "Geoffrey Hinton" and "G Hinton" find "Geoffrey E. Hinton", "Tom Brown" "Tom B. Brown".
#[derive(Debug, Clone)]
pub struct Needle {
    text: String,
    words: Vec<String>,
}

impl Needle {
    /// `None` when `text` is blank once folded: spaces, and characters that fold to
    /// nothing or to a space (zero-width and bidi controls, a byte order mark, a lone
    /// combining mark), would match every name or none.
    pub fn new(text: &str) -> Option<Needle> {
        let folded = fold(text);
        let folded = folded.trim();
        let words = folded.split_whitespace().map(String::from).collect();
        (!folded.is_empty()).then(|| Needle {
            text: folded.to_owned(),
            words,
        })
    }

    /// Whether `name`, folded, contains this text, or starts words with its words in
    /// order. An ASCII name is searched in place, without folding it into a new string.
    fn in_name(&self, name: &str) -> bool {
        let needle = self.text.as_bytes();
        let contains = if name.is_ascii() && self.text.is_ascii() {
            needle.len() <= name.len()
                && name
                    .as_bytes()
                    .windows(needle.len())
                    .any(|w| w.eq_ignore_ascii_case(needle))
        } else {
            fold(name).contains(&self.text)
        };
        contains || (self.words.len() > 1 && self.starts_words_of(&fold(name)))
    }

    /// Whether each of this needle's words starts a word of `folded`, in order.
    fn starts_words_of(&self, folded: &str) -> bool {
        let mut words = folded.split_whitespace();
        self.words
            .iter()
            .all(|wanted| words.by_ref().any(|word| word.starts_with(wanted.as_str())))
    }
}

/// A whole listing request: filter, order, reverse, limit.
#[derive(Debug, Clone, Default)]
pub struct Query {
    pub filter: Filter,
    pub sort: SortKey,
    pub reverse: bool,
    pub limit: Option<usize>,
}

impl Filter {
    pub fn matches(&self, catalog: &Catalog, paper: usize) -> bool {
        let p = catalog.paper(paper);
        (self.eras.is_empty() || self.eras.contains(&catalog.era_of(paper)))
            && self.year.is_none_or(|y| p.year == y)
            && self.since.is_none_or(|y| p.year >= y)
            && self.until.is_none_or(|y| p.year <= y)
            && self.tags.iter().all(|t| p.tags.iter().any(|x| x == t))
            && self
                .authors
                .iter()
                .all(|needle| p.authors.iter().any(|a| needle.in_name(a)))
            && self
                .search
                .as_ref()
                .is_none_or(|q| q.score(catalog, paper).is_some())
    }
}

impl Query {
    /// The papers this query selects, as indexes, in order.
    pub fn run(&self, catalog: &Catalog) -> Vec<usize> {
        // A large catalog is filtered by two threads: a search scores every paper.
        let count = catalog.papers.len();
        let two = threads::worth_two(count, MANY_PAPERS);
        let mut hits = if self.sort == SortKey::Year {
            // Already in that order: filtering keeps it.
            let order = catalog.chronological();
            threads::filter_map(two, count, |k| {
                Some(order[k]).filter(|&i| self.filter.matches(catalog, i))
            })
        } else {
            let mut hits = threads::filter_map(two, count, |i| {
                Some(i).filter(|&i| self.filter.matches(catalog, i))
            });
            sort(catalog, &mut hits, self.sort);
            hits
        };
        if self.reverse {
            hits.reverse();
        }
        if let Some(limit) = self.limit {
            hits.truncate(limit);
        }
        hits
    }
}

/// Sorts paper indexes by a key; every key ends in the chronological order, so the result
/// is the same on every run.
pub fn sort(catalog: &Catalog, papers: &mut [usize], key: SortKey) {
    let p = |i: usize| catalog.paper(i);
    // The catalog ranked every paper chronologically once: ties compare ranks.
    let rank = |i: usize| catalog.chrono_rank(i);
    match key {
        SortKey::Year => papers.sort_by_key(|&i| rank(i)),
        SortKey::Id => papers.sort_by(|&a, &b| p(a).id.cmp(&p(b).id)),
        SortKey::Era => papers.sort_by_key(|&i| (catalog.era_of(i), rank(i))),
        SortKey::Title => sort_by_folded(papers, |i| &p(i).title, rank),
        SortKey::Author => sort_by_folded(papers, |i| p(i).first_author_surname(), rank),
    }
}

/// Sorts by a folded text key, then by `rank` (distinct for every paper, so the order
/// is total and any sort gives the same result). Each text is folded once, into one
/// buffer; the sort moves (first eight bytes, position) pairs and reads whole keys only
/// when their beginnings are equal, so most comparisons never leave the pairs.
fn sort_by_folded<'c>(
    papers: &mut [usize],
    text: impl Fn(usize) -> &'c str,
    rank: impl Fn(usize) -> usize,
) {
    let mut folded = String::new();
    let mut ends = Vec::with_capacity(papers.len());
    for &i in papers.iter() {
        fold_into(text(i), &mut folded);
        ends.push(folded.len());
    }
    let key = |n: usize| {
        let start = if n == 0 { 0 } else { ends[n - 1] };
        &folded.as_bytes()[start..ends[n]]
    };
    let mut order: Vec<(u64, usize)> = (0..papers.len()).map(|n| (prefix(key(n)), n)).collect();
    order.sort_unstable_by(|&(pa, a), &(pb, b)| {
        pa.cmp(&pb)
            .then_with(|| key(a).cmp(key(b)))
            .then_with(|| rank(papers[a]).cmp(&rank(papers[b])))
    });
    let sorted: Vec<usize> = order.into_iter().map(|(_, n)| papers[n]).collect();
    papers.copy_from_slice(&sorted);
}

/// The first eight bytes of a key as a number that orders as the keys do: big-endian,
/// padded with zeros, so a smaller number always means a smaller key (equal numbers
/// say nothing).
pub(super) fn prefix(key: &[u8]) -> u64 {
    let mut bytes = [0; 8];
    let n = key.len().min(8);
    bytes[..n].copy_from_slice(&key[..n]);
    u64::from_be_bytes(bytes)
}

/// Oldest first: by date, then title, then id.
pub fn chronological(a: &Paper, b: &Paper) -> Ordering {
    a.date
        .cmp(&b.date)
        .then_with(|| a.title.cmp(&b.title))
        .then_with(|| a.id.cmp(&b.id))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::catalog::fixture;

    #[test]
    fn an_author_needle_ignores_case_and_accents_and_is_never_blank() {
        assert!(Needle::new("").is_none() && Needle::new("  \t").is_none());
        let found = |needle: &str, name: &str| Needle::new(needle).is_some_and(|n| n.in_name(name));
        assert!(found("Hinton", "Geoffrey E. Hinton"));
        assert!(found(" hinton ", "GEOFFREY E. HINTON"));
        assert!(found("jurgen", "Jürgen Schmidhuber"));
        assert!(found("ŁUKASZ", "Łukasz Kaiser"));
        assert!(found("kaiser", "Łukasz Kaiser"));
        assert!(!found("hinton", "Hin"));
        assert!(!found("geoffreyhinton", "Geoffrey Hinton"));
        // Word by word, skipping middle names and initials, in order.
        assert!(found("Geoffrey Hinton", "Geoffrey E. Hinton"));
        assert!(found("tom brown", "Tom B. Brown"));
        assert!(found("G Hinton", "Geoffrey E. Hinton"));
        assert!(found("jurgen schmidhuber", "Jürgen Schmidhuber"));
        assert!(!found("Hinton Geoffrey", "Geoffrey E. Hinton"));
        assert!(!found("Tom Hinton", "Tom B. Brown"));
        assert!(!found("eoffrey Hinton", "Geoffrey E. Hinton"));
        // Text that folds to nothing is blank too (it used to panic: a window of width 0).
        for invisible in [
            "\u{200b}",
            "\u{202e}",
            "\u{feff}",
            "\u{301}",
            "\u{2066} \u{200d}",
        ] {
            assert!(Needle::new(invisible).is_none(), "{invisible:?}");
        }
        // The same answer as folding both and looking, for every author of the catalog.
        let catalog = Catalog::embedded();
        for needle in ["a", "Le", "ILYA", "son", "é", "van"] {
            for author in catalog.papers.iter().flat_map(|p| &p.authors) {
                assert_eq!(
                    found(needle, author),
                    fold(author).contains(&fold(needle.trim())),
                    "{needle} in {author}"
                );
            }
        }
    }

    /// The order sorting by folded text must give: each key folded on its own, then
    /// compared whole, ties broken by chronological rank.
    fn reference(catalog: &Catalog, key: impl Fn(&Paper) -> &str) -> Vec<usize> {
        let mut keyed: Vec<(String, usize, usize)> = (0..catalog.papers.len())
            .map(|i| (fold(key(catalog.paper(i))), catalog.chrono_rank(i), i))
            .collect();
        keyed.sort();
        keyed.into_iter().map(|(_, _, i)| i).collect()
    }

    /// Papers with these titles and first authors, dated so that chronological order is
    /// not their order here.
    fn titled(titles: &[(String, String)]) -> Catalog {
        let ids: Vec<String> = (0..titles.len()).map(|n| format!("p{n}")).collect();
        let dates: Vec<String> = (0..titles.len())
            .map(|n| format!("{}-01-01", 2000 + (n * 7) % 13))
            .collect();
        let papers: Vec<(&str, &str, &[&str])> = ids
            .iter()
            .zip(&dates)
            .map(|(id, date)| (id.as_str(), date.as_str(), &[][..]))
            .collect();
        let mut c = fixture::catalog(&papers);
        for (p, (title, author)) in c.papers.iter_mut().zip(titles) {
            p.title = title.clone().into();
            p.authors = vec![author.clone().into()];
        }
        c
    }

    fn sorted(catalog: &Catalog, key: SortKey) -> Vec<usize> {
        let mut papers: Vec<usize> = (0..catalog.papers.len()).collect();
        sort(catalog, &mut papers, key);
        papers
    }

    #[test]
    fn titles_sort_folded_with_ties_in_chronological_order() {
        let c = titled(&[
            ("Zebra".into(), "A B".into()),
            ("attention".into(), "A B".into()),
            ("Attention".into(), "A B".into()),
            ("Ättention".into(), "A B".into()),
            ("Attention Is All".into(), "A B".into()),
            ("Attent".into(), "A B".into()),
            ("Attention\0".into(), "A B".into()),
        ]);
        assert_eq!(sorted(&c, SortKey::Title), reference(&c, |p| &p.title));
    }

    proptest! {
        #[test]
        fn title_and_author_sorts_match_the_plain_definition(
            titles in proptest::collection::vec(("[aAbBéÉ \\x00]{0,12}", "[a-z]{1,3} [aAbBéÉ\\x00]{0,10}"), 0..40)
        ) {
            let c = titled(&titles);
            prop_assert_eq!(sorted(&c, SortKey::Title), reference(&c, |p| &p.title));
            prop_assert_eq!(
                sorted(&c, SortKey::Author),
                reference(&c, Paper::first_author_surname)
            );
        }
    }

    #[test]
    fn a_search_filters_without_changing_the_order() {
        let mut c = fixture::catalog(&[
            ("late", "2020-01-01", &[]),
            ("early", "1990-01-01", &[]),
            ("other", "2000-01-01", &[]),
        ]);
        // "late" matches in its title, "early" only in its prose: still oldest first.
        c.papers[0].title = "Attention everywhere".into();
        c.papers[1].summary = "Some attention.".into();
        let query = Query {
            filter: Filter {
                search: Some(SearchQuery::parse("attention").expect("a query")),
                ..Filter::default()
            },
            ..Query::default()
        };
        let ids: Vec<&str> = query
            .run(&c)
            .into_iter()
            .map(|i| c.paper(i).id.as_str())
            .collect();
        assert_eq!(ids, ["early", "late"]);
    }

    #[test]
    fn a_large_catalog_filtered_by_two_threads_keeps_every_match_in_order() {
        let c = crate::catalog::fixture::large();
        let search = SearchQuery::parse("attention").expect("a query");
        for sort in [SortKey::Year, SortKey::Title] {
            let query = Query {
                filter: Filter {
                    search: Some(search.clone()),
                    ..Filter::default()
                },
                sort,
                ..Query::default()
            };
            // Every paper filtered in turn on this thread, then sorted.
            let mut expected: Vec<usize> = c
                .chronological()
                .iter()
                .copied()
                .filter(|&i| search.score(&c, i).is_some())
                .collect();
            if sort != SortKey::Year {
                super::sort(&c, &mut expected, sort);
            }
            assert!(expected.len() > 1_000 && expected.len() < c.papers.len());
            assert_eq!(query.run(&c), expected, "{sort:?}");
        }
    }

    /// Two eras, four papers a decade apart.
    fn decades() -> Catalog {
        let mut c = fixture::with_eras(
            &["old", "new"],
            &[
                ("a", "1990-01-01", &[], "old"),
                ("b", "2000-01-01", &[], "old"),
                ("c", "2010-01-01", &[], "new"),
                ("d", "2020-01-01", &[], "new"),
            ],
        );
        let tags: [&[&str]; 4] = [&["vision"], &["vision", "language"], &["language"], &[]];
        for (paper, tags) in c.papers.iter_mut().zip(tags) {
            paper.tags = tags.iter().map(|t| t.to_string().into()).collect();
        }
        c.papers[2].authors = vec!["Jürgen Schmidhuber".into(), "Ada Lovelace".into()];
        c.papers[3].authors = vec!["Alan Turing".into()];
        c
    }

    fn needles(names: &[&str]) -> Vec<Needle> {
        names.iter().filter_map(|n| Needle::new(n)).collect()
    }

    fn listed(c: &Catalog, filter: Filter) -> Vec<&str> {
        let query = Query {
            filter,
            ..Query::default()
        };
        let hits = query.run(c);
        hits.into_iter().map(|i| c.paper(i).id.as_str()).collect()
    }

    #[test]
    fn each_condition_of_a_filter_keeps_only_the_papers_that_meet_it() {
        let c = decades();
        let only = |edit: fn(&mut Filter)| {
            let mut filter = Filter::default();
            edit(&mut filter);
            listed(&c, filter)
        };
        assert_eq!(only(|_| {}), ["a", "b", "c", "d"]);
        assert_eq!(only(|f| f.eras = vec![1]), ["c", "d"]);
        assert_eq!(only(|f| f.year = Some(2000)), ["b"]);
        assert_eq!(only(|f| f.since = Some(2000)), ["b", "c", "d"]);
        assert_eq!(only(|f| f.until = Some(2000)), ["a", "b"]);
        assert_eq!(only(|f| f.tags = vec!["vision".into()]), ["a", "b"]);
        assert_eq!(
            only(|f| f.tags = vec!["vision".into(), "language".into()]),
            ["b"]
        );
        assert_eq!(only(|f| f.authors = needles(&["jurgen"])), ["c"]);
        assert_eq!(
            only(|f| f.authors = needles(&["lovelace"])),
            ["a", "b", "c"]
        );
        // Repeated, every name must be among the authors, as every tag must be.
        assert_eq!(
            only(|f| f.authors = needles(&["lovelace", "schmidhuber"])),
            ["c"]
        );
        assert!(only(|f| f.authors = needles(&["lovelace", "turing"])).is_empty());
    }

    #[test]
    fn conditions_of_a_filter_must_all_hold() {
        let c = decades();
        let filter = Filter {
            eras: vec![0, 1],
            since: Some(1995),
            until: Some(2015),
            tags: vec!["language".into()],
            authors: needles(&["Ada"]),
            ..Filter::default()
        };
        assert_eq!(listed(&c, filter), ["b", "c"]);
        let filter = Filter {
            eras: vec![0],
            tags: vec!["language".into()],
            ..Filter::default()
        };
        assert_eq!(listed(&c, filter), ["b"]);
    }

    #[test]
    fn chronological_order_is_by_date_then_title_then_id() {
        let paper = |id: &str, date: &str, title: &str| {
            let mut p = fixture::paper(id, date, &[]);
            p.title = title.to_string().into();
            p
        };
        let early = paper("z", "1999-12-31", "Z");
        let a = paper("b", "2000-01-01", "A");
        let b = paper("a", "2000-01-01", "B");
        let b_again = paper("c", "2000-01-01", "B");
        assert_eq!(chronological(&early, &a), Ordering::Less);
        assert_eq!(chronological(&a, &b), Ordering::Less);
        assert_eq!(chronological(&b_again, &b), Ordering::Greater);
        assert_eq!(chronological(&b, &b), Ordering::Equal);
    }
}
