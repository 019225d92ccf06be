//! Aligned tables for reading: fitted to the terminal, unlimited in a pipe.

use std::io::{self, Write};

use comfy_table::{Cell, ContentArrangement, Row, Table, presets};

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
    table.set_truncation_indicator("…");
    for cells in rows {
        let mut row = Row::from(cells.into_iter().map(Cell::new).collect::<Vec<_>>());
        // On a terminal one line per paper keeps the list scannable: long cells end in "…".
        if term.width.is_some() {
            row.max_height(1);
        }
        table.add_row(row);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::fixture;
    use crate::render::Palette;

    fn render(width: Option<usize>) -> String {
        let mut catalog =
            fixture::catalog(&[("a", "2000-01-01", &[]), ("b", "2001-01-01", &["a"])]);
        catalog.papers[0].why =
            "A very long line of text that cannot fit in a narrow terminal at all".into();
        let term = Term {
            palette: Palette { enabled: false },
            width,
        };
        let mut out = Vec::new();
        papers(&mut out, &catalog, &[0, 1], &Field::TABLE, &term).expect("writes");
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn on_a_terminal_rows_fit_the_width_on_one_line_each() {
        let text = render(Some(50));
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 3, "{text}");
        assert!(lines.iter().all(|l| l.chars().count() <= 50), "{text}");
        assert!(lines[1].ends_with('…'), "{text}");
    }

    #[test]
    fn in_a_pipe_nothing_is_cut() {
        let text = render(None);
        assert!(
            text.contains("cannot fit in a narrow terminal at all\n"),
            "{text}"
        );
        assert!(!text.contains('…'));
    }
}
