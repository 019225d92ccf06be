//! `aipapers era [ERA]`: the eras, one era with its papers, or every era with its papers.

use std::io::Write;

use crate::cli::EraArgs;
use crate::render::{Format, era, json};

use super::{Context, UsageError};

pub fn run(args: &EraArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let catalog = ctx.catalog;
    let chosen: Vec<usize> = match &args.era {
        Some(name) => vec![catalog.resolve_era(name)?],
        None => (0..catalog.eras.len()).collect(),
    };
    if !args.output.fields.is_empty() {
        return Err(UsageError("--fields picks paper fields; era lists eras".into()).into());
    }
    let (format, _) = super::format(&args.output, Format::Table)?;
    match format {
        Format::Table if args.era.is_none() && !args.all => {
            era::table(out, catalog, &ctx.term)?;
            era::sources(out, catalog, &ctx.term)?;
        }
        Format::Table => era::with_papers(out, catalog, &chosen, &ctx.term)?,
        // One era asked for by name is one object, not an array of one.
        Format::Json if args.era.is_some() => json::value(out, &era::object(catalog, chosen[0]))?,
        Format::Json
        | Format::Jsonl
        | Format::Csv
        | Format::Tsv
        | Format::Markdown
        | Format::Ids => era::rows(out, catalog, &chosen, format)?,
        Format::Bibtex
        | Format::Biblatex
        | Format::CslJson
        | Format::Ris
        | Format::Dot
        | Format::Mermaid => {
            return Err(UsageError(format!(
                "era lists eras; this format is for papers: try `aipapers list --era {} --format {}`",
                args.era.as_deref().unwrap_or("ERA"),
                super::format_name(format)
            ))
            .into());
        }
    }
    Ok(())
}
