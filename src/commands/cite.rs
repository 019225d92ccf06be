//! `aipapers cite ID...`: citations to paste into a paper or a bibliography file.

use std::io::Write;

use crate::cli::CiteArgs;
use crate::render::cite;

use super::Context;

pub fn run(args: &CiteArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let papers = ctx.catalog.resolve_all(&args.ids)?;
    Ok(cite::papers(out, ctx.catalog, &papers, args.style)?)
}
