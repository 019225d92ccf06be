//! The eras: their table, their headers, and their JSON objects.

use std::io::{self, Write};

use serde_json::{Value, json};

use super::Format;

use super::Term;
use super::csv::Cells;
use super::style::clean_line;
use crate::catalog::{Catalog, Field};

/// The table of eras: number, id, name, years, paper count, description.
pub fn table(out: &mut impl Write, catalog: &Catalog, term: &Term) -> io::Result<()> {
    let pal = &term.palette;
    let header = ["#", "ID", "Name", "Years", "Papers", "Description"].map(|h| pal.label(h));
    let rows = (0..catalog.eras.len()).map(|i| {
        let era = &catalog.eras[i];
        vec![
            (i + 1).to_string(),
            pal.era(i, &clean_line(&era.id)),
            pal.era(i, &clean_line(&era.name)),
            catalog.era_years(i),
            catalog.era_members(i).len().to_string(),
            clean_line(&era.description),
        ]
    });
    use super::table::{Column, Fit};
    let columns = [
        Column::new(Fit::Whole, 1),
        Column::ID,
        Column::NAME,
        Column::YEAR,
        Column::new(Fit::Whole, 2),
        Column::PROSE,
    ];
    super::table::write(out, &columns, header, rows, term)
}

/// An era's header: "3 · The Transformer · 2017 · 1 paper", then its description.
pub fn header(out: &mut impl Write, catalog: &Catalog, era: usize, term: &Term) -> io::Result<()> {
    let e = &catalog.eras[era];
    let count = catalog.era_members(era).len();
    let parts = [
        (era + 1).to_string(),
        clean_line(&e.name),
        catalog.era_years(era),
        format!("{count} paper{}", if count == 1 { "" } else { "s" }),
    ];
    for line in super::wrap::join(&parts, " · ", term.width, "") {
        writeln!(out, "{}", term.palette.era(era, &term.palette.title(&line)))?;
    }
    for line in super::wrap::wrap(
        &clean_line(&e.description),
        super::wrap::options(term.prose_width()),
    ) {
        writeln!(out, "{}", term.palette.dim(&line))?;
    }
    Ok(())
}

/// Each era's header followed by a table of its papers: the browse-by-era view. `fields`
/// are the table's columns (`None`: id, year, name and why it matters).
pub fn with_papers(
    out: &mut impl Write,
    catalog: &Catalog,
    eras: &[usize],
    fields: Option<&[Field]>,
    term: &Term,
) -> io::Result<()> {
    for (n, &e) in eras.iter().enumerate() {
        if n > 0 {
            writeln!(out)?;
        }
        header(out, catalog, e, term)?;
        writeln!(out)?;
        let members = catalog.era_members(e);
        if !members.is_empty() {
            let columns = [Field::Id, Field::Year, Field::Name, Field::Why];
            let columns = fields.unwrap_or(&columns);
            super::table::papers(out, catalog, members, columns, term)?;
        }
    }
    Ok(())
}

/// An era as JSON: its number, id, name, description, years and paper ids.
pub fn object(catalog: &Catalog, era: usize) -> Value {
    let e = &catalog.eras[era];
    let span = catalog.era_span(era);
    json!({
        "number": era + 1,
        "id": e.id,
        "name": e.name,
        "description": e.description,
        "start_year": span.map(|s| s.0),
        "end_year": span.map(|s| s.1),
        "paper_count": catalog.era_members(era).len(),
        "papers": catalog.era_members(era).iter().map(|&i| &catalog.paper(i).id).collect::<Vec<_>>(),
        "source": catalog.era_source(era),
    })
}

/// Under the eras, when extra catalogs were merged in: one dim line naming each catalog
/// and what it brought (`embedded: 23 papers, 5 eras`).
pub fn sources(out: &mut impl Write, catalog: &Catalog, term: &Term) -> io::Result<()> {
    let sources = catalog.sources();
    if sources.len() < 2 {
        return Ok(());
    }
    let count = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
    writeln!(out)?;
    for source in sources {
        let line = format!(
            "{}: {}, {}",
            clean_line(&source.name),
            count(source.papers, "paper"),
            count(source.eras, "era")
        );
        writeln!(out, "{}", term.palette.dim(&line))?;
    }
    Ok(())
}

/// The columns of an era as a row of CSV, TSV or Markdown.
const COLUMNS: [&str; 8] = [
    "number",
    "id",
    "name",
    "start_year",
    "end_year",
    "paper_count",
    "description",
    "papers",
];

/// Eras as data: JSON, JSON Lines, CSV, TSV, a Markdown table, or their ids.
/// Other formats are the caller's to refuse.
pub fn rows(
    out: &mut impl Write,
    catalog: &Catalog,
    eras: &[usize],
    format: Format,
    cells: Cells,
) -> io::Result<()> {
    let cells = |e: usize| -> [String; 8] {
        let era = &catalog.eras[e];
        let span = catalog.era_span(e);
        let ids: Vec<&str> = catalog
            .era_members(e)
            .iter()
            .map(|&i| catalog.paper(i).id.as_str())
            .collect();
        [
            (e + 1).to_string(),
            era.id.to_string(),
            era.name.to_string(),
            span.map(|s| s.0.to_string()).unwrap_or_default(),
            span.map(|s| s.1.to_string()).unwrap_or_default(),
            ids.len().to_string(),
            era.description.to_string(),
            ids.join("; "),
        ]
        .map(|cell| cells.apply(cell.into()).into_owned())
    };
    match format {
        Format::Json => {
            let objects: Vec<Value> = eras.iter().map(|&e| object(catalog, e)).collect();
            super::json::value(out, &objects)
        }
        Format::Jsonl => eras.iter().try_for_each(|&e| {
            serde_json::to_writer(&mut *out, &object(catalog, e))?;
            out.write_all(b"\n")
        }),
        Format::Csv => {
            let mut writer = csv::Writer::from_writer(&mut *out);
            writer.write_record(COLUMNS).map_err(super::csv::io_error)?;
            for &e in eras {
                writer
                    .write_record(cells(e))
                    .map_err(super::csv::io_error)?;
            }
            writer.flush()
        }
        Format::Tsv => {
            writeln!(out, "{}", COLUMNS.join("\t"))?;
            eras.iter().try_for_each(|&e| {
                let row: Vec<String> = cells(e).iter().map(|c| super::csv::escape_tsv(c)).collect();
                writeln!(out, "{}", row.join("\t"))
            })
        }
        Format::Markdown => {
            writeln!(out, "| # | Era | Years | Papers | Description |")?;
            writeln!(out, "|---:|---|---|---:|---|")?;
            eras.iter().try_for_each(|&e| {
                let era = &catalog.eras[e];
                writeln!(
                    out,
                    "| {} | {} | {} | {} | {} |",
                    e + 1,
                    super::markdown::cell(&era.name),
                    catalog.era_years(e),
                    catalog.era_members(e).len(),
                    super::markdown::cell(&era.description)
                )
            })
        }
        _ => eras
            .iter()
            .try_for_each(|&e| writeln!(out, "{}", catalog.eras[e].id)),
    }
}
