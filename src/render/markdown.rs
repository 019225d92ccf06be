//! A Markdown table of papers with linked titles, ready to paste into a README.

use std::io::{self, Write};

use crate::catalog::Catalog;

pub fn papers(out: &mut impl Write, catalog: &Catalog, papers: &[usize]) -> io::Result<()> {
    writeln!(out, "| Year | Paper | Authors | Venue | Era |")?;
    writeln!(out, "|---:|---|---|---|---|")?;
    for &i in papers {
        let p = catalog.paper(i);
        let authors = match p.authors.as_slice() {
            [one] => one.to_string(),
            [a, b] => format!("{a}, {b}"),
            [first, ..] => format!("{first} et al."),
            [] => String::new(),
        };
        writeln!(
            out,
            "| {} | [{}]({}) | {} | {} | {} |",
            p.year,
            cell(&p.title).replace('[', "\\[").replace(']', "\\]"),
            p.url.replace(' ', "%20").replace(')', "%29"),
            cell(&authors),
            cell(&p.venue),
            cell(&catalog.eras[catalog.era_of(i)].name),
        )?;
    }
    Ok(())
}

/// Escapes what would break a table cell: pipes, and line breaks.
pub(crate) fn cell(text: &str) -> String {
    super::style::clean_line(text).replace('|', "\\|")
}
