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
        return Ok(card::papers(out, ctx.catalog, &papers, &ctx.term)?);
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
