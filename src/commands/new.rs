//! `aipapers schema` and `aipapers new ID`: what a user needs to write a catalog file.

use std::io::Write;

use serde_json::json;

use super::UsageError;
use crate::catalog::Catalog;
use crate::catalog::validate::SCHEMA_VERSION;
use crate::cli::NewArgs;

/// The catalog's JSON Schema, pretty-printed.
pub fn schema(out: &mut impl Write) -> anyhow::Result<()> {
    crate::render::json::value(out, &crate::catalog::json_schema())?;
    Ok(())
}

/// An extra catalog holding one paper with id `args.id` and every field to fill in: the
/// required ones empty (validation names each until it is filled), the optional prose empty
/// too (left empty, it is absent).
pub fn run(args: &NewArgs, catalog: &Catalog, out: &mut impl Write) -> anyhow::Result<()> {
    let id = args.id.as_str();
    if !crate::catalog::validate::is_slug(id) {
        return Err(UsageError(format!(
            "'{id}' is not an id: use lower-case letters, digits and '-'"
        ))
        .into());
    }
    if let Some(taken) = catalog.find(id) {
        let owner = &catalog.paper(taken).id;
        return Err(UsageError(format!(
            "'{id}' is already a name of '{owner}' (from {})",
            catalog.source_of(taken)
        ))
        .into());
    }
    let era = catalog.eras.last().map(|e| e.id.to_string());
    let year = crate::progress::today()[..4].parse::<i32>().unwrap_or(2000);
    let skeleton = json!({
        "$schema": "../catalog.schema.json",
        "schema_version": SCHEMA_VERSION,
        "papers": [{
            "id": id,
            "name": "",
            "title": "",
            "authors": [""],
            "year": year,
            "date": format!("{year}-01-01"),
            "date_precision": "year",
            "venue": "",
            "url": "",
            "era": era,
            "tags": [],
            "why": "",
            "tldr": "",
            "summary": "",
            "results": [],
            "builds_on": [],
        }],
    });
    crate::render::json::value(out, &skeleton)?;
    Ok(())
}
