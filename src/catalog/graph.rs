//! The influence graph of `builds_on` links: lineage trees, shortest paths, topological order.
//! Every function is linear in papers plus links.

use std::collections::VecDeque;

use super::Catalog;

/// Which way to walk the graph from a paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Back in time: the papers it built on, and what they built on.
    Ancestors,
    /// Forward in time: the papers that built on it, and so on.
    Descendants,
}

/// A node of a lineage tree: a paper, the note on the link that reached it, and its own
/// subtree. `repeated` marks a paper whose subtree was already shown higher up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TreeNode {
    pub paper: usize,
    pub note: Option<String>,
    pub repeated: bool,
    pub children: Vec<TreeNode>,
}

/// The lineage tree of a paper in one direction, at most `depth` links deep. Each paper's
/// subtree is expanded once; later appearances are marked `repeated`, as `cargo tree` does.
pub fn lineage(
    catalog: &Catalog,
    root: usize,
    direction: Direction,
    depth: Option<usize>,
) -> TreeNode {
    let mut expanded = vec![false; catalog.papers.len()];
    grow(catalog, root, None, direction, depth, &mut expanded)
}

fn grow(
    catalog: &Catalog,
    paper: usize,
    note: Option<String>,
    direction: Direction,
    depth: Option<usize>,
    expanded: &mut [bool],
) -> TreeNode {
    let neighbours = neighbours(catalog, paper, direction);
    if expanded[paper] && !neighbours.is_empty() {
        return TreeNode {
            paper,
            note,
            repeated: true,
            children: Vec::new(),
        };
    }
    expanded[paper] = true;
    let children = if depth == Some(0) {
        Vec::new()
    } else {
        neighbours
            .iter()
            .map(|&next| {
                let note = link_note(catalog, paper, next, direction).map(String::from);
                grow(
                    catalog,
                    next,
                    note,
                    direction,
                    depth.map(|d| d - 1),
                    expanded,
                )
            })
            .collect()
    };
    TreeNode {
        paper,
        note,
        repeated: false,
        children,
    }
}

fn neighbours(catalog: &Catalog, paper: usize, direction: Direction) -> &[usize] {
    match direction {
        Direction::Ancestors => catalog.builds_on(paper),
        Direction::Descendants => catalog.led_to(paper),
    }
}

/// The note of the link between two neighbouring papers.
fn link_note(catalog: &Catalog, from: usize, to: usize, direction: Direction) -> Option<&str> {
    let (later, earlier) = match direction {
        Direction::Ancestors => (from, to),
        Direction::Descendants => (to, from),
    };
    note(catalog, later, earlier)
}

/// The note on `later`'s link to `earlier`, if `later` builds on `earlier`.
pub fn note(catalog: &Catalog, later: usize, earlier: usize) -> Option<&str> {
    let target = &catalog.paper(earlier).id;
    catalog
        .paper(later)
        .builds_on
        .iter()
        .find(|l| &l.id == target)
        .map(|l| l.note.as_str())
}

/// The shortest chain of influence from `from` to `to`, following links forward in time
/// (breadth-first, so the fewest hops; ties go to the older paper). `None` when no chain exists.
pub fn shortest_path(catalog: &Catalog, from: usize, to: usize) -> Option<Vec<usize>> {
    let mut came_from: Vec<Option<usize>> = vec![None; catalog.papers.len()];
    let mut seen = vec![false; catalog.papers.len()];
    let mut queue = VecDeque::from([from]);
    seen[from] = true;
    while let Some(paper) = queue.pop_front() {
        if paper == to {
            let mut chain = vec![to];
            let mut at = to;
            while let Some(prev) = came_from[at] {
                chain.push(prev);
                at = prev;
            }
            chain.reverse();
            return Some(chain);
        }
        for &next in catalog.led_to(paper) {
            if !seen[next] {
                seen[next] = true;
                came_from[next] = Some(paper);
                queue.push_back(next);
            }
        }
    }
    None
}

/// The links between the given papers only, as (earlier, later) pairs: for each paper in
/// the order given, the papers it built on in the catalog's order.
pub fn links_among(catalog: &Catalog, papers: &[usize]) -> Vec<(usize, usize)> {
    let mut chosen = vec![false; catalog.papers.len()];
    for &i in papers {
        chosen[i] = true;
    }
    papers
        .iter()
        .flat_map(|&later| {
            catalog
                .builds_on(later)
                .iter()
                .filter(|&&earlier| chosen[earlier])
                .map(move |&earlier| (earlier, later))
        })
        .collect()
}

/// Every paper in an order where each comes after all it built on (Kahn's algorithm;
/// among papers that are ready, the catalog's order).
pub fn topological_order(catalog: &Catalog) -> Vec<usize> {
    let n = catalog.papers.len();
    let mut waiting: Vec<usize> = (0..n).map(|i| catalog.builds_on(i).len()).collect();
    let mut ready: VecDeque<usize> = (0..n).filter(|&i| waiting[i] == 0).collect();
    let mut order = Vec::with_capacity(n);
    while let Some(paper) = ready.pop_front() {
        order.push(paper);
        for &next in catalog.led_to(paper) {
            waiting[next] -= 1;
            if waiting[next] == 0 {
                ready.push_back(next);
            }
        }
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::fixture;

    // a (2000) <- b (2001) <- d (2003); a <- c (2002) <- d; e (2004) stands alone.
    fn graph() -> Catalog {
        fixture::catalog(&[
            ("a", "2000-01-01", &[]),
            ("b", "2001-01-01", &["a"]),
            ("c", "2002-01-01", &["a"]),
            ("d", "2003-01-01", &["b", "c"]),
            ("e", "2004-01-01", &[]),
        ])
    }

    fn ids(catalog: &Catalog, list: &[usize]) -> Vec<String> {
        list.iter()
            .map(|&i| catalog.paper(i).id.to_string())
            .collect()
    }

    fn render(catalog: &Catalog, node: &TreeNode, out: &mut Vec<String>, indent: usize) {
        let mark = if node.repeated { " (*)" } else { "" };
        out.push(format!(
            "{}{}{}",
            " ".repeat(indent),
            catalog.paper(node.paper).id,
            mark
        ));
        for child in &node.children {
            render(catalog, child, out, indent + 1);
        }
    }

    fn tree(
        catalog: &Catalog,
        id: &str,
        direction: Direction,
        depth: Option<usize>,
    ) -> Vec<String> {
        let mut out = Vec::new();
        let root = lineage(catalog, catalog.find(id).unwrap(), direction, depth);
        render(catalog, &root, &mut out, 0);
        out
    }

    #[test]
    fn ancestors_mark_a_shared_ancestor_once_expanded() {
        let g = graph();
        assert_eq!(
            tree(&g, "d", Direction::Ancestors, None),
            ["d", " b", "  a", " c", "  a"]
        );
    }

    #[test]
    fn descendants_mark_repeated_subtrees() {
        let g = graph();
        assert_eq!(
            tree(&g, "a", Direction::Descendants, None),
            ["a", " b", "  d", " c", "  d"]
        );
        let g2 = fixture::catalog(&[
            ("a", "2000-01-01", &[]),
            ("b", "2001-01-01", &["a"]),
            ("c", "2002-01-01", &["a", "b"]),
            ("d", "2003-01-01", &["c"]),
        ]);
        assert_eq!(
            tree(&g2, "a", Direction::Descendants, None),
            ["a", " b", "  c", "   d", " c (*)"]
        );
    }

    #[test]
    fn depth_limits_the_tree() {
        let g = graph();
        assert_eq!(
            tree(&g, "d", Direction::Ancestors, Some(1)),
            ["d", " b", " c"]
        );
        assert_eq!(tree(&g, "d", Direction::Ancestors, Some(0)), ["d"]);
    }

    #[test]
    fn notes_follow_the_link() {
        let g = graph();
        let root = lineage(&g, g.find("a").unwrap(), Direction::Descendants, None);
        assert_eq!(root.note, None);
        assert_eq!(root.children[0].note.as_deref(), Some("b uses a."));
    }

    #[test]
    fn shortest_path_follows_links_forward() {
        let g = graph();
        let path = shortest_path(&g, g.find("a").unwrap(), g.find("d").unwrap()).unwrap();
        assert_eq!(ids(&g, &path), ["a", "b", "d"]);
        let same = shortest_path(&g, g.find("b").unwrap(), g.find("b").unwrap()).unwrap();
        assert_eq!(ids(&g, &same), ["b"]);
    }

    #[test]
    fn no_path_backwards_or_between_unlinked_papers() {
        let g = graph();
        assert_eq!(
            shortest_path(&g, g.find("d").unwrap(), g.find("a").unwrap()),
            None
        );
        assert_eq!(
            shortest_path(&g, g.find("a").unwrap(), g.find("e").unwrap()),
            None
        );
    }

    #[test]
    fn links_among_keeps_only_links_inside_the_selection() {
        let g = graph();
        let pick =
            |ids: &[&str]| -> Vec<usize> { ids.iter().map(|id| g.find(id).unwrap()).collect() };
        let named = |links: Vec<(usize, usize)>| -> Vec<(String, String)> {
            links
                .into_iter()
                .map(|(a, b)| (g.paper(a).id.to_string(), g.paper(b).id.to_string()))
                .collect()
        };
        assert_eq!(
            named(links_among(&g, &pick(&["d", "a", "b"]))),
            [("b".into(), "d".into()), ("a".into(), "b".into())]
        );
        assert!(links_among(&g, &pick(&["a", "e"])).is_empty());
        assert!(links_among(&g, &[]).is_empty());
    }

    #[test]
    fn topological_order_puts_every_paper_after_its_sources() {
        let g = graph();
        let order = topological_order(&g);
        assert_eq!(order.len(), 5);
        let pos = |id: &str| order.iter().position(|&i| g.paper(i).id == id).unwrap();
        assert!(pos("a") < pos("b") && pos("b") < pos("d") && pos("c") < pos("d"));
    }
}
