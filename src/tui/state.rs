//! What the browser shows and where the reader is in it, and how each key changes that:
//! plain data and plain functions, driven by tests without a terminal.

use std::cell::Cell;

use clap::ValueEnum;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::catalog::Catalog;
use crate::catalog::graph::{self, Direction, Lineage};
use crate::catalog::query::{self, Filter, Query, SortKey};
use crate::catalog::search::{Hit, Index, SearchQuery};
use crate::render::timeline::{self, Row};

/// Every key the browser knows, and what it does: the help screen, the manual and the
/// README list these.
pub const KEYS: &[(&str, &str)] = &[
    (
        "Up Down  j k",
        "move; in the card, through its Builds on / Led to",
    ),
    ("PgUp PgDn", "move a page"),
    ("g G  Home End", "jump to the first or last"),
    ("1-9, 0", "only the papers of that era; 0 shows all"),
    ("s  r", "cycle the sort key; reverse the order"),
    (
        "/",
        "search as you type (Enter keeps the results, Esc clears)",
    ),
    ("Tab", "move between the list and the card"),
    (
        "Enter",
        "open the selected entry: a linked paper, or the card",
    ),
    (
        "Backspace  [  ]",
        "back and forward through the papers visited",
    ),
    ("t  l", "the timeline, or the lineage of the selected paper"),
    ("o", "open the full text in the browser"),
    (
        "c  C",
        "copy the citation (OSC 52); choose the citation style",
    ),
    ("y", "copy the paper's id"),
    ("m", "mark the paper read, or unread again"),
    ("?", "show or hide this help"),
    (
        "q  Esc  Ctrl-C",
        "quit (Esc first clears a search or leaves a view)",
    ),
];

/// The citation styles `C` cycles through, as `cite --style` names them.
pub const CITE_STYLES: &[&str] = &[
    "bibtex",
    "biblatex",
    "apa",
    "mla",
    "chicago-author-date",
    "ieee",
    "harvard",
    "vancouver",
    "nature",
];

/// What the left pane shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    /// The papers, grouped by era or ranked by a search.
    List,
    /// The same papers on the timeline, oldest first.
    Timeline,
    /// The lineage of the paper that was selected when it opened.
    Lineage,
}

/// Which pane the movement keys move in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    List,
    Card,
}

/// What the program around the state must do after a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Nothing beyond drawing the new state.
    None,
    Quit,
    /// Open this paper's full text.
    Open(usize),
    /// Copy this paper's citation in this style (one of [`CITE_STYLES`]).
    CopyCitation(usize, &'static str),
    /// Copy this paper's id.
    CopyId(usize),
    /// Mark this paper read (true) or unread in the reader's progress.
    Mark(usize, bool),
}

/// One line of the lineage pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineageLine {
    /// "What led to X" / "What X led to".
    Heading(Direction),
    /// A side with no papers.
    Nothing,
    Blank,
    /// A node: which side (index into [`State::lineage`]) and which node of its tree.
    Node {
        side: usize,
        node: usize,
    },
}

/// The browser's whole state.
pub struct State<'c> {
    pub catalog: &'c Catalog,
    /// The era filter (an era's index), if any.
    pub era: Option<usize>,
    pub sort: SortKey,
    pub reverse: bool,
    /// The search as typed; blank means no search.
    pub query: String,
    /// Whether keys go to the query line.
    pub typing: bool,
    /// The ranked hits of the search, one per row of `rows`; empty without a search.
    pub hits: Vec<Hit>,
    /// The catalog's words, indexed at the first search and kept for the ones after.
    index: Option<Index<'c>>,
    /// The papers of the list, in order.
    pub rows: Vec<usize>,
    /// Where an era's group starts in `rows` (its header is drawn above); empty when the
    /// order does not keep eras together.
    pub groups: Vec<usize>,
    pub pane: Pane,
    /// The papers of the timeline pane, oldest first, and its rows.
    pub timeline: Vec<usize>,
    pub timeline_rows: Vec<Row>,
    /// For each paper of `timeline`, its line in `timeline_rows`.
    pub timeline_at: Vec<usize>,
    /// The lineage pane: its root, both sides, its lines, and each node's paper and line.
    pub lineage_root: Option<usize>,
    pub lineage: Vec<(Direction, Lineage<'c>)>,
    pub lineage_lines: Vec<LineageLine>,
    pub lineage_papers: Vec<usize>,
    pub lineage_at: Vec<usize>,
    /// The selected place in the left pane's papers.
    pub cursor: usize,
    /// The paper on the card.
    pub selected: Option<usize>,
    pub focus: Focus,
    /// The selected Builds on / Led to entry of the card (builds-on entries first).
    pub link: usize,
    /// Lines the card is scrolled by.
    pub scroll: usize,
    /// Papers visited by following links, and where in them the reader is.
    pub history: Vec<usize>,
    pub at: usize,
    pub help: bool,
    /// A message for the status line, until the next key.
    pub status: Option<String>,
    /// For each paper, the day the reader marked it read, if they did; empty when the
    /// progress is unknown.
    pub read: Vec<Option<String>>,
    /// The citation style `c` copies in: an index into [`CITE_STYLES`].
    pub style: usize,
    /// The first line the left pane shows, and how many it shows: kept by the view, so the
    /// selection stays in sight and a page is a page.
    pub top: Cell<usize>,
    pub page: Cell<usize>,
    /// The first line of the card shown, as the view last drew it.
    pub card_top: Cell<usize>,
}

impl<'c> State<'c> {
    /// The browser at start: every paper, oldest first, the first one selected.
    pub fn new(catalog: &'c Catalog) -> State<'c> {
        let mut state = State {
            catalog,
            era: None,
            sort: SortKey::default(),
            reverse: false,
            query: String::new(),
            typing: false,
            hits: Vec::new(),
            index: None,
            rows: Vec::new(),
            groups: Vec::new(),
            pane: Pane::List,
            timeline: Vec::new(),
            timeline_rows: Vec::new(),
            timeline_at: Vec::new(),
            lineage_root: None,
            lineage: Vec::new(),
            lineage_lines: Vec::new(),
            lineage_papers: Vec::new(),
            lineage_at: Vec::new(),
            cursor: 0,
            selected: None,
            focus: Focus::List,
            link: 0,
            scroll: 0,
            history: Vec::new(),
            at: 0,
            help: false,
            status: None,
            read: Vec::new(),
            style: 0,
            top: Cell::new(0),
            page: Cell::new(10),
            card_top: Cell::new(0),
        };
        state.refresh(false);
        state
    }

    /// The day this paper was marked read, if it was.
    pub fn read_on(&self, paper: usize) -> Option<&str> {
        self.read.get(paper)?.as_deref()
    }

    /// Whether any paper is marked read: the list then shows which.
    pub fn any_read(&self) -> bool {
        self.read.iter().any(Option::is_some)
    }

    /// Records a paper as the progress now has it (read on a day, or not read), and says so
    /// on the status line.
    pub fn set_read(&mut self, paper: usize, date: Option<String>) {
        if self.read.len() < self.catalog.papers.len() {
            self.read.resize(self.catalog.papers.len(), None);
        }
        let id = crate::render::style::clean_line(&self.catalog.paper(paper).id);
        self.status = Some(match &date {
            Some(day) => format!("marked {id} read on {day} (m again unmarks it)"),
            None => format!("marked {id} unread"),
        });
        self.read[paper] = date;
    }

    /// The papers of the left pane, in its order.
    pub fn papers(&self) -> &[usize] {
        match self.pane {
            Pane::List => &self.rows,
            Pane::Timeline => &self.timeline,
            Pane::Lineage => &self.lineage_papers,
        }
    }

    /// The selected card's entries: the papers it builds on, then those it led to.
    pub fn links(&self) -> Vec<usize> {
        self.selected.map_or_else(Vec::new, |p| {
            let mut links = self.catalog.builds_on(p).to_vec();
            links.extend_from_slice(self.catalog.led_to(p));
            links
        })
    }

    /// The search, when the query line holds something to look for.
    fn search(&self) -> Option<SearchQuery> {
        SearchQuery::parse(&self.query).ok()
    }

    /// Recomputes the list after a change of filter, order or query. With `keep`, the
    /// selected paper stays selected if it is still listed; else the first one is.
    fn refresh(&mut self, keep: bool) {
        let catalog = self.catalog;
        let filter = Filter {
            eras: self.era.into_iter().collect(),
            ..Filter::default()
        };
        if let Some(search) = self.search() {
            let index = self.index.get_or_insert_with(|| Index::new(catalog));
            self.hits = index.search(&search);
            self.hits.retain(|hit| filter.matches(catalog, hit.paper));
            self.rows = self.hits.iter().map(|hit| hit.paper).collect();
            self.groups.clear();
        } else {
            self.hits.clear();
            let query = Query {
                filter,
                sort: self.sort,
                reverse: self.reverse,
                limit: None,
            };
            self.rows = query.run(catalog);
            self.groups = if matches!(self.sort, SortKey::Year | SortKey::Era) {
                let era = |k: usize| catalog.era_of(self.rows[k]);
                (0..self.rows.len())
                    .filter(|&k| k == 0 || era(k) != era(k - 1))
                    .collect()
            } else {
                Vec::new()
            };
        }
        let mut timeline = self.rows.clone();
        query::sort(catalog, &mut timeline, SortKey::Year);
        self.timeline_rows = timeline::rows(catalog, &timeline);
        self.timeline_at = self
            .timeline_rows
            .iter()
            .enumerate()
            .filter_map(|(line, row)| matches!(row, Row::Paper(_)).then_some(line))
            .collect();
        self.timeline = timeline;
        let kept = self
            .selected
            .filter(|_| keep)
            .and_then(|p| self.papers().iter().position(|&q| q == p));
        self.top.set(0);
        self.place(kept.unwrap_or(0));
    }

    /// Puts the cursor on this place of the left pane and shows its paper.
    fn place(&mut self, cursor: usize) {
        self.cursor = cursor.min(self.papers().len().saturating_sub(1));
        let paper = self.papers().get(self.cursor).copied();
        if paper.is_some() || self.pane == Pane::List {
            self.show(paper);
        }
    }

    /// Shows a paper on the card, from its top.
    fn show(&mut self, paper: Option<usize>) {
        if self.selected != paper {
            self.link = 0;
            self.scroll = 0;
        }
        self.selected = paper;
    }

    /// Follows a link to a paper, remembering where the reader came from.
    fn visit(&mut self, paper: usize) {
        self.remember_current();
        if self.history.get(self.at) != Some(&paper) {
            self.history.truncate(self.at + 1);
            self.history.push(paper);
            self.at = self.history.len() - 1;
        }
        self.go(paper);
    }

    /// The paper on the card joins the history if the reader moved there by other means
    /// than following links, so going back returns to it.
    fn remember_current(&mut self) {
        if let Some(current) = self.selected
            && self.history.get(self.at) != Some(&current)
        {
            self.history.truncate(self.at + 1);
            self.history.push(current);
            self.at = self.history.len() - 1;
        }
    }

    /// Shows a paper from the history or a link: on the card, and in the list if listed.
    fn go(&mut self, paper: usize) {
        self.show(Some(paper));
        self.link = 0;
        self.scroll = 0;
        if let Some(at) = self.papers().iter().position(|&p| p == paper) {
            self.cursor = at;
        }
    }

    fn back(&mut self) {
        self.remember_current();
        if self.at == 0 {
            self.status = Some("nothing to go back to".into());
            return;
        }
        self.at -= 1;
        self.go(self.history[self.at]);
    }

    fn forward(&mut self) {
        if self.at + 1 >= self.history.len() {
            self.status = Some("nothing to go forward to".into());
            return;
        }
        self.at += 1;
        self.go(self.history[self.at]);
    }

    /// Moves the selection of the focused pane by `by` (negative: up), stopping at the ends.
    fn step(&mut self, by: isize) {
        match self.focus {
            Focus::List => {
                let len = self.papers().len();
                if len > 0 {
                    let to = self.cursor.saturating_add_signed(by).min(len - 1);
                    self.place(to);
                }
            }
            Focus::Card => {
                let len = self.links().len();
                if len > 0 {
                    self.link = self.link.saturating_add_signed(by).min(len - 1);
                } else {
                    self.scroll = self.scroll.saturating_add_signed(by);
                }
            }
        }
    }

    fn set_pane(&mut self, pane: Pane) {
        let selected = self.selected;
        self.pane = if self.pane == pane { Pane::List } else { pane };
        if self.pane == Pane::Lineage
            && let Some(root) = selected
        {
            self.open_lineage(root);
        }
        self.focus = Focus::List;
        self.top.set(0);
        let at = selected.and_then(|p| self.papers().iter().position(|&q| q == p));
        match at {
            Some(at) => self.cursor = at,
            // The lineage pane opens on its first node, the card still on its root.
            None => self.cursor = 0,
        }
    }

    fn open_lineage(&mut self, root: usize) {
        let catalog = self.catalog;
        self.lineage_root = Some(root);
        self.lineage = [Direction::Ancestors, Direction::Descendants]
            .into_iter()
            .map(|side| (side, graph::lineage(catalog, root, side, None)))
            .collect();
        self.lineage_lines.clear();
        self.lineage_papers.clear();
        self.lineage_at.clear();
        for (side, (direction, tree)) in self.lineage.iter().enumerate() {
            if side > 0 {
                self.lineage_lines.push(LineageLine::Blank);
            }
            self.lineage_lines.push(LineageLine::Heading(*direction));
            if tree.nodes.is_empty() {
                self.lineage_lines.push(LineageLine::Nothing);
            }
            for (node, n) in tree.nodes.iter().enumerate() {
                self.lineage_at.push(self.lineage_lines.len());
                self.lineage_papers.push(n.paper);
                self.lineage_lines.push(LineageLine::Node { side, node });
            }
        }
    }

    /// The line of the left pane the cursor is on (headers and rails count as lines).
    pub fn cursor_line(&self) -> usize {
        match self.pane {
            Pane::List => self.cursor + self.groups.partition_point(|&g| g <= self.cursor),
            Pane::Timeline => self.timeline_at.get(self.cursor).copied().unwrap_or(0),
            Pane::Lineage => self.lineage_at.get(self.cursor).copied().unwrap_or(0),
        }
    }

    /// How many lines the left pane has.
    pub fn line_count(&self) -> usize {
        match self.pane {
            Pane::List => self.rows.len() + self.groups.len(),
            Pane::Timeline => self.timeline_rows.len(),
            Pane::Lineage => self.lineage_lines.len(),
        }
    }

    fn set_query(&mut self, query: String) {
        self.query = query;
        self.refresh(false);
    }

    fn typed(&mut self, key: KeyEvent) -> Effect {
        match key.code {
            KeyCode::Esc => {
                self.typing = false;
                self.set_query(String::new());
            }
            KeyCode::Enter => {
                self.typing = false;
                if self.selected.is_some() {
                    self.focus = Focus::Card;
                }
            }
            KeyCode::Backspace => {
                if self.query.is_empty() {
                    self.typing = false;
                } else {
                    let mut query = std::mem::take(&mut self.query);
                    query.pop();
                    self.set_query(query);
                }
            }
            KeyCode::Up => self.step(-1),
            KeyCode::Down => self.step(1),
            KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => {
                let mut query = std::mem::take(&mut self.query);
                query.push(c);
                self.set_query(query);
            }
            _ => {}
        }
        Effect::None
    }
}

/// Changes the state by one key, and says what else must happen.
pub fn update(state: &mut State<'_>, key: KeyEvent) -> Effect {
    state.status = None;
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && matches!(key.code, KeyCode::Char('c' | 'C')) {
        return Effect::Quit;
    }
    if state.typing {
        return state.typed(key);
    }
    if state.help {
        // Any key closes the help; q still quits.
        state.help = false;
        return if key.code == KeyCode::Char('q') {
            Effect::Quit
        } else {
            Effect::None
        };
    }
    let page = state.page.get().max(1) as isize;
    match key.code {
        KeyCode::Char('q') => return Effect::Quit,
        KeyCode::Esc => {
            if !state.query.is_empty() {
                state.set_query(String::new());
            } else if state.pane != Pane::List {
                state.set_pane(Pane::List);
            } else if state.focus == Focus::Card {
                state.focus = Focus::List;
            } else {
                return Effect::Quit;
            }
        }
        KeyCode::Down | KeyCode::Char('j') => state.step(1),
        KeyCode::Up | KeyCode::Char('k') => state.step(-1),
        KeyCode::PageDown => match state.focus {
            Focus::Card => state.scroll += page as usize,
            Focus::List => state.step(page),
        },
        KeyCode::PageUp => match state.focus {
            Focus::Card => state.scroll = state.scroll.saturating_sub(page as usize),
            Focus::List => state.step(-page),
        },
        KeyCode::Home | KeyCode::Char('g') => state.step(isize::MIN / 2),
        KeyCode::End | KeyCode::Char('G') => state.step(isize::MAX / 2),
        KeyCode::Char(digit @ '0'..='9') => {
            let n = digit as usize - '0' as usize;
            if n == 0 {
                state.era = None;
            } else if n <= state.catalog.eras.len() {
                state.era = Some(n - 1);
            } else {
                state.status = Some(format!(
                    "no era {n}: the eras are 1-{}",
                    state.catalog.eras.len()
                ));
                return Effect::None;
            }
            state.refresh(true);
        }
        KeyCode::Char('s') => {
            let keys = SortKey::value_variants();
            let at = keys.iter().position(|&k| k == state.sort).unwrap_or(0);
            state.sort = keys[(at + 1) % keys.len()];
            state.refresh(true);
            if !state.query.is_empty() {
                state.status = Some("search results stay ranked; Esc clears the search".into());
            }
        }
        KeyCode::Char('r') => {
            state.reverse = !state.reverse;
            state.refresh(true);
        }
        KeyCode::Char('/') => {
            // The words are indexed before the first key of the query, not on it.
            let catalog = state.catalog;
            state.index.get_or_insert_with(|| Index::new(catalog));
            state.typing = true;
            state.focus = Focus::List;
            if state.pane != Pane::List {
                state.set_pane(Pane::List);
            }
        }
        KeyCode::Tab | KeyCode::BackTab => {
            state.focus = match state.focus {
                Focus::List if state.selected.is_some() => Focus::Card,
                _ => Focus::List,
            };
        }
        KeyCode::Enter => match (state.focus, state.pane) {
            (Focus::Card, _) => {
                if let Some(&paper) = state.links().get(state.link) {
                    state.visit(paper);
                }
            }
            (Focus::List, Pane::List) => {
                if state.selected.is_some() {
                    state.focus = Focus::Card;
                }
            }
            (Focus::List, _) => {
                if let Some(&paper) = state.papers().get(state.cursor) {
                    state.set_pane(Pane::List);
                    state.visit(paper);
                }
            }
        },
        KeyCode::Backspace | KeyCode::Char('[') => state.back(),
        KeyCode::Char(']') => state.forward(),
        KeyCode::Char('t') => state.set_pane(Pane::Timeline),
        KeyCode::Char('l') => state.set_pane(Pane::Lineage),
        KeyCode::Char('?') => state.help = true,
        KeyCode::Char('o') => return state.selected.map_or(Effect::None, Effect::Open),
        KeyCode::Char('y') => return state.selected.map_or(Effect::None, Effect::CopyId),
        KeyCode::Char('m') => {
            return state.selected.map_or(Effect::None, |p| {
                Effect::Mark(p, state.read_on(p).is_none())
            });
        }
        KeyCode::Char('c') => {
            return state.selected.map_or(Effect::None, |p| {
                Effect::CopyCitation(p, CITE_STYLES[state.style])
            });
        }
        KeyCode::Char('C') => {
            state.style = (state.style + 1) % CITE_STYLES.len();
            state.status = Some(format!(
                "c copies citations as {} (C for the next style)",
                CITE_STYLES[state.style]
            ));
        }
        _ => {}
    }
    Effect::None
}

#[cfg(test)]
pub mod tests {
    use super::*;
    use crate::catalog::fixture;

    /// Key events from a compact script: plain characters, and `<Enter>`, `<Esc>`,
    /// `<Tab>`, `<BS>`, `<Up>`, `<Down>`, `<PgDn>`, `<PgUp>`, `<C-c>` for the others.
    pub fn keys(script: &str) -> Vec<KeyEvent> {
        let mut events = Vec::new();
        let mut rest = script;
        while let Some(c) = rest.chars().next() {
            if c == '<'
                && let Some(end) = rest.find('>')
                && end > 1
            {
                let code = match &rest[1..end] {
                    "Enter" => KeyCode::Enter,
                    "Esc" => KeyCode::Esc,
                    "Tab" => KeyCode::Tab,
                    "BS" => KeyCode::Backspace,
                    "Up" => KeyCode::Up,
                    "Down" => KeyCode::Down,
                    "PgDn" => KeyCode::PageDown,
                    "PgUp" => KeyCode::PageUp,
                    "C-c" => {
                        events.push(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
                        rest = &rest[end + 1..];
                        continue;
                    }
                    other => panic!("no key <{other}>"),
                };
                events.push(KeyEvent::new(code, KeyModifiers::NONE));
                rest = &rest[end + 1..];
            } else {
                events.push(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
                rest = &rest[c.len_utf8()..];
            }
        }
        events
    }

    /// Presses the keys in order and returns the last effect.
    pub fn press(state: &mut State<'_>, script: &str) -> Effect {
        keys(script)
            .into_iter()
            .fold(Effect::None, |_, key| update(state, key))
    }

    fn id(state: &State<'_>) -> String {
        state
            .selected
            .map_or_else(String::new, |p| state.catalog.paper(p).id.to_string())
    }

    fn ids(state: &State<'_>, papers: &[usize]) -> Vec<String> {
        papers
            .iter()
            .map(|&p| state.catalog.paper(p).id.to_string())
            .collect()
    }

    // a <- b <- d; a <- c <- d; c <- e; a and b in the era "old", the rest in "new".
    pub fn graph() -> Catalog {
        fixture::with_eras(
            &["old", "new"],
            &[
                ("a", "2000-01-01", &[], "old"),
                ("b", "2001-01-01", &["a"], "old"),
                ("c", "2002-01-01", &["a"], "new"),
                ("d", "2003-01-01", &["b", "c"], "new"),
                ("e", "2004-01-01", &["c", "d"], "new"),
            ],
        )
    }

    #[test]
    fn it_starts_on_the_oldest_paper_with_every_paper_listed() {
        let catalog = graph();
        let state = State::new(&catalog);
        assert_eq!(id(&state), "a");
        assert_eq!(ids(&state, &state.rows), ["a", "b", "c", "d", "e"]);
        assert_eq!((state.focus, state.pane), (Focus::List, Pane::List));
    }

    #[test]
    fn movement_keys_move_the_selection_and_stop_at_the_ends() {
        let catalog = graph();
        let mut state = State::new(&catalog);
        press(&mut state, "jj");
        assert_eq!(id(&state), "c");
        press(&mut state, "k<Down><Down><Down><Down><Down>");
        assert_eq!(id(&state), "e");
        press(&mut state, "g");
        assert_eq!(id(&state), "a");
        press(&mut state, "<Up>");
        assert_eq!(id(&state), "a");
        press(&mut state, "G");
        assert_eq!(id(&state), "e");
        state.page.set(2);
        press(&mut state, "<PgUp>");
        assert_eq!(id(&state), "c");
        press(&mut state, "<PgDn><PgDn>");
        assert_eq!(id(&state), "e");
    }

    #[test]
    fn a_digit_filters_by_era_and_zero_shows_all() {
        let catalog = graph();
        let eras: Vec<usize> = (0..5).map(|p| catalog.era_of(p)).collect();
        let mut state = State::new(&catalog);
        press(&mut state, "2");
        let second: Vec<usize> = (0..5).filter(|&p| eras[p] == 1).collect();
        assert_eq!(state.rows, second);
        assert_eq!(state.era, Some(1));
        press(&mut state, "0");
        assert_eq!(state.rows.len(), 5);
        assert_eq!(state.era, None);
    }

    #[test]
    fn an_era_the_catalog_lacks_is_refused_with_a_message() {
        let catalog = graph();
        let mut state = State::new(&catalog);
        let count = catalog.eras.len();
        assert!(count < 9, "the fixture has {count} eras");
        press(&mut state, "9");
        assert_eq!(state.era, None);
        assert_eq!(
            state.status.as_deref(),
            Some(format!("no era 9: the eras are 1-{count}").as_str())
        );
        press(&mut state, "j");
        assert_eq!(state.status, None, "a message lasts until the next key");
    }

    #[test]
    fn filtering_keeps_the_selected_paper_when_it_is_still_listed() {
        let catalog = graph();
        let mut state = State::new(&catalog);
        press(&mut state, "G");
        let era = catalog.era_of(4);
        press(&mut state, &(era + 1).to_string());
        assert_eq!(id(&state), "e");
        press(&mut state, "0");
        assert_eq!(id(&state), "e");
        assert_eq!(state.cursor, 4);
    }

    #[test]
    fn s_cycles_the_sort_key_and_r_reverses() {
        let catalog = graph();
        let mut state = State::new(&catalog);
        let mut seen = vec![state.sort];
        for _ in 0..SortKey::value_variants().len() {
            press(&mut state, "s");
            seen.push(state.sort);
        }
        assert_eq!(
            seen,
            [
                SortKey::Year,
                SortKey::Title,
                SortKey::Id,
                SortKey::Era,
                SortKey::Author,
                SortKey::Year
            ]
        );
        press(&mut state, "r");
        assert_eq!(ids(&state, &state.rows), ["e", "d", "c", "b", "a"]);
        assert_eq!(id(&state), "a", "the selection stays on its paper");
        assert_eq!(state.cursor, 4);
    }

    #[test]
    fn the_list_groups_by_era_only_in_an_order_that_keeps_eras_together() {
        let catalog = graph();
        let mut state = State::new(&catalog);
        let starts: Vec<usize> = (0..5)
            .filter(|&k| k == 0 || catalog.era_of(k) != catalog.era_of(k - 1))
            .collect();
        assert_eq!(state.groups, starts);
        press(&mut state, "s");
        assert_eq!(state.sort, SortKey::Title);
        assert!(state.groups.is_empty());
    }

    #[test]
    fn tab_moves_the_focus_and_enter_follows_the_selected_entry() {
        let catalog = graph();
        let mut state = State::new(&catalog);
        press(&mut state, "jjj");
        assert_eq!(id(&state), "d");
        // d builds on b and c, and led to e.
        assert_eq!(ids(&state, &state.links()), ["b", "c", "e"]);
        press(&mut state, "<Tab>");
        assert_eq!(state.focus, Focus::Card);
        press(&mut state, "jj");
        assert_eq!(state.link, 2);
        press(&mut state, "j");
        assert_eq!(state.link, 2, "the last entry stays selected");
        press(&mut state, "<Enter>");
        assert_eq!(id(&state), "e");
        assert_eq!(state.link, 0);
        assert_eq!(state.cursor, 4, "the list follows to the paper");
        press(&mut state, "<Tab>");
        assert_eq!(state.focus, Focus::List);
    }

    #[test]
    fn back_and_forward_walk_the_papers_visited() {
        let catalog = graph();
        let mut state = State::new(&catalog);
        // a -> (led to) b -> (led to) d.
        press(&mut state, "<Tab>");
        assert_eq!(ids(&state, &state.links()), ["b", "c"]);
        press(&mut state, "<Enter>");
        assert_eq!(id(&state), "b");
        press(&mut state, "<Tab><Tab>");
        assert_eq!(ids(&state, &state.links()), ["a", "d"]);
        press(&mut state, "j<Enter>");
        assert_eq!(id(&state), "d");
        assert_eq!(ids(&state, &state.history), ["a", "b", "d"]);
        press(&mut state, "<BS>");
        assert_eq!(id(&state), "b");
        press(&mut state, "[");
        assert_eq!(id(&state), "a");
        press(&mut state, "[");
        assert_eq!(id(&state), "a");
        assert_eq!(state.status.as_deref(), Some("nothing to go back to"));
        press(&mut state, "]]");
        assert_eq!(id(&state), "d");
        press(&mut state, "]");
        assert_eq!(state.status.as_deref(), Some("nothing to go forward to"));
    }

    #[test]
    fn following_a_link_after_going_back_drops_the_forward_history() {
        let catalog = graph();
        let mut state = State::new(&catalog);
        press(&mut state, "<Tab><Enter>");
        press(&mut state, "[");
        assert_eq!(id(&state), "a");
        // The card keeps the focus.
        press(&mut state, "j<Enter>");
        assert_eq!(id(&state), "c");
        assert_eq!(ids(&state, &state.history), ["a", "c"]);
        press(&mut state, "]");
        assert_eq!(id(&state), "c");
    }

    #[test]
    fn going_back_returns_to_a_paper_reached_by_moving() {
        let catalog = graph();
        let mut state = State::new(&catalog);
        press(&mut state, "<Tab><Enter>");
        assert_eq!(id(&state), "b");
        press(&mut state, "<Tab>jj");
        assert_eq!(id(&state), "d");
        press(&mut state, "<BS>");
        assert_eq!(id(&state), "b");
        press(&mut state, "]");
        assert_eq!(id(&state), "d");
    }

    #[test]
    fn slash_searches_as_you_type_with_the_ranking_of_search() {
        let catalog = crate::catalog::Catalog::embedded();
        let mut state = State::new(&catalog);
        press(&mut state, "/atten");
        assert!(state.typing);
        let ranked: Vec<usize> = crate::catalog::search::search(
            &catalog,
            &SearchQuery::parse("atten").expect("a query"),
        )
        .iter()
        .map(|h| h.paper)
        .collect();
        assert_eq!(state.rows, ranked);
        press(&mut state, "tion");
        let ranked: Vec<usize> = crate::catalog::search::search(
            &catalog,
            &SearchQuery::parse("attention").expect("a query"),
        )
        .iter()
        .map(|h| h.paper)
        .collect();
        assert_eq!(state.rows, ranked);
        assert_eq!(state.selected, ranked.first().copied());
        assert_eq!(state.query, "attention");
        press(&mut state, "<Enter>");
        assert!(!state.typing);
        assert_eq!(state.focus, Focus::Card);
        assert_eq!(state.query, "attention", "Enter keeps the results");
    }

    #[test]
    fn keys_on_the_query_line_are_text_and_backspace_deletes() {
        let catalog = graph();
        let mut state = State::new(&catalog);
        press(&mut state, "/q1s<BS>");
        assert_eq!(state.query, "q1");
        assert_eq!(state.era, None);
        assert!(state.typing);
        assert!(state.rows.is_empty(), "no paper matches q1");
        assert_eq!(state.selected, None);
        press(&mut state, "<BS><BS>");
        assert_eq!(state.query, "");
        assert_eq!(state.rows.len(), 5);
        press(&mut state, "<BS>");
        assert!(!state.typing, "backspace on an empty line closes it");
    }

    #[test]
    fn esc_clears_the_search_then_quits() {
        let catalog = graph();
        let mut state = State::new(&catalog);
        press(&mut state, "/d-alias<Enter>");
        assert_eq!(ids(&state, &state.rows), ["d"]);
        assert_eq!(press(&mut state, "<Esc>"), Effect::None);
        assert_eq!(state.query, "");
        assert_eq!(state.rows.len(), 5);
        // The card had the focus: Esc gives it back to the list first.
        assert_eq!(press(&mut state, "<Esc>"), Effect::None);
        assert_eq!(press(&mut state, "<Esc>"), Effect::Quit);
    }

    #[test]
    fn esc_on_the_query_line_clears_it() {
        let catalog = graph();
        let mut state = State::new(&catalog);
        press(&mut state, "/zzz<Esc>");
        assert!(!state.typing);
        assert_eq!(state.query, "");
        assert_eq!(state.rows.len(), 5);
        assert_eq!(id(&state), "a");
    }

    #[test]
    fn the_era_filter_applies_to_search_results() {
        let catalog = graph();
        let mut state = State::new(&catalog);
        let era = catalog.era_of(0);
        press(&mut state, &format!("{}/does<Enter>", era + 1));
        let expected: Vec<usize> = (0..5).filter(|&p| catalog.era_of(p) == era).collect();
        let mut got = state.rows.clone();
        got.sort_unstable();
        assert_eq!(got, expected);
    }

    #[test]
    fn q_and_ctrl_c_quit_but_type_on_the_query_line() {
        let catalog = graph();
        let mut state = State::new(&catalog);
        assert_eq!(press(&mut state, "q"), Effect::Quit);
        assert_eq!(press(&mut state, "/q"), Effect::None);
        assert_eq!(press(&mut state, "<C-c>"), Effect::Quit);
    }

    #[test]
    fn the_timeline_lists_the_papers_oldest_first_and_enter_selects() {
        let catalog = graph();
        let mut state = State::new(&catalog);
        press(&mut state, "rg");
        assert_eq!(id(&state), "e");
        press(&mut state, "t");
        assert_eq!(state.pane, Pane::Timeline);
        assert_eq!(ids(&state, state.papers()), ["a", "b", "c", "d", "e"]);
        assert_eq!(state.cursor, 4, "the timeline opens on the selected paper");
        press(&mut state, "kk");
        assert_eq!(id(&state), "c");
        press(&mut state, "<Enter>");
        assert_eq!(state.pane, Pane::List);
        assert_eq!(id(&state), "c");
        assert_eq!(ids(&state, &state.history), ["c"]);
        press(&mut state, "t");
        press(&mut state, "t");
        assert_eq!(state.pane, Pane::List, "t again closes the timeline");
    }

    #[test]
    fn the_lineage_pane_walks_the_selected_papers_tree() {
        let catalog = graph();
        let mut state = State::new(&catalog);
        press(&mut state, "jjj");
        assert_eq!(id(&state), "d");
        press(&mut state, "l");
        assert_eq!(state.pane, Pane::Lineage);
        assert_eq!(id(&state), "d", "the card stays on the root");
        // Ancestors b, a, c, (a repeated below c is a leaf); descendants e.
        assert_eq!(ids(&state, state.papers()), ["b", "a", "c", "a", "e"]);
        assert_eq!(
            state.lineage_lines[..2],
            [
                LineageLine::Heading(Direction::Ancestors),
                LineageLine::Node { side: 0, node: 0 }
            ]
        );
        press(&mut state, "G");
        assert_eq!(id(&state), "e");
        press(&mut state, "<Enter>");
        assert_eq!(state.pane, Pane::List);
        assert_eq!(id(&state), "e");
        press(&mut state, "l<Esc>");
        assert_eq!(state.pane, Pane::List, "Esc leaves the view");
    }

    #[test]
    fn acting_keys_ask_for_their_effects() {
        let catalog = graph();
        let mut state = State::new(&catalog);
        assert_eq!(press(&mut state, "o"), Effect::Open(0));
        assert_eq!(press(&mut state, "y"), Effect::CopyId(0));
        assert_eq!(press(&mut state, "c"), Effect::CopyCitation(0, "bibtex"));
        press(&mut state, "C");
        assert_eq!(
            state.status.as_deref(),
            Some("c copies citations as biblatex (C for the next style)")
        );
        assert_eq!(press(&mut state, "c"), Effect::CopyCitation(0, "biblatex"));
    }

    #[test]
    fn m_asks_to_mark_the_selected_paper_and_toggles_once_recorded() {
        let catalog = graph();
        let mut state = State::new(&catalog);
        press(&mut state, "j");
        assert!(!state.any_read());
        assert_eq!(press(&mut state, "m"), Effect::Mark(1, true));
        state.set_read(1, Some("2026-12-02".into()));
        assert_eq!(state.read_on(1), Some("2026-12-02"));
        assert!(state.any_read());
        assert_eq!(
            state.status.as_deref(),
            Some("marked b read on 2026-12-02 (m again unmarks it)")
        );
        assert_eq!(press(&mut state, "m"), Effect::Mark(1, false));
        assert_eq!(state.status, None);
        state.set_read(1, None);
        assert_eq!(state.status.as_deref(), Some("marked b unread"));
        assert_eq!(state.read_on(1), None);
        assert!(!state.any_read());
        // Typed on the query line, m is a letter of the query.
        assert_eq!(press(&mut state, "/m"), Effect::None);
        assert_eq!(state.query, "m");
    }

    #[test]
    fn m_without_a_selected_paper_does_nothing() {
        let catalog = graph();
        let mut state = State::new(&catalog);
        press(&mut state, "/zzz<Enter>");
        assert_eq!(state.selected, None);
        assert_eq!(press(&mut state, "m"), Effect::None);
    }

    #[test]
    fn every_citation_style_offered_is_one_cite_knows() {
        for name in CITE_STYLES {
            assert!(
                crate::render::cite::CiteStyle::by_name(name).is_some(),
                "{name}"
            );
        }
    }

    #[test]
    fn question_mark_shows_the_help_and_any_key_closes_it() {
        let catalog = graph();
        let mut state = State::new(&catalog);
        press(&mut state, "?");
        assert!(state.help);
        assert_eq!(press(&mut state, "j"), Effect::None);
        assert!(!state.help);
        assert_eq!(
            id(&state),
            "a",
            "the key that closes the help does nothing else"
        );
    }

    #[test]
    fn the_cursor_line_counts_the_era_headers_above_it() {
        let catalog = graph();
        let mut state = State::new(&catalog);
        press(&mut state, "G");
        assert_eq!(state.cursor_line(), 4 + state.groups.len());
        assert_eq!(state.line_count(), 5 + state.groups.len());
    }
}
