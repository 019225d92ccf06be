//! `aipapers plan TARGET...`: what to read before some papers, in an order that respects
//! every link, with the reader's progress left out or ticked.

use std::io::Write;

use crate::catalog::plan::{PlanRequest, plan};
use crate::cli::PlanArgs;
use crate::render::plan::{self as render, PlanFormat, Shown};

use crate::render::csv::Cells;

use super::{Context, UsageError};

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
    let by_name = args.write.output_file.as_deref();
    let format = if args.json {
        PlanFormat::Json
    } else {
        args.format
            .or_else(|| by_name.and_then(PlanFormat::from_extension))
            .unwrap_or_default()
    };
    let cells = match (args.write.excel_safe, format) {
        (false, _) => Cells::AsIs,
        (true, PlanFormat::Csv) => Cells::ExcelSafe,
        (true, _) => return Err(UsageError("--excel-safe applies to csv output".into()).into()),
    };
    if indices.is_empty() && format == PlanFormat::Table && by_name.is_none() {
        ctx.note("no steps match");
        return Ok(());
    }
    let shown = Shown {
        steps: &steps,
        indices: &indices,
        read: marks.any().then_some(marks.read.as_slice()),
    };
    super::destination(out, ctx, &args.write, |mut w, term| {
        render::write(&mut w, format, catalog, &shown, term, cells)
    })
}
