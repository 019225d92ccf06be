//! `aipapers export`: the catalog, or part of it, in a format for other tools, to stdout
//! or atomically to a file.

use std::fs;
use std::io::{BufWriter, Write};
use std::path::Path;

use anyhow::{Context as _, anyhow};

use crate::catalog::Field;
use crate::cli::ExportArgs;
use crate::render::csv::{self, Cells};
use crate::render::{self, Format, Term};

use super::{Context, UsageError};

pub fn run(args: &ExportArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let (format, fields) = super::format(&args.output, Format::Json)?;
    let papers = super::query(&args.filter, &args.order, ctx.catalog)?.run(ctx.catalog);
    let cells = match (args.excel_safe, format) {
        (false, _) => Cells::AsIs,
        (true, Format::Csv | Format::Tsv) => Cells::ExcelSafe,
        (true, _) => {
            return Err(UsageError("--excel-safe applies to csv and tsv output".into()).into());
        }
    };
    let catalog = ctx.catalog;
    let fields = fields.as_deref();
    let all = &Field::ALL[..];
    let write = |mut w: &mut dyn Write| match format {
        Format::Csv => csv::papers(&mut w, catalog, &papers, fields.unwrap_or(all), cells),
        Format::Tsv => csv::tsv(&mut w, catalog, &papers, fields.unwrap_or(all), cells),
        // Exports are data: never coloured or fitted to a terminal, even when printed on one.
        _ => render::papers(&mut w, format, catalog, &papers, fields, &Term::plain()),
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
    // Written through the plain file, so errors are the system's own (a full disk, a
    // file-size limit), not wrapped with the temporary file's name.
    let written = {
        let mut writer = BufWriter::new(temp.as_file());
        write(&mut writer).and_then(|()| writer.flush())
    };
    written
        .and_then(|()| temp.as_file().sync_all())
        .with_context(|| format!("cannot write {shown}"))?;
    // Dropping `temp` on any error above deletes it.
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
