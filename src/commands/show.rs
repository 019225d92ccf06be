//! `aipapers show ID...`: one card per paper, or the papers in an output format.

use std::io::Write;

use crate::catalog::Field;
use crate::cli::ShowArgs;
use crate::render::{Format, card, json};

use super::Context;

pub fn run(args: &ShowArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let papers = ctx.catalog.resolve_all(&args.ids)?;
    let o = &args.output;
    if !(o.json || o.csv || o.format.is_some() || !o.fields.is_empty()) {
        return cards(&papers, ctx, out);
    }
    let (format, fields) = super::format(o, Format::Table)?;
    match (format, papers.as_slice()) {
        // One paper asked for is one object, not an array of one.
        (Format::Json, [one]) => {
            let fields = fields.as_deref().unwrap_or(&Field::ALL);
            json::value(out, &Field::object(fields, ctx.catalog, *one))?;
            Ok(())
        }
        _ => super::emit_papers(out, ctx, format, &papers, fields.as_deref()),
    }
}

fn cards(papers: &[usize], ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let rule = ctx
        .term
        .palette
        .dim(&"─".repeat(ctx.term.prose_width().min(40)));
    for (n, &paper) in papers.iter().enumerate() {
        if n > 0 {
            writeln!(out, "\n{rule}\n")?;
        }
        card::paper(out, ctx.catalog, paper, &ctx.term)?;
    }
    Ok(())
}
