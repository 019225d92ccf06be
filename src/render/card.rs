//! A paper's card: everything about one paper, for reading in a terminal. [`Card`] is what
//! it shows, in order; [`paper`] writes it as text and the browser draws the same sections.

use std::io::{self, Write};

use super::Term;
use super::style::{clean, clean_line};
use super::wrap;
use crate::catalog::text::author_name;
use crate::catalog::{Catalog, DatePrecision, Paper};

/// Width of the label column ("Authors", "Venue", ...).
pub const LABEL: usize = 9;

/// What a card shows, made safe for a terminal, before any wrapping or colour.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    pub name: String,
    pub id: String,
    pub title: String,
    /// The labelled facts under the title: authors, release, venue, era, link, ids, tags.
    pub facts: Vec<Fact>,
    /// The labelled lines after them: why it matters and the one-line summary.
    pub notes: Vec<Fact>,
    pub summary: String,
    pub results: Vec<String>,
    /// The papers it builds on, each with the note on the link.
    pub builds_on: Vec<Entry>,
    /// The papers that built on it.
    pub led_to: Vec<Entry>,
}

/// One labelled line of a card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    pub label: &'static str,
    pub value: String,
    pub kind: FactKind,
}

/// How a fact's value is painted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactKind {
    /// Wrapped plain text.
    Text,
    /// The era line, in the era's colour (the era's index).
    Era(usize),
    /// A link, underlined and never wrapped.
    Link,
}

/// A linked paper on a card: which one, and the line that names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub paper: usize,
    pub text: String,
}

/// The card of one paper.
pub fn card(catalog: &Catalog, paper: usize) -> Card {
    let p = catalog.paper(paper);
    let era = catalog.era_of(paper);
    let text = |label, value: String| Fact {
        label,
        value,
        kind: FactKind::Text,
    };
    let authors: Vec<_> = p.authors.iter().map(|a| author_name(a)).collect();
    let mut facts = vec![text("Authors", clean_line(&authors.join(", ")))];
    let released = match p.date_precision {
        DatePrecision::Year => p.year.to_string(),
        _ => format!("{} ({})", p.year, p.known_date()),
    };
    facts.push(text("Released", released));
    facts.push(text("Venue", clean_line(&venue(p))));
    if let Some(published) = &p.published {
        facts.push(text(
            "Published",
            clean_line(&format!("as {}", published.describe())),
        ));
    }
    facts.push(Fact {
        label: "Era",
        value: format!("{} · {}", era + 1, clean_line(&catalog.eras[era].name)),
        kind: FactKind::Era(era),
    });
    facts.push(Fact {
        label: "Read",
        value: clean_line(&p.url),
        kind: FactKind::Link,
    });
    let mut ids = Vec::new();
    if let Some(arxiv) = &p.arxiv {
        ids.push(format!("arXiv:{}", clean_line(arxiv)));
    }
    if let Some(doi) = &p.doi {
        ids.push(format!("doi:{}", clean_line(doi)));
    }
    if !ids.is_empty() {
        facts.push(text("", ids.join("  ")));
    }
    if !p.tags.is_empty() {
        facts.push(text("Tags", clean_line(&p.tags.join(", "))));
    }
    let source = catalog.source_of(paper);
    if source != crate::catalog::EMBEDDED {
        facts.push(text("From", clean_line(source)));
    }
    let builds_on = catalog
        .builds_on(paper)
        .iter()
        .zip(&p.builds_on)
        .map(|(&target, link)| Entry {
            paper: target,
            text: format!("{} — {}", mention(catalog, target), clean_line(&link.note)),
        })
        .collect();
    let led_to = catalog
        .led_to(paper)
        .iter()
        .map(|&later| Entry {
            paper: later,
            text: mention(catalog, later),
        })
        .collect();
    Card {
        name: clean_line(&p.name),
        id: p.id.to_string(),
        title: clean_line(&p.title),
        facts,
        notes: [("Why", &p.why), ("TL;DR", &p.tldr)]
            .into_iter()
            .filter(|(_, value)| !value.is_empty())
            .map(|(label, value)| text(label, clean_line(value)))
            .collect(),
        summary: clean(&p.summary).into_owned(),
        results: p.results.iter().map(|r| clean_line(r)).collect(),
        builds_on,
        led_to,
    }
}

/// "Name (year, id)": how a card names a linked paper.
fn mention(catalog: &Catalog, paper: usize) -> String {
    let p = catalog.paper(paper);
    format!("{} ({}, {})", clean_line(&p.name), p.year, p.id)
}

/// Cards for several papers, a dim rule between each two.
pub fn papers(
    out: &mut impl Write,
    catalog: &Catalog,
    papers: &[usize],
    term: &Term,
) -> io::Result<()> {
    let rule = term.palette.dim(&"─".repeat(term.prose_width().min(40)));
    for (n, &p) in papers.iter().enumerate() {
        if n > 0 {
            writeln!(out, "\n{rule}\n")?;
        }
        paper(out, catalog, p, term)?;
    }
    Ok(())
}

pub fn paper(out: &mut impl Write, catalog: &Catalog, paper: usize, term: &Term) -> io::Result<()> {
    let card = card(catalog, paper);
    let p = catalog.paper(paper);
    let pal = &term.palette;
    let width = term.prose_width();

    let id = format!("({})", card.id);
    if term
        .width
        .is_none_or(|w| wrap::width(&card.name) + 2 + wrap::width(&id) <= w)
    {
        writeln!(out, "{}  {}", pal.title(&card.name), pal.dim(&id))?;
    } else {
        // The id on a line of its own rather than cut or split.
        for line in wrap::fit(&card.name, term.width, "") {
            writeln!(out, "{}", pal.title(&line))?;
        }
        writeln!(out, "{}", pal.dim(&id))?;
    }
    // Each line its own link, so no link runs on past the end of a line.
    for line in wrap::wrap(&card.title, wrap::options(width)) {
        writeln!(out, "{}", pal.heading(&pal.hyperlink(&p.url, &line)))?;
    }
    writeln!(out)?;
    let linked = pal.links && pal.hyperlink(&p.url, "x") != "x";
    let field = |out: &mut dyn Write, fact: &Fact| -> io::Result<()> {
        let label = pal.label(&format!("{:<LABEL$}", fact.label));
        let paint = |line: &str| match fact.kind {
            FactKind::Era(era) => pal.era(era, line),
            _ => line.to_string(),
        };
        let value = match fact.kind {
            FactKind::Link => {
                // A URL is never broken; a clickable one may be shortened, since the link
                // keeps it whole.
                let shown = match term.width {
                    Some(w) if linked => {
                        wrap::shorten(&fact.value, w.saturating_sub(LABEL + 1).max(20), "…")
                    }
                    _ => fact.value.as_str().into(),
                };
                return writeln!(out, "{label} {}", pal.link(&pal.hyperlink(&p.url, &shown)));
            }
            // The arXiv id and the DOI, each its own link.
            FactKind::Text if fact.label.is_empty() && linked => {
                let mut ids = Vec::new();
                if let Some(arxiv) = &p.arxiv {
                    let text = format!("arXiv:{}", clean_line(arxiv));
                    ids.push(pal.hyperlink(&arxiv_url(arxiv), &text));
                }
                if let Some(doi) = &p.doi {
                    let text = format!("doi:{}", clean_line(doi));
                    ids.push(pal.hyperlink(&doi_url(doi), &text));
                }
                ids.join("  ")
            }
            _ => fact.value.clone(),
        };
        let indent = " ".repeat(LABEL + 1);
        for (n, line) in wrap::wrap(&value, fact_options(width)).iter().enumerate() {
            if n == 0 {
                writeln!(out, "{label} {}", paint(line))?;
            } else {
                writeln!(out, "{indent}{}", paint(line))?;
            }
        }
        Ok(())
    };
    for fact in &card.facts {
        field(out, fact)?;
    }
    // A user's paper may leave out its why, TL;DR and summary: no empty lines for them.
    if !card.notes.is_empty() {
        writeln!(out)?;
    }
    for fact in &card.notes {
        field(out, fact)?;
    }
    if !card.summary.is_empty() {
        writeln!(out)?;
        for line in wrap::wrap(&card.summary, wrap::options(width)) {
            writeln!(out, "{line}")?;
        }
    }
    let lists = [
        ("Key results", card.results.iter().collect::<Vec<_>>()),
        (
            "Builds on",
            card.builds_on.iter().map(|e| &e.text).collect(),
        ),
        ("Led to", card.led_to.iter().map(|e| &e.text).collect()),
    ];
    for (heading, items) in lists {
        if items.is_empty() {
            continue;
        }
        writeln!(out)?;
        writeln!(out, "{}", pal.label(heading))?;
        for item in items {
            for line in wrap::wrap(item, bullet_options(width)) {
                writeln!(out, "{line}")?;
            }
        }
    }
    Ok(())
}

/// Where an arXiv id resolves.
pub fn arxiv_url(id: &str) -> String {
    format!("https://arxiv.org/abs/{id}")
}

/// Where a DOI resolves.
pub fn doi_url(doi: &str) -> String {
    format!("https://doi.org/{doi}")
}

/// How a labelled fact's value wraps beside its label.
pub fn fact_options(width: usize) -> textwrap::Options<'static> {
    wrap::options(width.saturating_sub(LABEL + 1).max(20))
}

/// How a bulleted item (a result, a linked paper) wraps.
pub fn bullet_options(width: usize) -> textwrap::Options<'static> {
    wrap::options(width)
        .initial_indent("  • ")
        .subsequent_indent("    ")
}

/// The venue with the pages and publisher a citation adds to it. Volume and issue are
/// left to the venue text, which names them for journals ("Nature 323").
fn venue(p: &Paper) -> String {
    let mut line = p.venue.to_string();
    if let Some(pages) = &p.pages {
        line += &format!(", pp. {pages}");
    }
    if let Some(publisher) = &p.publisher {
        line += &format!(" · {publisher}");
    }
    line
}
