//! A chain of influence between two papers: one hop per line with its note, then the
//! whole chain on one line; and the same as JSON.

use std::io::{self, Write};

use serde_json::{Value, json};

use super::glyphs::{Glyphs, shorten, width};
use super::{Term, wrap};
use crate::catalog::Catalog;
use crate::catalog::graph::note;

/// Fewer columns than this for a note, and it is shown cut to this width anyway.
const MIN_NOTE: usize = 12;

/// Draws a chain of papers, oldest first, each building on the one before.
pub fn write(
    out: &mut impl Write,
    catalog: &Catalog,
    chain: &[usize],
    term: &Term,
    glyphs: Glyphs,
) -> io::Result<()> {
    let pal = &term.palette;
    let arrow = glyphs.arrow();
    let dash = glyphs.dash();
    let head = |i: usize| {
        let p = catalog.paper(i);
        format!("{} ({})", glyphs.text(&p.name), p.year)
    };
    for pair in chain.windows(2) {
        let (earlier, later) = (pair[0], pair[1]);
        let text = glyphs.text(note(catalog, later, earlier).unwrap_or_default());
        let painted = |i: usize| pal.era_title(catalog.era_of(i), &head(i));
        let Some(w) = term.width else {
            let (a, b) = (painted(earlier), painted(later));
            writeln!(out, "{a} {} {b}{dash}{text}", pal.title(arrow))?;
            continue;
        };
        // The hop wraps between its papers, each in its era's colour as everywhere else;
        // the note goes beside it when there is room, else on the line below, else is left
        // out.
        let hop = wrap::join(
            &[painted(earlier), painted(later)],
            &format!(" {} ", pal.title(arrow)),
            Some(w),
            "  ",
        );
        let (last, before) = hop.split_last().expect("a hop has a line");
        for line in before {
            writeln!(out, "{line}")?;
        }
        let beside = w.saturating_sub(width(last) + width(dash));
        if beside >= MIN_NOTE {
            let text = shorten(&text, beside, glyphs.ellipsis());
            writeln!(out, "{last}{dash}{text}")?;
        } else {
            writeln!(out, "{last}")?;
            if w >= MIN_NOTE + 4 {
                writeln!(out, "    {}", shorten(&text, w - 4, glyphs.ellipsis()))?;
            }
        }
    }
    if chain.len() > 1 {
        writeln!(out)?;
    }
    let ids: Vec<String> = chain
        .iter()
        .map(|&i| glyphs.text(&catalog.paper(i).id))
        .collect();
    let hops = chain.len().saturating_sub(1);
    let years = match (chain.first(), chain.last()) {
        (Some(&a), Some(&b)) if catalog.paper(a).year != catalog.paper(b).year => format!(
            "{}{}{}",
            catalog.paper(a).year,
            if glyphs.ascii { "-" } else { "–" },
            catalog.paper(b).year
        ),
        (Some(&a), _) => catalog.paper(a).year.to_string(),
        _ => String::new(),
    };
    let summary = format!("({hops} hop{}, {years})", if hops == 1 { "" } else { "s" });
    let painted: Vec<String> = ids
        .iter()
        .zip(chain)
        .map(|(id, &i)| pal.era(catalog.era_of(i), id))
        .collect();
    let mut lines = wrap::join(&painted, &format!(" {arrow} "), term.width, "  ");
    let last = lines.pop().unwrap_or_default();
    for line in lines {
        writeln!(out, "{line}")?;
    }
    // The count of hops stays beside the last id when it fits, else on a line of its own.
    let together = format!("{last}  {summary}");
    if term.width.is_none_or(|w| width(&together) <= w) {
        writeln!(out, "{last}  {}", pal.dim(&summary))
    } else {
        writeln!(out, "{last}")?;
        writeln!(out, "  {}", pal.dim(&summary))
    }
}

/// The chain as JSON: its paper ids in order, and each hop with the note on its link.
pub fn object(catalog: &Catalog, chain: &[usize]) -> Value {
    let id = |i: usize| catalog.paper(i).id.clone();
    json!({
        "chain": chain.iter().map(|&i| id(i)).collect::<Vec<_>>(),
        "hops": chain
            .windows(2)
            .map(|pair| json!({
                "from": id(pair[0]),
                "to": id(pair[1]),
                "note": note(catalog, pair[1], pair[0]),
            }))
            .collect::<Vec<_>>(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::fixture;
    use crate::render::Palette;

    fn chain() -> (Catalog, Vec<usize>) {
        let c = fixture::catalog(&[
            ("a", "2000-01-01", &[]),
            ("b", "2001-01-01", &["a"]),
            ("c", "2003-01-01", &["b"]),
        ]);
        (c, vec![0, 1, 2])
    }

    fn draw(catalog: &Catalog, chain: &[usize], width: Option<usize>, glyphs: Glyphs) -> String {
        let term = Term {
            palette: Palette::PLAIN,
            width,
        };
        let mut out = Vec::new();
        write(&mut out, catalog, chain, &term, glyphs).expect("writes to a Vec");
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn one_line_per_hop_then_the_chain() {
        let (c, chain) = chain();
        assert_eq!(
            draw(&c, &chain, None, Glyphs::UNICODE),
            "\
A (2000) → B (2001) — b uses a.
B (2001) → C (2003) — c uses b.

a → b → c  (2 hops, 2000–2003)
"
        );
        let ascii = draw(&c, &chain, None, Glyphs::ASCII);
        assert!(ascii.is_ascii());
        assert!(ascii.ends_with("\na -> b -> c  (2 hops, 2000-2003)\n"));
    }

    #[test]
    fn a_chain_of_one_paper_has_no_hops() {
        let (c, _) = chain();
        assert_eq!(draw(&c, &[1], None, Glyphs::UNICODE), "b  (0 hops, 2001)\n");
        assert_eq!(object(&c, &[1]), json!({"chain": ["b"], "hops": []}));
    }

    #[test]
    fn a_terminal_shortens_the_notes() {
        let (mut c, chain) = chain();
        c.papers[1].builds_on[0].note = "b uses a, and says so at length.".into();
        let text = draw(&c, &chain, Some(36), Glyphs::UNICODE);
        assert_eq!(
            text.lines().next(),
            Some("A (2000) → B (2001) — b uses a, and…")
        );
    }

    #[test]
    fn json_lists_the_hops_with_their_notes() {
        let (c, chain) = chain();
        assert_eq!(
            object(&c, &chain),
            json!({
                "chain": ["a", "b", "c"],
                "hops": [
                    {"from": "a", "to": "b", "note": "b uses a."},
                    {"from": "b", "to": "c", "note": "c uses b."},
                ],
            })
        );
    }
}
