//! In-process benchmarks: loading, querying, rendering, searching and walking the graph, on
//! the embedded catalog and on a synthetic catalog of 100,000 papers. `cargo bench`.

use std::hint::black_box;
use std::io;
use std::sync::OnceLock;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

use aipapers::catalog::graph::{self, Direction};
use aipapers::catalog::query::{Filter, Needle, Query, SortKey};
use aipapers::catalog::search::{self, SearchQuery};
use aipapers::catalog::{Catalog, EMBEDDED_JSON, Field, synthetic};
use aipapers::render::csv::Cells;
use aipapers::render::{self, Format, Term, card};

const BIG: usize = 100_000;

/// The big catalog's JSON and the catalog loaded from it, built once for every benchmark.
/// The catalog borrows its strings from the JSON, which lives as long as the process.
fn big() -> &'static (&'static str, Catalog) {
    static BIG_CATALOG: OnceLock<(&'static str, Catalog)> = OnceLock::new();
    BIG_CATALOG.get_or_init(|| {
        let json: &'static str = synthetic::json(BIG).leak();
        let catalog = Catalog::parse(json, "synthetic")
            .expect("the synthetic catalog is valid")
            .catalog;
        (json, catalog)
    })
}

fn embedded(c: &mut Criterion) {
    let mut group = c.benchmark_group("embedded");
    group.bench_function("parse and validate", |b| {
        b.iter(|| Catalog::parse(black_box(EMBEDDED_JSON), "embedded"))
    });
    let catalog = Catalog::embedded();
    let all: Vec<usize> = Query::default().run(&catalog);
    group.bench_function("render table", |b| {
        b.iter(|| {
            render::papers(
                &mut io::sink(),
                Format::Table,
                &catalog,
                &all,
                None,
                &Term::plain(),
                Cells::AsIs,
            )
        })
    });
    let transformer = catalog.find("transformer").expect("the transformer paper");
    group.bench_function("render card", |b| {
        b.iter(|| card::paper(&mut io::sink(), &catalog, transformer, &Term::plain()))
    });
    group.finish();
}

fn big_catalog(c: &mut Criterion) {
    let (json, catalog) = big();
    let mut group = c.benchmark_group("100k");
    // Each iteration takes from milliseconds to a second: few samples are enough.
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));

    group.bench_function("parse and validate", |b| {
        // Dropping is left out: the command-line tool never frees its catalog.
        b.iter_with_large_drop(|| Catalog::parse(black_box(json), "synthetic"))
    });

    for key in [
        SortKey::Year,
        SortKey::Title,
        SortKey::Id,
        SortKey::Era,
        SortKey::Author,
    ] {
        let query = Query {
            sort: key,
            ..Query::default()
        };
        group.bench_with_input(
            BenchmarkId::new("sort", format!("{key:?}")),
            &query,
            |b, q| b.iter(|| q.run(catalog)),
        );
    }
    let filtered = Query {
        filter: Filter {
            since: Some(1990),
            authors: Needle::new("hinton").into_iter().collect(),
            tags: vec!["language".into()],
            ..Filter::default()
        },
        sort: SortKey::Title,
        ..Query::default()
    };
    group.bench_function("filter since+author+tag, sort title", |b| {
        b.iter(|| filtered.run(catalog))
    });

    let all = Query::default().run(catalog);
    for format in [Format::Table, Format::Csv, Format::Json] {
        group.bench_with_input(
            BenchmarkId::new("render", format!("{format:?}")),
            &format,
            |b, &f| {
                b.iter(|| {
                    render::papers(
                        &mut io::sink(),
                        f,
                        catalog,
                        &all,
                        None,
                        &Term::plain(),
                        Cells::AsIs,
                    )
                })
            },
        );
    }
    let three = [Field::Id, Field::Title, Field::Year];
    group.bench_function("render Csv id,title,year", |b| {
        b.iter(|| {
            render::papers(
                &mut io::sink(),
                Format::Csv,
                catalog,
                &all,
                Some(&three),
                &Term::plain(),
                Cells::AsIs,
            )
        })
    });

    let query = SearchQuery::parse("attention \"gradient descent\"").expect("a query");
    group.bench_function("search", |b| b.iter(|| search::search(catalog, &query)));

    // The newest paper with several links has a large ancestry; the oldest, many heirs.
    let order = catalog.chronological();
    let newest = *order
        .iter()
        .rev()
        .find(|&&i| catalog.builds_on(i).len() >= 2)
        .expect("some paper has links");
    let oldest = order[0];
    group.bench_function("lineage ancestors of a recent paper", |b| {
        b.iter(|| graph::lineage(catalog, newest, Direction::Ancestors, None))
    });
    group.bench_function("lineage descendants of the oldest, depth 3", |b| {
        b.iter(|| graph::lineage(catalog, oldest, Direction::Descendants, Some(3)))
    });
    // A path that exists: from the recent paper's deepest first-link ancestor down to it.
    let mut root = newest;
    while let Some(&first) = catalog.builds_on(root).first() {
        root = first;
    }
    group.bench_function("shortest path", |b| {
        b.iter(|| graph::shortest_path(catalog, root, newest))
    });
    group.bench_function("topological order", |b| {
        b.iter(|| graph::topological_order(catalog))
    });
    group.finish();
}

criterion_group!(benches, embedded, big_catalog);
criterion_main!(benches);
