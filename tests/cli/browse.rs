//! `aipapers browse`, the full-screen browser: refused without a terminal, and driven in a
//! real one (tmux) with keys, its screen read back after each step.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use aipapers::catalog::Catalog;

use crate::{aipapers, have, path_with_binary};

#[test]
fn browse_without_a_terminal_points_to_list_and_show() {
    let out = aipapers().arg("browse").output().expect("aipapers runs");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: browse needs a terminal for its input and output; to print papers instead, \
         use `aipapers list` or `aipapers show ID`\n"
    );
    assert!(out.stdout.is_empty());
}

/// A tmux server of its own, with one window running `command` in bash.
struct Tmux {
    socket: std::path::PathBuf,
    _dir: tempfile::TempDir,
}

impl Tmux {
    fn start(width: u16, height: u16) -> Tmux {
        Tmux::start_with(width, height, "")
    }

    /// As [`Tmux::start`], with `env` (`NAME='value' ...`) set for the shell.
    fn start_with(width: u16, height: u16, env: &str) -> Tmux {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let rc = dir.path().join("rc.bash");
        std::fs::write(&rc, "PS1='$ '\n").expect("the rc file is written");
        let tmux = Tmux {
            socket: dir.path().join("tmux.sock"),
            _dir: dir,
        };
        let shell = format!(
            "env -u NO_COLOR -u AIPAPERS_CATALOG PATH='{}' TERM=xterm-256color \
             AIPAPERS_DATA='{}' {env} bash --noprofile --rcfile '{}' -i",
            path_with_binary(),
            crate::no_progress().display(),
            rc.display()
        );
        let (w, h) = (width.to_string(), height.to_string());
        tmux.run(&["new-session", "-d", "-x", &w, "-y", &h, &shell]);
        tmux.wait_for("prompt", |s| s.trim_end().ends_with('$'));
        tmux
    }

    fn run(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux runs");
        assert!(out.status.success(), "tmux {args:?}: {out:?}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn screen(&self) -> String {
        self.run(&["capture-pane", "-p"])
    }

    fn keys(&self, keys: &[&str]) {
        self.run(&[&["send-keys"], keys].concat());
    }

    fn text(&self, text: &str) {
        self.run(&["send-keys", "-l", text]);
    }

    /// A tmux format about the pane: `alternate_on`, `cursor_flag`, `pane_pid`.
    fn pane(&self, format: &str) -> String {
        self.run(&["display-message", "-p", &format!("#{{{format}}}")])
            .trim()
            .to_string()
    }

    /// Waits up to 10 s for the screen to show what `ready` looks for; returns it.
    fn wait_for(&self, what: &str, ready: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if ready(&screen) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "waited for {what}; the screen is:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits for the card of this paper (its id in the card's title, the card focused).
    fn wait_for_card(&self, id: &str) -> String {
        self.wait_for(&format!("the card of {id}"), |s| {
            s.contains(&format!("┏ {id} ━"))
        })
    }

    /// Waits for the card of this paper, the list focused.
    fn wait_for_card_plain(&self, id: &str) -> String {
        self.wait_for(&format!("the card of {id}"), |s| {
            s.contains(&format!("┌ {id} ─"))
        })
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .arg("kill-server")
            .output();
    }
}

/// The shell's terminal settings are as they were before: line editing and echo on.
fn assert_restored(tmux: &Tmux) {
    assert_eq!(tmux.pane("alternate_on"), "0", "back on the main screen");
    assert_eq!(tmux.pane("cursor_flag"), "1", "the cursor shows");
    tmux.text("stty -a | tr ' ' '\\n' | grep -x -e icanon -e echo -e -icanon -e -echo | sort\n");
    let screen = tmux.wait_for("stty's answer", |s| s.contains("\necho\nicanon\n"));
    let off = |line: &str| line == "-icanon" || line == "-echo";
    assert!(!screen.lines().any(off), "{screen}");
}

#[test]
fn browse_searches_follows_led_to_goes_back_and_restores_the_terminal() {
    if !have("tmux") {
        return;
    }
    let catalog = Catalog::embedded();
    let id = |paper: usize| catalog.paper(paper).id.to_string();
    let tmux = Tmux::start(100, 30);
    tmux.text("aipapers browse\n");
    let screen = tmux.wait_for("the browser", |s| s.contains("23 of 23 papers"));
    assert!(screen.contains("━━ 1 · Foundations"), "{screen}");
    assert_eq!(tmux.pane("alternate_on"), "1");

    tmux.text("/attention");
    let screen = tmux.wait_for("the search", |s| {
        s.contains("ranked by the search") && s.lines().any(|l| l.starts_with("/attention "))
    });
    let first = aipapers::catalog::search::search(
        &catalog,
        &aipapers::catalog::search::SearchQuery::parse("attention").expect("a query"),
    )[0]
    .paper;
    let name = catalog.paper(first).name.as_str();
    let row = screen
        .lines()
        .find(|l| l.contains(name))
        .unwrap_or_else(|| panic!("{name} is not listed:\n{screen}"));
    assert!(row.contains("name:"), "the match is shown: {row}");

    tmux.keys(&["Enter"]);
    tmux.wait_for_card(&id(first));

    // Follow "Led to" twice: past the Builds on entries to the first paper it led to.
    let mut paper = first;
    for _ in 0..2 {
        let led_to = catalog.led_to(paper)[0];
        for _ in 0..catalog.builds_on(paper).len() {
            tmux.keys(&["j"]);
        }
        tmux.keys(&["Enter"]);
        tmux.wait_for_card(&id(led_to));
        paper = led_to;
    }
    let middle = catalog.led_to(first)[0];

    tmux.keys(&["BSpace"]);
    tmux.wait_for_card(&id(middle));

    tmux.keys(&["q"]);
    let screen = tmux.wait_for("the shell", |s| !s.contains("ranked by the search"));
    assert!(screen.contains("$ aipapers browse"), "{screen}");
    tmux.text("echo status=$?\n");
    tmux.wait_for("the exit status", |s| s.contains("status=0"));
    assert_restored(&tmux);
}

#[test]
fn browse_gives_the_terminal_back_on_sigterm_and_sighup() {
    let proc_children = Path::new("/proc/self/task").exists();
    if !have("tmux") || !crate::able(proc_children, "/proc with task children not found") {
        return;
    }
    let tmux = Tmux::start(80, 24);
    for (signal, status) in [("TERM", 143), ("HUP", 129)] {
        tmux.text("clear; aipapers browse --ascii\n");
        tmux.wait_for("the browser", |s| s.contains("23 of 23 papers"));
        let shell = tmux.pane("pane_pid");
        let children = format!("/proc/{shell}/task/{shell}/children");
        let pid = std::fs::read_to_string(&children).expect("the shell's children");
        let pid = pid.trim().to_string();
        assert!(
            !pid.is_empty() && !pid.contains(' '),
            "one child of the shell: {pid:?}"
        );
        let killed = Command::new("kill")
            .args([&format!("-{signal}"), &pid])
            .status()
            .expect("kill runs");
        assert!(killed.success());
        tmux.wait_for("the shell", |s| !s.contains("23 of 23 papers"));
        tmux.text("echo status=$?\n");
        tmux.wait_for("the exit status", |s| {
            s.contains(&format!("status={status}"))
        });
        assert_restored(&tmux);
    }
}

#[test]
fn browse_copies_over_osc52_and_opens_with_the_browser_of_open() {
    if !have("tmux") {
        return;
    }
    // A browser that writes down the link it was given.
    let dir = tempfile::tempdir().expect("a temporary directory");
    let opened = dir.path().join("opened");
    let script = dir.path().join("browser");
    std::fs::write(
        &script,
        format!("#!/bin/sh\necho \"$1\" > '{}'\n", opened.display()),
    )
    .expect("the script is written");
    std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755))
        .expect("the script is executable");
    let browser = format!("BROWSER='{}'", script.display());
    let tmux = Tmux::start_with(80, 24, &browser);
    // tmux keeps what a program copies with OSC 52 as a paste buffer.
    tmux.run(&["set", "-g", "set-clipboard", "on"]);
    tmux.text("aipapers browse\n");
    tmux.wait_for("the browser", |s| s.contains("23 of 23 papers"));

    tmux.keys(&["y"]);
    tmux.wait_for("the copy", |s| s.contains("copied the id backprop"));
    assert_eq!(tmux.run(&["show-buffer"]), "backprop");

    tmux.keys(&["C", "C"]);
    tmux.wait_for("the style", |s| s.contains("c copies citations as apa"));
    tmux.keys(&["c"]);
    tmux.wait_for("the copy", |s| {
        s.contains("copied the apa citation of backprop")
    });
    let apa = crate::stdout_of(&["cite", "backprop", "--style", "apa"]);
    assert_eq!(tmux.run(&["show-buffer"]), apa.trim_end());

    tmux.keys(&["o"]);
    tmux.wait_for("the link opened", |s| {
        s.contains("opened https://www.nature.com/articles/323533a0")
    });
    let link = std::fs::read_to_string(&opened).expect("the browser wrote the link");
    assert_eq!(link, "https://www.nature.com/articles/323533a0\n");
    tmux.keys(&["q"]);
    tmux.wait_for("the shell", |s| !s.contains("23 of 23 papers"));
    assert_restored(&tmux);
}

#[test]
fn browse_marks_the_selected_paper_read_and_unread_in_the_progress() {
    if !have("tmux") {
        return;
    }
    let dir = tempfile::tempdir().expect("a temporary directory");
    let data = dir.path().join("data");
    let progress = |args: &[&str]| -> serde_json::Value {
        let out = crate::aipapers()
            .env("AIPAPERS_DATA", &data)
            .args(args)
            .output()
            .expect("aipapers runs");
        assert!(out.status.success(), "{out:?}");
        serde_json::from_slice(&out.stdout).expect("JSON")
    };
    let today = aipapers::progress::today();
    let tmux = Tmux::start_with(100, 30, &format!("AIPAPERS_DATA='{}'", data.display()));
    tmux.text("aipapers browse\n");
    tmux.wait_for("the browser", |s| s.contains("23 of 23 papers"));
    // The second paper, LSTM, marked read.
    tmux.keys(&["j", "m"]);
    let screen = tmux.wait_for("the mark", |s| {
        s.contains(&format!("marked lstm read on {today}"))
    });
    let row = screen
        .lines()
        .find(|l| l.contains("1997 LSTM"))
        .unwrap_or_else(|| panic!("LSTM is not listed:\n{screen}"));
    assert!(row.starts_with("┃✓ 1997 LSTM"), "{row}");
    assert!(
        screen.contains(&format!("LSTM  ✓ read on {today}")),
        "{screen}"
    );
    tmux.keys(&["q"]);
    tmux.wait_for("the shell", |s| !s.contains("23 of 23 papers"));
    let json = progress(&["progress", "--json"]);
    assert_eq!(json["read"][0]["id"], "lstm", "{json}");
    assert_eq!(json["read"][0]["date"], today.as_str(), "{json}");
    assert_eq!(json["read"].as_array().map(Vec::len), Some(1), "{json}");

    // Opened again, the mark shows, and m takes it off.
    tmux.text("clear; aipapers browse\n");
    tmux.wait_for("the browser", |s| s.contains("23 of 23 papers"));
    tmux.keys(&["j"]);
    tmux.wait_for("the card with its mark", |s| s.contains("✓ read on"));
    tmux.keys(&["m"]);
    let screen = tmux.wait_for("the mark taken off", |s| s.contains("marked lstm unread"));
    assert!(!screen.contains('✓'), "no paper is marked:\n{screen}");
    tmux.keys(&["q"]);
    tmux.wait_for("the shell", |s| !s.contains("23 of 23 papers"));
    let json = progress(&["progress", "--json"]);
    assert_eq!(json["read"].as_array().map(Vec::len), Some(0), "{json}");
    assert_restored(&tmux);
}

#[test]
fn browse_shows_a_progress_file_it_cannot_use_and_carries_on() {
    if !have("tmux") {
        return;
    }
    let dir = tempfile::tempdir().expect("a temporary directory");
    let file = dir.path().join("progress.json");
    std::fs::write(&file, "{\"version\": 1, \"catalogs\": [").expect("written");
    let tmux = Tmux::start_with(
        160,
        30,
        &format!("AIPAPERS_DATA='{}'", dir.path().display()),
    );
    tmux.text("aipapers browse\n");
    tmux.wait_for("the message", |s| {
        s.contains(&format!(
            "marks unknown: the progress file {} is not valid",
            file.display()
        ))
    });
    tmux.keys(&["m"]);
    tmux.wait_for("the refusal", |s| {
        s.contains(&format!(
            "could not mark backprop read: the progress file {} is not valid",
            file.display()
        ))
    });
    // Still browsing, and the file as it was.
    tmux.keys(&["j"]);
    tmux.wait_for_card_plain("lstm");
    assert_eq!(
        std::fs::read_to_string(&file).expect("the file"),
        "{\"version\": 1, \"catalogs\": ["
    );
    tmux.keys(&["q"]);
    tmux.wait_for("the shell", |s| !s.contains("23 of 23 papers"));
    assert_restored(&tmux);
}

#[test]
fn a_panic_in_browse_gives_the_terminal_back_before_its_message() {
    if !have("tmux") {
        return;
    }
    if !cfg!(debug_assertions) {
        // The key that panics exists in debug builds only.
        eprintln!("skipped: a release build has no key that panics");
        return;
    }
    let tmux = Tmux::start_with(100, 30, "RUST_BACKTRACE=0 AIPAPERS_TEST_PANIC_KEY=P");
    tmux.text("aipapers browse\n");
    tmux.wait_for("the browser", |s| s.contains("23 of 23 papers"));
    tmux.keys(&["P"]);
    // The browser's screen goes first and the message comes after: wait for both.
    let screen = tmux.wait_for("the message on the shell's screen", |s| {
        !s.contains("23 of 23 papers")
            && s.contains("browse was asked to panic by AIPAPERS_TEST_PANIC_KEY")
    });
    // The message is on the main screen, after the command that was running.
    let command = screen.find("$ aipapers browse").expect("the command line");
    let message = screen
        .find("browse was asked to panic by AIPAPERS_TEST_PANIC_KEY")
        .unwrap_or_else(|| panic!("no panic message:\n{screen}"));
    assert!(command < message, "{screen}");
    assert!(screen.contains("panicked at"), "{screen}");
    tmux.text("echo status=$?\n");
    tmux.wait_for("the exit status", |s| s.contains("status=101"));
    assert_restored(&tmux);
}
