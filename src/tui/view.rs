//! Draws the browser's state: the list, timeline or lineage on the left (on top when the
//! terminal is narrow), the selected paper's card beside it, and a status line.

use std::borrow::Cow;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::border;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::state::{Focus, KEYS, LineageLine, Pane, State};
use crate::catalog::Catalog;
use crate::catalog::query::SortKey;
use crate::render::card::{self, FactKind};
use crate::render::glyphs::Glyphs;
use crate::render::search::snippet;
use crate::render::style::era_color_index;
use crate::render::timeline::{Rail, Row};
use crate::render::{tree, wrap};

/// The smallest terminal the browser draws in.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 20;
/// From this width on, the card stands beside the list instead of under it.
pub const SIDE_BY_SIDE: u16 = 100;
/// The longest snippet of a search hit, in characters.
const SNIPPET: usize = 40;

/// How the browser looks: colour or not, Unicode or 7-bit drawing characters.
#[derive(Debug, Clone, Copy)]
pub struct Look {
    pub color: bool,
    pub glyphs: Glyphs,
}

impl Look {
    fn era(&self, era: usize) -> Style {
        if !self.color {
            return Style::new();
        }
        // The same 256-colour index as every other view.
        Style::new().fg(Color::Indexed(era_color_index(era)))
    }

    fn selection(&self) -> Style {
        if self.color {
            Style::new()
                .bg(Color::DarkGray)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED)
        }
    }

    fn mark(&self) -> Style {
        let style = Style::new().add_modifier(Modifier::BOLD);
        if self.color {
            style.fg(Color::Yellow)
        } else {
            style.add_modifier(Modifier::UNDERLINED)
        }
    }

    fn dim(&self) -> Style {
        if self.color {
            Style::new().add_modifier(Modifier::DIM)
        } else {
            Style::new()
        }
    }

    fn bold(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// Text as drawn: made 7-bit under `--ascii`.
    fn text<'a>(&self, text: &'a str) -> Cow<'a, str> {
        if self.glyphs.ascii && !text.is_ascii() {
            Cow::Owned(deunicode::deunicode(text))
        } else {
            Cow::Borrowed(text)
        }
    }

    fn block(&self, title: String, focused: bool) -> Block<'static> {
        let set = if self.glyphs.ascii {
            border::Set {
                top_left: "+",
                top_right: "+",
                bottom_left: "+",
                bottom_right: "+",
                vertical_left: "|",
                vertical_right: "|",
                horizontal_top: "-",
                horizontal_bottom: "-",
            }
        } else if focused {
            border::THICK
        } else {
            border::PLAIN
        };
        let title_style = if focused { self.bold() } else { Style::new() };
        Block::bordered()
            .border_set(set)
            .title(Span::styled(format!(" {title} "), title_style))
    }
}

/// Draws the whole screen.
pub fn draw(frame: &mut Frame, state: &State<'_>, look: &Look) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let message = format!(
            "aipapers browse needs a terminal of at least {MIN_WIDTH}x{MIN_HEIGHT} \
             (this one is {}x{}); q quits",
            area.width, area.height
        );
        frame.render_widget(
            Paragraph::new(message).wrap(ratatui::widgets::Wrap { trim: true }),
            area,
        );
        return;
    }
    let [top, body, bottom] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(1),
    ])
    .areas(area);
    let [left, right] = if area.width >= SIDE_BY_SIDE {
        Layout::horizontal([Constraint::Percentage(40), Constraint::Percentage(60)]).areas(body)
    } else {
        Layout::vertical([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(body)
    };
    frame.render_widget(Paragraph::new(header(state, look)), top);
    pane(frame, left, state, look);
    card_pane(frame, right, state, look);
    frame.render_widget(Paragraph::new(status(state, look)), bottom);
    if state.help {
        help(frame, area, look);
    }
}

fn sort_name(key: SortKey) -> &'static str {
    match key {
        SortKey::Year => "year",
        SortKey::Title => "title",
        SortKey::Id => "id",
        SortKey::Era => "era",
        SortKey::Author => "author",
    }
}

/// The top line: how many papers, which era, which order.
fn header(state: &State<'_>, look: &Look) -> Line<'static> {
    let catalog = state.catalog;
    let dot = look.glyphs.dot();
    let era = match state.era {
        Some(era) => format!("era {}{dot}{}", era + 1, look.text(&catalog.eras[era].name)),
        None => "all eras".to_string(),
    };
    let order = if state.query.trim().is_empty() {
        format!(
            "by {}{}",
            sort_name(state.sort),
            if state.reverse { ", reversed" } else { "" }
        )
    } else {
        "ranked by the search".to_string()
    };
    Line::from(vec![
        Span::styled("aipapers", look.bold()),
        Span::raw(format!(
            "{dot}{} of {} papers{dot}{era}{dot}{order}",
            state.rows.len(),
            catalog.papers.len()
        )),
    ])
}

/// The bottom line: the query being typed, a message, or the main keys.
fn status(state: &State<'_>, look: &Look) -> Line<'static> {
    if state.typing {
        return Line::from(vec![
            Span::styled("/", look.bold()),
            Span::raw(state.query.clone()),
            Span::styled(" ", Style::new().add_modifier(Modifier::REVERSED)),
            Span::styled("   Enter keeps, Esc clears", look.dim()),
        ]);
    }
    if let Some(message) = &state.status {
        return Line::from(message.clone());
    }
    let mut spans = Vec::new();
    if !state.query.trim().is_empty() {
        spans.push(Span::styled(format!("/{}", state.query), look.bold()));
        spans.push(Span::raw("  "));
    }
    spans.push(Span::styled(
        "? keys  / search  Tab card  t timeline  l lineage  q quit",
        look.dim(),
    ));
    Line::from(spans)
}

/// The left pane, scrolled so the selection shows.
fn pane(frame: &mut Frame, area: Rect, state: &State<'_>, look: &Look) {
    let focused = state.focus == Focus::List;
    let title = match state.pane {
        Pane::List if state.query.trim().is_empty() => "Papers".to_string(),
        Pane::List => "Search".to_string(),
        Pane::Timeline => "Timeline".to_string(),
        Pane::Lineage => match state.lineage_root {
            Some(root) => format!("Lineage of {}", look.text(&state.catalog.paper(root).name)),
            None => "Lineage".to_string(),
        },
    };
    let block = look.block(title, focused);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let height = usize::from(inner.height);
    state.page.set(height.saturating_sub(1).max(1));
    if state.papers().is_empty() && state.pane == Pane::List {
        frame.render_widget(
            Paragraph::new(Span::styled("no papers match", look.dim())),
            inner,
        );
        return;
    }
    let width = usize::from(inner.width);
    let lines = match state.pane {
        Pane::List => {
            let line = state.cursor_line();
            let first_of_group = state.groups.binary_search(&state.cursor).is_ok();
            let wanted = if first_of_group {
                line.saturating_sub(1)
            } else {
                line
            };
            let top = scroll_to(state, height, line, wanted, state.line_count());
            list_lines(state, look, top, height, width)
        }
        Pane::Timeline => {
            let layout = timeline_layout(state, look, width);
            // The line of the selected paper: its row, after the descriptions above it.
            let row = state.cursor_line();
            let line_of = |row| layout.partition_point(|l| l.row() < row);
            let line = line_of(row);
            // The band and description of the era the paper opens, where they fit.
            let opens_era = row > 0 && matches!(state.timeline_rows[row - 1], Row::Band { .. });
            let wanted = if opens_era { line_of(row - 1) } else { line };
            let top = scroll_to(state, height, line, wanted, layout.len());
            timeline_lines(
                state,
                look,
                &layout[top..layout.len().min(top + height)],
                width,
            )
        }
        Pane::Lineage => {
            let line = state.cursor_line();
            let top = scroll_to(state, height, line, line, state.line_count());
            lineage_lines(state, look, top, height, width)
        }
    };
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The first line to show of `count`, moved as little as needed to show the cursor's `line`,
/// and `wanted` above it (an era's header over the first paper of a group) where there is
/// room.
fn scroll_to(state: &State<'_>, height: usize, line: usize, wanted: usize, count: usize) -> usize {
    let mut top = state.top.get();
    if wanted < top {
        top = wanted;
    }
    if line >= top + height {
        top = line + 1 - height;
    }
    let last_top = count.saturating_sub(height);
    top = top.min(last_top.max(wanted.min(top)));
    state.top.set(top);
    top
}

/// A line as wide as the pane, in the selection's style when selected.
fn row(spans: Vec<Span<'static>>, selected: bool, width: usize, look: &Look) -> Line<'static> {
    let mut line = Line::from(spans);
    if selected {
        let used = line.width();
        if used < width {
            line.push_span(Span::raw(" ".repeat(width - used)));
        }
        line = line.patch_style(look.selection());
    }
    line
}

/// An era's header line: "━━ 3 · The Transformer · 2017–2019".
fn era_header(catalog: &Catalog, era: usize, look: &Look) -> Line<'static> {
    let dot = look.glyphs.dot();
    let rule = Rail::new(look.glyphs).band.repeat(2);
    Line::styled(
        format!(
            "{rule} {}{dot}{}{dot}{}",
            era + 1,
            look.text(&catalog.eras[era].name),
            look.text(&catalog.era_years(era))
        ),
        look.era(era).add_modifier(Modifier::BOLD),
    )
}

fn list_lines(
    state: &State<'_>,
    look: &Look,
    top: usize,
    height: usize,
    width: usize,
) -> Vec<Line<'static>> {
    let catalog = state.catalog;
    let groups = &state.groups;
    // Headers strictly above line `top`: the header of group j sits at line groups[j] + j.
    let (mut lo, mut hi) = (0, groups.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        if groups[mid] + mid < top {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    let mut group = lo;
    let mut k = top - group;
    let searching = !state.hits.is_empty();
    let checks = state.any_read();
    let mut lines = Vec::with_capacity(height);
    while lines.len() < height && k < state.rows.len() {
        if group < groups.len() && groups[group] == k {
            lines.push(era_header(catalog, catalog.era_of(state.rows[k]), look));
            group += 1;
            continue;
        }
        let paper = state.rows[k];
        let p = catalog.paper(paper);
        let era = catalog.era_of(paper);
        let mut spans = Vec::new();
        // A paper read has a ✓ first: where the list is grouped, in the indent of its row.
        if checks {
            let check = if state.read_on(paper).is_some() {
                look.glyphs.check()
            } else {
                " "
            };
            spans.push(Span::styled(format!("{check} "), look.bold()));
        }
        if groups.is_empty() {
            spans.push(Span::styled(format!("{} ", era + 1), look.era(era)));
        } else if !checks {
            spans.push(Span::raw("  "));
        }
        spans.push(Span::styled(format!("{:>4} ", p.year), look.dim()));
        spans.push(Span::raw(
            look.text(&crate::render::style::clean_line(&p.name))
                .into_owned(),
        ));
        if searching {
            let hit = &state.hits[k];
            let text = hit.best.field.text(p);
            spans.push(Span::styled(
                format!("  {}: ", hit.best.field.key()),
                look.dim(),
            ));
            for (piece, marked) in snippet(&text, &hit.best.range, &hit.marks, SNIPPET) {
                let piece = look
                    .text(&crate::render::style::clean_line(piece))
                    .into_owned();
                spans.push(if marked {
                    Span::styled(piece, look.mark())
                } else {
                    Span::raw(piece)
                });
            }
        }
        let selected = state.pane == Pane::List && k == state.cursor;
        lines.push(row(spans, selected, width, look));
        k += 1;
    }
    lines
}

/// A line of the timeline pane: a row of the timeline, or a line of the description under
/// an era's band, wrapped to the pane as `aipapers timeline` wraps it to the terminal.
enum TimelineLine {
    Row(usize),
    /// A line of the description under the band of row `band`.
    Description {
        band: usize,
        era: usize,
        text: String,
    },
}

impl TimelineLine {
    /// The row this line is or belongs to: the lines are in the order of these.
    fn row(&self) -> usize {
        match *self {
            TimelineLine::Row(row) => row,
            TimelineLine::Description { band, .. } => band,
        }
    }
}

/// Where the timeline text starts: the year, two spaces, the rail, two spaces.
const TIMELINE_INDENT: &str = "      ";

fn timeline_layout(state: &State<'_>, look: &Look, width: usize) -> Vec<TimelineLine> {
    let catalog = state.catalog;
    let rail = Rail::new(look.glyphs);
    let room = width.saturating_sub(TIMELINE_INDENT.len() + glyph_width(rail.line) + 2);
    let mut lines = Vec::with_capacity(state.timeline_rows.len() + 4 * catalog.eras.len());
    for (r, row) in state.timeline_rows.iter().enumerate() {
        lines.push(TimelineLine::Row(r));
        if let Row::Band { era, .. } = *row {
            let description = look.text(&catalog.eras[era].description);
            let wrapped = wrap::wrap(&description, wrap::options(room.max(20)));
            // A bare stretch of rail after it, as the command draws.
            for text in wrapped.into_iter().chain([Cow::Borrowed("")]) {
                lines.push(TimelineLine::Description {
                    band: r,
                    era,
                    text: text.into_owned(),
                });
            }
        }
    }
    lines
}

fn glyph_width(text: &str) -> usize {
    crate::render::glyphs::width(text)
}

fn timeline_lines(
    state: &State<'_>,
    look: &Look,
    shown: &[TimelineLine],
    width: usize,
) -> Vec<Line<'static>> {
    let catalog = state.catalog;
    let rail = Rail::new(look.glyphs);
    let selected_line = state.cursor_line();
    let indent = TIMELINE_INDENT;
    shown
        .iter()
        .map(|line| match line {
            TimelineLine::Description { era, text, .. } if text.is_empty() => {
                Line::styled(format!("{indent}{}", rail.line), look.era(*era))
            }
            TimelineLine::Description { era, text, .. } => Line::from(vec![
                Span::styled(format!("{indent}{}", rail.line), look.era(*era)),
                Span::styled(format!("  {text}"), look.dim()),
            ]),
            &TimelineLine::Row(line) => match state.timeline_rows[line] {
                Row::Band { era, .. } => era_header(catalog, era, look),
                Row::Rail { era } => Line::styled(format!("{indent}{}", rail.line), look.era(era)),
                Row::Gap { era, years } => Line::from(vec![
                    Span::styled(format!("{indent}{}", rail.gap), look.era(era)),
                    Span::styled(format!("  {years} years"), look.dim()),
                ]),
                Row::Paper(paper) => {
                    let p = catalog.paper(paper);
                    let era = catalog.era_of(paper);
                    let sources: Vec<Cow<'_, str>> = catalog
                        .builds_on(paper)
                        .iter()
                        .map(|&i| look.text(&catalog.paper(i).id))
                        .collect();
                    let mut spans = vec![
                        Span::styled(format!("{:>4}  ", p.year), look.bold()),
                        Span::styled(rail.marker, look.era(era)),
                        Span::raw(format!(
                            "  {}",
                            look.text(&crate::render::style::clean_line(&p.name))
                        )),
                    ];
                    if !sources.is_empty() {
                        spans.push(Span::styled(
                            format!("  {} {}", look.glyphs.back_arrow(), sources.join(", ")),
                            look.dim(),
                        ));
                    }
                    row(spans, line == selected_line, width, look)
                }
            },
        })
        .collect()
}

fn lineage_lines(
    state: &State<'_>,
    look: &Look,
    top: usize,
    height: usize,
    width: usize,
) -> Vec<Line<'static>> {
    let catalog = state.catalog;
    let Some(root) = state.lineage_root else {
        return Vec::new();
    };
    let leads: Vec<Vec<String>> = state
        .lineage
        .iter()
        .map(|(_, tree)| tree::leads(tree, look.glyphs))
        .collect();
    let selected_line = state.cursor_line();
    let end = (top + height).min(state.lineage_lines.len());
    (top..end)
        .map(|line| match state.lineage_lines[line] {
            LineageLine::Heading(side) => {
                Line::styled(tree::heading(catalog, root, side, look.glyphs), look.bold())
            }
            LineageLine::Nothing => Line::styled(tree::NOTHING, look.dim()),
            LineageLine::Blank => Line::default(),
            LineageLine::Node { side, node } => {
                let n = &state.lineage[side].1.nodes[node];
                let p = catalog.paper(n.paper);
                let mut spans = vec![
                    Span::styled(leads[side][node].clone(), look.dim()),
                    Span::raw(format!("{} ({})", look.glyphs.text(&p.name), p.year)),
                ];
                if n.repeated {
                    spans.push(Span::styled(" (*)", look.dim()));
                }
                row(spans, line == selected_line, width, look)
            }
        })
        .collect()
}

/// The selected paper's card, wrapped to the pane, its selected entry highlighted.
fn card_pane(frame: &mut Frame, area: Rect, state: &State<'_>, look: &Look) {
    let focused = state.focus == Focus::Card;
    let Some(paper) = state.selected else {
        frame.render_widget(look.block("Card".into(), focused), area);
        return;
    };
    let card = card::card(state.catalog, paper);
    let block = look.block(look.text(&card.id).into_owned(), focused);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width).clamp(20, 100);
    let mut lines: Vec<Line<'static>> = Vec::new();
    let text = |s: &str| look.text(s).into_owned();
    let mut name = Line::styled(text(&card.name), look.bold());
    if let Some(day) = state.read_on(paper) {
        name.push_span(Span::styled(
            format!("  {} read on {day}", look.glyphs.check()),
            look.dim(),
        ));
    }
    lines.push(name);
    for line in wrap::wrap(&card.title, wrap::options(width)) {
        lines.push(Line::styled(
            text(&line),
            look.bold().add_modifier(Modifier::UNDERLINED),
        ));
    }
    lines.push(Line::default());
    let facts = |lines: &mut Vec<Line<'static>>, facts: &[card::Fact]| {
        for fact in facts {
            let label = Span::styled(format!("{:<w$} ", fact.label, w = card::LABEL), look.bold());
            match fact.kind {
                FactKind::Era(era) => lines.push(Line::from(vec![
                    label,
                    Span::styled(text(&fact.value), look.era(era)),
                ])),
                FactKind::Link => lines.push(Line::from(vec![
                    label,
                    Span::styled(
                        text(&fact.value),
                        Style::new().add_modifier(Modifier::UNDERLINED),
                    ),
                ])),
                FactKind::Text => {
                    let indent = " ".repeat(card::LABEL + 1);
                    for (n, line) in wrap::wrap(&fact.value, card::fact_options(width))
                        .iter()
                        .enumerate()
                    {
                        let lead = if n == 0 {
                            label.clone()
                        } else {
                            Span::raw(indent.clone())
                        };
                        lines.push(Line::from(vec![lead, Span::raw(text(line))]));
                    }
                }
            }
        }
    };
    facts(&mut lines, &card.facts);
    lines.push(Line::default());
    facts(&mut lines, &card.notes);
    lines.push(Line::default());
    for line in wrap::wrap(&card.summary, wrap::options(width)) {
        lines.push(Line::raw(text(&line)));
    }
    let mut link_lines = (0, 0);
    let mut entry = 0;
    let sections = [
        (
            "Key results",
            card.results.iter().collect::<Vec<_>>(),
            false,
        ),
        (
            "Builds on",
            card.builds_on.iter().map(|e| &e.text).collect(),
            true,
        ),
        (
            "Led to",
            card.led_to.iter().map(|e| &e.text).collect(),
            true,
        ),
    ];
    for (heading, items, links) in sections {
        if items.is_empty() {
            continue;
        }
        lines.push(Line::default());
        lines.push(Line::styled(heading, look.bold()));
        for item in items {
            let selected = links && focused && entry == state.link;
            let first = lines.len();
            for line in wrap::wrap(item, card::bullet_options(width)) {
                let line = Line::raw(text(&line));
                lines.push(if selected {
                    line.patch_style(look.selection())
                } else {
                    line
                });
            }
            if selected {
                link_lines = (first, lines.len());
            }
            if links {
                entry += 1;
            }
        }
    }
    let height = usize::from(inner.height);
    let mut top = state.scroll.min(lines.len().saturating_sub(height));
    if focused && link_lines.1 > 0 {
        if link_lines.0 < top {
            top = link_lines.0;
        } else if link_lines.1 > top + height {
            top = link_lines.1.saturating_sub(height).min(link_lines.0);
        }
    }
    state.card_top.set(top);
    let shown: Vec<Line<'static>> = lines.into_iter().skip(top).take(height).collect();
    frame.render_widget(Paragraph::new(shown), inner);
}

/// Every key, in a box over the middle of the screen.
fn help(frame: &mut Frame, area: Rect, look: &Look) {
    let key_width = KEYS
        .iter()
        .map(|(k, _)| look.text(k).chars().count())
        .max()
        .unwrap_or(0);
    let lines: Vec<Line<'static>> = KEYS
        .iter()
        .map(|(keys, what)| {
            Line::from(vec![
                Span::styled(format!("{:<key_width$}  ", look.text(keys)), look.bold()),
                Span::raw(look.text(what).into_owned()),
            ])
        })
        .collect();
    let width = area.width.saturating_sub(4).min(90);
    let height = (lines.len() as u16 + 2).min(area.height);
    let x = area.x + (area.width - width) / 2;
    let y = area.y + (area.height - height) / 2;
    let boxed = Rect::new(x, y, width, height);
    frame.render_widget(Clear, boxed);
    frame.render_widget(
        Paragraph::new(lines).block(look.block("Keys (any key closes)".into(), true)),
        boxed,
    );
}

#[cfg(test)]
mod tests {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::style::Modifier;

    use super::*;
    use crate::catalog::Catalog;
    use crate::tui::state::tests::press;

    const PLAIN: Look = Look {
        color: false,
        glyphs: Glyphs::UNICODE,
    };

    fn screen(state: &State<'_>, look: &Look, width: u16, height: u16) -> Terminal<TestBackend> {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
        terminal
            .draw(|frame| draw(frame, state, look))
            .expect("drawn");
        terminal
    }

    /// The screen after these keys, as text.
    fn after(keys: &str, look: &Look, width: u16, height: u16) -> String {
        let catalog = Catalog::embedded();
        let mut state = State::new(&catalog);
        // Drawn once first, as the browser does, so page keys know the page.
        screen(&state, look, width, height);
        press(&mut state, keys);
        screen(&state, look, width, height).backend().to_string()
    }

    #[test]
    fn the_start_screen_at_80x24_stacks_the_card_under_the_list() {
        insta::assert_snapshot!(after("", &PLAIN, 80, 24));
    }

    #[test]
    fn the_start_screen_at_60x20_still_fits() {
        insta::assert_snapshot!(after("", &PLAIN, 60, 20));
    }

    #[test]
    fn a_wide_terminal_puts_the_card_beside_the_list() {
        insta::assert_snapshot!(after("jjjjjjjjj", &PLAIN, 160, 48));
    }

    #[test]
    fn a_search_being_typed_ranks_and_shows_where_it_matched() {
        insta::assert_snapshot!(after("/attention", &PLAIN, 80, 24));
    }

    #[test]
    fn a_followed_entry_is_highlighted_in_the_card() {
        insta::assert_snapshot!(after("/attention<Enter><Down>", &PLAIN, 160, 48));
    }

    #[test]
    fn an_era_filter_and_another_order_show_in_the_header() {
        insta::assert_snapshot!(after("4sr", &PLAIN, 80, 24));
    }

    #[test]
    fn papers_marked_read_have_a_check_in_the_list_and_their_day_on_the_card() {
        let catalog = Catalog::embedded();
        let mut state = State::new(&catalog);
        screen(&state, &PLAIN, 100, 30);
        state.set_read(state.rows[0], Some("2026-11-30".into()));
        press(&mut state, "jj");
        let third = state.selected.expect("a paper");
        assert_eq!(
            press(&mut state, "m"),
            crate::tui::Effect::Mark(third, true)
        );
        state.set_read(third, Some("2026-12-02".into()));
        insta::assert_snapshot!(screen(&state, &PLAIN, 100, 30).backend().to_string());
    }

    #[test]
    fn the_timeline_pane_at_80x24() {
        insta::assert_snapshot!(after("Gt", &PLAIN, 80, 24));
    }

    #[test]
    fn the_timeline_pane_shows_each_eras_description_wrapped_to_it() {
        insta::assert_snapshot!(after("t", &PLAIN, 80, 24));
        insta::assert_snapshot!(after("jjjjt", &PLAIN, 160, 48));
        let catalog = Catalog::embedded();
        let text = after("t", &PLAIN, 60, 20);
        // The first words of the first era's description, under its band.
        let first = catalog.eras[0].description.split(' ').take(3);
        assert!(
            text.contains(&first.collect::<Vec<_>>().join(" ")),
            "{text}"
        );
    }

    #[test]
    fn the_timeline_keeps_the_selected_paper_in_sight_below_the_descriptions() {
        let catalog = Catalog::embedded();
        let mut state = State::new(&catalog);
        screen(&state, &PLAIN, 80, 24);
        press(&mut state, "t");
        for _ in 0..catalog.papers.len() {
            let text = screen(&state, &PLAIN, 80, 24).backend().to_string();
            let name = &catalog.paper(state.selected.expect("a paper")).name;
            assert!(text.contains(name.as_str()), "{name} not shown:\n{text}");
            press(&mut state, "j");
        }
    }

    #[test]
    fn the_lineage_pane_at_160x48() {
        insta::assert_snapshot!(after("jjjjjjjjjl", &PLAIN, 160, 48));
    }

    #[test]
    fn the_help_lists_every_key() {
        let text = after("?", &PLAIN, 80, 24);
        for (keys, _) in KEYS {
            assert!(text.contains(keys), "{keys} missing from\n{text}");
        }
        insta::assert_snapshot!(text);
    }

    #[test]
    fn ascii_draws_with_seven_bit_characters_only() {
        let look = Look {
            color: false,
            glyphs: Glyphs::ASCII,
        };
        for keys in ["", "Gt", "jjjjjjjjjl", "?", "/attention<Enter>"] {
            let text = after(keys, &look, 100, 30);
            assert!(text.is_ascii(), "after {keys:?}:\n{text}");
        }
        insta::assert_snapshot!(after("jjjjjjjjj<Tab>", &look, 100, 30));
    }

    #[test]
    fn a_terminal_below_60x20_gets_a_message_instead() {
        insta::assert_snapshot!(after("", &PLAIN, 59, 20));
        let text = after("", &PLAIN, 60, 19);
        assert!(
            text.contains("needs a terminal of at least 60x20"),
            "{text}"
        );
        assert!(text.contains("60x19);"), "{text}");
    }

    /// The style of the cell at the start of the line holding `text`.
    fn style_of(terminal: &Terminal<TestBackend>, text: &str) -> Style {
        let buffer = terminal.backend().buffer();
        let width = buffer.area.width;
        for y in 0..buffer.area.height {
            let line: String = (0..width).map(|x| buffer[(x, y)].symbol()).collect();
            if let Some(at) = line.find(text) {
                let x = line[..at].chars().count() as u16;
                return buffer[(x, y)].style();
            }
        }
        panic!("{text:?} is not on the screen");
    }

    #[test]
    fn without_colour_the_selection_is_in_reverse_video() {
        let catalog = Catalog::embedded();
        let state = State::new(&catalog);
        let terminal = screen(&state, &PLAIN, 80, 24);
        let selected = style_of(&terminal, "1986 Backpropagation");
        assert!(selected.add_modifier.contains(Modifier::REVERSED));
        let plain = |c: Option<Color>| matches!(c, None | Some(Color::Reset));
        assert!(plain(selected.fg) && plain(selected.bg), "{selected:?}");
        let other = style_of(&terminal, "1997 LSTM");
        assert!(!other.add_modifier.contains(Modifier::REVERSED));
        let header = style_of(&terminal, "1 · Foundations");
        assert!(plain(header.fg), "no colour at all: {header:?}");
    }

    #[test]
    fn with_colour_eras_have_their_colours_and_the_selection_a_background() {
        let catalog = Catalog::embedded();
        let state = State::new(&catalog);
        let look = Look {
            color: true,
            glyphs: Glyphs::UNICODE,
        };
        let terminal = screen(&state, &look, 80, 24);
        let selected = style_of(&terminal, "1986 Backpropagation");
        assert_eq!(selected.bg, Some(Color::DarkGray));
        assert!(!selected.add_modifier.contains(Modifier::REVERSED));
        // The 256-colour blue and green every other view paints eras 1 and 2 with.
        assert_eq!(
            style_of(&terminal, "1 · Foundations").fg,
            Some(Color::Indexed(32))
        );
        assert_eq!(
            style_of(&terminal, "2 · Embeddings").fg,
            Some(Color::Indexed(28))
        );
    }

    #[test]
    fn the_list_scrolls_to_keep_the_selection_in_sight() {
        let catalog = Catalog::embedded();
        let mut state = State::new(&catalog);
        screen(&state, &PLAIN, 80, 24);
        press(&mut state, "G");
        let text = screen(&state, &PLAIN, 80, 24).backend().to_string();
        let last = catalog.paper(*state.rows.last().expect("papers"));
        assert!(text.contains(last.name.as_str()), "{text}");
        assert!(!text.contains("1986 Backpropagation"));
        press(&mut state, "g");
        let text = screen(&state, &PLAIN, 80, 24).backend().to_string();
        assert!(
            text.contains("1 · Foundations"),
            "the header above the first paper shows"
        );
    }

    /// The screen as a terminal shows it: lines without the test backend's quotes and
    /// without trailing blanks.
    fn as_text(keys: &str, width: u16, height: u16) -> String {
        let catalog = Catalog::embedded();
        let mut state = State::new(&catalog);
        screen(&state, &PLAIN, width, height);
        press(&mut state, keys);
        let terminal = screen(&state, &PLAIN, width, height);
        let buffer = terminal.backend().buffer();
        let mut text = String::new();
        for y in 0..buffer.area.height {
            let line: String = (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect();
            text.push_str(line.trim_end());
            text.push('\n');
        }
        text
    }

    #[test]
    fn the_readme_shows_the_browser_as_it_is() {
        let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
            .expect("README.md");
        let capture = as_text("jjjjjjjjj", 100, 30);
        assert!(
            readme.contains(&format!("```text\n{capture}```")),
            "the README's capture of browse should be:\n{capture}"
        );
        for (keys, what) in KEYS {
            let row = format!("| `{keys}` | {what} |");
            assert!(readme.contains(&row), "the README lacks the row {row}");
        }
    }
}
