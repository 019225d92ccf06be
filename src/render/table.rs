//! Aligned tables for reading: fitted to the terminal, unlimited in a pipe.

use std::io::{self, Write};

use comfy_table::{Cell, ContentArrangement, Table, presets};

use super::Term;
use super::style::clean_line;
use crate::catalog::{Catalog, Field};

/// A table of papers with the given columns.
pub fn papers(
    out: &mut impl Write,
    catalog: &Catalog,
    papers: &[usize],
    fields: &[Field],
    term: &Term,
) -> io::Result<()> {
    let header = fields.iter().map(|f| term.palette.label(f.heading()));
    let rows = papers.iter().map(|&i| {
        fields
            .iter()
            .map(|&f| {
                let text = clean_line(&f.text(catalog, i));
                match f {
                    Field::Id => term.palette.id(&text),
                    Field::Era | Field::EraName => term.palette.era(catalog.era_of(i), &text),
                    Field::Year => term.palette.year(&text),
                    _ => text,
                }
            })
            .collect::<Vec<_>>()
    });
    write(out, header, rows, term)
}

/// Any table of already-styled cells, laid out for the terminal.
pub fn write<H, R, C>(out: &mut impl Write, header: H, rows: R, term: &Term) -> io::Result<()>
where
    H: IntoIterator<Item = String>,
    R: IntoIterator<Item = C>,
    C: IntoIterator<Item = String>,
{
    let mut table = Table::new();
    table.load_style(presets::NOTHING).force_no_tty();
    match term.width {
        Some(width) => {
            table.set_content_arrangement(ContentArrangement::Dynamic);
            table.set_width(u16::try_from(width).unwrap_or(u16::MAX));
        }
        None => {
            table.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    table.set_header(header.into_iter().map(Cell::new));
    for row in rows {
        table.add_row(row.into_iter().map(Cell::new));
    }
    // No border, no left margin: two spaces between columns.
    for column in table.column_iter_mut() {
        column.set_padding((0, 2));
    }
    for line in table.lines() {
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}
