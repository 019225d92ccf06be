//! Shell completion, answered by the binary itself: what TAB offers at each position, with
//! the papers, eras and tags of the catalog the command line being completed will read.
//!
//! The shell scripts (`aipapers completions SHELL`) are thin: at each TAB they run
//! `COMPLETE=SHELL aipapers -- WORDS...`, and clap_complete's engine walks the command line
//! as clap parses it, so flags, values, `--opt=value`, comma lists and positionals are told
//! apart by the same definition that parses them.

use std::ffi::{OsStr, OsString};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use clap_complete::engine::CompletionCandidate;
use clap_complete::env::{CompleteEnv, EnvCompleter, Shells};

use crate::catalog::Catalog;

/// The environment variable that asks the binary for completions.
pub const VAR: &str = "COMPLETE";

/// The command line being completed, as the shell split it, and the word under the cursor.
#[derive(Debug, Default)]
struct Line {
    words: Vec<String>,
    cursor: Option<usize>,
}

static LINE: OnceLock<Line> = OnceLock::new();
static CATALOG: OnceLock<Option<Catalog>> = OnceLock::new();

/// Answers the shell when `COMPLETE` is set (a registration script, or the candidates for a
/// command line) and returns the exit status; `None` for an ordinary run.
pub fn run_if_asked(args: &[OsString], command: fn() -> clap::Command) -> Option<u8> {
    if !asked(std::env::var_os(VAR).as_deref()) {
        return None;
    }
    let index = std::env::var("_CLAP_COMPLETE_INDEX").ok();
    let _ = LINE.set(Line::of(args, index.as_deref()));
    let current_dir = std::env::current_dir().ok();
    let result = CompleteEnv::with_factory(command)
        .bin("aipapers")
        .shells(SHELLS)
        .try_complete(args, current_dir.as_deref());
    match result {
        Ok(_) => Some(0),
        Err(err) => {
            let _ = err.print();
            Some(u8::try_from(err.exit_code()).unwrap_or(2))
        }
    }
}

/// Whether the value of `COMPLETE` asks for completion: set, and neither empty nor `0`.
fn asked(value: Option<&OsStr>) -> bool {
    value.is_some_and(|v| !v.is_empty() && v != "0")
}

/// The script that makes `shell` ask the binary, for users who install it as a file: it
/// runs `aipapers` from PATH.
pub fn registration(shell: clap_complete::Shell) -> anyhow::Result<Vec<u8>> {
    let name = shell.to_string();
    let completer = SHELLS
        .completer(&name)
        .ok_or_else(|| anyhow::anyhow!("no completion for {name}"))?;
    let mut buf = Vec::new();
    completer.write_registration(VAR, "aipapers", "aipapers", "aipapers", &mut buf)?;
    Ok(buf)
}

const SHELLS: Shells<'static> = Shells(&[
    &Bash,
    &clap_complete::env::Elvish,
    &clap_complete::env::Fish,
    &clap_complete::env::Powershell,
    &Zsh,
]);

/// Paper ids starting with `current` (each described by its name and year), then aliases,
/// in the catalog this command line reads; papers already named elsewhere on the line are
/// left out.
pub fn papers(current: &OsStr) -> Vec<CompletionCandidate> {
    let (Some(catalog), Some(current)) = (catalog(), current.to_str()) else {
        return Vec::new();
    };
    let line = LINE.get_or_init(Line::default);
    let mut leave_out: Vec<usize> = line
        .others()
        .filter_map(|word| catalog.find(word))
        .collect();
    if let Some(wanted) = line.wants_read() {
        let marks = crate::progress::Store::locate()
            .and_then(|store| store.load())
            .map(|progress| progress.marks(&catalog_key(line), catalog));
        if let Ok(marks) = marks {
            leave_out.extend((0..catalog.papers.len()).filter(|&i| marks.is_read(i) != wanted));
        }
    }
    paper_candidates(catalog, current, &leave_out)
}

/// The progress file's key for the catalog this command line reads.
fn catalog_key(line: &Line) -> String {
    crate::progress::catalog_key(
        line.catalog(std::env::var_os("AIPAPERS_CATALOG"))
            .as_deref(),
    )
}

/// Era ids (described by their names), then era numbers, starting with `current`.
pub fn eras(current: &OsStr) -> Vec<CompletionCandidate> {
    match (catalog(), current.to_str()) {
        (Some(catalog), Some(current)) => era_candidates(catalog, current),
        _ => Vec::new(),
    }
}

/// The tags in use starting with `current`, with how many papers carry each.
pub fn tags(current: &OsStr) -> Vec<CompletionCandidate> {
    match (catalog(), current.to_str()) {
        (Some(catalog), Some(current)) => tag_candidates(catalog, current),
        _ => Vec::new(),
    }
}

// Only the names that match are described: on a large catalog, building every candidate
// would cost more than the rest of the answer.

pub fn paper_candidates(
    catalog: &Catalog,
    prefix: &str,
    leave_out: &[usize],
) -> Vec<CompletionCandidate> {
    let mut ids = Vec::new();
    let mut aliases = Vec::new();
    for (i, paper) in catalog.papers.iter().enumerate() {
        if leave_out.contains(&i) {
            continue;
        }
        if paper.id.starts_with(prefix) {
            ids.push((
                paper.id.as_str(),
                format!("{} ({})", paper.name, paper.year),
            ));
        }
        for alias in paper.aliases.iter().filter(|a| a.starts_with(prefix)) {
            aliases.push((alias.as_str(), format!("= {}", paper.id)));
        }
    }
    ids.sort_unstable();
    aliases.sort_unstable();
    ids.into_iter()
        .chain(aliases)
        .map(|(value, help)| candidate(value, help))
        .collect()
}

pub fn era_candidates(catalog: &Catalog, prefix: &str) -> Vec<CompletionCandidate> {
    let ids = catalog
        .eras
        .iter()
        .map(|era| (era.id.to_string(), era.name.to_string()));
    let numbers = catalog
        .eras
        .iter()
        .enumerate()
        .map(|(i, era)| ((i + 1).to_string(), format!("= {}", era.id)));
    ids.chain(numbers)
        .filter(|(value, _)| value.starts_with(prefix))
        .map(|(value, help)| candidate(&value, help))
        .collect()
}

pub fn tag_candidates(catalog: &Catalog, prefix: &str) -> Vec<CompletionCandidate> {
    let mut counts = std::collections::BTreeMap::new();
    for tag in catalog.papers.iter().flat_map(|p| &p.tags) {
        if tag.starts_with(prefix) {
            *counts.entry(tag.as_str()).or_insert(0_usize) += 1;
        }
    }
    counts
        .into_iter()
        .map(|(tag, count)| {
            let noun = if count == 1 { "paper" } else { "papers" };
            candidate(tag, format!("{count} {noun}"))
        })
        .collect()
}

/// A candidate with a one-line description: the shells show only the first line, and
/// catalog text must not carry control characters into them.
fn candidate(value: &str, help: String) -> CompletionCandidate {
    let help = crate::render::style::clean_line(&help);
    CompletionCandidate::new(value).help(Some(help.into()))
}

impl Line {
    /// The line the shell passed after `--` in `args`, with the cursor at `index` where the
    /// shell says (bash, zsh and elvish), else on the last word (fish and PowerShell pass the
    /// words up to the cursor).
    fn of(args: &[OsString], index: Option<&str>) -> Line {
        let words: Vec<String> = args
            .iter()
            .skip_while(|a| *a != "--")
            .skip(1)
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        let cursor = index
            .and_then(|i| i.parse().ok())
            .or(words.len().checked_sub(1));
        Line { words, cursor }
    }

    /// For `read`, papers not read yet are wanted (`Some(false)`); for `unread`, those read.
    fn wants_read(&self) -> Option<bool> {
        self.others().find_map(|w| match w {
            "read" => Some(false),
            "unread" => Some(true),
            _ => None,
        })
    }

    /// The catalog file the line reads: its last `--catalog`, else `env` (the value of
    /// `AIPAPERS_CATALOG`) unless empty; `None` for the embedded catalog.
    fn catalog(&self, env: Option<OsString>) -> Option<PathBuf> {
        let env = env.filter(|v| !v.is_empty()).map(PathBuf::from);
        named_catalog(self.others()).or(env)
    }

    /// The words other than the program's name and the one under the cursor.
    fn others(&self) -> impl Iterator<Item = &str> {
        self.words
            .iter()
            .enumerate()
            .skip(1)
            .filter(move |(i, _)| Some(*i) != self.cursor)
            .map(|(_, w)| w.as_str())
    }
}

/// The catalog the command line reads, loaded once; `None` when the file it names cannot
/// be read (completion then offers nothing rather than another catalog's names).
fn catalog() -> Option<&'static Catalog> {
    CATALOG
        .get_or_init(|| {
            let line = LINE.get_or_init(Line::default);
            let named = line.catalog(std::env::var_os("AIPAPERS_CATALOG"));
            let add = option_values(line.others(), "--add");
            let no_extra = line
                .others()
                .take_while(|w| *w != "--")
                .any(|w| w == "--no-extra");
            // The extra catalogs too, as the command will merge them.
            let extras = crate::papers_d::extras(named.as_deref(), &add, no_extra).ok()?;
            crate::papers_d::load(named.as_deref(), &extras)
                .ok()
                .map(|l| l.catalog)
        })
        .as_ref()
}

/// The file the last `--catalog` names, as clap reads it: `--catalog FILE` or
/// `--catalog=FILE`, before `--`.
fn named_catalog<'a>(words: impl Iterator<Item = &'a str>) -> Option<PathBuf> {
    option_values(words, "--catalog").pop()
}

/// Every value of an option, as clap reads them: `OPTION VALUE` or `OPTION=VALUE`, before
/// `--`.
fn option_values<'a>(words: impl Iterator<Item = &'a str>, option: &str) -> Vec<PathBuf> {
    let mut values = Vec::new();
    let mut words = words;
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        if word == option {
            // bash splits `--catalog=FILE` into three words.
            values.extend(
                words
                    .next()
                    .and_then(|w| if w == "=" { words.next() } else { Some(w) })
                    .map(PathBuf::from),
            );
        } else if let Some(path) = word.strip_prefix(option).and_then(|r| r.strip_prefix('=')) {
            values.push(PathBuf::from(path));
        }
    }
    values
}

/// bash, with `--opt=value` understood. Bash splits `--sort=ti` into `--sort`, `=` and
/// `ti` and replaces only `ti` with what it is offered: the `=` is dropped, so the engine
/// sees `--sort ti` and offers bare values.
struct Bash;

impl EnvCompleter for Bash {
    fn name(&self) -> &'static str {
        "bash"
    }

    fn is(&self, name: &str) -> bool {
        name == "bash"
    }

    fn write_registration(
        &self,
        var: &str,
        name: &str,
        bin: &str,
        completer: &str,
        buf: &mut dyn Write,
    ) -> std::io::Result<()> {
        clap_complete::env::Bash.write_registration(var, name, bin, completer, buf)
    }

    fn write_complete(
        &self,
        cmd: &mut clap::Command,
        args: Vec<OsString>,
        current_dir: Option<&Path>,
        buf: &mut dyn Write,
    ) -> std::io::Result<()> {
        let index: usize = std::env::var("_CLAP_COMPLETE_INDEX")
            .ok()
            .and_then(|i| i.parse().ok())
            .unwrap_or_default();
        let (args, index) = join_equals(args, index);
        let candidates = clap_complete::engine::complete(cmd, args, index, current_dir)?;
        let ifs = std::env::var("_CLAP_IFS").unwrap_or_else(|_| "\n".to_string());
        write_values(&candidates, &ifs, buf)
    }
}

/// The candidates' values for bash, separated by `ifs` (the variable the script sets).
fn write_values(
    candidates: &[CompletionCandidate],
    ifs: &str,
    buf: &mut dyn Write,
) -> std::io::Result<()> {
    for (i, candidate) in candidates.iter().enumerate() {
        if i > 0 {
            buf.write_all(ifs.as_bytes())?;
        }
        buf.write_all(candidate.get_value().as_encoded_bytes())?;
    }
    Ok(())
}

/// The words with each `=` that bash split off a long option removed, and the cursor's
/// new index.
fn join_equals(args: Vec<OsString>, index: usize) -> (Vec<OsString>, usize) {
    let mut joined: Vec<OsString> = Vec::with_capacity(args.len());
    let mut new_index = index;
    for (i, arg) in args.into_iter().enumerate() {
        let after_option = joined
            .last()
            .is_some_and(|w| w.to_string_lossy().starts_with("--"));
        if arg == "=" && after_option && i != index {
            if i < index {
                new_index -= 1;
            }
            continue;
        }
        joined.push(arg);
    }
    (joined, new_index)
}

/// zsh, loadable both ways users install it: sourced (`source <(aipapers completions
/// zsh)`), where it registers itself, and from a file `_aipapers` on `$fpath`, where
/// compinit loads it at the first TAB, which it must answer at once.
struct Zsh;

impl EnvCompleter for Zsh {
    fn name(&self) -> &'static str {
        "zsh"
    }

    fn is(&self, name: &str) -> bool {
        name == "zsh"
    }

    fn write_registration(
        &self,
        var: &str,
        name: &str,
        bin: &str,
        completer: &str,
        buf: &mut dyn Write,
    ) -> std::io::Result<()> {
        let mut script = Vec::new();
        clap_complete::env::Zsh.write_registration(var, name, bin, completer, &mut script)?;
        let script = String::from_utf8_lossy(&script);
        let function = format!("_clap_dynamic_completer_{}", name.replace('-', "_"));
        let register = format!("compdef {function} {bin}");
        let both_ways = format!(
            "if [[ \"${{funcstack[1]}}\" == _{name} ]]; then\n    {function} \"$@\"\nelse\n    \
             {register}\nfi"
        );
        buf.write_all(script.replace(&register, &both_ways).as_bytes())
    }

    fn write_complete(
        &self,
        cmd: &mut clap::Command,
        args: Vec<OsString>,
        current_dir: Option<&Path>,
        buf: &mut dyn Write,
    ) -> std::io::Result<()> {
        clap_complete::env::Zsh.write_complete(cmd, args, current_dir, buf)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::fixture;

    fn values(candidates: &[CompletionCandidate]) -> Vec<String> {
        candidates
            .iter()
            .map(|c| c.get_value().to_string_lossy().into_owned())
            .collect()
    }

    fn helps(candidates: &[CompletionCandidate]) -> Vec<String> {
        candidates
            .iter()
            .map(|c| c.get_help().map(ToString::to_string).unwrap_or_default())
            .collect()
    }

    fn small() -> Catalog {
        let mut catalog = fixture::with_eras(
            &["early", "late"],
            &[
                ("zeta", "2001-01-01", &[], "early"),
                ("alpha", "2002-01-01", &["zeta"], "late"),
            ],
        );
        catalog.papers[0].aliases = vec!["z1".into()];
        catalog.papers[1].aliases = vec!["a2".into(), "a1".into()];
        catalog.papers[0].tags = vec!["rnn".into(), "vision".into()];
        catalog.papers[1].tags = vec!["vision".into()];
        catalog
    }

    #[test]
    fn paper_ids_come_first_then_aliases_each_described() {
        let offered = paper_candidates(&small(), "", &[]);
        assert_eq!(values(&offered), ["alpha", "zeta", "a1", "a2", "z1"]);
        let helps = helps(&offered);
        assert_eq!(helps[4], "= zeta");
        assert!(helps[0].ends_with(" (2002)"), "{helps:?}");
    }

    #[test]
    fn papers_already_named_are_not_offered_again() {
        let offered = paper_candidates(&small(), "", &[1]);
        assert_eq!(values(&offered), ["zeta", "z1"]);
    }

    #[test]
    fn only_names_starting_with_what_is_typed_are_offered() {
        assert_eq!(
            values(&paper_candidates(&small(), "a", &[])),
            ["alpha", "a1", "a2"]
        );
        assert_eq!(values(&paper_candidates(&small(), "z1", &[])), ["z1"]);
        assert_eq!(values(&era_candidates(&small(), "2")), ["2"]);
        assert_eq!(values(&tag_candidates(&small(), "v")), ["vision"]);
        assert!(tag_candidates(&small(), "x").is_empty());
    }

    #[test]
    fn eras_are_offered_by_id_then_by_number() {
        let offered = era_candidates(&small(), "");
        assert_eq!(values(&offered), ["early", "late", "1", "2"]);
        assert_eq!(helps(&offered), ["EARLY", "LATE", "= early", "= late"]);
    }

    #[test]
    fn tags_are_offered_with_their_paper_counts() {
        let offered = tag_candidates(&small(), "");
        assert_eq!(values(&offered), ["rnn", "vision"]);
        assert_eq!(helps(&offered), ["1 paper", "2 papers"]);
    }

    #[test]
    fn the_last_catalog_flag_before_an_escape_names_the_catalog() {
        let named = |line: &str| named_catalog(line.split(' '));
        assert_eq!(named("list --era x"), None);
        assert_eq!(named("--catalog a.json list"), Some("a.json".into()));
        assert_eq!(
            named("--catalog a.json show --catalog=b.json x"),
            Some("b.json".into())
        );
        assert_eq!(named("search -- --catalog=b.json"), None);
        assert_eq!(named("show --catalog = c.json x"), Some("c.json".into()));
    }

    #[test]
    fn the_word_under_the_cursor_is_not_counted_as_named() {
        let line = Line {
            words: ["aipapers", "show", "bert", "gpt"]
                .map(String::from)
                .to_vec(),
            cursor: Some(2),
        };
        assert_eq!(line.others().collect::<Vec<_>>(), ["show", "gpt"]);
    }

    #[test]
    fn completion_is_asked_for_by_a_set_variable_that_is_not_empty_or_0() {
        assert!(asked(Some(OsStr::new("bash"))));
        assert!(asked(Some(OsStr::new("fish"))));
        assert!(!asked(None));
        assert!(!asked(Some(OsStr::new(""))));
        assert!(!asked(Some(OsStr::new("0"))));
    }

    #[test]
    fn the_line_is_the_words_after_the_escape_with_the_cursor_where_the_shell_says() {
        let args = |words: &[&str]| words.iter().map(OsString::from).collect::<Vec<_>>();
        let line = Line::of(
            &args(&["aipapers", "--", "aipapers", "show", "be"]),
            Some("1"),
        );
        assert_eq!(line.words, ["aipapers", "show", "be"]);
        assert_eq!(line.cursor, Some(1));
        // Without an index (fish, PowerShell), or an index that is not a number: the last.
        let line = Line::of(&args(&["aipapers", "--", "aipapers", "show", "be"]), None);
        assert_eq!(line.cursor, Some(2));
        assert_eq!(
            Line::of(&args(&["a", "--", "a", "b"]), Some("x")).cursor,
            Some(1)
        );
        let line = Line::of(&args(&["aipapers", "--"]), None);
        assert!(line.words.is_empty());
        assert_eq!(line.cursor, None);
    }

    #[test]
    fn read_wants_unread_papers_and_unread_wants_read_ones() {
        let line = |words: &[&str], cursor| Line {
            words: words.iter().map(|w| w.to_string()).collect(),
            cursor,
        };
        assert_eq!(
            line(&["aipapers", "read", ""], Some(2)).wants_read(),
            Some(false)
        );
        assert_eq!(
            line(&["aipapers", "unread", "b"], Some(2)).wants_read(),
            Some(true)
        );
        assert_eq!(line(&["aipapers", "show", "b"], Some(2)).wants_read(), None);
        // The word being typed is not the command yet.
        assert_eq!(line(&["aipapers", "read"], Some(1)).wants_read(), None);
    }

    #[test]
    fn the_catalog_is_the_lines_then_the_environments_unless_empty() {
        let line = |words: &[&str]| Line {
            words: words.iter().map(|w| w.to_string()).collect(),
            cursor: None,
        };
        let env = |v: &str| Some(OsString::from(v));
        let plain = line(&["aipapers", "show"]);
        assert_eq!(plain.catalog(None), None);
        assert_eq!(plain.catalog(env("")), None);
        assert_eq!(plain.catalog(env("e.json")), Some("e.json".into()));
        let named = line(&["aipapers", "--catalog", "a.json", "show"]);
        assert_eq!(named.catalog(env("e.json")), Some("a.json".into()));
    }

    #[test]
    fn bash_gets_the_values_separated_by_its_ifs() {
        let candidates = [
            CompletionCandidate::new("bert").help(Some("BERT (2018)".into())),
            CompletionCandidate::new("gpt-1"),
            CompletionCandidate::new("gpt-2"),
        ];
        let mut buf = Vec::new();
        write_values(&candidates, "\u{b}", &mut buf).expect("written");
        assert_eq!(buf, b"bert\x0bgpt-1\x0bgpt-2");
        let mut buf = Vec::new();
        write_values(&[], "\n", &mut buf).expect("written");
        assert!(buf.is_empty());
    }

    #[test]
    fn the_zsh_script_registers_itself_when_sourced_and_answers_when_autoloaded() {
        let mut buf = Vec::new();
        Zsh.write_registration(VAR, "aipapers", "aipapers", "aipapers", &mut buf)
            .expect("written");
        let script = String::from_utf8(buf).expect("UTF-8");
        assert!(
            script.contains(
                "if [[ \"${funcstack[1]}\" == _aipapers ]]; then\n    \
                 _clap_dynamic_completer_aipapers \"$@\"\nelse\n    \
                 compdef _clap_dynamic_completer_aipapers aipapers\nfi"
            ),
            "{script}"
        );
        assert!(Zsh.is("zsh") && !Zsh.is("bash") && Zsh.name() == "zsh");
        assert!(Bash.is("bash") && !Bash.is("zsh") && Bash.name() == "bash");
    }

    #[test]
    fn every_shell_has_a_registration_script_that_sets_the_variable() {
        for shell in [
            clap_complete::Shell::Bash,
            clap_complete::Shell::Elvish,
            clap_complete::Shell::Fish,
            clap_complete::Shell::PowerShell,
            clap_complete::Shell::Zsh,
        ] {
            let script = String::from_utf8(registration(shell).expect("a script")).expect("UTF-8");
            assert!(script.contains("COMPLETE"), "{shell}: {script}");
            assert!(script.contains("aipapers"), "{shell}: {script}");
        }
    }

    #[test]
    fn an_equals_sign_bash_split_off_an_option_is_dropped() {
        let words = |line: &str| line.split(' ').map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            join_equals(words("aipapers list --sort = ti"), 4),
            (words("aipapers list --sort ti"), 3)
        );
        assert_eq!(
            join_equals(words("aipapers list --sort = ti --reverse"), 5),
            (words("aipapers list --sort ti --reverse"), 4)
        );
        // A lone `=` as a value is kept: search accepts any word.
        assert_eq!(
            join_equals(words("aipapers search = x"), 3),
            (words("aipapers search = x"), 3)
        );
    }
}
