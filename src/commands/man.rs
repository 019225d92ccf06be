//! `aipapers man`: the manual page in roff, built from the CLI definition plus the sections
//! clap cannot know (commands with their options, examples, exit status, environment).

use std::io::Write;

use clap::{Arg, CommandFactory};
use clap_mangen::Man;
use clap_mangen::roff::{Inline, Roff, bold, italic, roman};

use crate::cli::{Cli, ManArgs};

pub fn run(_args: &ManArgs, out: &mut impl Write) -> anyhow::Result<()> {
    out.write_all(page()?.as_bytes())?;
    Ok(())
}

/// The whole page as roff source.
pub fn page() -> std::io::Result<String> {
    let mut cmd = Cli::command();
    cmd.build();
    let man = Man::new(cmd.clone());
    let mut buf = Vec::new();
    man.render_title(&mut buf)?;
    let mut roff = Roff::new();
    name_section(&mut roff, &cmd);
    synopsis_section(&mut roff, &cmd);
    roff.to_writer(&mut buf)?;
    man.render_description_section(&mut buf)?;
    let mut roff = Roff::new();
    roff.control("PP", []).text([
        roman("Without a command, "),
        bold("aipapers"),
        roman(" lists every paper as a table, like "),
        bold("aipapers list"),
        roman(". Papers are named by id or alias, case ignored; eras by id, number or prefix."),
    ]);
    roff.to_writer(&mut buf)?;
    man.render_options_section(&mut buf)?;

    let mut roff = Roff::new();
    commands_section(&mut roff, &cmd);
    browse_keys_section(&mut roff);
    examples_section(&mut roff, &cmd);
    width_section(&mut roff);
    exit_status_section(&mut roff);
    environment_section(&mut roff);
    roff.to_writer(&mut buf)?;
    man.render_version_section(&mut buf)?;

    let page = String::from_utf8_lossy(&buf).into_owned();
    Ok(without_repeated_preamble(&page))
}

/// NAME is one short line, as `man -k` and `whatis` list it: the summary's first clause
/// (the whole of it is the DESCRIPTION).
fn name_section(roff: &mut Roff, cmd: &clap::Command) {
    let about = cmd.get_about().map(ToString::to_string).unwrap_or_default();
    let short = about
        .split_once(',')
        .map_or(about.as_str(), |(first, _)| first);
    let mut chars = short.chars();
    let short: String = chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default();
    roff.control("SH", ["NAME"]);
    roff.text([roman(format!("{} - {short}", cmd.get_name()))]);
}

/// The options with the values they take (`--color WHEN`), then the command; clap's own
/// synopsis leaves the values out.
fn synopsis_section(roff: &mut Roff, cmd: &clap::Command) {
    roff.control("SH", ["SYNOPSIS"]);
    let mut line = vec![bold(cmd.get_name().to_string())];
    for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
        line.push(roman(" ["));
        match (arg.get_short(), arg.get_long()) {
            (Some(short), Some(long)) => {
                line.push(bold(format!("-{short}")));
                line.push(roman("|"));
                line.push(bold(format!("--{long}")));
            }
            (Some(short), None) => line.push(bold(format!("-{short}"))),
            (None, Some(long)) => line.push(bold(format!("--{long}"))),
            (None, None) => {}
        }
        let value = arg.get_value_names().and_then(|names| names.first());
        if let Some(value) = value.filter(|_| arg.get_num_args().is_some_and(|n| n.takes_values()))
        {
            line.push(roman(" "));
            line.push(italic(value.to_string()));
        }
        line.push(roman("]"));
    }
    line.push(roman(" ["));
    line.push(italic("COMMAND"));
    line.push(roman(" ["));
    line.push(italic("ARGS"));
    line.push(roman("]]"));
    roff.text(line);
}

/// Every section rendered separately starts with roff's apostrophe preamble; once is enough.
fn without_repeated_preamble(page: &str) -> String {
    let preamble = Roff::new().render();
    let mut pieces = page.split(preamble.as_str());
    let mut text = pieces.next().unwrap_or_default().to_string();
    text.push_str(&preamble);
    text.extend(pieces);
    text
}

/// Each subcommand with its usage, its summary and the options it alone takes (the
/// global ones are under OPTIONS).
fn commands_section(roff: &mut Roff, cmd: &clap::Command) {
    roff.control("SH", ["COMMANDS"]);
    // The top level's own options are the global ones, which every subcommand takes too.
    let global: Vec<&str> = cmd.get_arguments().map(|a| a.get_id().as_str()).collect();
    for sub in subcommands(cmd) {
        let usage = sub.clone().render_usage().to_string();
        let usage = usage.trim().trim_start_matches("Usage:").trim();
        roff.control("TP", []).text([bold(usage)]);
        if let Some(about) = sub.get_about() {
            roff.text([roman(about.to_string())]);
        }
        let args: Vec<&Arg> = sub
            .get_arguments()
            .filter(|a| !a.is_hide_set() && a.get_id() != "help")
            .filter(|a| !global.contains(&a.get_id().as_str()))
            .collect();
        if args.is_empty() {
            continue;
        }
        roff.control("RS", []);
        for arg in args {
            roff.control("TP", []).text(arg_header(arg));
            let help = arg.get_long_help().or_else(|| arg.get_help());
            let mut help = help.map(|h| h.to_string()).unwrap_or_default();
            if !arg.is_hide_possible_values_set() {
                let values: Vec<String> = arg
                    .get_possible_values()
                    .iter()
                    .filter(|v| !v.is_hide_set())
                    .map(|v| v.get_name().to_string())
                    .collect();
                if !values.is_empty() {
                    help.push_str(&format!(" (one of: {})", values.join(", ")));
                }
            }
            roff.text([roman(help)]);
        }
        roff.control("RE", []);
    }
}

/// `--sort <KEY>`, `-o, --output <FILE>`, `<ID>...`: how an argument is typed.
fn arg_header(arg: &Arg) -> Vec<Inline> {
    let value = arg
        .get_value_names()
        .and_then(|names| names.first())
        .map_or_else(|| arg.get_id().to_string(), |name| name.to_string());
    let repeated = arg.get_num_args().is_some_and(|n| n.max_values() > 1);
    let value = if repeated {
        format!("{value}...")
    } else {
        value
    };
    if arg.is_positional() {
        return vec![italic(value)];
    }
    let mut header = Vec::new();
    if let Some(short) = arg.get_short() {
        header.push(bold(format!("-{short}")));
        header.push(roman(", "));
    }
    if let Some(long) = arg.get_long() {
        header.push(bold(format!("--{long}")));
    }
    if arg.get_num_args().is_some_and(|n| n.takes_values()) {
        header.push(roman(" "));
        header.push(italic(value));
    }
    header
}

/// The examples from every `--help`, so the page and the help cannot disagree.
fn examples_section(roff: &mut Roff, cmd: &clap::Command) {
    roff.control("SH", ["EXAMPLES"]);
    let mut seen = std::collections::HashSet::new();
    for command in std::iter::once(cmd).chain(subcommands(cmd)) {
        // The overview's examples come again under their own commands.
        let examples: Vec<String> = examples(command)
            .into_iter()
            .filter(|e| seen.insert(e.clone()))
            .collect();
        if examples.is_empty() {
            continue;
        }
        roff.control("PP", []);
        roff.control("RS", ["4"]).control("nf", []);
        for example in examples {
            roff.text([roman(example)]);
        }
        roff.control("fi", []).control("RE", []);
    }
}

/// The lines under a command's "Examples:" heading.
fn examples(cmd: &clap::Command) -> Vec<String> {
    let after = cmd
        .get_after_help()
        .map(|h| h.to_string())
        .unwrap_or_default();
    after
        .split_once("Examples:")
        .map(|(_, list)| {
            list.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(String::from)
                .collect()
        })
        .unwrap_or_default()
}

fn subcommands(cmd: &clap::Command) -> impl Iterator<Item = &clap::Command> {
    cmd.get_subcommands().filter(|s| s.get_name() != "help")
}

/// The width policy and hyperlinks: how output fits a terminal.
fn width_section(roff: &mut Roff) {
    roff.control("SH", ["WIDTH AND LINKS"]);
    let paragraphs = [
        "On a terminal (COLUMNS wide when set) no line of a view is wider than the terminal, \
         counted in display columns: CJK characters and emoji take two, colour and link \
         sequences none. Only a URL goes past the edge, since it is never broken.",
        "Ids and years are never cut. Prose wraps before it is cut: tables wrap sentences in \
         their column, the timeline wraps beside its rail, cards, headers, path chains, \
         citations and error messages wrap with a hanging indent. A table that still cannot \
         fit drops its least important columns first. A label that must stay on one line is \
         cut at a whole word and ends in an ellipsis. Piped output is never wrapped nor cut.",
        "--hyperlinks auto (the default) makes titles, URLs, DOIs and arXiv ids in cards and \
         tables OSC 8 links only on a terminal known to show them, never in a pipe, with \
         TERM=dumb, or inside tmux or screen; always and never decide outright. A linked URL \
         may be shortened in a narrow card. DOT export gives each node its URL, so an SVG \
         drawn by Graphviz is clickable.",
    ];
    for text in paragraphs {
        roff.control("PP", []).text([roman(text)]);
    }
}

/// The keys of `aipapers browse`, from the list its help screen shows.
fn browse_keys_section(roff: &mut Roff) {
    roff.control("SH", ["BROWSE KEYS"]);
    roff.text([
        bold("aipapers browse"),
        roman(" takes these keys; "),
        bold("?"),
        roman(" shows them on the screen."),
    ]);
    for (keys, what) in crate::tui::KEYS {
        roff.control("TP", [])
            .text([bold(*keys)])
            .text([roman(*what)]);
    }
}

fn exit_status_section(roff: &mut Roff) {
    roff.control("SH", ["EXIT STATUS"]);
    let statuses = [
        (
            "0",
            "Success, including when a reader such as head closes the pipe early.",
        ),
        (
            "1",
            "A runtime failure: a missing or invalid catalog file, or a failed write.",
        ),
        (
            "2",
            "A usage error: an unknown flag, paper id, era, field or format, or flags that \
             cannot go together.",
        ),
        (
            "3",
            "No answer: path found no chain of influence between the two papers.",
        ),
    ];
    for (status, meaning) in statuses {
        roff.control("TP", [])
            .text([bold(status)])
            .text([roman(meaning)]);
    }
}

fn environment_section(roff: &mut Roff) {
    roff.control("SH", ["ENVIRONMENT"]);
    let variables = [
        (
            "NO_COLOR",
            "If set and not empty, no colour unless --color always is given.",
        ),
        (
            "CLICOLOR_FORCE",
            "If set, not empty and not 0, colour even when output is not a terminal \
             (NO_COLOR wins). --color always or never overrides both.",
        ),
        (
            "AIPAPERS_CATALOG",
            "A catalog file to read instead of the embedded one, as --catalog does \
             (the flag wins; empty counts as unset).",
        ),
        (
            "TERM",
            "dumb means no colour, unless --color always or CLICOLOR_FORCE asks for it, and \
             no links, unless --hyperlinks always.",
        ),
        (
            "COLUMNS",
            "The width to fit on a terminal, instead of the terminal's own. Piped output is \
             never cut.",
        ),
        (
            "FORCE_HYPERLINK",
            "On a terminal, 1 writes links and 0 does not, whatever the terminal; \
             --hyperlinks always or never wins.",
        ),
        (
            "AIPAPERS_PAGER, PAGER",
            "The pager for output taller than the terminal, the first one set (empty means \
             none; --no-pager also turns it off). The default is less -FRX. Piped output is \
             never paged.",
        ),
        (
            "AIPAPERS_DATA",
            "The directory of progress.json, the papers marked by read and unread (empty \
             counts as unset; the default is the platform's data directory, on Linux \
             $XDG_DATA_HOME/aipapers or ~/.local/share/aipapers).",
        ),
    ];
    for (name, meaning) in variables {
        roff.control("TP", [])
            .text([bold(name)])
            .text([roman(meaning)]);
    }
}

#[cfg(test)]
mod tests {
    use super::page;

    #[test]
    fn the_page_has_the_sections_clap_cannot_write() {
        let page = page().unwrap();
        for heading in [
            ".SH NAME",
            ".SH SYNOPSIS",
            ".SH OPTIONS",
            ".SH COMMANDS",
            ".SH \"BROWSE KEYS\"",
            ".SH EXAMPLES",
            ".SH \"WIDTH AND LINKS\"",
            ".SH \"EXIT STATUS\"",
            ".SH ENVIRONMENT",
        ] {
            assert!(page.contains(heading), "no {heading} in:\n{page}");
        }
    }

    #[test]
    fn name_is_one_short_line_and_the_synopsis_names_option_values() {
        let page = page().unwrap();
        let section = |heading: &str| -> Vec<String> {
            page.lines()
                .skip_while(|l| *l != heading)
                .skip(1)
                .take_while(|l| !l.starts_with(".SH"))
                .map(String::from)
                .collect()
        };
        assert_eq!(
            section(".SH NAME"),
            ["aipapers \\- browse the foundational research papers behind modern AI"]
        );
        let synopsis = section(".SH SYNOPSIS");
        assert_eq!(synopsis.len(), 1, "{synopsis:?}");
        for typed in [
            "[\\fB\\-\\-color\\fR \\fIWHEN\\fR]",
            "[\\fB\\-\\-catalog\\fR \\fIFILE\\fR]",
            "[\\fB\\-\\-strict\\fR]",
            "[\\fB\\-h\\fR|\\fB\\-\\-help\\fR]",
            "[\\fICOMMAND\\fR [\\fIARGS\\fR]]",
        ] {
            assert!(synopsis[0].contains(typed), "{typed} in {synopsis:?}");
        }
    }

    #[test]
    fn the_page_lists_every_key_of_browse() {
        let page = page().unwrap();
        for (keys, what) in crate::tui::KEYS {
            let keys = keys.replace('-', "\\-");
            assert!(
                page.contains(&format!("\\fB{keys}\\fR")),
                "no {keys} in:\n{page}"
            );
            let what = what.replace('-', "\\-").replace('\'', "\\*(Aq");
            assert!(page.contains(&what), "no {what} in the page");
        }
    }

    #[test]
    fn the_apostrophe_preamble_appears_once() {
        let page = page().unwrap();
        assert_eq!(page.matches(".ds Aq").count(), 2, "{page}");
    }
}
