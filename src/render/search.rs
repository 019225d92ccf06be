//! Search results: a ranked table with a snippet around each paper's best match, and
//! JSON objects that carry their score and matched fields.

use std::io::{self, Write};
use std::ops::Range;

use serde_json::{Value, json};

use super::Term;
use super::style::clean_line;
use crate::catalog::search::Hit;
use crate::catalog::{Catalog, Field};

/// The longest snippet, in characters (plus the "…" on cut ends).
const SNIPPET: usize = 60;
/// How much of the text before the match a snippet keeps, at most, in characters.
const LEAD: usize = 20;

/// A table of hits, best first: id, year, name, and the snippet with matches highlighted.
/// `read`, when given, adds a ✓ column for the papers read.
pub fn table(
    out: &mut impl Write,
    catalog: &Catalog,
    hits: &[Hit],
    read: Option<&[bool]>,
    term: &Term,
) -> io::Result<()> {
    let pal = &term.palette;
    let check = read.map(|_| super::table::CHECK);
    let header = check
        .into_iter()
        .chain(["ID", "Year", "Name", "Match"])
        .map(|h| pal.label(h));
    let rows = hits.iter().map(|hit| {
        let p = catalog.paper(hit.paper);
        let text = hit.best.field.text(p);
        let snippet: String = snippet(&text, &hit.best.range, &hit.marks, SNIPPET)
            .into_iter()
            .map(|(piece, marked)| {
                let piece = clean_line(piece);
                if marked { pal.highlight(&piece) } else { piece }
            })
            .collect();
        let cells = [
            pal.id(&clean_line(&p.id)),
            pal.year(&p.year.to_string()),
            // The name in its era's colour, as the era column of a listing, and a link to
            // the paper where the terminal takes links, as a listing's name is.
            pal.era(
                catalog.era_of(hit.paper),
                &pal.hyperlink(&p.url, &clean_line(&p.name)),
            ),
            format!("{}: {snippet}", hit.best.field.key()),
        ];
        read.map(|r| super::table::check_cell(r, hit.paper))
            .into_iter()
            .chain(cells)
            .collect::<Vec<_>>()
    });
    use super::table::Column;
    let columns: Vec<Column> = read
        .map(|_| Column::CHECK)
        .into_iter()
        .chain([Column::ID, Column::YEAR, Column::NAME, Column::PROSE])
        .collect();
    super::table::write(out, &columns, header, rows, term)
}

/// A pretty JSON array of full paper objects, each with its `score` and `matched` fields.
pub fn json(out: &mut impl Write, catalog: &Catalog, hits: &[Hit]) -> io::Result<()> {
    let objects: Vec<Value> = hits
        .iter()
        .map(|hit| {
            let mut object = Field::object(&Field::ALL, catalog, hit.paper);
            if let Value::Object(map) = &mut object {
                map.insert("score".into(), json!(hit.score));
                let matched: Vec<&str> = hit.matched.iter().map(|f| f.key()).collect();
                map.insert("matched".into(), json!(matched));
            }
            object
        })
        .collect();
    super::json::value(out, &objects)
}

/// A window of at most `width` characters of `text` around `best`, as pieces that are
/// marked (inside one of `marks`) or not, with "…" where the text was cut. The window
/// starts a little before the match, at a word boundary, and ends at one when it can.
pub fn snippet<'t>(
    text: &'t str,
    best: &Range<usize>,
    marks: &[Range<usize>],
    width: usize,
) -> Vec<(&'t str, bool)> {
    let (mut start, mut end) = (0, text.len());
    if text.chars().count() > width {
        let before: Vec<usize> = text[..best.start].char_indices().map(|(i, _)| i).collect();
        start = before.len().checked_sub(LEAD).map_or(0, |n| before[n]);
        if start > 0
            && let Some((i, c)) = text[start..best.start]
                .char_indices()
                .find(|(_, c)| c.is_whitespace())
        {
            start += i + c.len_utf8();
        }
        end = text[start..]
            .char_indices()
            .nth(width)
            .map_or(text.len(), |(i, _)| start + i);
        if end < text.len() && !text[end..].starts_with(char::is_whitespace) {
            if best.end < end {
                if let Some(i) = text[best.end..end].rfind(char::is_whitespace) {
                    end = best.end + i;
                }
            } else {
                end = best.end;
            }
        }
    }
    let cut_start = start > 0;
    let cut_end = end < text.len();
    let window = &text[start..end];
    start += window.len() - window.trim_start().len();
    let window = &text[start..end];
    end = start
        + if cut_end {
            window.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':'))
        } else {
            window.trim_end()
        }
        .len();

    let mut pieces = Vec::new();
    if cut_start {
        pieces.push(("…", false));
    }
    let mut pos = start;
    for mark in marks {
        let (from, to) = (mark.start.max(start), mark.end.min(end));
        if from >= to || from < pos {
            continue;
        }
        if from > pos {
            pieces.push((&text[pos..from], false));
        }
        pieces.push((&text[from..to], true));
        pos = to;
    }
    if pos < end {
        pieces.push((&text[pos..end], false));
    }
    if cut_end {
        pieces.push(("…", false));
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(pieces: &[(&str, bool)]) -> String {
        pieces
            .iter()
            .map(|(p, m)| if *m { format!("[{p}]") } else { p.to_string() })
            .collect()
    }

    fn range_of(text: &str, word: &str) -> Range<usize> {
        let at = text.find(word).expect("the word is in the text");
        at..at + word.len()
    }

    #[test]
    fn short_text_is_shown_whole_with_marks() {
        let text = "Deep Residual Learning for Image Recognition";
        let best = range_of(text, "Residual");
        let marks = [best.clone(), range_of(text, "Image")];
        assert_eq!(
            render(&snippet(text, &best, &marks, 60)),
            "Deep [Residual] Learning for [Image] Recognition"
        );
    }

    #[test]
    fn long_text_is_cut_at_words_around_the_match() {
        let text = "one two three four five six seven eight nine ten eleven twelve";
        let best = range_of(text, "seven");
        let got = render(&snippet(text, &best, std::slice::from_ref(&best), 25));
        assert_eq!(got, "…four five six [seven] eight…");
    }

    #[test]
    fn a_match_at_the_start_has_no_leading_ellipsis() {
        let text = "alpha beta gamma delta epsilon zeta eta theta";
        let best = range_of(text, "alpha");
        let got = render(&snippet(text, &best, std::slice::from_ref(&best), 20));
        assert_eq!(got, "[alpha] beta gamma…");
    }

    #[test]
    fn multibyte_text_is_cut_on_character_boundaries() {
        let text = "ééééééééééééééééééééééééé Łukasz ééééééééééééééééééééé";
        let best = range_of(text, "Łukasz");
        let got = render(&snippet(text, &best, std::slice::from_ref(&best), 30));
        assert_eq!(got, "…[Łukasz] ééééééééééééééééééééé");
        let text = "ééééé Łukasz éééééééééééééééééééééééééééééé ééé";
        let best = range_of(text, "Łukasz");
        let got = render(&snippet(text, &best, std::slice::from_ref(&best), 20));
        assert_eq!(got, "ééééé [Łukasz]…");
    }

    #[test]
    fn cut_ends_drop_list_separators() {
        let text = "Ada Lovelace; Alan Turing; Grace Hopper; Edsger Dijkstra";
        let best = range_of(text, "Turing");
        let got = render(&snippet(text, &best, std::slice::from_ref(&best), 30));
        assert_eq!(got, "Ada Lovelace; Alan [Turing]…");
    }

    #[test]
    fn text_exactly_as_wide_as_the_snippet_is_shown_whole() {
        let text = "one two three four five six seven";
        let best = range_of(text, "seven");
        let got = render(&snippet(
            text,
            &best,
            std::slice::from_ref(&best),
            text.len(),
        ));
        assert_eq!(got, "one two three four five six [seven]");
    }

    #[test]
    fn blank_space_at_the_ends_of_the_window_is_left_out() {
        let text = "  Deep learning  ";
        let best = range_of(text, "Deep");
        assert_eq!(
            snippet(text, &best, std::slice::from_ref(&best), 60),
            [("Deep", true), (" learning", false)]
        );
    }

    #[test]
    fn marks_outside_the_window_or_inside_another_are_skipped() {
        let text = "alpha beta gamma delta epsilon zeta eta theta iota kappa";
        let best = range_of(text, "epsilon");
        let marks = [
            range_of(text, "alpha"),
            best.clone(),
            range_of(text, "eps"),
            range_of(text, "zeta"),
            range_of(text, "kappa"),
        ];
        assert_eq!(
            snippet(text, &best, &marks, 40),
            [
                ("…", false),
                ("beta gamma delta ", false),
                ("epsilon", true),
                (" ", false),
                ("zeta", true),
                (" eta theta", false),
                ("…", false)
            ]
        );
    }

    #[test]
    fn adjacent_marks_and_a_mark_at_the_end_leave_no_empty_pieces() {
        let text = "ab cd";
        let marks = [0..2, 2..3, 3..5];
        assert_eq!(
            snippet(text, &(0..2), &marks, 60),
            [("ab", true), (" ", true), ("cd", true)]
        );
    }

    /// The catalog of two papers, and the hits of a search for "b".
    fn hits() -> (Catalog, Vec<Hit>) {
        let c = crate::catalog::fixture::catalog(&[
            ("a", "2000-01-01", &[]),
            ("b", "2001-05-01", &["a"]),
        ]);
        let query = crate::catalog::search::SearchQuery::parse("b").expect("a query");
        let hits = crate::catalog::search::search(&c, &query);
        (c, hits)
    }

    #[test]
    fn the_table_has_a_row_per_hit_with_its_snippet() {
        let (c, hits) = hits();
        let mut out = Vec::new();
        table(&mut out, &c, &hits, None, &Term::plain()).expect("written");
        let out = String::from_utf8(out).expect("UTF-8");
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 1 + hits.len(), "{out}");
        assert!(lines[0].starts_with("ID"), "{out}");
        assert!(lines[1].starts_with("b "), "{out}");
        assert!(
            lines[1].contains(&format!("{}: ", hits[0].best.field.key())),
            "{out}"
        );
    }

    #[test]
    fn json_hits_carry_their_score_and_matched_fields() {
        let (c, hits) = hits();
        let mut out = Vec::new();
        json(&mut out, &c, &hits).expect("written");
        let value: Value = serde_json::from_slice(&out).expect("JSON");
        let first = &value[0];
        assert_eq!(first["id"], "b");
        assert_eq!(first["score"], json!(hits[0].score));
        let matched: Vec<&str> = hits[0].matched.iter().map(|f| f.key()).collect();
        assert_eq!(first["matched"], json!(matched));
        assert_eq!(value.as_array().map(Vec::len), Some(hits.len()));
    }
}
