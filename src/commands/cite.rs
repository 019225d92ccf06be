//! `aipapers cite`: citations to paste into a paper or a bibliography file, for papers
//! named by id (or read from standard input) or selected by the filters of `list`.

use std::io::{self, Read, Write};

use anyhow::Context as _;

use crate::catalog::query::{Query, SortKey};
use crate::catalog::text::suggest;
use crate::cli::CiteArgs;
use crate::render::cite::{self, CiteStyle, Markup};
use crate::render::{biblatex, bibtex, citation};

use super::{Context, UsageError};

pub fn run(args: &CiteArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    // Citations are written without a width in mind: on a terminal their long lines wrap
    // (still valid BibTeX, URLs whole); a pipe or a file gets them as they are.
    if ctx.term.width.is_some() {
        let mut text = Vec::new();
        citations(args, ctx, &mut text)?;
        let text = String::from_utf8_lossy(&text);
        out.write_all(crate::render::wrap::long_lines(&text, ctx.term.width).as_bytes())?;
        return Ok(());
    }
    citations(args, ctx, out)
}

fn citations(args: &CiteArgs, ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    if args.list_styles {
        return Ok(cite::list_styles(out)?);
    }
    let style = match (&args.style, &args.csl) {
        (_, Some(path)) => {
            let xml = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read the CSL style {}", path.display()))?;
            Style::Csl(Box::new(cite::parse_style(&xml).map_err(|e| {
                anyhow::anyhow!("{} cannot be used: {e}", path.display())
            })?))
        }
        (Some(name), None) => match CiteStyle::by_name(name) {
            Some(style) => Style::from(style),
            None => return Err(unknown_style(name).into()),
        },
        (None, None) => Style::Bibtex,
    };
    let papers = papers(args, ctx)?;
    let published;
    let catalog = if args.published {
        published = ctx.catalog.with_published(&papers);
        &published
    } else {
        ctx.catalog
    };
    match style {
        Style::Bibtex | Style::Biblatex if args.format.is_some() => Err(UsageError(
            "--format applies to CSL styles; BibTeX and BibLaTeX are written as they are".into(),
        )
        .into()),
        Style::Bibtex => Ok(bibtex::papers(out, catalog, &papers)?),
        Style::Biblatex => Ok(biblatex::papers(out, catalog, &papers)?),
        Style::Csl(style) => {
            let markup = args.format.unwrap_or(if ctx.term.palette.enabled {
                Markup::Terminal
            } else {
                Markup::Text
            });
            let items = citation::items(catalog, &papers);
            Ok(cite::bibliography(out, &items, &style, markup)?)
        }
    }
}

/// One paper's citation in the style of this name, as `cite --style NAME ID` prints it
/// (plain text for the CSL styles): what `browse` copies.
pub fn citation(
    catalog: &crate::catalog::Catalog,
    paper: usize,
    style: &str,
) -> anyhow::Result<String> {
    let style = CiteStyle::by_name(style).ok_or_else(|| unknown_style(style))?;
    let mut out = Vec::new();
    match Style::from(style) {
        Style::Bibtex => bibtex::papers(&mut out, catalog, &[paper])?,
        Style::Biblatex => biblatex::papers(&mut out, catalog, &[paper])?,
        Style::Csl(style) => {
            let items = citation::items(catalog, &[paper]);
            cite::bibliography(&mut out, &items, &style, Markup::Text)?;
        }
    }
    Ok(String::from_utf8_lossy(&out).trim_end().to_string())
}

/// A style resolved: aipapers' own writers, or a CSL style ready to use.
enum Style {
    Bibtex,
    Biblatex,
    Csl(Box<hayagriva::citationberg::IndependentStyle>),
}

impl From<CiteStyle> for Style {
    fn from(style: CiteStyle) -> Style {
        match (style, style.csl()) {
            (CiteStyle::Biblatex, _) => Style::Biblatex,
            (_, Some(csl)) => Style::Csl(Box::new(csl)),
            _ => Style::Bibtex,
        }
    }
}

fn unknown_style(name: &str) -> UsageError {
    let names = CiteStyle::names();
    let wanted = name.trim().to_lowercase();
    // "chicago" is the start of two styles, too far from either for a spelling mistake.
    let starting: Vec<String> = names
        .iter()
        .filter(|n| n.starts_with(&wanted))
        .take(3)
        .map(|n| format!("'{n}'"))
        .collect();
    let near: Vec<String> = suggest(name, names.iter().copied())
        .into_iter()
        .map(|n| format!("'{n}'"))
        .collect();
    let starting = if starting.is_empty() { near } else { starting };
    let hint = match starting.as_slice() {
        [] => String::new(),
        [one] => format!("; did you mean {one}?"),
        [rest @ .., last] => format!("; did you mean {} or {last}?", rest.join(", ")),
    };
    UsageError(format!(
        "no citation style '{name}'{hint} ('aipapers cite --list-styles' lists them, \
         --csl FILE reads any other)"
    ))
}

/// The papers to cite: those named (`-` for ids on standard input), in the order given,
/// or those the filters select, in the catalog's order.
fn papers(args: &CiteArgs, ctx: &Context) -> anyhow::Result<Vec<usize>> {
    let filtered = super::filter(&args.filter, ctx.catalog)?;
    let has_filter = filtered.eras.len()
        + filtered.tags.len()
        + usize::from(filtered.year.is_some())
        + usize::from(filtered.since.is_some())
        + usize::from(filtered.until.is_some())
        + filtered.authors.len()
        + usize::from(filtered.search.is_some())
        + usize::from(args.filter.limit.is_some())
        > 0;
    if args.ids.is_empty() {
        if !has_filter {
            return Err(UsageError(
                "name the papers to cite (ids, or - to read them from standard input), \
                 or select them with filters such as --era or --search"
                    .into(),
            )
            .into());
        }
        let query = Query {
            filter: filtered,
            sort: SortKey::default(),
            reverse: false,
            limit: args.filter.limit,
        };
        return Ok(query.run(ctx.catalog));
    }
    if has_filter {
        return Err(UsageError("give paper ids or filters, not both".into()).into());
    }
    let mut names = Vec::new();
    for id in &args.ids {
        if id == "-" {
            let mut text = String::new();
            io::stdin()
                .lock()
                .read_to_string(&mut text)
                .context("cannot read paper ids from standard input")?;
            names.extend(text.split_whitespace().map(str::to_string));
        } else {
            names.push(id.clone());
        }
    }
    if names.is_empty() {
        return Err(UsageError("no paper ids on standard input".into()).into());
    }
    Ok(ctx.catalog.resolve_all(&names)?)
}
