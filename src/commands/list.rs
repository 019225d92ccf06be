//! `aipapers list` and `aipapers sort KEY`: the catalog as a filtered, sorted listing.

use std::io::Write;

use crate::cli::{ListArgs, OrderArgs, SortArgs};
use crate::render::Format;

use super::Context;

pub fn run(args: &ListArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let (format, fields) = super::format(&args.output, Format::Table)?;
    let query = super::query(&args.filter, &args.order, ctx.catalog)?;
    let papers = query.run(ctx.catalog);
    super::emit_papers(out, ctx, format, &papers, fields.as_deref())
}

/// `sort KEY` is `list --sort KEY`.
pub fn run_sort(args: &SortArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let list = ListArgs {
        filter: args.filter.clone(),
        order: OrderArgs {
            sort: args.key,
            reverse: args.reverse,
        },
        output: args.output.clone(),
    };
    run(&list, ctx, out)
}

/// The summary line under the home listing, on a terminal only.
pub fn footer(ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let c = ctx.catalog;
    let line = format!(
        "{} papers · {} eras · catalog updated {} · `aipapers show <id>` for a card",
        c.papers.len(),
        c.eras.len(),
        c.updated
    );
    writeln!(out, "\n{}", ctx.term.palette.dim(&line))?;
    Ok(())
}
