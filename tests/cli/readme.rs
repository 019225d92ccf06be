//! The README's examples run, so the docs cannot drift from the tool: its shell recipes
//! (install lines on a fresh account, jq recipes), and its `console` examples, whose output
//! is exactly what a terminal shows (regenerate it with TRYCMD=overwrite).

use crate::help::run_on_a_fresh_account;

const README: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");

/// Every line of the README's `sh` blocks that runs aipapers (install lines, jq recipes),
/// each after the `mkdir` lines above it in its block, as a user copying the block runs them.
fn recipes(readme: &str) -> Vec<String> {
    let mut in_sh = false;
    let mut found = Vec::new();
    let mut mkdirs = String::new();
    for line in readme.lines() {
        if line.starts_with("```") {
            in_sh = !in_sh && line.trim() == "```sh";
            mkdirs.clear();
            continue;
        }
        let line = line.trim();
        if in_sh && line.starts_with("mkdir ") {
            mkdirs.push_str(line);
            mkdirs.push('\n');
        }
        if in_sh && line.starts_with("aipapers ") {
            found.push(format!("{mkdirs}{line}"));
        }
    }
    found
}

#[test]
fn every_aipapers_recipe_in_the_readme_runs_on_a_fresh_account() {
    let readme = std::fs::read_to_string(README).expect("README.md");
    let recipes = recipes(&readme);
    assert!(recipes.len() >= 10, "found only {recipes:?}");
    for recipe in recipes {
        run_on_a_fresh_account(&recipe);
    }
}

#[test]
fn the_install_lines_make_the_directories_they_write_into() {
    let readme = std::fs::read_to_string(README).expect("README.md");
    let recipes = recipes(&readme);
    for target in [
        "~/.local/share/bash-completion/completions/aipapers",
        "~/.zfunc/_aipapers",
        "~/.config/fish/completions/aipapers.fish",
        "~/.local/share/man/man1/aipapers.1",
    ] {
        let recipe = recipes
            .iter()
            .find(|r| r.ends_with(&format!("> {target}")))
            .unwrap_or_else(|| panic!("no recipe writes {target}"));
        let directory = target
            .rsplit_once('/')
            .map(|(dir, _)| dir)
            .unwrap_or_default();
        assert!(
            recipe.contains(&format!("mkdir -p {directory}\n")),
            "{recipe}"
        );
    }
}

/// One `$ aipapers ...` line of a console block, and the lines shown after it.
struct Example {
    command: String,
    shown: Vec<String>,
}

/// The README split around its console blocks: text outside them as it is, and the
/// examples of each block.
enum Part {
    Text(String),
    Console(Vec<Example>),
}

fn parts(readme: &str) -> Vec<Part> {
    let mut parts = Vec::new();
    let mut text = String::new();
    let mut block: Option<Vec<Example>> = None;
    for line in readme.split_inclusive('\n') {
        let bare = line.trim_end_matches('\n');
        match &mut block {
            None if bare == "```console" => {
                text.push_str(line);
                parts.push(Part::Text(std::mem::take(&mut text)));
                block = Some(Vec::new());
            }
            None => text.push_str(line),
            Some(examples) if bare.starts_with("```") => {
                parts.push(Part::Console(std::mem::take(examples)));
                block = None;
                text.push_str(line);
            }
            Some(examples) => match bare.strip_prefix("$ ") {
                Some(command) => examples.push(Example {
                    command: command.to_string(),
                    shown: Vec::new(),
                }),
                None => examples
                    .last_mut()
                    .unwrap_or_else(|| panic!("a console block starts with `{bare}`"))
                    .shown
                    .push(bare.to_string()),
            },
        }
    }
    parts.push(Part::Text(text));
    parts
}

/// What the terminal shows for a command: its output and its errors, without the final
/// line break; and whether it succeeded.
fn shown(command: &str) -> (Vec<String>, bool) {
    let words = shlex::split(command).unwrap_or_else(|| panic!("cannot split `{command}`"));
    let (program, args) = words.split_first().expect("a command");
    assert_eq!(program, "aipapers", "{command}");
    let out = crate::aipapers()
        .args(args)
        .env("COLUMNS", "100")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("aipapers runs");
    let mut text = String::from_utf8(out.stdout).expect("UTF-8");
    text.push_str(&String::from_utf8(out.stderr).expect("UTF-8"));
    let lines = text
        .trim_end_matches('\n')
        .lines()
        .map(String::from)
        .collect();
    (lines, out.status.success())
}

#[test]
fn every_console_example_in_the_readme_shows_what_a_terminal_shows() {
    let readme = std::fs::read_to_string(README).expect("README.md");
    let overwrite = std::env::var("TRYCMD").is_ok_and(|v| v == "overwrite");
    let mut rewritten = String::new();
    let mut wrong = Vec::new();
    let mut count = 0;
    for part in parts(&readme) {
        let examples = match part {
            Part::Text(text) => {
                rewritten.push_str(&text);
                continue;
            }
            Part::Console(examples) => examples,
        };
        for example in examples {
            count += 1;
            let (lines, success) = shown(&example.command);
            // A failure shows its error; nothing else tells a reader that it failed.
            let says_error = lines.iter().any(|l| l.starts_with("error:"));
            if success == says_error {
                wrong.push(format!(
                    "`{}` exits {}, and shows {}an error",
                    example.command,
                    if success { "0" } else { "non-zero" },
                    if says_error { "" } else { "no " }
                ));
            }
            if lines != example.shown {
                wrong.push(format!(
                    "`{}` shows:\n{}\nthe README says:\n{}",
                    example.command,
                    lines.join("\n"),
                    example.shown.join("\n")
                ));
            }
            rewritten.push_str(&format!("$ {}\n", example.command));
            for line in &lines {
                rewritten.push_str(line);
                rewritten.push('\n');
            }
        }
    }
    assert!(count >= 30, "found only {count} console examples");
    if overwrite && rewritten != readme {
        std::fs::write(README, rewritten).expect("README.md is written");
        return;
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n\n"));
}

#[test]
fn console_examples_have_no_exit_status_lines_or_trailing_blank_lines() {
    let readme = std::fs::read_to_string(README).expect("README.md");
    for part in parts(&readme) {
        let Part::Console(examples) = part else {
            continue;
        };
        for example in examples {
            let last = example.shown.last().map(String::as_str);
            assert!(
                last.is_none_or(|l| !l.trim().is_empty()),
                "`{}` ends with a blank line",
                example.command
            );
            assert!(
                !example.shown.iter().any(|l| l.starts_with("? ")),
                "`{}` shows an exit status line",
                example.command
            );
        }
    }
}
