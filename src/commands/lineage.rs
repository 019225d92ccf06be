//! `aipapers lineage ID`: what led to a paper and what it led to, as two trees.

use std::io::Write;

use crate::catalog::graph::{Direction, lineage};
use crate::cli::LineageArgs;
use crate::render::glyphs::Glyphs;
use crate::render::{GraphFormat, dot, json, mermaid, tree};

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

    let format = if args.json {
        Some(GraphFormat::Json)
    } else {
        args.format
    };
    match format {
        None => {
            let glyphs = Glyphs { ascii: args.ascii };
            tree::lineage(out, catalog, paper, &trees, &ctx.term, glyphs)?;
        }
        Some(GraphFormat::Json) => {
            json::value(out, &tree::lineage_object(catalog, paper, &trees))?;
        }
        Some(graph) => {
            // The papers the trees show, each once, with the links among them.
            let mut shown = vec![false; catalog.papers.len()];
            shown[paper] = true;
            for (_, tree) in &trees {
                for node in &tree.nodes {
                    shown[node.paper] = true;
                }
            }
            let papers: Vec<usize> = (0..shown.len()).filter(|&i| shown[i]).collect();
            if graph == GraphFormat::Dot {
                dot::graph(out, catalog, &papers)?;
            } else {
                mermaid::graph(out, catalog, &papers)?;
            }
        }
    }
    Ok(())
}
