//! `aipapers cite ID...`: citations to paste into a paper or a bibliography file.

use std::io::Write;

use crate::cli::CiteArgs;
use crate::render::cite;

use super::Context;

pub fn run(args: &CiteArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    // Resolve every id first, so a typo prints no partial bibliography.
    let papers = args
        .ids
        .iter()
        .map(|id| ctx.catalog.resolve(id))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(cite::papers(out, ctx.catalog, &papers, args.style)?)
}
