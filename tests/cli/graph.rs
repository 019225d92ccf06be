//! The influence graph views: every path is made of real links forward in time, the
//! ASCII views are 7-bit, DOT renders with Graphviz, and Mermaid is well formed.

use std::collections::{HashMap, VecDeque};
use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::Value;

use crate::{aipapers, have, stdout_of};

/// The catalog as the tests see it: each paper's year and the ids it builds on, with notes.
struct Graph {
    ids: Vec<String>,
    year: HashMap<String, i64>,
    builds_on: HashMap<String, Vec<(String, String)>>,
}

fn graph() -> Graph {
    let list: Value = serde_json::from_str(&stdout_of(&[
        "list",
        "--json",
        "--fields",
        "id,year,builds_on",
    ]))
    .expect("list --json is JSON");
    let mut g = Graph {
        ids: Vec::new(),
        year: HashMap::new(),
        builds_on: HashMap::new(),
    };
    for paper in list.as_array().expect("an array") {
        let id = paper["id"].as_str().expect("an id").to_string();
        g.year
            .insert(id.clone(), paper["year"].as_i64().expect("a year"));
        let links = paper["builds_on"]
            .as_array()
            .expect("links")
            .iter()
            .map(|l| {
                (
                    l["id"].as_str().expect("link id").to_string(),
                    l["note"].as_str().expect("note").to_string(),
                )
            })
            .collect();
        g.builds_on.insert(id.clone(), links);
        g.ids.push(id);
    }
    g
}

impl Graph {
    /// Hops on the shortest chain from `from` to `to`, found independently of the binary.
    fn distance(&self, from: &str, to: &str) -> Option<usize> {
        let mut seen = HashMap::from([(from.to_string(), 0)]);
        let mut queue = VecDeque::from([from.to_string()]);
        while let Some(at) = queue.pop_front() {
            if at == to {
                return seen.get(&at).copied();
            }
            let d = seen[&at];
            for (later, links) in &self.builds_on {
                if links.iter().any(|(id, _)| *id == at) && !seen.contains_key(later) {
                    seen.insert(later.clone(), d + 1);
                    queue.push_back(later.clone());
                }
            }
        }
        None
    }

    fn note(&self, earlier: &str, later: &str) -> Option<&str> {
        self.builds_on[later]
            .iter()
            .find(|(id, _)| id == earlier)
            .map(|(_, note)| note.as_str())
    }
}

#[test]
fn every_hop_of_every_path_is_a_link_forward_in_time() {
    let g = graph();
    let mut found = 0;
    for from in &g.ids {
        for to in &g.ids {
            let out = aipapers()
                .args(["path", from, to, "--json"])
                .output()
                .expect("aipapers runs");
            let Some(expected) = g.distance(from, to) else {
                // Typed the wrong way round: a usage error; else no answer (3).
                let stderr = String::from_utf8_lossy(&out.stderr);
                let reversed = stderr.contains("a chain of influence only runs forward in time");
                let code = if reversed { 2 } else { 3 };
                assert_eq!(out.status.code(), Some(code), "path {from} {to}: {stderr}");
                assert!(out.stdout.is_empty());
                assert!(stderr.starts_with("error: "));
                continue;
            };
            assert!(out.status.success(), "path {from} {to} failed");
            found += 1;
            let path: Value = serde_json::from_slice(&out.stdout).expect("JSON");
            let chain: Vec<&str> = path["chain"]
                .as_array()
                .expect("a chain")
                .iter()
                .map(|v| v.as_str().expect("an id"))
                .collect();
            assert_eq!(chain.first(), Some(&from.as_str()));
            assert_eq!(chain.last(), Some(&to.as_str()));
            let hops = path["hops"].as_array().expect("hops");
            assert_eq!(hops.len(), expected, "path {from} {to} is not the shortest");
            assert_eq!(hops.len() + 1, chain.len());
            for (hop, pair) in hops.iter().zip(chain.windows(2)) {
                let (earlier, later) = (
                    hop["from"].as_str().expect("from"),
                    hop["to"].as_str().expect("to"),
                );
                assert_eq!([earlier, later], pair);
                assert_eq!(
                    g.note(earlier, later),
                    hop["note"].as_str(),
                    "{later} does not build on {earlier}"
                );
                assert!(
                    g.year[earlier] <= g.year[later],
                    "{earlier} -> {later} goes back in time"
                );
            }
        }
    }
    // Each paper reaches itself, and the catalog has many longer chains.
    assert!(found > g.ids.len() * 3, "only {found} paths found");
}

#[test]
fn lineage_trees_follow_catalog_links_and_repeats_have_no_subtree() {
    let g = graph();
    // Nodes come flat, in drawing order: each hangs under `parent`, one level deeper
    // than it, and a repeated paper (already expanded above) has nothing under it.
    fn walk(g: &Graph, root: &str, nodes: &Value, ancestors: bool) {
        let nodes = nodes.as_array().expect("nodes");
        let mut path: Vec<&str> = vec![root];
        for (k, node) in nodes.iter().enumerate() {
            let id = node["id"].as_str().expect("id");
            let depth = node["depth"].as_u64().expect("depth") as usize;
            assert!(depth >= 1 && depth <= path.len(), "{id} at depth {depth}");
            path.truncate(depth);
            let parent = node["parent"].as_str().expect("parent");
            assert_eq!(parent, path[depth - 1], "parent of {id}");
            let (earlier, later) = if ancestors {
                (id, parent)
            } else {
                (parent, id)
            };
            assert_eq!(
                node["note"].as_str(),
                g.note(earlier, later),
                "{earlier} -> {later}"
            );
            assert_eq!(node["year"].as_i64(), Some(g.year[id]));
            if node["repeated"] == Value::Bool(true) {
                let next_depth = nodes.get(k + 1).and_then(|n| n["depth"].as_u64());
                assert!(
                    next_depth.is_none_or(|d| d as usize <= depth),
                    "{id} repeated"
                );
            }
            path.push(id);
        }
    }
    for id in ["transformer", "backprop", "gpt-3", "deepseek-r1"] {
        let tree: Value =
            serde_json::from_str(&stdout_of(&["lineage", id, "--json"])).expect("JSON");
        assert_eq!(tree["id"], id);
        walk(&g, id, &tree["ancestors"], true);
        walk(&g, id, &tree["descendants"], false);
    }
    let one_side: Value = serde_json::from_str(&stdout_of(&[
        "lineage",
        "gpt-3",
        "--ancestors",
        "--depth",
        "1",
        "--json",
    ]))
    .expect("JSON");
    assert!(one_side.get("descendants").is_none());
    let ids: Vec<&str> = one_side["ancestors"]
        .as_array()
        .expect("ancestors")
        .iter()
        .map(|n| n["id"].as_str().expect("id"))
        .collect();
    assert_eq!(ids, ["gpt-2", "scaling-laws"]);
}

#[test]
fn ascii_views_are_pure_ascii() {
    for args in [
        &["timeline", "--ascii"][..],
        &["timeline", "--ascii", "--era", "scaling,foundations"],
        &["timeline", "--ascii", "--color", "always"],
        &["lineage", "transformer", "--ascii"],
        &["lineage", "backprop", "--ascii", "--descendants"],
        &["path", "backprop", "deepseek-r1", "--ascii"],
        &["path", "lstm", "lstm", "--ascii"],
    ] {
        let out = stdout_of(args);
        assert!(!out.is_empty(), "{args:?} printed nothing");
        if let Some(bad) = out.chars().find(|c| !c.is_ascii()) {
            panic!("{args:?} printed {bad:?}:\n{out}");
        }
    }
}

#[test]
fn timeline_json_is_every_selected_paper_in_time_order() {
    let g = graph();
    let events: Value = serde_json::from_str(&stdout_of(&["timeline", "--json"])).expect("JSON");
    let events = events.as_array().expect("an array");
    assert_eq!(events.len(), g.ids.len());
    let years: Vec<i64> = events
        .iter()
        .map(|e| e["year"].as_i64().expect("year"))
        .collect();
    assert!(years.windows(2).all(|w| w[0] <= w[1]), "{years:?}");
    for e in events {
        let id = e["id"].as_str().expect("id");
        let sources: Vec<&str> = g.builds_on[id].iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(e["builds_on"], serde_json::json!(sources));
        for later in e["led_to"].as_array().expect("led_to") {
            assert!(g.note(id, later.as_str().expect("id")).is_some());
        }
    }
    let eras: Value = serde_json::from_str(&stdout_of(&[
        "timeline", "--json", "--era", "3", "--until", "2018",
    ]))
    .expect("JSON");
    let ids: Vec<&str> = eras
        .as_array()
        .expect("array")
        .iter()
        .map(|e| e["id"].as_str().expect("id"))
        .collect();
    assert_eq!(ids, ["transformer"]);
}

/// Every string a graph label can carry, at its most hostile.
const HOSTILE: &str = r#"E \"q\" \\ <b>&lt;</b> # | ; `t` %%{init}%% end\nline"#;

/// A catalog file where a paper's name, an era's name and a link's note are hostile.
fn hostile_catalog() -> tempfile::NamedTempFile {
    let mut catalog: Value =
        serde_json::from_str(include_str!("../../data/papers.json")).expect("catalog JSON");
    let text: String = serde_json::from_str(&format!("\"{HOSTILE}\"")).expect("a JSON string");
    catalog["papers"][8]["name"] = Value::String(text.clone());
    catalog["eras"][2]["name"] = Value::String(text.clone());
    catalog["papers"][9]["builds_on"][0]["note"] = Value::String(text);
    let mut file = tempfile::NamedTempFile::new().expect("a temp file");
    file.write_all(catalog.to_string().as_bytes())
        .expect("writes the catalog");
    file
}

fn export(format: &str, extra: &[&str]) -> String {
    let mut args = vec!["export", "--format", format];
    args.extend_from_slice(extra);
    stdout_of(&args)
}

fn graphviz(dot: &str) -> String {
    let mut child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("dot runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(dot.as_bytes())
        .expect("dot reads");
    let out = child.wait_with_output().expect("dot finishes");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && stderr.is_empty(),
        "dot failed: {stderr}\n{dot}"
    );
    String::from_utf8(out.stdout).expect("SVG is UTF-8")
}

#[test]
fn dot_export_renders_with_graphviz() {
    if !have("dot") {
        return;
    }
    let g = graph();
    let links: usize = g.builds_on.values().map(Vec::len).sum();
    let svg = graphviz(&export("dot", &[]));
    assert_eq!(svg.matches("class=\"node\"").count(), g.ids.len());
    assert_eq!(svg.matches("class=\"edge\"").count(), links);
    assert_eq!(svg.matches("class=\"cluster\"").count(), 5);

    let era = graphviz(&export("dot", &["--era", "pretraining"]));
    assert_eq!(era.matches("class=\"node\"").count(), 6);
    assert_eq!(era.matches("class=\"cluster\"").count(), 1);

    // Hostile text comes out exactly as written, as XML text, in labels and tooltips.
    let file = hostile_catalog();
    let path = file.path().to_str().expect("a UTF-8 path");
    let svg = graphviz(&export("dot", &["--catalog", path]));
    let shown = "E &quot;q&quot; \\ &lt;b&gt;&amp;lt;&lt;/b&gt; # | ; `t` %%{init}%% end";
    assert!(svg.contains(&format!(">{shown}</text>")), "{svg}");
    assert!(svg.contains(&format!("{shown}&#10;line")) || svg.contains(&format!("{shown}\nline")));
    assert_eq!(svg.matches("class=\"node\"").count(), g.ids.len());
}

#[test]
fn every_node_of_the_graphviz_svg_links_to_its_paper() {
    if !have("dot") {
        return;
    }
    let svg = graphviz(&export("dot", &[]));
    let urls: Vec<String> = stdout_of(&["list", "--format", "csv", "--fields", "url"])
        .lines()
        .skip(1)
        .map(String::from)
        .collect();
    assert_eq!(urls.len(), 23);
    for url in &urls {
        assert!(
            svg.contains(&format!("xlink:href=\"{url}\"")),
            "no link to {url}"
        );
    }
    assert_eq!(svg.matches("xlink:href=").count(), urls.len());
}

/// Checks a Mermaid flowchart's structure and returns (node ids, links).
fn mermaid_structure(text: &str) -> (Vec<String>, Vec<(String, String)>) {
    let mut lines = text.lines();
    assert!(
        matches!(lines.next(), Some("flowchart TD" | "flowchart LR")),
        "{text}"
    );
    let mut nodes = Vec::new();
    let mut links = Vec::new();
    let mut depth = 0i32;
    let safe_id =
        |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    for line in lines {
        let line = line.trim();
        if let Some(comment) = line.strip_prefix("%%") {
            assert!(
                !comment.contains("%%"),
                "a comment opens a directive: {line}"
            );
            continue;
        }
        if let Some(rest) = line.strip_prefix("subgraph ") {
            depth += 1;
            let (id, title) = rest.split_once(' ').expect("a subgraph has a title");
            assert!(safe_id(id), "{line}");
            assert!(title.starts_with("[\"") && title.ends_with("\"]"), "{line}");
            assert_eq!(title.matches('"').count(), 2, "{line}");
            assert!(!title.contains(['<', '>', '`', '|', '%']), "{line}");
        } else if line == "end" {
            depth -= 1;
            assert!(depth >= 0, "an end without a subgraph");
        } else if let Some((from, to)) = line.split_once(" --> ") {
            assert!(safe_id(from) && safe_id(to), "{line}");
            links.push((from.to_string(), to.to_string()));
        } else {
            let (id, label) = line.split_once('[').expect("a node line");
            assert!(safe_id(id), "{line}");
            assert!(label.starts_with('"') && label.ends_with("\"]"), "{line}");
            assert_eq!(label.matches('"').count(), 2, "{line}");
            assert!(!label.contains(['<', '>', '`', '|', '%']), "{line}");
            nodes.push(id.to_string());
        }
    }
    assert_eq!(depth, 0, "unbalanced subgraphs");
    for (from, to) in &links {
        assert!(
            nodes.contains(from) && nodes.contains(to),
            "{from} --> {to}"
        );
    }
    (nodes, links)
}

#[test]
fn mermaid_export_is_a_well_formed_flowchart() {
    let g = graph();
    let all_links: usize = g.builds_on.values().map(Vec::len).sum();
    let (nodes, links) = mermaid_structure(&export("mermaid", &[]));
    assert_eq!(nodes.len(), g.ids.len());
    assert_eq!(links.len(), all_links);

    let (nodes, links) = mermaid_structure(&export("mermaid", &["--era", "pretraining"]));
    assert_eq!(nodes.len(), 6);
    // gpt-1 -> bert, gpt-1 -> gpt-2, bert -> t5, gpt-2 -> scaling-laws, gpt-2 -> gpt-3,
    // scaling-laws -> gpt-3: the links into and out of the era are left out.
    assert_eq!(links.len(), 6);

    let file = hostile_catalog();
    let path = file.path().to_str().expect("a UTF-8 path");
    let (nodes, _) = mermaid_structure(&export("mermaid", &["--catalog", path]));
    assert_eq!(nodes.len(), g.ids.len());
}
