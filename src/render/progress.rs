//! The reader's progress: read and total per era with a bar, what to read next, and what
//! `read` and `unread` changed.

use std::io::{self, Write};

use serde_json::json;

use super::Term;
use super::style::clean_line;
use crate::catalog::Catalog;

/// How many of an era's papers are read.
pub struct EraCount {
    pub era: usize,
    pub read: usize,
    pub total: usize,
}

/// Everything `progress` shows.
pub struct Report<'a> {
    pub eras: Vec<EraCount>,
    /// What to read next, oldest first.
    pub next: Vec<usize>,
    /// The papers read, oldest first, with the day each was marked.
    pub read: Vec<(usize, &'a str)>,
    /// Marked ids the catalog does not have.
    pub unknown: &'a [String],
}

/// How many papers `progress` lists under "Next"; JSON has them all.
const NEXT_SHOWN: usize = 5;
/// The width of a bar, in cells.
const BAR: usize = 20;

fn bar(read: usize, total: usize) -> String {
    let filled = (read * BAR).checked_div(total).unwrap_or(0);
    let percent = (read * 100).checked_div(total).unwrap_or(0);
    format!(
        "{}{} {percent:>3}%",
        "█".repeat(filled),
        "░".repeat(BAR - filled)
    )
}

pub fn text(
    out: &mut impl Write,
    catalog: &Catalog,
    report: &Report,
    term: &Term,
) -> io::Result<()> {
    let pal = &term.palette;
    let header = ["Era", "Read", "Progress"].map(|h| pal.label(h));
    let (read, total) = report
        .eras
        .iter()
        .fold((0, 0), |(r, t), e| (r + e.read, t + e.total));
    let rows = report
        .eras
        .iter()
        .map(|e| {
            vec![
                pal.era(e.era, &clean_line(&catalog.eras[e.era].name)),
                format!("{}/{}", e.read, e.total),
                bar(e.read, e.total),
            ]
        })
        .chain(std::iter::once(vec![
            "All".to_string(),
            format!("{read}/{total}"),
            bar(read, total),
        ]));
    use super::table::{Column, Fit};
    let columns = [
        Column::NAME,
        Column::new(Fit::Whole, 7),
        Column::new(Fit::Whole, 5),
    ];
    super::table::write(out, &columns, header, rows, term)?;
    writeln!(out)?;
    if report.next.is_empty() {
        writeln!(out, "Every paper is read.")?;
    } else {
        writeln!(out, "{}", pal.heading("Next, oldest first:"))?;
        let rows = report.next.iter().take(NEXT_SHOWN).map(|&p| {
            let paper = catalog.paper(p);
            vec![
                pal.id(&clean_line(&paper.id)),
                pal.year(&paper.year.to_string()),
                clean_line(&paper.name),
            ]
        });
        let mut lines = Vec::new();
        let columns = [Column::ID, Column::YEAR, Column::NAME];
        // Two columns of indent come off the width.
        let indented = Term {
            width: term.width.map(|w| w.saturating_sub(2)),
            ..*term
        };
        super::table::write(&mut lines, &columns, Vec::<String>::new(), rows, &indented)?;
        // Indented under the heading; the headerless table starts with an empty line.
        for line in String::from_utf8_lossy(&lines)
            .lines()
            .filter(|l| !l.is_empty())
        {
            writeln!(out, "  {line}")?;
        }
        if report.next.len() > NEXT_SHOWN {
            writeln!(out, "  and {} more", report.next.len() - NEXT_SHOWN)?;
        }
    }
    if !report.unknown.is_empty() {
        let ids: Vec<String> = report.unknown.iter().map(|id| clean_line(id)).collect();
        writeln!(
            out,
            "\nKept {} mark{} for papers this catalog does not have: {}",
            ids.len(),
            if ids.len() == 1 { "" } else { "s" },
            ids.join(", ")
        )?;
    }
    Ok(())
}

pub fn json(out: &mut impl Write, catalog: &Catalog, report: &Report) -> io::Result<()> {
    let id = |p: usize| catalog.paper(p).id.as_str();
    let value = json!({
        "eras": report.eras.iter().map(|e| json!({
            "id": catalog.eras[e.era].id.as_str(),
            "name": catalog.eras[e.era].name.as_str(),
            "read": e.read,
            "total": e.total,
        })).collect::<Vec<_>>(),
        "read": report.read.iter().map(|&(p, date)| json!({"id": id(p), "date": date})).collect::<Vec<_>>(),
        "next": report.next.iter().map(|&p| id(p)).collect::<Vec<_>>(),
        "unknown": report.unknown,
    });
    super::json::value(out, &value)
}

/// What `read` or `unread` did: the ids it changed, those it found as they were already,
/// and the count of papers read after it.
pub fn marked(
    out: &mut impl Write,
    ids: &[&str],
    changed: &[&str],
    done: &str,
    already: &str,
    read: usize,
    total: usize,
) -> io::Result<()> {
    let clean = |list: Vec<&str>| {
        list.into_iter()
            .map(clean_line)
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut same: Vec<&str> = ids
        .iter()
        .copied()
        .filter(|id| !changed.contains(id))
        .collect();
    same.dedup();
    if !changed.is_empty() {
        writeln!(out, "{done}: {}", clean(changed.to_vec()))?;
    }
    if !same.is_empty() {
        writeln!(out, "{already}: {}", clean(same))?;
    }
    writeln!(out, "{read} of {total} papers read")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_fill_in_proportion_and_an_empty_era_is_empty() {
        assert_eq!(
            bar(0, 4),
            format!("{} 0%", "░".repeat(20)).replace(" 0%", "   0%")
        );
        assert_eq!(
            bar(1, 4),
            format!("{}{}  25%", "█".repeat(5), "░".repeat(15))
        );
        assert_eq!(bar(4, 4), format!("{} 100%", "█".repeat(20)));
        assert_eq!(bar(0, 0), format!("{}   0%", "░".repeat(20)));
    }

    #[test]
    fn marking_reports_changes_and_the_unchanged_separately() {
        let mut out = Vec::new();
        marked(
            &mut out,
            &["a", "b", "c"],
            &["a", "c"],
            "read",
            "already read",
            4,
            9,
        )
        .expect("written");
        assert_eq!(
            String::from_utf8(out).expect("UTF-8"),
            "read: a, c\nalready read: b\n4 of 9 papers read\n"
        );
    }
}
