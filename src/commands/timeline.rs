//! `aipapers timeline`: the selected papers on a vertical timeline, oldest first.

use std::io::Write;

use crate::cli::OrderArgs;
use crate::cli::TimelineArgs;
use crate::render::glyphs::Glyphs;
use crate::render::{json, timeline};

use super::Context;

pub fn run(args: &TimelineArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    // Same filters as `list`, always in time order: a timeline has no other.
    let papers = super::query(&args.filter, &OrderArgs::default(), ctx.catalog)?.run(ctx.catalog);
    if args.json {
        json::value(out, &timeline::events(ctx.catalog, &papers))?;
        return Ok(());
    }
    if papers.is_empty() {
        ctx.note("no papers match");
        return Ok(());
    }
    let glyphs = Glyphs { ascii: args.ascii };
    timeline::write(out, ctx.catalog, &papers, &ctx.term, glyphs)?;
    Ok(())
}
