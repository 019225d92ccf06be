//! Bibliographies formatted by a CSL processor (hayagriva) from the citation items of
//! [`super::citation`], in any CSL style: one bundled with hayagriva or a user's file.

use std::fmt::Write as _;
use std::io::{self, Write};

use hayagriva::archive::ArchivedStyle;
use hayagriva::citationberg::json::Item as CslItem;
use hayagriva::citationberg::{
    FontStyle, FontWeight, IndependentStyle, LayoutRenderingElement, Locale, Name, NamesChild,
    Style as CslStyle, VerticalAlign,
};
use hayagriva::{
    BibliographyDriver, BibliographyRequest, BufWriteFormat, CitationItem, CitationRequest,
    ElemChild, ElemChildren,
};

use super::citation::Item;

/// The styles offered by short names, with what each is; every other style bundled with
/// hayagriva is offered by its own names too (`--list-styles` prints them all).
pub const NAMED: [(&str, ArchivedStyle); 8] = [
    ("apa", ArchivedStyle::AmericanPsychologicalAssociation),
    ("mla", ArchivedStyle::ModernLanguageAssociation),
    ("chicago-author-date", ArchivedStyle::ChicagoAuthorDate),
    ("chicago-notes", ArchivedStyle::ChicagoNotes),
    (
        "ieee",
        ArchivedStyle::InstituteOfElectricalAndElectronicsEngineers,
    ),
    ("harvard", ArchivedStyle::HarvardCiteThemRight),
    ("vancouver", ArchivedStyle::NlmCitationSequence),
    ("nature", ArchivedStyle::Nature),
];

/// What `--style` names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CiteStyle {
    /// BibTeX entries, written by aipapers itself
    Bibtex,
    /// BibLaTeX entries, written by aipapers itself
    Biblatex,
    /// A CSL style bundled with hayagriva
    Csl(ArchivedStyle),
}

impl CiteStyle {
    /// A style by any of its names, ignoring case.
    pub fn by_name(name: &str) -> Option<CiteStyle> {
        let name = name.trim().to_lowercase();
        match name.as_str() {
            "bibtex" => Some(CiteStyle::Bibtex),
            "biblatex" => Some(CiteStyle::Biblatex),
            _ => NAMED
                .iter()
                .find(|(short, _)| *short == name)
                .map(|&(_, style)| style)
                .or_else(|| ArchivedStyle::by_name(&name))
                .map(CiteStyle::Csl),
        }
    }

    /// Every name `--style` takes: BibTeX, BibLaTeX, the short names, then hayagriva's own.
    pub fn names() -> Vec<&'static str> {
        let mut names = vec!["bibtex", "biblatex"];
        names.extend(NAMED.iter().map(|(short, _)| *short));
        for style in ArchivedStyle::all() {
            for name in style.names() {
                if !names.contains(name) {
                    names.push(name);
                }
            }
        }
        names
    }

    /// The style as CSL, or `None` for the styles aipapers writes itself.
    pub fn csl(self) -> Option<IndependentStyle> {
        match self {
            CiteStyle::Bibtex | CiteStyle::Biblatex => None,
            CiteStyle::Csl(archived) => match archived.get() {
                CslStyle::Independent(style) => Some(repaired(style)),
                // hayagriva bundles only independent styles.
                CslStyle::Dependent(_) => None,
            },
        }
    }
}

/// Writes the table of styles for `cite --list-styles`: each name, then what it is.
pub fn list_styles(out: &mut impl Write) -> io::Result<()> {
    let mut rows: Vec<(&str, String)> = vec![
        ("bibtex", "BibTeX entries (the default)".to_string()),
        ("biblatex", "BibLaTeX entries".to_string()),
    ];
    for (short, style) in NAMED {
        rows.push((short, style.display_name().to_string()));
    }
    for style in ArchivedStyle::all() {
        if NAMED.iter().any(|(_, named)| named == style) {
            continue;
        }
        let names = style.names();
        let mut what = style.display_name().to_string();
        if names.len() > 1 {
            what += &format!(" (also: {})", names[1..].join(", "));
        }
        rows.push((names[0], what));
    }
    let width = rows.iter().map(|(name, _)| name.len()).max().unwrap_or(0) + 2;
    for (name, what) in rows {
        writeln!(out, "{name:<width$}{what}")?;
    }
    Ok(())
}

/// A CSL style from the text of a `.csl` file. A dependent style (a journal's name for
/// another style) is resolved to its parent when hayagriva bundles the parent.
pub fn parse_style(xml: &str) -> Result<IndependentStyle, String> {
    match CslStyle::from_xml(xml) {
        Ok(CslStyle::Independent(style)) => Ok(repaired(style)),
        Ok(CslStyle::Dependent(dependent)) => {
            let parent = &dependent.parent_link.href;
            match ArchivedStyle::by_id(parent).map(ArchivedStyle::get) {
                Some(CslStyle::Independent(style)) => Ok(repaired(style)),
                _ => Err(format!(
                    "it is a dependent style whose parent ({parent}) is not bundled; \
                     give the parent's file instead"
                )),
            }
        }
        Err(err) => Err(format!("it is not a CSL style: {err}")),
    }
}

/// The style with every `<names>` that has children but no `<name>` given a `<name>` of
/// the inherited options, as the CSL specification reads it. hayagriva 0.10 renders such
/// a `<names>` as nothing: its copy of the Vancouver (NLM) style has one for the authors,
/// which it would print without them.
fn repaired(mut style: IndependentStyle) -> IndependentStyle {
    fn walk(elements: &mut [LayoutRenderingElement]) {
        for element in elements {
            match element {
                LayoutRenderingElement::Names(names) => {
                    let named = names
                        .children
                        .iter()
                        .any(|c| matches!(c, NamesChild::Name(_)));
                    if !names.children.is_empty() && !named {
                        names.children.insert(0, NamesChild::Name(Name::default()));
                    }
                }
                LayoutRenderingElement::Group(group) => walk(&mut group.children),
                LayoutRenderingElement::Choose(choose) => {
                    walk(&mut choose.if_.children);
                    for branch in &mut choose.else_if {
                        walk(&mut branch.children);
                    }
                    if let Some(otherwise) = &mut choose.otherwise {
                        walk(&mut otherwise.children);
                    }
                }
                _ => {}
            }
        }
    }
    for csl_macro in &mut style.macros {
        walk(&mut csl_macro.children);
    }
    walk(&mut style.citation.layout.elements);
    if let Some(bibliography) = &mut style.bibliography {
        walk(&mut bibliography.layout.elements);
    }
    style
}

/// How a formatted citation is written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Markup {
    /// Plain text
    #[default]
    Text,
    /// HTML: italics as <i>, links as <a>
    Html,
    /// Markdown: italics as *...*
    Markdown,
    /// Text with terminal escapes for italics and bold
    #[value(skip)]
    Terminal,
}

/// Writes the bibliography of these items in a CSL style, one entry per line, in the
/// order the style sorts them (citation order for numbered styles).
pub fn bibliography(
    out: &mut impl Write,
    items: &[Item],
    style: &IndependentStyle,
    markup: Markup,
) -> io::Result<()> {
    for line in entries(items, style, markup)? {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// The formatted entries, each on one line.
pub fn entries(
    items: &[Item],
    style: &IndependentStyle,
    markup: Markup,
) -> io::Result<Vec<String>> {
    // The processor reads the same CSL-JSON that `export --format csl-json` writes.
    let csl: Vec<CslItem> = items
        .iter()
        .map(|item| serde_json::to_value(item).and_then(serde_json::from_value))
        .collect::<Result<_, _>>()
        .map_err(io::Error::other)?;
    let locales = locales(style);
    let mut driver = BibliographyDriver::new();
    for item in &csl {
        driver.citation(CitationRequest::from_items(
            vec![CitationItem::with_entry(item)],
            style,
            &locales,
        ));
    }
    let rendered = driver.finish(BibliographyRequest::new(style, None, &locales));
    let Some(bibliography) = rendered.bibliography else {
        return Err(io::Error::other("this style has no bibliography"));
    };
    let mut lines = Vec::with_capacity(bibliography.items.len());
    for entry in bibliography.items {
        let mut line = String::new();
        if let Some(first) = &entry.first_field {
            write_child(&mut line, first, markup);
            line.push(' ');
        }
        write_children(&mut line, &entry.content, markup);
        lines.push(single_spaced(&line));
    }
    Ok(lines)
}

/// The line with runs of spaces made one: hayagriva leaves two where a part it skipped
/// had its own delimiter ("Inc.,  2017", "[Online].  Available").
fn single_spaced(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for c in line.trim().chars() {
        if !(c == ' ' && out.ends_with(' ')) {
            out.push(c);
        }
    }
    out
}

/// The locales bundled with hayagriva that this style can use, for its terms ("et al.",
/// "In", "Retrieved"): its own and US English, the fallback of every style.
/// Decoding all 64 of them made a run take 160 ms (70 ms of processor time) instead of 8.
fn locales(style: &IndependentStyle) -> Vec<Locale> {
    let wanted = style
        .default_locale
        .as_ref()
        .map_or("en-US", |code| code.0.as_str());
    // A bare language ("de") is looked up as any of its regions.
    let bare = !wanted.contains('-');
    let archive = hayagriva::archive::LOCALES;
    let chosen: Vec<&[u8]> = archive
        .iter()
        .copied()
        .filter(|bytes| match lang(bytes) {
            Some(lang) => {
                lang == "en-US"
                    || lang == wanted
                    || (bare && lang.split('-').next() == Some(wanted))
            }
            // A locale whose language cannot be read without decoding it is decoded.
            None => true,
        })
        .collect();
    chosen
        .into_iter()
        .filter_map(|bytes| ciborium::from_reader(bytes).ok())
        .collect()
}

/// The language of a bundled locale, read from the start of its CBOR: a map whose first
/// key is "@xml:lang" and whose first value is a short text string ("en-US").
fn lang(cbor: &[u8]) -> Option<&str> {
    const KEY: &[u8] = b"\x69@xml:lang";
    let rest = cbor.get(1..)?.strip_prefix(KEY)?;
    let (&head, rest) = rest.split_first()?;
    // CBOR text strings of fewer than 24 bytes: 0x60 plus the length.
    let len = usize::from(head.checked_sub(0x60).filter(|&n| n < 24)?);
    std::str::from_utf8(rest.get(..len)?).ok()
}

fn write_children(out: &mut String, children: &ElemChildren, markup: Markup) {
    for child in &children.0 {
        write_child(out, child, markup);
    }
}

fn write_child(out: &mut String, child: &ElemChild, markup: Markup) {
    let format = match markup {
        Markup::Text => BufWriteFormat::Plain,
        Markup::Terminal => BufWriteFormat::VT100,
        Markup::Html | Markup::Markdown => {
            return write_marked(out, child, markup);
        }
    };
    // Writing into a String cannot fail.
    let _ = child.write_buf(out, format);
}

/// HTML and Markdown, escaped here: hayagriva writes text into HTML as it is.
fn write_marked(out: &mut String, child: &ElemChild, markup: Markup) {
    match child {
        ElemChild::Text(text) if text.text.trim().is_empty() => out.push_str(&text.text),
        ElemChild::Text(text) => {
            let f = &text.formatting;
            let italic = f.font_style != FontStyle::Normal;
            let bold = f.font_weight == FontWeight::Bold;
            let (open, close) = match (markup, italic, bold) {
                (Markup::Html, true, true) => ("<b><i>", "</i></b>"),
                (Markup::Html, true, false) => ("<i>", "</i>"),
                (Markup::Html, false, true) => ("<b>", "</b>"),
                (_, true, true) => ("***", "***"),
                (_, true, false) => ("*", "*"),
                (_, false, true) => ("**", "**"),
                _ => ("", ""),
            };
            let (sup_open, sup_close) = match (markup, f.vertical_align) {
                (Markup::Html, VerticalAlign::Sup) => ("<sup>", "</sup>"),
                (Markup::Html, VerticalAlign::Sub) => ("<sub>", "</sub>"),
                _ => ("", ""),
            };
            // Emphasis markers must touch the text they mark in Markdown.
            let body = text.text.trim();
            let lead = &text.text[..text.text.len() - text.text.trim_start().len()];
            let trail = &text.text[text.text.trim_end().len()..];
            let _ = write!(
                out,
                "{lead}{sup_open}{open}{}{close}{sup_close}{trail}",
                escape(body, markup)
            );
        }
        ElemChild::Elem(elem) => {
            for child in &elem.children.0 {
                write_marked(out, child, markup);
            }
        }
        ElemChild::Markup(text) => out.push_str(&escape(text, markup)),
        ElemChild::Link { text, url } => match markup {
            Markup::Html => {
                let _ = write!(
                    out,
                    "<a href=\"{}\">{}</a>",
                    escape(url, markup),
                    escape(&text.text, markup)
                );
            }
            _ if text.text == *url => {
                let _ = write!(out, "<{url}>");
            }
            _ => {
                let _ = write!(out, "[{}](<{url}>)", escape(&text.text, markup));
            }
        },
        ElemChild::Transparent { .. } => {}
    }
}

fn escape(text: &str, markup: Markup) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match (markup, c) {
            (Markup::Html, '&') => out.push_str("&amp;"),
            (Markup::Html, '<') => out.push_str("&lt;"),
            (Markup::Html, '>') => out.push_str("&gt;"),
            (Markup::Html, '"') => out.push_str("&quot;"),
            // Brackets are left: a bibliography has no link definitions for "[1]" to match.
            (Markup::Markdown, '\\' | '*' | '_' | '`' | '<' | '>' | '#') => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::citation::item;

    fn backprop() -> Item {
        let mut paper = crate::catalog::fixture::paper("a", "1986-10-09", &[]);
        paper.title = "Learning <representations> & more".into();
        paper.authors = vec!["David E. Rumelhart".into(), "DeepSeek-AI".into()];
        paper.venue = "Nature 323".into();
        paper.issue = Some("6088".into());
        paper.pages = Some("533-536".into());
        item(&paper, "key")
    }

    fn apa() -> IndependentStyle {
        CiteStyle::by_name("APA")
            .and_then(CiteStyle::csl)
            .expect("APA is bundled")
    }

    #[test]
    fn styles_are_found_by_short_and_bundled_names() {
        assert_eq!(CiteStyle::by_name("bibtex"), Some(CiteStyle::Bibtex));
        assert_eq!(
            CiteStyle::by_name("harvard"),
            Some(CiteStyle::Csl(ArchivedStyle::HarvardCiteThemRight))
        );
        assert_eq!(
            CiteStyle::by_name("american-psychological-association"),
            CiteStyle::by_name("apa")
        );
        assert_eq!(CiteStyle::by_name("chicago"), None);
        let names = CiteStyle::names();
        assert_eq!(&names[..4], ["bibtex", "biblatex", "apa", "mla"]);
        let unique: std::collections::HashSet<_> = names.iter().collect();
        assert_eq!(unique.len(), names.len());
    }

    #[test]
    fn apa_gives_volume_issue_and_pages_and_keeps_the_organisation_whole() {
        let lines = entries(&[backprop()], &apa(), Markup::Text).expect("renders");
        assert_eq!(
            lines,
            [
                "Rumelhart, D. E., & DeepSeek-AI. (1986). Learning <representations> & more. \
              Nature, 323(6088), 533–536. https://example.org/a"
            ]
        );
    }

    #[test]
    fn html_and_markdown_escape_the_text_and_keep_the_italics() {
        let html = entries(&[backprop()], &apa(), Markup::Html).expect("renders");
        assert!(
            html[0].contains(
                "Learning &lt;representations&gt; &amp; more. <i>Nature</i>, <i>323</i>(6088)"
            ),
            "{html:?}"
        );
        let markdown = entries(&[backprop()], &apa(), Markup::Markdown).expect("renders");
        assert!(
            markdown[0].contains("Learning \\<representations\\> & more. *Nature*, *323*(6088)"),
            "{markdown:?}"
        );
    }

    #[test]
    fn a_names_element_without_a_name_gets_one() {
        let vancouver = CiteStyle::by_name("vancouver")
            .and_then(CiteStyle::csl)
            .expect("bundled");
        let lines = entries(&[backprop()], &vancouver, Markup::Text).expect("renders");
        assert!(
            lines[0].starts_with("1. Rumelhart DE, DeepSeek-AI. Learning"),
            "{lines:?}"
        );
    }

    #[test]
    fn only_the_locale_of_the_style_and_us_english_are_decoded() {
        let langs = |style: IndependentStyle| -> Vec<String> {
            let mut langs: Vec<String> = locales(&style)
                .iter()
                .filter_map(|l| l.lang.as_ref().map(|c| c.0.clone()))
                .collect();
            langs.sort();
            langs
        };
        assert_eq!(langs(apa()), ["en-US"]);
        let german = CiteStyle::by_name("deutsche-gesellschaft-für-psychologie");
        let german = german.and_then(CiteStyle::csl).expect("bundled");
        assert_eq!(langs(german), ["de-DE", "en-US"]);
    }

    #[test]
    fn a_file_that_is_not_csl_is_refused_with_the_reason() {
        let err = parse_style("<style>not CSL").expect_err("not a style");
        assert!(err.starts_with("it is not a CSL style"), "{err}");
    }
}
