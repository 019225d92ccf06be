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
