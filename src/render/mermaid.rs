//! The influence graph as a Mermaid flowchart (which GitHub renders in Markdown): one
//! subgraph per era, nodes labelled with name and year, each link's note in a comment.

use std::io::{self, Write};

use super::dot::by_era;
use crate::catalog::Catalog;
use crate::catalog::graph::{links_among, note};

/// Writes the flowchart of the given papers (and only the links among them).
pub fn graph(out: &mut impl Write, catalog: &Catalog, papers: &[usize]) -> io::Result<()> {
    writeln!(out, "flowchart TD")?;
    writeln!(
        out,
        "  %% The influence graph from aipapers: each link runs from a paper to one that built on it."
    )?;
    for (era, members) in by_era(catalog, papers) {
        let e = &catalog.eras[era];
        let title = format!("{} · {} · {}", era + 1, e.name, catalog.era_years(era));
        writeln!(
            out,
            "  subgraph {} [{}]",
            node_id("era", &e.id),
            quote(&title)
        )?;
        for i in members {
            let p = catalog.paper(i);
            writeln!(
                out,
                "    {}[{}]",
                node_id("p", &p.id),
                quote(&format!("{} ({})", p.name, p.year))
            )?;
        }
        writeln!(out, "  end")?;
    }
    for (earlier, later) in links_among(catalog, papers) {
        let (from, to) = (catalog.paper(earlier), catalog.paper(later));
        let why = note(catalog, later, earlier).unwrap_or_default();
        writeln!(
            out,
            "  %% {} -> {}: {}",
            comment(&from.id),
            comment(&to.id),
            comment(why)
        )?;
        writeln!(
            out,
            "  {} --> {}",
            node_id("p", &from.id),
            node_id("p", &to.id)
        )?;
    }
    Ok(())
}

/// A node or subgraph id Mermaid accepts, whatever the catalog id: a prefix keeps it
/// clear of keywords (`end`, `graph`) and of the `o`/`x` link endings; letters and digits
/// are kept, `-` becomes `_` (catalog ids are letters, digits and `-`, so this cannot
/// collide), and anything else is spelled out as its code point.
pub fn node_id(prefix: &str, id: &str) -> String {
    let mut safe = format!("{prefix}_");
    for c in id.chars() {
        match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' => safe.push(c),
            '-' => safe.push('_'),
            c => safe.push_str(&format!("_{:x}_", u32::from(c))),
        }
    }
    safe
}

/// A quoted Mermaid label showing `text` exactly: characters Mermaid or the HTML it
/// renders to would read (quotes, `#`, `<`, `>`, `&`, backticks, `|`, `;`, and `%`, which
/// could open a `%%{...}%%` directive anywhere in the text) become `#code;` entities;
/// newlines become spaces; other control characters are dropped.
pub fn quote(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    for c in text.chars() {
        match c {
            '"' | '#' | '<' | '>' | '&' | '`' | '|' | ';' | '%' => {
                quoted.push_str(&format!("#{};", u32::from(c)));
            }
            '\n' | '\t' | '\r' => quoted.push(' '),
            c if c.is_control() => {}
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

/// Text for a `%%` comment line: one line, with no `%%` left to open a directive.
fn comment(text: &str) -> String {
    let mut line: String = text
        .chars()
        .filter_map(|c| match c {
            '\n' | '\t' | '\r' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect();
    while line.contains("%%") {
        line = line.replace("%%", "% %");
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::fixture;

    #[test]
    fn node_ids_are_safe_and_distinct() {
        assert_eq!(node_id("p", "gpt-1"), "p_gpt_1");
        assert_eq!(node_id("p", "end"), "p_end");
        assert_eq!(node_id("era", "a.b"), "era_a_2e_b");
    }

    #[test]
    fn quote_turns_special_characters_into_entities() {
        assert_eq!(quote("GPT-1 (2018)"), "\"GPT-1 (2018)\"");
        assert_eq!(
            quote("\"A\" & <B> #1 `c` | d; e %%{x}%%"),
            "\"#34;A#34; #38; #60;B#62; #35;1 #96;c#96; #124; d#59; e #37;#37;{x}#37;#37;\""
        );
        assert_eq!(quote("two\nlines\u{7}"), "\"two lines\"");
    }

    #[test]
    fn comments_cannot_open_a_directive() {
        assert_eq!(comment("50%% off %%{init}%%"), "50% % off % %{init}% %");
        assert_eq!(comment("a\nb"), "a b");
    }

    #[test]
    fn subgraphs_per_era_and_links_only_among_the_selected() {
        let c = fixture::with_eras(
            &["old", "new"],
            &[
                ("a", "2000-01-01", &[], "old"),
                ("b", "2001-01-01", &["a"], "new"),
                ("c", "2002-01-01", &["a", "b"], "new"),
            ],
        );
        let mut out = Vec::new();
        graph(&mut out, &c, &[0, 2]).expect("writes to a Vec");
        let text = String::from_utf8(out).expect("UTF-8");
        assert_eq!(
            text,
            "\
flowchart TD
  %% The influence graph from aipapers: each link runs from a paper to one that built on it.
  subgraph era_old [\"1 · OLD · 2000\"]
    p_a[\"A (2000)\"]
  end
  subgraph era_new [\"2 · NEW · 2001–2002\"]
    p_c[\"C (2002)\"]
  end
  %% a -> c: c uses a.
  p_a --> p_c
"
        );
    }
}
