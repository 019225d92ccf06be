//! Temporary files that a signal or a panic must not leave behind: a list of them, a panic
//! hook and a thread that waits for SIGINT, SIGTERM and SIGHUP.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, Once, PoisonError};

/// Paths of temporary files to remove if the process is ended before they are renamed or
/// dropped.
pub struct Temporary(Mutex<Vec<PathBuf>>);

/// The process's list, which the signal thread and the panic hook empty.
static TEMPORARY: Temporary = Temporary::new();
static WATCH: Once = Once::new();

/// Keeps `path` on its list until dropped.
pub struct Registered {
    path: PathBuf,
    list: &'static Temporary,
}

/// Puts `path` on the process's list, which signals and an aborting panic empty.
pub fn register(path: &Path) -> Registered {
    WATCH.call_once(watch);
    TEMPORARY.add(path)
}

impl Drop for Registered {
    fn drop(&mut self) {
        let mut list = self.list.lock();
        if let Some(at) = list.iter().position(|p| *p == self.path) {
            list.swap_remove(at);
        }
    }
}

impl Temporary {
    const fn new() -> Self {
        Temporary(Mutex::new(Vec::new()))
    }

    fn add(&'static self, path: &Path) -> Registered {
        self.lock().push(path.to_path_buf());
        Registered {
            path: path.to_path_buf(),
            list: self,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<PathBuf>> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Removes every listed file (those already gone are no error) and empties the list.
    fn remove_all(&self) {
        for path in self.lock().drain(..) {
            let _ = std::fs::remove_file(path);
        }
    }
}

#[cfg(test)]
pub fn listed() -> Vec<PathBuf> {
    TEMPORARY.lock().clone()
}

/// From the first temporary file on, the signals that end a process by default remove the
/// files first. So does a panic where it aborts (release builds): nothing else would, as no
/// destructor runs. Where panics unwind, the files' own destructors remove them, and a panic
/// on another thread must not take the file this one is writing.
fn watch() {
    if cfg!(panic = "abort") {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            TEMPORARY.remove_all();
            previous(info);
        }));
    }
    signals::watch(|| TEMPORARY.remove_all());
}

#[cfg(unix)]
mod signals {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    use signal_hook::iterator::Signals;
    use signal_hook::low_level::emulate_default_handler;

    /// A thread that waits for the signals, runs `cleanup`, then dies of the signal as
    /// the process would have, so the shell sees 130, 143 or 129 as usual.
    pub fn watch(cleanup: fn()) {
        // A signal ignored on entry (`nohup`, a background job's SIGINT) stays ignored.
        let wanted: Vec<i32> = [SIGINT, SIGTERM, SIGHUP]
            .into_iter()
            .filter(|&signal| !ignored(signal))
            .collect();
        // Best effort: without the thread the files are still removed on every error.
        let Ok(mut signals) = Signals::new(wanted) else {
            return;
        };
        let _ = std::thread::Builder::new()
            .name("signals".into())
            .spawn(move || {
                if let Some(signal) = signals.forever().next() {
                    cleanup();
                    let _ = emulate_default_handler(signal);
                    std::process::exit(128 + signal);
                }
            });
    }

    #[allow(unsafe_code)]
    fn ignored(signal: i32) -> bool {
        // SAFETY: a null new action only reads the current one into `old`, which is
        // plain data that sigaction fills in.
        unsafe {
            let mut old: libc::sigaction = std::mem::zeroed();
            libc::sigaction(signal, std::ptr::null(), &mut old) == 0
                && old.sa_sigaction == libc::SIG_IGN
        }
    }
}

#[cfg(not(unix))]
mod signals {
    pub fn watch(_cleanup: fn()) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A list of the test's own, so tests running in parallel (and the process's list) do
    /// not see each other's files.
    fn own_list() -> &'static Temporary {
        Box::leak(Box::new(Temporary::new()))
    }

    #[test]
    fn a_path_is_listed_until_its_guard_is_dropped() {
        let list = own_list();
        let first = list.add(Path::new("a.tmp"));
        let second = list.add(Path::new("b.tmp"));
        assert_eq!(
            *list.lock(),
            [PathBuf::from("a.tmp"), PathBuf::from("b.tmp")]
        );
        drop(first);
        assert_eq!(*list.lock(), [PathBuf::from("b.tmp")]);
        drop(second);
        assert!(list.lock().is_empty());
    }

    #[test]
    fn dropping_a_guard_after_the_list_was_emptied_is_no_error() {
        let list = own_list();
        let guard = list.add(Path::new("gone.tmp"));
        list.remove_all();
        drop(guard);
        assert!(list.lock().is_empty());
    }

    #[test]
    fn remove_all_deletes_every_listed_file_and_empties_the_list() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let list = own_list();
        let kept = dir.path().join("kept.json");
        std::fs::write(&kept, "kept").expect("write");
        let paths: Vec<PathBuf> = ["one.tmp", "two.tmp"]
            .iter()
            .map(|name| dir.path().join(name))
            .collect();
        let guards: Vec<Registered> = paths
            .iter()
            .map(|path| {
                std::fs::write(path, "partial").expect("write");
                list.add(path)
            })
            .collect();
        // One already removed by its writer: not an error, and the others still go.
        std::fs::remove_file(&paths[0]).expect("remove");
        list.remove_all();
        assert!(paths.iter().all(|path| !path.exists()));
        assert!(kept.exists(), "an unlisted file is left alone");
        assert!(list.lock().is_empty());
        drop(guards);
    }
}
