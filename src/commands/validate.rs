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
/// resolve there. An invalid catalog is an error (exit 1) whose message lists every problem.
pub fn run(
    args: &ValidateArgs,
    named: Option<&Path>,
    global: &GlobalArgs,
    err_term: &Term,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let strict = global.strict;
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
            let name = "the embedded catalog";
            let loaded = Catalog::parse_embedded(EMBEDDED_JSON, name)?;
            (name.to_string(), loaded, false)
        }
    };
    crate::app::check_unknown_fields(&name, &loaded.unknown_fields, strict, err_term)?;
    for (extra, unknown) in &loaded.extra_unknown_fields {
        crate::app::check_unknown_fields(extra, unknown, strict, err_term)?;
    }
    let catalog = &loaded.catalog;
    // Of a merged catalog, only the file's own papers and eras are counted and looked at.
    let (papers, eras) = match merged {
        true => {
            let before: usize = catalog.sources()[..catalog.sources().len() - 1]
                .iter()
                .map(|s| s.papers)
                .sum();
            let eras_before: usize = catalog.sources()[..catalog.sources().len() - 1]
                .iter()
                .map(|s| s.eras)
                .sum();
            (
                before..catalog.papers.len(),
                eras_before..catalog.eras.len(),
            )
        }
        false => (0..catalog.papers.len(), 0..catalog.eras.len()),
    };
    let links: usize = catalog.papers[papers.clone()]
        .iter()
        .map(|p| p.builds_on.len())
        .sum();
    crate::render::valid(out, &name, (papers.len(), eras.len(), links), merged)?;
    if args.pedantic {
        for i in papers {
            let missing = catalog.paper(i).missing_optional();
            if !missing.is_empty() {
                crate::render::missing_fields(out, &catalog.paper(i).id, &missing)?;
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
