//! Aligned tables for reading: fitted to the terminal, unlimited in a pipe.

use std::io::{self, Write};

use comfy_table::{Cell, ContentArrangement, Row, Table, presets};
use unicode_width::UnicodeWidthStr;

use super::Term;
use super::style::{clean_line, is_printable_ascii};
use crate::catalog::{Catalog, Field};

/// A table of papers with the given columns.
pub fn papers(
    out: &mut impl Write,
    catalog: &Catalog,
    papers: &[usize],
    fields: &[Field],
    term: &Term,
) -> io::Result<()> {
    marked_papers(out, catalog, papers, fields, None, term)
}

/// A table of papers with the given columns, after a ✓ column for the papers read when
/// `read` is given (one entry per paper of the catalog).
pub fn marked_papers(
    out: &mut impl Write,
    catalog: &Catalog,
    papers: &[usize],
    fields: &[Field],
    read: Option<&[bool]>,
    term: &Term,
) -> io::Result<()> {
    let check = read.map(|_| term.palette.label(CHECK));
    let header = check
        .into_iter()
        .chain(fields.iter().map(|f| term.palette.label(f.heading())));
    let rows = papers.iter().map(|&i| {
        read.map(|r| check_cell(r, i))
            .into_iter()
            .chain(fields.iter().map(|&f| {
                let text = clean_line(&f.text(catalog, i));
                if !term.palette.enabled {
                    return text;
                }
                match f {
                    Field::Id => term.palette.id(&text),
                    Field::Era | Field::EraName => term.palette.era(catalog.era_of(i), &text),
                    Field::Year => term.palette.year(&text),
                    _ => text,
                }
            }))
            .collect::<Vec<_>>()
    });
    write(out, header, rows, term)
}

/// The heading and mark of the column of papers read.
pub const CHECK: &str = "✓";

/// A paper's cell in the ✓ column.
pub fn check_cell(read: &[bool], paper: usize) -> String {
    if read.get(paper).copied().unwrap_or(false) {
        CHECK.to_string()
    } else {
        String::new()
    }
}

/// Any table of already-styled cells, laid out for the terminal.
pub fn write<H, R, C>(out: &mut impl Write, header: H, rows: R, term: &Term) -> io::Result<()>
where
    H: IntoIterator<Item = String>,
    R: IntoIterator<Item = C>,
    C: IntoIterator<Item = String>,
{
    let header: Vec<String> = header.into_iter().collect();
    let rows: Vec<Vec<String>> = rows
        .into_iter()
        .map(|row| row.into_iter().collect())
        .collect();
    let one_line = |cells: &[String]| cells.iter().all(|c| !c.contains('\n'));
    if term.width.is_none()
        && !term.palette.enabled
        && one_line(&header)
        && rows.iter().all(|r| one_line(r))
    {
        return plain(out, &header, &rows);
    }
    laid_out(out, header, rows, term)
}

/// A table laid out by comfy-table: fitted to the terminal's width, colours measured.
fn laid_out(
    out: &mut impl Write,
    header: Vec<String>,
    rows: Vec<Vec<String>>,
    term: &Term,
) -> io::Result<()> {
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

/// The same layout as [`laid_out`] for the common case of plain one-line cells and no
/// width to fit (a pipe), an order of magnitude cheaper on many thousands of rows.
fn plain(out: &mut impl Write, header: &[String], rows: &[Vec<String>]) -> io::Result<()> {
    let all_rows = || std::iter::once(header).chain(rows.iter().map(Vec::as_slice));
    // Each cell is measured once; printable ASCII is as wide as it is long.
    let cell_widths: Vec<Vec<usize>> = all_rows()
        .map(|row| row.iter().map(|cell| width_of(cell)).collect())
        .collect();
    let mut widths: Vec<usize> = Vec::new();
    for row in &cell_widths {
        if row.len() > widths.len() {
            widths.resize(row.len(), 0);
        }
        for (width, &cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell);
        }
    }
    let mut line = String::new();
    for (row, row_widths) in all_rows().zip(&cell_widths) {
        line.clear();
        for (i, width) in widths.iter().enumerate() {
            let cell = row.get(i).map_or("", String::as_str);
            line.push_str(cell);
            // Two spaces between columns: the right padding of every column above.
            let used = row_widths.get(i).copied().unwrap_or(0);
            line.extend(std::iter::repeat_n(' ', width - used + 2));
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

/// A cell's width in columns: its length, for printable ASCII.
fn width_of(cell: &str) -> usize {
    if is_printable_ascii(cell) {
        cell.len()
    } else {
        cell.width()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::fixture;
    use crate::catalog::query::Query;
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
    fn the_ascii_shortcut_measures_cells_as_unicode_width_does() {
        for cell in [
            "",
            "Attention Is All You Need ~",
            "Jürgen",
            "注意力",
            "a\u{301}",
            "x\ty",
        ] {
            assert_eq!(width_of(cell), cell.width(), "{cell:?}");
        }
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

    fn text(write: impl FnOnce(&mut Vec<u8>) -> io::Result<()>) -> String {
        let mut out = Vec::new();
        write(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn plain_tables_match_comfy_table_layout() {
        let catalog = Catalog::embedded();
        let papers = Query::default().run(&catalog);
        // Every field: accents, dashes and wide text in every column.
        let cells = |fields: &[Field]| {
            let header: Vec<String> = fields.iter().map(|f| f.heading().to_string()).collect();
            let rows: Vec<Vec<String>> = papers
                .iter()
                .map(|&i| {
                    fields
                        .iter()
                        .map(|f| clean_line(&f.text(&catalog, i)))
                        .collect()
                })
                .collect();
            (header, rows)
        };
        for fields in [&Field::ALL[..], &Field::TABLE[..], &[Field::Authors][..]] {
            let (header, rows) = cells(fields);
            let fast = text(|out| plain(out, &header, &rows));
            let (header, rows) = cells(fields);
            let comfy = text(|out| laid_out(out, header, rows, &Term::plain()));
            assert_eq!(fast, comfy, "{fields:?}");
        }
        let wide = vec![vec!["日本語".to_string(), "x".into()], vec!["a".into()]];
        let header = vec!["H".to_string(), "Second".into()];
        assert_eq!(
            text(|out| plain(out, &header, &wide)),
            text(|out| laid_out(out, header.clone(), wide.clone(), &Term::plain()))
        );
    }
}
