//! `aipapers export`: the catalog, or part of it, in a format for other tools, to stdout
//! or to a file by the rules of `files`.

use std::io::Write;

use crate::catalog::Field;
use crate::cli::ExportArgs;
use crate::render::csv::{self, Cells};
use crate::render::{self, Format, Term};

use super::{Context, UsageError};

pub fn run(args: &ExportArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    // With no format given, a known extension of the output file says which (`-o
    // papers.bib` writes BibTeX); else JSON.
    let default = args
        .output_file
        .as_deref()
        .and_then(Format::from_extension)
        .unwrap_or(Format::Json);
    let (format, fields) = super::format(&args.output, default)?;
    let papers = super::query(&args.filter, &args.order, ctx.catalog)?.run(ctx.catalog);
    let cells = match (args.excel_safe, format) {
        (false, _) => Cells::AsIs,
        (true, Format::Csv | Format::Tsv) => Cells::ExcelSafe,
        (true, _) => {
            return Err(UsageError("--excel-safe applies to csv and tsv output".into()).into());
        }
    };
    let catalog = ctx.catalog;
    let fields = fields.as_deref();
    let all = &Field::ALL[..];
    let write = |mut w: &mut dyn Write| match format {
        Format::Csv => csv::papers(&mut w, catalog, &papers, fields.unwrap_or(all), cells),
        Format::Tsv => csv::tsv(&mut w, catalog, &papers, fields.unwrap_or(all), cells),
        // Exports are data: never coloured or fitted to a terminal, even when printed on one.
        _ => render::papers(&mut w, format, catalog, &papers, fields, &Term::plain()),
    };
    match &args.output_file {
        None => Ok(write(out)?),
        Some(path) => crate::files::write(path, write),
    }
}
