//! A Markdown table of papers with linked titles, ready to paste into a README.

use std::io::{self, Write};

use crate::catalog::Catalog;
use crate::catalog::text::author_name;

pub fn papers(out: &mut impl Write, catalog: &Catalog, papers: &[usize]) -> io::Result<()> {
    writeln!(out, "| Year | Paper | Authors | Venue | Era |")?;
    writeln!(out, "|---:|---|---|---|---|")?;
    for &i in papers {
        let p = catalog.paper(i);
        let name = |i: usize| author_name(&p.authors[i]);
        let authors = match p.authors.as_slice() {
            [_] => name(0).into_owned(),
            [_, _] => format!("{}, {}", name(0), name(1)),
            [_, ..] => format!("{} et al.", name(0)),
            [] => String::new(),
        };
        writeln!(
            out,
            "| {} | [{}]({}) | {} | {} | {} |",
            p.year,
            cell(&p.title),
            link_target(&p.url),
            cell(&authors),
            cell(&p.venue),
            cell(&catalog.eras[catalog.era_of(i)].name),
        )?;
    }
    Ok(())
}

/// Escapes what would break a table cell or be read as Markdown rather than shown: pipes,
/// line breaks, brackets (links and images), angle brackets (HTML), `&` starting an entity,
/// emphasis and code marks, and backslashes (a last one would escape the border).
pub(crate) fn cell(text: &str) -> String {
    let text = super::style::clean_line(text);
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        // "&" alone, as in "Sequences & Attention", starts no entity and stays bare.
        let entity = c == '&'
            && chars
                .peek()
                .is_some_and(|n| n.is_ascii_alphanumeric() || *n == '#');
        if entity
            || matches!(
                c,
                '\\' | '|' | '[' | ']' | '<' | '>' | '*' | '_' | '`' | '~'
            )
        {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A URL as a link target: what would end the target early or break the table
/// (parentheses, spaces, angle brackets, pipes, quotes, backslashes) percent-encoded.
fn link_target(url: &str) -> String {
    super::encode_url(url, &[' ', '(', ')', '<', '>', '|', '"', '\\', '`'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_escape_markdown_and_html() {
        assert_eq!(cell("a|b"), "a\\|b");
        assert_eq!(
            cell("![x](y) <b>&amp;</b>"),
            "!\\[x\\](y) \\<b\\>\\&amp;\\</b\\>"
        );
        assert_eq!(cell("*a* _b_ `c` ~d~"), "\\*a\\* \\_b\\_ \\`c\\` \\~d\\~");
        assert_eq!(cell("ends with \\"), "ends with \\\\");
        assert_eq!(cell("two\nlines"), "two lines");
        assert_eq!(cell("R & D &#38;"), "R & D \\&#38;");
    }

    #[test]
    fn link_targets_keep_parentheses_inside() {
        assert_eq!(
            link_target("https://en.wikipedia.org/wiki/LSTM_(network) x|y"),
            "https://en.wikipedia.org/wiki/LSTM_%28network%29%20x%7Cy"
        );
    }
}
