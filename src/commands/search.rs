//! `aipapers search QUERY...`: papers ranked by how well they match what you remember.

use std::io::Write;

use crate::catalog::search::{self, SearchQuery};
use crate::cli::SearchArgs;
use crate::render::Format;
use crate::render::search as render;

use super::{Context, UsageError};

pub fn run(args: &SearchArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let query = SearchQuery::from_args(&args.query)
        .map_err(|e| UsageError(e.to_string()))?
        .in_fields(&args.field);
    let filter = super::select(&args.select, ctx.catalog)?;
    let (format, fields) = super::output_format(&args.output, &args.write, Format::Table)?;
    // --excel-safe with a format it does not apply to is refused before any work.
    super::cells(&args.write, format)?;
    let mut hits = search::search(ctx.catalog, &query);
    hits.retain(|hit| filter.matches(ctx.catalog, hit.paper));
    let by_progress = args.progress.read || args.progress.unread;
    // Only the table has a ✓ column: the progress file is only read for it or a filter.
    let ranked_table = format == Format::Table && fields.is_none();
    let marks = if by_progress || ranked_table {
        super::marks(ctx, by_progress)?
    } else {
        Default::default()
    };
    hits.retain(|hit| super::keep(&args.progress, marks.is_read(hit.paper)));
    if let Some(limit) = args.limit {
        hits.truncate(limit);
    }
    match format {
        // The search's own shapes, with snippets or scores, unless --fields asks for others.
        Format::Json if fields.is_none() => {
            super::destination(out, ctx, &args.write, |mut w, _| {
                render::json(&mut w, ctx.catalog, &hits)
            })
        }
        Format::Table if fields.is_none() => {
            if hits.is_empty() && args.write.output_file.is_none() {
                ctx.note("no papers match");
                return Ok(());
            }
            let read = marks.any().then_some(marks.read.as_slice());
            super::destination(out, ctx, &args.write, |mut w, term| {
                render::table(&mut w, ctx.catalog, &hits, read, term)
            })
        }
        _ => {
            let papers: Vec<usize> = hits.iter().map(|hit| hit.paper).collect();
            super::emit_papers(out, ctx, &args.write, format, &papers, fields.as_deref())
        }
    }
}
