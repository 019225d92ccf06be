//! Lineage trees drawn as `cargo tree` draws dependencies: one paper per line under
//! branches, `(*)` on a paper whose subtree was already shown; and the same trees as JSON.

use std::io::{self, Write};

use serde_json::{Map, Value, json};

use super::Term;
use super::glyphs::{Glyphs, shorten, width};
use crate::catalog::Catalog;
use crate::catalog::graph::{Direction, TreeNode};

/// Fewer columns than this for a note, and it is shown cut to this width anyway.
const MIN_NOTE: usize = 12;

struct Branches {
    tee: &'static str,
    elbow: &'static str,
    pipe: &'static str,
    blank: &'static str,
}

impl Branches {
    fn new(glyphs: Glyphs) -> Branches {
        if glyphs.ascii {
            Branches {
                tee: "|-- ",
                elbow: "`-- ",
                pipe: "|   ",
                blank: "    ",
            }
        } else {
            Branches {
                tee: "├── ",
                elbow: "└── ",
                pipe: "│   ",
                blank: "    ",
            }
        }
    }
}

/// A paper's lineage: for each side asked for, a heading ("What led to X", "What X led
/// to") and its tree, or a dim line when that side is empty.
pub fn lineage(
    out: &mut impl Write,
    catalog: &Catalog,
    paper: usize,
    sides: &[(Direction, TreeNode)],
    term: &Term,
    glyphs: Glyphs,
) -> io::Result<()> {
    let p = catalog.paper(paper);
    let pal = &term.palette;
    let name = format!("{} ({})", glyphs.text(&p.name), p.year);
    for (n, (side, root)) in sides.iter().enumerate() {
        if n > 0 {
            writeln!(out)?;
        }
        let heading = match side {
            Direction::Ancestors => format!("What led to {name}"),
            Direction::Descendants => format!("What {name} led to"),
        };
        writeln!(out, "{}", pal.label(&heading))?;
        if root.children.is_empty() {
            writeln!(out, "{}", pal.dim("(nothing in the catalog)"))?;
        } else {
            children(out, catalog, root, term, glyphs)?;
        }
    }
    Ok(())
}

/// A paper's lineage as JSON: its id, name and year, with `ancestors` and/or
/// `descendants` as arrays of nested nodes.
pub fn lineage_object(catalog: &Catalog, paper: usize, sides: &[(Direction, TreeNode)]) -> Value {
    let p = catalog.paper(paper);
    let mut fields = Map::new();
    fields.insert("id".into(), p.id.as_str().into());
    fields.insert("name".into(), p.name.as_str().into());
    fields.insert("year".into(), p.year.into());
    for (side, root) in sides {
        let key = match side {
            Direction::Ancestors => "ancestors",
            Direction::Descendants => "descendants",
        };
        let children = root.children.iter().map(|c| object(catalog, c));
        fields.insert(key.into(), Value::Array(children.collect()));
    }
    Value::Object(fields)
}

/// Draws the subtrees under `root`, one line per paper; the root itself is the caller's
/// heading. Notes are cut to the terminal's width, and kept whole in a pipe.
pub fn children(
    out: &mut impl Write,
    catalog: &Catalog,
    root: &TreeNode,
    term: &Term,
    glyphs: Glyphs,
) -> io::Result<()> {
    let drawer = Drawer {
        catalog,
        term,
        glyphs,
        branches: Branches::new(glyphs),
    };
    drawer.level(out, &root.children, &mut String::new())
}

struct Drawer<'a> {
    catalog: &'a Catalog,
    term: &'a Term,
    glyphs: Glyphs,
    branches: Branches,
}

impl Drawer<'_> {
    fn level(
        &self,
        out: &mut impl Write,
        nodes: &[TreeNode],
        prefix: &mut String,
    ) -> io::Result<()> {
        for (n, node) in nodes.iter().enumerate() {
            let last = n + 1 == nodes.len();
            let branch = if last {
                self.branches.elbow
            } else {
                self.branches.tee
            };
            self.node(out, node, &format!("{prefix}{branch}"))?;
            let before = prefix.len();
            prefix.push_str(if last {
                self.branches.blank
            } else {
                self.branches.pipe
            });
            self.level(out, &node.children, prefix)?;
            prefix.truncate(before);
        }
        Ok(())
    }

    fn node(&self, out: &mut impl Write, node: &TreeNode, lead: &str) -> io::Result<()> {
        let pal = &self.term.palette;
        let glyphs = self.glyphs;
        let p = self.catalog.paper(node.paper);
        let head = format!("{} ({})", glyphs.text(&p.name), p.year);
        let repeated = if node.repeated { " (*)" } else { "" };
        // Painting nothing would still leave escape codes behind.
        let mark = if node.repeated {
            pal.dim(repeated)
        } else {
            String::new()
        };
        let Some(note) = &node.note else {
            return writeln!(out, "{}{}{}", pal.dim(lead), pal.title(&head), mark);
        };
        let dash = glyphs.dash();
        let note = glyphs.text(note);
        let note = match self.term.width {
            None => note.into(),
            Some(w) => {
                let used = width(lead) + width(&head) + width(repeated) + width(dash);
                shorten(
                    &note,
                    w.saturating_sub(used).max(MIN_NOTE),
                    glyphs.ellipsis(),
                )
            }
        };
        writeln!(
            out,
            "{}{}{}{dash}{note}",
            pal.dim(lead),
            pal.title(&head),
            mark
        )
    }
}

/// A tree as nested JSON objects: id, name, year, note, repeated, children.
pub fn object(catalog: &Catalog, node: &TreeNode) -> Value {
    let p = catalog.paper(node.paper);
    json!({
        "id": p.id,
        "name": p.name,
        "year": p.year,
        "note": node.note,
        "repeated": node.repeated,
        "children": node.children.iter().map(|c| object(catalog, c)).collect::<Vec<_>>(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::fixture;
    use crate::catalog::graph::{Direction, lineage};
    use crate::render::Palette;

    // a <- b <- d; a <- c <- d; c <- e: d's ancestors share a, a's descendants repeat d.
    fn graph() -> Catalog {
        fixture::catalog(&[
            ("a", "2000-01-01", &[]),
            ("b", "2001-01-01", &["a"]),
            ("c", "2002-01-01", &["a"]),
            ("d", "2003-01-01", &["b", "c"]),
            ("e", "2004-01-01", &["c", "d"]),
        ])
    }

    fn draw(
        catalog: &Catalog,
        id: &str,
        direction: Direction,
        width: Option<usize>,
        glyphs: Glyphs,
    ) -> String {
        let root = lineage(
            catalog,
            catalog.find(id).expect("in the fixture"),
            direction,
            None,
        );
        let term = Term {
            palette: Palette { enabled: false },
            width,
        };
        let mut out = Vec::new();
        children(&mut out, catalog, &root, &term, glyphs).expect("writes to a Vec");
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn branches_close_on_the_last_child_and_repeats_are_starred() {
        let text = draw(&graph(), "a", Direction::Descendants, None, Glyphs::UNICODE);
        assert_eq!(
            text,
            "\
├── B (2001) — b uses a.
│   └── D (2003) — d uses b.
│       └── E (2004) — e uses d.
└── C (2002) — c uses a.
    ├── D (2003) (*) — d uses c.
    └── E (2004) — e uses c.
"
        );
    }

    #[test]
    fn ascii_branches() {
        let text = draw(&graph(), "e", Direction::Ancestors, None, Glyphs::ASCII);
        assert_eq!(
            text,
            "\
|-- C (2002) - e uses c.
|   `-- A (2000) - c uses a.
`-- D (2003) - e uses d.
    |-- B (2001) - d uses b.
    |   `-- A (2000) - b uses a.
    `-- C (2002) (*) - d uses c.
"
        );
        assert!(text.is_ascii());
    }

    #[test]
    fn a_terminal_shortens_notes_to_fit() {
        let mut c = graph();
        c.papers[1].builds_on[0].note = "b uses a in a long and winding way.".into();
        let text = draw(&c, "a", Direction::Descendants, Some(32), Glyphs::UNICODE);
        assert_eq!(text.lines().next(), Some("├── B (2001) — b uses a in a…"));
        assert!(text.lines().all(|l| width(l) <= 32), "{text}");
        let piped = draw(&c, "a", Direction::Descendants, None, Glyphs::UNICODE);
        assert!(piped.contains("in a long and winding way."));
    }

    #[test]
    fn a_paper_with_no_lineage_draws_nothing() {
        assert_eq!(
            draw(&graph(), "a", Direction::Ancestors, None, Glyphs::UNICODE),
            ""
        );
    }

    #[test]
    fn json_nests_the_tree() {
        let c = graph();
        let root = lineage(&c, c.find("d").expect("d"), Direction::Ancestors, Some(1));
        let value = object(&c, &root);
        assert_eq!(value["id"], "d");
        assert_eq!(value["note"], Value::Null);
        assert_eq!(value["children"][0]["id"], "b");
        assert_eq!(value["children"][0]["note"], "d uses b.");
        assert_eq!(value["children"][0]["repeated"], false);
        assert_eq!(value["children"][0]["children"], json!([]));
    }
}
