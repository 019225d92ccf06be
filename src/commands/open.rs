//! `aipapers open ID...`: each paper's full text in the user's browser, or its link printed
//! where no browser can be started.

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::cli::OpenArgs;
use crate::render::style::clean_line;

use super::Context;

/// The system's own opener, tried after `$BROWSER`.
#[cfg(target_os = "macos")]
const SYSTEM_OPENER: &str = "open";
#[cfg(not(target_os = "macos"))]
const SYSTEM_OPENER: &str = "xdg-open";

pub fn run(args: &OpenArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let papers = ctx.catalog.resolve_all(&args.ids)?;
    let urls: Vec<String> = papers
        .iter()
        .map(|&i| clean_line(&ctx.catalog.paper(i).url))
        .collect();
    if args.print {
        for url in &urls {
            writeln!(out, "{url}")?;
        }
        return Ok(());
    }
    let mut unopened = 0;
    let mut last_why = String::new();
    for url in &urls {
        if let Err(why) = open_url(url) {
            // The link on stdout, where a script can take it; why on stderr at the end.
            writeln!(out, "{url}")?;
            unopened += 1;
            last_why = why;
        }
    }
    if unopened == 0 {
        return Ok(());
    }
    out.flush()?;
    let links = if unopened == 1 {
        "the link"
    } else {
        "the links"
    };
    let printed = if unopened == 1 { "it is" } else { "they are" };
    Err(anyhow::anyhow!(
        "could not open {links}: {last_why}; {printed} printed instead"
    ))
}

/// Opens a link with the first opener that works: `$BROWSER`'s entries, then the system's.
/// The error says why none did. `browse` opens papers through this too.
pub fn open_url(url: &str) -> Result<(), String> {
    let browser = std::env::var("BROWSER").ok();
    let path = std::env::var_os("PATH");
    let mut failures = Vec::new();
    for opener in &openers(browser.as_deref(), path.as_deref(), url) {
        match launch(opener) {
            Ok(()) => return Ok(()),
            Err(why) => failures.push(why),
        }
    }
    Err(if failures.is_empty() {
        format!("no browser found (set BROWSER, or install {SYSTEM_OPENER})")
    } else {
        failures.join("; ")
    })
}

/// A program to run, and its arguments (the link among them).
#[derive(Debug, PartialEq, Eq)]
struct Opener {
    program: String,
    args: Vec<String>,
}

/// The commands to try, in order: each entry of `$BROWSER` (a `:`-separated list, as
/// other tools read it; `%s` stands for the link, which is appended when absent), then
/// the system opener if it is on `PATH`.
fn openers(browser: Option<&str>, path: Option<&std::ffi::OsStr>, url: &str) -> Vec<Opener> {
    let mut openers: Vec<Opener> = browser
        .unwrap_or("")
        .split(':')
        .filter_map(|entry| {
            let mut words = entry.split_whitespace();
            let program = words.next()?.to_string();
            let mut args: Vec<String> = words.map(String::from).collect();
            let templated = args.iter().any(|a| a.contains("%s"));
            if templated {
                for arg in &mut args {
                    *arg = arg.replace("%s", url);
                }
            } else {
                args.push(url.to_string());
            }
            Some(Opener { program, args })
        })
        .collect();
    if let Some(program) = find_on_path(SYSTEM_OPENER, path) {
        openers.push(Opener {
            program: program.display().to_string(),
            args: vec![url.to_string()],
        });
    }
    openers
}

fn find_on_path(program: &str, path: Option<&std::ffi::OsStr>) -> Option<PathBuf> {
    std::env::split_paths(&path.map(OsString::from).unwrap_or_default())
        .filter(|dir| !dir.as_os_str().is_empty())
        .map(|dir| dir.join(program))
        .find(|candidate| is_executable(candidate))
}

#[cfg(unix)]
fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata()
        .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

#[cfg(not(unix))]
fn is_executable(path: &Path) -> bool {
    path.is_file()
}

/// Runs the opener and waits for it, with this terminal as its own: a browser that lives
/// in the terminal (`BROWSER=lynx`) works, and one that cannot open the link says so by
/// its exit status. No shell is involved: the link is one argument, whatever it holds.
fn launch(opener: &Opener) -> Result<(), String> {
    let program = clean_line(&opener.program);
    let status = Command::new(&opener.program)
        .args(&opener.args)
        .status()
        .map_err(|e| format!("could not start {program}: {e}"))?;
    if status.success() {
        return Ok(());
    }
    Err(match status.code() {
        Some(code) => format!("{program} exited with status {code}"),
        None => format!("{program} was stopped by a signal"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const URL: &str = "https://example.org/paper";

    fn opener(program: &str, args: &[&str]) -> Opener {
        Opener {
            program: program.into(),
            args: args.iter().map(|a| a.to_string()).collect(),
        }
    }

    #[test]
    fn browser_gets_the_link_appended() {
        let got = openers(Some("firefox --new-tab"), None, URL);
        assert_eq!(got, [opener("firefox", &["--new-tab", URL])]);
    }

    #[test]
    fn browser_percent_s_is_replaced_by_the_link() {
        let got = openers(Some("lynx -dump %s"), None, URL);
        assert_eq!(got, [opener("lynx", &["-dump", URL])]);
    }

    #[test]
    fn browser_lists_are_tried_in_order_and_blanks_skipped() {
        let got = openers(Some("firefox::chromium"), None, URL);
        assert_eq!(got, [opener("firefox", &[URL]), opener("chromium", &[URL])]);
        assert_eq!(openers(Some("  "), None, URL), []);
    }

    #[test]
    fn the_system_opener_is_found_on_path_only() {
        assert_eq!(openers(None, Some("".as_ref()), URL), []);
        let dir = tempfile::tempdir().expect("a temp dir");
        let tool = dir.path().join(SYSTEM_OPENER);
        std::fs::write(&tool, "#!/bin/sh\n").expect("write");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&tool, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        }
        let got = openers(None, Some(dir.path().as_os_str()), URL);
        assert_eq!(got, [opener(&tool.display().to_string(), &[URL])]);
    }
}
