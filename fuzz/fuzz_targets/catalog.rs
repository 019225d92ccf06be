//! Fuzzes catalog parsing and validation: any bytes must give a catalog or an error,
//! never a panic, and a catalog that loads must render without panicking.
#![no_main]

use aipapers::catalog::Catalog;
use aipapers::catalog::query::Query;
use aipapers::render::{self, Format, Term};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // A catalog borrows its text for the life of the process, as the tool does with its
    // catalog file: each input is leaked (small inputs; run with -detect_leaks=0).
    let text: &'static str = text.to_owned().leak();
    if let Ok(loaded) = Catalog::parse(text, "fuzz") {
        let catalog = loaded.catalog;
        let papers = Query::default().run(&catalog);
        for format in [Format::Table, Format::Json, Format::Csv, Format::Bibtex, Format::Markdown] {
            let mut out = Vec::new();
            render::papers(&mut out, format, &catalog, &papers, None, &Term::plain()).expect("writing to memory");
        }
    }
});
