//! Papers from a reference manager: BibTeX or BibLaTeX (read with the biblatex crate) and
//! CSL-JSON (what `export --format csl-json` writes), made into catalog papers.

use std::collections::HashSet;

use biblatex::{Bibliography, ChunksExt, DateValue, Entry, EntryType, PermissiveType, Person};
use serde_json::Value;

use super::model::{DatePrecision, Link, Paper, Text};
use super::validate;

/// What every imported paper gets: its era, its tags, and the papers it builds on (each
/// with its id and release date, so only later papers are linked to it).
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub era: String,
    pub tags: Vec<String>,
    pub builds_on: Vec<(String, String)>,
}

/// The papers made from a file, and what was left out of it, one line each.
#[derive(Debug, Default)]
pub struct Imported {
    pub papers: Vec<Paper>,
    pub notes: Vec<String>,
}

/// Why a file could not be imported at all.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{origin}: not BibTeX: {message}")]
    Bibtex { origin: String, message: String },
    #[error("{origin}: not CSL-JSON: {message}")]
    CslJson { origin: String, message: String },
}

/// One entry as the catalog needs it, whichever format it came from.
#[derive(Debug, Default)]
struct Fields {
    key: String,
    title: String,
    authors: Vec<String>,
    /// Year, and month and day (from 1) when known.
    date: Option<(i32, Option<u8>, Option<u8>)>,
    kind: Kind,
    container: String,
    institution: String,
    volume: Option<String>,
    issue: Option<String>,
    pages: Option<String>,
    publisher: Option<String>,
    doi: Option<String>,
    arxiv: Option<String>,
    url: Option<String>,
    summary: Option<String>,
}

/// The kinds of work the catalog's venues tell apart (see `render::bibtex::kind`).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Article,
    #[default]
    Proceedings,
    Report,
    Preprint,
}

/// Papers from BibTeX or BibLaTeX text; `origin` names the file in errors.
pub fn bibtex(text: &str, origin: &str, options: &Options) -> Result<Imported, ImportError> {
    let bibliography = Bibliography::parse(text).map_err(|e| ImportError::Bibtex {
        origin: origin.to_string(),
        message: format!("{} at byte {}", e.kind, e.span.start),
    })?;
    let entries = bibliography.iter().map(from_entry).collect();
    Ok(make(entries, options))
}

/// Papers from CSL-JSON: an array of items.
pub fn csl_json(text: &str, origin: &str, options: &Options) -> Result<Imported, ImportError> {
    let items: Vec<Value> = serde_json::from_str(text).map_err(|e| ImportError::CslJson {
        origin: origin.to_string(),
        message: e.to_string(),
    })?;
    let entries = items.iter().map(from_csl).collect();
    Ok(make(entries, options))
}

fn from_entry(entry: &Entry) -> Fields {
    let text = |field: &str| {
        entry
            .get(field)
            .map(|chunks| tidy(&chunks.format_verbatim()))
            .filter(|s| !s.is_empty())
    };
    let eprint_type = text("eprinttype").or_else(|| text("archiveprefix"));
    let eprint = text("eprint").filter(|_| {
        eprint_type
            .as_deref()
            .is_none_or(|t| t.eq_ignore_ascii_case("arxiv"))
    });
    let url = text("url");
    let arxiv = eprint
        .filter(|id| validate::is_arxiv_id(id))
        .or_else(|| url.as_deref().and_then(arxiv_of_url));
    let kind = match entry.entry_type {
        EntryType::Article => Kind::Article,
        EntryType::TechReport | EntryType::Report => Kind::Report,
        EntryType::InProceedings | EntryType::InCollection | EntryType::Proceedings => {
            Kind::Proceedings
        }
        _ if arxiv.is_some() => Kind::Preprint,
        _ => Kind::Proceedings,
    };
    let container = match kind {
        Kind::Article => text("journaltitle").or_else(|| text("journal")),
        _ => text("booktitle")
            .or_else(|| text("eventtitle"))
            .or_else(|| text("journal"))
            .or_else(|| text("howpublished")),
    };
    let date = match entry.date() {
        Ok(PermissiveType::Typed(date)) => {
            let at = match date.value {
                DateValue::At(at) | DateValue::After(at) | DateValue::Before(at) => at,
                DateValue::Between(start, _) => start,
            };
            Some((at.year, at.month.map(|m| m + 1), at.day.map(|d| d + 1)))
        }
        _ => text("year")
            .and_then(|y| y.get(..4).and_then(|y| y.parse().ok()))
            .map(|y| (y, None, None)),
    };
    Fields {
        key: entry.key.clone(),
        title: text("title").unwrap_or_default(),
        authors: entry
            .author()
            .unwrap_or_default()
            .iter()
            .map(person)
            .collect(),
        date,
        kind,
        container: container.unwrap_or_default(),
        institution: text("institution")
            .or_else(|| text("school"))
            .or_else(|| text("organization"))
            .unwrap_or_default(),
        volume: text("volume"),
        issue: text("number").or_else(|| text("issue")),
        pages: text("pages").map(|p| p.replace(['–', '—'], "-").replace("--", "-")),
        publisher: text("publisher"),
        doi: text("doi").map(|d| bare_doi(&d)),
        arxiv,
        url,
        summary: text("abstract"),
    }
}

/// A name as the catalog writes it: "Given von Family, Jr."; an organisation whole, in
/// braces when it has several words ("{Google DeepMind}"), as BibTeX writes one.
fn person(p: &Person) -> String {
    if p.given_name.is_empty() && p.prefix.is_empty() && p.suffix.is_empty() {
        return organisation(&p.name);
    }
    // A surname of several words without a particle was braced to stay whole.
    let family = tidy(&p.name);
    let family = match p.prefix.is_empty() && family.contains(' ') {
        true => format!("{{{family}}}"),
        false => family,
    };
    let mut name = [p.given_name.as_str(), p.prefix.as_str(), family.as_str()]
        .iter()
        .filter(|part| !part.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    if !p.suffix.is_empty() {
        name = format!("{name} {}", p.suffix);
    }
    tidy(&name)
}

fn from_csl(item: &Value) -> Fields {
    let text = |key: &str| {
        item.get(key)
            .and_then(|v| match v {
                Value::String(s) => Some(tidy(s)),
                Value::Number(n) => Some(n.to_string()),
                _ => None,
            })
            .filter(|s| !s.is_empty())
    };
    let authors = item
        .get("author")
        .and_then(Value::as_array)
        .map(|list| {
            list.iter()
                .map(|a| {
                    let part = |k: &str| a.get(k).and_then(Value::as_str).unwrap_or("");
                    if !part("literal").is_empty() {
                        return organisation(part("literal"));
                    }
                    // A surname of several words without a particle is braced to stay
                    // whole, as from BibTeX.
                    let family = tidy(part("family"));
                    let particles = [part("dropping-particle"), part("non-dropping-particle")];
                    let family = match particles.iter().all(|p| p.is_empty())
                        && family.contains(' ')
                        && !part("given").is_empty()
                    {
                        true => format!("{{{family}}}"),
                        false => family,
                    };
                    let parts = [
                        part("given"),
                        particles[0],
                        particles[1],
                        &family,
                        part("suffix"),
                    ];
                    tidy(
                        &parts
                            .iter()
                            .filter(|p| !p.is_empty())
                            .copied()
                            .collect::<Vec<_>>()
                            .join(" "),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let date = item
        .pointer("/issued/date-parts/0")
        .and_then(Value::as_array)
        .and_then(|parts| {
            let n = |i: usize| parts.get(i).and_then(Value::as_i64);
            let year = i32::try_from(n(0)?).ok()?;
            let small = |i: usize| n(i).and_then(|v| u8::try_from(v).ok());
            Some((year, small(1), small(2)))
        });
    let url = text("URL");
    let arxiv = text("number")
        .filter(|n| validate::is_arxiv_id(n))
        .or_else(|| url.as_deref().and_then(arxiv_of_url));
    let kind = match item.get("type").and_then(Value::as_str).unwrap_or("") {
        "article-journal" | "article-magazine" | "article-newspaper" => Kind::Article,
        "report" => Kind::Report,
        "paper-conference" | "chapter" => Kind::Proceedings,
        _ if arxiv.is_some() => Kind::Preprint,
        _ => Kind::Proceedings,
    };
    Fields {
        key: text("id").unwrap_or_default(),
        title: text("title").unwrap_or_default(),
        authors,
        date,
        container: text("container-title").unwrap_or_default(),
        institution: text("publisher")
            .filter(|_| kind == Kind::Report)
            .unwrap_or_default(),
        kind,
        volume: text("volume"),
        issue: text("issue"),
        pages: text("page").map(|p| p.replace(['–', '—'], "-").replace("--", "-")),
        // A report's publisher is its institution, and the export names arXiv as a
        // preprint's: both are its venue already.
        publisher: text("publisher").filter(|p| match kind {
            Kind::Report => false,
            Kind::Preprint => p != "arXiv",
            _ => true,
        }),
        doi: text("DOI").map(|d| bare_doi(&d)),
        arxiv,
        url,
        summary: text("abstract"),
    }
}

/// Entries made papers, with notes on what was dropped; ids made unique.
fn make(entries: Vec<Fields>, options: &Options) -> Imported {
    let mut imported = Imported::default();
    let mut ids = HashSet::new();
    for fields in entries {
        match paper(fields, options, &mut ids, &mut imported.notes) {
            Ok(paper) => imported.papers.push(paper),
            Err(note) => imported.notes.push(note),
        }
    }
    imported
}

/// One paper, or why the entry cannot be one.
fn paper(
    f: Fields,
    options: &Options,
    ids: &mut HashSet<String>,
    notes: &mut Vec<String>,
) -> Result<Paper, String> {
    let key = f.key.clone();
    let skip = |why: &str| format!("entry '{key}' left out: {why}");
    if f.title.is_empty() {
        return Err(skip("it has no title"));
    }
    if f.authors.is_empty() {
        return Err(skip("it has no author"));
    }
    let Some((year, month, day)) = f.date else {
        return Err(skip("it has no year"));
    };
    let doi = f.doi.filter(|d| {
        let ok = validate::is_doi(d);
        if !ok {
            notes.push(format!("entry '{key}': doi '{d}' dropped: not a DOI"));
        }
        ok
    });
    let url = f
        .url
        .filter(|u| validate::is_url(u))
        .or_else(|| {
            f.arxiv
                .as_ref()
                .map(|a| format!("https://arxiv.org/abs/{a}"))
        })
        .or_else(|| doi.as_ref().map(|d| format!("https://doi.org/{d}")));
    let Some(url) = url else {
        return Err(skip("it has no url, DOI or arXiv id to link to"));
    };
    // A month or day that is not a real one (13, or the 30th of February) is checked below
    // and then leaves only the year.
    let (date, precision) = match (month, day) {
        (Some(m), Some(d)) => (format!("{year:04}-{m:02}-{d:02}"), DatePrecision::Day),
        (Some(m), None) => (format!("{year:04}-{m:02}-01"), DatePrecision::Month),
        _ => (format!("{year:04}-01-01"), DatePrecision::Year),
    };
    let (date, precision) = if validate::is_date(&date) {
        (date, precision)
    } else {
        (format!("{year:04}-01-01"), DatePrecision::Year)
    };
    let venue = match f.kind {
        Kind::Preprint => "arXiv preprint".to_string(),
        Kind::Report if !f.institution.is_empty() => format!("{} Technical Report", f.institution),
        Kind::Report => "Technical Report".to_string(),
        Kind::Article if !f.container.is_empty() => {
            let mut venue = f.container.clone();
            if let Some(volume) = &f.volume {
                venue += &format!(" {volume}");
                if let Some(issue) = &f.issue {
                    venue += &format!("({issue})");
                }
            }
            venue
        }
        _ if !f.container.is_empty() => f.container.clone(),
        _ => f
            .publisher
            .clone()
            .unwrap_or_else(|| "Unpublished".to_string()),
    };
    let id = unique_id(&key, &f.title, year, ids);
    // An issue without a volume cannot be cited (validation refuses it).
    let issue = f
        .issue
        .filter(|_| f.kind == Kind::Article && f.volume.is_some());
    let aliases = match key.to_lowercase() {
        lower if lower == id || key.is_empty() || key.contains(char::is_whitespace) => vec![],
        _ => vec![Text::from(key.clone())],
    };
    let builds_on = options
        .builds_on
        .iter()
        .filter(|(target, target_date)| {
            let before = target_date.as_str() < date.as_str();
            if !before {
                notes.push(format!(
                    "entry '{key}': not linked to '{target}', which is not older"
                ));
            }
            before
        })
        .map(|(target, _)| Link {
            id: target.clone().into(),
            note: "Linked on import.".into(),
        })
        .collect();
    Ok(Paper {
        id: id.into(),
        aliases,
        name: short_name(&f.title).into(),
        title: f.title.into(),
        authors: f.authors.into_iter().map(Text::from).collect(),
        year,
        date: date.into(),
        date_precision: precision,
        venue: venue.into(),
        volume: f.volume.map(Text::from),
        issue: issue.map(Text::from),
        pages: f.pages.map(Text::from),
        publisher: f.publisher.map(Text::from),
        arxiv: f.arxiv.map(Text::from),
        doi: doi.map(Text::from),
        url: url.into(),
        published: None,
        era: options.era.clone().into(),
        tags: options.tags.iter().cloned().map(Text::from).collect(),
        why: Text::default(),
        tldr: Text::default(),
        summary: f
            .summary
            .filter(|s| s.chars().count() <= 2_000)
            .unwrap_or_default()
            .into(),
        results: Vec::new(),
        builds_on,
    })
}

/// A slug from the citation key (or, without one, the title and year), unique among `ids`.
fn unique_id(key: &str, title: &str, year: i32, ids: &mut HashSet<String>) -> String {
    let base = slug(key);
    let base = if base.is_empty() {
        slug(&format!(
            "{} {year}",
            title.split_whitespace().next().unwrap_or("paper")
        ))
    } else {
        base
    };
    let mut id = base.clone();
    let mut n = 2;
    while !ids.insert(id.clone()) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

/// Lower-case ASCII letters and digits, runs of anything else one '-', at most 60 long.
fn slug(text: &str) -> String {
    let ascii = deunicode::deunicode(text).to_lowercase();
    let mut slug = String::new();
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.truncate(60);
    slug.trim_end_matches('-').to_string()
}

/// A short display name: the title before its colon when that is short, else its first
/// words, within 60 characters.
fn short_name(title: &str) -> String {
    if let Some((head, _)) = title.split_once(':')
        && head.chars().count() <= 40
        && !head.trim().is_empty()
    {
        return head.trim().to_string();
    }
    let mut name = String::new();
    for word in title.split_whitespace() {
        if name.chars().count() + word.chars().count() + 1 > 60 {
            break;
        }
        if !name.is_empty() {
            name.push(' ');
        }
        name.push_str(word);
    }
    if name.is_empty() {
        title.chars().take(60).collect()
    } else {
        name
    }
}

/// An organisation's name as the catalog writes it: in braces when it has several words,
/// which would otherwise read as a person's given names and surname.
fn organisation(name: &str) -> String {
    let name = tidy(name);
    match name.contains(' ') {
        true => format!("{{{name}}}"),
        false => name,
    }
}

/// Text with runs of whitespace made one space.
fn tidy(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A DOI without the resolver in front of it.
fn bare_doi(doi: &str) -> String {
    let doi = doi.trim();
    for prefix in [
        "https://doi.org/",
        "http://doi.org/",
        "https://dx.doi.org/",
        "doi:",
    ] {
        if let Some(rest) = doi.strip_prefix(prefix) {
            return rest.to_string();
        }
    }
    doi.to_string()
}

/// The arXiv id in an arxiv.org link (`/abs/ID`, `/pdf/ID` or `/pdf/ID.pdf`).
fn arxiv_of_url(url: &str) -> Option<String> {
    let rest = url
        .split_once("arxiv.org/abs/")
        .or_else(|| url.split_once("arxiv.org/pdf/"))?
        .1;
    let id = rest
        .strip_suffix(".pdf")
        .unwrap_or(rest)
        .trim_end_matches('/');
    validate::is_arxiv_id(id).then(|| id.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(bib: &str) -> Paper {
        let options = Options {
            era: "mine".into(),
            ..Options::default()
        };
        let mut imported = bibtex(bib, "test.bib", &options).expect("BibTeX");
        assert_eq!(imported.notes, Vec::<String>::new());
        imported.papers.remove(0)
    }

    #[test]
    fn an_article_keeps_its_journal_numbers_and_escaped_names() {
        let p = one(r#"@article{Muller:2019,
            author = {M{\"u}ller, J{\"o}rg and van der Maaten, Laurens and {OpenAI}},
            title = {On {BERT} and  Friends},
            journal = {Journal of Machine Learning Research}, volume = {20}, number = {7},
            pages = {1--30}, year = {2019}, month = mar, doi = {https://doi.org/10.5555/12345}}"#);
        assert_eq!(p.id, "muller-2019");
        assert_eq!(p.aliases, ["Muller:2019"]);
        assert_eq!(
            p.authors,
            ["Jörg Müller", "Laurens van der Maaten", "OpenAI"]
        );
        assert_eq!(p.title, "On BERT and Friends");
        assert_eq!(p.venue, "Journal of Machine Learning Research 20(7)");
        assert_eq!(
            (p.volume.as_deref(), p.issue.as_deref()),
            (Some("20"), Some("7"))
        );
        assert_eq!(p.pages.as_deref(), Some("1-30"));
        assert_eq!(
            (p.date.as_str(), p.date_precision),
            ("2019-03-01", DatePrecision::Month)
        );
        assert_eq!(p.doi.as_deref(), Some("10.5555/12345"));
        assert_eq!(p.url, "https://doi.org/10.5555/12345");
    }

    #[test]
    fn an_arxiv_preprint_is_found_by_its_eprint_or_its_link() {
        let p = one(
            "@misc{x, author = {A. B}, title = {T}, year = 2020, eprint = {2004.05150},
             archivePrefix = {arXiv}, primaryClass = {cs.CL}}",
        );
        assert_eq!(
            (p.venue.as_str(), p.arxiv.as_deref()),
            ("arXiv preprint", Some("2004.05150"))
        );
        assert_eq!(p.url, "https://arxiv.org/abs/2004.05150");
        let p = one(
            "@online{y, author = {A. B}, title = {T}, date = {2020-04-10},
                     url = {https://arxiv.org/pdf/2004.05150v2.pdf}}",
        );
        assert_eq!(p.arxiv.as_deref(), Some("2004.05150v2"));
        assert_eq!(
            (p.date.as_str(), p.date_precision),
            ("2020-04-10", DatePrecision::Day)
        );
    }

    #[test]
    fn an_entry_without_a_link_is_left_out_with_a_note() {
        let imported = bibtex(
            "@book{k, author = {A. B}, title = {T}, year = 1999}",
            "b.bib",
            &Options::default(),
        )
        .expect("BibTeX");
        assert!(imported.papers.is_empty());
        assert_eq!(
            imported.notes,
            ["entry 'k' left out: it has no url, DOI or arXiv id to link to"]
        );
    }

    #[test]
    fn each_kind_of_bibtex_entry_gets_its_venue() {
        let venue = |bib: &str| one(bib).venue.to_string();
        let head = "author = {A. B}, title = {T}, year = 2020, url = {https://a.org/t}";
        assert_eq!(
            venue(&format!(
                "@techreport{{k, {head}, institution = {{OpenAI}}}}"
            )),
            "OpenAI Technical Report"
        );
        assert_eq!(venue(&format!("@report{{k, {head}}}")), "Technical Report");
        for kind in ["inproceedings", "incollection", "proceedings"] {
            // Published in proceedings, even with its arXiv preprint named.
            assert_eq!(
                venue(&format!(
                    "@{kind}{{k, {head}, booktitle = {{NeurIPS}}, journal = {{J}},
                     eprint = {{1706.03762}}, archivePrefix = {{arXiv}}}}"
                )),
                "NeurIPS",
                "{kind}"
            );
        }
        assert_eq!(
            venue(&format!(
                "@article{{k, {head}, booktitle = {{B}}, journal = {{Nature}}}}"
            )),
            "Nature"
        );
        // No journal or proceedings named: the publisher, else a word that says so.
        assert_eq!(
            venue(&format!(
                "@article{{k, {head}, volume = {{3}}, publisher = {{ACM}}}}"
            )),
            "ACM"
        );
        assert_eq!(
            venue(&format!("@inproceedings{{k, {head}}}")),
            "Unpublished"
        );
        // A suffix stays after the name.
        assert_eq!(
            one(
                "@misc{k, author = {King, Jr., Martin Luther}, title = {T}, year = 1963,
                 url = {https://a.org/t}}"
            )
            .authors,
            ["Martin Luther King Jr."]
        );
        // Neither a known kind nor an arXiv preprint: where it says it was published.
        assert_eq!(
            venue(&format!("@misc{{k, {head}, howpublished = {{A blog}}}}")),
            "A blog"
        );
    }

    #[test]
    fn csl_json_items_become_papers_with_their_kinds_names_and_dates() {
        let text = r#"[
          {"id": "art", "type": "article-journal", "title": "A",
           "author": [{"given": "Jörg", "family": "Müller"},
                      {"given": "Laurens", "non-dropping-particle": "van der", "family": "Maaten"},
                      {"literal": "Google DeepMind"}, {"given": "Teven", "family": "Le Scao"}],
           "issued": {"date-parts": [[2019, 3, 14]]}, "container-title": "Nature",
           "volume": 596, "issue": "7873", "page": "583–589", "DOI": "10.1038/x1"},
          {"id": "rep", "type": "report", "title": "R", "author": [{"literal": "OpenAI"}],
           "issued": {"date-parts": [[2023, 13]]}, "publisher": "OpenAI",
           "URL": "https://openai.com/r"},
          {"id": "conf", "type": "paper-conference", "title": "C",
           "author": [{"given": "A", "family": "B"}], "issued": {"date-parts": [[2017, 6]]},
           "container-title": "NeurIPS", "publisher": "Curran", "URL": "https://a.org/c",
           "number": "1706.03762"},
          {"id": "pre", "type": "article", "title": "P", "author": [{"given": "A", "family": "B"}],
           "issued": {"date-parts": [[2020]]}, "number": "2004.05150", "publisher": "arXiv"},
          {"id": "odd", "type": "webpage", "title": "O", "author": [{"family": "Solo"}],
           "issued": {"date-parts": [[2021]]}, "container-title": "A site",
           "URL": "https://a.org/o"}
        ]"#;
        let imported = csl_json(text, "items.json", &Options::default()).expect("CSL-JSON");
        assert_eq!(imported.notes, Vec::<String>::new());
        let [art, rep, conf, pre, odd] = &imported.papers[..] else {
            panic!("five papers: {:?}", imported.papers);
        };
        assert_eq!(
            art.authors,
            [
                "Jörg Müller",
                "Laurens van der Maaten",
                "{Google DeepMind}",
                "Teven {Le Scao}"
            ]
        );
        assert_eq!(art.venue, "Nature 596(7873)");
        assert_eq!(
            (art.pages.as_deref(), art.doi.as_deref(), art.url.as_str()),
            (
                Some("583-589"),
                Some("10.1038/x1"),
                "https://doi.org/10.1038/x1"
            )
        );
        assert_eq!(
            (art.date.as_str(), art.date_precision),
            ("2019-03-14", DatePrecision::Day)
        );
        assert_eq!(rep.authors, ["OpenAI"]);
        assert_eq!(rep.venue, "OpenAI Technical Report");
        assert_eq!(rep.publisher, None);
        // No month 13: the year is what is known.
        assert_eq!(
            (rep.date.as_str(), rep.date_precision),
            ("2023-01-01", DatePrecision::Year)
        );
        assert_eq!(
            (conf.venue.as_str(), conf.publisher.as_deref()),
            ("NeurIPS", Some("Curran"))
        );
        assert_eq!(
            (conf.date.as_str(), conf.date_precision),
            ("2017-06-01", DatePrecision::Month)
        );
        assert_eq!(
            (
                pre.venue.as_str(),
                pre.arxiv.as_deref(),
                pre.publisher.as_deref()
            ),
            ("arXiv preprint", Some("2004.05150"), None)
        );
        assert_eq!(pre.url, "https://arxiv.org/abs/2004.05150");
        assert_eq!(
            (odd.venue.as_str(), odd.authors[0].as_str()),
            ("A site", "Solo")
        );
        let err = csl_json("{", "bad.json", &Options::default()).expect_err("not CSL-JSON");
        assert!(err.to_string().contains("bad.json"), "{err}");
    }

    #[test]
    fn ids_are_slugs_made_unique() {
        let mut ids = HashSet::new();
        assert_eq!(unique_id("Vaswani2017", "T", 2017, &mut ids), "vaswani2017");
        assert_eq!(
            unique_id("vaswani2017", "T", 2017, &mut ids),
            "vaswani2017-2"
        );
        assert_eq!(
            unique_id("DBLP:journals/corr/X", "T", 2017, &mut ids),
            "dblp-journals-corr-x"
        );
        assert_eq!(unique_id("", "Deep Learning", 2015, &mut ids), "deep-2015");
        // Each further clash counts on.
        assert_eq!(
            unique_id("Vaswani2017", "T", 2017, &mut ids),
            "vaswani2017-3"
        );
        assert_eq!(unique_id("", "", 2015, &mut ids), "paper-2015");
    }

    #[test]
    fn slugs_are_ascii_words_joined_by_single_hyphens() {
        assert_eq!(slug("(Hinton) & Salakhutdinov"), "hinton-salakhutdinov");
        assert_eq!(slug("--Schölkopf--1998--"), "scholkopf-1998");
        assert_eq!(slug("a -- b"), "a-b");
        assert_eq!(slug("+++"), "");
        // At most 60 long, and never ending in a hyphen where the cut falls.
        let long = format!("{} tail", "x".repeat(59));
        assert_eq!(slug(&long), "x".repeat(59));
        assert_eq!(slug(&"y".repeat(70)), "y".repeat(60));
    }

    #[test]
    fn a_short_name_is_the_head_of_a_title_or_its_first_words() {
        assert_eq!(
            short_name("BERT: Pre-training of Deep Bidirectional Transformers"),
            "BERT"
        );
        // A head of up to 40 characters is the name; a longer one is not.
        let head40 = "h".repeat(40);
        assert_eq!(short_name(&format!("{head40}: rest")), head40);
        let head41 = format!("{} {}", "a".repeat(20), "b".repeat(20));
        assert_eq!(
            short_name(&format!("{head41}: rest")),
            format!("{head41}: rest")
        );
        // A title that starts with its colon has no head.
        assert_eq!(short_name(":  Attention Is All"), ": Attention Is All");
        // Whole words within 60 characters, spaces counted.
        let words = ["w".repeat(29), "v".repeat(30), "u".repeat(5)].join(" ");
        assert_eq!(
            short_name(&words),
            format!("{} {}", "w".repeat(29), "v".repeat(30))
        );
        let words = ["w".repeat(29), "v".repeat(31)].join(" ");
        assert_eq!(short_name(&words), "w".repeat(29));
        // A first word longer than that is cut.
        assert_eq!(short_name(&"z".repeat(70)), "z".repeat(60));
        assert_eq!(short_name("Émile Zola"), "Émile Zola");
    }

    fn notes_and_papers(bib: &str, options: &Options) -> (Vec<String>, Vec<Paper>) {
        let imported = bibtex(bib, "t.bib", options).expect("BibTeX");
        (imported.notes, imported.papers)
    }

    #[test]
    fn a_venue_falls_back_to_the_publisher_when_no_container_is_named() {
        let head = "author = {A. B}, title = {T}, year = 2020, url = {https://a.org/t}";
        for kind in ["article", "inproceedings"] {
            let p = one(&format!(
                "@{kind}{{k, {head}, volume = 3, publisher = {{MIT Press}}}}"
            ));
            assert_eq!(p.venue, "MIT Press", "@{kind}");
            let p = one(&format!("@{kind}{{k, {head}}}"));
            assert_eq!(p.venue, "Unpublished", "@{kind}");
        }
    }

    #[test]
    fn an_issue_is_kept_only_for_an_article_with_a_volume() {
        let head = "author = {A. B}, title = {T}, year = 2020, url = {https://a.org/t}";
        let issue = |bib: String| one(&bib).issue.map(|i| i.to_string());
        assert_eq!(
            issue(format!(
                "@article{{k, {head}, journal = {{J}}, number = 7}}"
            )),
            None
        );
        assert_eq!(
            issue(format!(
                "@inproceedings{{k, {head}, booktitle = {{C}}, volume = 2, number = 7}}"
            )),
            None
        );
        assert_eq!(
            issue(format!(
                "@article{{k, {head}, journal = {{J}}, volume = 2, number = 7}}"
            )),
            Some("7".to_string())
        );
    }

    #[test]
    fn the_key_is_an_alias_only_when_it_differs_from_the_id_and_can_be_typed() {
        let head = "author = {A. B}, title = {Deep Nets}, year = 2020, url = {https://a.org/t}";
        let aliases = |key: &str| {
            one(&format!("@misc{{{key}, {head}}}"))
                .aliases
                .iter()
                .map(|a| a.to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(aliases("smith2020"), Vec::<String>::new());
        assert_eq!(aliases("Smith2020"), Vec::<String>::new());
        assert_eq!(aliases("Smith:2020"), ["Smith:2020"]);
        // A CSL-JSON item's id is its key: (id, aliases) of an item with this id field.
        let csl = |id_field: &str| {
            let item = format!(
                r#"[{{{id_field} "type": "article", "title": "Deep Nets",
                     "author": [{{"family": "B", "given": "A."}}],
                     "issued": {{"date-parts": [[2020]]}}, "URL": "https://a.org/t"}}]"#
            );
            let paper = csl_json(&item, "t.json", &Options::default())
                .expect("CSL-JSON")
                .papers
                .remove(0);
            (paper.id.to_string(), paper.aliases.len())
        };
        // Without an id there is no key: the id comes from the title.
        assert_eq!(csl(""), ("deep-2020".to_string(), 0));
        // A key with a space in it cannot be typed as one word.
        assert_eq!(csl(r#""id": "My Key","#), ("my-key".to_string(), 0));
    }

    #[test]
    fn builds_on_links_only_papers_released_before() {
        let options = Options {
            builds_on: vec![
                ("older".into(), "2020-03-31".into()),
                ("same-day".into(), "2020-04-01".into()),
                ("newer".into(), "2020-04-02".into()),
            ],
            ..Options::default()
        };
        let (notes, papers) = notes_and_papers(
            "@misc{k, author = {A. B}, title = {T}, date = {2020-04-01}, url = {https://a.org/t}}",
            &options,
        );
        let linked: Vec<_> = papers[0]
            .builds_on
            .iter()
            .map(|l| l.id.to_string())
            .collect();
        assert_eq!(linked, ["older"]);
        assert_eq!(papers[0].builds_on[0].note, "Linked on import.");
        assert_eq!(
            notes,
            [
                "entry 'k': not linked to 'same-day', which is not older",
                "entry 'k': not linked to 'newer', which is not older",
            ]
        );
    }

    #[test]
    fn an_abstract_becomes_the_summary_up_to_2000_characters() {
        let summary = |len: usize| {
            one(&format!(
                "@misc{{k, author = {{A. B}}, title = {{T}}, year = 2020,
                   url = {{https://a.org/t}}, abstract = {{{}}}}}",
                "é".repeat(len)
            ))
            .summary
            .chars()
            .count()
        };
        assert_eq!(summary(2_000), 2_000);
        assert_eq!(summary(2_001), 0);
    }
}
