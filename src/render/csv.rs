//! Delimited text: RFC 4180 CSV through the csv crate, and escaped TSV.

use std::io::{self, Write};

use crate::catalog::{Catalog, Field};

/// CSV (or another delimiter) with a header row; list fields joined with "; ".
pub fn papers(
    out: &mut impl Write,
    catalog: &Catalog,
    papers: &[usize],
    fields: &[Field],
    delimiter: u8,
) -> io::Result<()> {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(out);
    writer.write_record(fields.iter().map(|f| f.key()))?;
    for &i in papers {
        writer.write_record(fields.iter().map(|f| f.text(catalog, i)))?;
    }
    // The csv writer drops errors on drop: flush it explicitly.
    writer.flush()
}

/// TSV: one line per paper, with `\t`, `\n`, `\r` and `\\` escaped inside values.
pub fn tsv(
    out: &mut impl Write,
    catalog: &Catalog,
    papers: &[usize],
    fields: &[Field],
) -> io::Result<()> {
    let header: Vec<&str> = fields.iter().map(|f| f.key()).collect();
    writeln!(out, "{}", header.join("\t"))?;
    for &i in papers {
        let cells: Vec<String> = fields
            .iter()
            .map(|f| escape_tsv(&f.text(catalog, i)))
            .collect();
        writeln!(out, "{}", cells.join("\t"))?;
    }
    Ok(())
}

fn escape_tsv(value: &str) -> String {
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
    fn tsv_escapes_separators_inside_values() {
        assert_eq!(escape_tsv("a\tb\nc\\d\r"), "a\\tb\\nc\\\\d\\r");
    }
}
