//! The catalog's data types, exactly as they appear in `papers.json`.

use serde::{Deserialize, Serialize};

/// The catalog file as written on disk: what serde reads before validation.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RawCatalog {
    pub schema_version: u32,
    pub updated: String,
    pub eras: Vec<Era>,
    pub papers: Vec<Paper>,
}

/// One era of the history: a band of papers on the timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Era {
    pub id: String,
    pub name: String,
    pub description: String,
}

/// One paper with its metadata, prose and influence links.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paper {
    pub id: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub name: String,
    pub title: String,
    pub authors: Vec<String>,
    pub year: i32,
    pub date: String,
    pub venue: String,
    #[serde(default)]
    pub arxiv: Option<String>,
    #[serde(default)]
    pub doi: Option<String>,
    pub url: String,
    pub era: String,
    #[serde(default)]
    pub tags: Vec<String>,
    pub why: String,
    pub tldr: String,
    pub summary: String,
    #[serde(default)]
    pub results: Vec<String>,
    #[serde(default)]
    pub builds_on: Vec<Link>,
}

/// "This paper built on that one", with a sentence on how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    pub id: String,
    pub note: String,
}

impl Paper {
    /// The first author's surname, for sorting and citation keys: the last word of the
    /// first author's name, or the whole name for an organisation.
    pub fn first_author_surname(&self) -> &str {
        let first = self.authors.first().map(String::as_str).unwrap_or("");
        first.rsplit(' ').next().unwrap_or(first)
    }
}
