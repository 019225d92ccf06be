//! Temporary files that a signal or a panic must not leave behind: a list of them, a panic
//! hook and a thread that waits for SIGINT, SIGTERM and SIGHUP.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, Once, PoisonError};

static TEMPORARY: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
static WATCH: Once = Once::new();

/// Keeps `path` on the list until dropped.
pub struct Registered(PathBuf);

pub fn register(path: &Path) -> Registered {
    WATCH.call_once(watch);
    list().push(path.to_path_buf());
    Registered(path.to_path_buf())
}

impl Drop for Registered {
    fn drop(&mut self) {
        let mut list = list();
        if let Some(at) = list.iter().position(|p| *p == self.0) {
            list.swap_remove(at);
        }
    }
}

fn list() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    TEMPORARY.lock().unwrap_or_else(PoisonError::into_inner)
}

#[cfg(test)]
pub fn listed() -> Vec<PathBuf> {
    list().clone()
}

fn remove_all() {
    for path in list().drain(..) {
        let _ = std::fs::remove_file(path);
    }
}

/// From the first temporary file on, the signals that end a process by default remove the
/// files first. So does a panic where it aborts (release builds): nothing else would, as no
/// destructor runs. Where panics unwind, the files' own destructors remove them, and a panic
/// on another thread must not take the file this one is writing.
fn watch() {
    if cfg!(panic = "abort") {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            remove_all();
            previous(info);
        }));
    }
    signals::watch(remove_all);
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
