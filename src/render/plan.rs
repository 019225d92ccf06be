//! Reading plans: a numbered table, a Markdown checklist, JSON, CSV or bare ids.

use std::io::{self, Write};

use serde::Serialize;

use super::Term;
use super::csv::Cells;
use super::markdown::cell;
use super::style::clean_line;
use crate::catalog::Catalog;
use crate::catalog::plan::Step;

/// How to print a plan.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum PlanFormat {
    /// A numbered table: step, year, paper, id, why it matters, and the steps it builds on
    #[default]
    Table,
    /// A JSON array of steps, each with `builds_on` limited to the plan's papers
    Json,
    /// A Markdown checklist (`- [ ] …`) for a notes file
    Markdown,
    /// One paper id per line, in reading order
    Ids,
    /// CSV with a header row: step, id, year, name, why, builds_on, read
    Csv,
}

impl PlanFormat {
    /// The format a file name's extension stands for, if a plan can be written in it:
    /// `.json`, `.md`, `.csv`.
    pub fn from_extension(path: &std::path::Path) -> Option<PlanFormat> {
        match super::Format::from_extension(path)? {
            super::Format::Json => Some(PlanFormat::Json),
            super::Format::Markdown => Some(PlanFormat::Markdown),
            super::Format::Csv => Some(PlanFormat::Csv),
            _ => None,
        }
    }
}

/// The steps to show (indices into the plan; a `--read`/`--unread` filter may hide some),
/// and which papers are read: `None` when nothing is marked, so no ✓ column appears.
pub struct Shown<'a> {
    pub steps: &'a [Step],
    pub indices: &'a [usize],
    pub read: Option<&'a [bool]>,
}

impl Shown<'_> {
    fn rows(&self) -> impl Iterator<Item = (usize, &Step)> {
        self.indices.iter().map(|&i| (i, &self.steps[i]))
    }

    fn is_read(&self, paper: usize) -> bool {
        self.read
            .is_some_and(|r| r.get(paper).copied().unwrap_or(false))
    }
}

pub fn write(
    out: &mut impl Write,
    format: PlanFormat,
    catalog: &Catalog,
    shown: &Shown,
    term: &Term,
    cells: Cells,
) -> io::Result<()> {
    match format {
        PlanFormat::Table => table(out, catalog, shown, term),
        PlanFormat::Json => json(out, catalog, shown),
        PlanFormat::Markdown => markdown(out, catalog, shown),
        PlanFormat::Ids => shown
            .rows()
            .try_for_each(|(_, s)| writeln!(out, "{}", catalog.paper(s.paper).id)),
        PlanFormat::Csv => csv(out, catalog, shown, cells),
    }
}

/// Step numbers as people count them, from 1: "1, 4".
fn numbers(after: &[usize]) -> String {
    after
        .iter()
        .map(|i| (i + 1).to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn table(out: &mut impl Write, catalog: &Catalog, shown: &Shown, term: &Term) -> io::Result<()> {
    let pal = &term.palette;
    let mark = shown.read.is_some();
    let mut header: Vec<&str> = Vec::new();
    if mark {
        header.push("✓");
    }
    header.extend(["#", "Year", "Paper", "ID", "Why", "After"]);
    let rows = shown.rows().map(|(i, step)| {
        let p = catalog.paper(step.paper);
        let mut cells = Vec::with_capacity(7);
        if mark {
            cells.push(if shown.is_read(step.paper) { "✓" } else { "" }.to_string());
        }
        cells.extend([
            (i + 1).to_string(),
            pal.year(&p.year.to_string()),
            clean_line(&p.name),
            pal.id(&clean_line(&p.id)),
            clean_line(&p.why),
            numbers(&step.after),
        ]);
        cells
    });
    use super::table::{Column, Fit};
    let columns: Vec<Column> = mark
        .then_some(Column::CHECK)
        .into_iter()
        .chain([
            Column::new(Fit::Whole, 3),
            Column::YEAR,
            Column::NAME,
            Column::ID,
            Column::PROSE,
            Column::new(Fit::Label, 2),
        ])
        .collect();
    let header = header.into_iter().map(|h| pal.label(h));
    super::table::write(out, &columns, header, rows, term)
}

fn markdown(out: &mut impl Write, catalog: &Catalog, shown: &Shown) -> io::Result<()> {
    for (i, step) in shown.rows() {
        let p = catalog.paper(step.paper);
        let check = if shown.is_read(step.paper) { 'x' } else { ' ' };
        write!(
            out,
            "- [{check}] {}. **{}** ({}, `{}`){}",
            i + 1,
            cell(&p.name),
            p.year,
            clean_line(&p.id).replace('`', "'"),
            if p.why.is_empty() {
                ".".to_string()
            } else {
                format!(": {}", cell(&p.why))
            }
        )?;
        if !step.after.is_empty() {
            write!(out, " After {}.", numbers(&step.after))?;
        }
        writeln!(out)?;
    }
    Ok(())
}

/// A step as JSON and CSV describe it.
#[derive(Serialize)]
struct Row<'c> {
    step: usize,
    id: &'c str,
    name: &'c str,
    title: &'c str,
    year: i32,
    date: &'c str,
    era: &'c str,
    why: &'c str,
    builds_on: Vec<&'c str>,
    read: bool,
}

fn rows<'c>(catalog: &'c Catalog, shown: &Shown) -> Vec<Row<'c>> {
    shown
        .rows()
        .map(|(i, step)| {
            let p = catalog.paper(step.paper);
            Row {
                step: i + 1,
                id: &p.id,
                name: &p.name,
                title: &p.title,
                year: p.year,
                date: p.known_date(),
                era: &p.era,
                why: &p.why,
                builds_on: step
                    .after
                    .iter()
                    .map(|&a| catalog.paper(shown.steps[a].paper).id.as_str())
                    .collect(),
                read: shown.is_read(step.paper),
            }
        })
        .collect()
}

fn json(out: &mut impl Write, catalog: &Catalog, shown: &Shown) -> io::Result<()> {
    super::json::value(out, &rows(catalog, shown))
}

fn csv(out: &mut impl Write, catalog: &Catalog, shown: &Shown, cells: Cells) -> io::Result<()> {
    let mut writer = csv::Writer::from_writer(&mut *out);
    let io = super::csv::io_error;
    writer
        .write_record(["step", "id", "year", "name", "why", "builds_on", "read"])
        .map_err(io)?;
    for row in rows(catalog, shown) {
        writer
            .write_record(
                [
                    row.step.to_string().as_str(),
                    row.id,
                    row.year.to_string().as_str(),
                    row.name,
                    row.why,
                    row.builds_on
                        .join(crate::catalog::model::LIST_SEPARATOR)
                        .as_str(),
                    if row.read { "true" } else { "false" },
                ]
                .map(|cell| cells.apply(cell.into()).into_owned()),
            )
            .map_err(io)?;
    }
    writer.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::fixture;
    use crate::catalog::plan::{PlanRequest, plan};

    fn render(format: PlanFormat, read: Option<&[bool]>) -> String {
        let g = fixture::catalog(&[
            ("a", "2000-01-01", &[]),
            ("b", "2001-01-01", &["a"]),
            ("c", "2002-01-01", &["a", "b"]),
        ]);
        let steps = plan(
            &g,
            &PlanRequest {
                targets: vec![2],
                ..Default::default()
            },
        );
        let indices: Vec<usize> = (0..steps.len()).collect();
        let shown = Shown {
            steps: &steps,
            indices: &indices,
            read,
        };
        let mut out = Vec::new();
        write(&mut out, format, &g, &shown, &Term::plain(), Cells::AsIs).expect("written");
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn markdown_is_a_checklist_with_read_papers_ticked() {
        assert_eq!(
            render(PlanFormat::Markdown, Some(&[true, false, false])),
            "- [x] 1. **A** (2000, `a`): a matters.\n\
             - [ ] 2. **B** (2001, `b`): b matters. After 1.\n\
             - [ ] 3. **C** (2002, `c`): c matters. After 1, 2.\n"
        );
    }

    #[test]
    fn the_table_has_a_check_column_only_when_something_is_read() {
        let plain = render(PlanFormat::Table, None);
        assert!(
            plain.starts_with("#  Year  Paper  ID  Why         After\n"),
            "{plain}"
        );
        let marked = render(PlanFormat::Table, Some(&[false, true, false]));
        assert_eq!(
            marked.lines().nth(2),
            Some("✓  2  2001  B      b   b matters.  1")
        );
    }

    #[test]
    fn json_and_csv_name_the_papers_each_step_builds_on() {
        let json: serde_json::Value =
            serde_json::from_str(&render(PlanFormat::Json, None)).expect("JSON");
        assert_eq!(json[2]["builds_on"], serde_json::json!(["a", "b"]));
        assert_eq!(json[2]["step"], 3);
        let csv = render(PlanFormat::Csv, None);
        assert_eq!(csv.lines().nth(3), Some("3,c,2002,C,c matters.,a; b,false"));
    }
}
