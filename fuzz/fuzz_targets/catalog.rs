//! Fuzzes catalog parsing and validation, then every writer: any bytes must give a catalog
//! or an error, never a panic, and a catalog that loads must render in every format, as
//! cards, a timeline, lineage trees and citations, without panicking.
#![no_main]

use aipapers::catalog::Catalog;
use aipapers::catalog::graph::{Direction, lineage};
use aipapers::catalog::query::Query;
use aipapers::render::cite::{self, CiteStyle};
use aipapers::render::glyphs::Glyphs;
use aipapers::render::csv::Cells;
use aipapers::render::{self, Format, Palette, Term, card, timeline, tree};
use clap::ValueEnum;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // The copying parser: the borrowing one needs text that lives until the process ends.
    let Ok(loaded) = Catalog::parse_copied(text, "fuzz") else { return };
    let catalog = loaded.catalog;
    let papers = Query::default().run(&catalog);
    let narrow = Term { palette: Palette { enabled: true }, width: Some(40) };
    let mut out = Vec::new();
    for term in [Term::plain(), narrow] {
        for &format in Format::value_variants() {
            render::papers(&mut out, format, &catalog, &papers, None, &term, Cells::AsIs).expect("in memory");
        }
        card::papers(&mut out, &catalog, &papers, &term).expect("in memory");
        timeline::write(&mut out, &catalog, &papers, &term, Glyphs::UNICODE).expect("in memory");
        for &paper in &papers {
            let sides: Vec<_> = [Direction::Ancestors, Direction::Descendants]
                .into_iter()
                .map(|side| (side, lineage(&catalog, paper, side, None)))
                .collect();
            tree::lineage(&mut out, &catalog, paper, &sides, &term, Glyphs::ASCII)
                .expect("in memory");
            serde_json::to_writer(&mut out, &tree::lineage_object(&catalog, paper, &sides))
                .expect("in memory");
        }
    }
    for &style in CiteStyle::value_variants() {
        cite::papers(&mut out, &catalog, &papers, style).expect("in memory");
    }
});
