//! JSON output: pretty arrays and objects, and JSON Lines. Text is kept exactly, escaped.
//!
//! Paper lists are written directly rather than through serde: a large catalog's output
//! is hundreds of megabytes of strings, and almost none of them need escaping. The bytes
//! are those serde_json writes (the tests compare the two on arbitrary text).

use std::io::{self, Write};

use serde::Serialize;

use super::chunks;
use crate::catalog::field::Data;
use crate::catalog::{Catalog, Field};

/// A pretty-printed JSON array of paper objects, ending in a newline.
pub fn papers(
    out: &mut impl Write,
    catalog: &Catalog,
    papers: &[usize],
    fields: &[Field],
) -> io::Result<()> {
    let mut json = Json::new(&mut *out, true);
    json.open(b"[")?;
    // Papers are objects in the array: their entries one level deeper still.
    let keys = keys(fields, true, json.level + 1);
    chunks::in_order(&mut *json.out, papers, |buffer, n, &i| {
        let mut json = Json::new(buffer, true);
        json.level = 1;
        json.next(n == 0)?;
        json.paper(&keys, fields, catalog, i)
    })?;
    json.close(b"]", papers.is_empty())?;
    out.write_all(b"\n")
}

/// One compact JSON object per line.
pub fn lines(
    out: &mut impl Write,
    catalog: &Catalog,
    papers: &[usize],
    fields: &[Field],
) -> io::Result<()> {
    let keys = keys(fields, false, 1);
    chunks::in_order(out, papers, |buffer, _, &i| {
        let mut json = Json::new(buffer, false);
        json.paper(&keys, fields, catalog, i)?;
        json.out.write_all(b"\n")
    })
}

/// Any serialisable value, pretty-printed, ending in a newline.
pub fn value(out: &mut impl Write, value: &impl Serialize) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    out.write_all(b"\n")
}

/// What comes before each field's value in a paper object whose entries are `level` deep:
/// the comma, line break, indentation and key, worked out once for every paper.
fn keys(fields: &[Field], pretty: bool, level: usize) -> Vec<Vec<u8>> {
    let mut keys = Vec::with_capacity(fields.len());
    for (n, field) in fields.iter().enumerate() {
        let mut key = Vec::new();
        let mut json = Json {
            out: &mut key,
            pretty,
            level,
        };
        // Writing to a Vec cannot fail.
        let _ = json.next(n == 0).and_then(|()| json.key(field.key()));
        keys.push(key);
    }
    keys
}

/// A JSON writer laid out as serde_json's formatters lay out their output: compact, or
/// pretty with two spaces per level, empty arrays and objects as `[]` and `{}`.
struct Json<'o, W: ?Sized> {
    out: &'o mut W,
    pretty: bool,
    /// How many arrays and objects are open.
    level: usize,
}

/// A line break and the deepest indentation papers need (links in a pretty array);
/// the same after a comma, to write a separator at once.
const NEWLINE: &[u8] = b"\n                ";
const SEPARATOR: &[u8] = b",\n                ";

impl<'o, W: Write + ?Sized> Json<'o, W> {
    fn new(out: &'o mut W, pretty: bool) -> Json<'o, W> {
        Json {
            out,
            pretty,
            level: 0,
        }
    }

    fn open(&mut self, bracket: &[u8]) -> io::Result<()> {
        self.level += 1;
        self.out.write_all(bracket)
    }

    fn close(&mut self, bracket: &[u8], empty: bool) -> io::Result<()> {
        self.level -= 1;
        if !empty {
            self.newline()?;
        }
        self.out.write_all(bracket)
    }

    /// Before each element of an array or entry of an object.
    fn next(&mut self, first: bool) -> io::Result<()> {
        let comma: &[u8] = if first { b"" } else { b"," };
        if !self.pretty {
            return self.out.write_all(comma);
        }
        let width = comma.len() + 1 + 2 * self.level;
        let separator = if first { NEWLINE } else { SEPARATOR };
        match separator.get(..width) {
            Some(separator) => self.out.write_all(separator),
            None => {
                self.out.write_all(comma)?;
                self.newline()
            }
        }
    }

    fn newline(&mut self) -> io::Result<()> {
        if !self.pretty {
            return Ok(());
        }
        match NEWLINE.get(..1 + 2 * self.level) {
            Some(line) => self.out.write_all(line),
            None => {
                self.out.write_all(b"\n")?;
                (0..self.level).try_for_each(|_| self.out.write_all(b"  "))
            }
        }
    }

    fn key(&mut self, key: &str) -> io::Result<()> {
        self.string(key)?;
        self.out.write_all(if self.pretty { b": " } else { b":" })
    }

    fn string(&mut self, text: &str) -> io::Result<()> {
        if needs_escape(text) {
            // Rare: serde_json's own escaping, so the result cannot differ from it.
            return Ok(serde_json::to_writer(&mut *self.out, text)?);
        }
        self.out.write_all(b"\"")?;
        self.out.write_all(text.as_bytes())?;
        self.out.write_all(b"\"")
    }

    /// A paper as an object of these fields; `keys` come from [`keys`] for its entries' level.
    fn paper(
        &mut self,
        keys: &[Vec<u8>],
        fields: &[Field],
        catalog: &Catalog,
        paper: usize,
    ) -> io::Result<()> {
        self.open(b"{")?;
        for (key, field) in keys.iter().zip(fields) {
            self.out.write_all(key)?;
            self.data(field.data(catalog, paper), catalog)?;
        }
        self.close(b"}", fields.is_empty())
    }

    fn data(&mut self, data: Data<'_>, catalog: &Catalog) -> io::Result<()> {
        match data {
            Data::Text(text) | Data::Optional(Some(text)) => self.string(text),
            Data::Optional(None) => self.out.write_all(b"null"),
            Data::Number(n) => write!(self.out, "{n}"),
            Data::Texts(list) => self.array(list, |json, text| json.string(text)),
            Data::Links(links) => self.array(links, |json, link| {
                json.open(b"{")?;
                json.next(true)?;
                json.key("id")?;
                json.string(&link.id)?;
                json.next(false)?;
                json.key("note")?;
                json.string(&link.note)?;
                json.close(b"}", false)
            }),
            Data::Papers(papers) => {
                self.array(papers, |json, &i| json.string(&catalog.paper(i).id))
            }
            Data::Published(None) => self.out.write_all(b"null"),
            Data::Published(Some(p)) => {
                let texts = [
                    ("title", Some(&p.title)),
                    ("venue", Some(&p.venue)),
                    ("year", None),
                    ("date", p.date.as_ref()),
                    ("doi", p.doi.as_ref()),
                    ("volume", p.volume.as_ref()),
                    ("issue", p.issue.as_ref()),
                    ("pages", p.pages.as_ref()),
                    ("url", p.url.as_ref()),
                ];
                // In the order of the struct's fields, as serde writes it.
                self.open(b"{")?;
                for (n, (key, text)) in texts.into_iter().enumerate() {
                    self.next(n == 0)?;
                    self.key(key)?;
                    match (key, text) {
                        ("year", _) => write!(self.out, "{}", p.year)?,
                        (_, Some(text)) => self.string(text)?,
                        (_, None) => self.out.write_all(b"null")?,
                    }
                }
                self.close(b"}", false)
            }
        }
    }

    fn array<T>(
        &mut self,
        items: &[T],
        mut item: impl FnMut(&mut Self, &T) -> io::Result<()>,
    ) -> io::Result<()> {
        self.open(b"[")?;
        for (n, x) in items.iter().enumerate() {
            self.next(n == 0)?;
            item(self, x)?;
        }
        self.close(b"]", items.is_empty())
    }
}

/// Whether serde_json would escape anything in this text: a quote, a backslash or a
/// control character below U+0020. It leaves every other byte as it is (DEL and all of
/// UTF-8 included), so text without these is written between quotes unchanged.
fn needs_escape(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.len() < 8 {
        // Padded with spaces, which are never escaped.
        let mut word = [b' '; 8];
        word[..bytes.len()].copy_from_slice(bytes);
        return escapes_in(u64::from_le_bytes(word)) != 0;
    }
    // Eight bytes at a time, two words per step; then at most fifteen bytes are left,
    // covered by two words that may overlap what was checked already.
    let mut pairs = bytes.chunks_exact(16);
    for pair in &mut pairs {
        let (a, b) = pair.split_at(8);
        if escapes_in(word(a)) | escapes_in(word(b)) != 0 {
            return true;
        }
    }
    let last = &bytes[bytes.len() - 8..];
    let rest = pairs.remainder();
    let before_last = if rest.len() > 8 { &rest[..8] } else { last };
    escapes_in(word(before_last)) | escapes_in(word(last)) != 0
}

/// Eight bytes as a word; the slice always holds eight.
fn word(bytes: &[u8]) -> u64 {
    let mut word = [0; 8];
    word.copy_from_slice(bytes);
    u64::from_le_bytes(word)
}

const ONES: u64 = u64::from_le_bytes([0x01; 8]);
const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);

/// Non-zero when any byte of the word is below 0x20, a quote or a backslash. Each test is exact
/// about whether some byte matches (it may flag the wrong byte after a match, which
/// does not matter here): `x - 0x01..` borrows into a byte's high bit only when a byte
/// below it, or the byte itself, is zero; `!x` drops bytes that had the bit set already.
fn escapes_in(word: u64) -> u64 {
    let zero_byte = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS;
    let below_space = word.wrapping_sub(ONES * 0x20) & !word & HIGHS;
    below_space | zero_byte(word ^ (ONES * u64::from(b'"'))) | zero_byte(word ^ (ONES * 0x5c))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use serde::Serializer;

    use super::*;
    use crate::catalog::field::Object;
    use crate::catalog::{Link, fixture};

    /// The reference: the papers through serde_json, as the writer above must match.
    struct Objects<'a>(&'a [Field], &'a Catalog, &'a [usize]);

    impl Serialize for Objects<'_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let Objects(fields, catalog, papers) = *self;
            serializer.collect_seq(papers.iter().map(|&i| Object::new(fields, catalog, i)))
        }
    }

    /// The papers as a pretty array and as lines, through serde_json.
    fn serde(catalog: &Catalog, papers: &[usize], fields: &[Field]) -> (String, String) {
        let mut pretty = serde_json::to_string_pretty(&Objects(fields, catalog, papers))
            .expect("papers serialise");
        pretty.push('\n');
        let mut lines = String::new();
        for &i in papers {
            lines += &serde_json::to_string(&Object::new(fields, catalog, i)).expect("a paper");
            lines.push('\n');
        }
        (pretty, lines)
    }

    /// The same, written by [`papers`] and [`lines`].
    fn ours(catalog: &Catalog, papers: &[usize], fields: &[Field]) -> (String, String) {
        let mut pretty = Vec::new();
        super::papers(&mut pretty, catalog, papers, fields).expect("writing to memory");
        let mut lines = Vec::new();
        super::lines(&mut lines, catalog, papers, fields).expect("writing to memory");
        let text = |bytes| String::from_utf8(bytes).expect("JSON is UTF-8");
        (text(pretty), text(lines))
    }

    /// Three papers, the second with every kind of text JSON must escape.
    fn catalog(odd: &str) -> Catalog {
        let mut c = fixture::catalog(&[
            ("a", "2000-01-01", &[]),
            ("b", "2001-01-01", &["a"]),
            ("c", "2002-01-01", &["a", "b"]),
        ]);
        let b = &mut c.papers[1];
        b.title = odd.to_string().into();
        b.summary = format!("{odd}{odd}").into();
        b.authors = vec![odd.to_string().into(), "Plain Name".into()];
        b.arxiv = Some(odd.to_string().into());
        b.builds_on = vec![Link {
            id: "a".into(),
            note: odd.to_string().into(),
        }];
        c.papers[2].tags.clear();
        c.papers[2].doi = None;
        c.papers[2].published = Some(crate::catalog::Published {
            title: odd.to_string().into(),
            venue: "Nature".into(),
            year: 2003,
            date: Some("2003-09-17".into()),
            doi: None,
            volume: Some("645".into()),
            issue: None,
            pages: Some(odd.to_string().into()),
            url: None,
        });
        c.papers[2].date_precision = crate::catalog::DatePrecision::Month;
        c
    }

    fn assert_same(catalog: &Catalog, papers: &[usize], fields: &[Field]) {
        assert_eq!(
            ours(catalog, papers, fields),
            serde(catalog, papers, fields)
        );
    }

    #[test]
    fn papers_are_written_as_serde_json_writes_them() {
        let odd =
            "quote \" backslash \\ tab \t newline \n nul \0 unit \u{1f} del \u{7f} é ✓ </script>";
        let c = catalog(odd);
        assert_same(&c, &[0, 1, 2], &Field::ALL);
        assert_same(&c, &[2, 1], &[Field::Title, Field::Year, Field::LedTo]);
        assert_same(&c, &[1], &[Field::BuildsOn]);
        assert_same(&c, &[], &Field::ALL);
        assert_same(&c, &[0, 1], &[]);
    }

    #[test]
    fn the_escape_test_flags_exactly_what_serde_json_escapes() {
        for byte in 0..=0x7f_u8 {
            let one = char::from(byte).to_string();
            let escaped_by_serde = serde_json::to_string(&one).expect("a string").len() > 3;
            // Short text, whole words, and every length of tail.
            for len in 1..40 {
                for at in 0..len {
                    let mut text = "x".repeat(len);
                    text.replace_range(at..=at, &one);
                    assert_eq!(
                        needs_escape(&text),
                        escaped_by_serde,
                        "{byte:#x} at {at} of {len}"
                    );
                }
            }
        }
        assert!(!needs_escape(""));
    }

    #[test]
    fn deep_nesting_is_indented_as_serde_json_indents_it() {
        fn nest<W: Write>(json: &mut Json<'_, W>, depth: usize) -> io::Result<()> {
            json.open(b"[")?;
            json.next(true)?;
            json.string("x")?;
            if depth > 0 {
                json.next(false)?;
                nest(json, depth - 1)?;
            }
            json.close(b"]", false)
        }
        let mut expected = serde_json::Value::Null;
        for _ in 0..12 {
            expected = match expected {
                serde_json::Value::Null => serde_json::json!(["x"]),
                inner => serde_json::json!(["x", inner]),
            };
        }
        for pretty in [true, false] {
            let mut out = Vec::new();
            nest(&mut Json::new(&mut out, pretty), 11).expect("writing to memory");
            let serde = if pretty {
                serde_json::to_vec_pretty(&expected)
            } else {
                serde_json::to_vec(&expected)
            };
            assert_eq!(out, serde.expect("a value"));
        }
    }

    proptest! {
        #[test]
        fn any_text_is_written_as_serde_json_writes_it(text in any::<String>(), tail in "[ -~]{0,20}") {
            let odd = format!("{text}{tail}");
            let mut expected = Vec::new();
            serde_json::to_writer(&mut expected, &odd).expect("a string");
            let mut written = Vec::new();
            Json::new(&mut written, true).string(&odd).expect("writing to memory");
            prop_assert_eq!(written, expected);
        }

        #[test]
        fn any_paper_text_is_written_as_serde_json_writes_it(text in "(\\PC|[\\x00-\\x1f\"\\\\\\x7f]){0,40}") {
            let c = catalog(&text);
            prop_assert_eq!(ours(&c, &[0, 1, 2], &Field::ALL), serde(&c, &[0, 1, 2], &Field::ALL));
        }
    }
}
