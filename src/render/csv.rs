//! Delimited text: RFC 4180 CSV through the csv crate, and escaped TSV.

use std::borrow::Cow;
use std::io::{self, Write};

use super::chunks;
use crate::catalog::{Catalog, Field};

/// How cells are written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Cells {
    /// Exactly as in the catalog.
    #[default]
    AsIs,
    /// Cells that a spreadsheet would run as a formula get a leading `'`.
    ExcelSafe,
}

impl Cells {
    pub(crate) fn apply(self, value: Cow<'_, str>) -> Cow<'_, str> {
        let risky = |v: &str| v.starts_with(['=', '+', '-', '@', '\t', '\r']);
        if self == Cells::ExcelSafe && risky(&value) {
            Cow::Owned(format!("'{value}"))
        } else {
            value
        }
    }
}

/// CSV with a header row; list fields joined with "; ", links as ids.
pub fn papers(
    out: &mut impl Write,
    catalog: &Catalog,
    papers: &[usize],
    fields: &[Field],
    cells: Cells,
) -> io::Result<()> {
    // The csv writer drops errors on drop: flush each one explicitly.
    let mut header = small_writer(&mut *out);
    header
        .write_record(fields.iter().map(|f| f.key()))
        .map_err(io_error)?;
    header.flush()?;
    drop(header);
    // Rows are written a chunk at a time, by two threads on a long list; each row is
    // quoted on its own, so the chunks join into the same CSV one writer would make.
    chunks::by_chunk(out, papers, |buffer, _, chunk| {
        let mut writer = small_writer(buffer);
        // Field by field, so text is written without a copy, and lists are joined in one
        // scratch buffer rather than a new string each.
        let mut scratch = String::with_capacity(2048);
        for &i in chunk {
            for f in fields {
                let cell = cells.apply(Cow::Borrowed(f.text_in(catalog, i, &mut scratch)));
                writer.write_field(cell.as_bytes()).map_err(io_error)?;
            }
            writer.write_record(None::<&[u8]>).map_err(io_error)?;
        }
        writer.flush()
    })
}

/// A CSV writer whose own buffer is small: what it writes to is a buffer already, and a
/// writer is made for every few rows (the default 8 KiB, zeroed each time, cost a short
/// list more than writing it).
fn small_writer<W: Write>(out: W) -> csv::Writer<W> {
    csv::WriterBuilder::new()
        .buffer_capacity(512)
        .from_writer(out)
}

/// The io error inside a csv error, kept whole so a closed pipe is still recognised.
pub(crate) fn io_error(err: csv::Error) -> io::Error {
    match err.into_kind() {
        csv::ErrorKind::Io(err) => err,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// TSV: one line per paper, with `\t`, `\n`, `\r` and `\\` escaped inside values.
pub fn tsv(
    out: &mut impl Write,
    catalog: &Catalog,
    papers: &[usize],
    fields: &[Field],
    cells: Cells,
) -> io::Result<()> {
    let header: Vec<&str> = fields.iter().map(|f| f.key()).collect();
    writeln!(out, "{}", header.join("\t"))?;
    chunks::in_order(out, papers, |buffer, _, &i| {
        let mut scratch = String::new();
        for (n, f) in fields.iter().enumerate() {
            if n > 0 {
                buffer.push(b'\t');
            }
            let cell = cells.apply(Cow::Borrowed(f.text_in(catalog, i, &mut scratch)));
            buffer.extend_from_slice(escape_tsv(&cell).as_bytes());
        }
        buffer.push(b'\n');
        Ok(())
    })
}

/// A value for a TSV cell: tabs, newlines, carriage returns and backslashes escaped.
pub fn escape_tsv(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excel_safe_defuses_formula_cells_only() {
        assert_eq!(
            Cells::ExcelSafe.apply("=HYPERLINK(1)".into()),
            "'=HYPERLINK(1)"
        );
        assert_eq!(Cells::ExcelSafe.apply("@SUM(A1)".into()), "'@SUM(A1)");
        assert_eq!(Cells::ExcelSafe.apply("-2+3".into()), "'-2+3");
        assert_eq!(Cells::ExcelSafe.apply("+1".into()), "'+1");
        assert_eq!(Cells::ExcelSafe.apply("GPT-3".into()), "GPT-3");
        assert_eq!(Cells::AsIs.apply("=1".into()), "=1");
    }

    #[test]
    fn tsv_escapes_separators_inside_values() {
        assert_eq!(escape_tsv("a\tb\nc\\d\r"), "a\\tb\\nc\\\\d\\r");
    }

    /// Two papers whose text needs quoting in CSV, escaping in TSV and defusing in a
    /// spreadsheet.
    fn two_papers() -> Catalog {
        let mut c = crate::catalog::fixture::catalog(&[
            ("a", "2000-01-01", &[]),
            ("b", "2001-05-01", &["a"]),
        ]);
        c.papers[0].title = "Commas, \"quotes\"\tand tabs".into();
        c.papers[1].authors = vec!["=Charles Babbage".into(), "Ada Lovelace".into()];
        c
    }

    /// [`papers`] or [`tsv`].
    type Writer = fn(&mut Vec<u8>, &Catalog, &[usize], &[Field], Cells) -> io::Result<()>;

    fn written(write: Writer, cells: Cells) -> String {
        let mut out = Vec::new();
        let fields = [Field::Id, Field::Title, Field::Authors, Field::Year];
        write(&mut out, &two_papers(), &[1, 0], &fields, cells).expect("written");
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn csv_has_a_header_then_one_quoted_row_per_paper_in_the_order_given() {
        assert_eq!(
            written(papers, Cells::AsIs),
            "id,title,authors,year\n\
             b,On b,=Charles Babbage; Ada Lovelace,2001\n\
             a,\"Commas, \"\"quotes\"\"\tand tabs\",Ada Lovelace,2000\n"
        );
    }

    #[test]
    fn tsv_has_a_header_then_one_escaped_line_per_paper_in_the_order_given() {
        assert_eq!(
            written(tsv, Cells::ExcelSafe),
            "id\ttitle\tauthors\tyear\n\
             b\tOn b\t'=Charles Babbage; Ada Lovelace\t2001\n\
             a\tCommas, \"quotes\"\\tand tabs\tAda Lovelace\t2000\n"
        );
    }
}
