//! `aipapers era [ERA]`: the eras, one era with its papers, or every era with its papers.

use std::io::Write;

use serde_json::Value;

use crate::catalog::Field;
use crate::cli::EraArgs;
use crate::render::{era, json, table};

use super::Context;

pub fn run(args: &EraArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let catalog = ctx.catalog;
    let chosen: Vec<usize> = match &args.era {
        Some(name) => vec![catalog.resolve_era(name)?],
        None => (0..catalog.eras.len()).collect(),
    };
    if args.json {
        let objects: Vec<Value> = chosen.iter().map(|&e| era::object(catalog, e)).collect();
        return {
            let _: () = match (&args.era, objects.as_slice()) {
                (Some(_), [one]) => json::value(out, one)?,
                _ => json::value(out, &objects)?,
            };
            Ok(())
        };
    }
    if args.era.is_none() && !args.all {
        return Ok(era::table(out, catalog, &ctx.term)?);
    }
    for (n, &e) in chosen.iter().enumerate() {
        if n > 0 {
            writeln!(out)?;
        }
        era::header(out, catalog, e, &ctx.term)?;
        writeln!(out)?;
        let members = catalog.era_members(e);
        if !members.is_empty() {
            table::papers(
                out,
                catalog,
                members,
                &[Field::Id, Field::Year, Field::Name, Field::Why],
                &ctx.term,
            )?;
        }
    }
    Ok(())
}
