//! The catalog's data types, exactly as they appear in `papers.json`.

use std::borrow::{Borrow, Cow};
use std::fmt;
use std::ops::Deref;

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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct RawCatalog {
    pub schema_version: u32,
    pub updated: Text,
    pub eras: Vec<Era>,
    pub papers: Vec<Paper>,
}

/// One era of the history: a band of papers on the timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct Era {
    pub id: Text,
    pub name: Text,
    pub description: Text,
}

/// One paper with its metadata, prose and influence links.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct Paper {
    pub id: Text,
    #[serde(default)]
    pub aliases: Vec<Text>,
    pub name: Text,
    pub title: Text,
    pub authors: Vec<Text>,
    pub year: i32,
    pub date: Text,
    pub venue: Text,
    #[serde(default)]
    pub arxiv: Option<Text>,
    #[serde(default)]
    pub doi: Option<Text>,
    pub url: Text,
    pub era: Text,
    #[serde(default)]
    pub tags: Vec<Text>,
    pub why: Text,
    pub tldr: Text,
    pub summary: Text,
    #[serde(default)]
    pub results: Vec<Text>,
    #[serde(default)]
    pub builds_on: Vec<Link>,
}

/// "This paper built on that one", with a sentence on how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct Link {
    pub id: Text,
    pub note: Text,
}

impl Paper {
    /// The first author's surname, for sorting and citation keys: as citations read it
    /// ([`split_name`](super::text::split_name): the last word, or from a particle such
    /// as "van den"), or the whole name for an organisation.
    pub fn first_author_surname(&self) -> &str {
        let first = self.authors.first().map(Text::as_str).unwrap_or("");
        super::text::split_name(first).map_or(first, |(_, surname)| surname)
    }
}
