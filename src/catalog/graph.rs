//! The influence graph of `builds_on` links: lineage trees, shortest paths, topological order.
//! Every function is linear in papers plus links, and none recurses.

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

/// A paper's lineage in one direction, flattened: every node of the tree in the order
/// it is drawn (depth first, children in catalog order), each knowing its depth and
/// parent. Flat, so that no walk, drawing or JSON writing recurses as deep as the data:
/// a chain of 20,000 papers is as safe as one of three.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lineage<'c> {
    /// The paper the tree grows from; not one of the nodes.
    pub root: usize,
    pub nodes: Vec<TreeNode<'c>>,
}

/// One node of a lineage tree: a paper, the note on the link that reached it, and where
/// it hangs. `repeated` marks a paper whose subtree was already shown higher up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TreeNode<'c> {
    pub paper: usize,
    pub note: Option<&'c str>,
    pub repeated: bool,
    /// Links from the root: 1 for the papers next to it.
    pub depth: usize,
    /// The node it hangs under, as an index into `nodes`; `None` under the root.
    pub parent: Option<usize>,
    /// Whether it is the last child of its parent (where a drawn branch closes).
    pub last: bool,
}

/// The lineage tree of a paper in one direction, at most `depth` links deep. Each paper's
/// subtree is expanded once; later appearances are marked `repeated`, as `cargo tree` does.
pub fn lineage(
    catalog: &Catalog,
    root: usize,
    direction: Direction,
    depth: Option<usize>,
) -> Lineage<'_> {
    let mut expanded = vec![false; catalog.papers.len()];
    expanded[root] = true;
    let mut nodes = Vec::new();
    // Nodes still to visit, the next one on top: (paper, parent paper, depth, parent
    // node, last). Children are pushed in reverse so they come off in catalog order.
    let mut stack: Vec<(usize, usize, usize, Option<usize>, bool)> = Vec::new();
    let push_children = |stack: &mut Vec<_>, paper: usize, level: usize, node: Option<usize>| {
        if depth.is_none_or(|limit| level < limit) {
            let next = neighbours(catalog, paper, direction);
            for (k, &child) in next.iter().enumerate().rev() {
                stack.push((child, paper, level + 1, node, k + 1 == next.len()));
            }
        }
    };
    push_children(&mut stack, root, 0, None);
    while let Some((paper, from, level, parent, last)) = stack.pop() {
        let repeated = expanded[paper] && !neighbours(catalog, paper, direction).is_empty();
        expanded[paper] = true;
        nodes.push(TreeNode {
            paper,
            note: link_note(catalog, from, paper, direction),
            repeated,
            depth: level,
            parent,
            last,
        });
        if !repeated {
            push_children(&mut stack, paper, level, Some(nodes.len() - 1));
        }
    }
    Lineage { root, nodes }
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

    fn tree(
        catalog: &Catalog,
        id: &str,
        direction: Direction,
        depth: Option<usize>,
    ) -> Vec<String> {
        let tree = lineage(catalog, catalog.find(id).unwrap(), direction, depth);
        let mut out = vec![catalog.paper(tree.root).id.to_string()];
        for node in &tree.nodes {
            let mark = if node.repeated { " (*)" } else { "" };
            let id = &catalog.paper(node.paper).id;
            out.push(format!("{}{id}{mark}", " ".repeat(node.depth)));
        }
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
        let tree = lineage(&g, g.find("a").unwrap(), Direction::Descendants, None);
        assert_eq!(tree.nodes[0].note, Some("b uses a."));
        assert_eq!(tree.nodes[1].note, Some("d uses b."));
    }

    #[test]
    fn nodes_know_their_depth_parent_and_whether_they_close_a_branch() {
        let g = graph();
        let tree = lineage(&g, g.find("d").unwrap(), Direction::Ancestors, None);
        let shape: Vec<_> = tree
            .nodes
            .iter()
            .map(|n| (g.paper(n.paper).id.as_str(), n.depth, n.parent, n.last))
            .collect();
        assert_eq!(
            shape,
            [
                ("b", 1, None, false),
                ("a", 2, Some(0), true),
                ("c", 1, None, true),
                ("a", 2, Some(2), true),
            ]
        );
    }

    #[test]
    fn a_chain_longer_than_any_stack_is_walked() {
        let ids: Vec<String> = (0..50_000).map(|i| format!("p{i}")).collect();
        let catalog = fixture::chain(&ids);
        let tree = lineage(
            &catalog,
            catalog.find("p49999").unwrap(),
            Direction::Ancestors,
            None,
        );
        assert_eq!(tree.nodes.len(), 49_999);
        assert_eq!(tree.nodes.last().map(|n| n.depth), Some(49_999));
        let down = lineage(
            &catalog,
            catalog.find("p0").unwrap(),
            Direction::Descendants,
            Some(10),
        );
        assert_eq!(down.nodes.len(), 10);
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
