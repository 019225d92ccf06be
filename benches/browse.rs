//! The browser's responsiveness: from a key event to the frame drawn (the state updated and
//! the screen rendered into ratatui's test backend, 160x48), on the embedded catalog and on
//! a synthetic one of 10,000 papers; and the first frame from a cold start of the state.
//! `cargo bench --bench browse`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use aipapers::catalog::{Catalog, synthetic};
use aipapers::render::glyphs::Glyphs;
use aipapers::tui::view::{Look, draw};
use aipapers::tui::{State, update};

const LOOK: Look = Look {
    color: true,
    glyphs: Glyphs::UNICODE,
};

fn key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

fn backspace() -> KeyEvent {
    KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE)
}

fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(160, 48)).expect("a test terminal")
}

/// Each measured step is one key and one frame; the keys come in pairs that undo each
/// other, so every round starts from the same state.
fn keys(c: &mut Criterion, name: &str, catalog: &Catalog) {
    let mut group = c.benchmark_group(name);
    let mut term = terminal();
    let mut state = State::new(catalog);
    term.draw(|f| draw(f, &state, &LOOK)).expect("drawn");
    let mut frame = |state: &mut State<'_>, event: KeyEvent| {
        black_box(update(state, event));
        term.draw(|f| draw(f, state, &LOOK)).expect("drawn");
    };
    let mut down = true;
    group.bench_function("move", |b| {
        b.iter(|| {
            frame(&mut state, key(if down { 'j' } else { 'k' }));
            down = !down;
        })
    });
    let mut filtered = false;
    group.bench_function("era filter", |b| {
        b.iter(|| {
            frame(&mut state, key(if filtered { '0' } else { '2' }));
            filtered = !filtered;
        })
    });
    if filtered {
        frame(&mut state, key('0'));
    }
    // A query of some letters is open; each step types one more or takes it back.
    frame(&mut state, key('/'));
    for c in "networ".chars() {
        frame(&mut state, key(c));
    }
    let mut typed = false;
    group.bench_function("search keystroke", |b| {
        b.iter(|| {
            frame(&mut state, if typed { backspace() } else { key('k') });
            typed = !typed;
        })
    });
    group.finish();
}

fn embedded(c: &mut Criterion) {
    let catalog = Catalog::embedded();
    keys(c, "browse embedded", &catalog);
    c.bench_function("browse embedded/first frame", |b| {
        b.iter(|| {
            let catalog = Catalog::embedded();
            let state = State::new(&catalog);
            let mut term = terminal();
            term.draw(|f| draw(f, &state, &LOOK)).expect("drawn");
        })
    });
}

fn ten_thousand(c: &mut Criterion) {
    let json = synthetic::json(10_000);
    let catalog = Catalog::parse_copied(&json, "synthetic")
        .expect("the synthetic catalog is valid")
        .catalog;
    keys(c, "browse 10k", &catalog);
}

criterion_group!(benches, embedded, ten_thousand);
criterion_main!(benches);
