//! Reading plans: the papers to read before some targets, each after everything it builds on.
//! Linear in papers plus links (a heap orders the ready papers), and nothing recurses.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};

use super::Catalog;

/// What to plan for.
#[derive(Debug, Clone, Default)]
pub struct PlanRequest {
    /// The papers the reader wants to reach; always in the plan.
    pub targets: Vec<usize>,
    /// Papers the reader already knows: left out, and so is what is reachable only
    /// through them.
    pub known: Vec<usize>,
    /// Follow at most this many links back from the targets.
    pub depth: Option<usize>,
}

/// One step of a plan: a paper, and the earlier steps (0-based indices into the plan)
/// holding the papers it builds on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub paper: usize,
    pub after: Vec<usize>,
}

/// The targets and the ancestors they need, in an order where every paper comes after all
/// the papers of the plan it builds on. Among papers that are ready at once, the earlier
/// date goes first, then the earlier era, then the catalog's chronological order, so the
/// plan reads like a history.
pub fn plan(catalog: &Catalog, request: &PlanRequest) -> Vec<Step> {
    let n = catalog.papers.len();
    let mut known = vec![false; n];
    for &k in &request.known {
        known[k] = true;
    }
    // Links back from the targets, breadth-first: each paper's distance is its fewest links.
    const UNSEEN: usize = usize::MAX;
    let mut distance = vec![UNSEEN; n];
    let mut queue = VecDeque::new();
    for &t in &request.targets {
        if distance[t] == UNSEEN {
            distance[t] = 0;
            queue.push_back(t);
        }
    }
    let mut chosen = Vec::new();
    while let Some(paper) = queue.pop_front() {
        chosen.push(paper);
        if request.depth.is_some_and(|limit| distance[paper] >= limit) {
            continue;
        }
        for &earlier in catalog.builds_on(paper) {
            if distance[earlier] == UNSEEN && !known[earlier] {
                distance[earlier] = distance[paper] + 1;
                queue.push_back(earlier);
            }
        }
    }
    let in_plan = |p: usize| distance[p] != UNSEEN;

    // Kahn's algorithm over the chosen papers, the ready ones kept in a heap.
    let mut waiting = vec![0usize; n];
    let mut ready = BinaryHeap::new();
    // The date as a number, not its text: the heap compares keys again and again, and text
    // would send each comparison to the paper's place in memory (on a large catalog, a cache
    // miss each time).
    let key = |p: usize| {
        Reverse((
            super::validate::day_of(&catalog.paper(p).date),
            catalog.era_of(p),
            catalog.chrono_rank(p),
            p,
        ))
    };
    for &p in &chosen {
        waiting[p] = catalog.builds_on(p).iter().filter(|&&e| in_plan(e)).count();
        if waiting[p] == 0 {
            ready.push(key(p));
        }
    }
    let mut position = vec![UNSEEN; n];
    let mut steps = Vec::with_capacity(chosen.len());
    while let Some(Reverse((_, _, _, paper))) = ready.pop() {
        position[paper] = steps.len();
        let mut after: Vec<usize> = catalog
            .builds_on(paper)
            .iter()
            .filter(|&&e| in_plan(e))
            .map(|&e| position[e])
            .collect();
        after.sort_unstable();
        steps.push(Step { paper, after });
        for &later in catalog.led_to(paper) {
            if in_plan(later) {
                waiting[later] -= 1;
                if waiting[later] == 0 {
                    ready.push(key(later));
                }
            }
        }
    }
    steps
}

/// What to read next: the unread papers whose every prerequisite is read, oldest first.
/// `read` has one entry per paper.
pub fn next(catalog: &Catalog, read: &[bool]) -> Vec<usize> {
    catalog
        .chronological()
        .iter()
        .copied()
        .filter(|&p| !read[p] && catalog.builds_on(p).iter().all(|&e| read[e]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::fixture;

    // a (2000) <- b (2001) <- d (2003); a <- c (2002) <- d; e (2004) stands alone;
    // f (2005) builds on d and e.
    fn graph() -> Catalog {
        fixture::catalog(&[
            ("a", "2000-01-01", &[]),
            ("b", "2001-01-01", &["a"]),
            ("c", "2002-01-01", &["a"]),
            ("d", "2003-01-01", &["b", "c"]),
            ("e", "2004-01-01", &[]),
            ("f", "2005-01-01", &["d", "e"]),
        ])
    }

    fn ask(catalog: &Catalog, targets: &[&str], known: &[&str], depth: Option<usize>) -> Vec<Step> {
        let find = |ids: &[&str]| -> Vec<usize> {
            ids.iter()
                .map(|id| catalog.find(id).expect("in the fixture"))
                .collect()
        };
        plan(
            catalog,
            &PlanRequest {
                targets: find(targets),
                known: find(known),
                depth,
            },
        )
    }

    fn ids(catalog: &Catalog, steps: &[Step]) -> Vec<String> {
        steps
            .iter()
            .map(|s| catalog.paper(s.paper).id.to_string())
            .collect()
    }

    #[test]
    fn the_plan_is_the_targets_ancestors_each_after_its_sources() {
        let g = graph();
        let steps = ask(&g, &["f"], &[], None);
        assert_eq!(ids(&g, &steps), ["a", "b", "c", "d", "e", "f"]);
        for (at, step) in steps.iter().enumerate() {
            for &earlier in g.builds_on(step.paper) {
                let before = steps.iter().position(|s| s.paper == earlier);
                assert!(before.is_some_and(|b| b < at), "{at}");
            }
        }
        let after: Vec<Vec<usize>> = steps.iter().map(|s| s.after.clone()).collect();
        assert_eq!(
            after,
            [vec![], vec![0], vec![0], vec![1, 2], vec![], vec![3, 4]]
        );
    }

    #[test]
    fn order_respects_every_link_even_against_dates() {
        // Two independent roots whose descendants interleave by date: every link must
        // still point backwards in the plan.
        let g = fixture::catalog(&[
            ("p0", "2000-01-01", &[]),
            ("p1", "2000-01-02", &["p0"]),
            ("p2", "2000-01-03", &[]),
            ("p3", "2000-01-04", &["p2", "p0"]),
            ("p4", "2000-01-05", &["p1", "p3"]),
            ("p5", "2000-01-06", &["p2"]),
            ("p6", "2000-01-07", &["p4", "p5", "p1"]),
        ]);
        let steps = ask(&g, &["p6"], &[], None);
        assert_eq!(steps.len(), 7);
        let at = |p: usize| steps.iter().position(|s| s.paper == p);
        for s in &steps {
            for &e in g.builds_on(s.paper) {
                assert!(at(e) < at(s.paper));
            }
        }
    }

    #[test]
    fn ties_go_to_the_earlier_date_then_the_earlier_era() {
        // x, y and z are all ready at once: z is the oldest; x and y share a date, and y's
        // era comes first although x comes first in the catalog.
        let g = fixture::with_eras(
            &["old", "new"],
            &[
                ("x", "2001-05-05", &[], "new"),
                ("y", "2001-05-05", &[], "old"),
                ("z", "1999-01-01", &[], "new"),
                ("t", "2002-01-01", &["x", "y", "z"], "new"),
            ],
        );
        assert_eq!(ids(&g, &ask(&g, &["t"], &[], None)), ["z", "y", "x", "t"]);
    }

    #[test]
    fn from_removes_the_known_papers_and_what_only_they_lead_to() {
        let g = graph();
        // b is known: a is still needed through c.
        assert_eq!(ids(&g, &ask(&g, &["d"], &["b"], None)), ["a", "c", "d"]);
        // b and c known: a is reachable only through them.
        assert_eq!(ids(&g, &ask(&g, &["d"], &["b", "c"], None)), ["d"]);
        // d known: everything behind it goes, e stays.
        assert_eq!(ids(&g, &ask(&g, &["f"], &["d"], None)), ["e", "f"]);
        // Knowing a paper outside the plan changes nothing.
        assert_eq!(
            ids(&g, &ask(&g, &["d"], &["e"], None)),
            ["a", "b", "c", "d"]
        );
    }

    #[test]
    fn several_targets_merge_into_one_plan_without_repeats() {
        let g = graph();
        let steps = ask(&g, &["b", "c", "b", "e"], &[], None);
        assert_eq!(ids(&g, &steps), ["a", "b", "c", "e"]);
        // A target that another one builds on is simply an earlier step.
        assert_eq!(
            ids(&g, &ask(&g, &["f", "b"], &[], None)),
            ["a", "b", "c", "d", "e", "f"]
        );
    }

    #[test]
    fn a_target_with_no_ancestors_is_a_one_step_plan() {
        let g = graph();
        assert_eq!(
            ask(&g, &["a"], &[], None),
            [Step {
                paper: 0,
                after: vec![]
            }]
        );
        assert_eq!(ids(&g, &ask(&g, &["e"], &[], None)), ["e"]);
    }

    #[test]
    fn depth_limits_how_far_back_the_plan_goes() {
        let g = graph();
        assert_eq!(ids(&g, &ask(&g, &["f"], &[], Some(1))), ["d", "e", "f"]);
        assert_eq!(
            ids(&g, &ask(&g, &["f"], &[], Some(2))),
            ["b", "c", "d", "e", "f"]
        );
        // Steps only point at papers inside the plan.
        let steps = ask(&g, &["f"], &[], Some(1));
        assert_eq!(steps[0].after, Vec::<usize>::new());
        assert_eq!(steps[2].after, [0, 1]);
    }

    #[test]
    fn a_chain_longer_than_any_stack_is_planned() {
        let ids: Vec<String> = (0..50_000).map(|i| format!("p{i}")).collect();
        let catalog = fixture::chain(&ids);
        let steps = ask(&catalog, &["p49999"], &[], None);
        assert_eq!(steps.len(), 50_000);
        assert_eq!(catalog.paper(steps[0].paper).id, "p0");
        assert_eq!(steps[49_999].after, [49_998]);
    }
    #[test]
    fn next_are_the_unread_papers_whose_sources_are_all_read() {
        let g = graph();
        let at = |ids: &[&str]| {
            let mut read = vec![false; g.papers.len()];
            for id in ids {
                read[g.find(id).expect("in the fixture")] = true;
            }
            let next = next(&g, &read);
            next.iter()
                .map(|&p| g.paper(p).id.to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(at(&[]), ["a", "e"]);
        assert_eq!(at(&["a"]), ["b", "c", "e"]);
        assert_eq!(at(&["a", "b"]), ["c", "e"]);
        assert_eq!(at(&["a", "b", "c", "e"]), ["d"]);
        assert!(at(&["a", "b", "c", "d", "e", "f"]).is_empty());
    }
}
