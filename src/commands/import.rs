//! `aipapers import FILE`: papers from BibTeX, BibLaTeX or CSL-JSON as a new extra catalog,
//! written by the rules of `files` (by default a new file in papers.d).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context as _, anyhow};
use serde_json::{Map, Value, json};

use super::{Context, UsageError};
use crate::catalog::import::{self, Options};
use crate::catalog::validate::{SCHEMA_VERSION, is_slug};
use crate::cli::ImportArgs;

/// The era imported papers get when no `--era` is given.
const IMPORTED: &str = "imported";

pub fn run(args: &ImportArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let catalog = ctx.catalog;
    let era = match &args.era {
        Some(name) => Some(catalog.eras[catalog.resolve_era(name)?].id.to_string()),
        None => None,
    };
    for tag in &args.tags {
        if !is_slug(tag) {
            return Err(UsageError(format!(
                "'{tag}' is not a tag: use lower-case letters, digits and '-'"
            ))
            .into());
        }
    }
    let builds_on = catalog
        .resolve_all(&args.builds_on)?
        .into_iter()
        .map(|i| {
            let p = catalog.paper(i);
            (p.id.to_string(), p.date.to_string())
        })
        .collect();
    // The era of its own is declared in the file unless the catalog has it already.
    let own_era = era.is_none() && !catalog.eras.iter().any(|e| e.id == IMPORTED);
    let options = Options {
        era: era.unwrap_or_else(|| IMPORTED.to_string()),
        tags: args.tags.clone(),
        builds_on,
    };
    let origin = crate::catalog::origin(&args.file);
    let text = read(&args.file).with_context(|| format!("cannot read {origin}"))?;
    let csl =
        args.file.extension().is_some_and(|e| e == "json") || text.trim_start().starts_with('[');
    let imported = if csl {
        import::csl_json(&text, &origin, &options)?
    } else {
        import::bibtex(&text, &origin, &options)?
    };
    for note in &imported.notes {
        crate::app::warn(&ctx.err_term, note);
    }
    if imported.papers.is_empty() {
        return Err(anyhow!("{origin}: no paper to import"));
    }
    let mut papers = Vec::with_capacity(imported.papers.len());
    let mut taken: Vec<String> = Vec::new();
    for mut paper in imported.papers {
        // A name the catalog has already: the id gets a number, an alias is dropped.
        paper.aliases.retain(|a| catalog.find(a).is_none());
        let base = paper.id.to_string();
        let mut n = 2;
        while catalog.find(&paper.id).is_some() || taken.contains(&paper.id.to_string()) {
            paper.id = format!("{base}-{n}").into();
            n += 1;
        }
        taken.push(paper.id.to_string());
        papers.push(trimmed(serde_json::to_value(&paper)?));
    }
    let mut file = Map::new();
    file.insert("schema_version".into(), SCHEMA_VERSION.into());
    if own_era {
        file.insert(
            "eras".into(),
            json!([{"id": IMPORTED, "name": "Imported", "description": format!("Papers imported from {origin}.")}]),
        );
    }
    let count = papers.len();
    file.insert("papers".into(), Value::Array(papers));
    let file = Value::Object(file);
    let write = |mut w: &mut dyn Write| crate::render::json::value(&mut w, &file);
    let target = match &args.output_file {
        Some(path) if path.as_os_str() == "-" => return Ok(write(out)?),
        Some(path) => path.clone(),
        None => new_file_in_papers_d(&args.file)?,
    };
    crate::files::write(&target, write)?;
    let message = format!(
        "imported {count} paper{} into {}",
        if count == 1 { "" } else { "s" },
        target.display()
    );
    let _ = writeln!(std::io::stderr(), "{}", ctx.err_term.palette.dim(&message));
    Ok(())
}

/// The whole file, or standard input for `-`.
fn read(path: &Path) -> std::io::Result<String> {
    if path.as_os_str() == "-" {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text)?;
        Ok(text)
    } else {
        std::fs::read_to_string(path)
    }
}

/// A paper as JSON without what it leaves out: no nulls, no empty text or lists.
fn trimmed(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .filter(|(_, v)| match v {
                    Value::Null => false,
                    Value::String(s) => !s.is_empty(),
                    Value::Array(a) => !a.is_empty(),
                    _ => true,
                })
                .collect(),
        ),
        other => other,
    }
}

/// `papers.d/NAME.json` after the imported file's name, or `NAME-2.json` and on when that
/// exists: an import never replaces a catalog.
fn new_file_in_papers_d(input: &Path) -> anyhow::Result<PathBuf> {
    let dir = crate::papers_d::directory()
        .ok_or_else(|| anyhow!("cannot find a configuration directory: set AIPAPERS_PAPERS_D"))?;
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let stem = match input.file_stem().map(|s| s.to_string_lossy()) {
        Some(stem) if input.as_os_str() != "-" => stem.into_owned(),
        _ => "imported".to_string(),
    };
    let mut path = dir.join(format!("{stem}.json"));
    let mut n = 2;
    while path.symlink_metadata().is_ok() {
        path = dir.join(format!("{stem}-{n}.json"));
        n += 1;
    }
    Ok(path)
}
