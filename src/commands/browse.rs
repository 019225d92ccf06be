//! `aipapers browse`: the catalog in a full-screen view, to move through, search and follow.

use std::io::{self, IsTerminal};

use anyhow::anyhow;

use crate::cli::BrowseArgs;
use crate::progress::{Store, today};
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
    // The progress file is read and written only through the store; a store that cannot
    // be used shows as a message in the browser, which works on without marks.
    let store = Store::locate();
    let key = ctx.catalog_key.as_str();
    let usable = || store.as_ref().map_err(|err| anyhow!("{err:#}"));
    let read = usable().and_then(|store| Ok(store.load()?.read_dates(key, ctx.catalog)));
    let mark = |id: &str, read: bool| {
        let date = today();
        usable()?.update(|progress| {
            if read {
                progress.mark(key, &[id], &date);
            } else {
                progress.unmark(key, &[id]);
            }
            progress.read_on(key, id).map(str::to_string)
        })
    };
    let actions = Actions {
        open: super::open::open_url,
        cite: super::cite::citation,
        mark: &mark,
    };
    tui::run(ctx.catalog, look, &actions, read)
}
