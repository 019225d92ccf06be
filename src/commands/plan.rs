//! `aipapers plan TARGET...`: what to read before some papers, in an order that respects
//! every link, with the reader's progress left out or ticked.

use std::io::Write;

use crate::catalog::plan::{PlanRequest, plan};
use crate::cli::PlanArgs;
use crate::render::plan::{self as render, PlanFormat, Shown};

use super::Context;

pub fn run(args: &PlanArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let catalog = ctx.catalog;
    let targets = catalog.resolve_all(&args.targets)?;
    let mut known = catalog.resolve_all(&args.from)?;
    let by_progress = args.skip_read || args.progress.read || args.progress.unread;
    let marks = super::marks(ctx, by_progress)?;
    if args.skip_read {
        known.extend((0..catalog.papers.len()).filter(|&p| marks.is_read(p)));
    }
    let steps = plan(
        catalog,
        &PlanRequest {
            targets,
            known,
            depth: args.depth,
        },
    );
    let indices: Vec<usize> = (0..steps.len())
        .filter(|&i| super::keep(&args.progress, marks.is_read(steps[i].paper)))
        .collect();
    let format = if args.json {
        PlanFormat::Json
    } else {
        args.format.unwrap_or_default()
    };
    if indices.is_empty() && format == PlanFormat::Table {
        ctx.note("no steps match");
        return Ok(());
    }
    let shown = Shown {
        steps: &steps,
        indices: &indices,
        read: marks.any().then_some(marks.read.as_slice()),
    };
    render::write(out, format, catalog, &shown, &ctx.term)?;
    Ok(())
}
