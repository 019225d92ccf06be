//! `aipapers validate [FILE]`: checks a catalog and reports every problem found.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::catalog::{Catalog, EMBEDDED_JSON, Loaded};
use crate::cli::{GlobalArgs, ValidateArgs};
use crate::render::Term;

/// Validates the catalog the user named (FILE, else `--catalog`/`AIPAPERS_CATALOG`, given
/// here as `named`; else the embedded one) and prints a one-line summary when it is valid.
/// A FILE that is not a whole catalog (no `updated` or no `eras`) is an extra one: it is
/// checked merged with the embedded catalog and the other extra ones, so its links must
/// resolve there. Without a FILE, the extra catalogs the other commands would merge (those
/// in papers.d and each `--add`) are then checked merged with it, one line each.
/// An invalid catalog is an error (exit 1) whose message lists every problem.
pub fn run(
    args: &ValidateArgs,
    named: Option<&Path>,
    global: &GlobalArgs,
    term: &Term,
    err_term: &Term,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    const EMBEDDED: &str = "the embedded catalog";
    let (name, loaded, merged) = match (&args.file, named) {
        (Some(file), _) => {
            let name = crate::catalog::origin(file);
            match whole_catalog(file) {
                true => match Catalog::from_path(file) {
                    Ok(loaded) => (name, loaded, false),
                    // A whole catalog's shape, but perhaps an extra one that gives its date
                    // and eras: valid merged, it is one.
                    Err(alone) => match as_extra(file, global) {
                        Ok(loaded) => (name, loaded, true),
                        Err(_) => return Err(alone.into()),
                    },
                },
                false => (name, as_extra(file, global)?, true),
            }
        }
        (None, Some(path)) => (
            crate::catalog::origin(path),
            Catalog::from_path(path)?,
            false,
        ),
        (None, None) => {
            let loaded = Catalog::parse_embedded(EMBEDDED_JSON, EMBEDDED)?;
            (EMBEDDED.to_string(), loaded, false)
        }
    };
    check_unknown_fields(&loaded, &name, global, err_term)?;
    let catalog = &loaded.catalog;
    // Of a merged catalog, only the file's own papers and eras are counted and looked at.
    let last = catalog.sources().len() - 1;
    match merged {
        true => report(
            out,
            catalog,
            last,
            &name,
            Some(EMBEDDED),
            args.pedantic,
            term,
        )?,
        false => report(out, catalog, 0, &name, None, args.pedantic, term)?,
    }
    if args.file.is_some() {
        return Ok(());
    }
    let extras = crate::papers_d::extras(named, &global.add, global.no_extra)?;
    if extras.is_empty() {
        return Ok(());
    }
    let with_extras = crate::papers_d::load(named, &extras)?;
    check_unknown_fields(&with_extras, &name, global, err_term)?;
    let catalog = &with_extras.catalog;
    for (source, extra) in (1..catalog.sources().len()).zip(&extras) {
        let extra = crate::catalog::origin(extra);
        report(
            out,
            catalog,
            source,
            &extra,
            Some(&name),
            args.pedantic,
            term,
        )?;
    }
    Ok(())
}

/// Warns of (or under `--strict` refuses) the fields of the catalogs in `loaded` that this
/// version does not know; `name` is the base catalog's.
fn check_unknown_fields(
    loaded: &Loaded,
    name: &str,
    global: &GlobalArgs,
    err_term: &Term,
) -> anyhow::Result<()> {
    crate::app::check_unknown_fields(name, &loaded.unknown_fields, global.strict, err_term)?;
    for (extra, unknown) in &loaded.extra_unknown_fields {
        crate::app::check_unknown_fields(extra, unknown, global.strict, err_term)?;
    }
    Ok(())
}

/// The summary of the papers and eras the source numbered `source` brought to `catalog`
/// (all of them when it is the only one), named `name`, merged with `merged_with` if that
/// is given; under `--pedantic`, then the optional fields each of its papers leaves out.
fn report(
    out: &mut impl Write,
    catalog: &Catalog,
    source: usize,
    name: &str,
    merged_with: Option<&str>,
    pedantic: bool,
    term: &Term,
) -> anyhow::Result<()> {
    let papers = catalog.papers_from(source);
    let eras = catalog.sources()[source].eras;
    let links: usize = catalog.papers[papers.clone()]
        .iter()
        .map(|p| p.builds_on.len())
        .sum();
    crate::render::valid(
        out,
        name,
        (papers.len(), eras, links),
        merged_with,
        term.width,
    )?;
    if pedantic {
        for i in papers {
            let missing = catalog.paper(i).missing_optional();
            if !missing.is_empty() {
                crate::render::missing_fields(out, &catalog.paper(i).id, &missing, term.width)?;
            }
        }
    }
    Ok(())
}

/// Whether a file gives what a whole catalog must (`updated` and `eras`): if it cannot be
/// read as JSON, it is taken for one, and reading it again says what is wrong.
fn whole_catalog(path: &Path) -> bool {
    #[derive(serde::Deserialize)]
    struct Shape {
        updated: Option<serde::de::IgnoredAny>,
        eras: Option<serde::de::IgnoredAny>,
    }
    if path.as_os_str() == "-" {
        return true;
    }
    let Ok(bytes) = std::fs::read(path) else {
        return true;
    };
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes);
    serde_json::from_slice::<Shape>(bytes).map_or(true, |shape| {
        shape.updated.is_some() && shape.eras.is_some()
    })
}

/// `file` merged, last, into the embedded catalog with the other extra catalogs.
fn as_extra(file: &Path, global: &GlobalArgs) -> anyhow::Result<Loaded> {
    let mut extras: Vec<PathBuf> = crate::papers_d::extras(None, &global.add, global.no_extra)?;
    let same = |other: &PathBuf| match (other.canonicalize(), file.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => other == file,
    };
    extras.retain(|other| !same(other));
    extras.push(file.to_path_buf());
    Ok(Catalog::merged(None, &extras)?)
}
