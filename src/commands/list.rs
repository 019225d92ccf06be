//! `aipapers list` and `aipapers sort KEY`: the catalog as a filtered, sorted listing.

use std::io::Write;

use crate::catalog::Field;
use crate::cli::{ListArgs, OrderArgs, SortArgs};
use crate::render::{self, Format};

use super::Context;

pub fn run(args: &ListArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let (format, fields) = super::output_format(&args.output, &args.write, Format::Table)?;
    let mut query = super::query(&args.filter, &args.order, ctx.catalog)?;
    let by_progress = args.progress.read || args.progress.unread;
    if !by_progress && format != Format::Table {
        let papers = query.run(ctx.catalog);
        return super::emit_papers(out, ctx, &args.write, format, &papers, fields.as_deref());
    }
    // The limit counts the papers that pass the progress filter.
    let limit = query.limit.take();
    let marks = super::marks(ctx, by_progress)?;
    let mut papers = query.run(ctx.catalog);
    papers.retain(|&p| super::keep(&args.progress, marks.is_read(p)));
    if let Some(limit) = limit {
        papers.truncate(limit);
    }
    if format == Format::Table && marks.any() && !papers.is_empty() {
        super::cells(&args.write, format)?;
        let fields = fields.as_deref().unwrap_or(&Field::TABLE);
        let read = Some(marks.read.as_slice());
        return super::destination(out, ctx, &args.write, |mut w, term| {
            render::table::marked_papers(&mut w, ctx.catalog, &papers, fields, read, term)
        });
    }
    super::emit_papers(out, ctx, &args.write, format, &papers, fields.as_deref())
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
        write: args.write.clone(),
        progress: args.progress.clone(),
        global: args.global.clone(),
    };
    run(&list, ctx, out)
}

/// `aipapers` alone: the list, like the page's home, and on a terminal a dim line that
/// sums the catalog up and says where to go next.
pub fn home(ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    run(&ListArgs::default(), ctx, out)?;
    if ctx.term.width.is_some() {
        render::summary(out, ctx.catalog, &ctx.term)?;
    }
    Ok(())
}
