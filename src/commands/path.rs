//! `aipapers path FROM TO`: the shortest chain of influence from one paper to a later one.

use std::cmp::Ordering;
use std::io::Write;

use crate::catalog::graph::shortest_path;
use crate::catalog::query::chronological;
use crate::cli::PathArgs;
use crate::render::glyphs::Glyphs;
use crate::render::{GraphFormat, dot, json, mermaid, path};

use super::{Context, NoAnswer, UsageError};

pub fn run(args: &PathArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let catalog = ctx.catalog;
    let from = catalog.resolve(&args.from)?;
    let to = catalog.resolve(&args.to)?;
    let Some(chain) = shortest_path(catalog, from, to) else {
        let (f, t) = (catalog.paper(from), catalog.paper(to));
        // Two papers of one year are told apart by their dates.
        let same_year = f.year == t.year;
        let named = |p: &crate::catalog::Paper| {
            if same_year {
                format!("{} ({})", p.id, p.known_date())
            } else {
                format!("{} ({})", p.id, p.year)
            }
        };
        if chronological(t, f) == Ordering::Less {
            // Influence only runs forward in time; most likely the two were typed the
            // wrong way round, so offer the swap when it has an answer.
            let hint = if shortest_path(catalog, to, from).is_some() {
                format!("\n  try: aipapers path {} {}", t.id, f.id)
            } else {
                format!(", and none leads from {} to {} either", t.id, f.id)
            };
            return Err(UsageError(format!(
                "{} is older than {}: a chain of influence only runs forward in time{hint}",
                named(t),
                named(f)
            ))
            .into());
        }
        return Err(NoAnswer(format!(
            "no chain of influence leads from {} to {} in the catalog",
            named(f),
            named(t)
        ))
        .into());
    };
    let format = if args.json {
        Some(GraphFormat::Json)
    } else {
        args.format
    };
    match format {
        Some(GraphFormat::Json) => return Ok(json::value(out, &path::object(catalog, &chain))?),
        // A shortest chain has no shortcut: the links among its papers are its hops.
        Some(GraphFormat::Dot) => return Ok(dot::graph(out, catalog, &chain)?),
        Some(GraphFormat::Mermaid) => return Ok(mermaid::graph(out, catalog, &chain)?),
        None => {}
    }
    path::write(
        out,
        catalog,
        &chain,
        &ctx.term,
        Glyphs { ascii: args.ascii },
    )?;
    Ok(())
}
