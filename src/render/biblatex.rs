//! BibLaTeX entries, written from the citation items of [`super::citation`]: BibLaTeX's
//! own types and fields (`date`, `journaltitle`, `eprinttype`), which biber reads.

use std::io::{self, Write};

use super::bibtex::{escape, escape_url, protect_title};
use super::citation::{self, Item, ItemType, Name};
use crate::catalog::Catalog;

/// Writes the entries of these papers, separated by blank lines.
pub fn papers(out: &mut impl Write, catalog: &Catalog, papers: &[usize]) -> io::Result<()> {
    let items = citation::items(catalog, papers);
    for (n, (item, &i)) in items.iter().zip(papers).enumerate() {
        if n > 0 {
            writeln!(out)?;
        }
        let arxiv = catalog.paper(i).arxiv.as_deref();
        entry(out, item, arxiv)?;
    }
    Ok(())
}

fn entry(out: &mut impl Write, item: &Item, arxiv: Option<&str>) -> io::Result<()> {
    let entry_type = match item.kind {
        ItemType::ArticleJournal => "article",
        ItemType::PaperConference => "inproceedings",
        ItemType::Report => "report",
        ItemType::Article => "online",
    };
    let authors: Vec<String> = item.author.iter().map(author).collect();
    let mut fields: Vec<(&str, String)> = vec![
        ("author", authors.join(" and ")),
        ("title", protect_title(&item.title)),
    ];
    let container = item.container_title.as_deref().map(escape);
    match item.kind {
        ItemType::ArticleJournal => fields.extend(container.map(|c| ("journaltitle", c))),
        ItemType::PaperConference => fields.extend(container.map(|c| ("booktitle", c))),
        ItemType::Report => {
            fields.extend(
                item.publisher
                    .as_deref()
                    .map(|p| ("institution", escape(p))),
            );
            fields.push(("type", "techreport".to_string()));
        }
        ItemType::Article => {}
    }
    let escaped = |value: &Option<String>| value.as_deref().map(escape);
    fields.extend(escaped(&item.volume).map(|v| ("volume", v)));
    fields.extend(escaped(&item.issue).map(|v| ("number", v)));
    if let Some(pages) = &item.page {
        fields.push(("pages", escape(&pages.replace('-', "--"))));
    }
    if matches!(
        item.kind,
        ItemType::PaperConference | ItemType::ArticleJournal
    ) {
        fields.extend(escaped(&item.publisher).map(|v| ("publisher", v)));
    }
    let date: Vec<String> = item.issued.parts[0]
        .iter()
        .enumerate()
        .map(|(n, part)| {
            if n == 0 {
                format!("{part:04}")
            } else {
                format!("{part:02}")
            }
        })
        .collect();
    fields.push(("date", date.join("-")));
    fields.extend(escaped(&item.doi).map(|v| ("doi", v)));
    fields.push(("url", escape_url(&item.url)));
    if let Some(arxiv) = arxiv {
        fields.push(("eprint", escape(arxiv)));
        fields.push(("eprinttype", "arxiv".to_string()));
    }
    writeln!(out, "@{entry_type}{{{},", item.id)?;
    for (name, value) in fields {
        writeln!(out, "  {name} = {{{value}}},")?;
    }
    writeln!(out, "}}")
}

/// "Family, Given" with the particle in front ("de Las Casas, Diego"), which biber splits
/// back without guessing; an organisation braced whole.
fn author(name: &Name) -> String {
    match name {
        Name::Organisation { literal } => format!("{{{}}}", escape(literal)),
        Name::Person { given, suffix, .. } => {
            let family = name.full_family().unwrap_or_default();
            match suffix {
                Some(suffix) => {
                    format!("{}, {}, {}", escape(&family), escape(suffix), escape(given))
                }
                None => format!("{}, {}", escape(&family), escape(given)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_written_family_first_with_particles_and_suffixes() {
        assert_eq!(
            author(&citation::name("George van den Driessche")),
            "van den Driessche, George"
        );
        assert_eq!(
            author(&citation::name("Martin Luther King Jr.")),
            "King, Jr., Martin Luther"
        );
        assert_eq!(author(&citation::name("DeepSeek-AI")), "{DeepSeek-AI}");
    }
}
