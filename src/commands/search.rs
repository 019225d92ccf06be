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
    Ok(render::table(out, ctx.catalog, &hits, &ctx.term)?)
}
