//! `aipapers export`: the catalog, or part of it, in a format for other tools, to stdout
//! or atomically to a file.

use std::fs;
use std::io::{BufWriter, Write};
use std::path::Path;

use anyhow::{Context as _, anyhow};

use crate::cli::ExportArgs;
use crate::render::{self, Format, Term};

use super::Context;

pub fn run(args: &ExportArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let (format, fields) = super::format(&args.output, Format::Json)?;
    let papers = super::query(&args.filter, args.sort, args.reverse, ctx.catalog)?.run(ctx.catalog);
    // Exports are data: never coloured or fitted to a terminal, even when printed on one.
    let plain = Term::plain();
    let write = |w: &mut dyn Write| {
        render::papers(
            &mut &mut *w,
            format,
            ctx.catalog,
            &papers,
            fields.as_deref(),
            &plain,
        )
    };
    match &args.output_file {
        None => Ok(write(out)?),
        Some(path) => write_atomically(path, write),
    }
}

/// Writes a file through a temporary file in the same directory, renamed into place only
/// when every byte is written and synced: a failure leaves any old file as it was.
fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> anyhow::Result<()> {
    let shown = path.display();
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err(anyhow!(
            "cannot write {shown}: directory {} does not exist",
            dir.display()
        ));
    }
    if path.is_dir() {
        return Err(anyhow!("cannot write {shown}: it is a directory"));
    }
    let temp = tempfile::Builder::new()
        .prefix(".aipapers-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .with_context(|| format!("cannot write {shown}"))?;
    let mut writer = BufWriter::new(temp);
    write(&mut writer).with_context(|| format!("cannot write {shown}"))?;
    let temp = writer
        .into_inner()
        .map_err(|e| e.into_error())
        .with_context(|| format!("cannot write {shown}"))?;
    temp.as_file()
        .sync_all()
        .with_context(|| format!("cannot write {shown}"))?;
    keep_permissions(temp.path(), path);
    temp.persist(path)
        .map_err(|e| e.error)
        .with_context(|| format!("cannot write {shown}"))?;
    Ok(())
}

/// An existing file keeps its permissions; a new one gets the usual 0644, not the
/// temporary file's private 0600.
#[cfg(unix)]
fn keep_permissions(temp: &Path, target: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let permissions = fs::metadata(target)
        .map_or_else(|_| fs::Permissions::from_mode(0o644), |m| m.permissions());
    // Best effort: the data is what matters, and it is already written.
    let _ = fs::set_permissions(temp, permissions);
}

#[cfg(not(unix))]
fn keep_permissions(_temp: &Path, _target: &Path) {}
