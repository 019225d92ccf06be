//! Writing the files users name (`export -o FILE`, the reading progress): the one place that decides how a path
//! is written, so every command treats the user's files the same way.
//!
//! The rules, in the order they are checked:
//!
//! - A symbolic link is followed, through chains and dangling links, and the file it names
//!   is written; the link itself stays. A relative target is relative to the link's directory.
//! - A character or block device, a FIFO, a socket, or a descriptor path (`/dev/stdout`,
//!   `/dev/fd/N`) is opened and written in place, as a shell redirect would: never replaced by a
//!   regular file, and no temporary file.
//! - An existing regular file must be writable by this process (the check a shell redirect
//!   makes). It is then replaced atomically: the data goes to a temporary file in the same
//!   directory, which is synced and renamed over it only when every byte is written, so a
//!   failure leaves the old file as it was. The new file keeps the old one's permission bits,
//!   owner and group; when the owner or group cannot be kept (another user's file that this
//!   user may write), the file is refused rather than silently taken over.
//! - A new file is created with the permissions the umask allows, as `>` would create it.
//! - Replacing gives the path a new inode: other hard links to the old file keep the old data
//!   (as with `sed -i` and most editors; `sort -o` and `>` write into the shared inode).
//! - SIGINT, SIGTERM and SIGHUP while a temporary file exists remove it before the process
//!   dies of the signal; so does a panic (`cleanup`).

use std::fs::{self, File, Metadata, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context as _, anyhow};

mod cleanup;

/// How many symbolic links are followed before giving up, as Linux does (`ELOOP`).
const MAX_LINKS: usize = 40;

/// Writes the file at `path` with what `write` produces, by the rules above. Every error reads
/// `cannot write PATH: CAUSE`, with PATH as the user gave it.
pub fn write(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> anyhow::Result<()> {
    let shown = path.display();
    let cannot = || format!("cannot write {shown}");
    match resolve(path).with_context(cannot)? {
        Target::Directory => Err(anyhow!("cannot write {shown}: it is a directory")),
        Target::Through => write_through(path, write).with_context(cannot),
        Target::Missing(problem) => Err(anyhow!("cannot write {shown}: {problem}")),
        Target::New(real) => replace(&real, None, write).with_context(cannot),
        Target::Existing(real, old) => {
            // The refusal a shell redirect would meet (a read-only file, another user's file,
            // a read-only file system), before any work is done.
            OpenOptions::new()
                .write(true)
                .open(&real)
                .with_context(cannot)?;
            replace(&real, Some(&old), write).with_context(cannot)
        }
    }
}

/// Reads, changes and rewrites the file at `path` (by the rules of [`write`]) while holding
/// an exclusive lock on a file beside it, `.NAME.lock`, from before the read until after the
/// rename: two processes updating the same file at once take turns, so neither loses the
/// other's change. The lock file is left in place (removing it would race with a waiting
/// process that already opened it). `change` gets the current contents, `None` when there is
/// no file yet, and returns the new ones.
pub fn update(
    path: &Path,
    change: impl FnOnce(Option<Vec<u8>>) -> anyhow::Result<Vec<u8>>,
) -> anyhow::Result<()> {
    let lock_path = lock_path(path);
    let cannot_lock = || format!("cannot lock {}", lock_path.display());
    let lock = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&lock_path)
        .with_context(cannot_lock)?;
    fs4::fs_std::FileExt::lock_exclusive(&lock).with_context(cannot_lock)?;
    let old = match fs::read(path) {
        Ok(bytes) => Some(bytes),
        Err(err) if err.kind() == io::ErrorKind::NotFound => None,
        Err(err) => return Err(err).with_context(|| format!("cannot read {}", path.display())),
    };
    let new = change(old)?;
    write(path, |out| out.write_all(&new))
    // Closing `lock` releases it, after the rename.
}

/// The lock file [`update`] holds for `path`: a hidden file in the same directory.
fn lock_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map_or_else(|| "file".into(), |n| n.to_string_lossy().into_owned());
    path.with_file_name(format!(".{name}.lock"))
}

/// What a path names once its links are followed.
#[derive(Debug)]
enum Target {
    /// A regular file, at its real path, with its metadata.
    Existing(PathBuf, Metadata),
    /// Nothing yet, in a directory that exists: a new file at this path.
    New(PathBuf),
    /// Nothing, and no directory to create it in; the cause, in words.
    Missing(String),
    /// A device, FIFO, socket or open descriptor: written in place.
    Through,
    Directory,
}

fn resolve(path: &Path) -> io::Result<Target> {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        let meta = match fs::symlink_metadata(&current) {
            Ok(meta) => meta,
            Err(err) if is_missing(&err) => {
                // With every directory on the way there, only the file itself is missing
                // ("not a directory" names an ancestor, which `missing_directory` finds).
                return Ok(match missing_directory(&current) {
                    Some(problem) => Target::Missing(problem),
                    None => Target::New(current),
                });
            }
            Err(err) => return Err(err),
        };
        let kind = meta.file_type();
        if kind.is_symlink() {
            let dir = directory_of(&current);
            // /dev/stdout, /dev/fd/N and /proc/self/fd/N are links the kernel resolves to an
            // open descriptor (a pipe, a terminal, the file `>` opened), not to a path.
            if fs::canonicalize(dir).is_ok_and(|d| d.starts_with("/proc")) {
                return Ok(Target::Through);
            }
            // An absolute target replaces `dir` in the join.
            current = dir.join(fs::read_link(&current)?);
        } else if kind.is_file() {
            return Ok(Target::Existing(current, meta));
        } else if kind.is_dir() {
            return Ok(Target::Directory);
        } else {
            return Ok(Target::Through);
        }
    }
    Err(too_many_links())
}

#[cfg(unix)]
fn too_many_links() -> io::Error {
    io::Error::from_raw_os_error(libc::ELOOP)
}

#[cfg(not(unix))]
fn too_many_links() -> io::Error {
    io::Error::other("too many levels of symbolic links")
}

/// "No such file" or "Not a directory" on the way to a path.
fn is_missing(err: &io::Error) -> bool {
    matches!(
        err.kind(),
        io::ErrorKind::NotFound | io::ErrorKind::NotADirectory
    )
}

/// The highest directory on the way to `path` that does not exist or is not a directory.
fn missing_directory(path: &Path) -> Option<String> {
    let ancestors: Vec<&Path> = path
        .ancestors()
        .skip(1)
        .filter(|a| !a.as_os_str().is_empty())
        .collect();
    for dir in ancestors.into_iter().rev() {
        match fs::metadata(dir) {
            Ok(meta) if meta.is_dir() => {}
            Ok(_) => return Some(format!("{} is not a directory", dir.display())),
            Err(err) if err.kind() == io::ErrorKind::NotFound => {
                return Some(format!("directory {} does not exist", dir.display()));
            }
            // Permission denied and the like: the caller's own error says it.
            Err(_) => return None,
        }
    }
    None
}

fn directory_of(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

/// Opens the path as `>` would and writes into it: for devices, FIFOs and descriptors.
fn write_through(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let file = OpenOptions::new().write(true).truncate(true).open(path)?;
    let mut writer = BufWriter::new(file);
    write(&mut writer)?;
    writer.flush()
}

/// Writes a temporary file next to `real` and renames it over `real`, giving it the old
/// file's owner, group and permissions, or the umask's for a new file.
fn replace(
    real: &Path,
    old: Option<&Metadata>,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let dir = directory_of(real);
    let temp = tempfile::Builder::new()
        .prefix(".aipapers-")
        .suffix(".tmp")
        .make_in(dir, |path| {
            // Registered before it exists, so a signal at any moment finds it.
            let guard = cleanup::register(path);
            Ok((create(path)?, guard))
        })
        .map_err(|err| {
            // A file the user may write, in a directory the user may not: say which.
            let dir = dir.display();
            io::Error::new(err.kind(), format!("cannot create a file in {dir}: {err}"))
        })?;
    let file = &temp.as_file().0;
    if let Some(old) = old {
        keep_metadata(file, old)?;
    }
    // Written through the plain file, so errors are the system's own (a full disk, a
    // file-size limit), not wrapped with the temporary file's name.
    let mut writer = BufWriter::new(file);
    write(&mut writer)?;
    writer.flush()?;
    drop(writer);
    file.sync_all()?;
    // Dropping `temp` on any error above deletes it.
    temp.persist(real).map_err(|e| e.error)?;
    Ok(())
}

/// A new file with the permissions a new file gets from `>`: 0666 less the umask.
#[cfg(unix)]
fn create(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o666)
        .open(path)
}

#[cfg(not(unix))]
fn create(path: &Path) -> io::Result<File> {
    OpenOptions::new().write(true).create_new(true).open(path)
}

/// Gives the replacement the old file's owner, group and mode. The owner first: changing
/// it clears the set-user-ID and set-group-ID bits, which the mode then restores.
#[cfg(unix)]
fn keep_metadata(file: &File, old: &Metadata) -> io::Result<()> {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let new = file.metadata()?;
    if (new.uid(), new.gid()) != (old.uid(), old.gid()) {
        std::os::unix::fs::fchown(file, Some(old.uid()), Some(old.gid())).map_err(|err| {
            if err.kind() == io::ErrorKind::PermissionDenied {
                io::Error::new(
                    err.kind(),
                    format!(
                        "it belongs to user {} and group {}, which a replacement written by \
                         this user could not keep; a shell redirect (>) writes into it instead",
                        old.uid(),
                        old.gid()
                    ),
                )
            } else {
                err
            }
        })?;
    }
    file.set_permissions(fs::Permissions::from_mode(old.mode() & 0o7777))
}

#[cfg(not(unix))]
fn keep_metadata(file: &File, old: &Metadata) -> io::Result<()> {
    file.set_permissions(old.permissions())
}

#[cfg(test)]
#[cfg(unix)]
mod tests {
    use std::os::unix::fs::symlink;

    use super::*;

    fn temp_dir() -> tempfile::TempDir {
        tempfile::tempdir().expect("a temporary directory")
    }

    #[test]
    fn a_chain_of_relative_links_resolves_to_the_file_at_its_end() {
        let dir = temp_dir();
        fs::create_dir(dir.path().join("sub")).expect("mkdir");
        fs::write(dir.path().join("sub/real"), "x").expect("write");
        symlink("real", dir.path().join("sub/inner")).expect("symlink");
        symlink("sub/inner", dir.path().join("outer")).expect("symlink");
        match resolve(&dir.path().join("outer")).expect("resolves") {
            Target::Existing(real, meta) => {
                assert_eq!(real, dir.path().join("sub/real"));
                assert!(meta.is_file());
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_dangling_link_names_a_new_file_at_its_target() {
        let dir = temp_dir();
        symlink("new.json", dir.path().join("link")).expect("symlink");
        assert!(matches!(
            resolve(&dir.path().join("link")),
            Ok(Target::New(path)) if path == dir.path().join("new.json")
        ));
    }

    #[test]
    fn a_loop_of_links_is_the_systems_error() {
        let dir = temp_dir();
        symlink("link", dir.path().join("link")).expect("symlink");
        let err = resolve(&dir.path().join("link")).expect_err("a loop");
        assert_eq!(err.raw_os_error(), Some(libc::ELOOP));
    }

    #[test]
    fn descriptor_paths_are_written_through() {
        for path in ["/dev/stdout", "/dev/fd/1", "/proc/self/fd/2"] {
            if Path::new(path).exists() {
                assert!(
                    matches!(resolve(Path::new(path)), Ok(Target::Through)),
                    "{path}"
                );
            }
        }
    }

    #[test]
    fn the_highest_missing_or_non_directory_ancestor_is_named() {
        let dir = temp_dir();
        let file = dir.path().join("file");
        fs::write(&file, "x").expect("write");
        let Target::Missing(problem) = resolve(&file.join("a/b")).expect("resolves") else {
            panic!("a file as a directory is missing");
        };
        assert_eq!(problem, format!("{} is not a directory", file.display()));
        let Target::Missing(problem) = resolve(&dir.path().join("a/b/c")).expect("resolves") else {
            panic!("a missing directory");
        };
        let missing = dir.path().join("a");
        assert_eq!(
            problem,
            format!("directory {} does not exist", missing.display())
        );
    }

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_temporary_file() {
        let dir = temp_dir();
        let path = dir.path().join("papers.json");
        fs::write(&path, "old").expect("write");
        let err = write(&path, |w| {
            w.write_all(b"partial")?;
            Err(io::Error::other("the renderer failed"))
        })
        .expect_err("fails");
        assert_eq!(
            format!("{err:#}"),
            format!("cannot write {}: the renderer failed", path.display())
        );
        assert_eq!(fs::read_to_string(&path).expect("read"), "old");
        assert_eq!(fs::read_dir(dir.path()).expect("dir").count(), 1);
    }

    #[test]
    fn update_hands_over_the_old_contents_and_writes_the_new() {
        let dir = temp_dir();
        let path = dir.path().join("progress.json");
        update(&path, |old| {
            assert_eq!(old, None);
            Ok(b"one".to_vec())
        })
        .expect("created");
        update(&path, |old| {
            assert_eq!(old.as_deref(), Some(&b"one"[..]));
            Ok(b"two".to_vec())
        })
        .expect("updated");
        assert_eq!(fs::read_to_string(&path).expect("read"), "two");
        assert_eq!(
            fs::read_dir(dir.path()).expect("dir").count(),
            2,
            "the file and its lock file"
        );
        assert!(dir.path().join(".progress.json.lock").exists());
    }

    fn mode(path: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        fs::metadata(path).expect("metadata").permissions().mode() & 0o7777
    }

    #[test]
    fn a_new_file_is_created_with_its_contents_and_no_more_than_rw_for_all() {
        let dir = temp_dir();
        let path = dir.path().join("new.json");
        write(&path, |out| out.write_all(b"fresh")).expect("written");
        assert_eq!(fs::read_to_string(&path).expect("read"), "fresh");
        assert_eq!(mode(&path) & !0o666, 0, "no execute or special bits");
    }

    #[test]
    fn a_replaced_file_keeps_its_mode_special_bits_included() {
        use std::os::unix::fs::PermissionsExt;
        let dir = temp_dir();
        let path = dir.path().join("kept.json");
        for wanted in [0o640, 0o2750, 0o600] {
            fs::write(&path, "old").expect("write");
            fs::set_permissions(&path, fs::Permissions::from_mode(wanted)).expect("chmod");
            write(&path, |out| out.write_all(b"new")).expect("written");
            assert_eq!(fs::read_to_string(&path).expect("read"), "new");
            assert_eq!(mode(&path), wanted, "{wanted:o}");
        }
    }

    #[test]
    fn a_replaced_file_keeps_its_owner_and_group() {
        use std::os::unix::fs::MetadataExt;
        // Only root may give a file to another user.
        if running_as_root() {
            let dir = temp_dir();
            let path = dir.path().join("theirs.json");
            fs::write(&path, "old").expect("write");
            std::os::unix::fs::chown(&path, Some(65534), Some(65534)).expect("chown");
            write(&path, |out| out.write_all(b"new")).expect("written");
            let meta = fs::metadata(&path).expect("metadata");
            assert_eq!((meta.uid(), meta.gid()), (65534, 65534));
        } else {
            assert!(
                std::env::var_os("CI").is_none_or(|ci| ci != "true"),
                "needs root, and CI runs as root"
            );
            eprintln!("skipped: a_replaced_file_keeps_its_owner_and_group: needs root");
        }
    }

    /// Whether this process runs as root, read from what it creates.
    fn running_as_root() -> bool {
        use std::os::unix::fs::MetadataExt;
        let dir = temp_dir();
        fs::metadata(dir.path()).is_ok_and(|m| m.uid() == 0)
    }

    #[test]
    fn writing_through_opens_the_path_and_truncates_it_as_a_redirect_does() {
        let dir = temp_dir();
        let path = dir.path().join("through.txt");
        fs::write(&path, "longer old text").expect("write");
        write_through(&path, |out| out.write_all(b"new")).expect("written");
        assert_eq!(fs::read_to_string(&path).expect("read"), "new");
    }

    #[test]
    fn a_bare_file_name_is_in_the_current_directory() {
        assert_eq!(directory_of(Path::new("papers.json")), Path::new("."));
        assert_eq!(directory_of(Path::new("out/papers.json")), Path::new("out"));
    }

    #[test]
    fn an_ancestor_that_cannot_be_looked_at_is_left_to_the_callers_error() {
        let dir = temp_dir();
        let long = dir.path().join("a".repeat(300)).join("x.json");
        assert_eq!(missing_directory(&long), None);
    }

    #[test]
    fn a_file_that_cannot_be_read_is_an_error_not_a_new_file() {
        let dir = temp_dir();
        let path = dir.path().join("progress.json");
        fs::create_dir(&path).expect("a directory where the file should be");
        let mut called = false;
        let err = update(&path, |_| {
            called = true;
            Ok(Vec::new())
        })
        .expect_err("a directory cannot be read as the file");
        assert!(err.to_string().starts_with("cannot read "), "{err:#}");
        assert!(
            !called,
            "the change must not run on a file that was not read"
        );
    }

    #[test]
    fn a_failed_change_leaves_the_file_as_it_was() {
        let dir = temp_dir();
        let path = dir.path().join("progress.json");
        fs::write(&path, "kept").expect("write");
        let err = update(&path, |_| Err(anyhow!("not valid"))).expect_err("fails");
        assert_eq!(err.to_string(), "not valid");
        assert_eq!(fs::read_to_string(&path).expect("read"), "kept");
    }

    #[test]
    fn the_temporary_file_is_listed_for_cleanup_only_while_it_exists() {
        let dir = temp_dir();
        let path = dir.path().join("papers.json");
        let listed = |dir: &Path| {
            cleanup::listed()
                .into_iter()
                .filter(|p| p.starts_with(dir))
                .collect::<Vec<_>>()
        };
        write(&path, |w| {
            let temporary = listed(dir.path());
            assert_eq!(temporary.len(), 1);
            assert!(temporary[0].exists());
            w.write_all(b"new")
        })
        .expect("written");
        assert!(listed(dir.path()).is_empty());
        assert_eq!(fs::read_to_string(&path).expect("read"), "new");
    }
}
