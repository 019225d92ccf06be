//! `aipapers show ID...`: one card per paper.

use std::io::Write;

use crate::catalog::Field;
use crate::cli::ShowArgs;
use crate::render::{card, json};

use super::Context;

pub fn run(args: &ShowArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    // Resolve every id before printing anything, so a typo prints no partial output.
    let papers = args
        .ids
        .iter()
        .map(|id| ctx.catalog.resolve(id))
        .collect::<Result<Vec<_>, _>>()?;
    if args.json {
        return {
            let _: () = match papers.as_slice() {
                [one] => json::value(out, &Field::object(&Field::ALL, ctx.catalog, *one))?,
                many => json::papers(out, ctx.catalog, many, &Field::ALL)?,
            };
            Ok(())
        };
    }
    for (n, &paper) in papers.iter().enumerate() {
        if n > 0 {
            writeln!(
                out,
                "\n{}\n",
                ctx.term
                    .palette
                    .dim(&"─".repeat(ctx.term.prose_width().min(40)))
            )?;
        }
        card::paper(out, ctx.catalog, paper, &ctx.term)?;
    }
    Ok(())
}
