//! The README's shell recipes run, so the docs cannot drift from the tool. (Its `console`
//! examples, with their exact output, are checked by the golden-file test.)

use crate::help::run_example;

/// Every line of the README's `sh` blocks that runs aipapers (install lines, jq recipes).
fn recipes(readme: &str) -> Vec<String> {
    let mut in_sh = false;
    let mut found = Vec::new();
    for line in readme.lines() {
        if line.starts_with("```") {
            in_sh = !in_sh && line.trim() == "```sh";
            continue;
        }
        let line = line.trim();
        if in_sh && line.starts_with("aipapers ") {
            found.push(line.to_string());
        }
    }
    found
}

#[test]
fn every_aipapers_recipe_in_the_readme_runs() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let recipes = recipes(&readme);
    assert!(recipes.len() >= 10, "found only {recipes:?}");
    for recipe in recipes {
        run_example(&recipe);
    }
}
