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

    let name = clean_line(&p.name);
    let id = format!("({})", clean_line(&p.id));
    if term
        .width
        .is_none_or(|w| wrap::width(&name) + 2 + wrap::width(&id) <= w)
    {
        writeln!(out, "{}  {}", pal.title(&name), pal.dim(&id))?;
    } else {
        // The id on a line of its own rather than cut or split.
        for line in wrap::fit(&name, term.width, "") {
            writeln!(out, "{}", pal.title(&line))?;
        }
        writeln!(out, "{}", pal.dim(&id))?;
    }
    // Each line its own link, so no link runs on past the end of a line.
    for line in wrap::wrap(&clean_line(&p.title), wrap::options(width)) {
        writeln!(out, "{}", pal.heading(&pal.hyperlink(&p.url, &line)))?;
    }
    writeln!(out)?;
    let painted = |out: &mut dyn Write,
                   label: &str,
                   value: &str,
                   paint: &dyn Fn(&str) -> String|
     -> io::Result<()> {
        let indent = " ".repeat(LABEL + 1);
        let options = wrap::options(width.saturating_sub(LABEL + 1).max(20));
        for (n, line) in wrap::wrap(value, options).iter().enumerate() {
            if n == 0 {
                writeln!(
                    out,
                    "{} {}",
                    pal.label(&format!("{label:<LABEL$}")),
                    paint(line)
                )?;
            } else {
                writeln!(out, "{indent}{}", paint(line))?;
            }
        }
        Ok(())
    };
    let field = |out: &mut dyn Write, label: &str, value: &str| {
        painted(out, label, value, &|line: &str| line.to_string())
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
    painted(out, "Era", &era_line, &|line: &str| pal.era(era, line))?;
    // A URL is never broken; a clickable one may be shortened, since the link keeps it whole.
    let url = clean_line(&p.url);
    let shown = match term.width {
        Some(w) if pal.links && pal.hyperlink(&p.url, "x") != "x" => {
            wrap::shorten(&url, w.saturating_sub(LABEL + 1).max(20), "…")
        }
        _ => url.as_str().into(),
    };
    writeln!(
        out,
        "{} {}",
        pal.label(&format!("{:<LABEL$}", "Read")),
        pal.link(&pal.hyperlink(&p.url, &shown))
    )?;
    let mut ids = Vec::new();
    if let Some(arxiv) = &p.arxiv {
        let text = format!("arXiv:{}", clean_line(arxiv));
        ids.push(pal.hyperlink(&arxiv_url(arxiv), &text));
    }
    if let Some(doi) = &p.doi {
        ids.push(pal.hyperlink(&doi_url(doi), &format!("doi:{}", clean_line(doi))));
    }
    if !ids.is_empty() {
        field(out, "", &ids.join("  "))?;
    }
    if !p.tags.is_empty() {
        field(out, "Tags", &clean_line(&p.tags.join(", ")))?;
    }
    writeln!(out)?;
    field(out, "Why", &clean_line(&p.why))?;
    field(out, "TL;DR", &clean_line(&p.tldr))?;
    writeln!(out)?;
    for line in wrap::wrap(&clean(&p.summary), wrap::options(width)) {
        writeln!(out, "{line}")?;
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

/// Where an arXiv id resolves.
pub fn arxiv_url(id: &str) -> String {
    format!("https://arxiv.org/abs/{id}")
}

/// Where a DOI resolves.
pub fn doi_url(doi: &str) -> String {
    format!("https://doi.org/{doi}")
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
