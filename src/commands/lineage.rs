//! `aipapers lineage ID`: what led to a paper and what it led to, as two trees.

use std::io::Write;

use serde_json::{Map, Value};

use crate::catalog::graph::{Direction, lineage};
use crate::cli::LineageArgs;
use crate::render::glyphs::Glyphs;
use crate::render::{json, tree};

use super::Context;

pub fn run(args: &LineageArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let catalog = ctx.catalog;
    let paper = catalog.resolve(&args.id)?;
    let depth = args.depth;
    // Neither flag means both sides.
    let mut sides = Vec::with_capacity(2);
    if !args.descendants {
        sides.push(Direction::Ancestors);
    }
    if !args.ancestors {
        sides.push(Direction::Descendants);
    }
    let trees: Vec<_> = sides
        .into_iter()
        .map(|side| (side, lineage(catalog, paper, side, depth)))
        .collect();

    let p = catalog.paper(paper);
    if args.json {
        let mut object = Map::new();
        object.insert("id".into(), p.id.as_str().into());
        object.insert("name".into(), p.name.as_str().into());
        object.insert("year".into(), p.year.into());
        for (side, root) in &trees {
            let key = match side {
                Direction::Ancestors => "ancestors",
                Direction::Descendants => "descendants",
            };
            let children = root.children.iter().map(|c| tree::object(catalog, c));
            object.insert(key.into(), Value::Array(children.collect()));
        }
        json::value(out, &object)?;
        return Ok(());
    }

    let glyphs = Glyphs { ascii: args.ascii };
    let pal = &ctx.term.palette;
    let name = format!("{} ({})", glyphs.text(&p.name), p.year);
    for (n, (side, root)) in trees.iter().enumerate() {
        if n > 0 {
            writeln!(out)?;
        }
        let heading = match side {
            Direction::Ancestors => format!("What led to {name}"),
            Direction::Descendants => format!("What {name} led to"),
        };
        writeln!(out, "{}", pal.label(&heading))?;
        if root.children.is_empty() {
            writeln!(out, "{}", pal.dim("(nothing in the catalog)"))?;
        } else {
            tree::children(out, catalog, root, &ctx.term, glyphs)?;
        }
    }
    Ok(())
}
