//! The catalog's data types, exactly as they appear in `papers.json`.

use std::borrow::{Borrow, Cow};
use std::fmt;
use std::ops::Deref;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A piece of catalog text. Read from JSON, it borrows from the catalog's source text
/// (which lives as long as the process: see [`crate::catalog::Catalog::from_path`]), so a
/// large catalog loads without a copy and an allocation per string. A string with escapes
/// has no verbatim copy in the source, and is owned.
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Text(Cow<'static, str>);

impl Text {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for Text {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.0)
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl From<&'static str> for Text {
    fn from(s: &'static str) -> Text {
        Text(Cow::Borrowed(s))
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text(Cow::Owned(s))
    }
}

impl From<Text> for String {
    fn from(t: Text) -> String {
        t.0.into_owned()
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<Text> for str {
    fn eq(&self, other: &Text) -> bool {
        *self == *other.0
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        **self == *other.0
    }
}

impl PartialEq<Text> for String {
    fn eq(&self, other: &Text) -> bool {
        **self == *other.0
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

/// In the catalog's JSON Schema, a string like any other.
impl JsonSchema for Text {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        String::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        String::json_schema(generator)
    }
}

/// Only a deserializer over text that lives for the whole process can lend its strings;
/// the types holding [`Text`] carry the same `'de: 'static` bound.
impl<'de: 'static> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        struct Visitor;

        impl<'de: 'static> serde::de::Visitor<'de> for Visitor {
            type Value = Text;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }

            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Text, E> {
                Ok(Text(Cow::Borrowed(v)))
            }

            fn visit_str<E>(self, v: &str) -> Result<Text, E> {
                Ok(Text(Cow::Owned(v.to_owned())))
            }

            fn visit_string<E>(self, v: String) -> Result<Text, E> {
                Ok(Text(Cow::Owned(v)))
            }
        }

        deserializer.deserialize_str(Visitor)
    }
}

/// The catalog file as written on disk: what serde reads before validation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(bound(deserialize = "'de: 'static"), expecting = "a catalog object")]
pub struct RawCatalog {
    pub schema_version: u32,
    /// YYYY-MM-DD. Required of a whole catalog; an extra catalog may leave it out.
    #[serde(default)]
    pub updated: Text,
    /// Required of a whole catalog; an extra catalog may use the eras of the others.
    #[serde(default)]
    pub eras: Vec<Era>,
    pub papers: Vec<Paper>,
}

/// One era of the history: a band of papers on the timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(bound(deserialize = "'de: 'static"), expecting = "an era object")]
pub struct Era {
    #[schemars(regex(pattern = r"^[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?$"))]
    pub id: Text,
    pub name: Text,
    pub description: Text,
}

/// One paper with its metadata, prose and influence links.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(bound(deserialize = "'de: 'static"), expecting = "a paper object")]
pub struct Paper {
    /// Lower-case letters, digits and '-': how commands name the paper.
    #[schemars(regex(pattern = r"^[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?$"))]
    pub id: Text,
    #[serde(default, deserialize_with = "exact")]
    pub aliases: Vec<Text>,
    pub name: Text,
    pub title: Text,
    #[serde(deserialize_with = "exact")]
    pub authors: Vec<Text>,
    pub year: i32,
    /// YYYY-MM-DD, the first release; parts not known are written 01.
    #[schemars(regex(pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub date: Text,
    /// How much of `date` is known; a coarser precision leaves the unknown parts at 01.
    #[serde(default)]
    pub date_precision: DatePrecision,
    pub venue: Text,
    /// Bibliographic detail of the version in `venue`, for citations.
    #[serde(default)]
    pub volume: Option<Text>,
    #[serde(default)]
    pub issue: Option<Text>,
    #[serde(default)]
    pub pages: Option<Text>,
    #[serde(default)]
    pub publisher: Option<Text>,
    #[serde(default)]
    pub arxiv: Option<Text>,
    #[serde(default)]
    pub doi: Option<Text>,
    pub url: Text,
    /// The peer-reviewed version, where it differs from the preprint this entry describes.
    #[serde(default)]
    pub published: Option<Published>,
    pub era: Text,
    #[serde(default, deserialize_with = "exact")]
    pub tags: Vec<Text>,
    /// Why it matters, in one line. This and `tldr`, `summary`, `results` and `tags` are
    /// required of the embedded catalog only: empty when a user's catalog leaves them out.
    #[serde(default, deserialize_with = "optional_text")]
    #[schemars(with = "Option<String>")]
    pub why: Text,
    #[serde(default, deserialize_with = "optional_text")]
    #[schemars(with = "Option<String>")]
    pub tldr: Text,
    #[serde(default, deserialize_with = "optional_text")]
    #[schemars(with = "Option<String>")]
    pub summary: Text,
    #[serde(default, deserialize_with = "exact")]
    pub results: Vec<Text>,
    #[serde(default, deserialize_with = "exact")]
    pub builds_on: Vec<Link>,
}

/// The string CSV and TSV output (and tables) join list items with: no item of a list that
/// is written that way may contain it, or the list could not be split again.
pub const LIST_SEPARATOR: &str = "; ";

/// How much of a paper's release date is known. A day nobody knows is never shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    /// The full date is known
    #[default]
    Day,
    /// Only the year and month are known
    Month,
    /// Only the year is known
    Year,
}

impl DatePrecision {
    pub fn as_str(self) -> &'static str {
        match self {
            DatePrecision::Day => "day",
            DatePrecision::Month => "month",
            DatePrecision::Year => "year",
        }
    }

    /// How many leading characters of a YYYY-MM-DD date are known.
    pub fn known_len(self) -> usize {
        match self {
            DatePrecision::Day => 10,
            DatePrecision::Month => 7,
            DatePrecision::Year => 4,
        }
    }
}

/// The peer-reviewed version of a paper whose catalog entry is its preprint: where the two
/// differ in title, authors or figures, the entry keeps the preprint and names this.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct Published {
    pub title: Text,
    pub venue: Text,
    pub year: i32,
    /// YYYY-MM-DD, when the day of publication is known.
    #[serde(default)]
    pub date: Option<Text>,
    #[serde(default)]
    pub doi: Option<Text>,
    #[serde(default)]
    pub volume: Option<Text>,
    #[serde(default)]
    pub issue: Option<Text>,
    #[serde(default)]
    pub pages: Option<Text>,
    #[serde(default)]
    pub url: Option<Text>,
}

impl Published {
    /// One line for people: `Title. Venue 645(8081), 633-638 (2025). doi:...`.
    pub fn describe(&self) -> String {
        let mut line = format!("{}. {}", self.title.trim_end_matches('.'), self.venue);
        line += &volume_issue_pages(
            self.volume.as_deref(),
            self.issue.as_deref(),
            self.pages.as_deref(),
        );
        line += &format!(" ({})", self.year);
        if let Some(doi) = &self.doi {
            line += &format!(". doi:{doi}");
        }
        line
    }
}

/// ` 323(6088), 533-536`, or as much of it as is known.
pub fn volume_issue_pages(
    volume: Option<&str>,
    issue: Option<&str>,
    pages: Option<&str>,
) -> String {
    let mut text = String::new();
    if let Some(volume) = volume {
        text += &format!(" {volume}");
        if let Some(issue) = issue {
            text += &format!("({issue})");
        }
    }
    if let Some(pages) = pages {
        text += if volume.is_some() { ", " } else { " " };
        text += pages;
    }
    text
}

/// A JSON array as a list of exactly its length. JSON gives no length up front, so serde's
/// own `Vec` grows by doubling: on a large catalog a copy at each step and about a quarter of
/// the lists' memory left unused, which is fresh memory to clear. Items are gathered in a
/// scratch list first, then moved into one of the right size.
fn exact<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct Exact<T>(std::marker::PhantomData<T>);

    impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for Exact<T> {
        type Value = Vec<T>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an array")
        }

        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
            let Some(first) = seq.next_element()? else {
                return Ok(Vec::new());
            };
            let mut scratch = Vec::with_capacity(32);
            scratch.push(first);
            while let Some(item) = seq.next_element()? {
                scratch.push(item);
            }
            let mut list = Vec::with_capacity(scratch.len());
            list.append(&mut scratch);
            Ok(list)
        }
    }

    deserializer.deserialize_seq(Exact(std::marker::PhantomData))
}

/// An optional text: `null` (as JSON output writes a missing one) reads as absent, empty.
fn optional_text<'de: 'static, D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
    Ok(Option::<Text>::deserialize(deserializer)?.unwrap_or_default())
}

/// "This paper built on that one", with a sentence on how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(bound(deserialize = "'de: 'static"), expecting = "a link object")]
pub struct Link {
    pub id: Text,
    pub note: Text,
}

impl Paper {
    /// The release date as far as it is known: `2012-12` when only the month is.
    pub fn known_date(&self) -> &str {
        self.date
            .get(..self.date_precision.known_len())
            .unwrap_or(&self.date)
    }

    /// The paper as its peer-reviewed version, for citing that version: `published`'s
    /// title, venue (with its volume and issue, as the catalog writes venues: `Nature
    /// 645(8081)`), date, pages and DOI; its URL, or the DOI's, or else the preprint's.
    /// `None` when the catalog knows no published version.
    pub fn published_version(&self) -> Option<Paper> {
        let published = self.published.as_ref()?;
        let mut paper = self.clone();
        paper.title = published.title.clone();
        paper.venue = match (&published.volume, &published.issue) {
            (Some(volume), Some(issue)) => format!("{} {volume}({issue})", published.venue),
            (Some(volume), None) => format!("{} {volume}", published.venue),
            _ => published.venue.to_string(),
        }
        .into();
        paper.year = published.year;
        (paper.date, paper.date_precision) = match &published.date {
            Some(date) => (date.clone(), DatePrecision::Day),
            None => (
                format!("{}-01-01", published.year).into(),
                DatePrecision::Year,
            ),
        };
        paper.volume = published.volume.clone();
        paper.issue = published.issue.clone();
        paper.pages = published.pages.clone();
        paper.doi = published.doi.clone();
        paper.url = match (&published.url, &published.doi) {
            (Some(url), _) => url.clone(),
            (None, Some(doi)) => format!("https://doi.org/{doi}").into(),
            (None, None) => self.url.clone(),
        };
        paper.published = None;
        Some(paper)
    }

    /// The optional fields this paper leaves out (see [`Paper::why`]).
    pub fn missing_optional(&self) -> Vec<&'static str> {
        let mut missing = Vec::new();
        for (name, empty) in [
            ("why", self.why.is_empty()),
            ("tldr", self.tldr.is_empty()),
            ("summary", self.summary.is_empty()),
            ("results", self.results.is_empty()),
            ("tags", self.tags.is_empty()),
        ] {
            if empty {
                missing.push(name);
            }
        }
        missing
    }

    /// The first author's surname, for sorting and citation keys: as citations read it
    /// ([`split_name`](super::text::split_name): the last word, or from a particle such
    /// as "van den"), or the whole name for an organisation.
    pub fn first_author_surname(&self) -> &str {
        let first = self.authors.first().map(Text::as_str).unwrap_or("");
        let organisation = super::text::braced_organisation(first).unwrap_or(first);
        super::text::split_name(first).map_or(organisation, |(_, surname)| surname)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paper(authors: &str, tags: &str) -> Result<Paper, serde_json::Error> {
        let text = format!(
            r#"{{"id": "a", "name": "A", "title": "A", "authors": {authors}, "tags": {tags},
                "year": 2000, "date": "2000-01-01", "venue": "V", "url": "https://a.org",
                "era": "e", "why": "w", "tldr": "t", "summary": "s",
                "builds_on": [{{"id": "b", "note": "n"}}, {{"id": "c", "note": "m"}}]}}"#
        );
        serde_json::from_str(Box::leak(text.into_boxed_str()))
    }

    fn with_published(published: &str) -> Paper {
        let mut p = paper("[\"A B\"]", "[]").expect("a paper");
        let published = format!(r#"{{"title": "P", "venue": "Nature", "year": 2001{published}}}"#);
        p.published =
            Some(serde_json::from_str(Box::leak(published.into_boxed_str())).expect("published"));
        p.pages = Some("1-2".into());
        p.doi = Some("10.1/preprint".into());
        p
    }

    #[test]
    fn the_published_version_takes_every_bibliographic_field_of_published() {
        let p = with_published(
            r#", "date": "2001-09-17", "volume": "645", "issue": "8081", "pages": "633-638",
               "doi": "10.1038/x", "url": "https://nature.com/x""#,
        );
        let v = p.published_version().expect("a published version");
        assert_eq!(v.title, "P");
        assert_eq!(v.venue, "Nature 645(8081)");
        assert_eq!((v.year, v.date.as_str()), (2001, "2001-09-17"));
        assert_eq!(v.date_precision, DatePrecision::Day);
        assert_eq!(v.volume.as_deref(), Some("645"));
        assert_eq!(v.issue.as_deref(), Some("8081"));
        assert_eq!(v.pages.as_deref(), Some("633-638"));
        assert_eq!(v.doi.as_deref(), Some("10.1038/x"));
        assert_eq!(v.url, "https://nature.com/x");
        assert!(v.published.is_none());
        assert_eq!(
            (v.id.as_str(), v.authors.len()),
            ("a", 1),
            "the rest is the paper's"
        );
    }

    #[test]
    fn what_the_published_version_does_not_say_is_not_taken_from_the_preprint() {
        let v = with_published(r#", "volume": "35""#)
            .published_version()
            .expect("a published version");
        assert_eq!(v.venue, "Nature 35");
        assert_eq!(
            (v.date.as_str(), v.date_precision),
            ("2001-01-01", DatePrecision::Year)
        );
        assert_eq!((v.issue, v.pages, v.doi), (None, None, None));
        assert_eq!(
            v.url, "https://a.org",
            "no URL or DOI of its own: the preprint's link"
        );
        let v = with_published(r#", "doi": "10.1/p""#)
            .published_version()
            .expect("a version");
        assert_eq!(v.venue, "Nature");
        assert_eq!(v.url, "https://doi.org/10.1/p");
    }

    #[test]
    fn a_paper_without_a_published_version_has_none() {
        assert!(
            paper("[]", "[]")
                .expect("a paper")
                .published_version()
                .is_none()
        );
    }

    #[test]
    fn lists_are_read_into_exactly_their_length() {
        let authors: Vec<String> = (0..33).map(|n| format!("\"Author {n}\"")).collect();
        let p = paper(&format!("[{}]", authors.join(", ")), "[]").expect("a paper");
        assert_eq!(p.authors.len(), 33);
        assert_eq!(p.authors.capacity(), 33);
        assert_eq!(p.authors[32], "Author 32");
        assert_eq!((p.tags.len(), p.tags.capacity()), (0, 0));
        assert_eq!(p.builds_on.capacity(), 2);
        assert_eq!(p.builds_on[1].note, "m");
        assert!(p.aliases.is_empty());
    }

    #[test]
    fn a_list_of_the_wrong_type_is_an_error_naming_what_was_expected() {
        let err = paper("\"x\"", "[]").expect_err("not a list").to_string();
        assert!(
            err.starts_with("invalid type: string \"x\", expected an array"),
            "{err}"
        );
        let err = paper("[\"x\"]", "[1]")
            .expect_err("not strings")
            .to_string();
        assert!(
            err.starts_with("invalid type: integer `1`, expected a string"),
            "{err}"
        );
    }
}
