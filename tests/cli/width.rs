//! The width policy, swept: every human view, on a pseudo-terminal of each common width,
//! fits it (display width, escape sequences not counted), except an unbroken URL.

use std::process::Command;

use unicode_width::UnicodeWidthStr;

use crate::have;

/// The widths swept.
const WIDTHS: [usize; 6] = [40, 60, 80, 100, 120, 200];

/// Every human view: tables, cards, trees, the timeline, citations, the home screen and
/// errors (ours and clap's).
const VIEWS: [&str; 21] = [
    "list",
    "list --fields id,title,authors,url",
    "sort year",
    "era",
    "era 2",
    "era --all",
    "show transformer",
    "show lstm chain-of-thought",
    "timeline",
    "lineage transformer",
    "path lstm deepseek-r1",
    "search attention",
    "cite transformer",
    "cite transformer --style apa",
    "plan deepseek-r1",
    "validate --pedantic --add tests/fixtures/extra.json",
    "",
    "show gpt4",
    "path gpt-3 backprop",
    "path alexnet word2vec",
    "list --fields nonsense",
];

/// Runs every view on one pseudo-terminal `width` columns wide (one `script` for all, to
/// stay quick), colours and links on, and returns each view's output (stdout and stderr).
fn views_at(width: usize) -> Vec<String> {
    let bin = assert_cmd::cargo::cargo_bin("aipapers");
    let mut command = String::new();
    for view in VIEWS {
        command.push_str(&format!(
            " echo '@@view@@'; '{}' {view} --color always --hyperlinks always;",
            bin.display()
        ));
    }
    let text = in_pty(width, &command);
    let views: Vec<String> = text.split("@@view@@\n").skip(1).map(String::from).collect();
    assert_eq!(views.len(), VIEWS.len(), "{text}");
    views
}

/// The text a terminal shows: CSI sequences (colours) and OSC sequences (hyperlinks) taken
/// out.
fn shown(line: &str) -> String {
    let mut out = String::new();
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\u{1b}' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('[') => {
                for c in chars.by_ref() {
                    if ('\u{40}'..='\u{7e}').contains(&c) {
                        break;
                    }
                }
            }
            Some(']') => {
                let mut last = ']';
                for c in chars.by_ref() {
                    if c == '\u{7}' || (last == '\u{1b}' && c == '\\') {
                        break;
                    }
                    last = c;
                }
            }
            _ => {}
        }
    }
    out
}

/// Whether a line is allowed past the edge: only by a URL, never broken, that would not fit
/// on any line.
fn only_a_url_overflows(line: &str, width: usize) -> bool {
    line.split_whitespace()
        .filter(|word| word.contains("://"))
        .any(|url| line.width() - url.width() <= width)
}

#[test]
fn every_view_fits_every_width() {
    if !have("script") {
        return;
    }
    let mut wide = Vec::new();
    for width in WIDTHS {
        for (view, text) in VIEWS.iter().zip(views_at(width)) {
            assert!(
                text.lines().count() > 0,
                "`aipapers {view}` printed nothing at {width}"
            );
            for line in text.lines().map(shown) {
                if line.width() > width && !only_a_url_overflows(&line, width) {
                    wide.push(format!("{width} `{view}`: {} {line:?}", line.width()));
                }
            }
        }
    }
    assert!(
        wide.is_empty(),
        "lines wider than the terminal:\n{}",
        wide.join("\n")
    );
}

#[test]
fn ids_and_years_are_never_cut_at_any_width() {
    if !have("script") {
        return;
    }
    let ids: Vec<String> = crate::stdout_of(&["list", "--format", "ids"])
        .lines()
        .map(String::from)
        .collect();
    for width in WIDTHS {
        let views = views_at(width);
        let list = shown(&views[0]);
        for id in &ids {
            let found = list
                .lines()
                .any(|line| line.split_whitespace().next() == Some(id.as_str()));
            assert!(found, "{id} is not whole in `list` at {width}:\n{list}");
        }
        assert!(
            !list.contains(" …") && !list.contains(",…"),
            "a stray space or comma before an ellipsis at {width}:\n{list}"
        );
        let timeline = shown(&views[8]);
        for year in ["1986", "1997", "2017", "2025"] {
            assert!(
                timeline.contains(year),
                "{year} missing from the timeline at {width}"
            );
        }
        // Every band keeps its years.
        for years in ["1986–2012", "2013–2015", "2018–2020", "2021–2025"] {
            assert!(
                timeline.contains(years),
                "{years} cut from a timeline band at {width}:\n{timeline}"
            );
        }
    }
}

#[test]
fn the_url_of_a_clickable_card_is_shortened_and_a_plain_one_is_whole() {
    if !have("script") {
        return;
    }
    let bin = assert_cmd::cargo::cargo_bin("aipapers");
    let run = |links: &str| {
        let command = format!(
            "'{}' show lstm --color never --hyperlinks {links}",
            bin.display()
        );
        in_pty(60, &command)
    };
    let url = "https://direct.mit.edu/neco/article/9/8/1735/6109/Long-Short-Term-Memory";
    let plain = run("never");
    assert!(plain.contains(&format!("Read      {url}")), "{plain}");
    assert!(!plain.contains('\u{1b}'));
    let linked = run("always");
    let read = linked
        .lines()
        .map(shown)
        .find(|l| l.starts_with("Read"))
        .expect("a Read line");
    assert_eq!(
        read, "Read      https://direct.mit.edu/neco/article/9/8/1735/6109…",
        "{linked}"
    );
    assert!(
        linked.contains(&format!("\u{1b}]8;;{url}\u{1b}\\")),
        "{linked}"
    );
}

/// Views whose layout the width policy decides, kept as golden files at two widths:
/// `tests/cmd/width/<name>-<width>.txt`, regenerated with TRYCMD=overwrite.
const GOLDEN: [(&str, &str); 11] = [
    ("home", ""),
    ("list", "list"),
    ("era", "era"),
    ("era-2", "era 2"),
    ("show", "show chain-of-thought"),
    ("timeline", "timeline --era 1,2"),
    ("lineage", "lineage transformer --descendants --depth 3"),
    ("path", "path lstm deepseek-r1"),
    ("search", "search attention"),
    ("cite", "cite transformer"),
    ("error", "path gpt-3 backprop"),
];

/// What `aipapers ARGS` shows on a pseudo-terminal `width` columns wide, without colour.
fn screen(args: &str, width: usize) -> String {
    let bin = assert_cmd::cargo::cargo_bin("aipapers");
    let command = format!(
        "'{}' {args} --color never --hyperlinks never",
        bin.display()
    );
    in_pty(width, &command)
}

/// What the shell `commands` print on a pseudo-terminal 50 rows by `width` columns, as the
/// tests' other runs see it: no pager, no COLUMNS, no catalog, progress or papers.d of the
/// user's; lines end in "\n".
fn in_pty(width: usize, commands: &str) -> String {
    let command = format!("stty rows 50 cols {width}; {commands}");
    let out = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .env("AIPAPERS_PAGER", "")
        .env_remove("COLUMNS")
        .env_remove("AIPAPERS_CATALOG")
        .env("AIPAPERS_DATA", crate::no_progress())
        .env("AIPAPERS_PAPERS_D", crate::no_papers_d())
        .output()
        .expect("script runs");
    String::from_utf8(out.stdout)
        .expect("UTF-8")
        .replace("\r\n", "\n")
}

#[test]
fn views_at_40_and_80_columns_match_their_golden_files() {
    if !have("script") {
        return;
    }
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cmd/width");
    let overwrite = std::env::var_os("TRYCMD").is_some_and(|v| v == "overwrite");
    let mut differ = Vec::new();
    for (name, args) in GOLDEN {
        for width in [40, 80] {
            let path = dir.join(format!("{name}-{width}.txt"));
            let command = format!("$ aipapers {args}");
            let shown = format!("{}\n{}", command.trim_end(), screen(args, width));
            if overwrite {
                std::fs::create_dir_all(&dir).expect("the golden directory can be made");
                std::fs::write(&path, &shown).expect("the golden file can be written");
                continue;
            }
            let golden = std::fs::read_to_string(&path).unwrap_or_default();
            if golden != shown {
                differ.push(format!("{}:\n{shown}", path.display()));
            }
        }
    }
    assert!(
        differ.is_empty(),
        "not as the golden files (TRYCMD=overwrite rewrites them):\n{}",
        differ.join("\n")
    );
}
