//! JSON output: pretty arrays and objects, and JSON Lines. Text is kept exactly, escaped.

use std::io::{self, Write};

use serde::Serialize;

use crate::catalog::{Catalog, Field};

/// A pretty-printed JSON array of paper objects, ending in a newline.
pub fn papers(
    out: &mut impl Write,
    catalog: &Catalog,
    papers: &[usize],
    fields: &[Field],
) -> io::Result<()> {
    let objects: Vec<_> = papers
        .iter()
        .map(|&i| Field::object(fields, catalog, i))
        .collect();
    value(out, &objects)
}

/// One compact JSON object per line.
pub fn lines(
    out: &mut impl Write,
    catalog: &Catalog,
    papers: &[usize],
    fields: &[Field],
) -> io::Result<()> {
    for &i in papers {
        serde_json::to_writer(&mut *out, &Field::object(fields, catalog, i))?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// Any serialisable value, pretty-printed, ending in a newline.
pub fn value(out: &mut impl Write, value: &impl Serialize) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    out.write_all(b"\n")
}
