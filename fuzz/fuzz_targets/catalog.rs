//! Fuzzes catalog parsing and validation: any bytes must give a catalog or an error,
//! never a panic, and a catalog that loads must render without panicking.
#![no_main]

use aipapers::catalog::Catalog;
use aipapers::catalog::query::Query;
use aipapers::render::{self, Format, Term};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // The copying parser: the borrowing one needs text that lives until the process ends.
    if let Ok(loaded) = Catalog::parse_copied(text, "fuzz") {
        let catalog = loaded.catalog;
        let papers = Query::default().run(&catalog);
        for format in [Format::Table, Format::Json, Format::Csv, Format::Bibtex, Format::Markdown] {
            let mut out = Vec::new();
            render::papers(&mut out, format, &catalog, &papers, None, &Term::plain()).expect("writing to memory");
        }
    }
});
