//! `aipapers show ID...`: one card per paper, or the papers in an output format.

use std::io::Write;

use crate::catalog::Field;
use crate::cli::ShowArgs;
use crate::render::{Format, card, json};

use super::Context;

pub fn run(args: &ShowArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let papers = ctx.catalog.resolve_all(&args.ids)?;
    let o = &args.output;
    let chosen = o.json || o.csv || o.format.is_some() || !o.fields.is_empty();
    let by_name = args
        .write
        .output_file
        .as_deref()
        .and_then(Format::from_extension);
    if !chosen && by_name.is_none() {
        super::cells(&args.write, Format::Table)?;
        return super::destination(out, ctx, &args.write, |mut w, term| {
            card::papers(&mut w, ctx.catalog, &papers, term)
        });
    }
    let (format, fields) = super::output_format(o, &args.write, Format::Table)?;
    match (format, papers.as_slice()) {
        // One paper asked for is one object, not an array of one (see --json's help).
        (Format::Json, [one]) => {
            super::cells(&args.write, format)?;
            let fields = fields.as_deref().unwrap_or(&Field::ALL);
            let object = Field::object(fields, ctx.catalog, *one);
            super::destination(out, ctx, &args.write, |mut w, _| {
                json::value(&mut w, &object)
            })
        }
        _ => super::emit_papers(out, ctx, &args.write, format, &papers, fields.as_deref()),
    }
}
