//! Compiles the embedded catalog: data/papers.json is parsed and validated here, once, and
//! written out as Rust values, so the program starts without parsing or checking it.
//! An invalid catalog fails the build with the same problems `aipapers validate` reports,
//! and so does a field the program does not know (which the build would otherwise drop).

// Build-script output is the protocol with Cargo, not user-facing printing.
#![allow(clippy::print_stdout)]

use std::fmt::Write as _;
use std::path::Path;

// The program's own data types and rules, so the build checks exactly what run time would.
#[allow(dead_code)]
#[path = "src/catalog/model.rs"]
mod model;
#[allow(dead_code)]
#[path = "src/catalog/strict.rs"]
mod strict;
#[allow(dead_code)]
#[path = "src/catalog/text.rs"]
mod text;
#[allow(dead_code)]
#[path = "src/catalog/threads.rs"]
mod threads;
#[allow(dead_code)]
#[path = "src/catalog/validate.rs"]
mod validate;

use model::{Link, Paper, Published, RawCatalog, Text};

const SOURCE: &str = "data/papers.json";

fn main() {
    println!("cargo:rerun-if-changed={SOURCE}");
    println!("cargo:rerun-if-changed=src/catalog/model.rs");
    println!("cargo:rerun-if-changed=src/catalog/strict.rs");
    println!("cargo:rerun-if-changed=src/catalog/text.rs");
    println!("cargo:rerun-if-changed=src/catalog/threads.rs");
    println!("cargo:rerun-if-changed=src/catalog/validate.rs");

    let json = std::fs::read_to_string(SOURCE)
        .unwrap_or_else(|e| fail(&format!("cannot read {SOURCE}: {e}")));
    // The catalog's strings borrow from the text: it lives as long as this script.
    let json: &'static str = json.leak();
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    let strict::Strict(raw) = serde_json::from_str::<strict::Strict<RawCatalog>>(json)
        .unwrap_or_else(|e| fail(&format!("{SOURCE}: {e}")));
    let resolved = validate::check_embedded(&raw).unwrap_or_else(|problems| {
        let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
        fail(&format!(
            "{SOURCE} is not a valid catalog:\n  {}",
            list.join("\n  ")
        ))
    });

    // `aipapers --version` names the catalog it carries.
    println!(
        "cargo:rustc-env=AIPAPERS_CATALOG_SUMMARY=catalog {}, {} papers",
        raw.updated,
        raw.papers.len()
    );
    let out = Path::new(&std::env::var_os("OUT_DIR").expect("Cargo sets OUT_DIR"))
        .join("embedded_catalog.rs");
    std::fs::write(&out, generate(&raw, &resolved))
        .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", out.display())));
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(1);
}

/// `raw()`, `NAMES` and `links()`: what parsing and validation made, rebuilt.
/// Each string is a literal (`{:?}` of a `str` is valid Rust), borrowed by its `Text`.
fn generate(raw: &RawCatalog, resolved: &validate::Resolved) -> String {
    let mut s = String::new();
    s += "// Written by build.rs from data/papers.json. Do not edit.\n\n";
    s += "pub(super) fn raw() -> RawCatalog {\n    RawCatalog {\n";
    let _ = writeln!(s, "schema_version: {},", raw.schema_version);
    let _ = writeln!(s, "updated: {},", text(&raw.updated));
    s += "eras: vec![\n";
    for era in &raw.eras {
        let _ = writeln!(
            s,
            "Era {{ id: {}, name: {}, description: {} }},",
            text(&era.id),
            text(&era.name),
            text(&era.description)
        );
    }
    s += "],\npapers: vec![\n";
    for paper in &raw.papers {
        s += &paper_literal(paper);
    }
    s += "],\n    }\n}\n\n";

    // Sorted, so the generated file is the same from one build to the next.
    let mut names: Vec<(&str, usize)> = resolved
        .names
        .iter()
        .map(|(name, &i)| (name.as_str(), i))
        .collect();
    names.sort_unstable();
    // The names as a sorted table searched in place: no hash table to build at start-up.
    s += "pub(super) const NAMES: &[(&str, usize)] = &[\n";
    for (name, i) in names {
        let _ = writeln!(s, "({name:?}, {i}),");
    }
    s += "];\n\n";
    s += "pub(super) fn links() -> validate::Links {\n";
    s += "    validate::Links {\n";
    s += "builds_on: vec![\n";
    for links in &resolved.links.builds_on {
        let _ = writeln!(s, "vec!{links:?},");
    }
    s += "],\n";
    let _ = writeln!(s, "era_of: vec!{:?},", resolved.links.era_of);
    let _ = writeln!(s, "days: vec!{:?},", resolved.links.days);
    s += "    }\n}\n";
    s
}

fn paper_literal(p: &Paper) -> String {
    let links: Vec<String> = p.builds_on.iter().map(link).collect();
    let mut s = String::from("Paper {\n");
    let mut field = |name: &str, value: String| {
        let _ = writeln!(s, "{name}: {value},");
    };
    field("id", text(&p.id));
    field("aliases", texts(&p.aliases));
    field("name", text(&p.name));
    field("title", text(&p.title));
    field("authors", texts(&p.authors));
    field("year", p.year.to_string());
    field("date", text(&p.date));
    field(
        "date_precision",
        format!("DatePrecision::{:?}", p.date_precision),
    );
    field("venue", text(&p.venue));
    field("volume", option(p.volume.as_ref()));
    field("issue", option(p.issue.as_ref()));
    field("pages", option(p.pages.as_ref()));
    field("publisher", option(p.publisher.as_ref()));
    field("arxiv", option(p.arxiv.as_ref()));
    field("doi", option(p.doi.as_ref()));
    field("url", text(&p.url));
    field(
        "published",
        p.published
            .as_ref()
            .map_or_else(|| "None".to_string(), published),
    );
    field("era", text(&p.era));
    field("tags", texts(&p.tags));
    field("why", text(&p.why));
    field("tldr", text(&p.tldr));
    field("summary", text(&p.summary));
    field("results", texts(&p.results));
    field("builds_on", format!("vec![{}]", links.join(", ")));
    s += "},\n";
    s
}

fn text(t: &Text) -> String {
    format!("Text::from({:?})", t.as_str())
}

fn texts(list: &[Text]) -> String {
    let items: Vec<String> = list.iter().map(text).collect();
    format!("vec![{}]", items.join(", "))
}

fn option(t: Option<&Text>) -> String {
    t.map_or_else(|| "None".to_string(), |t| format!("Some({})", text(t)))
}

fn link(l: &Link) -> String {
    format!("Link {{ id: {}, note: {} }}", text(&l.id), text(&l.note))
}

fn published(p: &Published) -> String {
    format!(
        "Some(Published {{ title: {}, venue: {}, year: {}, date: {}, doi: {}, volume: {}, \
         issue: {}, pages: {}, url: {} }})",
        text(&p.title),
        text(&p.venue),
        p.year,
        option(p.date.as_ref()),
        option(p.doi.as_ref()),
        option(p.volume.as_ref()),
        option(p.issue.as_ref()),
        option(p.pages.as_ref()),
        option(p.url.as_ref()),
    )
}
