//! Aligned tables for reading: fitted to the terminal by the width policy (whole values
//! stay whole, text wraps, the least important columns go first), unlimited in a pipe.

use std::io::{self, Write};

use std::borrow::Cow;

use unicode_width::UnicodeWidthStr;

use super::Term;
use super::style::{clean_line, is_printable_ascii};
use super::wrap;
use crate::catalog::{Catalog, Field};

/// A table of papers with the given columns.
pub fn papers(
    out: &mut impl Write,
    catalog: &Catalog,
    papers: &[usize],
    fields: &[Field],
    term: &Term,
) -> io::Result<()> {
    marked_papers(out, catalog, papers, fields, None, term)
}

/// A table of papers with the given columns, after a ✓ column for the papers read when
/// `read` is given (one entry per paper of the catalog).
pub fn marked_papers(
    out: &mut impl Write,
    catalog: &Catalog,
    papers: &[usize],
    fields: &[Field],
    read: Option<&[bool]>,
    term: &Term,
) -> io::Result<()> {
    let columns: Vec<Column> = read
        .map(|_| Column::CHECK)
        .into_iter()
        .chain(fields.iter().map(|&f| column(f)))
        .collect();
    let check = read.map(|_| term.palette.label(CHECK));
    let header = check
        .into_iter()
        .chain(fields.iter().map(|f| term.palette.label(f.heading())));
    let rows = papers.iter().map(|&i| {
        read.map(|r| check_cell(r, i))
            .into_iter()
            .chain(fields.iter().map(|&f| {
                let text = clean_line(&f.text(catalog, i));
                if !term.palette.enabled && !term.palette.links {
                    return text;
                }
                let paper = catalog.paper(i);
                let linked = |url: &str| term.palette.hyperlink(url, &text);
                let text = match f {
                    Field::Name | Field::Title | Field::Url => linked(&paper.url),
                    Field::Doi => paper
                        .doi
                        .as_ref()
                        .map_or_else(|| text.clone(), |doi| linked(&super::card::doi_url(doi))),
                    Field::Arxiv => paper
                        .arxiv
                        .as_ref()
                        .map_or_else(|| text.clone(), |id| linked(&super::card::arxiv_url(id))),
                    _ => text,
                };
                match f {
                    Field::Id => term.palette.id(&text),
                    Field::Era | Field::EraName => term.palette.era(catalog.era_of(i), &text),
                    Field::Year => term.palette.year(&text),
                    _ => text,
                }
            }))
            .collect::<Vec<_>>()
    });
    write(out, &columns, header, rows, term)
}

/// How a column fits a narrow terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// Never cut nor wrapped: ids, years, numbers, URLs.
    Whole,
    /// A short label (a name): wraps, down to a few columns.
    Label,
    /// Sentences: wrap, and want room enough to read.
    Prose,
}

/// A column's fit and importance: when the table cannot fit, the column of lowest `rank`
/// is dropped first (the rightmost of equals).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub fit: Fit,
    pub rank: u8,
}

impl Column {
    pub const fn new(fit: Fit, rank: u8) -> Column {
        Column { fit, rank }
    }
    /// An id: the value typed next, so the last column to go.
    pub const ID: Column = Column::new(Fit::Whole, 9);
    /// A year.
    pub const YEAR: Column = Column::new(Fit::Whole, 8);
    /// The ✓ of papers read.
    pub const CHECK: Column = Column::new(Fit::Whole, 7);
    /// A paper's or an era's name.
    pub const NAME: Column = Column::new(Fit::Label, 6);
    /// Why a paper matters, a description: the reason to read the table.
    pub const PROSE: Column = Column::new(Fit::Prose, 5);
}

/// The column a paper field makes.
pub fn column(field: Field) -> Column {
    match field {
        Field::Id => Column::ID,
        Field::Year => Column::YEAR,
        Field::Name | Field::Title => Column::NAME,
        Field::Why | Field::Tldr => Column::PROSE,
        Field::Summary | Field::Authors | Field::Results | Field::BuildsOn => {
            Column::new(Fit::Prose, 4)
        }
        Field::Date => Column::new(Fit::Whole, 4),
        // A file path, like a URL, is never cut.
        Field::Arxiv | Field::Doi | Field::Url | Field::Source => Column::new(Fit::Whole, 2),
        Field::Era | Field::EraName => Column::new(Fit::Label, 3),
        Field::Volume | Field::Issue | Field::Pages | Field::DatePrecision => {
            Column::new(Fit::Whole, 1)
        }
        Field::Aliases
        | Field::Venue
        | Field::Publisher
        | Field::Published
        | Field::Tags
        | Field::LedTo => Column::new(Fit::Label, 2),
    }
}

/// Columns between two columns.
const GAP: usize = 2;
/// The narrowest a label column gets before it is dropped.
const MIN_LABEL: usize = 8;
/// The narrowest a prose column gets before it is dropped.
const MIN_PROSE: usize = 20;
/// A label up to this wide is given room for its whole before prose grows: a two-word name
/// on one line reads better than a sentence a few columns wider.
const SHORT_LABEL: usize = 20;
/// Room a prose column needs to read well: columns less important than it are dropped to
/// give it this much.
const COMFORTABLE_PROSE: usize = 30;

/// How wide a column's values are: the widest, and the widest single word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Measure {
    pub widest: usize,
    pub word: usize,
}

/// The width of each column on a terminal `total` columns wide; `None` for a column dropped.
///
/// When everything fits at its widest, nothing is decided. Else whole columns keep their
/// widest value; columns are dropped, least important first, until the rest fit at their
/// minimum, and then until the prose left has a comfortable width (dropping only columns
/// less important than it). The room left goes to labels up to their longest word (no
/// word cut), then (if `short_labels_first`) to short labels whole, then to prose, then to
/// labels, up to their widest.
pub fn widths(
    columns: &[Column],
    measures: &[Measure],
    total: usize,
    short_labels_first: bool,
) -> Vec<Option<usize>> {
    let natural = |i: usize| measures[i].widest;
    let least = |i: usize| match columns[i].fit {
        Fit::Whole => natural(i),
        Fit::Label => natural(i).min(MIN_LABEL),
        Fit::Prose => natural(i).min(MIN_PROSE),
    };
    let whole_words = |i: usize| natural(i).min(least(i).max(measures[i].word));
    let comfortable = |i: usize| natural(i).min(COMFORTABLE_PROSE);
    let needed = |kept: &[usize], each: &dyn Fn(usize) -> usize| {
        kept.iter().map(|&i| each(i)).sum::<usize>() + GAP * kept.len().saturating_sub(1)
    };
    let mut kept: Vec<usize> = (0..columns.len()).collect();
    if needed(&kept, &natural) <= total {
        return (0..columns.len()).map(|i| Some(natural(i))).collect();
    }
    let drop_least = |kept: &mut Vec<usize>, below: u8| -> bool {
        let victim = kept
            .iter()
            .enumerate()
            .filter(|&(_, &i)| columns[i].rank < below)
            .min_by_key(|&(n, &i)| (columns[i].rank, std::cmp::Reverse(n)))
            .map(|(n, _)| n);
        victim.map(|n| kept.remove(n)).is_some()
    };
    // The most important column stays whatever happens: it is what the table is for.
    while kept.len() > 1 && needed(&kept, &least) > total {
        drop_least(&mut kept, u8::MAX);
    }
    // Prose squeezed to a few words a line is worse than a column less.
    while let Some(prose) = kept.iter().copied().find(|&i| columns[i].fit == Fit::Prose) {
        let others = |i: usize| {
            if i == prose {
                comfortable(i)
            } else {
                whole_words(i)
            }
        };
        if needed(&kept, &others) <= total || !drop_least(&mut kept, columns[prose].rank) {
            break;
        }
    }
    let mut width: Vec<usize> = (0..columns.len()).map(least).collect();
    let mut spare = total.saturating_sub(needed(&kept, &least));
    let mut grow = |fit: Fit, cap: &dyn Fn(usize) -> usize| {
        for &i in &kept {
            if columns[i].fit == fit {
                let more = cap(i).saturating_sub(width[i]).min(spare);
                width[i] += more;
                spare -= more;
            }
        }
    };
    grow(Fit::Label, &whole_words);
    if short_labels_first {
        grow(Fit::Label, &|i| natural(i).min(SHORT_LABEL));
    }
    grow(Fit::Prose, &natural);
    grow(Fit::Label, &natural);
    (0..columns.len())
        .map(|i| kept.contains(&i).then_some(width[i]))
        .collect()
}

/// The heading and mark of the column of papers read.
pub const CHECK: &str = "✓";

/// A paper's cell in the ✓ column.
pub fn check_cell(read: &[bool], paper: usize) -> String {
    if read.get(paper).copied().unwrap_or(false) {
        CHECK.to_string()
    } else {
        String::new()
    }
}

/// Any table of already-styled cells, laid out for the terminal: `columns` says how each
/// column fits.
pub fn write<H, R, C>(
    out: &mut impl Write,
    columns: &[Column],
    header: H,
    rows: R,
    term: &Term,
) -> io::Result<()>
where
    H: IntoIterator<Item = String>,
    R: IntoIterator<Item = C>,
    C: IntoIterator<Item = String>,
{
    let header: Vec<String> = header.into_iter().collect();
    let rows: Vec<Vec<String>> = rows
        .into_iter()
        .map(|row| row.into_iter().collect())
        .collect();
    let one_line = |cells: &[String]| cells.iter().all(|c| !c.contains('\n'));
    if term.width.is_none()
        && !term.palette.enabled
        && !term.palette.links
        && one_line(&header)
        && rows.iter().all(|r| one_line(r))
    {
        return plain(out, &header, &rows);
    }
    // In a pipe everything fits: nothing is wrapped or dropped.
    fitted(
        out,
        columns,
        &header,
        &rows,
        term.width.unwrap_or(usize::MAX),
    )
}

/// A table fitted to a terminal `total` columns wide by the width policy.
fn fitted(
    out: &mut impl Write,
    columns: &[Column],
    header: &[String],
    rows: &[Vec<String>],
    total: usize,
) -> io::Result<()> {
    let count = columns
        .len()
        .max(header.len())
        .max(rows.iter().map(Vec::len).max().unwrap_or(0));
    let spec = |i: usize| {
        columns
            .get(i)
            .copied()
            .unwrap_or(Column::new(Fit::Label, 0))
    };
    let specs: Vec<Column> = (0..count).map(spec).collect();
    let all_rows = || std::iter::once(header).chain(rows.iter().map(Vec::as_slice));
    let mut measures = vec![Measure::default(); count];
    for row in all_rows() {
        for (cell, measure) in row.iter().zip(&mut measures) {
            for line in cell.lines() {
                measure.widest = measure.widest.max(wrap::width(line));
                let word = line.split(' ').map(wrap::width).max().unwrap_or(0);
                measure.word = measure.word.max(word);
            }
        }
    }
    let laid_out = |widths: &[Option<usize>]| -> Vec<Vec<Vec<Cow<'_, str>>>> {
        all_rows()
            .map(|row| cells_of(row, &specs, widths))
            .collect()
    };
    let lines = |table: &[Vec<Vec<Cow<'_, str>>>]| -> usize {
        table
            .iter()
            .map(|cells| cells.iter().map(Vec::len).max().unwrap_or(0).max(1))
            .sum()
    };
    // Short labels whole, or prose wider: whichever takes fewer lines (prose on a tie).
    let prose_first = widths(&specs, &measures, total, false);
    let labels_first = widths(&specs, &measures, total, true);
    let mut widths = prose_first;
    let mut table = laid_out(&widths);
    if labels_first != widths {
        let other = laid_out(&labels_first);
        if lines(&other) < lines(&table) {
            (widths, table) = (labels_first, other);
        }
    }
    for (row, cells) in all_rows().zip(table) {
        if row.is_empty() {
            writeln!(out)?;
            continue;
        }
        let height = cells.iter().map(Vec::len).max().unwrap_or(0).max(1);
        for n in 0..height {
            let mut line = String::new();
            let shown = (0..count).filter(|&i| widths[i].is_some());
            for (cell, i) in cells.iter().zip(shown) {
                let text = cell.get(n).map_or("", |l| l.as_ref());
                line.push_str(text);
                let pad = widths[i].unwrap_or(0).saturating_sub(wrap::width(text)) + GAP;
                line.extend(std::iter::repeat_n(' ', pad));
            }
            writeln!(out, "{}", line.trim_end())?;
        }
    }
    Ok(())
}

/// A row's shown cells as lines: whole columns as they are, the others wrapped to their width
/// (a word wider than it shortened), each line closing the link it leaves open.
fn cells_of<'a>(
    row: &'a [String],
    specs: &[Column],
    widths: &[Option<usize>],
) -> Vec<Vec<Cow<'a, str>>> {
    (0..specs.len())
        .filter_map(|i| widths[i].map(|w| (i, w)))
        .map(|(i, w)| {
            let cell = row.get(i).map_or("", String::as_str);
            if specs[i].fit == Fit::Whole {
                return cell.lines().map(Cow::Borrowed).collect();
            }
            let lines = cell
                .lines()
                .flat_map(|line| wrap::fit(line, Some(w), ""))
                .map(|line| match wrap::shorten(&line, w, "…") {
                    Cow::Borrowed(_) => line,
                    cut => Cow::Owned(cut.into_owned()),
                })
                .collect();
            wrap::relink(lines)
        })
        .collect()
}

/// The same layout as [`fitted`] for the common case of plain one-line cells and no
/// width to fit (a pipe), an order of magnitude cheaper on many thousands of rows.
fn plain(out: &mut impl Write, header: &[String], rows: &[Vec<String>]) -> io::Result<()> {
    let all_rows = || std::iter::once(header).chain(rows.iter().map(Vec::as_slice));
    // Each cell is measured once; printable ASCII is as wide as it is long.
    let cell_widths: Vec<Vec<usize>> = all_rows()
        .map(|row| row.iter().map(|cell| width_of(cell)).collect())
        .collect();
    let mut widths: Vec<usize> = Vec::new();
    for row in &cell_widths {
        widths.resize(widths.len().max(row.len()), 0);
        for (width, &cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell);
        }
    }
    let mut line = String::new();
    for (row, row_widths) in all_rows().zip(&cell_widths) {
        line.clear();
        for (i, width) in widths.iter().enumerate() {
            let cell = row.get(i).map_or("", String::as_str);
            line.push_str(cell);
            // Two spaces between columns: the right padding of every column above.
            let used = row_widths.get(i).copied().unwrap_or(0);
            line.extend(std::iter::repeat_n(' ', width - used + 2));
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

/// A cell's width in columns: its length, for printable ASCII.
fn width_of(cell: &str) -> usize {
    if is_printable_ascii(cell) {
        cell.len()
    } else {
        cell.width()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::fixture;
    use crate::catalog::query::Query;
    use crate::render::Palette;

    fn render(width: Option<usize>) -> String {
        let mut catalog =
            fixture::catalog(&[("a", "2000-01-01", &[]), ("b", "2001-01-01", &["a"])]);
        catalog.papers[0].why =
            "A very long line of text that cannot fit in a narrow terminal at all".into();
        let term = Term {
            palette: Palette::PLAIN,
            width,
        };
        let mut out = Vec::new();
        papers(&mut out, &catalog, &[0, 1], &Field::TABLE, &term).expect("writes");
        String::from_utf8(out).expect("UTF-8")
    }

    /// Paper a with a DOI and an arXiv id, paper b with neither, as a table of every
    /// column that is linked or coloured, with this palette, in a pipe.
    fn styled(enabled: bool, links: bool) -> String {
        let mut catalog =
            fixture::catalog(&[("a", "2000-01-01", &[]), ("b", "2001-01-01", &["a"])]);
        catalog.papers[0].doi = Some("10.1/x".into());
        catalog.papers[0].arxiv = Some("1706.03762".into());
        let fields = [
            Field::Id,
            Field::Year,
            Field::Name,
            Field::Title,
            Field::Url,
            Field::Doi,
            Field::Arxiv,
            Field::Era,
            Field::EraName,
            Field::Venue,
        ];
        let term = Term {
            palette: Palette { enabled, links },
            width: None,
        };
        let mut out = Vec::new();
        papers(&mut out, &catalog, &[0, 1], &fields, &term).expect("writes");
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn cells_are_coloured_and_linked_by_their_field_as_the_palette_says() {
        let plain = "\
ID  Year  Name  Title  URL                    DOI     arXiv       Era  Era name  Venue
a   2000  A     On a   https://example.org/a  10.1/x  1706.03762  one  One       arXiv preprint
b   2001  B     On b   https://example.org/b                      one  One       arXiv preprint
";
        assert_eq!(styled(false, false), plain);
        for (enabled, links) in [(true, true), (false, true), (true, false)] {
            let sgr = |code: &str, text: &str| match enabled {
                true => format!("\u{1b}[{code}m{text}\u{1b}[0m"),
                false => text.to_string(),
            };
            let link = |url: &str, text: &str| match links {
                true => format!("\u{1b}]8;;{url}\u{1b}\\{text}\u{1b}]8;;\u{1b}\\"),
                false => text.to_string(),
            };
            let header =
                ["ID", "Year", "Name", "Title", "URL", "DOI", "arXiv", "Era"].map(|h| sgr("1", h));
            let mut expected = format!(
                "{}  {}  {}  {}  {}                    {}     {}       {}  {}  {}\n",
                header[0],
                header[1],
                header[2],
                header[3],
                header[4],
                header[5],
                header[6],
                header[7],
                sgr("1", "Era name"),
                sgr("1", "Venue"),
            );
            for (id, year) in [("a", "2000"), ("b", "2001")] {
                let url = format!("https://example.org/{id}");
                let (doi, arxiv) = match id {
                    "a" => (
                        link("https://doi.org/10.1/x", "10.1/x"),
                        link("https://arxiv.org/abs/1706.03762", "1706.03762"),
                    ),
                    _ => ("      ".to_string(), "          ".to_string()),
                };
                expected += &format!(
                    "{}   {}  {}     {}   {}  {doi}  {arxiv}  {}  {}       arXiv preprint\n",
                    sgr("36", id),
                    sgr("1", year),
                    link(&url, &id.to_uppercase()),
                    link(&url, &format!("On {id}")),
                    link(&url, &url),
                    sgr("38;5;32", "one"),
                    sgr("38;5;32", "One"),
                );
            }
            assert_eq!(
                styled(enabled, links),
                expected,
                "colour {enabled}, links {links}"
            );
        }
    }

    #[test]
    fn on_a_terminal_prose_wraps_in_its_column_and_ids_stay_whole() {
        let text = render(Some(50));
        assert_eq!(
            text,
            "\
ID  Year  Name  Why it matters
a   2000  A     A very long line of text that
                cannot fit in a narrow terminal at
                all
b   2001  B     b matters.
",
        );
    }

    #[test]
    fn a_narrow_terminal_drops_the_least_important_columns_first() {
        // Era goes first, then the prose that cannot get its minimum, never the id.
        assert_eq!(
            render(Some(40)).lines().next(),
            Some("ID  Year  Name  Why it matters")
        );
        let narrow = render(Some(20));
        assert_eq!(narrow, "ID  Year  Name\na   2000  A\nb   2001  B\n");
    }

    #[test]
    fn wide_characters_count_twice_and_wrap_without_being_lost() {
        let mut catalog = fixture::catalog(&[("a", "2000-01-01", &[])]);
        catalog.papers[0].name = "注意力机制".into();
        catalog.papers[0].why =
            "注意力机制让模型在每一步都能看到整句话，而不是只看前一个词。".into();
        let term = Term {
            palette: Palette::PLAIN,
            width: Some(40),
        };
        let mut out = Vec::new();
        papers(&mut out, &catalog, &[0], &Field::TABLE, &term).expect("writes");
        let text = String::from_utf8(out).expect("UTF-8");
        assert!(text.lines().all(|l| l.width() <= 40), "{text}");
        let shown: String = text.split_whitespace().collect();
        assert!(shown.contains("注意力机制"), "{text}");
        assert!(!text.contains('…'), "{text}");
    }

    fn measures(widest: &[usize]) -> Vec<Measure> {
        widest
            .iter()
            .map(|&w| Measure {
                widest: w,
                word: w.min(10),
            })
            .collect()
    }

    #[test]
    fn everything_at_its_widest_when_it_fits() {
        let columns = [Column::ID, Column::NAME, Column::PROSE];
        assert_eq!(
            widths(&columns, &measures(&[5, 10, 40]), 80, false),
            [Some(5), Some(10), Some(40)]
        );
    }

    #[test]
    fn whole_columns_are_never_narrowed_and_the_most_important_one_always_stays() {
        let columns = [Column::ID, Column::YEAR, Column::PROSE];
        assert_eq!(
            widths(&columns, &measures(&[18, 4, 90]), 40, false),
            [Some(18), Some(4), None]
        );
        // Even wider than the terminal: the id is kept whole.
        assert_eq!(
            widths(&columns, &measures(&[18, 4, 90]), 10, false),
            [Some(18), None, None]
        );
    }

    #[test]
    fn prose_gets_a_comfortable_width_before_less_important_columns() {
        let columns = [Column::ID, Column::PROSE, Column::new(Fit::Label, 3)];
        // Room for the id, prose at its minimum and the label at its: the label goes so
        // the prose can have 30 columns.
        assert_eq!(
            widths(&columns, &measures(&[10, 90, 11]), 50, false),
            [Some(10), Some(38), None]
        );
    }

    #[test]
    fn columns_that_fit_exactly_at_their_minimum_all_stay() {
        let columns = [Column::ID, Column::PROSE];
        // 10 + 2 + 20: the prose at its minimum, not comfortable, but no column less.
        assert_eq!(
            widths(&columns, &measures(&[10, 90]), 32, false),
            [Some(10), Some(20)]
        );
        assert_eq!(
            widths(&columns, &measures(&[10, 90]), 31, false),
            [Some(10), None]
        );
    }

    #[test]
    fn the_room_left_goes_to_labels_whole_words_then_prose() {
        let columns = [Column::ID, Column::NAME, Column::PROSE];
        // At least 10 + 8 + 20 and the gaps, 42: of the 28 columns left, 2 make the name's
        // words whole (10), and the prose takes the other 26, up to the terminal's edge.
        assert_eq!(
            widths(&columns, &measures(&[10, 30, 90]), 70, false),
            [Some(10), Some(10), Some(46)]
        );
        // Short labels first: the name grows to 20 before the prose does.
        assert_eq!(
            widths(&columns, &measures(&[10, 30, 90]), 70, true),
            [Some(10), Some(20), Some(36)]
        );
    }

    #[test]
    fn a_read_mark_is_shown_for_the_papers_read_only() {
        let read = [true, false];
        assert_eq!(check_cell(&read, 0), "✓");
        assert_eq!(check_cell(&read, 1), "");
        assert_eq!(check_cell(&read, 2), "");
    }

    fn laid_out(name: &str, prose: &str, width: Option<usize>) -> String {
        let mut out = Vec::new();
        let header = ["Name".to_string(), "Why".to_string()];
        let rows = [[name.to_string(), prose.to_string()]];
        let term = Term {
            palette: Palette::PLAIN,
            width,
        };
        write(
            &mut out,
            &[Column::NAME, Column::PROSE],
            header,
            rows,
            &term,
        )
        .expect("writes");
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn a_label_is_given_room_when_that_takes_fewer_lines_and_prose_on_a_tie() {
        let name = "Alpha Beta Gamma Delta";
        // Name at 8 (4 lines) and prose at 30 (2), or name at 20 (2) and prose at 20 (2).
        let prose = ["abcd"; 8].join(" ");
        assert_eq!(
            laid_out(name, &prose, Some(40)),
            "\
Name                Why
Alpha Beta Gamma    abcd abcd abcd abcd
Delta               abcd abcd abcd abcd
"
        );
        // Name at 8 (4 lines) and prose at 30 (3), or name at 20 (2) and prose at 20 (4).
        let prose = ["abcd"; 15].join(" ");
        assert_eq!(
            laid_out(name, &prose, Some(40)),
            "\
Name      Why
Alpha     abcd abcd abcd abcd abcd abcd
Beta      abcd abcd abcd abcd abcd abcd
Gamma     abcd abcd abcd
Delta
"
        );
    }

    #[test]
    fn a_cell_of_several_lines_keeps_its_column_in_a_pipe() {
        assert_eq!(laid_out("One\nTwo", "x", None), "Name  Why\nOne   x\nTwo\n");
        // Every cell of several lines, the header's too.
        let mut out = Vec::new();
        let header = ["A\nB".to_string(), "x\ny".to_string()];
        let rows = [["C\nD".to_string(), "z\nw".to_string()]];
        let columns = [Column::NAME, Column::NAME];
        write(&mut out, &columns, header, rows, &Term::plain()).expect("writes");
        assert_eq!(
            String::from_utf8(out).expect("UTF-8"),
            "A  x\nB  y\nC  z\nD  w\n"
        );
    }

    #[test]
    fn the_ascii_shortcut_measures_cells_as_unicode_width_does() {
        for cell in [
            "",
            "Attention Is All You Need ~",
            "Jürgen",
            "注意力",
            "a\u{301}",
            "x\ty",
        ] {
            assert_eq!(width_of(cell), cell.width(), "{cell:?}");
        }
    }

    #[test]
    fn in_a_pipe_nothing_is_cut() {
        let text = render(None);
        assert!(
            text.contains("cannot fit in a narrow terminal at all\n"),
            "{text}"
        );
        assert!(!text.contains('…'));
    }

    fn text(write: impl FnOnce(&mut Vec<u8>) -> io::Result<()>) -> String {
        let mut out = Vec::new();
        write(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_plain_shortcut_lays_out_as_the_fitted_table_does() {
        let catalog = Catalog::embedded();
        let papers = Query::default().run(&catalog);
        // Every field: accents, dashes and wide text in every column.
        let cells = |fields: &[Field]| {
            let header: Vec<String> = fields.iter().map(|f| f.heading().to_string()).collect();
            let rows: Vec<Vec<String>> = papers
                .iter()
                .map(|&i| {
                    fields
                        .iter()
                        .map(|f| clean_line(&f.text(&catalog, i)))
                        .collect()
                })
                .collect();
            (header, rows)
        };
        for fields in [&Field::ALL[..], &Field::TABLE[..], &[Field::Authors][..]] {
            let (header, rows) = cells(fields);
            let fast = text(|out| plain(out, &header, &rows));
            let (header, rows) = cells(fields);
            let fitted = text(|out| fitted(out, &[], &header, &rows, usize::MAX));
            assert_eq!(fast, fitted, "{fields:?}");
        }
        let wide = vec![vec!["日本語".to_string(), "x".into()], vec!["a".into()]];
        let header = vec!["H".to_string(), "Second".into()];
        assert_eq!(
            text(|out| plain(out, &header, &wide)),
            text(|out| fitted(out, &[], &header, &wide, usize::MAX))
        );
    }
}
