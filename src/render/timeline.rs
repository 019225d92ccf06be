//! The timeline: papers oldest first on a vertical rail, in era bands, each paper with the
//! papers that fed it, and long empty stretches of years folded into one marked line.

use std::io::{self, Write};

use serde_json::{Value, json};

use super::Term;
use super::glyphs::{Glyphs, shorten, width};
use crate::catalog::Catalog;

/// Stretches of more years than this between two papers fold into one line.
pub const LONGEST_OPEN_GAP: i64 = 3;

/// One line (or block) of the timeline, decided before any drawing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// An era begins: its band and description. `first` has no rail above it.
    Band { era: usize, first: bool },
    /// A bare stretch of rail: a year without papers, or room before a band.
    Rail { era: usize },
    /// A long stretch of years without papers, folded into one line.
    Gap { era: usize, years: i64 },
    /// A paper, by index.
    Paper(usize),
}

/// The rows for papers given oldest first.
pub fn rows(catalog: &Catalog, papers: &[usize]) -> Vec<Row> {
    let mut rows = Vec::with_capacity(papers.len() * 2 + 2);
    let mut previous: Option<usize> = None;
    for &paper in papers {
        let era = catalog.era_of(paper);
        match previous {
            None => rows.push(Row::Band { era, first: true }),
            Some(before) => {
                let before_era = catalog.era_of(before);
                let years =
                    i64::from(catalog.paper(paper).year) - i64::from(catalog.paper(before).year);
                if years > LONGEST_OPEN_GAP {
                    rows.push(Row::Gap {
                        era: before_era,
                        years,
                    });
                } else {
                    // One bare line per year that had no paper keeps short gaps to scale.
                    for _ in 1..years {
                        rows.push(Row::Rail { era: before_era });
                    }
                }
                if era != before_era {
                    rows.push(Row::Rail { era: before_era });
                    rows.push(Row::Band { era, first: false });
                }
            }
        }
        rows.push(Row::Paper(paper));
        previous = Some(paper);
    }
    rows
}

/// The characters the timeline is drawn with.
pub struct Rail {
    pub line: &'static str,
    pub marker: &'static str,
    pub gap: &'static str,
    pub band: &'static str,
    pub band_start: &'static str,
    pub band_cross: &'static str,
}

impl Rail {
    pub fn new(glyphs: Glyphs) -> Rail {
        if glyphs.ascii {
            Rail {
                line: "|",
                marker: "*",
                gap: ":",
                band: "=",
                band_start: "+",
                band_cross: "+",
            }
        } else {
            Rail {
                line: "│",
                marker: "●",
                gap: "┆",
                band: "━",
                band_start: "┯",
                band_cross: "┿",
            }
        }
    }
}

/// Draws the timeline of papers given oldest first.
pub fn write(
    out: &mut impl Write,
    catalog: &Catalog,
    papers: &[usize],
    term: &Term,
    glyphs: Glyphs,
) -> io::Result<()> {
    let year_width = papers
        .iter()
        .map(|&i| catalog.paper(i).year.to_string().len())
        .max()
        .unwrap_or(0)
        .max(4);
    let drawer = Drawer {
        catalog,
        term,
        glyphs,
        rail: Rail::new(glyphs),
        year_width,
    };
    for row in rows(catalog, papers) {
        match row {
            Row::Band { era, first } => drawer.band(out, era, first)?,
            Row::Rail { era } => drawer.bare(out, era)?,
            Row::Gap { era, years } => drawer.gap(out, era, years)?,
            Row::Paper(paper) => drawer.paper(out, paper)?,
        }
    }
    Ok(())
}

struct Drawer<'a> {
    catalog: &'a Catalog,
    term: &'a Term,
    glyphs: Glyphs,
    rail: Rail,
    year_width: usize,
}

impl Drawer<'_> {
    /// Spaces up to the rail's column.
    fn indent(&self) -> String {
        " ".repeat(self.year_width + 2)
    }

    /// Where text starts on a line, after the rail.
    fn text_column(&self) -> usize {
        self.year_width + 5
    }

    /// How wide bands and prose run: the terminal (up to 100 columns), or 80 in a pipe.
    fn band_width(&self) -> usize {
        self.term.width.map_or(80, |w| w.min(100))
    }

    fn bare(&self, out: &mut impl Write, era: usize) -> io::Result<()> {
        let pal = &self.term.palette;
        writeln!(out, "{}{}", self.indent(), pal.era(era, self.rail.line))
    }

    fn gap(&self, out: &mut impl Write, era: usize, years: i64) -> io::Result<()> {
        let pal = &self.term.palette;
        writeln!(
            out,
            "{}{}  {}",
            self.indent(),
            pal.era(era, self.rail.gap),
            pal.dim(&format!("{years} years"))
        )
    }

    fn band(&self, out: &mut impl Write, era: usize, first: bool) -> io::Result<()> {
        let pal = &self.term.palette;
        let (catalog, glyphs, rail) = (self.catalog, self.glyphs, &self.rail);
        let head = format!(
            "{}{}{} ",
            rail.band.repeat(self.year_width + 2),
            if first {
                rail.band_start
            } else {
                rail.band_cross
            },
            rail.band.repeat(2)
        );
        let dot = glyphs.dot();
        let number = format!("{}{dot}", era + 1);
        let years = format!("{dot}{}", glyphs.text(&catalog.era_years(era)));
        let name = glyphs.text(&catalog.eras[era].name);
        // Only the name is shortened to fit: the number and the years stay whole.
        let room = self.term.width.map_or(usize::MAX, |w| {
            w.saturating_sub(width(&head) + width(&number) + width(&years) + 3)
        });
        // Too little room for a word of the name: the number and the years alone.
        let title = if room < width(glyphs.ellipsis()) + 3 && width(&name) > room {
            format!("{}{dot}{}", era + 1, glyphs.text(&catalog.era_years(era)))
        } else {
            format!("{number}{}{years}", shorten(&name, room, glyphs.ellipsis()))
        };
        let fill = self
            .band_width()
            .saturating_sub(width(&head) + width(&title) + 1)
            .max(2);
        let line = format!("{head}{title} {}", rail.band.repeat(fill));
        writeln!(out, "{}", pal.era(era, &pal.title(&line)))?;

        let prose =
            super::wrap::options(self.band_width().saturating_sub(self.text_column()).max(20));
        let rail_here = pal.era(era, rail.line);
        let description = glyphs.text(&catalog.eras[era].description);
        for line in super::wrap::wrap(&description, prose) {
            writeln!(out, "{}{rail_here}  {}", self.indent(), pal.dim(&line))?;
        }
        writeln!(out, "{}{rail_here}", self.indent())
    }

    fn paper(&self, out: &mut impl Write, paper: usize) -> io::Result<()> {
        let pal = &self.term.palette;
        let glyphs = self.glyphs;
        let p = self.catalog.paper(paper);
        let era = self.catalog.era_of(paper);
        let year = format!("{:>w$}", p.year, w = self.year_width);
        let marker = pal.era(era, self.rail.marker);
        let name = glyphs.text(&p.name);
        // A user's paper may have no `why`: then no dash either.
        let dash = if p.why.is_empty() { "" } else { glyphs.dash() };
        let why = glyphs.text(&p.why);
        let sources: Vec<String> = self
            .catalog
            .builds_on(paper)
            .iter()
            .map(|&i| glyphs.text(&self.catalog.paper(i).id))
            .collect();
        let links = if sources.is_empty() {
            String::new()
        } else {
            format!("  {} {}", glyphs.back_arrow(), sources.join(", "))
        };

        // A line too long for the terminal wraps beside the rail: nothing is cut.
        if let Some(w) = self.term.width {
            let room = w.saturating_sub(self.text_column());
            if width(&name) + width(dash) + width(&why) + width(&links) > room {
                let body = format!("{name}{dash}{why}");
                let continued = format!("{}{}  ", self.indent(), pal.era(era, self.rail.line));
                let mut lines = super::wrap::fit(&body, Some(room), "");
                // The arrow and the ids it points to stay together.
                if !links.is_empty() {
                    let last = lines.pop().unwrap_or_default();
                    if width(&last) + width(&links) <= room {
                        lines.push(format!("{last}{links}").into());
                    } else {
                        lines.push(last);
                        lines.extend(super::wrap::fit(links.trim_start(), Some(room), "  "));
                    }
                }
                for (n, line) in lines.iter().enumerate() {
                    if n == 0 {
                        writeln!(out, "{}  {marker}  {line}", pal.year(&year))?;
                    } else {
                        writeln!(out, "{continued}{line}")?;
                    }
                }
                return Ok(());
            }
        }
        writeln!(
            out,
            "{}  {marker}  {}{dash}{why}{}",
            pal.year(&year),
            pal.title(&name),
            if links.is_empty() {
                String::new()
            } else {
                pal.dim(&links)
            }
        )
    }
}

/// The timeline as data: one event per paper, in order, with its links both ways.
pub fn events(catalog: &Catalog, papers: &[usize]) -> Value {
    let ids = |list: &[usize]| -> Vec<String> {
        list.iter()
            .map(|&i| catalog.paper(i).id.to_string())
            .collect()
    };
    papers
        .iter()
        .map(|&i| {
            let p = catalog.paper(i);
            json!({
                "era": catalog.eras[catalog.era_of(i)].id,
                "year": p.year,
                "id": p.id,
                "name": p.name,
                "builds_on": ids(catalog.builds_on(i)),
                "led_to": ids(catalog.led_to(i)),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::fixture;
    use crate::render::Palette;

    // Two eras; 2001 -> 2003 leaves one empty year, 2003 -> 2010 a long gap.
    fn history() -> Catalog {
        fixture::with_eras(
            &["old", "new"],
            &[
                ("a", "2000-01-01", &[], "old"),
                ("b", "2001-01-01", &["a"], "old"),
                ("c", "2003-01-01", &["a", "b"], "old"),
                ("d", "2010-01-01", &["c"], "new"),
                ("e", "2010-06-01", &[], "new"),
            ],
        )
    }

    fn all(catalog: &Catalog) -> Vec<usize> {
        (0..catalog.papers.len()).collect()
    }

    fn draw(catalog: &Catalog, width: Option<usize>, glyphs: Glyphs) -> String {
        let term = Term {
            palette: Palette::PLAIN,
            width,
        };
        let mut out = Vec::new();
        write(&mut out, catalog, &all(catalog), &term, glyphs).expect("writes to a Vec");
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn short_gaps_keep_a_line_per_empty_year_and_long_ones_fold() {
        let c = history();
        assert_eq!(
            rows(&c, &all(&c)),
            [
                Row::Band {
                    era: 0,
                    first: true
                },
                Row::Paper(0),
                Row::Paper(1),
                Row::Rail { era: 0 },
                Row::Paper(2),
                Row::Gap { era: 0, years: 7 },
                Row::Rail { era: 0 },
                Row::Band {
                    era: 1,
                    first: false
                },
                Row::Paper(3),
                Row::Paper(4),
            ]
        );
    }

    #[test]
    fn a_gap_of_exactly_the_limit_stays_open() {
        let c = fixture::catalog(&[("a", "2000-01-01", &[]), ("b", "2003-01-01", &[])]);
        let rows = rows(&c, &all(&c));
        assert_eq!(
            rows.iter()
                .filter(|r| matches!(r, Row::Rail { .. }))
                .count(),
            2
        );
        assert!(!rows.iter().any(|r| matches!(r, Row::Gap { .. })));
    }

    #[test]
    fn no_papers_draw_nothing() {
        let c = history();
        assert!(rows(&c, &[]).is_empty());
    }

    #[test]
    fn papers_show_their_sources_and_gaps_their_length() {
        let text = draw(&history(), None, Glyphs::UNICODE);
        let lines: Vec<&str> = text.lines().collect();
        // In a pipe, bands run to 80 columns.
        let band = |head: &str| format!("{head}{}", "━".repeat(80 - width(head)));
        assert_eq!(
            lines,
            [
                &band("━━━━━━┯━━ 1 · OLD · 2000–2003 "),
                "      │  The old era.",
                "      │",
                "2000  ●  A — a matters.",
                "2001  ●  B — b matters.  ← a",
                "      │",
                "2003  ●  C — c matters.  ← a, b",
                "      ┆  7 years",
                "      │",
                &band("━━━━━━┿━━ 2 · NEW · 2010 "),
                "      │  The new era.",
                "      │",
                "2010  ●  D — d matters.  ← c",
                "2010  ●  E — e matters.",
            ]
        );
    }

    #[test]
    fn ascii_timeline_is_seven_bit() {
        let text = draw(&history(), None, Glyphs::ASCII);
        assert!(text.is_ascii(), "{text}");
        assert!(text.contains("2001  *  B - b matters.  <- a\n"));
        assert!(text.contains("      :  7 years\n"));
        assert!(text.starts_with("======+== 1 - OLD - 2000-2003 ="));
    }

    #[test]
    fn a_narrow_terminal_wraps_the_why_line_beside_the_rail() {
        let mut c = history();
        c.papers[2].why = "A long sentence about why c matters, far too long to fit.".into();
        for glyphs in [Glyphs::UNICODE, Glyphs::ASCII] {
            for columns in [12, 24, 30, 40, 60] {
                let text = draw(&c, Some(columns), glyphs);
                let rail_marks = ["│", "●", "┆", "┿", "┯", "|", "*", ":", "+"];
                for line in text.lines() {
                    let at_rail: String = line.chars().skip(6).take(1).collect();
                    assert!(
                        rail_marks.contains(&at_rail.as_str()),
                        "rail broken at {columns} columns: {line:?}"
                    );
                    if columns >= 30 {
                        assert!(width(line) <= columns, "too wide: {line:?}");
                    }
                }
            }
        }
        let text = draw(&c, Some(40), Glyphs::UNICODE);
        assert!(
            text.contains(
                "2003  ●  C — A long sentence about why c\n      │  matters, far too long to fit.\n      │  ← a, b\n"
            ),
            "{text}"
        );
        assert!(!text.contains('…'), "{text}");
    }

    #[test]
    fn a_pipe_keeps_the_whole_why_line() {
        let mut c = history();
        let long = "word ".repeat(40);
        c.papers[0].why = long.trim().to_string().into();
        let text = draw(&c, None, Glyphs::UNICODE);
        assert!(text.contains(long.trim()));
        assert!(!text.contains('…'));
    }

    #[test]
    fn events_carry_links_both_ways() {
        let c = history();
        let events = events(&c, &[2]);
        assert_eq!(
            events,
            json!([{
                "era": "old", "year": 2003, "id": "c", "name": "C",
                "builds_on": ["a", "b"], "led_to": ["d"],
            }])
        );
    }
}
