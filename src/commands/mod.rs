//! One module per subcommand. Each turns its arguments into a typed request, asks the
//! catalog, and hands the result to a renderer.

pub mod browse;
pub mod cite;
pub mod completions;
pub mod era;
pub mod export;
pub mod import;
pub mod lineage;
pub mod list;
pub mod man;
pub mod new;
pub mod open;
pub mod path;
pub mod plan;
pub mod progress;
pub mod search;
pub mod show;
pub mod timeline;
pub mod validate;

use std::io::{self, Write};

use crate::catalog::query::{Filter, Needle, Query};
use crate::catalog::search::SearchQuery;
use crate::catalog::{Catalog, Field};
use crate::cli::{FilterArgs, OrderArgs, OutputArgs, ReadFilterArgs, SelectArgs, WriteArgs};
use crate::progress::{Marks, Store};
use crate::render::csv::Cells;
use crate::render::{self, Format, Term};

/// What every command runs against.
pub struct Context<'a> {
    pub catalog: &'a Catalog,
    /// How stdout looks.
    pub term: Term,
    /// How stderr looks (notes and warnings).
    pub err_term: Term,
    /// The catalog's key in the progress file ("embedded", or the catalog file's path).
    pub catalog_key: String,
}

impl Context<'_> {
    /// A note for the user on stderr ("no papers match"), never mixed into the data.
    pub fn note(&self, message: &str) {
        // Nothing useful can be done if stderr itself is closed.
        let _ = writeln!(io::stderr(), "{message}");
    }
}

/// Something the user typed that cannot work, found after parsing: exit status 2.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// The question was sound and its answer is "none": `path` between two papers that no
/// chain of influence links. Its own exit status (3), so scripts can tell it from a failure.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct NoAnswer(pub String);

/// Turns filter flags into a typed filter, resolving eras and tags against the catalog.
pub fn filter(args: &FilterArgs, catalog: &Catalog) -> anyhow::Result<Filter> {
    Ok(Filter {
        search: args
            .search
            .as_deref()
            .map(SearchQuery::parse)
            .transpose()
            .map_err(|e| UsageError(format!("--search: {e}")))?,
        ..select(&args.select, catalog)?
    })
}

/// The filters `search` shares with the listings, as a typed filter.
pub fn select(args: &SelectArgs, catalog: &Catalog) -> anyhow::Result<Filter> {
    Ok(Filter {
        eras: args
            .era
            .iter()
            .map(|e| catalog.resolve_era(e))
            .collect::<Result<_, _>>()?,
        year: args.year,
        since: args.since,
        until: args.until,
        authors: args
            .author
            .iter()
            .map(|a| author_needle(a))
            .collect::<Result<_, _>>()?,
        tags: args
            .tag
            .iter()
            .map(|t| catalog.resolve_tag(t))
            .collect::<Result<_, _>>()?,
        search: None,
    })
}

/// `--author TEXT`; blank text would match everyone.
fn author_needle(text: &str) -> Result<Needle, UsageError> {
    Needle::new(text).ok_or_else(|| {
        UsageError("--author needs some visible text of a name, e.g. --author hinton".into())
    })
}

/// A whole listing request from its flags.
pub fn query(args: &FilterArgs, order: &OrderArgs, catalog: &Catalog) -> anyhow::Result<Query> {
    Ok(Query {
        filter: filter(args, catalog)?,
        sort: order.sort,
        reverse: order.reverse,
        limit: args.limit,
    })
}

/// The format the output flags ask for, and the fields, checked against each other.
pub fn format(
    args: &OutputArgs,
    default: Format,
) -> Result<(Format, Option<Vec<Field>>), UsageError> {
    let format = if args.json {
        Format::Json
    } else if args.csv {
        Format::Csv
    } else {
        args.format.unwrap_or(default)
    };
    if args.fields.is_empty() {
        return Ok((format, None));
    }
    if !format.takes_fields() {
        return Err(UsageError(format!(
            "--fields does not apply to {} output; it shapes table, json, jsonl, csv and tsv",
            format_name(format)
        )));
    }
    Ok((format, Some(args.fields.clone())))
}

pub fn format_name(format: Format) -> String {
    use clap::ValueEnum;
    format
        .to_possible_value()
        .map_or_else(|| format!("{format:?}"), |v| v.get_name().to_string())
}

/// The format the output flags ask for, else the one a known extension of `-o FILE` names,
/// else `default`; and the fields, checked against it.
pub fn output_format(
    output: &OutputArgs,
    write: &WriteArgs,
    default: Format,
) -> Result<(Format, Option<Vec<Field>>), UsageError> {
    let default = write
        .output_file
        .as_deref()
        .and_then(Format::from_extension)
        .unwrap_or(default);
    format(output, default)
}

/// How CSV and TSV cells are written; `--excel-safe` with any other format is a mistake.
pub fn cells(write: &WriteArgs, format: Format) -> Result<Cells, UsageError> {
    match (write.excel_safe, format) {
        (false, _) => Ok(Cells::AsIs),
        (true, Format::Csv | Format::Tsv) => Ok(Cells::ExcelSafe),
        (true, _) => Err(UsageError(
            "--excel-safe applies to csv and tsv output".into(),
        )),
    }
}

/// Runs `write` on standard output for this terminal, or on `-o FILE` (by the rules of
/// `files`), where output is data: never coloured or fitted to a width.
pub fn destination(
    out: &mut impl Write,
    ctx: &Context,
    args: &WriteArgs,
    write: impl FnOnce(&mut dyn Write, &Term) -> io::Result<()>,
) -> anyhow::Result<()> {
    match &args.output_file {
        None => Ok(write(out, &ctx.term)?),
        Some(path) => crate::files::write(path, |w| write(w, &Term::plain())),
    }
}

/// Prints a list of papers, to stdout or `-o FILE`; an empty table on stdout is a note on
/// stderr instead.
pub fn emit_papers(
    out: &mut impl Write,
    ctx: &Context,
    write: &WriteArgs,
    format: Format,
    papers: &[usize],
    fields: Option<&[Field]>,
) -> anyhow::Result<()> {
    let cells = cells(write, format)?;
    if papers.is_empty() && format == Format::Table && write.output_file.is_none() {
        ctx.note("no papers match");
        return Ok(());
    }
    destination(out, ctx, write, |mut w, term| {
        render::papers(&mut w, format, ctx.catalog, papers, fields, term, cells)
    })
}

/// The reader's marks for this catalog. Where they only decorate the output (a ✓ column),
/// a progress file that cannot be read is a warning and no marks; where the request
/// depends on them (`--read`, `--skip-read`), it is an error.
pub fn marks(ctx: &Context, required: bool) -> anyhow::Result<Marks> {
    let loaded = Store::locate().and_then(|store| store.load());
    match loaded {
        Ok(progress) => Ok(progress.marks(&ctx.catalog_key, ctx.catalog)),
        Err(err) if !required => {
            crate::app::warn(&ctx.err_term, &format!("{err:#}"));
            Ok(Marks::default())
        }
        Err(err) => Err(err),
    }
}

/// Whether a paper passes `--read`/`--unread`.
pub fn keep(filter: &ReadFilterArgs, is_read: bool) -> bool {
    if filter.read {
        is_read
    } else if filter.unread {
        !is_read
    } else {
        true
    }
}
