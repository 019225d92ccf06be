use std::process::ExitCode;

fn main() -> ExitCode {
    ignore_file_size_signal();
    ExitCode::from(aipapers::app::run(std::env::args_os()))
}

/// Past a file-size limit (`ulimit -f`) the kernel kills a writer with SIGXFSZ, which would
/// leave a half-written temporary file behind. Ignored, the write fails with EFBIG instead,
/// and aipapers cleans up and reports it like any other failed write.
#[cfg(unix)]
#[allow(unsafe_code)]
fn ignore_file_size_signal() {
    // SAFETY: setting a signal to SIG_IGN at start-up, before any other thread exists.
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
    }
}

#[cfg(not(unix))]
fn ignore_file_size_signal() {}

/// Runs before Rust's runtime, which replaces a closed standard output with /dev/null
/// (after which every write "succeeds"): notes that it was closed, so that aipapers can
/// say it cannot write instead of exiting 0 having written nothing.
#[cfg(target_os = "linux")]
#[used]
#[allow(unsafe_code)]
#[unsafe(link_section = ".init_array")]
static NOTE_CLOSED_STDOUT: extern "C" fn() = {
    extern "C" fn note() {
        // SAFETY: F_GETFD only reads the descriptor's flags; it fails if fd 1 is closed.
        if unsafe { libc::fcntl(libc::STDOUT_FILENO, libc::F_GETFD) } == -1 {
            aipapers::app::STDOUT_CLOSED.store(true, std::sync::atomic::Ordering::Relaxed);
        }
    }
    note
};
