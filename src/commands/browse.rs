//! `aipapers browse`: the catalog in a full-screen view, to move through, search and follow.

use std::io::{self, IsTerminal};

use crate::cli::BrowseArgs;
use crate::render::glyphs::Glyphs;
use crate::tui::{self, Actions, Look};

use super::{Context, UsageError};

pub fn run(args: &BrowseArgs, ctx: &Context) -> anyhow::Result<()> {
    let terminal = io::stdin().is_terminal() && io::stdout().is_terminal();
    if !terminal {
        return Err(UsageError(
            "browse needs a terminal for its input and output; to print papers instead, use \
             `aipapers list` or `aipapers show ID`"
                .into(),
        )
        .into());
    }
    let look = Look {
        color: ctx.term.palette.enabled,
        glyphs: Glyphs { ascii: args.ascii },
    };
    let actions = Actions {
        open: super::open::open_url,
        cite: super::cite::citation,
    };
    tui::run(ctx.catalog, look, &actions)
}
