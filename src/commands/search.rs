//! `aipapers search QUERY...`: papers ranked by how well they match what you remember.

use std::io::Write;

use crate::catalog::search::{self, SearchQuery};
use crate::cli::SearchArgs;
use crate::render::search as render;

use super::{Context, UsageError};

pub fn run(args: &SearchArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let query = SearchQuery::from_args(&args.query)
        .map_err(|e| UsageError(e.to_string()))?
        .in_fields(&args.field);
    let mut hits = search::search(ctx.catalog, &query);
    let by_progress = args.progress.read || args.progress.unread;
    // JSON has no ✓ column: the progress file is only read for a filter or a table.
    let marks = if by_progress || !args.json {
        super::marks(ctx, by_progress)?
    } else {
        Default::default()
    };
    hits.retain(|hit| super::keep(&args.progress, marks.is_read(hit.paper)));
    if let Some(limit) = args.limit {
        hits.truncate(limit);
    }
    if args.json {
        return Ok(render::json(out, ctx.catalog, &hits)?);
    }
    if hits.is_empty() {
        ctx.note("no papers match");
        return Ok(());
    }
    let read = marks.any().then_some(marks.read.as_slice());
    Ok(render::table(out, ctx.catalog, &hits, read, &ctx.term)?)
}
