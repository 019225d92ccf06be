//! Exact output, pinned in golden files under tests/cmd (regenerate with TRYCMD=overwrite).
//! The README's examples are checked by `readme`, in the form a terminal shows them.

#[test]
fn golden_files() {
    trycmd::TestCases::new()
        .env("COLUMNS", "100")
        // Empty counts as unset for all three.
        .env("NO_COLOR", "")
        .env("CLICOLOR_FORCE", "")
        .env("AIPAPERS_CATALOG", "")
        // Plans and tables show the reader's marks: none here.
        .env("AIPAPERS_DATA", crate::no_progress().display().to_string())
        .env(
            "AIPAPERS_PAPERS_D",
            crate::no_papers_d().display().to_string(),
        )
        .case("tests/cmd/*.trycmd");
}
