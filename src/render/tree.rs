//! Lineage trees drawn as `cargo tree` draws dependencies: one paper per line under
//! branches, `(*)` on a paper whose subtree was already shown; and the same trees as JSON,
//! a flat list of nodes (depth and parent), so output grows with the tree, not its depth.

use std::io::{self, Write};

use serde_json::{Map, Value, json};

use super::Term;
use super::glyphs::{Glyphs, shorten, width};
use crate::catalog::Catalog;
use crate::catalog::graph::{Direction, Lineage, TreeNode};

/// Fewer columns than this left for a note beside its paper, and it goes on the line below;
/// fewer there too, and it is left out.
const MIN_NOTE: usize = 12;

/// Levels of branches drawn in full. Deeper nodes (only a long chain in a generated
/// catalog has them) show how many levels are left out instead, so a line's length is
/// bounded and a chain of n papers prints in O(n), not O(n²).
const MAX_LEVELS: usize = 24;

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
    sides: &[(Direction, Lineage<'_>)],
    term: &Term,
    glyphs: Glyphs,
) -> io::Result<()> {
    let pal = &term.palette;
    for (n, (side, root)) in sides.iter().enumerate() {
        if n > 0 {
            writeln!(out)?;
        }
        let heading = heading(catalog, paper, *side, glyphs);
        for line in super::wrap::fit(&heading, term.width, "  ") {
            writeln!(out, "{}", pal.label(&line))?;
        }
        if root.nodes.is_empty() {
            writeln!(out, "{}", pal.dim(NOTHING))?;
        } else {
            children(out, catalog, root, term, glyphs)?;
        }
    }
    Ok(())
}

/// A paper's lineage as JSON: its id, name and year, with `ancestors` and/or
/// `descendants` as flat arrays of nodes in drawing order (see [`nodes`]).
pub fn lineage_object(
    catalog: &Catalog,
    paper: usize,
    sides: &[(Direction, Lineage<'_>)],
) -> Value {
    let p = catalog.paper(paper);
    let mut fields = Map::new();
    fields.insert("id".into(), p.id.as_str().into());
    fields.insert("name".into(), p.name.as_str().into());
    fields.insert("year".into(), p.year.into());
    for (side, tree) in sides {
        let key = match side {
            Direction::Ancestors => "ancestors",
            Direction::Descendants => "descendants",
        };
        fields.insert(key.into(), nodes(catalog, tree));
    }
    Value::Object(fields)
}

/// A tree's nodes as JSON objects in drawing order: id, name, year, the note on the link
/// that reached it, `repeated`, `depth` (1 next to the root) and `parent` (the id of the
/// paper it hangs under, the root's for depth 1).
pub fn nodes(catalog: &Catalog, tree: &Lineage<'_>) -> Value {
    let nodes = tree.nodes.iter().map(|node| {
        let p = catalog.paper(node.paper);
        let parent = node.parent.map_or(tree.root, |k| tree.nodes[k].paper);
        json!({
            "id": p.id,
            "name": p.name,
            "year": p.year,
            "note": node.note,
            "repeated": node.repeated,
            "depth": node.depth,
            "parent": catalog.paper(parent).id,
        })
    });
    Value::Array(nodes.collect())
}

/// Draws a tree's nodes, one line per paper; the root itself is the caller's heading.
/// Notes are cut to the terminal's width, and kept whole in a pipe.
pub fn children(
    out: &mut impl Write,
    catalog: &Catalog,
    tree: &Lineage<'_>,
    term: &Term,
    glyphs: Glyphs,
) -> io::Result<()> {
    let drawer = Drawer {
        catalog,
        term,
        glyphs,
    };
    for (node, (lead, under)) in tree.nodes.iter().zip(branch_lines(tree, glyphs)) {
        drawer.node(out, node, &lead, &under)?;
    }
    Ok(())
}

/// The branches drawn left of each node, in drawing order ("│   ├── "): one segment per
/// level above it, a pipe where that level's branch goes on below, a blank where it has
/// closed, then the node's own tee or elbow.
pub fn leads(tree: &Lineage<'_>, glyphs: Glyphs) -> Vec<String> {
    branch_lines(tree, glyphs)
        .into_iter()
        .map(|(lead, _)| lead)
        .collect()
}

/// Each node's lead (see [`leads`]) and what goes left of its wrapped lines: the same
/// segments with its own branch carried down (a pipe) or closed (a blank), and then, when
/// papers hang under it, the pipe their branches start from.
fn branch_lines(tree: &Lineage<'_>, glyphs: Glyphs) -> Vec<(String, String)> {
    let branches = Branches::new(glyphs);
    let mut prefix = String::new();
    let mut ends: Vec<usize> = Vec::new();
    let mut lines = Vec::with_capacity(tree.nodes.len());
    for (i, node) in tree.nodes.iter().enumerate() {
        let above = node.depth - 1;
        if above <= MAX_LEVELS {
            ends.truncate(above);
            prefix.truncate(ends.last().copied().unwrap_or(0));
        }
        let branch = if node.last {
            branches.elbow
        } else {
            branches.tee
        };
        let lead = if above <= MAX_LEVELS {
            format!("{prefix}{branch}")
        } else {
            format!("{prefix}+{} {branch}", above - MAX_LEVELS)
        };
        let has_children = tree
            .nodes
            .get(i + 1)
            .is_some_and(|next| next.depth > node.depth);
        let under = format!(
            "{prefix}{}{}",
            if node.last {
                branches.blank
            } else {
                branches.pipe
            },
            if has_children && node.depth <= MAX_LEVELS {
                branches.pipe
            } else {
                ""
            }
        );
        lines.push((lead, under));
        if node.depth <= MAX_LEVELS {
            prefix.push_str(if node.last {
                branches.blank
            } else {
                branches.pipe
            });
            ends.push(prefix.len());
        }
    }
    lines
}

/// The heading over one side of a paper's lineage.
pub fn heading(catalog: &Catalog, paper: usize, side: Direction, glyphs: Glyphs) -> String {
    let p = catalog.paper(paper);
    let name = format!("{} ({})", glyphs.text(&p.name), p.year);
    match side {
        Direction::Ancestors => format!("What led to {name}"),
        Direction::Descendants => format!("What {name} led to"),
    }
}

/// What an empty side of a lineage says instead of a tree.
pub const NOTHING: &str = "(nothing in the catalog)";

struct Drawer<'a> {
    catalog: &'a Catalog,
    term: &'a Term,
    glyphs: Glyphs,
}

impl Drawer<'_> {
    /// One paper under its branch (`lead`); `under` continues the branches on the lines
    /// below, when the paper's name or note does not fit beside it.
    fn node(
        &self,
        out: &mut impl Write,
        node: &TreeNode<'_>,
        lead: &str,
        under: &str,
    ) -> io::Result<()> {
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
        // Each paper in its era's colour, as everywhere else.
        let era = self.catalog.era_of(node.paper);
        // The name and year wrap under the branches rather than run past the edge.
        let room = self
            .term
            .width
            .map(|w| w.saturating_sub(width(lead)).max(1));
        let named = format!("{head}{repeated}");
        let head_lines = super::wrap::fit(&named, room, "");
        let last = head_lines.len() - 1;
        for line in &head_lines[..last] {
            writeln!(out, "{}{}", pal.dim(lead), pal.era_title(era, line))?;
        }
        let lead = if last == 0 { lead } else { under };
        // The "(*)" keeps its dim paint only where it still ends the line.
        let (head, mark, repeated) = match head_lines[last].strip_suffix(repeated) {
            Some(head) => (head, mark, repeated),
            None => (head_lines[last].as_ref(), String::new(), ""),
        };
        // The paper's line, with a note beside it or none.
        let line = |out: &mut dyn Write, beside: &str| {
            writeln!(
                out,
                "{}{}{}{beside}",
                pal.dim(lead),
                pal.era_title(era, head),
                mark
            )
        };
        let Some(note) = &node.note else {
            return line(out, "");
        };
        let dash = glyphs.dash();
        let note = glyphs.text(note);
        let Some(w) = self.term.width else {
            return line(out, &format!("{dash}{note}"));
        };
        let used = width(lead) + width(head) + width(repeated) + width(dash);
        let beside = w.saturating_sub(used);
        if beside >= MIN_NOTE {
            let note = shorten(&note, beside, glyphs.ellipsis());
            return line(out, &format!("{dash}{note}"));
        }
        line(out, "")?;
        let below = w.saturating_sub(width(under) + 2);
        if below >= MIN_NOTE {
            let note = shorten(&note, below, glyphs.ellipsis());
            writeln!(out, "{}  {note}", pal.dim(under))?;
        }
        Ok(())
    }
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
            palette: Palette::PLAIN,
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
    fn a_note_put_under_its_paper_carries_the_branches_on_both_sides() {
        // At 26 columns no note fits beside its paper: each goes on the line below, after
        // the branch that goes on to the paper's siblings and the one to its own sources.
        let text = draw(&graph(), "e", Direction::Ancestors, Some(26), Glyphs::ASCII);
        assert_eq!(
            text,
            "\
|-- C (2002)
|   |     e uses c.
|   `-- A (2000)
|         c uses a.
`-- D (2003)
    |     e uses d.
    |-- B (2001)
    |   |     d uses b.
    |   `-- A (2000)
    |         b uses a.
    `-- C (2002) (*)
          d uses c.
"
        );
    }

    #[test]
    fn a_paper_with_no_lineage_draws_nothing() {
        assert_eq!(
            draw(&graph(), "a", Direction::Ancestors, None, Glyphs::UNICODE),
            ""
        );
    }

    #[test]
    fn json_lists_the_nodes_flat_with_depth_and_parent() {
        let c = graph();
        let tree = lineage(&c, c.find("d").expect("d"), Direction::Ancestors, None);
        let value = nodes(&c, &tree);
        let shape: Vec<_> = value
            .as_array()
            .expect("an array")
            .iter()
            .map(|n| {
                (
                    n["id"].clone(),
                    n["depth"].clone(),
                    n["parent"].clone(),
                    n["repeated"].clone(),
                )
            })
            .collect();
        assert_eq!(
            shape,
            [
                (json!("b"), json!(1), json!("d"), json!(false)),
                (json!("a"), json!(2), json!("b"), json!(false)),
                (json!("c"), json!(1), json!("d"), json!(false)),
                (json!("a"), json!(2), json!("c"), json!(false)),
            ]
        );
        assert_eq!(value[0]["note"], "d uses b.");
        assert_eq!(value[0]["name"], "B");
        assert_eq!(value[0]["year"], 2001);
    }

    #[test]
    fn a_long_chain_is_drawn_with_bounded_indentation() {
        let ids: Vec<String> = (0..30_000).map(|i| format!("p{i}")).collect();
        let c = fixture::chain(&ids);
        let text = draw(&c, "p0", Direction::Descendants, None, Glyphs::ASCII);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 29_999);
        assert_eq!(lines[0], "`-- P1 (1000) - p1 uses p0.");
        assert_eq!(
            lines[MAX_LEVELS],
            format!(
                "{}`-- P25 (1000) - p25 uses p24.",
                " ".repeat(4 * MAX_LEVELS)
            )
        );
        assert_eq!(
            lines[MAX_LEVELS + 1],
            format!(
                "{}+1 `-- P26 (1000) - p26 uses p25.",
                " ".repeat(4 * MAX_LEVELS)
            )
        );
        assert!(
            lines[29_998].starts_with(&format!("{}+29974 `-- P29999 ", " ".repeat(4 * MAX_LEVELS)))
        );
    }
}
