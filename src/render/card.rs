//! A paper's card: everything about one paper, for reading in a terminal.

use std::io::{self, Write};

use super::Term;
use super::style::{clean, clean_line};
use super::wrap;
use crate::catalog::{Catalog, DatePrecision, Paper};

/// Width of the label column ("Authors", "Venue", ...).
const LABEL: usize = 9;

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
    let p = catalog.paper(paper);
    let pal = &term.palette;
    let width = term.prose_width();
    let era = catalog.era_of(paper);

    writeln!(
        out,
        "{}  {}",
        pal.title(&clean_line(&p.name)),
        pal.dim(&format!("({})", p.id))
    )?;
    for line in wrap::wrap(&clean_line(&p.title), wrap::options(width)) {
        writeln!(out, "{}", pal.heading(&line))?;
    }
    writeln!(out)?;
    let field = |out: &mut dyn Write, label: &str, value: &str| -> io::Result<()> {
        let indent = " ".repeat(LABEL + 1);
        let options = wrap::options(width.saturating_sub(LABEL + 1).max(20));
        for (n, line) in wrap::wrap(value, options).iter().enumerate() {
            if n == 0 {
                writeln!(out, "{} {line}", pal.label(&format!("{label:<LABEL$}")))?;
            } else {
                writeln!(out, "{indent}{line}")?;
            }
        }
        Ok(())
    };
    field(out, "Authors", &clean_line(&p.authors.join(", ")))?;
    let released = match p.date_precision {
        DatePrecision::Year => p.year.to_string(),
        _ => format!("{} ({})", p.year, p.known_date()),
    };
    field(out, "Released", &released)?;
    field(out, "Venue", &clean_line(&venue(p)))?;
    if let Some(published) = &p.published {
        field(
            out,
            "Published",
            &clean_line(&format!("as {}", published.describe())),
        )?;
    }
    let era_line = format!("{} · {}", era + 1, clean_line(&catalog.eras[era].name));
    writeln!(
        out,
        "{} {}",
        pal.label(&format!("{:<LABEL$}", "Era")),
        pal.era(era, &era_line)
    )?;
    writeln!(
        out,
        "{} {}",
        pal.label(&format!("{:<LABEL$}", "Read")),
        pal.link(&clean_line(&p.url))
    )?;
    let mut ids = Vec::new();
    if let Some(arxiv) = &p.arxiv {
        ids.push(format!("arXiv:{}", clean_line(arxiv)));
    }
    if let Some(doi) = &p.doi {
        ids.push(format!("doi:{}", clean_line(doi)));
    }
    if !ids.is_empty() {
        field(out, "", &ids.join("  "))?;
    }
    if !p.tags.is_empty() {
        field(out, "Tags", &clean_line(&p.tags.join(", ")))?;
    }
    let source = catalog.source_of(paper);
    if source != crate::catalog::EMBEDDED {
        field(out, "From", &clean_line(source))?;
    }
    // A user's paper may leave out its why, TL;DR and summary: no empty lines for them.
    if !p.why.is_empty() || !p.tldr.is_empty() {
        writeln!(out)?;
    }
    for (label, text) in [("Why", &p.why), ("TL;DR", &p.tldr)] {
        if !text.is_empty() {
            field(out, label, &clean_line(text))?;
        }
    }
    if !p.summary.is_empty() {
        writeln!(out)?;
        for line in wrap::wrap(&clean(&p.summary), wrap::options(width)) {
            writeln!(out, "{line}")?;
        }
    }

    if !p.results.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", pal.label("Key results"))?;
        for result in &p.results {
            bullet(out, &clean_line(result), width)?;
        }
    }
    let builds_on = catalog.builds_on(paper);
    if !builds_on.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", pal.label("Builds on"))?;
        for (&target, link) in builds_on.iter().zip(&p.builds_on) {
            let t = catalog.paper(target);
            let head = format!("{} ({}, {})", clean_line(&t.name), t.year, t.id);
            bullet(out, &format!("{head} — {}", clean_line(&link.note)), width)?;
        }
    }
    let led_to = catalog.led_to(paper);
    if !led_to.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", pal.label("Led to"))?;
        for &later in led_to {
            let l = catalog.paper(later);
            bullet(
                out,
                &format!("{} ({}, {})", clean_line(&l.name), l.year, l.id),
                width,
            )?;
        }
    }
    Ok(())
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

fn bullet(out: &mut impl Write, text: &str, width: usize) -> io::Result<()> {
    let options = wrap::options(width)
        .initial_indent("  • ")
        .subsequent_indent("    ");
    for line in wrap::wrap(text, options) {
        writeln!(out, "{line}")?;
    }
    Ok(())
}
