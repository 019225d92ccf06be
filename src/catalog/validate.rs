//! Validation of a parsed catalog: every problem found, each naming the paper and field.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::ops::Range;
use std::sync::OnceLock;

use super::model::{LIST_SEPARATOR, Paper, Published, RawCatalog, Text};
use super::threads::{self, Chunks, MANY_PAPERS};

/// The schema version this build reads and writes.
pub const SCHEMA_VERSION: u32 = 2;

/// The oldest schema version this build still reads: version 2 only added optional fields
/// (`date_precision`, `volume`, `issue`, `pages`, `publisher`, `published`).
pub const OLDEST_SCHEMA_VERSION: u32 = 1;

/// Longest allowed text per field, in characters.
const MAX_WHY: usize = 90;
const MAX_TLDR: usize = 200;
const MAX_NAME: usize = 60;
const MAX_TITLE: usize = 300;
const MAX_SUMMARY: usize = 2_000;
const MAX_SHORT: usize = 200;
const MAX_NOTE: usize = 300;

/// One thing wrong with a catalog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The paper's id (or its position when it has none), or `None` for catalog-level fields.
    pub paper: Option<String>,
    pub field: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.paper {
            Some(paper) => write!(
                f,
                "paper '{}', field '{}': {}",
                paper, self.field, self.message
            ),
            None => write!(f, "field '{}': {}", self.field, self.message),
        }
    }
}

/// Problems as they are found, each with where it belongs in the report: the report lists
/// catalog-level problems, then every paper's id, then each paper's other fields in turn,
/// whichever order (or thread) found them.
#[derive(Default)]
struct Problems {
    found: Vec<(Place, Problem)>,
    place: Place,
}

/// (pass, paper, part): sorting by it gives the report's order.
type Place = (u8, usize, u8);

impl Problems {
    fn at(&mut self, place: Place) -> &mut Problems {
        self.place = place;
        self
    }

    fn top(&mut self, field: &str, message: impl Into<String>) {
        self.push(None, field, message.into());
    }

    fn paper(&mut self, paper: &str, field: &str, message: impl Into<String>) {
        self.push(Some(paper.into()), field, message.into());
    }

    fn push(&mut self, paper: Option<String>, field: &str, message: String) {
        let problem = Problem {
            paper,
            field: field.into(),
            message,
        };
        self.found.push((self.place, problem));
    }

    /// Every problem of all of them, in the report's order.
    fn report(all: Vec<Problems>) -> Vec<Problem> {
        let mut found: Vec<_> = all.into_iter().flat_map(|p| p.found).collect();
        found.sort_by_key(|(place, _)| *place);
        found.into_iter().map(|(_, problem)| problem).collect()
    }

    fn text(&mut self, paper: &str, field: &str, value: &str, max: usize) {
        // One scan that stops at the first visible character.
        if value.chars().all(char::is_whitespace) {
            self.paper(paper, field, "is empty");
        } else if value.len() > max {
            // A character is at least one byte: only text longer in bytes can be too long.
            let len = value.chars().count();
            if len > max {
                self.paper(
                    paper,
                    field,
                    format!("is {len} characters long; the most is {max}"),
                );
            }
        }
    }
}

/// Checks everything serde cannot: uniqueness, references, dates, identifiers and lengths.
/// Linear in the catalog's size.
pub fn validate(raw: &RawCatalog) -> Vec<Problem> {
    check(raw).err().unwrap_or_default()
}

/// Every id and alias of a valid catalog, folded to lower case, with its paper's index.
pub(super) type Names = HashMap<Text, usize>;

/// What validation learns on the way that indexing needs: the table of names, and the
/// links, eras and dates as numbers. Found once, while the papers are being read anyway.
pub(super) struct Resolved {
    pub names: Names,
    pub links: Links,
}

/// For each paper, its links and era as indexes and its date as a number.
#[derive(Debug, PartialEq)]
pub(super) struct Links {
    pub builds_on: Vec<Vec<usize>>,
    pub era_of: Vec<usize>,
    /// Dates as YYYYMMDD numbers (see [`day_number`]).
    pub days: Vec<u32>,
}

/// Like [`validate`], and for a valid catalog returns what it resolved.
pub(super) fn check(raw: &RawCatalog) -> Result<Resolved, Vec<Problem>> {
    check_with(raw, Own::Check, Rules::User)
}

/// Like [`check`], for papers that have each passed [`paper_is_sound`]: their own fields are
/// not checked again, only what they say of the rest of the catalog (eras, names, links).
pub(super) fn check_sound(raw: &RawCatalog) -> Result<Resolved, Vec<Problem>> {
    check_with(raw, Own::Sound, Rules::User)
}

/// Like [`check`], with every requirement of the catalog aipapers carries: each paper has
/// its `why`, `tldr`, `summary`, `results` and `tags`.
pub(super) fn check_embedded(raw: &RawCatalog) -> Result<Resolved, Vec<Problem>> {
    check_with(raw, Own::Check, Rules::Embedded)
}

/// Which fields a paper must have.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Rules {
    /// The embedded catalog: every field but the bibliographic details.
    Embedded,
    /// A user's catalog: the prose, results and tags are optional, checked when given.
    User,
}

/// Whether a paper's own fields are still to be checked.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Own {
    Check,
    /// Checked already by [`paper_is_sound`], and sound.
    Sound,
}

/// Whether a paper's own fields are sound: every check that needs nothing but the paper.
/// Done by the threads that parse a large catalog, paper by paper while its text is still
/// in the processor's cache; done later, most of validation's time went on fetching each
/// string's first byte from memory again.
pub(super) fn paper_is_sound(paper: &Paper) -> bool {
    let mut p = Problems::default();
    if !is_slug(&paper.id) {
        return false;
    }
    check_own_fields(&mut p, paper, "", Rules::User);
    check_own_tags(&mut p, paper, "");
    for link in &paper.builds_on {
        p.text("", "builds_on.note", &link.note, MAX_NOTE);
    }
    p.found.is_empty()
}

/// The eras of a catalog whose own fields (schema version, date, eras) are sound, by id
/// with their index; `None` if any of them has a problem.
pub(super) fn sound_eras(raw: &RawCatalog) -> Option<HashMap<&str, usize>> {
    let mut p = Problems::default();
    let eras = check_top(&mut p, raw);
    p.found.is_empty().then_some(eras)
}

/// The catalog's own fields, and its eras, by id with their index.
fn check_top<'a>(p: &mut Problems, raw: &'a RawCatalog) -> HashMap<&'a str, usize> {
    const TOP: Place = (0, 0, 0);
    p.at(TOP);
    if !(OLDEST_SCHEMA_VERSION..=SCHEMA_VERSION).contains(&raw.schema_version) {
        p.top(
            "schema_version",
            format!(
                "is {}; this version of aipapers reads {OLDEST_SCHEMA_VERSION} to {SCHEMA_VERSION}",
                raw.schema_version
            ),
        );
    }
    if raw.updated.is_empty() {
        p.top("updated", "is missing");
    } else if !is_date(&raw.updated) {
        p.top(
            "updated",
            format!("'{}' is not a YYYY-MM-DD date", raw.updated),
        );
    }
    if raw.eras.is_empty() {
        p.top("eras", "is empty; a catalog needs at least one era");
    }
    let mut era_ids = HashMap::new();
    for (i, era) in raw.eras.iter().enumerate() {
        let field = |name: &str| format!("eras[{i}].{name}");
        if !is_slug(&era.id) {
            p.top(
                &field("id"),
                format!("'{}' must be lower-case letters, digits and '-'", era.id),
            );
        } else if era.id.bytes().all(|b| b.is_ascii_digit()) {
            p.top(
                &field("id"),
                format!(
                    "'{}' must not be a number (numbers pick eras by position)",
                    era.id
                ),
            );
        }
        if era_ids.insert(era.id.as_str(), i).is_some() {
            p.top(&field("id"), format!("'{}' is used by another era", era.id));
        }
        if era.name.trim().is_empty() {
            p.top(&field("name"), "is empty");
        }
        if era.description.trim().is_empty() {
            p.top(&field("description"), "is empty");
        }
    }
    era_ids
}

fn check_with(raw: &RawCatalog, own: Own, rules: Rules) -> Result<Resolved, Vec<Problem>> {
    let mut p = Problems::default();
    let era_ids = check_top(&mut p, raw);
    let papers = &raw.papers;
    let era_ids = &era_ids;
    // Three jobs: the table of names (ids and aliases, which must all differ), the table
    // of exact ids (for links), and every paper's own checks, which need the ids. On a
    // large catalog a second thread builds the names while the first builds the ids, and
    // then both take the papers' checks a chunk at a time.
    let arena = OnceLock::new();
    let ids_cell = OnceLock::new();
    let chunks = Chunks::new(papers.len(), CHUNK);
    let check_chunks = |ids: &Ids| {
        let mut done = Vec::new();
        while let Some((chunk, range)) = chunks.take() {
            done.push((
                chunk,
                check_papers(papers, range, era_ids, ids, (own, rules)),
            ));
        }
        done
    };
    // Both threads check papers against one table of ids, built by whichever asks first.
    let ids =
        || ids_cell.get_or_init(|| Ids::new(papers, arena.get_or_init(|| Ids::arena(papers))));
    let (mut checked, ((names, naming), more)) = threads::join(
        threads::worth_two(papers.len(), MANY_PAPERS),
        || check_chunks(ids()),
        || (names_table(papers), check_chunks(ids())),
    );
    checked.extend(more);
    checked.sort_unstable_by_key(|(chunk, _)| *chunk);
    let mut links = Links {
        builds_on: Vec::with_capacity(papers.len()),
        era_of: Vec::with_capacity(papers.len()),
        // Every path above checks papers, which builds the ids first.
        days: ids_cell
            .into_inner()
            .expect("the ids are built before any paper is checked")
            .days,
    };
    let mut problems = vec![p, naming];
    for (_, chunk) in checked {
        links.builds_on.extend(chunk.builds_on);
        links.era_of.extend(chunk.era_of);
        problems.push(chunk.problems);
    }
    if problems.iter().all(|p| p.found.is_empty()) {
        Ok(Resolved { names, links })
    } else {
        Err(Problems::report(problems))
    }
}

/// Papers are checked this many at a time, by whichever thread is free.
const CHUNK: usize = 1024;

/// Every id and alias, folded to lower case, with the paper that owns it (the last one to
/// claim it, when names collide), and the problems with them.
fn names_table(papers: &[Paper]) -> (Names, Problems) {
    let mut p = Problems::default();
    // Sized for exactly the names there are: a guess too large is memory to clear.
    let count = papers.iter().map(|paper| 1 + paper.aliases.len()).sum();
    let mut names: Names = HashMap::with_capacity(count);
    for (i, paper) in papers.iter().enumerate() {
        if names.insert(lower(&paper.id), i).is_some() {
            p.at((1, i, 1));
            p.paper(&label(paper, i), "id", "is used by another paper");
        }
    }
    for (i, paper) in papers.iter().enumerate() {
        p.at((2, i, 0));
        for alias in &paper.aliases {
            if alias.trim().is_empty() || alias.chars().any(char::is_whitespace) {
                p.paper(
                    &label(paper, i),
                    "aliases",
                    format!("'{alias}' must be one word"),
                );
                continue;
            }
            match names.insert(lower(alias), i).map(|owner| &papers[owner].id) {
                Some(owner) if *owner == paper.id => p.paper(
                    &label(paper, i),
                    "aliases",
                    format!("'{alias}' is listed twice or equals the id"),
                ),
                Some(owner) => p.paper(
                    &label(paper, i),
                    "aliases",
                    format!("'{alias}' is already a name of '{owner}'"),
                ),
                None => {}
            }
        }
    }
    (names, p)
}

/// What links are checked against: each exact id's paper (the last to use it, if two do),
/// and each paper's date as a number (`u32::MAX` if it is not a date).
struct Ids<'a> {
    table: HashMap<&'a str, usize>,
    days: Vec<u32>,
}

impl<'a> Ids<'a> {
    /// The ids, copied side by side. Keys in this copy make the look-up of a link compare
    /// with a few megabytes of ids rather than a string somewhere in the whole catalog text,
    /// which on 100,000 papers was the most expensive part of validation.
    fn arena(papers: &[Paper]) -> String {
        let mut arena = String::with_capacity(papers.iter().map(|p| p.id.len()).sum());
        for paper in papers {
            arena.push_str(&paper.id);
        }
        arena
    }

    fn new(papers: &[Paper], arena: &'a str) -> Ids<'a> {
        let mut table = HashMap::with_capacity(papers.len());
        let mut days = Vec::with_capacity(papers.len());
        let mut at = 0;
        for (i, paper) in papers.iter().enumerate() {
            let end = at + paper.id.len();
            table.insert(&arena[at..end], i);
            at = end;
            days.push(day_of(&paper.date));
        }
        Ids { table, days }
    }
}

/// What checking some of the papers found.
struct Checked {
    problems: Problems,
    builds_on: Vec<Vec<usize>>,
    era_of: Vec<usize>,
}

fn check_papers(
    papers: &[Paper],
    range: Range<usize>,
    era_ids: &HashMap<&str, usize>,
    ids: &Ids,
    (own, rules): (Own, Rules),
) -> Checked {
    let mut checked = Checked {
        problems: Problems::default(),
        builds_on: Vec::with_capacity(range.len()),
        era_of: Vec::with_capacity(range.len()),
    };
    let p = &mut checked.problems;
    let against = Against {
        era_ids,
        ids,
        papers,
        own,
        rules,
    };
    for i in range {
        let paper = &papers[i];
        let who = label(paper, i);
        if own == Own::Check && !is_slug(&paper.id) {
            p.at((1, i, 0)).paper(
                &who,
                "id",
                format!("'{}' must be lower-case letters, digits and '-'", paper.id),
            );
        }
        p.at((2, i, 1));
        let mut links = Vec::with_capacity(paper.builds_on.len());
        let era = check_paper(p, i, &who, &against, &mut links);
        checked.builds_on.push(links);
        checked.era_of.push(era.unwrap_or(usize::MAX));
    }
    checked
}

/// A date as the number YYYYMMDD, which sorts the same way, or `u32::MAX` if it is not a
/// real YYYY-MM-DD date.
pub(super) fn day_of(date: &str) -> u32 {
    if is_date(date) {
        day_number(date)
    } else {
        u32::MAX
    }
}

/// A YYYY-MM-DD date as the number YYYYMMDD, which sorts the same way.
fn day_number(date: &str) -> u32 {
    date.bytes().filter(u8::is_ascii_digit).fold(0, |n, digit| {
        n.wrapping_mul(10).wrapping_add(u32::from(digit - b'0'))
    })
}

/// Lower case. Valid ids and most aliases are lower case already: then the text is shared,
/// not copied, which spares an allocation per name on a large catalog.
fn lower(text: &Text) -> Text {
    match fold(text) {
        Cow::Borrowed(_) => text.clone(),
        Cow::Owned(lower) => lower.into(),
    }
}

/// A name in lower case, as names are compared: borrowed when it is lower case already.
pub(super) fn fold(name: &str) -> Cow<'_, str> {
    if !name.is_ascii() {
        Cow::Owned(name.to_lowercase())
    } else if name.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(name.to_ascii_lowercase())
    } else {
        Cow::Borrowed(name)
    }
}

/// What a paper is checked against: the catalog's eras, ids and papers, and whether its own
/// fields are still to be checked.
struct Against<'a> {
    era_ids: &'a HashMap<&'a str, usize>,
    ids: &'a Ids<'a>,
    papers: &'a [Paper],
    own: Own,
    rules: Rules,
}

/// Checks paper `i`, pushing its links' targets to `links`; returns its era's index.
fn check_paper(
    p: &mut Problems,
    i: usize,
    who: &str,
    against: &Against<'_>,
    links: &mut Vec<usize>,
) -> Option<usize> {
    let Against {
        era_ids,
        ids,
        papers,
        own,
        rules,
    } = *against;
    let paper = &papers[i];
    // In the report's order: the paper's own fields, its era, its tags, its links.
    if own == Own::Check {
        check_own_fields(p, paper, who, rules);
    }
    let era = era_ids.get(paper.era.as_str()).copied();
    if era.is_none() {
        p.paper(
            who,
            "era",
            format!("'{}' is not one of the catalog's eras", paper.era),
        );
    }
    if own == Own::Check {
        check_own_tags(p, paper, who);
    }
    let mut targets = Seen::default();
    let own_day = ids.days[i];
    for link in &paper.builds_on {
        if own == Own::Check {
            p.text(who, "builds_on.note", &link.note, MAX_NOTE);
        }
        if !targets.first_time(&link.id) {
            p.paper(who, "builds_on", format!("'{}' is listed twice", link.id));
            continue;
        }
        // Dates compared as numbers when both are real dates, as text otherwise.
        let not_before = |t: usize| match (ids.days[t], own_day) {
            (u32::MAX, _) | (_, u32::MAX) => papers[t].date >= paper.date,
            (theirs, ours) => theirs >= ours,
        };
        match ids.table.get(link.id.as_str()).copied() {
            None => p.paper(
                who,
                "builds_on",
                format!("'{}' is not a paper of the catalog", link.id),
            ),
            Some(_) if link.id == paper.id => {
                p.paper(who, "builds_on", "a paper cannot build on itself")
            }
            // Only strictly earlier papers: so the influence graph can have no cycle.
            Some(t) if not_before(t) => p.paper(
                who,
                "builds_on",
                format!(
                    "'{}' ({}) was not released before this paper ({})",
                    link.id, papers[t].date, paper.date
                ),
            ),
            Some(t) => links.push(t),
        }
    }
    era
}

/// The checks of a paper's fields that need nothing but the paper, up to its era.
fn check_own_fields(p: &mut Problems, paper: &Paper, who: &str, rules: Rules) {
    p.text(who, "name", &paper.name, MAX_NAME);
    p.text(who, "title", &paper.title, MAX_TITLE);
    p.text(who, "venue", &paper.venue, MAX_SHORT);
    for (field, value, max) in [
        ("why", &paper.why, MAX_WHY),
        ("tldr", &paper.tldr, MAX_TLDR),
        ("summary", &paper.summary, MAX_SUMMARY),
    ] {
        // Left out of a user's catalog, it is absent; given, it is checked as any text.
        if rules == Rules::Embedded || !value.is_empty() {
            p.text(who, field, value, max);
        }
    }
    if rules == Rules::Embedded {
        for (field, empty) in [
            ("results", paper.results.is_empty()),
            ("tags", paper.tags.is_empty()),
        ] {
            if empty {
                p.paper(who, field, "is empty; the embedded catalog needs it");
            }
        }
    }
    if paper.authors.is_empty() {
        p.paper(who, "authors", "is empty; list at least one author");
    }
    for author in &paper.authors {
        p.text(who, "authors", author, MAX_SHORT);
        if !super::text::author_braces_fit(author) {
            p.paper(
                who,
                "authors",
                format!(
                    "'{author}' has braces elsewhere than around the whole name of an \
                     organisation ('{{Google DeepMind}}') or a surname ('Teven {{Le Scao}}')"
                ),
            );
        }
    }
    for result in &paper.results {
        p.text(who, "results", result, MAX_SHORT);
    }
    if !is_date(&paper.date) {
        p.paper(
            who,
            "date",
            format!("'{}' is not a YYYY-MM-DD date", paper.date),
        );
    } else if paper.date[..4].parse::<i32>() != Ok(paper.year) {
        p.paper(
            who,
            "date",
            format!("'{}' disagrees with year {}", paper.date, paper.year),
        );
    }
    if let Some(arxiv) = &paper.arxiv
        && !is_arxiv_id(arxiv)
    {
        p.paper(
            who,
            "arxiv",
            format!("'{arxiv}' is not an arXiv id like 1706.03762"),
        );
    }
    if let Some(doi) = &paper.doi
        && !is_doi(doi)
    {
        p.paper(
            who,
            "doi",
            format!("'{doi}' is not a DOI like 10.1038/323533a0"),
        );
    }
    if !is_url(&paper.url) {
        p.paper(
            who,
            "url",
            format!(
                "'{}' is not an http(s) link to a named host, without spaces, quotes or a \
                 user name",
                paper.url
            ),
        );
    }
    check_own_citation(p, paper, who);
}

/// What schema 2 added: the date's precision, the bibliographic detail, the published
/// version, and list items that the CSV and TSV writers can join and split again.
fn check_own_citation(p: &mut Problems, paper: &Paper, who: &str) {
    let known = paper.date_precision.known_len();
    let unknown = ["", "-01", "-01-01"][(10 - known) / 3];
    if is_date(&paper.date) && paper.date.get(known..) != Some(unknown) {
        p.paper(
            who,
            "date",
            format!(
                "'{}' gives more than date_precision '{}' knows; write the unknown part as {}",
                paper.date,
                paper.date_precision.as_str(),
                &unknown[1..]
            ),
        );
    }
    for (field, value) in [
        ("volume", &paper.volume),
        ("issue", &paper.issue),
        ("pages", &paper.pages),
        ("publisher", &paper.publisher),
    ] {
        if let Some(value) = value {
            p.text(who, field, value, MAX_SHORT);
        }
    }
    if paper.issue.is_some() && paper.volume.is_none() {
        p.paper(who, "issue", "is given without a volume");
    }
    if let Some(published) = &paper.published {
        check_published(p, paper, published, who);
    }
    for (field, list) in [("authors", &paper.authors), ("results", &paper.results)] {
        for item in list {
            if item.contains(LIST_SEPARATOR) {
                p.paper(who, field, separator_message(item));
            }
        }
    }
}

/// Why a list item is rejected that holds the separator of list items in CSV and TSV.
fn separator_message(item: &str) -> String {
    format!(
        "'{item}' contains '{LIST_SEPARATOR}', which separates list items in CSV and TSV output"
    )
}

fn check_published(p: &mut Problems, paper: &Paper, published: &Published, who: &str) {
    p.text(who, "published.title", &published.title, MAX_TITLE);
    p.text(who, "published.venue", &published.venue, MAX_SHORT);
    if published.year < paper.year {
        p.paper(
            who,
            "published.year",
            format!(
                "{} is before the paper's first release ({})",
                published.year, paper.year
            ),
        );
    }
    if let Some(date) = &published.date {
        if !is_date(date) {
            p.paper(
                who,
                "published.date",
                format!("'{date}' is not a YYYY-MM-DD date"),
            );
        } else if date[..4].parse::<i32>() != Ok(published.year) {
            p.paper(
                who,
                "published.date",
                format!("'{date}' disagrees with year {}", published.year),
            );
        }
    }
    if let Some(doi) = &published.doi
        && !is_doi(doi)
    {
        p.paper(
            who,
            "published.doi",
            format!("'{doi}' is not a DOI like 10.1038/323533a0"),
        );
    }
    if let Some(url) = &published.url
        && !is_url(url)
    {
        p.paper(
            who,
            "published.url",
            format!("'{url}' is not an http(s) URL"),
        );
    }
    for (field, value) in [
        ("published.volume", &published.volume),
        ("published.issue", &published.issue),
        ("published.pages", &published.pages),
    ] {
        if let Some(value) = value {
            p.text(who, field, value, MAX_SHORT);
        }
    }
}

/// Tags: slugs, each listed once.
fn check_own_tags(p: &mut Problems, paper: &Paper, who: &str) {
    let mut tags = Seen::default();
    for tag in &paper.tags {
        if tag.contains(LIST_SEPARATOR) {
            p.paper(who, "tags", separator_message(tag));
        } else if !is_slug(tag) {
            p.paper(
                who,
                "tags",
                format!("'{tag}' must be lower-case letters, digits and '-'"),
            );
        } else if !tags.first_time(tag) {
            p.paper(who, "tags", format!("'{tag}' is listed twice"));
        }
    }
}

/// The strings met so far: a short array for the few tags or links of a paper (no
/// allocation per paper), a set once there are many (so no catalog can make it quadratic).
#[derive(Default)]
pub(super) struct Seen<'a> {
    few: [&'a str; 16],
    count: usize,
    many: HashSet<&'a str>,
}

impl<'a> Seen<'a> {
    /// Whether `item` is new, remembering it.
    pub(super) fn first_time(&mut self, item: &'a str) -> bool {
        if self.count < self.few.len() {
            if self.few[..self.count].contains(&item) {
                return false;
            }
            self.few[self.count] = item;
            self.count += 1;
            return true;
        }
        if self.many.is_empty() {
            self.many.extend(self.few);
        }
        self.many.insert(item)
    }
}

fn label(paper: &Paper, index: usize) -> Cow<'_, str> {
    if paper.id.is_empty() {
        Cow::Owned(format!("#{}", index + 1))
    } else {
        Cow::Borrowed(&paper.id)
    }
}

pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

/// A real calendar date written YYYY-MM-DD.
pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        s.get(r)
            .filter(|t| t.bytes().all(|c| c.is_ascii_digit()))?
            .parse()
            .ok()
    };
    let (Some(year), Some(month), Some(day)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// New-style (`1706.03762`, optional `v2`) or old-style (`cs.LG/0601001`) arXiv ids.
pub(super) fn is_arxiv_id(s: &str) -> bool {
    let s = match s.rfind('v') {
        Some(i) if s[i + 1..].bytes().all(|b| b.is_ascii_digit()) && i + 1 < s.len() => &s[..i],
        _ => s,
    };
    if let Some((head, tail)) = s.split_once('.')
        && head.len() == 4
        && head.bytes().all(|b| b.is_ascii_digit())
    {
        return (4..=5).contains(&tail.len()) && tail.bytes().all(|b| b.is_ascii_digit());
    }
    match s.split_once('/') {
        Some((archive, number)) => {
            !archive.is_empty()
                && archive
                    .bytes()
                    .all(|b| b.is_ascii_alphabetic() || b == b'-' || b == b'.')
                && number.len() == 7
                && number.bytes().all(|b| b.is_ascii_digit())
        }
        None => false,
    }
}

pub(super) fn is_doi(s: &str) -> bool {
    let Some(rest) = s.strip_prefix("10.") else {
        return false;
    };
    let Some((registrant, suffix)) = rest.split_once('/') else {
        return false;
    };
    (4..=9).contains(&registrant.len())
        && registrant.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && !suffix.is_empty()
        && !suffix.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Whether a link goes where it seems to: http or https, a named host (with a dot, not an
/// address), no user name or password (`https://arxiv.org@evil.example/` is not arXiv),
/// and nothing a shell, Markdown or a terminal could take for something else (spaces,
/// quotes, backticks, angle brackets, backslashes, controls). Parsed by the url crate, as
/// a browser parses it.
pub(super) fn is_url(s: &str) -> bool {
    let odd = |c: char| {
        c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '`' | '<' | '>' | '\\')
    };
    if s.chars().any(odd) {
        return false;
    }
    let Ok(url) = url::Url::parse(s) else {
        return false;
    };
    // The host as written must be the host the parser found: no `https:///host` that a
    // parser repairs, no non-ASCII name that reads as another (it would be punycode).
    let written = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
        .and_then(|rest| rest.split(['/', '?', '#', ':']).next())
        .unwrap_or("");
    matches!(url.scheme(), "https" | "http")
        && url
            .host_str()
            .is_some_and(|host| host.eq_ignore_ascii_case(written))
        && url.username().is_empty()
        && url.password().is_none()
        && matches!(url.host(), Some(url::Host::Domain(host))
            if host.contains('.') && !host.starts_with('.') && !host.ends_with('.'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::model::{DatePrecision, Link};

    fn fixture() -> RawCatalog {
        crate::catalog::fixture::raw(&[("a", "2000-01-01", &[]), ("b", "2001-05-01", &["a"])])
    }

    #[test]
    fn prose_results_and_tags_are_optional_except_in_the_embedded_catalog() {
        let mut raw = fixture();
        let paper = &mut raw.papers[1];
        (paper.why, paper.tldr, paper.summary) = Default::default();
        (paper.results, paper.tags) = Default::default();
        assert!(check(&raw).is_ok());
        raw.papers[0].results = vec!["A figure.".into()];
        let problems: Vec<String> = check_embedded(&raw)
            .err()
            .unwrap_or_default()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            problems,
            [
                "paper 'b', field 'why': is empty",
                "paper 'b', field 'tldr': is empty",
                "paper 'b', field 'summary': is empty",
                "paper 'b', field 'results': is empty; the embedded catalog needs it",
                "paper 'b', field 'tags': is empty; the embedded catalog needs it",
            ]
        );
        // Given, they are checked as before.
        raw.papers[1].why = " ".into();
        assert_eq!(
            validate(&raw)[0].to_string(),
            "paper 'b', field 'why': is empty"
        );
    }

    #[test]
    fn a_whole_catalog_without_a_date_is_told_it_is_missing() {
        let mut raw = fixture();
        raw.updated = Text::default();
        assert_eq!(validate(&raw)[0].to_string(), "field 'updated': is missing");
    }

    fn problems_of(edit: impl FnOnce(&mut RawCatalog)) -> Vec<String> {
        let mut raw = fixture();
        edit(&mut raw);
        validate(&raw).iter().map(ToString::to_string).collect()
    }

    #[test]
    fn the_fixture_is_valid() {
        assert_eq!(problems_of(|_| {}), Vec::<String>::new());
    }

    #[test]
    fn duplicate_ids_are_rejected() {
        let got = problems_of(|c| c.papers[1].id = "a".into());
        assert!(
            got.contains(&"paper 'a', field 'id': is used by another paper".to_string()),
            "{got:?}"
        );
    }

    #[test]
    fn an_alias_equal_to_another_papers_id_is_rejected() {
        let got = problems_of(|c| c.papers[0].aliases.push("B".into()));
        assert_eq!(
            got,
            ["paper 'a', field 'aliases': 'B' is already a name of 'b'"]
        );
    }

    #[test]
    fn duplicate_aliases_across_papers_are_rejected() {
        let got = problems_of(|c| {
            c.papers[0].aliases.push("same".into());
            c.papers[1].aliases.push("same".into());
        });
        assert_eq!(
            got,
            ["paper 'b', field 'aliases': 'same' is already a name of 'a'"]
        );
    }

    #[test]
    fn an_unknown_era_is_rejected() {
        let got = problems_of(|c| c.papers[0].era = "two".into());
        assert_eq!(
            got,
            ["paper 'a', field 'era': 'two' is not one of the catalog's eras"]
        );
    }

    #[test]
    fn an_unknown_builds_on_target_is_rejected() {
        let got = problems_of(|c| c.papers[1].builds_on[0].id = "zzz".into());
        assert_eq!(
            got,
            ["paper 'b', field 'builds_on': 'zzz' is not a paper of the catalog"]
        );
    }

    #[test]
    fn a_link_to_a_later_paper_is_rejected() {
        let got = problems_of(|c| {
            c.papers[0].builds_on.push(Link {
                id: "b".into(),
                note: "Backwards.".into(),
            })
        });
        assert_eq!(
            got,
            [
                "paper 'a', field 'builds_on': 'b' (2001-05-01) was not released before this paper (2000-01-01)"
            ]
        );
    }

    #[test]
    fn a_date_disagreeing_with_the_year_is_rejected() {
        let got = problems_of(|c| c.papers[0].year = 1999);
        assert_eq!(
            got,
            ["paper 'a', field 'date': '2000-01-01' disagrees with year 1999"]
        );
    }

    #[test]
    fn impossible_dates_are_rejected() {
        let got = problems_of(|c| c.papers[0].date = "2000-02-30".into());
        assert_eq!(
            got,
            ["paper 'a', field 'date': '2000-02-30' is not a YYYY-MM-DD date"]
        );
    }

    #[test]
    fn malformed_identifiers_are_rejected() {
        let got = problems_of(|c| {
            c.papers[0].arxiv = Some("17060.3762".into());
            c.papers[0].doi = Some("doi:10.1/x".into());
            c.papers[0].url = "ftp://example.org".into();
        });
        assert_eq!(
            got,
            [
                "paper 'a', field 'arxiv': '17060.3762' is not an arXiv id like 1706.03762",
                "paper 'a', field 'doi': 'doi:10.1/x' is not a DOI like 10.1038/323533a0",
                "paper 'a', field 'url': 'ftp://example.org' is not an http(s) link to a named host, without spaces, quotes or a user name",
            ]
        );
    }

    #[test]
    fn a_paper_is_sound_exactly_when_no_problem_is_found_in_its_own_fields() {
        let mut raw = crate::catalog::synthetic::catalog(40);
        let own = |raw: &mut RawCatalog, i: usize, f: &dyn Fn(&mut Paper)| f(&mut raw.papers[i]);
        own(&mut raw, 1, &|p| p.summary = " ".into());
        own(&mut raw, 2, &|p| p.authors.clear());
        own(&mut raw, 3, &|p| p.date = "2001-02-30".into());
        own(&mut raw, 4, &|p| p.tags = vec!["x".into(), "x".into()]);
        own(&mut raw, 5, &|p| p.url = "ftp://a".into());
        own(&mut raw, 6, &|p| p.id = "Not A Slug".into());
        own(&mut raw, 7, &|p| p.why = "w".repeat(MAX_WHY + 1).into());
        own(&mut raw, 8, &|p| p.doi = Some("x".into()));
        // Problems that need the rest of the catalog: not the paper's own.
        own(&mut raw, 20, &|p| p.era = "nowhere".into());
        raw.papers[21].builds_on = vec![Link {
            id: "nobody".into(),
            note: "A note.".into(),
        }];
        let problems = validate(&raw);
        let global = ["era", "builds_on", "aliases"];
        for (i, paper) in raw.papers.iter().enumerate() {
            let own_problem = problems.iter().any(|p| {
                p.paper.as_deref() == Some(label(paper, i).as_ref())
                    && !global.contains(&p.field.as_str())
            });
            assert_eq!(
                paper_is_sound(paper),
                !own_problem,
                "paper {i}: {problems:?}"
            );
        }
        assert_eq!(
            (0..40).filter(|&i| !paper_is_sound(&raw.papers[i])).count(),
            8
        );
    }

    #[test]
    fn sound_papers_get_the_same_report_without_their_own_fields_checked_again() {
        let mut raw = crate::catalog::synthetic::catalog(MANY_PAPERS * 2);
        raw.papers[10].era = "nowhere".into();
        raw.papers[11].builds_on.push(Link {
            id: "nobody".into(),
            note: "A note.".into(),
        });
        let first = raw.papers[0].id.clone();
        raw.papers[MANY_PAPERS + 5].aliases.push(first);
        assert!(raw.papers.iter().all(paper_is_sound));
        let full = check(&raw).err().expect("problems");
        assert_eq!(full.len(), 3, "{full:?}");
        assert_eq!(check_sound(&raw).err(), Some(full));
        let valid = crate::catalog::synthetic::catalog(MANY_PAPERS * 2);
        let (a, b) = (check(&valid).ok(), check_sound(&valid).ok());
        assert_eq!(a.map(|r| r.links), b.map(|r| r.links));
    }

    #[test]
    fn good_identifiers_are_accepted() {
        for id in [
            "1706.03762",
            "2501.12948v2",
            "1409.0473",
            "cs.LG/0601001",
            "hep-th/9901001",
        ] {
            assert!(is_arxiv_id(id), "{id}");
        }
        for doi in [
            "10.1038/323533a0",
            "10.1162/neco.1997.9.8.1735",
            "10.18653/v1/N19-1423",
        ] {
            assert!(is_doi(doi), "{doi}");
        }
    }

    #[test]
    fn empty_and_overlong_text_is_rejected() {
        let got = problems_of(|c| {
            c.papers[0].title = "  ".into();
            c.papers[0].why = "x".repeat(91).into();
        });
        assert_eq!(
            got,
            [
                "paper 'a', field 'title': is empty",
                "paper 'a', field 'why': is 91 characters long; the most is 90",
            ]
        );
    }

    #[test]
    fn every_problem_is_reported_not_just_the_first() {
        let got = problems_of(|c| {
            c.schema_version = 9;
            c.papers[0].era = "nope".into();
            c.papers[1].builds_on[0].id = "nope".into();
        });
        assert_eq!(got.len(), 3, "{got:?}");
    }

    #[test]
    fn a_large_catalog_checked_by_two_threads_reports_in_the_same_order() {
        let mut raw = crate::catalog::synthetic::catalog(MANY_PAPERS * 2);
        assert!(validate(&raw).is_empty());
        let last = raw.papers.len() - 1;
        let id = |raw: &RawCatalog, i: usize| raw.papers[i].id.to_string();
        // Problems in both halves, found in different passes, entered out of order.
        raw.papers[last].title = " ".into();
        raw.papers[last].aliases = vec![id(&raw, 3).into()];
        raw.papers[5].url = "ftp://example.org".into();
        // A paper of the second half that nothing builds on, so its id can go wrong alone.
        let unlinked = (MANY_PAPERS..last)
            .find(|&i| {
                !raw.papers
                    .iter()
                    .any(|p| p.builds_on.iter().any(|l| l.id == raw.papers[i].id))
            })
            .expect("some paper is nobody's source");
        raw.papers[unlinked].id = "Bad_Id".into();
        raw.papers[7].era = "nope".into();
        raw.updated = "yesterday".into();
        let got: Vec<String> = validate(&raw).iter().map(ToString::to_string).collect();
        let (p5, p7, pl) = (id(&raw, 5), id(&raw, 7), id(&raw, last));
        let expected = [
            "field 'updated': 'yesterday' is not a YYYY-MM-DD date".to_string(),
            "paper 'Bad_Id', field 'id': 'Bad_Id' must be lower-case letters, digits and '-'"
                .to_string(),
            format!(
                "paper '{p5}', field 'url': 'ftp://example.org' is not an http(s) link to a named host, without spaces, quotes or a user name"
            ),
            format!("paper '{p7}', field 'era': 'nope' is not one of the catalog's eras"),
            format!(
                "paper '{pl}', field 'aliases': '{}' is already a name of '{}'",
                id(&raw, 3),
                id(&raw, 3)
            ),
            format!("paper '{pl}', field 'title': is empty"),
        ];
        assert_eq!(got, expected);
    }

    #[test]
    fn braces_in_an_author_must_enclose_an_organisation_whole() {
        let problems = problems_of(|c| {
            c.papers[0].authors = vec![
                "{Google DeepMind}".into(),
                "Teven {Le Scao}".into(),
                "{Google} DeepMind".into(),
                "{}".into(),
                "Ada Lovelace".into(),
            ];
        });
        let id = &fixture().papers[0].id;
        assert_eq!(
            problems,
            ["{Google} DeepMind", "{}"].map(|name| format!(
                "paper '{id}', field 'authors': '{name}' has braces elsewhere than around the \
                 whole name of an organisation ('{{Google DeepMind}}') or a surname \
                 ('Teven {{Le Scao}}')"
            ))
        );
    }

    #[test]
    fn a_list_item_holding_the_csv_separator_is_rejected_naming_paper_and_field() {
        let got = problems_of(|c| {
            c.papers[0]
                .authors
                .push("Ada Lovelace; Charles Babbage".into());
            c.papers[1].results.push("91% on X; 93% on Y".into());
            c.papers[1].tags.push("a; b".into());
        });
        assert_eq!(
            got,
            [
                "paper 'a', field 'authors': 'Ada Lovelace; Charles Babbage' contains '; ', which separates list items in CSV and TSV output",
                "paper 'b', field 'results': '91% on X; 93% on Y' contains '; ', which separates list items in CSV and TSV output",
                "paper 'b', field 'tags': 'a; b' contains '; ', which separates list items in CSV and TSV output",
            ]
        );
        // A semicolon without the space does not split a list.
        assert_eq!(
            problems_of(|c| c.papers[0].results.push("x;y".into())),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_date_cannot_name_a_day_or_month_its_precision_does_not_know() {
        let got = problems_of(|c| {
            c.papers[0].date_precision = DatePrecision::Month;
            c.papers[1].date = "2001-05-03".into();
            c.papers[1].date_precision = DatePrecision::Year;
        });
        assert_eq!(
            got,
            [
                "paper 'b', field 'date': '2001-05-03' gives more than date_precision 'year' knows; write the unknown part as 01-01",
            ]
        );
        let got = problems_of(|c| {
            c.papers[1].date = "2001-05-03".into();
            c.papers[1].date_precision = DatePrecision::Month;
        });
        assert_eq!(
            got,
            [
                "paper 'b', field 'date': '2001-05-03' gives more than date_precision 'month' knows; write the unknown part as 01",
            ]
        );
    }

    #[test]
    fn a_published_version_is_checked_like_the_paper() {
        let got = problems_of(|c| {
            c.papers[1].issue = Some("8".into());
            c.papers[1].published = Some(Published {
                title: " ".into(),
                venue: "Nature".into(),
                year: 1999,
                date: Some("2000-09-17".into()),
                doi: Some("s41586".into()),
                volume: None,
                issue: None,
                pages: None,
                url: Some("nature.com".into()),
            });
        });
        assert_eq!(
            got,
            [
                "paper 'b', field 'issue': is given without a volume",
                "paper 'b', field 'published.title': is empty",
                "paper 'b', field 'published.year': 1999 is before the paper's first release (2001)",
                "paper 'b', field 'published.date': '2000-09-17' disagrees with year 1999",
                "paper 'b', field 'published.doi': 's41586' is not a DOI like 10.1038/323533a0",
                "paper 'b', field 'published.url': 'nature.com' is not an http(s) URL",
            ]
        );
    }

    #[test]
    fn a_catalog_of_the_previous_schema_is_still_read_and_a_newer_one_is_not() {
        assert_eq!(problems_of(|c| c.schema_version = 1), Vec::<String>::new());
        assert_eq!(
            problems_of(|c| c.schema_version = 3),
            ["field 'schema_version': is 3; this version of aipapers reads 1 to 2"]
        );
    }

    #[test]
    fn seen_tells_repeats_among_few_and_many() {
        let words: Vec<String> = (0..40).map(|i| format!("w{i}")).collect();
        let mut seen = Seen::default();
        for word in &words {
            assert!(seen.first_time(word), "{word}");
        }
        for word in &words {
            assert!(!seen.first_time(word), "{word} again");
        }
    }

    #[test]
    fn a_link_from_or_to_a_paper_without_a_real_date_compares_the_text() {
        let got = problems_of(|c| c.papers[0].date = "yesterday".into());
        assert_eq!(
            got,
            [
                "paper 'a', field 'date': 'yesterday' is not a YYYY-MM-DD date",
                "paper 'b', field 'builds_on': 'a' (yesterday) was not released before this paper (2001-05-01)",
            ]
        );
        let got = problems_of(|c| c.papers[1].date = "2001-13-01".into());
        assert_eq!(
            got,
            ["paper 'b', field 'date': '2001-13-01' is not a YYYY-MM-DD date"]
        );
    }

    #[test]
    fn a_url_is_accepted_only_when_it_goes_where_it_seems_to() {
        for good in [
            "https://arxiv.org/abs/1706.03762",
            "http://www.pnas.org/doi/10.1073/pnas.79.8.2554",
            "https://en.wikipedia.org/wiki/LSTM_(network)",
            "https://example.org:8443/a?b=c#d",
        ] {
            assert!(is_url(good), "{good}");
        }
        for bad in [
            "https://arxiv.org@evil.example/",
            "https://user:pw@arxiv.org/",
            "ftp://arxiv.org/",
            "javascript:alert(1)",
            "https://localhost/",
            "https://127.0.0.1/",
            "https://[::1]/",
            "https://arxiv.org/a b",
            "https://arxiv.org/\"x",
            "https://arxiv.org/`id`",
            "https://arxiv.org/<b>",
            "https://arxiv.org\\@evil.example/",
            "https:/arxiv.org/",
            "HTTPS://arxiv.org/",
            "https://.org/",
            "https://arxiv.org./",
            "https://arxiv.org/\u{7}",
            "https:///arxiv.org/",
            "https://аrxiv.org/",
            "",
        ] {
            assert!(!is_url(bad), "{bad}");
        }
    }

    #[test]
    fn text_of_exactly_the_most_characters_is_accepted_counting_characters_not_bytes() {
        let why = |text: String| problems_of(|c| c.papers[0].why = text.into());
        assert_eq!(why("x".repeat(MAX_WHY)), Vec::<String>::new());
        assert_eq!(why("é".repeat(MAX_WHY)), Vec::<String>::new());
        assert_eq!(
            why("é".repeat(MAX_WHY + 1)),
            ["paper 'a', field 'why': is 91 characters long; the most is 90"]
        );
    }

    #[test]
    fn an_alias_must_be_one_word() {
        let got = problems_of(|c| c.papers[0].aliases = vec![" ".into(), "two words".into()]);
        assert_eq!(
            got,
            [
                "paper 'a', field 'aliases': ' ' must be one word",
                "paper 'a', field 'aliases': 'two words' must be one word",
            ]
        );
    }

    #[test]
    fn an_alias_equal_to_its_own_id_or_listed_twice_says_so() {
        let got = problems_of(|c| c.papers[0].aliases = vec!["A".into(), "x".into(), "X".into()]);
        assert_eq!(
            got,
            [
                "paper 'a', field 'aliases': 'A' is listed twice or equals the id",
                "paper 'a', field 'aliases': 'X' is listed twice or equals the id",
            ]
        );
    }

    #[test]
    fn names_collide_whatever_their_case_beyond_ascii_too() {
        let got = problems_of(|c| {
            c.papers[0].aliases.push("Ärzte".into());
            c.papers[1].aliases.push("äRZTE".into());
        });
        assert_eq!(
            got,
            ["paper 'b', field 'aliases': 'äRZTE' is already a name of 'a'"]
        );
        assert_eq!(fold("ÄRZTE-Ab"), "ärzte-ab");
        assert_eq!(fold("ARZTE-Ab"), "arzte-ab");
        assert!(matches!(fold("arzte-ab"), Cow::Borrowed("arzte-ab")));
    }

    #[test]
    fn an_empty_note_on_a_link_is_rejected() {
        let got = problems_of(|c| c.papers[1].builds_on[0].note = " ".into());
        assert_eq!(got, ["paper 'b', field 'builds_on.note': is empty"]);
    }

    #[test]
    fn a_link_listed_twice_is_reported_once() {
        let got = problems_of(|c| {
            let link = c.papers[1].builds_on[0].clone();
            c.papers[1].builds_on.push(link);
        });
        assert_eq!(got, ["paper 'b', field 'builds_on': 'a' is listed twice"]);
    }

    #[test]
    fn a_link_to_an_empty_id_is_to_no_paper() {
        let got = problems_of(|c| c.papers[1].builds_on[0].id = "".into());
        assert_eq!(
            got,
            ["paper 'b', field 'builds_on': '' is not a paper of the catalog"]
        );
    }

    #[test]
    fn a_paper_cannot_build_on_itself() {
        let got = problems_of(|c| {
            c.papers[0].builds_on.push(Link {
                id: "a".into(),
                note: "Itself.".into(),
            })
        });
        assert_eq!(
            got,
            ["paper 'a', field 'builds_on': a paper cannot build on itself"]
        );
    }

    /// The fixture with a second era, "two", which paper "a" belongs to.
    fn two_eras() -> RawCatalog {
        let mut raw = fixture();
        let mut two = raw.eras[0].clone();
        two.id = "two".into();
        raw.eras.push(two);
        raw.papers[0].era = "two".into();
        raw
    }

    #[test]
    fn a_valid_catalog_resolves_links_and_eras_to_indexes_and_dates_to_numbers() {
        let links = check(&two_eras()).map(|resolved| resolved.links).ok();
        assert_eq!(
            links,
            Some(Links {
                builds_on: vec![vec![], vec![0]],
                era_of: vec![1, 0],
                days: vec![20_000_101, 20_010_501],
            })
        );
        assert_eq!(day_of("2017-06-12"), 20_170_612);
        assert_eq!(day_of("2017-02-30"), u32::MAX);
    }

    #[test]
    fn sound_eras_are_the_eras_by_position_or_none_when_one_is_wrong() {
        let raw = two_eras();
        assert_eq!(
            sound_eras(&raw),
            Some(HashMap::from([("one", 0), ("two", 1)]))
        );
        let mut numbered = two_eras();
        numbered.eras[1].id = "2".into();
        assert_eq!(sound_eras(&numbered), None);
        let mut twice = two_eras();
        twice.eras[1].id = "one".into();
        assert_eq!(sound_eras(&twice), None);
        let mut undated = two_eras();
        undated.updated = "2026-6-3".into();
        assert_eq!(sound_eras(&undated), None);
    }

    #[test]
    fn slugs_are_lower_case_letters_digits_and_inner_dashes() {
        for slug in ["a", "gpt-3", "r1", "2017", &"x".repeat(64)] {
            assert!(is_slug(slug), "{slug}");
        }
        for not in ["", "-a", "a-", "GPT", "a_b", "a b", "é", &"x".repeat(65)] {
            assert!(!is_slug(not), "{not}");
        }
    }

    #[test]
    fn feb_29_is_valid_only_in_leap_years() {
        for leap in ["2024-02-29", "2000-02-29", "1996-02-29"] {
            assert!(is_date(leap), "{leap}");
        }
        for not in ["2023-02-29", "1900-02-29", "2100-02-29", "2024-02-30"] {
            assert!(!is_date(not), "{not}");
        }
        assert!(is_date("2023-02-28"));
    }

    #[test]
    fn each_month_has_its_own_length() {
        for date in ["2001-01-31", "2001-04-30", "2001-11-30", "2001-12-31"] {
            assert!(is_date(date), "{date}");
        }
        for not in [
            "2001-04-31",
            "2001-06-31",
            "2001-01-32",
            "2001-01-00",
            "2001-00-10",
            "2001-13-01",
        ] {
            assert!(!is_date(not), "{not}");
        }
    }

    #[test]
    fn a_date_is_written_exactly_yyyy_mm_dd() {
        for not in [
            "2001-01-011",
            "2001-01-01T00:00",
            "2001x01-01",
            "2001-01x01",
            "2001-1-01",
            "20010-1-01",
            "2001-01-1",
            "+201-01-01",
            "2001-01-+1",
            "2001",
            "",
        ] {
            assert!(!is_date(not), "{not:?}");
        }
    }

    #[test]
    fn an_arxiv_id_with_a_version_suffix() {
        for id in ["2501.12948v2", "2501.12948v12", "cs.LG/0601001v3"] {
            assert!(is_arxiv_id(id), "{id}");
        }
        for not in [
            "1706.03762v",
            "1706.03762v2a",
            "1706.03762vv2",
            "v2",
            "1706.03762V2",
        ] {
            assert!(!is_arxiv_id(not), "{not}");
        }
    }

    #[test]
    fn a_new_style_arxiv_id_is_four_digits_a_dot_and_four_or_five_digits() {
        for id in ["0704.0001", "1706.03762"] {
            assert!(is_arxiv_id(id), "{id}");
        }
        for not in [
            "1706.123",
            "1706.123456",
            "1706.0376a",
            "170.03762",
            "17a6.03762",
            "1706.",
        ] {
            assert!(!is_arxiv_id(not), "{not}");
        }
    }

    #[test]
    fn an_old_style_arxiv_id_is_an_archive_a_slash_and_seven_digits() {
        // solv-int has a 'v' that is no version suffix.
        for id in ["solv-int/9901001", "math.AG/0601001", "hep-th/9901001"] {
            assert!(is_arxiv_id(id), "{id}");
        }
        for not in [
            "/0601001",
            "cs.LG/060100",
            "cs.LG/06010011",
            "cs.LG/060100x",
            "cs_LG/0601001",
            "cs LG/0601001",
            "0601001",
        ] {
            assert!(!is_arxiv_id(not), "{not}");
        }
    }

    #[test]
    fn a_doi_is_10_a_registrant_of_four_to_nine_digits_a_slash_and_a_suffix() {
        for doi in ["10.1000.10/abc", "10.123456789/x", "10.1038/323533a0"] {
            assert!(is_doi(doi), "{doi}");
        }
        for not in [
            "10.1/x",
            "10.123/x",
            "10.1234567890/x",
            "10.12ab/x",
            "10.1038/",
            "10.1038",
            "10.1038/a b",
            "10.1038/a\u{7}b",
            "11.1038/x",
        ] {
            assert!(!is_doi(not), "{not:?}");
        }
    }

    #[test]
    fn a_url_is_http_or_https_with_a_dotted_host_and_no_spaces_or_controls() {
        for url in ["http://example.org", "https://example.org/a?b=c#d"] {
            assert!(is_url(url), "{url}");
        }
        for not in [
            "https://localhost/x",
            "https://",
            "https:///x.y",
            "https://example.org/a b",
            "https://example.org/a\u{7}",
            "https://example.org/\u{85}",
            "mailto:ada@example.org",
        ] {
            assert!(!is_url(not), "{not:?}");
        }
    }
}
