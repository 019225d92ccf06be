//! Completion in the real shells: bash, zsh and fish load the script users install and are
//! asked to complete one table of command lines, each with the cursor at its end; every
//! shell must offer exactly the expected candidates, written as the word would end up on
//! the command line.

use std::path::{Path, PathBuf};
use std::process::Command;

use aipapers::catalog::Catalog;
use aipapers::catalog::field::Field;
use aipapers::catalog::query::SortKey;
use aipapers::catalog::search::SearchField;
use aipapers::render::cite::CiteStyle;
use aipapers::render::style::ColorChoice;
use aipapers::render::{Format, GraphFormat};
use clap::ValueEnum;

use crate::{have, path_with_binary, stdout_of};

/// A command line, the environment it is completed in, and what TAB must offer.
struct Case {
    line: String,
    env: Vec<(&'static str, &'static str)>,
    expected: Vec<String>,
}

fn case(line: &str, expected: Vec<String>) -> Case {
    Case {
        line: line.to_string(),
        env: Vec::new(),
        expected,
    }
}

fn words(list: &[&str]) -> Vec<String> {
    list.iter().map(|w| w.to_string()).collect()
}

/// The names of a value enum's variants that start with `prefix`, each written after
/// `before` (`--sort=`, `id,`).
fn values<T: ValueEnum>(before: &str, prefix: &str) -> Vec<String> {
    T::value_variants()
        .iter()
        .filter_map(|v| v.to_possible_value())
        .map(|v| v.get_name().to_string())
        .filter(|name| name.starts_with(prefix))
        .map(|name| format!("{before}{name}"))
        .collect()
}

/// The citation styles starting with `prefix`, as `--style` lists them.
fn styles(before: &str, prefix: &str) -> Vec<String> {
    CiteStyle::names()
        .into_iter()
        .filter(|name| name.starts_with(prefix))
        .map(|name| format!("{before}{name}"))
        .collect()
}

/// Ids and aliases starting with `prefix`, of the papers not named in `except`.
fn papers(catalog: &Catalog, prefix: &str, except: &[&str]) -> Vec<String> {
    let left_out: Vec<usize> = except.iter().filter_map(|n| catalog.find(n)).collect();
    catalog
        .papers
        .iter()
        .enumerate()
        .filter(|(i, _)| !left_out.contains(i))
        .flat_map(|(_, p)| std::iter::once(&p.id).chain(&p.aliases))
        .map(|name| name.to_string())
        .filter(|name| name.starts_with(prefix))
        .collect()
}

fn eras(catalog: &Catalog, before: &str) -> Vec<String> {
    let ids = catalog.eras.iter().map(|e| e.id.to_string());
    let numbers = (1..=catalog.eras.len()).map(|n| n.to_string());
    ids.chain(numbers).map(|e| format!("{before}{e}")).collect()
}

fn tags(catalog: &Catalog, before: &str, prefix: &str) -> Vec<String> {
    catalog
        .tags()
        .into_iter()
        .filter(|t| t.starts_with(prefix))
        .map(|t| format!("{before}{t}"))
        .collect()
}

/// The positions the issue found misfiring, and one of each kind of value, on the embedded
/// catalog.
fn embedded_cases() -> Vec<Case> {
    let c = Catalog::embedded();
    vec![
        case("aipapers com", words(&["completions"])),
        case("aipapers --color ", values::<ColorChoice>("", "")),
        case("aipapers --color=a", values::<ColorChoice>("--color=", "a")),
        case("aipapers --color never sh", words(&["show"])),
        case("aipapers --strict va", words(&["validate"])),
        case("aipapers cite transformer --style a", styles("", "a")),
        case(
            "aipapers cite transformer --style=a",
            styles("--style=", "a"),
        ),
        case("aipapers cite bert --st", words(&["--style", "--strict"])),
        case("aipapers show x --format ", values::<Format>("", "")),
        case(
            "aipapers show transformer --format=j",
            values::<Format>("--format=", "j"),
        ),
        case(
            "aipapers list --sort=ti",
            values::<SortKey>("--sort=", "ti"),
        ),
        case("aipapers list --sort ye", values::<SortKey>("", "ye")),
        case("aipapers sort a", values::<SortKey>("", "a")),
        case("aipapers list --fields id,ti", values::<Field>("id,", "ti")),
        case(
            "aipapers export --fields=id,year,ti",
            values::<Field>("--fields=id,year,", "ti"),
        ),
        case("aipapers list --era 1,", eras(&c, "1,")),
        case(
            "aipapers timeline --era transformer,pre",
            words(&["transformer,pretraining"]),
        ),
        case("aipapers list --era=sc", words(&["--era=scaling"])),
        case("aipapers list --tag ", tags(&c, "", "")),
        case("aipapers list --tag vision,sc", tags(&c, "vision,", "sc")),
        case(
            "aipapers path transformer gpt-",
            papers(&c, "gpt-", &["transformer"]),
        ),
        case("aipapers show gpt-3 gpt", papers(&c, "gpt", &["gpt-3"])),
        case("aipapers show vas", words(&["vaswani2017"])),
        case(
            "aipapers lineage bert --de",
            words(&["--descendants", "--depth"]),
        ),
        case("aipapers search attention --l", words(&["--limit"])),
        case(
            "aipapers search attention --",
            words(&[
                "--field",
                "--era",
                "--year",
                "--since",
                "--until",
                "--author",
                "--tag",
                "--limit",
                "--format",
                "--json",
                "--csv",
                "--fields",
                "--excel-safe",
                "--output",
                "--read",
                "--unread",
                "--color",
                "--hyperlinks",
                "--catalog",
                "--add",
                "--no-extra",
                "--strict",
                "--no-pager",
                "--help",
            ]),
        ),
        case(
            "aipapers search attention --field ti",
            values::<SearchField>("", "ti"),
        ),
        case("aipapers era pre", words(&["pretraining"])),
        case("aipapers era 3", words(&["3"])),
        case("aipapers completions z", words(&["zsh"])),
        case("aipapers export --format b", values::<Format>("", "b")),
        case("aipapers export --ex", words(&["--excel-safe"])),
        case("aipapers open r1 --p", words(&["--print"])),
        case("aipapers open r1 gpt", papers(&c, "gpt", &["r1"])),
        case(
            "aipapers search attention --era tr",
            words(&["transformer"]),
        ),
        case(
            "aipapers search attention --tag vision,sc",
            tags(&c, "vision,", "sc"),
        ),
        case(
            "aipapers lineage bert --format ",
            values::<GraphFormat>("", ""),
        ),
        case("aipapers path bert t5 -f m", words(&["mermaid"])),
        case("aipapers list --ex", words(&["--excel-safe"])),
        case("aipapers show transformer --color n", words(&["never"])),
        case("aipapers list --json --ca", words(&["--catalog"])),
    ]
}

/// The file the custom catalog is written to, in the directory the shells run in.
const CUSTOM: &str = "mine.json";

/// Lines whose candidates come from a catalog named on the command line or in
/// AIPAPERS_CATALOG, with ids the embedded catalog does not have.
fn custom_cases() -> Vec<Case> {
    let c = custom_catalog();
    let mut cases = vec![
        case("aipapers --catalog mine.json show h", papers(&c, "h", &[])),
        case("aipapers show --catalog=mine.json p", papers(&c, "p", &[])),
        case(
            "aipapers --catalog mine.json path perceptron h",
            papers(&c, "h", &["perceptron"]),
        ),
        case("aipapers --catalog mine.json show hopfield h", Vec::new()),
        case("aipapers --catalog mine.json show t", Vec::new()),
        case("aipapers --catalog mine.json list --tag ", tags(&c, "", "")),
        case("aipapers --catalog mine.json list --era ", eras(&c, "")),
        case("aipapers --catalog mine.json era e", words(&["early"])),
        case(
            "aipapers --catalog mine.json cite hopfield --style a",
            styles("", "a"),
        ),
        case("aipapers --catalog mi", words(&[CUSTOM])),
    ];
    let from_env = [
        ("aipapers show r", papers(&c, "r", &[])),
        ("aipapers list --tag r", tags(&c, "", "r")),
        ("aipapers timeline --era=", eras(&c, "--era=")),
    ];
    for (line, expected) in from_env {
        cases.push(Case {
            env: vec![("AIPAPERS_CATALOG", CUSTOM)],
            ..case(line, expected)
        });
    }
    cases
}

fn custom_catalog_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tiny.json")
}

fn custom_catalog() -> Catalog {
    Catalog::from_path(&custom_catalog_path())
        .expect("the fixture loads")
        .catalog
}

/// A directory for the shells to run in, holding the script for `shell` as `file` and the
/// custom catalog.
fn shell_dir(shell: &str, file: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join(file);
    std::fs::write(&path, stdout_of(&["completions", shell])).expect("the script is written");
    std::fs::copy(custom_catalog_path(), dir.path().join(CUSTOM)).expect("the catalog is copied");
    (dir, path)
}

fn run(cmd: &mut Command, dir: &Path, env: &[(&str, &str)]) -> String {
    cmd.current_dir(dir)
        .env("PATH", path_with_binary())
        .env_remove("AIPAPERS_CATALOG")
        .env("AIPAPERS_PAPERS_D", crate::no_papers_d())
        .env_remove("COMPLETE")
        .envs(env.iter().copied());
    let out = cmd.output().expect("the shell runs");
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("the shell prints UTF-8")
}

/// Runs every case through `complete` and reports all the lines whose candidates differ,
/// or that offer one twice.
fn check(shell: &str, cases: &[Case], complete: impl Fn(&Case) -> Vec<String> + Sync) {
    // A shell mostly waits (for its terminal, for aipapers): a few at a time.
    let mut all_offered = Vec::new();
    for batch in cases.chunks(8) {
        std::thread::scope(|s| {
            let running: Vec<_> = batch
                .iter()
                .map(|case| s.spawn(|| complete(case)))
                .collect();
            all_offered.extend(running.into_iter().map(|r| r.join().expect("no panic")));
        });
    }
    let mut wrong = Vec::new();
    for (case, offered) in cases.iter().zip(all_offered) {
        let mut sorted = offered.clone();
        sorted.sort();
        let mut expected = case.expected.clone();
        expected.sort();
        let mut unique = sorted.clone();
        unique.dedup();
        if sorted != expected || unique.len() != sorted.len() {
            wrong.push(format!(
                "{:?}{}:\n  offered  {offered:?}\n  expected {expected:?}",
                case.line,
                if case.env.is_empty() {
                    String::new()
                } else {
                    format!(" with {:?}", case.env)
                }
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{shell} completes {} of {} lines wrongly:\n{}",
        wrong.len(),
        cases.len(),
        wrong.join("\n")
    );
}

fn all_cases() -> Vec<Case> {
    let mut cases = embedded_cases();
    cases.extend(custom_cases());
    cases
}

/// bash's completion words for `line`, split as readline splits them: at blanks, and
/// around the word-break characters `=` and `:`, which become words of their own.
fn bash_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    for blank_word in line.split(' ') {
        let mut word = String::new();
        let mut breaks = String::new();
        for ch in blank_word.chars() {
            if ch == '=' || ch == ':' {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
                breaks.push(ch);
            } else {
                if !breaks.is_empty() {
                    words.push(std::mem::take(&mut breaks));
                }
                word.push(ch);
            }
        }
        if !breaks.is_empty() {
            words.push(breaks);
        }
        if !word.is_empty() || blank_word.is_empty() {
            words.push(word);
        }
    }
    words
}

/// What bash offers for `line`, as the whole blank-separated word it would complete to:
/// the script's function is called as readline calls it, with COMP_WORDS and COMP_CWORD.
fn bash_complete(script: &Path, dir: &Path, case: &Case) -> Vec<String> {
    let words = bash_words(&case.line);
    let cword = words.len() - 1;
    // The word bash replaces: after a word-break character, the empty text after it.
    let current = match words[cword].as_str() {
        "=" | ":" => "",
        word => word,
    };
    let prev = if cword > 0 { &words[cword - 1] } else { "" };
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let program = format!(
        "[ -f /usr/share/bash-completion/bash_completion ] && \
         . /usr/share/bash-completion/bash_completion
         . '{script}'
         COMP_WORDS=({words}); COMP_CWORD={cword}
         COMP_LINE='{line}'; COMP_POINT=${{#COMP_LINE}}; COMP_TYPE=9
         _clap_complete_aipapers aipapers '{current}' '{prev}'
         printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        script = script.display(),
        words = quoted.join(" "),
        line = case.line,
    );
    let out = run(
        Command::new("bash").args(["--norc", "--noprofile", "-c", &program]),
        dir,
        &case.env,
    );
    let last = case.line.rsplit(' ').next().unwrap_or_default();
    let kept = &last[..last.len() - current.len()];
    out.lines()
        .filter(|l| !l.is_empty())
        .map(|l| format!("{kept}{l}"))
        .collect()
}

/// What fish offers for `line`, asked with its own `complete -C`, without descriptions.
fn fish_complete(script: &Path, dir: &Path, case: &Case) -> Vec<String> {
    let program = format!("source '{}'; complete -C '{}'", script.display(), case.line);
    let out = run(
        Command::new("fish").args(["--no-config", "-c", &program]),
        dir,
        &case.env,
    );
    out.lines()
        .map(|l| l.split('\t').next().unwrap_or_default().to_string())
        .collect()
}

/// Set up in an interactive zsh on a pseudo-terminal: the script is found on $fpath as
/// users install it, TAB runs the completion system, and every candidate it would show is
/// printed between markers instead.
const ZSH_SETUP: &str = r#"
fpath=("$1" $fpath)
autoload -U compinit && compinit -u -D
bindkey '^I' complete-word
zstyle ':completion:*' insert-tab false
compadd() {
    if [[ " ${(j: :)@} " == *" -"[OAD]* ]]; then
        builtin compadd "$@"
        return
    fi
    local -a found
    builtin compadd -O found "$@"
    local word
    for word in $found; do
        print -r -- $'\n'"offered:$IPREFIX$word"
    done
    builtin compadd "$@"
}
_test_end() { print -r -- '<end>'; exit }
comppostfuncs=(_test_end)
"#;

/// What zsh offers for `line`: typed into an interactive zsh on a pseudo-terminal (zpty),
/// followed by TAB.
fn zsh_complete(script: &Path, dir: &Path, case: &Case) -> Vec<String> {
    let setup = script.with_file_name("setup.zsh");
    let program = format!(
        "zmodload zsh/zpty
         zpty shell 'zsh -f -i'
         zpty -w shell \"source '{setup}' '{dir}'\"
         zpty -w -n shell '{line}'$'\\t'
         zpty -r shell out '*<end>*'
         print -r -- \"$out\"
         zpty -d shell",
        setup = setup.display(),
        dir = dir.display(),
        line = case.line,
    );
    let out = run(
        Command::new("timeout").args(["20", "zsh", "-f", "-c", &program]),
        dir,
        &case.env,
    );
    out.lines()
        .filter_map(|l| l.trim_end_matches('\r').strip_prefix("offered:"))
        .map(String::from)
        .collect()
}

#[test]
fn bash_offers_what_stands_at_each_position() {
    if !have("bash") {
        return;
    }
    let (dir, script) = shell_dir("bash", "aipapers.bash");
    check("bash", &all_cases(), |case| {
        bash_complete(&script, dir.path(), case)
    });
}

#[test]
fn fish_offers_what_stands_at_each_position() {
    if !have("fish") {
        return;
    }
    let (dir, script) = shell_dir("fish", "aipapers.fish");
    check("fish", &all_cases(), |case| {
        fish_complete(&script, dir.path(), case)
    });
}

#[test]
fn zsh_offers_what_stands_at_each_position() {
    if !have("zsh") {
        return;
    }
    let (dir, script) = shell_dir("zsh", "_aipapers");
    std::fs::write(dir.path().join("setup.zsh"), ZSH_SETUP).expect("the setup is written");
    check("zsh", &all_cases(), |case| {
        zsh_complete(&script, dir.path(), case)
    });
}

#[test]
fn bash_words_are_split_as_readline_splits_them() {
    assert_eq!(
        bash_words("aipapers list --sort=ti"),
        ["aipapers", "list", "--sort", "=", "ti"]
    );
    assert_eq!(
        bash_words("aipapers --color="),
        ["aipapers", "--color", "="]
    );
    assert_eq!(bash_words("aipapers list "), ["aipapers", "list", ""]);
    assert_eq!(bash_words("aipapers a:b"), ["aipapers", "a", ":", "b"]);
}

/// bash in a terminal (tmux), as users meet it: keys typed, TAB pressed, the line read back
/// off the screen. This checks the word splitting `bash_complete` imitates, `--opt=value`
/// included.
#[test]
fn bash_completes_the_line_under_real_key_presses() {
    if !have("bash") || !have("tmux") {
        return;
    }
    let (dir, script) = shell_dir("bash", "aipapers.bash");
    let rc = dir.path().join("rc.bash");
    let rc_text = format!(
        "PS1='$ '\n[ -f /usr/share/bash-completion/bash_completion ] && \
         . /usr/share/bash-completion/bash_completion\n. '{}'\n",
        script.display()
    );
    std::fs::write(&rc, rc_text).expect("the rc file is written");
    let socket = dir.path().join("tmux.sock");
    let tmux = |args: &[&str]| {
        let out = Command::new("tmux")
            .arg("-S")
            .arg(&socket)
            .args(args)
            .output()
            .expect("tmux runs");
        assert!(out.status.success(), "tmux {args:?}: {out:?}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let shell = format!(
        "env PATH='{}' bash --noprofile --rcfile '{}' -i",
        path_with_binary(),
        rc.display()
    );
    let dir_text = dir.path().display().to_string();
    tmux(&[
        "new-session",
        "-d",
        "-x",
        "200",
        "-y",
        "20",
        "-c",
        &dir_text,
        &shell,
    ]);
    let screen_line = || {
        let screen = tmux(&["capture-pane", "-p"]);
        let last = screen.lines().rfind(|l| !l.trim().is_empty());
        last.unwrap_or_default().trim_end().to_string()
    };
    let wait_for = |wanted: &str| {
        let mut seen = screen_line();
        for _ in 0..50 {
            if seen == wanted {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
            seen = screen_line();
        }
        seen
    };
    wait_for("$");
    let cases = [
        ("aipapers list --sort=ti", "aipapers list --sort=title"),
        (
            "aipapers export --format=bibt",
            "aipapers export --format=bibtex",
        ),
        (
            "aipapers list --fields id,ye",
            "aipapers list --fields id,year",
        ),
        ("aipapers --color nev", "aipapers --color never"),
        (
            "aipapers list --era 1,pre",
            "aipapers list --era 1,pretraining",
        ),
        (
            "aipapers --catalog mine.json show hop",
            "aipapers --catalog mine.json show hopfield",
        ),
        // vaswani2017 names the paper already given: nothing to add.
        (
            "aipapers path transformer vasw",
            "aipapers path transformer vasw",
        ),
    ];
    let mut wrong = Vec::new();
    for (typed, completed) in cases {
        tmux(&["send-keys", "-l", typed]);
        wait_for(&format!("$ {typed}"));
        tmux(&["send-keys", "Tab"]);
        // A unique candidate is followed by a space, trimmed off here.
        let seen = wait_for(&format!("$ {completed}"));
        if seen != format!("$ {completed}") {
            wrong.push(format!("{typed:?} became {seen:?}, not {completed:?}"));
        }
        tmux(&["send-keys", "C-u"]);
        wait_for("$");
    }
    tmux(&["kill-server"]);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
