//! The one mapping from a paper to a citation item (CSL-JSON): `cite` formats these items
//! with a CSL processor, and `export --format csl-json` and `ris` write the same items, so
//! what pandoc, a reference manager and aipapers format is the same data.

use std::io::{self, Write};

use serde::Serialize;

use super::bibtex::{self, Kind};
use super::style::clean_line;
use crate::catalog::text::{braced_organisation, split_name};
use crate::catalog::{Catalog, DatePrecision, Paper};

/// A CSL-JSON item, with the variables the catalog can fill.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Item {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: ItemType,
    pub title: String,
    pub author: Vec<Name>,
    pub issued: Date,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub container_title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub volume: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issue: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// A report's kind ("Technical report").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub genre: Option<String>,
    /// A preprint's identifier on its server ("arXiv:2001.08361").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    #[serde(rename = "DOI", skip_serializing_if = "Option::is_none")]
    pub doi: Option<String>,
    #[serde(rename = "URL")]
    pub url: String,
}

/// The CSL item types the catalog's venues map to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItemType {
    ArticleJournal,
    PaperConference,
    Report,
    /// CSL's type for a preprint: an article outside a journal.
    Article,
}

/// A person by parts, or an organisation by its whole name, which no style inverts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Name {
    Person {
        family: String,
        given: String,
        #[serde(
            rename = "non-dropping-particle",
            skip_serializing_if = "Option::is_none"
        )]
        particle: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        suffix: Option<String>,
    },
    Organisation {
        literal: String,
    },
}

impl Name {
    /// A person's family name with its particle in front ("de Las Casas"), as reference
    /// formats that have no field for the particle write it; `None` for an organisation.
    pub fn full_family(&self) -> Option<String> {
        match self {
            Name::Person {
                family,
                particle: Some(particle),
                ..
            } => Some(format!("{particle} {family}")),
            Name::Person { family, .. } => Some(family.clone()),
            Name::Organisation { .. } => None,
        }
    }
}

/// A CSL date: year, then month and day as far as they are known.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Date {
    #[serde(rename = "date-parts")]
    pub parts: [Vec<u16>; 1],
}

/// Name suffixes that follow the surname ("Jr.") and are not part of it.
const SUFFIXES: [&str; 7] = ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"];

/// The citation items of these papers, keyed as in BibTeX (`vaswani2017attention`).
pub fn items(catalog: &Catalog, papers: &[usize]) -> Vec<Item> {
    let keys = bibtex::keys(catalog);
    papers
        .iter()
        .map(|&i| item(catalog.paper(i), &keys[i]))
        .collect()
}

/// One paper as a citation item.
pub fn item(paper: &Paper, key: &str) -> Item {
    let text = |s: &str| clean_line(s);
    let opt = |s: &Option<crate::catalog::Text>| s.as_deref().map(text);
    let mut item = Item {
        id: key.to_string(),
        kind: ItemType::Article,
        title: text(&paper.title),
        author: paper.authors.iter().map(|a| name(a)).collect(),
        issued: issued(paper),
        container_title: None,
        volume: None,
        issue: None,
        page: opt(&paper.pages),
        publisher: opt(&paper.publisher),
        genre: None,
        number: None,
        doi: opt(&paper.doi),
        url: text(&paper.url),
    };
    match bibtex::kind(&paper.venue) {
        Kind::Article {
            journal,
            volume,
            number,
        } => {
            item.kind = ItemType::ArticleJournal;
            item.container_title = Some(text(&journal));
            item.volume = Some(text(paper.volume.as_deref().unwrap_or(volume)));
            item.issue = paper.issue.as_deref().or(number).map(text);
        }
        Kind::Proceedings { booktitle } => {
            item.kind = ItemType::PaperConference;
            item.container_title = Some(text(&booktitle));
            item.volume = opt(&paper.volume);
            // Proceedings are dated by their year: the month a preprint came out is not
            // the month of the proceedings, which styles would print beside the volume.
            item.issued.parts[0].truncate(1);
        }
        Kind::Report { institution } => {
            item.kind = ItemType::Report;
            item.genre = Some("Technical report".to_string());
            item.publisher = item.publisher.or_else(|| Some(text(institution)));
        }
        Kind::Preprint => {
            item.kind = ItemType::Article;
            if let Some(arxiv) = &paper.arxiv {
                item.publisher = Some("arXiv".to_string());
                item.number = Some(format!("arXiv:{}", text(arxiv)));
            }
        }
    }
    item
}

/// A name as CSL reads it: "Diego de Las Casas" is given "Diego", particle "de", family
/// "Las Casas"; a name of one word (DeepSeek-AI) is an organisation's.
pub fn name(full: &str) -> Name {
    if let Some(organisation) = braced_organisation(full) {
        return Name::Organisation {
            literal: clean_line(organisation),
        };
    }
    let full = clean_line(full);
    let (rest, suffix) = match full.rsplit_once(' ') {
        Some((rest, last)) if SUFFIXES.contains(&last) => (
            rest.trim_end_matches(',').trim_end(),
            Some(last.to_string()),
        ),
        _ => (full.as_str(), None),
    };
    let Some((given, surname)) = split_name(rest) else {
        return Name::Organisation { literal: full };
    };
    // Lower-case words that open the surname are its particle ("van den").
    let words: Vec<&str> = surname.split_whitespace().collect();
    let split = words
        .iter()
        .take(words.len() - 1)
        .take_while(|w| w.starts_with(char::is_lowercase))
        .count();
    let particle = (split > 0).then(|| words[..split].join(" "));
    Name::Person {
        family: words[split..].join(" "),
        given: given.to_string(),
        particle,
        suffix,
    }
}

/// The date to cite: the conference's year where the venue names a later one than the
/// first release ("NAACL 2019"), otherwise the release date as far as it is known.
fn issued(paper: &Paper) -> Date {
    let year = bibtex::year(paper);
    let mut parts = vec![u16::try_from(year).unwrap_or_default()];
    if year == paper.year && paper.date_precision != DatePrecision::Year {
        let field = |range: std::ops::Range<usize>| {
            paper
                .date
                .get(range)
                .and_then(|s| s.parse::<u16>().ok())
                .filter(|&n| n > 0)
        };
        if let Some(month) = field(5..7) {
            parts.push(month);
            if paper.date_precision == DatePrecision::Day
                && let Some(day) = field(8..10)
            {
                parts.push(day);
            }
        }
    }
    Date { parts: [parts] }
}

/// Writes items as a CSL-JSON array, the form pandoc, Zotero and citeproc-js import.
pub fn json(out: &mut impl Write, items: &[Item]) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, items)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(family: &str, given: &str, particle: Option<&str>, suffix: Option<&str>) -> Name {
        Name::Person {
            family: family.into(),
            given: given.into(),
            particle: particle.map(Into::into),
            suffix: suffix.map(Into::into),
        }
    }

    #[test]
    fn names_keep_their_particles_and_suffixes() {
        assert_eq!(
            name("Diego de Las Casas"),
            person("Las Casas", "Diego", Some("de"), None)
        );
        assert_eq!(
            name("George van den Driessche"),
            person("Driessche", "George", Some("van den"), None)
        );
        assert_eq!(
            name("Martin Luther King Jr."),
            person("King", "Martin Luther", None, Some("Jr."))
        );
        assert_eq!(
            name("Geoffrey E. Hinton"),
            person("Hinton", "Geoffrey E.", None, None)
        );
    }

    #[test]
    fn a_one_word_name_is_an_organisation() {
        assert_eq!(
            name("DeepSeek-AI"),
            Name::Organisation {
                literal: "DeepSeek-AI".into()
            }
        );
    }

    #[test]
    fn the_date_is_as_precise_as_the_catalog_knows() {
        let mut paper = crate::catalog::fixture::paper("a", "2012-12-03", &[]);
        paper.year = 2012;
        assert_eq!(issued(&paper).parts[0], vec![2012, 12, 3]);
        paper.date_precision = DatePrecision::Month;
        assert_eq!(issued(&paper).parts[0], vec![2012, 12]);
        paper.date_precision = DatePrecision::Year;
        assert_eq!(issued(&paper).parts[0], vec![2012]);
    }

    #[test]
    fn a_journal_article_carries_volume_issue_and_pages() {
        let mut paper = crate::catalog::fixture::paper("a", "1986-10-09", &[]);
        paper.venue = "Nature 323".into();
        paper.issue = Some("6088".into());
        paper.pages = Some("533-536".into());
        let item = item(&paper, "key");
        assert_eq!(item.kind, ItemType::ArticleJournal);
        assert_eq!(
            (
                item.container_title.as_deref(),
                item.volume.as_deref(),
                item.issue.as_deref(),
                item.page.as_deref()
            ),
            (Some("Nature"), Some("323"), Some("6088"), Some("533-536"))
        );
    }

    #[test]
    fn items_serialize_as_csl_json() {
        let mut paper = crate::catalog::fixture::paper("a", "2020-01-23", &[]);
        paper.venue = "arXiv preprint".into();
        paper.arxiv = Some("2001.08361".into());
        paper.authors = vec![
            "DeepSeek-AI".into(),
            "Diego de Las Casas".into(),
            "{Google DeepMind}".into(),
            "Teven {Le Scao}".into(),
        ];
        let value = serde_json::to_value(item(&paper, "k")).expect("serializes");
        assert_eq!(value["author"][2]["literal"], "Google DeepMind");
        assert_eq!(
            (&value["author"][3]["family"], &value["author"][3]["given"]),
            (&"Le Scao".into(), &"Teven".into())
        );
        assert_eq!(value["type"], "article");
        assert_eq!(value["number"], "arXiv:2001.08361");
        assert_eq!(value["issued"]["date-parts"][0][0], 2020);
        assert_eq!(value["author"][0]["literal"], "DeepSeek-AI");
        assert_eq!(value["author"][1]["non-dropping-particle"], "de");
        assert!(value.get("DOI").is_none());
    }
}
