//! Presentations of catalog data, one module per format. Each writes to `&mut impl Write`
//! and never decides what to show: commands hand it the papers, fields and terminal.

pub mod biblatex;
pub mod bibtex;
pub mod card;
mod chunks;
pub mod citation;
pub mod cite;
pub mod csv;
pub mod dot;
pub mod era;
pub mod glyphs;
pub mod json;
pub mod markdown;
pub mod mermaid;
pub mod path;
pub mod plan;
pub mod progress;
pub mod ris;
pub mod search;
pub mod style;
pub mod table;
pub mod timeline;
pub mod tree;
pub mod wrap;

use std::io::{self, Write};

use crate::catalog::{Catalog, Field};
pub use style::{Palette, Term};

/// An output format for a list of papers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// An aligned table for reading (the default for list and sort)
    Table,
    /// A pretty-printed JSON array of paper objects
    Json,
    /// One compact JSON object per line
    Jsonl,
    /// RFC 4180 CSV with a header row
    Csv,
    /// Tab-separated values with a header row; tabs and newlines escaped
    Tsv,
    /// A Markdown table with linked titles
    Markdown,
    /// One paper id per line
    Ids,
    /// BibTeX entries
    Bibtex,
    /// BibLaTeX entries (dates, journaltitle, eprinttype)
    Biblatex,
    /// CSL-JSON items, as Zotero, Mendeley, pandoc and citeproc-js read them
    CslJson,
    /// RIS records, as EndNote and Zotero import them
    Ris,
    /// A Graphviz DOT digraph of the influence links among the papers, clustered by era
    Dot,
    /// A Mermaid flowchart of the influence links among the papers, one subgraph per era
    Mermaid,
}

/// An output format for what a graph view (`lineage`, `path`) shows, instead of drawing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum GraphFormat {
    /// JSON in the view's own shape: the trees of ancestors and descendants, or the chain
    /// with each hop's note
    Json,
    /// A Graphviz DOT digraph of the papers shown and the influence links among them
    Dot,
    /// A Mermaid flowchart of the papers shown and the influence links among them
    Mermaid,
}

impl Format {
    /// The format a file name's extension stands for, if it is one aipapers writes:
    /// `.json`, `.jsonl`, `.csv`, `.tsv`, `.md`, `.bib`, `.dot`/`.gv`, `.mmd`.
    pub fn from_extension(path: &std::path::Path) -> Option<Format> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match extension.as_str() {
            "json" => Format::Json,
            "jsonl" | "ndjson" => Format::Jsonl,
            "csv" => Format::Csv,
            "tsv" => Format::Tsv,
            "md" | "markdown" => Format::Markdown,
            "bib" => Format::Bibtex,
            "dot" | "gv" => Format::Dot,
            "mmd" => Format::Mermaid,
            _ => return None,
        })
    }

    /// Whether `--fields` shapes this format's output.
    pub fn takes_fields(self) -> bool {
        matches!(
            self,
            Format::Table | Format::Json | Format::Jsonl | Format::Csv | Format::Tsv
        )
    }
}

/// Writes papers in a format. `fields` picks columns where the format has them
/// (`None`: the format's own default).
pub fn papers(
    out: &mut impl Write,
    format: Format,
    catalog: &Catalog,
    papers: &[usize],
    fields: Option<&[Field]>,
    term: &Term,
    cells: csv::Cells,
) -> io::Result<()> {
    let all = &Field::ALL[..];
    match format {
        Format::Table => table::papers(out, catalog, papers, fields.unwrap_or(&Field::TABLE), term),
        Format::Json => json::papers(out, catalog, papers, fields.unwrap_or(all)),
        Format::Jsonl => json::lines(out, catalog, papers, fields.unwrap_or(all)),
        Format::Csv => csv::papers(out, catalog, papers, fields.unwrap_or(all), cells),
        Format::Tsv => csv::tsv(out, catalog, papers, fields.unwrap_or(all), cells),
        Format::Markdown => markdown::papers(out, catalog, papers),
        Format::Ids => papers
            .iter()
            .try_for_each(|&i| writeln!(out, "{}", catalog.paper(i).id)),
        Format::Bibtex => bibtex::papers(out, catalog, papers),
        Format::Biblatex => biblatex::papers(out, catalog, papers),
        Format::CslJson => citation::json(out, &citation::items(catalog, papers)),
        Format::Ris => ris::items(out, &citation::items(catalog, papers)),
        Format::Dot => dot::graph(out, catalog, papers),
        Format::Mermaid => mermaid::graph(out, catalog, papers),
    }
}

/// The line `validate` prints for a catalog without problems: what it holds.
pub fn valid(
    out: &mut impl Write,
    name: &str,
    (papers, eras, links): (usize, usize, usize),
    merged_with: Option<&str>,
    width: Option<usize>,
) -> io::Result<()> {
    let merged = merged_with.map_or(String::new(), |base| {
        format!(" (merged with {})", style::clean_line(base))
    });
    let line = format!(
        "{} is valid: {}, {}, {}{merged}",
        style::clean_line(name),
        count(papers, "paper"),
        count(eras, "era"),
        count(links, "link"),
    );
    wrap::fit(&line, width, "  ")
        .iter()
        .try_for_each(|line| writeln!(out, "{line}"))
}

/// "1 paper", "2 papers".
fn count(n: usize, what: &str) -> String {
    format!("{n} {what}{}", if n == 1 { "" } else { "s" })
}

/// Under `validate --pedantic`: the optional fields a paper leaves out.
pub fn missing_fields(
    out: &mut impl Write,
    id: &str,
    missing: &[&str],
    width: Option<usize>,
) -> io::Result<()> {
    let line = format!(
        "paper '{}' has no {}",
        style::clean_line(id),
        missing.join(", ")
    );
    wrap::fit(&line, width, "  ")
        .iter()
        .try_for_each(|line| writeln!(out, "{line}"))
}

/// One dim line summing up the catalog, with a hint for what to type next.
pub fn summary(out: &mut impl Write, catalog: &Catalog, term: &Term) -> io::Result<()> {
    let parts = [
        count(catalog.papers.len(), "paper"),
        count(catalog.eras.len(), "era"),
        format!("catalog updated {}", catalog.updated),
        "`aipapers show <id>` for a card".to_string(),
    ];
    writeln!(out)?;
    for line in wrap::join(&parts, " · ", term.width, "") {
        writeln!(out, "{}", term.palette.dim(&line))?;
    }
    Ok(())
}

/// A URL with each of `reserved` percent-encoded and control characters dropped: what a
/// format's link syntax (Markdown's parentheses, BibTeX's braces) cannot hold verbatim.
pub(crate) fn encode_url(url: &str, reserved: &[char]) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        if reserved.contains(&c) {
            out.push_str(&format!("%{:02X}", u32::from(c)));
        } else if !c.is_control() {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::fixture;
    use std::path::Path;

    #[test]
    fn a_known_extension_names_its_format_in_any_case() {
        let format = |name: &str| Format::from_extension(Path::new(name));
        let known = [
            ("a.json", Format::Json),
            ("a.jsonl", Format::Jsonl),
            ("a.ndjson", Format::Jsonl),
            ("a.csv", Format::Csv),
            ("a.TSV", Format::Tsv),
            ("a.md", Format::Markdown),
            ("a.markdown", Format::Markdown),
            ("dir.d/a.Bib", Format::Bibtex),
            ("a.dot", Format::Dot),
            ("a.gv", Format::Dot),
            ("a.mmd", Format::Mermaid),
        ];
        for (name, expected) in known {
            assert_eq!(format(name), Some(expected), "{name}");
        }
        for name in ["a.txt", "a", "csv", ".csv", "a.csv.gz"] {
            assert_eq!(format(name), None, "{name}");
        }
    }

    #[test]
    fn only_tabular_and_json_formats_take_fields() {
        let taking: Vec<Format> = [
            Format::Table,
            Format::Json,
            Format::Jsonl,
            Format::Csv,
            Format::Tsv,
            Format::Markdown,
            Format::Ids,
            Format::Bibtex,
            Format::Dot,
        ]
        .into_iter()
        .filter(|f| f.takes_fields())
        .collect();
        assert_eq!(
            taking,
            [
                Format::Table,
                Format::Json,
                Format::Jsonl,
                Format::Csv,
                Format::Tsv
            ]
        );
    }

    fn written(write: impl FnOnce(&mut Vec<u8>) -> io::Result<()>) -> String {
        let mut out = Vec::new();
        write(&mut out).expect("a Vec takes every write");
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn papers_are_written_in_the_format_asked_with_its_default_fields() {
        let c = fixture::catalog(&[("a", "2000-01-01", &[]), ("b", "2001-05-01", &["a"])]);
        let plain = Term::plain();
        let cells = csv::Cells::AsIs;
        let ids = written(|o| papers(o, Format::Ids, &c, &[1, 0], None, &plain, cells));
        assert_eq!(ids, "b\na\n");
        let fields = [Field::Id, Field::Year];
        let csv = written(|o| papers(o, Format::Csv, &c, &[0], Some(&fields), &plain, cells));
        assert_eq!(csv, "id,year\na,2000\n");
        let all = written(|o| papers(o, Format::Csv, &c, &[0], None, &plain, cells));
        assert_eq!(
            all.lines().next(),
            Some(Field::ALL.map(Field::key).join(",").as_str())
        );
    }

    #[test]
    fn validate_lines_count_what_a_catalog_holds() {
        let line = |counts, merged, width| written(|o| valid(o, "x.json", counts, merged, width));
        assert_eq!(
            line((2, 1, 3), None, None),
            "x.json is valid: 2 papers, 1 era, 3 links\n"
        );
        assert_eq!(
            line((1, 2, 1), Some("the embedded catalog"), None),
            "x.json is valid: 1 paper, 2 eras, 1 link (merged with the embedded catalog)\n"
        );
        assert_eq!(
            line((1, 2, 0), None, Some(30)),
            "x.json is valid: 1 paper, 2\n  eras, 0 links\n"
        );
        assert_eq!(
            written(|o| missing_fields(o, "p", &["why", "tldr"], None)),
            "paper 'p' has no why, tldr\n"
        );
    }

    #[test]
    fn the_summary_line_counts_papers_and_eras() {
        let c = fixture::catalog(&[("a", "2000-01-01", &[])]);
        assert_eq!(
            written(|o| summary(o, &c, &Term::plain())),
            "\n1 paper · 1 era · catalog updated 2026-06-03 · `aipapers show <id>` for a card\n"
        );
    }
}
