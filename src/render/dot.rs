//! The influence graph as Graphviz DOT: one cluster per era, nodes labelled with name and
//! year and linked to the paper, an edge from each paper to every selected paper that built
//! on it.

use std::io::{self, Write};

use crate::catalog::Catalog;
use crate::catalog::graph::{links_among, note};

/// Writes the graph of the given papers (and only the links among them).
pub fn graph(out: &mut impl Write, catalog: &Catalog, papers: &[usize]) -> io::Result<()> {
    writeln!(
        out,
        "// The influence graph from aipapers: each edge runs from a paper to one that built on it."
    )?;
    writeln!(out, "digraph influence {{")?;
    writeln!(out, "  node [shape=box, style=rounded];")?;
    for (era, members) in by_era(catalog, papers) {
        let e = &catalog.eras[era];
        writeln!(out, "  subgraph {} {{", quote(&format!("cluster_{}", e.id)))?;
        let label = format!("{} · {} · {}", era + 1, e.name, catalog.era_years(era));
        writeln!(out, "    label={};", quote(&label))?;
        for i in members {
            let p = catalog.paper(i);
            // URL makes the node a link in the SVG or PDF graphviz draws.
            writeln!(
                out,
                "    {} [label={}, tooltip={}, URL={}];",
                quote(&p.id),
                quote(&format!("{} ({})", p.name, p.year)),
                quote(&p.why),
                quote(&p.url)
            )?;
        }
        writeln!(out, "  }}")?;
    }
    for (earlier, later) in links_among(catalog, papers) {
        writeln!(
            out,
            "  {} -> {} [tooltip={}];",
            quote(&catalog.paper(earlier).id),
            quote(&catalog.paper(later).id),
            quote(note(catalog, later, earlier).unwrap_or_default())
        )?;
    }
    writeln!(out, "}}")
}

/// The selected papers grouped by era, eras in catalog order, papers in the order given.
pub(crate) fn by_era(catalog: &Catalog, papers: &[usize]) -> Vec<(usize, Vec<usize>)> {
    let mut groups = vec![Vec::new(); catalog.eras.len()];
    for &i in papers {
        groups[catalog.era_of(i)].push(i);
    }
    groups
        .into_iter()
        .enumerate()
        .filter(|(_, members)| !members.is_empty())
        .collect()
}

/// A DOT double-quoted string that shows `text` exactly. Graphviz reads backslash escapes
/// in labels and tooltips (`\n`, `\N`, `\l`) and HTML entities (`&lt;`), so backslashes
/// and ampersands are escaped too; a newline becomes a line break; other control
/// characters are dropped.
pub fn quote(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '&' => quoted.push_str("&amp;"),
            '\n' => quoted.push_str("\\n"),
            '\t' | '\r' => quoted.push(' '),
            c if c.is_control() => {}
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::fixture;

    #[test]
    fn quote_escapes_what_dot_would_read() {
        assert_eq!(quote("gpt-1"), "\"gpt-1\"");
        assert_eq!(quote("say \"hi\""), "\"say \\\"hi\\\"\"");
        assert_eq!(quote("a\\nb"), "\"a\\\\nb\"");
        assert_eq!(quote("two\nlines"), "\"two\\nlines\"");
        assert_eq!(quote("<b> &lt; x"), "\"<b> &amp;lt; x\"");
        assert_eq!(quote("bell\u{7}tab\tend"), "\"belltab end\"");
        assert_eq!(quote("ends in \\"), "\"ends in \\\\\"");
    }

    #[test]
    fn clusters_by_era_and_links_only_selected_papers() {
        let c = fixture::with_eras(
            &["old", "new"],
            &[
                ("a", "2000-01-01", &[], "old"),
                ("b", "2001-01-01", &["a"], "new"),
                ("c", "2002-01-01", &["a", "b"], "new"),
            ],
        );
        let mut out = Vec::new();
        graph(&mut out, &c, &[1, 2]).expect("writes to a Vec");
        let text = String::from_utf8(out).expect("UTF-8");
        assert_eq!(
            text,
            "\
// The influence graph from aipapers: each edge runs from a paper to one that built on it.
digraph influence {
  node [shape=box, style=rounded];
  subgraph \"cluster_new\" {
    label=\"2 · NEW · 2001–2002\";
    \"b\" [label=\"B (2001)\", tooltip=\"b matters.\", URL=\"https://example.org/b\"];
    \"c\" [label=\"C (2002)\", tooltip=\"c matters.\", URL=\"https://example.org/c\"];
  }
  \"b\" -> \"c\" [tooltip=\"c uses b.\"];
}
"
        );
    }
}
