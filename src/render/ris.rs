//! RIS records (EndNote, Zotero and Mendeley import them), written from the citation
//! items of [`super::citation`].

use std::io::{self, Write};

use super::citation::{Item, ItemType, Name};

/// Writes one record per item, each closed by `ER  -` and a blank line.
pub fn items(out: &mut impl Write, items: &[Item]) -> io::Result<()> {
    for item in items {
        record(out, item)?;
    }
    Ok(())
}

fn record(out: &mut impl Write, item: &Item) -> io::Result<()> {
    let kind = match item.kind {
        ItemType::ArticleJournal => "JOUR",
        ItemType::PaperConference => "CPAPER",
        ItemType::Report => "RPRT",
        ItemType::Article => "PREPRINT",
    };
    let mut tag = |tag: &str, value: &str| {
        // A tag's value ends at the line's end: RIS has no way to continue one.
        let value: String = value
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        writeln!(out, "{tag}  - {}", value.trim())
    };
    tag("TY", kind)?;
    tag("ID", &item.id)?;
    tag("TI", &item.title)?;
    for author in &item.author {
        match author {
            Name::Organisation { literal } => tag("AU", literal)?,
            Name::Person { given, suffix, .. } => {
                let family = author.full_family().unwrap_or_default();
                match suffix {
                    Some(suffix) => tag("AU", &format!("{family}, {given}, {suffix}"))?,
                    None => tag("AU", &format!("{family}, {given}"))?,
                }
            }
        }
    }
    let date = &item.issued.parts[0];
    tag("PY", &date[0].to_string())?;
    // RIS dates are YYYY/MM/DD/, with the unknown parts left empty.
    let part = |n: usize| date.get(n).map_or(String::new(), |p| format!("{p:02}"));
    tag("DA", &format!("{}/{}/{}/", date[0], part(1), part(2)))?;
    if let Some(container) = &item.container_title {
        tag("T2", container)?;
    }
    if let Some(volume) = &item.volume {
        tag("VL", volume)?;
    }
    if let Some(issue) = &item.issue {
        tag("IS", issue)?;
    }
    if let Some(page) = &item.page {
        match page.split_once('-') {
            Some((start, end)) => {
                tag("SP", start)?;
                tag("EP", end)?;
            }
            None => tag("SP", page)?,
        }
    }
    if let Some(publisher) = &item.publisher {
        tag("PB", publisher)?;
    }
    if let Some(genre) = &item.genre {
        tag("M3", genre)?;
    }
    if let Some(number) = &item.number {
        tag("SN", number)?;
    }
    if let Some(doi) = &item.doi {
        tag("DO", doi)?;
    }
    tag("UR", &item.url)?;
    tag("ER", "")?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::citation::{Date, item};

    #[test]
    fn a_record_has_every_field_on_its_own_line() {
        let mut paper = crate::catalog::fixture::paper("a", "1986-10-09", &[]);
        paper.venue = "Nature 323".into();
        paper.issue = Some("6088".into());
        paper.pages = Some("533-536".into());
        paper.authors = vec!["David E. Rumelhart".into(), "DeepSeek-AI".into()];
        let mut it = item(&paper, "key");
        it.title = "Two\nlines".into();
        it.issued = Date {
            parts: [vec![1986, 10]],
        };
        let mut out = Vec::new();
        items(&mut out, &[it]).expect("writing to memory");
        let text = String::from_utf8(out).expect("UTF-8");
        assert!(
            text.starts_with("TY  - JOUR\nID  - key\nTI  - Two lines\n"),
            "{text}"
        );
        assert!(text.contains("AU  - Rumelhart, David E.\nAU  - DeepSeek-AI\n"));
        assert!(text.contains("PY  - 1986\nDA  - 1986/10//\nT2  - Nature\nVL  - 323\n"));
        assert!(text.contains("IS  - 6088\nSP  - 533\nEP  - 536\n"));
        assert!(
            text.ends_with("UR  - https://example.org/a\nER  - \n\n"),
            "{text}"
        );
    }
}
