//! The completion scripts, loaded into the real shells and asked to complete.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{have, path_with_binary, stdout_of};

/// A temporary directory holding the script for `shell` as `file`.
fn script_dir(shell: &str, file: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join(file);
    std::fs::write(&path, stdout_of(&["completions", shell])).expect("the script is written");
    (dir, path)
}

fn run(cmd: &mut Command) -> String {
    let out = cmd
        .env("PATH", path_with_binary())
        .output()
        .expect("the shell runs");
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("the shell prints UTF-8")
}

/// What bash's completion function offers for `line` (the cursor at its end).
fn bash_complete(script: &Path, line: &str) -> Vec<String> {
    let words: Vec<&str> = line.split(' ').collect();
    let cword = words.len() - 1;
    let prev = if cword > 0 { words[cword - 1] } else { "" };
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let program = format!(
        "[ -f /usr/share/bash-completion/bash_completion ] && \
         . /usr/share/bash-completion/bash_completion
         . '{script}'
         COMP_WORDS=({words}); COMP_CWORD={cword}
         COMP_LINE='{line}'; COMP_POINT=${{#COMP_LINE}}
         _aipapers aipapers '{cur}' '{prev}'
         printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        script = script.display(),
        words = quoted.join(" "),
        cur = words[cword],
    );
    let out = run(Command::new("bash").args(["--norc", "--noprofile", "-c", &program]));
    out.lines().map(|l| l.trim().to_string()).collect()
}

/// What fish offers for `line`: the candidates, without their descriptions.
fn fish_complete(script: &Path, line: &str) -> Vec<String> {
    let program = format!("source '{}'; complete -C '{line}'", script.display());
    let out = run(Command::new("fish").args(["--no-config", "-c", &program]));
    out.lines()
        .map(|l| l.split('\t').next().unwrap_or_default().to_string())
        .collect()
}

const ERAS: [&str; 5] = [
    "foundations",
    "sequence",
    "transformer",
    "pretraining",
    "scaling",
];

#[test]
fn bash_completes_paper_ids_eras_and_values() {
    if !have("bash") {
        return;
    }
    let (_dir, script) = script_dir("bash", "aipapers.bash");
    let offered = bash_complete(&script, "aipapers show tra");
    assert!(offered.contains(&"transformer".to_string()), "{offered:?}");
    assert!(offered.iter().all(|w| w.starts_with("tra")), "{offered:?}");
    assert_eq!(bash_complete(&script, "aipapers list --era "), ERAS);
    assert_eq!(
        bash_complete(&script, "aipapers show vaswani"),
        ["vaswani2017"]
    );
    assert_eq!(bash_complete(&script, "aipapers com"), ["completions"]);
    // Right after a subcommand, bash offers its flags as well as its values.
    let shells = bash_complete(&script, "aipapers completions ");
    for shell in ["bash", "elvish", "fish", "powershell", "zsh"] {
        assert!(shells.contains(&shell.to_string()), "{shells:?}");
    }
    assert_eq!(
        bash_complete(&script, "aipapers export --format b"),
        ["bibtex", "biblatex"]
    );
    assert_eq!(bash_complete(&script, "aipapers sort a"), ["author"]);
}

#[test]
fn fish_completes_paper_ids_eras_and_values() {
    if !have("fish") {
        return;
    }
    let (_dir, script) = script_dir("fish", "aipapers.fish");
    let offered = fish_complete(&script, "aipapers show tra");
    assert!(offered.contains(&"transformer".to_string()), "{offered:?}");
    assert!(offered.iter().all(|w| w.starts_with("tra")), "{offered:?}");
    let mut eras = fish_complete(&script, "aipapers list --era ");
    eras.sort();
    let mut expected = ERAS.map(String::from).to_vec();
    expected.sort();
    assert_eq!(eras, expected);
    assert_eq!(fish_complete(&script, "aipapers era pre"), ["pretraining"]);
    assert_eq!(fish_complete(&script, "aipapers completions z"), ["zsh"]);
    assert_eq!(fish_complete(&script, "aipapers sort ti"), ["title"]);
    assert!(fish_complete(&script, "aipapers ").contains(&"man".to_string()));
}

#[test]
fn zsh_loads_the_script_from_fpath_as_users_install_it() {
    if !have("zsh") {
        return;
    }
    let (dir, script) = script_dir("zsh", "_aipapers");
    run(Command::new("zsh").arg("-n").arg(&script));
    // compinit finds `#compdef aipapers` on $fpath and binds the command to _aipapers;
    // `autoload +X` then loads the function without running it.
    let program = format!(
        "fpath=('{}' $fpath)
         autoload -U compinit && compinit -u -D
         print -r -- \"bound: $_comps[aipapers]\"
         autoload -U +X _aipapers
         whence -w _aipapers
         (( $+functions[_aipapers] )) && functions _aipapers | grep -q vaswani2017 && echo offers-ids",
        dir.path().display()
    );
    let out = run(Command::new("zsh").args(["-f", "-c", &program]));
    assert_eq!(out, "bound: _aipapers\n_aipapers: function\noffers-ids\n");
}
