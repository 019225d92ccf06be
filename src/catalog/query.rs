//! Filtering and sorting the catalog: what `list`, `sort`, `export` and `timeline` show.

use std::cmp::Ordering;

use super::search::SearchQuery;
use super::text::fold;
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
    /// Text any one author's name must contain, already folded (see [`fold`]): case and
    /// accents are ignored.
    pub author: Option<String>,
    /// Tags a paper must all carry.
    pub tags: Vec<String>,
    /// A full-text search every paper must match (it filters; it does not rank).
    pub search: Option<SearchQuery>,
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
                .author
                .as_deref()
                .is_none_or(|needle| p.authors.iter().any(|a| fold(a).contains(needle)))
            && self
                .search
                .as_ref()
                .is_none_or(|q| q.score(catalog, paper).is_some())
    }
}

impl Query {
    /// The papers this query selects, as indexes, in order.
    pub fn run(&self, catalog: &Catalog) -> Vec<usize> {
        let mut hits: Vec<usize> = if self.sort == SortKey::Year {
            // Already in that order: filtering keeps it.
            catalog
                .chronological()
                .iter()
                .copied()
                .filter(|&i| self.filter.matches(catalog, i))
                .collect()
        } else {
            let mut hits: Vec<usize> = (0..catalog.papers.len())
                .filter(|&i| self.filter.matches(catalog, i))
                .collect();
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
    let chrono = |a: usize, b: usize| rank(a).cmp(&rank(b));
    match key {
        SortKey::Year => papers.sort_by_key(|&i| rank(i)),
        SortKey::Id => papers.sort_by(|&a, &b| p(a).id.cmp(&p(b).id)),
        SortKey::Era => papers.sort_by_key(|&i| (catalog.era_of(i), rank(i))),
        SortKey::Title => sort_by_folded(papers, |i| &p(i).title, chrono),
        SortKey::Author => sort_by_folded(papers, |i| p(i).first_author_surname(), chrono),
    }
}

/// Sorts by a folded text key, folding each paper's text once rather than per comparison.
fn sort_by_folded<'c>(
    papers: &mut [usize],
    text: impl Fn(usize) -> &'c str,
    then: impl Fn(usize, usize) -> Ordering,
) {
    let mut keyed: Vec<(String, usize)> = papers.iter().map(|&i| (fold(text(i)), i)).collect();
    keyed.sort_by(|(ka, a), (kb, b)| ka.cmp(kb).then_with(|| then(*a, *b)));
    for (slot, (_, i)) in papers.iter_mut().zip(keyed) {
        *slot = i;
    }
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
    use super::*;
    use crate::catalog::fixture;

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
}
