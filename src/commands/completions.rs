//! `aipapers completions SHELL`: the script that makes SHELL ask aipapers what TAB offers.

use std::io::Write;

use crate::cli::CompletionsArgs;

pub fn run(args: &CompletionsArgs, out: &mut impl Write) -> anyhow::Result<()> {
    out.write_all(&crate::complete::registration(args.shell)?)?;
    Ok(())
}
