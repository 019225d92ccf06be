//! `aipapers export`: the catalog, or part of it, in a format for other tools, to stdout
//! or to a file by the rules of `files`.

use std::io::Write;

use crate::cli::ExportArgs;
use crate::render::{self, Format, Term};

use super::Context;

pub fn run(args: &ExportArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    // With no format given, a known extension of the output file says which (`-o
    // papers.bib` writes BibTeX); else JSON.
    let (format, fields) = super::output_format(&args.output, &args.write, Format::Json)?;
    let papers = super::query(&args.filter, &args.order, ctx.catalog)?.run(ctx.catalog);
    let cells = super::cells(&args.write, format)?;
    super::destination(out, ctx, &args.write, |mut w, _| {
        // Exports are data: never coloured or fitted to a terminal, even when printed on one.
        let term = Term::plain();
        render::papers(
            &mut w,
            format,
            ctx.catalog,
            &papers,
            fields.as_deref(),
            &term,
            cells,
        )
    })
}
