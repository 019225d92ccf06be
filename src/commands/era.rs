//! `aipapers era [ERA]`: the eras, or the papers of one era or of every era.

use std::io::Write;

use crate::cli::EraArgs;
use crate::render::{Format, era};

use super::{Context, UsageError};

pub fn run(args: &EraArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let catalog = ctx.catalog;
    let (format, fields) = super::output_format(&args.output, &args.write, Format::Table)?;
    let cells = super::cells(&args.write, format)?;
    let chosen: Vec<usize> = match &args.era {
        Some(name) => vec![catalog.resolve_era(name)?],
        None => (0..catalog.eras.len()).collect(),
    };
    if args.era.is_some() || args.all {
        // The papers of the eras chosen, era by era, in any format.
        if format == Format::Table {
            let fields = fields.as_deref();
            return super::destination(out, ctx, &args.write, |mut w, term| {
                era::with_papers(&mut w, catalog, &chosen, fields, term)
            });
        }
        let papers: Vec<usize> = chosen
            .iter()
            .flat_map(|&e| catalog.era_members(e).iter().copied())
            .collect();
        return super::emit_papers(out, ctx, &args.write, format, &papers, fields.as_deref());
    }
    // `era` alone lists the eras themselves, which have no paper fields or citations.
    let for_papers = match format {
        _ if fields.is_some() => Some(format!("--fields {}", field_names(&args.output.fields))),
        Format::Table
        | Format::Json
        | Format::Jsonl
        | Format::Csv
        | Format::Tsv
        | Format::Markdown
        | Format::Ids => None,
        Format::Bibtex
        | Format::Biblatex
        | Format::CslJson
        | Format::Ris
        | Format::Dot
        | Format::Mermaid => Some(format!("--format {}", super::format_name(format))),
    };
    if let Some(flag) = for_papers {
        return Err(UsageError(format!(
            "`era` alone lists the eras, and {flag} is for papers: name an era \
             (`aipapers era ERA {flag}`) or give --all for the papers of every era"
        ))
        .into());
    }
    super::destination(out, ctx, &args.write, |mut w, term| match format {
        Format::Table => {
            era::table(&mut w, catalog, term)?;
            era::sources(&mut w, catalog, term)
        }
        _ => era::rows(&mut w, catalog, &chosen, format, cells),
    })
}

/// Fields as `--fields` takes them: `id,year`.
fn field_names(fields: &[crate::catalog::Field]) -> String {
    use clap::ValueEnum;
    let names: Vec<String> = fields
        .iter()
        .filter_map(|f| f.to_possible_value())
        .map(|v| v.get_name().to_string())
        .collect();
    names.join(",")
}
