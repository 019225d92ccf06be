//! `export -o FILE` by the rules for files aipapers writes: links followed, devices and FIFOs
//! written in place, permissions and owners kept, refusals as a shell redirect meets them,
//! nothing left behind by a signal.

use std::fs;
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::{aipapers, bin, have, stdout_of};

/// The user nobody: the other user in tests run as root.
const NOBODY: u32 = 65534;

fn is_root() -> bool {
    fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0)
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn mode_of(path: &Path) -> u32 {
    fs::metadata(path).expect("metadata").mode() & 0o7777
}

/// A directory anyone may use, holding a copy of the binary anyone may run: for running
/// aipapers as another user when the tests run as root.
fn shared_dir() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o777)).expect("chmod");
    let binary = dir.path().join("aipapers");
    fs::copy(bin(), &binary).expect("copy the binary");
    fs::set_permissions(&binary, fs::Permissions::from_mode(0o755)).expect("chmod");
    (dir, binary)
}

/// Runs the binary as an ordinary user: as nobody when the tests run as root.
fn as_ordinary_user(binary: &Path) -> Command {
    let mut cmd = Command::new(binary);
    if is_root() {
        cmd.uid(NOBODY).gid(NOBODY);
    }
    cmd
}

#[test]
fn output_to_a_symlink_writes_its_target_and_keeps_the_link() {
    let dir = tempfile::tempdir().expect("temp dir");
    let real = dir.path().join("data/papers.csv");
    fs::create_dir(dir.path().join("data")).expect("mkdir");
    fs::write(&real, "old\n").expect("write");
    fs::set_permissions(&real, fs::Permissions::from_mode(0o640)).expect("chmod");
    // A chain: link -> data/link -> papers.csv, each target relative to its link's directory.
    std::os::unix::fs::symlink("papers.csv", dir.path().join("data/link")).expect("symlink");
    std::os::unix::fs::symlink("data/link", dir.path().join("link")).expect("symlink");
    aipapers()
        .args(["export", "--format", "csv", "-o"])
        .arg(dir.path().join("link"))
        .assert()
        .success()
        .stdout("")
        .stderr("");
    for link in ["link", "data/link"] {
        let meta = fs::symlink_metadata(dir.path().join(link)).expect("lstat");
        assert!(meta.file_type().is_symlink(), "{link} is still a link");
    }
    assert_eq!(
        fs::read_to_string(&real).expect("read"),
        stdout_of(&["export", "--format", "csv"])
    );
    assert_eq!(mode_of(&real), 0o640);
    assert_eq!(names_in(&dir.path().join("data")), ["link", "papers.csv"]);
}

#[test]
fn output_to_a_dangling_symlink_creates_its_target_and_keeps_the_link() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::create_dir(dir.path().join("out")).expect("mkdir");
    std::os::unix::fs::symlink("out/papers.json", dir.path().join("link")).expect("symlink");
    aipapers()
        .args(["export", "-o"])
        .arg(dir.path().join("link"))
        .assert()
        .success();
    assert!(
        fs::symlink_metadata(dir.path().join("link"))
            .expect("lstat")
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("out/papers.json")).expect("read"),
        stdout_of(&["export"])
    );
}

#[test]
fn a_loop_of_symlinks_is_reported() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::os::unix::fs::symlink("b", dir.path().join("a")).expect("symlink");
    std::os::unix::fs::symlink("a", dir.path().join("b")).expect("symlink");
    let target = dir.path().join("a");
    aipapers()
        .args(["export", "-o"])
        .arg(&target)
        .assert()
        .code(1)
        .stderr(format!(
            "error: cannot write {}: Too many levels of symbolic links (os error 40)\n",
            target.display()
        ));
}

/// As root, a device node of its own for memory device `minor` (3 is /dev/null, 7 is
/// /dev/full): if the code under test replaced a device, it must not be the system's.
fn private_device(dir: &Path, name: &str, minor: u32) -> Option<PathBuf> {
    if !is_root() {
        return None;
    }
    let path = dir.join(name);
    let made = Command::new("mknod")
        .arg(&path)
        .args(["c", "1", &minor.to_string()])
        .status();
    match made {
        Ok(status) if status.success() => Some(path),
        _ => {
            eprintln!("mknod failed: testing the system's device, which the code must not replace");
            None
        }
    }
}

#[test]
fn output_to_dev_null_is_written_through_not_replaced() {
    let dir = tempfile::tempdir().expect("temp dir");
    let device =
        private_device(dir.path(), "null", 3).unwrap_or_else(|| PathBuf::from("/dev/null"));
    let before = fs::metadata(&device).expect("the device");
    aipapers()
        .args(["export", "-o"])
        .arg(&device)
        .assert()
        .success()
        .stdout("")
        .stderr("");
    let after = fs::metadata(&device).expect("the device");
    assert!(after.file_type().is_char_device(), "still a device");
    assert_eq!((after.ino(), after.rdev()), (before.ino(), before.rdev()));
    assert!(names_in(dir.path()).iter().all(|n| n == "null"));
}

#[test]
fn output_to_dev_full_reports_no_space_and_leaves_the_device() {
    let dir = tempfile::tempdir().expect("temp dir");
    let device =
        private_device(dir.path(), "full", 7).unwrap_or_else(|| PathBuf::from("/dev/full"));
    aipapers()
        .args(["export", "-o"])
        .arg(&device)
        .assert()
        .code(1)
        .stdout("")
        .stderr(format!(
            "error: cannot write {}: No space left on device (os error 28)\n",
            device.display()
        ));
    assert!(
        fs::metadata(&device)
            .expect("the device")
            .file_type()
            .is_char_device()
    );
}

#[test]
fn output_to_a_fifo_is_written_through_to_its_reader() {
    if !have("mkfifo") {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = dir.path().join("pipe");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("mkfifo runs")
            .success()
    );
    let (sender, received) = std::sync::mpsc::channel();
    let reader = fifo.clone();
    // Opening a FIFO waits for the other end; a thread reads it so the test can time out.
    std::thread::spawn(move || {
        let _ = sender.send(fs::read_to_string(reader));
    });
    aipapers()
        .args(["export", "--format", "csv", "-o"])
        .arg(&fifo)
        .timeout(Duration::from_secs(30))
        .assert()
        .success()
        .stderr("");
    let text = received
        .recv_timeout(Duration::from_secs(30))
        .expect("the reader got the export")
        .expect("read");
    assert_eq!(text, stdout_of(&["export", "--format", "csv"]));
    assert!(fs::metadata(&fifo).expect("fifo").file_type().is_fifo());
    assert_eq!(names_in(dir.path()), ["pipe"]);
}

#[test]
fn output_to_dev_stdout_writes_to_standard_output() {
    // As root the old behaviour would replace the system's /dev/stdout link; /dev/fd/1 and
    // /proc/self/fd/1 name the same descriptor.
    for path in ["/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"] {
        if !Path::new(path).exists() {
            eprintln!("skipping {path}: not on this system");
            continue;
        }
        aipapers()
            .args(["export", "--format", "csv", "-o", path])
            .assert()
            .success()
            .stdout(stdout_of(&["export", "--format", "csv"]))
            .stderr("");
    }
    assert!(
        fs::symlink_metadata("/dev/stdout")
            .map(|m| !m.file_type().is_file())
            .unwrap_or(true)
    );
}

#[test]
fn a_new_file_honours_the_umask() {
    if !have("sh") {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    for (umask, mode) in [("027", 0o640), ("002", 0o664), ("077", 0o600)] {
        let target = dir.path().join(format!("papers-{umask}.json"));
        let out = Command::new("sh")
            .args(["-c", &format!(r#"umask {umask}; exec "$0" export -o "$1""#)])
            .arg(bin())
            .arg(&target)
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(0));
        assert_eq!(mode_of(&target), mode, "umask {umask}");
    }
}

#[test]
fn replacing_a_file_keeps_its_permissions() {
    let dir = tempfile::tempdir().expect("temp dir");
    for mode in [0o600, 0o644, 0o755, 0o660] {
        let target = dir.path().join(format!("papers-{mode:o}.json"));
        fs::write(&target, "old\n").expect("write");
        fs::set_permissions(&target, fs::Permissions::from_mode(mode)).expect("chmod");
        aipapers()
            .args(["export", "-o"])
            .arg(&target)
            .assert()
            .success();
        assert_eq!(mode_of(&target), mode);
        assert_eq!(
            fs::read_to_string(&target).expect("read"),
            stdout_of(&["export"])
        );
    }
}

#[test]
fn replacing_a_file_keeps_its_owner_and_group() {
    if !is_root() {
        eprintln!("skipping: giving a file to another user needs root");
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("papers.json");
    fs::write(&target, "old\n").expect("write");
    std::os::unix::fs::chown(&target, Some(NOBODY), Some(NOBODY)).expect("chown");
    aipapers()
        .args(["export", "-o"])
        .arg(&target)
        .assert()
        .success();
    let meta = fs::metadata(&target).expect("metadata");
    assert_eq!((meta.uid(), meta.gid()), (NOBODY, NOBODY));
    assert_eq!(
        fs::read_to_string(&target).expect("read"),
        stdout_of(&["export"])
    );
}

#[test]
fn a_read_only_file_is_refused() {
    let (dir, binary) = shared_dir();
    let target = dir.path().join("papers.json");
    fs::write(&target, "old\n").expect("write");
    fs::set_permissions(&target, fs::Permissions::from_mode(0o444)).expect("chmod");
    let out = as_ordinary_user(&binary)
        .args(["export", "-o"])
        .arg(&target)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "error: cannot write {}: Permission denied (os error 13)\n",
            target.display()
        )
    );
    assert_eq!(fs::read_to_string(&target).expect("read"), "old\n");
    assert_eq!(mode_of(&target), 0o444);
    assert_eq!(names_in(dir.path()), ["aipapers", "papers.json"]);
}

#[test]
fn a_directory_that_is_not_writable_is_named() {
    let (dir, binary) = shared_dir();
    let locked = dir.path().join("locked");
    fs::create_dir(&locked).expect("mkdir");
    let target = locked.join("papers.json");
    fs::write(&target, "old\n").expect("write");
    fs::set_permissions(&target, fs::Permissions::from_mode(0o666)).expect("chmod");
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o555)).expect("chmod");
    let out = as_ordinary_user(&binary)
        .args(["export", "-o"])
        .arg(&target)
        .output()
        .expect("runs");
    // Restored so the temporary directory can be removed.
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o755)).expect("chmod");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "error: cannot write {}: cannot create a file in {}: Permission denied (os error 13)\n",
            target.display(),
            locked.display()
        )
    );
    assert_eq!(fs::read_to_string(&target).expect("read"), "old\n");
}

#[test]
fn a_writable_file_of_another_user_is_refused_not_taken_over() {
    if !is_root() {
        eprintln!("skipping: a file of another user needs root to set up");
        return;
    }
    let (dir, binary) = shared_dir();
    let target = dir.path().join("papers.json");
    fs::write(&target, "old\n").expect("write");
    fs::set_permissions(&target, fs::Permissions::from_mode(0o666)).expect("chmod");
    let out = as_ordinary_user(&binary)
        .args(["export", "-o"])
        .arg(&target)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "error: cannot write {}: it belongs to user 0 and group 0, which a replacement \
             written by this user could not keep; a shell redirect (>) writes into it instead\n",
            target.display()
        )
    );
    let meta = fs::metadata(&target).expect("metadata");
    assert_eq!((meta.uid(), meta.gid()), (0, 0));
    assert_eq!(fs::read_to_string(&target).expect("read"), "old\n");
    assert_eq!(names_in(dir.path()), ["aipapers", "papers.json"]);
}

#[test]
fn a_parent_that_is_a_file_is_reported_as_not_a_directory() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("notes.txt");
    fs::write(&file, "notes\n").expect("write");
    for target in [file.join("papers.json"), file.join("sub/papers.json")] {
        aipapers()
            .args(["export", "-o"])
            .arg(&target)
            .assert()
            .code(1)
            .stdout("")
            .stderr(format!(
                "error: cannot write {}: {} is not a directory\n",
                target.display(),
                file.display()
            ));
    }
    assert_eq!(fs::read_to_string(&file).expect("read"), "notes\n");
}

#[test]
fn a_missing_directory_is_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("a/b/papers.json");
    aipapers()
        .args(["export", "-o"])
        .arg(&target)
        .assert()
        .code(1)
        .stderr(format!(
            "error: cannot write {}: directory {} does not exist\n",
            target.display(),
            dir.path().join("a").display()
        ));
}

#[test]
fn a_hard_linked_file_is_replaced_and_its_other_names_keep_the_old_data() {
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("papers.json");
    let other = dir.path().join("other-name.json");
    fs::write(&target, "old\n").expect("write");
    fs::hard_link(&target, &other).expect("hard link");
    aipapers()
        .args(["export", "-o"])
        .arg(&target)
        .assert()
        .success();
    assert_eq!(
        fs::read_to_string(&target).expect("read"),
        stdout_of(&["export"])
    );
    assert_eq!(fs::read_to_string(&other).expect("read"), "old\n");
    assert_eq!(fs::metadata(&other).expect("metadata").nlink(), 1);
}

/// Starts an export of a large catalog into `target` and sends `signal` once the temporary
/// file exists; with `ignoring`, the export starts with that signal ignored, as under
/// `nohup`. None when the export ended before it could be interrupted.
fn interrupt_export(
    catalog: &Path,
    target: &Path,
    signal: &str,
    ignoring: bool,
) -> Option<std::process::ExitStatus> {
    let dir = target.parent().expect("a directory");
    let mut command = Command::new("sh");
    let trap = if ignoring { r#"trap "" "$0"; "# } else { "" };
    command.args(["-c", &format!(r#"{trap}exec "$@""#), signal]);
    let mut child = command
        .arg(bin())
        .arg("--catalog")
        .arg(catalog)
        .args(["export", "--format", "json", "-o"])
        .arg(target)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("starts");
    let started = Instant::now();
    loop {
        if names_in(dir).iter().any(|n| n.starts_with(".aipapers-")) {
            break;
        }
        if child.try_wait().expect("wait").is_some() || started.elapsed() > Duration::from_secs(60)
        {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    let sent = Command::new("sh")
        .args([
            "-c",
            r#"kill -s "$0" "$1""#,
            signal,
            &child.id().to_string(),
        ])
        .status()
        .expect("kill runs");
    assert!(sent.success());
    Some(child.wait().expect("wait"))
}

/// Whether this process ignores the signal (Linux's SigIgn mask; none where it is missing).
fn ignored_here(signal: i32) -> bool {
    let status = fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix("SigIgn:"))
        .and_then(|mask| u64::from_str_radix(mask.trim(), 16).ok())
        .is_some_and(|mask| mask & (1 << (signal - 1)) != 0)
}

/// A temporary directory holding a catalog large enough to interrupt its export (14 MB of
/// JSON: written in about 0.3 s by a debug build, against a few milliseconds from seeing the
/// temporary file to a signal), and an empty directory `out` to export into.
fn large_export() -> (tempfile::TempDir, std::path::PathBuf, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let catalog = dir.path().join("large.json");
    fs::write(&catalog, aipapers::catalog::synthetic::json(5_000)).expect("written");
    let out = dir.path().join("out");
    fs::create_dir(&out).expect("mkdir");
    (dir, catalog, out)
}

#[test]
fn an_interrupted_export_leaves_no_temp_file() {
    if !have("sh") {
        return;
    }
    let (_dir, catalog, out) = large_export();
    let target = out.join("papers.json");
    for (signal, number) in [("INT", 2), ("TERM", 15), ("HUP", 1)] {
        if ignored_here(number) {
            // Inherited by the child, where it stays ignored by design (`nohup`, background
            // jobs of a script): nothing to interrupt.
            eprintln!("skipping SIG{signal}: this test process ignores it");
            continue;
        }
        // A loaded machine may finish the export before the signal: try again then.
        let status = (0..3)
            .find_map(|_| {
                fs::write(&target, "old\n").expect("write");
                interrupt_export(&catalog, &target, signal, false)
            })
            .expect("the export was still running when the temporary file appeared");
        // It dies of the signal, as it would without a file to clean up (a shell shows
        // 130, 143, 129).
        assert_eq!(status.signal(), Some(number), "SIG{signal}: {status:?}");
        assert_eq!(names_in(&out), ["papers.json"], "SIG{signal}");
        assert_eq!(fs::read_to_string(&target).expect("read"), "old\n");
    }
}

#[test]
fn an_export_started_with_a_signal_ignored_keeps_ignoring_it_and_finishes() {
    if !have("sh") {
        return;
    }
    let (_dir, catalog, out) = large_export();
    let target = out.join("papers.json");
    let status = (0..5)
        .find_map(|_| interrupt_export(&catalog, &target, "HUP", true))
        .expect("the export was still running when the signal came, once in five tries");
    assert!(status.success(), "{status:?}");
    let written: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&target).expect("read")).expect("JSON");
    assert_eq!(written.as_array().map(Vec::len), Some(5_000));
    assert_eq!(names_in(&out), ["papers.json"]);
}

#[test]
fn a_papers_d_another_user_cannot_see_is_none_and_one_they_cannot_read_is_an_error() {
    let (shared, binary) = shared_dir();
    // Another user's home, which this user may not look into (as under `sudo -u`).
    let home = shared.path().join("home");
    fs::create_dir_all(home.join("papers.d")).expect("mkdir");
    fs::set_permissions(&home, fs::Permissions::from_mode(0o700)).expect("chmod");
    // One this user can see but not read.
    let unreadable = shared.path().join("unreadable.d");
    fs::create_dir(&unreadable).expect("mkdir");
    fs::set_permissions(&unreadable, fs::Permissions::from_mode(0o311)).expect("chmod");
    let run = |papers_d: &Path| {
        as_ordinary_user(&binary)
            .env("AIPAPERS_PAPERS_D", papers_d)
            .env("AIPAPERS_DATA", shared.path().join("data"))
            .args(["list", "--format", "ids", "--limit", "1"])
            .output()
            .expect("aipapers runs")
    };
    // (Run by their owner, not as root, the home is not hidden and papers.d is just empty.)
    let hidden = run(&home.join("papers.d"));
    assert_eq!(
        (
            hidden.status.code(),
            String::from_utf8_lossy(&hidden.stdout).as_ref()
        ),
        (Some(0), "backprop\n"),
        "{}",
        String::from_utf8_lossy(&hidden.stderr)
    );
    let refused = run(&unreadable);
    assert_eq!(refused.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&refused.stderr),
        format!(
            "error: cannot read {}: Permission denied (os error 13)\n",
            unreadable.display()
        )
    );
}
