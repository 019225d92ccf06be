//! The eras: their table, their headers, and their JSON objects.

use std::io::{self, Write};

use serde_json::{Value, json};

use super::Term;
use super::style::clean_line;
use crate::catalog::Catalog;

/// The table of eras: number, id, name, years, paper count, description.
pub fn table(out: &mut impl Write, catalog: &Catalog, term: &Term) -> io::Result<()> {
    let pal = &term.palette;
    let header = ["#", "ID", "Name", "Years", "Papers", "Description"].map(|h| pal.label(h));
    let rows = (0..catalog.eras.len()).map(|i| {
        let era = &catalog.eras[i];
        vec![
            (i + 1).to_string(),
            pal.era(i, &clean_line(&era.id)),
            pal.era(i, &clean_line(&era.name)),
            catalog.era_years(i),
            catalog.era_members(i).len().to_string(),
            clean_line(&era.description),
        ]
    });
    super::table::write(out, header, rows, term)
}

/// An era's header: "3 · The Transformer · 2017 · 1 paper", then its description.
pub fn header(out: &mut impl Write, catalog: &Catalog, era: usize, term: &Term) -> io::Result<()> {
    let e = &catalog.eras[era];
    let count = catalog.era_members(era).len();
    let line = format!(
        "{} · {} · {} · {count} paper{}",
        era + 1,
        clean_line(&e.name),
        catalog.era_years(era),
        if count == 1 { "" } else { "s" }
    );
    writeln!(out, "{}", term.palette.era(era, &term.palette.title(&line)))?;
    for line in textwrap::wrap(&clean_line(&e.description), term.prose_width()) {
        writeln!(out, "{}", term.palette.dim(&line))?;
    }
    Ok(())
}

/// An era as JSON: its number, id, name, description, years and paper ids.
pub fn object(catalog: &Catalog, era: usize) -> Value {
    let e = &catalog.eras[era];
    let span = catalog.era_span(era);
    json!({
        "number": era + 1,
        "id": e.id,
        "name": e.name,
        "description": e.description,
        "start_year": span.map(|s| s.0),
        "end_year": span.map(|s| s.1),
        "paper_count": catalog.era_members(era).len(),
        "papers": catalog.era_members(era).iter().map(|&i| &catalog.paper(i).id).collect::<Vec<_>>(),
    })
}
