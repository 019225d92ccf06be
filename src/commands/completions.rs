//! `aipapers completions SHELL`: the shell completion script, generated from the CLI definition.

use std::io::Write;

use clap::CommandFactory;
use clap_complete::{Generator, Shell};

use crate::cli::{Cli, CompletionsArgs};
use crate::render::style::clean_line;

pub fn run(args: &CompletionsArgs, out: &mut impl Write) -> anyhow::Result<()> {
    out.write_all(&script(args.shell)?)?;
    Ok(())
}

/// The whole script, built in memory first: the generator panics on a failed write, and
/// a reader that closes the pipe early (`| head`) must get a clean exit, not a panic.
pub fn script(shell: Shell) -> anyhow::Result<Vec<u8>> {
    let mut cmd = Cli::command();
    let name = cmd.get_name().to_string();
    cmd.set_bin_name(&name);
    cmd.build();
    let mut buf = Vec::new();
    shell.try_generate(&cmd, &mut buf)?;
    let script = String::from_utf8(buf)?;
    Ok(with_positional_values(shell, &cmd, script).into_bytes())
}

/// clap_complete's fish, elvish and PowerShell generators complete flags but not
/// positional arguments, so `aipapers show tra<TAB>` would offer nothing there: add the
/// values of each subcommand's positionals (paper ids and aliases, eras, sort keys, shells).
fn with_positional_values(shell: Shell, cmd: &clap::Command, mut script: String) -> String {
    let bin = cmd.get_name();
    for (sub, values) in positional_values(cmd) {
        match shell {
            Shell::Fish => {
                for (value, help) in values {
                    script.push_str(&format!(
                        "complete -c {bin} -n \"__fish_{bin}_using_subcommand {sub}\" -f -a {}",
                        fish_quote(&value)
                    ));
                    if !help.is_empty() {
                        script.push_str(&format!(" -d {}", fish_quote(&help)));
                    }
                    script.push('\n');
                }
            }
            Shell::Elvish => {
                let lines: String = values
                    .iter()
                    .map(|(value, help)| {
                        format!(
                            "            cand {} {}\n",
                            doubled_quote(value),
                            doubled_quote(help)
                        )
                    })
                    .collect();
                insert_after(&mut script, &format!("&'{bin};{sub}'= {{\n"), &lines);
            }
            Shell::PowerShell => {
                let lines: String = values
                    .iter()
                    .map(|(value, help)| {
                        // PowerShell refuses an empty tooltip.
                        let help = if help.is_empty() { value } else { help };
                        format!(
                            "            [CompletionResult]::new({0}, {0}, [CompletionResultType]::ParameterValue, {1})\n",
                            doubled_quote(value),
                            doubled_quote(help)
                        )
                    })
                    .collect();
                insert_after(&mut script, &format!("'{bin};{sub}' {{\n"), &lines);
            }
            // Both already complete positionals.
            _ => {}
        }
    }
    script
}

/// Each subcommand that takes positionals with a known set of values, with the values and
/// their descriptions.
fn positional_values(cmd: &clap::Command) -> Vec<(&str, Vec<(String, String)>)> {
    cmd.get_subcommands()
        .filter_map(|sub| {
            let values: Vec<(String, String)> = sub
                .get_positionals()
                .flat_map(|arg| arg.get_possible_values())
                .filter(|v| !v.is_hide_set())
                .map(|v| {
                    // Catalog text, and a line break would end the shell's statement.
                    let help = v.get_help().map(|h| clean_line(&h.to_string()));
                    (clean_line(v.get_name()), help.unwrap_or_default())
                })
                .collect();
            (!values.is_empty()).then_some((sub.get_name(), values))
        })
        .collect()
}

fn insert_after(script: &mut String, anchor: &str, lines: &str) {
    if let Some(at) = script.find(anchor) {
        script.insert_str(at + anchor.len(), lines);
    }
}

/// A fish single-quoted string.
fn fish_quote(text: &str) -> String {
    format!("'{}'", text.replace('\\', "\\\\").replace('\'', "\\'"))
}

/// A single-quoted string in elvish or PowerShell, where a quote is doubled.
fn doubled_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

#[cfg(test)]
mod tests {
    use clap_complete::Shell;

    use super::{doubled_quote, fish_quote, script};

    fn text(shell: Shell) -> String {
        String::from_utf8(script(shell).unwrap()).unwrap()
    }

    #[test]
    fn positional_values_are_added_where_the_generator_leaves_them_out() {
        assert!(text(Shell::Fish).contains(
            "complete -c aipapers -n \"__fish_aipapers_using_subcommand show\" -f -a 'vaswani2017' -d '= transformer'\n"
        ));
        let elvish = text(Shell::Elvish);
        let show = elvish.find("&'aipapers;show'= {\n").unwrap();
        assert!(elvish[show..].starts_with(
            "&'aipapers;show'= {\n            cand 'backprop' 'Backpropagation (1986)'\n"
        ));
        assert!(text(Shell::PowerShell).contains(
            "[CompletionResult]::new('zsh', 'zsh', [CompletionResultType]::ParameterValue, 'zsh')"
        ));
    }

    #[test]
    fn bash_and_zsh_scripts_are_left_as_generated() {
        for shell in [Shell::Bash, Shell::Zsh] {
            let mut cmd = <super::Cli as clap::CommandFactory>::command();
            cmd.set_bin_name("aipapers");
            cmd.build();
            let mut generated = Vec::new();
            clap_complete::Generator::try_generate(&shell, &cmd, &mut generated).unwrap();
            assert_eq!(script(shell).unwrap(), generated);
        }
    }

    #[test]
    fn quotes_are_escaped_for_each_shell() {
        assert_eq!(fish_quote(r"it's a \ path"), r"'it\'s a \\ path'");
        assert_eq!(doubled_quote("it's"), "'it''s'");
    }
}
