//! JSON output: pretty arrays and objects, and JSON Lines. Text is kept exactly, escaped.

use std::io::{self, Write};

use serde::{Serialize, Serializer};

use crate::catalog::field::Object;
use crate::catalog::{Catalog, Field};

/// A pretty-printed JSON array of paper objects, ending in a newline.
pub fn papers(
    out: &mut impl Write,
    catalog: &Catalog,
    papers: &[usize],
    fields: &[Field],
) -> io::Result<()> {
    value(out, &Objects(fields, catalog, papers))
}

/// Papers as a JSON array, serialised one by one as it is written.
struct Objects<'a>(&'a [Field], &'a Catalog, &'a [usize]);

impl Serialize for Objects<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let Objects(fields, catalog, papers) = *self;
        serializer.collect_seq(papers.iter().map(|&i| Object::new(fields, catalog, i)))
    }
}

/// One compact JSON object per line.
pub fn lines(
    out: &mut impl Write,
    catalog: &Catalog,
    papers: &[usize],
    fields: &[Field],
) -> io::Result<()> {
    for &i in papers {
        serde_json::to_writer(&mut *out, &Object::new(fields, catalog, i))?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// Any serialisable value, pretty-printed, ending in a newline.
pub fn value(out: &mut impl Write, value: &impl Serialize) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    out.write_all(b"\n")
}
