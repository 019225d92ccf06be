//! The program around the commands: parse, decide colour, load the catalog, run the
//! command into one buffered stdout, and map the outcome to an exit status.

use std::ffi::OsString;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::anyhow;
use clap::{CommandFactory, FromArgMatches};

use crate::catalog::{Catalog, LookupError};
use crate::cli::{Cli, Command, GlobalArgs};
use crate::commands::{self, Context, NoAnswer, UsageError};
use crate::pager;
use crate::render::style::{ColorChoice, Palette, Term, clean};
use crate::render::wrap::long_lines;

/// Exit statuses: 0 success, 1 runtime failure, 2 usage error, 3 no answer.
pub const EXIT_OK: u8 = 0;
pub const EXIT_FAILURE: u8 = 1;
pub const EXIT_USAGE: u8 = 2;
/// A sound question whose answer is "none" (`path` between unlinked papers).
pub const EXIT_NO_ANSWER: u8 = 3;

/// Runs aipapers with these arguments (the program name first) and returns the exit status.
pub fn run(args: impl IntoIterator<Item = OsString>) -> u8 {
    let args: Vec<OsString> = args.into_iter().collect();
    // The shell asking what TAB should offer: answered before anything else is decided.
    if let Some(status) = crate::complete::run_if_asked(&args, Cli::command) {
        return status;
    }
    let env = |name: &str| std::env::var(name).ok();
    let stdout_tty = io::stdout().is_terminal();
    let stderr_tty = io::stderr().is_terminal();

    // clap's help and errors come before --color is parsed: the flag is found by a first
    // look at the arguments, and decided as for everything else.
    let early_color = early_color_flag(&args).unwrap_or_default();
    let clap_color = match early_color {
        ColorChoice::Always => clap::ColorChoice::Always,
        ColorChoice::Never => clap::ColorChoice::Never,
        ColorChoice::Auto => clap::ColorChoice::Auto,
    };
    let mut command = Cli::command().color(clap_color);
    let parsed = command.try_get_matches_from_mut(&args);
    // Freed before the catalog is indexed, so the catalog and the output reuse its memory:
    // touching fresh pages costs more than freeing its pieces.
    drop(command);
    let mut matches = match parsed {
        Ok(matches) => matches,
        Err(err) if err.use_stderr() => {
            // clap echoes what the user typed: control characters in it are shown
            // escaped, as the error for the same arguments made safe says it.
            let unsafe_arg = |a: &OsString| a.to_str().is_none_or(|a| clean(a) != a);
            let err = if args.iter().any(unsafe_arg) {
                let safe = args
                    .iter()
                    .map(|a| clean(&a.to_string_lossy()).into_owned());
                Cli::command()
                    .color(clap_color)
                    .try_get_matches_from(safe)
                    .err()
                    .unwrap_or(err)
            } else {
                err
            };
            return clap_message(
                &without_value_tip(closest_subcommands(err)),
                early_color.resolve(env, stderr_tty),
                false,
            );
        }
        Err(err) => {
            let paging = !early_no_pager(&args);
            return clap_message(&err, early_color.resolve(env, stdout_tty), paging);
        }
    };
    // Taken from the matches, not cloned from them (what `from_arg_matches` does).
    let cli = match Cli::from_arg_matches_mut(&mut matches) {
        Ok(cli) => cli,
        Err(err) => return clap_message(&err, early_color.resolve(env, stderr_tty), false),
    };
    drop(matches);
    let global = cli.global();

    let err_term = Term {
        palette: Palette {
            enabled: global.color.unwrap_or_default().resolve(env, stderr_tty),
            links: false,
        },
        width: stderr_tty.then(|| terminal_width(|| terminal_size::terminal_size_of(io::stderr()))),
    };
    let term = Term {
        palette: Palette {
            enabled: global.color.unwrap_or_default().resolve(env, stdout_tty),
            links: global
                .hyperlinks
                .unwrap_or_default()
                .resolve(env, stdout_tty),
        },
        width: stdout_tty.then(|| terminal_width(|| terminal_size::terminal_size_of(io::stdout()))),
    };
    match execute(&cli, &global, term, err_term) {
        Ok(()) => EXIT_OK,
        Err(err) if is_broken_pipe(&err) => EXIT_OK,
        Err(err) => {
            let message = clean(&format!("{err:#}")).into_owned();
            let line = format!("{} {message}", err_term.palette.error("error:"));
            let _ = writeln!(io::stderr(), "{}", long_lines(&line, err_term.width));
            exit_status(&err)
        }
    }
}

/// An unknown subcommand gets the same "did you mean" as an unknown paper: every closest
/// name by edit distance (`lsit` is one swap from `list`), not clap's similarity order,
/// which put `validate` first.
fn closest_subcommands(mut err: clap::Error) -> clap::Error {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if err.kind() != ErrorKind::InvalidSubcommand {
        return err;
    }
    let Some(ContextValue::String(typed)) = err.get(ContextKind::InvalidSubcommand) else {
        return err;
    };
    let command = Cli::command();
    let names: Vec<&str> = command
        .get_subcommands()
        .map(clap::Command::get_name)
        .collect();
    let closest: Vec<String> = crate::catalog::text::suggest(typed, names)
        .into_iter()
        .map(String::from)
        .collect();
    if !closest.is_empty() {
        err.insert(
            ContextKind::SuggestedSubcommand,
            ContextValue::Strings(closest),
        );
    }
    err
}

/// An unknown option gets no tip to pass it as a value after `--`: for `search` that
/// searches for the option's text, for the other commands it is not an id either, and
/// whoever typed an option meant an option.
fn without_value_tip(err: clap::Error) -> clap::Error {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if err.kind() != ErrorKind::UnknownArgument {
        return err;
    }
    let is_value_tip =
        |tip: &clap::builder::StyledStr| tip.to_string().contains(" as a value, use ");
    // clap cannot take a context back out of an error: the error is built again without it.
    let mut rebuilt = clap::Error::new(ErrorKind::UnknownArgument).with_cmd(&Cli::command());
    for (kind, value) in err.context() {
        let value = match (kind, value) {
            (ContextKind::Suggested, ContextValue::StyledStrs(tips)) => {
                let kept: Vec<_> = tips.iter().filter(|t| !is_value_tip(t)).cloned().collect();
                if kept.is_empty() {
                    continue;
                }
                ContextValue::StyledStrs(kept)
            }
            _ => value.clone(),
        };
        rebuilt.insert(kind, value);
    }
    rebuilt
}

/// clap's help, version or usage error, printed where it belongs (help and version on
/// stdout, errors on stderr), and its exit status.
fn clap_message(err: &clap::Error, color: bool, paging: bool) -> u8 {
    let styled = err.render();
    let text = if color {
        styled.ansi().to_string()
    } else {
        styled.to_string()
    };
    let status = u8::try_from(err.exit_code()).unwrap_or(EXIT_USAGE);
    if err.use_stderr() {
        // clap wraps help to the terminal, not its errors' lists of possible values.
        let width = io::stderr()
            .is_terminal()
            .then(|| terminal_width(|| terminal_size::terminal_size_of(io::stderr())));
        let _ = io::stderr().write_all(long_lines(&text, width).as_bytes());
        return status;
    }
    let mut out = Stdout::new();
    let pager = pager_for(!paging, std::io::stdout().is_terminal());
    let written = match &pager {
        Some((command, rows)) => pager::show(&mut out, text.as_bytes(), *rows, Some(command)),
        None => out.write_all(text.as_bytes()).and_then(|()| out.flush()),
    };
    match written {
        Ok(()) => status,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => status,
        Err(e) => {
            let _ = writeln!(io::stderr(), "error: cannot write to standard output: {e}");
            EXIT_FAILURE
        }
    }
}

/// Standard output as aipapers writes it. Rust's own stdout quietly drops every byte
/// when the descriptor is closed (`aipapers list >&-`) and reports success; this one says
/// it cannot write. A reader that closed a pipe is another matter: see [`is_broken_pipe`].
struct Stdout {
    inner: io::Stdout,
    open: Option<bool>,
}

impl Stdout {
    fn new() -> Stdout {
        Stdout {
            inner: io::stdout(),
            open: None,
        }
    }
}

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if !*self
            .open
            .get_or_insert_with(|| !STDOUT_CLOSED.load(Ordering::Relaxed))
        {
            return Err(io::Error::other("it is closed"));
        }
        self.inner.lock().write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.lock().flush()
    }
}

/// Set, before Rust's runtime starts, by a binary that found its standard output closed:
/// the runtime then opens /dev/null in its place, and nothing after can tell.
pub static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);

/// Runs the command into stdout: on a terminal with a pager, gathered first and paged when
/// taller than the screen (see [`pager`]); else through one buffered writer.
fn execute(cli: &Cli, global: &GlobalArgs, term: Term, err_term: Term) -> anyhow::Result<()> {
    // The browser owns the screen: nothing to page.
    let browsing = matches!(cli.command, Some(Command::Browse(_)));
    if let Some((command, rows)) = pager_for(global.no_pager || browsing, term.width.is_some()) {
        let mut text = Vec::new();
        let result = run_command(cli, global, term, err_term, &mut text);
        // What the command wrote is shown even when it then failed; its error follows.
        let shown = pager::show(&mut Stdout::new(), &text, rows, Some(&command));
        result?;
        return shown.map_err(|e| stdout_error(e.into()));
    }
    // The default 8 KiB: long JSON output is written a rendered chunk at a time, past the
    // buffer, and a larger one only touches more fresh memory (slower start-up).
    let mut out = BufWriter::new(Stdout::new());
    run_command(cli, global, term, err_term, &mut out)?;
    // BufWriter drops errors on drop: flush explicitly so a failed write is reported.
    out.flush().map_err(|e| stdout_error(e.into()))
}

/// The pager and the terminal's height, when output to this terminal may be paged.
fn pager_for(no_pager: bool, stdout_tty: bool) -> Option<(Vec<String>, usize)> {
    if no_pager || !stdout_tty {
        return None;
    }
    let command = pager::command(|name| std::env::var(name).ok())?;
    Some((command, terminal_rows()))
}

/// The terminal's height: asked of the terminal, else `LINES`, else 24.
fn terminal_rows() -> usize {
    terminal_size::terminal_size_of(io::stdout())
        .map(|(_, h)| usize::from(h.0))
        .or_else(|| std::env::var("LINES").ok()?.parse().ok())
        .filter(|&h| h > 0)
        .unwrap_or(24)
}

fn run_command(
    cli: &Cli,
    global: &GlobalArgs,
    term: Term,
    err_term: Term,
    mut out: &mut impl Write,
) -> anyhow::Result<()> {
    match &cli.command {
        // These describe the tool, or check a catalog of their own: they work even when
        // the catalog the environment names is missing or broken.
        Some(Command::Completions(args)) => {
            commands::completions::run(args, &mut out).map_err(stdout_error)?
        }
        Some(Command::Man(args)) => commands::man::run(args, &mut out).map_err(stdout_error)?,
        Some(Command::Schema(_)) => commands::new::schema(&mut out).map_err(stdout_error)?,
        Some(Command::New(args)) => {
            // `new ID > papers.d/ID.json` has the shell create the file, empty, before
            // aipapers starts: a catalog that cannot be loaded only makes the check of
            // names weaker, so it is a warning here.
            let path = named_catalog(global);
            let catalog = load_catalog(path.as_deref(), global, &err_term).unwrap_or_else(|e| {
                warn(
                    &err_term,
                    &format!("{e:#}; names are checked against the embedded catalog only"),
                );
                Catalog::embedded()
            });
            commands::new::run(args, &catalog, &mut out)?
        }
        Some(Command::Validate(args)) => {
            let named = named_catalog(global);
            commands::validate::run(args, named.as_deref(), global, &term, &err_term, &mut out)?
        }
        command => {
            let path = named_catalog(global);
            let catalog = load_catalog(path.as_deref(), global, &err_term)?;
            let ctx = Context {
                catalog: &catalog,
                term,
                err_term,
                catalog_key: crate::progress::catalog_key(path.as_deref()),
            };
            let result = browse(command.as_ref(), &ctx, &mut out).map_err(stdout_error);
            // The process ends right after: freeing a large catalog piece by piece would
            // take longer than all the work before it, and the system reclaims it at once.
            std::mem::forget(catalog);
            result?;
        }
    }
    Ok(())
}

/// A bare io error out of a command is a failed write to stdout: say so.
fn stdout_error(err: anyhow::Error) -> anyhow::Error {
    if err.chain().count() == 1 && err.is::<io::Error>() {
        err.context("cannot write to standard output")
    } else {
        err
    }
}

/// The commands that read the catalog.
fn browse(command: Option<&Command>, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    match command {
        None => commands::list::home(ctx, out)?,
        Some(Command::List(args)) => commands::list::run(args, ctx, out)?,
        Some(Command::Sort(args)) => commands::list::run_sort(args, ctx, out)?,
        Some(Command::Browse(args)) => commands::browse::run(args, ctx)?,
        Some(Command::Show(args)) => commands::show::run(args, ctx, out)?,
        Some(Command::Era(args)) => commands::era::run(args, ctx, out)?,
        Some(Command::Export(args)) => commands::export::run(args, ctx, out)?,
        Some(Command::Timeline(args)) => commands::timeline::run(args, ctx, out)?,
        Some(Command::Lineage(args)) => commands::lineage::run(args, ctx, out)?,
        Some(Command::Path(args)) => commands::path::run(args, ctx, out)?,
        Some(Command::Search(args)) => commands::search::run(args, ctx, out)?,
        Some(Command::Plan(args)) => commands::plan::run(args, ctx, out)?,
        Some(Command::Read(args)) => commands::progress::read(args, ctx, out)?,
        Some(Command::Unread(args)) => commands::progress::unread(args, ctx, out)?,
        Some(Command::Progress(args)) => commands::progress::progress(args, ctx, out)?,
        Some(Command::Cite(args)) => commands::cite::run(args, ctx, out)?,
        Some(Command::Open(args)) => commands::open::run(args, ctx, out)?,
        Some(Command::Import(args)) => commands::import::run(args, ctx, out)?,
        // Run by `execute` before any catalog is loaded.
        Some(
            Command::Completions(_)
            | Command::Man(_)
            | Command::Validate(_)
            | Command::Schema(_)
            | Command::New(_),
        ) => {}
    }
    Ok(())
}

/// The catalog file the user named: the flag wins over the environment, and an empty
/// variable counts as unset.
fn named_catalog(global: &GlobalArgs) -> Option<PathBuf> {
    global.catalog.clone().or_else(|| {
        std::env::var_os("AIPAPERS_CATALOG")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    })
}

/// The embedded catalog, or the one `--catalog`/`AIPAPERS_CATALOG` names, with the extra
/// catalogs merged in (papers.d's and `--add`'s).
fn load_catalog(
    path: Option<&Path>,
    global: &GlobalArgs,
    err_term: &Term,
) -> anyhow::Result<Catalog> {
    let extras = crate::papers_d::extras(path, &global.add, global.no_extra)?;
    let loaded = crate::papers_d::load(path, &extras)?;
    if let Some(path) = path {
        check_unknown_fields(
            &crate::catalog::origin(path),
            &loaded.unknown_fields,
            global.strict,
            err_term,
        )?;
    }
    for (name, unknown) in &loaded.extra_unknown_fields {
        check_unknown_fields(name, unknown, global.strict, err_term)?;
    }
    Ok(loaded.catalog)
}

/// Fields this version does not know: a warning, or under `--strict` an error.
pub fn check_unknown_fields(
    name: &str,
    unknown: &[String],
    strict: bool,
    err_term: &Term,
) -> anyhow::Result<()> {
    if unknown.is_empty() {
        return Ok(());
    }
    // A few names and how many in all: one line even when every paper of a large
    // catalog has one.
    const SHOWN: usize = 5;
    let mut list = unknown[..unknown.len().min(SHOWN)].join(", ");
    if unknown.len() > SHOWN {
        list.push_str(&format!(", and {} more", unknown.len() - SHOWN));
    }
    if strict {
        return Err(anyhow!(
            "{name}: unknown fields (refused under --strict): {list}"
        ));
    }
    warn(
        err_term,
        &format!("{name}: ignoring unknown fields: {list}"),
    );
    Ok(())
}

/// A warning on stderr. Catalog text in it is made safe for the terminal.
pub fn warn(err_term: &Term, message: &str) {
    let line = format!(
        "{} {}",
        err_term.palette.warning("warning:"),
        clean(message)
    );
    let _ = writeln!(io::stderr(), "{}", long_lines(&line, err_term.width));
}

/// Whether `--no-pager` is among the arguments, for help printed before they are parsed.
fn early_no_pager(args: &[OsString]) -> bool {
    args.iter()
        .skip(1)
        .take_while(|a| *a != "--")
        .any(|a| a == "--no-pager")
}

/// The value of `--color` if it is among the arguments (the last one wins, as in clap).
fn early_color_flag(args: &[OsString]) -> Option<ColorChoice> {
    let mut choice = None;
    let mut iter = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = iter.next() {
        if arg == "--" {
            break;
        }
        let value = match arg.strip_prefix("--color") {
            Some("") => iter.next().map(|v| v.into_owned()),
            Some(rest) => rest.strip_prefix('=').map(String::from),
            None => None,
        };
        match value.as_deref() {
            Some("always") => choice = Some(ColorChoice::Always),
            Some("never") => choice = Some(ColorChoice::Never),
            Some("auto") => choice = Some(ColorChoice::Auto),
            _ => {}
        }
    }
    choice
}

/// The width of a terminal whose size is `asked`: `COLUMNS` when set (as `ls` honours it, to lay
/// out for another width), else asked of the terminal, else the classic 80.
fn terminal_width(
    asked: impl FnOnce() -> Option<(terminal_size::Width, terminal_size::Height)>,
) -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse().ok())
        .filter(|&w: &usize| w > 0)
        .or_else(|| asked().map(|(w, _)| usize::from(w.0)))
        .filter(|&w| w > 0)
        .unwrap_or(80)
}

/// A reader that closed the pipe early (`aipapers list | head -1`) is not a failure.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

fn exit_status(err: &anyhow::Error) -> u8 {
    let usage = err
        .chain()
        .any(|e| e.is::<LookupError>() || e.is::<UsageError>());
    if usage {
        EXIT_USAGE
    } else if err.chain().any(|e| e.is::<NoAnswer>()) {
        EXIT_NO_ANSWER
    } else {
        EXIT_FAILURE
    }
}
