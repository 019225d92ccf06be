//! Where the user's own catalogs live (`papers.d`), and which catalogs a command reads:
//! the embedded one or `--catalog`'s, with every extra one merged in.

use std::io;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, anyhow};

use crate::catalog::{Catalog, Loaded};

/// The directory of extra catalogs: `AIPAPERS_PAPERS_D` if it is set (and not empty), else
/// `papers.d` in the platform's configuration directory for aipapers
/// (`$XDG_CONFIG_HOME/aipapers/papers.d` on Linux).
pub fn directory() -> Option<PathBuf> {
    directory_from(std::env::var_os("AIPAPERS_PAPERS_D"))
}

/// [`directory`] with `named`, the value of `AIPAPERS_PAPERS_D`.
fn directory_from(named: Option<std::ffi::OsString>) -> Option<PathBuf> {
    match named.filter(|v| !v.is_empty()) {
        Some(dir) => Some(PathBuf::from(dir)),
        None => directories::ProjectDirs::from("", "", "aipapers")
            .map(|dirs| dirs.config_dir().join("papers.d")),
    }
}

/// Every `*.json` file in `dir`, by name; none when it does not exist (or cannot be seen).
/// Hidden files (an editor's backups) are left out; anything else that cannot be read is
/// an error.
pub fn files(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound || out_of_sight(&e, dir) => {
            return Ok(Vec::new());
        }
        Err(e) => return Err(anyhow!("cannot read {}: {e}", dir.display())),
    };
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry.with_context(|| format!("cannot read {}", dir.display()))?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.ends_with(".json") && !name.starts_with('.') {
            files.push(entry.path());
        }
    }
    files.sort();
    Ok(files)
}

/// Whether `dir` could not be read because it is in a directory this user may not look
/// into (another user's home, under `sudo -u`): as far as this user can know, there is no
/// papers.d. One that can be seen but not read is an error.
fn out_of_sight(e: &io::Error, dir: &Path) -> bool {
    e.kind() == io::ErrorKind::PermissionDenied && dir.metadata().is_err()
}

/// The extra catalogs a command merges: those in `papers.d` unless it reads a catalog of
/// its own (`--catalog`) or is told not to (`--no-extra`), then each `--add` file.
pub fn extras(
    named: Option<&Path>,
    add: &[PathBuf],
    no_extra: bool,
) -> anyhow::Result<Vec<PathBuf>> {
    extras_in(directory, named, add, no_extra)
}

/// [`extras`] with papers.d where `papers_d` says, asked only when it is wanted.
fn extras_in(
    papers_d: impl FnOnce() -> Option<PathBuf>,
    named: Option<&Path>,
    add: &[PathBuf],
    no_extra: bool,
) -> anyhow::Result<Vec<PathBuf>> {
    let mut extras = Vec::new();
    if named.is_none()
        && !no_extra
        && let Some(dir) = papers_d()
    {
        extras = files(&dir)?;
    }
    extras.extend(add.iter().cloned());
    Ok(extras)
}

/// The catalog a command reads: the embedded one or the file `named`, with `extras`
/// merged in.
pub fn load(named: Option<&Path>, extras: &[PathBuf]) -> anyhow::Result<Loaded> {
    Ok(match (named, extras) {
        (None, []) => Loaded {
            catalog: Catalog::embedded(),
            unknown_fields: Vec::new(),
            extra_unknown_fields: Vec::new(),
        },
        (Some(path), []) => Catalog::from_path(path)?,
        (named, extras) => Catalog::merged(named, extras)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_directory_has_no_files_and_others_are_listed_by_name() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        assert!(
            files(&dir.path().join("nope"))
                .expect("no error")
                .is_empty()
        );
        for name in ["b.json", "a.json", ".a.json", "notes.txt", "c.json~"] {
            std::fs::write(dir.path().join(name), "{}").expect("written");
        }
        let found: Vec<String> = files(dir.path())
            .expect("listed")
            .iter()
            .map(|p| {
                p.file_name()
                    .expect("a name")
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        assert_eq!(found, ["a.json", "b.json"]);
    }

    #[test]
    fn a_file_in_place_of_the_directory_is_an_error_naming_it() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let path = dir.path().join("papers.d");
        std::fs::write(&path, "").expect("written");
        let err = files(&path).expect_err("not a directory").to_string();
        assert!(
            err.starts_with(&format!("cannot read {}: ", path.display())),
            "{err}"
        );
    }

    #[test]
    fn papers_d_is_where_aipapers_papers_d_says_else_in_the_configuration_directory() {
        assert_eq!(
            directory_from(Some("/my/papers".into())),
            Some(PathBuf::from("/my/papers"))
        );
        // Set but empty is not set.
        let platform = directory_from(Some("".into())).expect("a home to find it in");
        assert_eq!(Some(&platform), directory_from(None).as_ref());
        assert!(platform.ends_with("aipapers/papers.d"), "{platform:?}");
        assert!(platform.is_absolute(), "{platform:?}");
        // What a command uses is that, for the variable's value in this process.
        let here = directory().expect("a papers.d");
        assert_eq!(
            Some(&here),
            directory_from(std::env::var_os("AIPAPERS_PAPERS_D")).as_ref()
        );
    }

    #[test]
    fn papers_d_files_come_first_unless_left_out() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        std::fs::write(dir.path().join("mine.json"), "{}").expect("written");
        let mine = dir.path().join("mine.json");
        let add = [PathBuf::from("x.json")];
        let papers_d = || Some(dir.path().to_path_buf());
        assert_eq!(
            extras_in(papers_d, None, &add, false).expect("listed"),
            [mine, add[0].clone()]
        );
        assert_eq!(extras_in(papers_d, None, &add, true).expect("listed"), add);
        assert_eq!(extras_in(|| None, None, &add, false).expect("listed"), add);
    }

    #[test]
    fn a_named_catalog_leaves_papers_d_alone_and_added_files_come_last() {
        let add = [PathBuf::from("x.json")];
        let named = Path::new("mine.json");
        assert_eq!(extras(Some(named), &add, false).expect("no error"), add);
    }
}
