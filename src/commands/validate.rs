//! `aipapers validate [FILE]`: checks a catalog and reports every problem found.

use std::io::Write;
use std::path::Path;

use crate::catalog::{Catalog, EMBEDDED_JSON};
use crate::cli::ValidateArgs;
use crate::render::Term;

/// Validates the catalog the user named (FILE, else `--catalog`/`AIPAPERS_CATALOG`, given
/// here as `named`; else the embedded one) and prints a one-line summary when it is valid.
/// An invalid catalog is an error (exit 1) whose message lists every problem.
pub fn run(
    args: &ValidateArgs,
    named: Option<&Path>,
    strict: bool,
    err_term: &Term,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let (name, loaded) = match args.file.as_deref().or(named) {
        Some(path) => (crate::catalog::origin(path), Catalog::from_path(path)?),
        None => {
            let name = "the embedded catalog";
            (name.to_string(), Catalog::parse(EMBEDDED_JSON, name)?)
        }
    };
    crate::app::check_unknown_fields(&name, &loaded.unknown_fields, strict, err_term)?;
    crate::render::valid(out, &name, &loaded.catalog)?;
    Ok(())
}
