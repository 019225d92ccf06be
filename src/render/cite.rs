//! Citations ready to paste: BibTeX, APA 7, MLA 9 and a plain one-liner.
//!
//! Plain text cannot italicise, so journal and proceedings names stay plain rather than
//! wrapped in markup a word processor would not read. Titles stay as published: APA's
//! sentence case and MLA's title case cannot be produced reliably by a program (acronyms,
//! proper nouns, model names like "LLaMA"), and a wrong lower-casing is worse than none.
//! Conference acronyms are spelled out as in the BibTeX entries; reports and preprints
//! keep the venue as the catalog writes it.

use std::io::{self, Write};

use super::bibtex::{self, Kind};
use super::style::clean_line;
use crate::catalog::text::split_name;
use crate::catalog::{Catalog, Paper, Text};

/// A citation style.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum CiteStyle {
    /// BibTeX entries, the same as `export --format bibtex`
    #[default]
    Bibtex,
    /// APA 7th edition reference-list entries
    Apa,
    /// MLA 9th edition works-cited entries
    Mla,
    /// One line: Authors (Year). Title. Venue. URL
    Plain,
}

/// Writes the citations of these papers: BibTeX entries separated by blank lines, the
/// other styles one line per paper.
pub fn papers(
    out: &mut impl Write,
    catalog: &Catalog,
    papers: &[usize],
    style: CiteStyle,
) -> io::Result<()> {
    if style == CiteStyle::Bibtex {
        return bibtex::papers(out, catalog, papers);
    }
    for &i in papers {
        writeln!(out, "{}", citation(catalog.paper(i), style))?;
    }
    Ok(())
}

/// One paper's citation in a one-line style (BibTeX has its own module).
pub fn citation(paper: &Paper, style: CiteStyle) -> String {
    let title = clean_line(&paper.title);
    let venue = clean_line(&paper.venue);
    // A preprint is cited by its arXiv id; the venue text may say more (a later version).
    let preprint = match &paper.arxiv {
        Some(id) => format!("arXiv preprint arXiv:{}", clean_line(id)),
        None => venue.clone(),
    };
    let year = bibtex::year(paper);
    match style {
        CiteStyle::Apa => {
            let container = match bibtex::kind(&paper.venue) {
                Kind::Article {
                    journal,
                    volume,
                    number,
                } => {
                    let issue = number.map(|n| format!("({n})")).unwrap_or_default();
                    format!("{}, {volume}{issue}", clean_line(&journal))
                }
                Kind::Proceedings { booktitle } => format!("In {}", clean_line(&booktitle)),
                Kind::Report { .. } => venue,
                Kind::Preprint => preprint,
            };
            format!(
                "{} ({year}). {} {}. {}",
                end_with_period(apa_authors(&paper.authors)),
                end_with_period(title),
                container,
                link(paper)
            )
        }
        CiteStyle::Mla => {
            let container = match bibtex::kind(&paper.venue) {
                Kind::Article {
                    journal,
                    volume,
                    number,
                } => {
                    let issue = number.map(|n| format!(", no. {n}")).unwrap_or_default();
                    format!("{}, vol. {volume}{issue}", clean_line(&journal))
                }
                Kind::Proceedings { booktitle } => clean_line(&booktitle),
                Kind::Report { .. } => venue,
                Kind::Preprint => preprint,
            };
            format!(
                "{} \"{}\" {container}, {year}, {}.",
                end_with_period(mla_authors(&paper.authors)),
                end_with_period(title),
                link(paper)
            )
        }
        CiteStyle::Plain | CiteStyle::Bibtex => format!(
            "{} ({year}). {} {}. {}",
            plain_authors(&paper.authors),
            end_with_period(title),
            venue,
            clean_line(&paper.url)
        ),
    }
}

/// The DOI as a link when there is one, else the full-text URL.
fn link(paper: &Paper) -> String {
    match &paper.doi {
        Some(doi) => format!("https://doi.org/{}", clean_line(doi)),
        None => clean_line(&paper.url),
    }
}

/// Closes a sentence unless it already ends in punctuation ("Initials, J. L.", "Why?").
fn end_with_period(mut text: String) -> String {
    if !text.ends_with(['.', '?', '!']) {
        text.push('.');
    }
    text
}

/// "Geoffrey E." -> "G. E.", "Ming-Wei" -> "M.-W.".
fn initials(given: &str) -> String {
    given
        .split_whitespace()
        .map(|word| {
            word.split('-')
                .filter_map(|part| part.chars().next())
                .map(|c| format!("{c}."))
                .collect::<Vec<_>>()
                .join("-")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// APA 7: "Surname, I. I." for each author, "&" before the last; from 21 authors on,
/// the first 19, an ellipsis, then the last.
fn apa_authors(authors: &[Text]) -> String {
    let names: Vec<String> = authors
        .iter()
        .map(|a| match split_name(a) {
            Some((given, surname)) => clean_line(&format!("{surname}, {}", initials(given))),
            None => clean_line(a),
        })
        .collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] if names.len() <= 20 => format!("{}, & {last}", rest.join(", ")),
        [..] => format!("{}, ... {}", names[..19].join(", "), names[names.len() - 1]),
    }
}

/// MLA 9: "Surname, Given" alone; "Surname, Given, and Given Surname" for two;
/// "Surname, Given, et al." for three or more.
fn mla_authors(authors: &[Text]) -> String {
    let inverted = |a: &str| match split_name(a) {
        Some((given, surname)) => clean_line(&format!("{surname}, {given}")),
        None => clean_line(a),
    };
    match authors {
        [] => String::new(),
        [one] => inverted(one),
        [a, b] => format!("{}, and {}", inverted(a), clean_line(b)),
        [a, ..] => format!("{}, et al.", inverted(a)),
    }
}

/// Names as written: "A", "A and B", "A et al.".
fn plain_authors(authors: &[Text]) -> String {
    match authors {
        [] => String::new(),
        [one] => clean_line(one),
        [a, b] => format!("{} and {}", clean_line(a), clean_line(b)),
        [a, ..] => format!("{} et al.", clean_line(a)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(n: usize) -> Vec<Text> {
        (1..=n)
            .map(|i| format!("Given{i} Surname{i}").into())
            .collect()
    }

    #[test]
    fn initials_keep_hyphens_and_accents() {
        assert_eq!(initials("Ming-Wei"), "M.-W.");
        assert_eq!(initials("Jimmy Lei"), "J. L.");
        assert_eq!(initials("Łukasz"), "Ł.");
    }

    #[test]
    fn apa_lists_up_to_twenty_authors_with_an_ampersand() {
        assert_eq!(apa_authors(&names(1)), "Surname1, G.");
        assert_eq!(apa_authors(&names(2)), "Surname1, G., & Surname2, G.");
        let twenty = apa_authors(&names(20));
        assert!(
            twenty.ends_with("Surname19, G., & Surname20, G."),
            "{twenty}"
        );
    }

    #[test]
    fn apa_cuts_twenty_one_authors_to_nineteen_and_the_last() {
        let cut = apa_authors(&names(21));
        assert!(cut.ends_with("Surname19, G., ... Surname21, G."), "{cut}");
        assert!(!cut.contains("Surname20"));
        assert!(!cut.contains('&'));
    }

    #[test]
    fn mla_names_one_two_or_the_first_et_al() {
        assert_eq!(mla_authors(&names(1)), "Surname1, Given1");
        assert_eq!(
            mla_authors(&names(2)),
            "Surname1, Given1, and Given2 Surname2"
        );
        assert_eq!(mla_authors(&names(3)), "Surname1, Given1, et al.");
        assert_eq!(mla_authors(&["DeepSeek-AI".into()]), "DeepSeek-AI");
    }

    #[test]
    fn sentences_are_closed_once() {
        assert_eq!(end_with_period("Title".into()), "Title.");
        assert_eq!(end_with_period("Why?".into()), "Why?");
        assert_eq!(end_with_period("Hinton, G. E.".into()), "Hinton, G. E.");
    }
}
