//! The fields of a paper as output columns: `--fields`, CSV headers, JSON keys.

use std::borrow::Cow;
use std::fmt::Write as _;

use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::Value;

use super::model::LIST_SEPARATOR;
use super::{Catalog, Link, Published, Text};

/// A paper field, as named in JSON output, CSV headers and `--fields`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
#[value(rename_all = "snake_case")]
pub enum Field {
    /// The paper's id
    Id,
    /// Other names the paper can be looked up by
    Aliases,
    /// Short display name
    Name,
    /// Exact published title
    Title,
    /// Full ordered author list
    Authors,
    /// Year of first release
    Year,
    /// Date of first release (YYYY-MM-DD, or YYYY-MM or YYYY as far as it is known)
    Date,
    /// How much of the date is known: day, month or year
    DatePrecision,
    /// Where it was formally published
    Venue,
    /// Volume of the journal or proceedings
    Volume,
    /// Issue (number) within the volume
    Issue,
    /// Page range
    Pages,
    /// Publisher
    Publisher,
    /// arXiv id
    Arxiv,
    /// Publisher's DOI
    Doi,
    /// Full-text link
    Url,
    /// The peer-reviewed version, where it differs from the preprint
    Published,
    /// Era id
    Era,
    /// Era name
    EraName,
    /// Topic tags
    Tags,
    /// Why it matters, in one line
    Why,
    /// One-sentence summary
    Tldr,
    /// Plain-English summary
    Summary,
    /// Headline figures
    Results,
    /// Earlier papers it built on, with notes
    BuildsOn,
    /// Later papers that built on it
    LedTo,
    /// Where the paper comes from: embedded, or the catalog file that added it
    Source,
}

impl Field {
    /// Every field, in the order JSON objects and full CSV rows use.
    pub const ALL: [Field; 27] = [
        Field::Id,
        Field::Aliases,
        Field::Name,
        Field::Title,
        Field::Authors,
        Field::Year,
        Field::Date,
        Field::DatePrecision,
        Field::Venue,
        Field::Volume,
        Field::Issue,
        Field::Pages,
        Field::Publisher,
        Field::Arxiv,
        Field::Doi,
        Field::Url,
        Field::Published,
        Field::Era,
        Field::EraName,
        Field::Tags,
        Field::Why,
        Field::Tldr,
        Field::Summary,
        Field::Results,
        Field::BuildsOn,
        Field::LedTo,
        Field::Source,
    ];

    /// The columns of the default table.
    pub const TABLE: [Field; 5] = [Field::Id, Field::Year, Field::Name, Field::Era, Field::Why];

    /// The key in JSON and the CSV header.
    pub fn key(self) -> &'static str {
        match self {
            Field::Id => "id",
            Field::Aliases => "aliases",
            Field::Name => "name",
            Field::Title => "title",
            Field::Authors => "authors",
            Field::Year => "year",
            Field::Date => "date",
            Field::DatePrecision => "date_precision",
            Field::Venue => "venue",
            Field::Volume => "volume",
            Field::Issue => "issue",
            Field::Pages => "pages",
            Field::Publisher => "publisher",
            Field::Arxiv => "arxiv",
            Field::Doi => "doi",
            Field::Url => "url",
            Field::Published => "published",
            Field::Era => "era",
            Field::EraName => "era_name",
            Field::Tags => "tags",
            Field::Why => "why",
            Field::Tldr => "tldr",
            Field::Summary => "summary",
            Field::Results => "results",
            Field::BuildsOn => "builds_on",
            Field::LedTo => "led_to",
            Field::Source => "source",
        }
    }

    /// The heading of a table column.
    pub fn heading(self) -> &'static str {
        match self {
            Field::Id => "ID",
            Field::Aliases => "Aliases",
            Field::Name => "Name",
            Field::Title => "Title",
            Field::Authors => "Authors",
            Field::Year => "Year",
            Field::Date => "Date",
            Field::DatePrecision => "Date precision",
            Field::Venue => "Venue",
            Field::Volume => "Volume",
            Field::Issue => "Issue",
            Field::Pages => "Pages",
            Field::Publisher => "Publisher",
            Field::Arxiv => "arXiv",
            Field::Doi => "DOI",
            Field::Url => "URL",
            Field::Published => "Published as",
            Field::Era => "Era",
            Field::EraName => "Era name",
            Field::Tags => "Tags",
            Field::Why => "Why it matters",
            Field::Tldr => "TL;DR",
            Field::Summary => "Summary",
            Field::Results => "Results",
            Field::BuildsOn => "Builds on",
            Field::LedTo => "Led to",
            Field::Source => "Source",
        }
    }

    /// The field's value as JSON: lists stay lists, missing identifiers are `null`.
    pub fn json(self, catalog: &Catalog, paper: usize) -> Value {
        let value = FieldValue {
            field: self,
            catalog,
            paper,
        };
        // Strings, numbers and lists of them always convert.
        serde_json::to_value(value).unwrap_or(Value::Null)
    }

    /// The field's value as one flat string: lists joined with [`LIST_SEPARATOR`], links
    /// as ids, missing identifiers empty, the published version as one line. Used by
    /// tables. Text fields are borrowed.
    pub fn text(self, catalog: &Catalog, paper: usize) -> Cow<'_, str> {
        let data = self.data(catalog, paper);
        match data.as_str() {
            Some(text) => Cow::Borrowed(text),
            None => {
                let mut text = String::new();
                data.write_flat(catalog, &mut text);
                Cow::Owned(text)
            }
        }
    }

    /// [`Field::text`] without allocating: text fields borrowed, anything else written
    /// into `scratch` (cleared first). CSV and TSV write thousands of cells through one
    /// scratch buffer.
    pub fn text_in<'a>(
        self,
        catalog: &'a Catalog,
        paper: usize,
        scratch: &'a mut String,
    ) -> &'a str {
        let data = self.data(catalog, paper);
        match data.as_str() {
            Some(text) => text,
            None => {
                scratch.clear();
                data.write_flat(catalog, scratch);
                scratch
            }
        }
    }

    /// A paper as a JSON object holding these fields, in this order.
    pub fn object(fields: &[Field], catalog: &Catalog, paper: usize) -> Value {
        // An object of fields always converts.
        serde_json::to_value(Object::new(fields, catalog, paper)).unwrap_or(Value::Null)
    }
}

/// A paper as a JSON object of some fields, serialised straight from the catalog: output
/// of any size is written without building it in memory first.
#[derive(Debug, Clone, Copy)]
pub struct Object<'a> {
    fields: &'a [Field],
    catalog: &'a Catalog,
    paper: usize,
}

impl<'a> Object<'a> {
    pub fn new(fields: &'a [Field], catalog: &'a Catalog, paper: usize) -> Object<'a> {
        Object {
            fields,
            catalog,
            paper,
        }
    }
}

impl Serialize for Object<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.fields.len()))?;
        for &field in self.fields {
            let value = FieldValue {
                field,
                catalog: self.catalog,
                paper: self.paper,
            };
            map.serialize_entry(field.key(), &value)?;
        }
        map.end()
    }
}

/// One field of one paper, as JSON.
struct FieldValue<'a> {
    field: Field,
    catalog: &'a Catalog,
    paper: usize,
}

impl Serialize for FieldValue<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let catalog = self.catalog;
        match self.field.data(catalog, self.paper) {
            Data::Text(text) => s.serialize_str(text),
            Data::Optional(text) => text.serialize(s),
            Data::Number(n) => s.serialize_i32(n),
            Data::Texts(list) => list.serialize(s),
            Data::Links(links) => links.serialize(s),
            Data::Papers(papers) => {
                s.collect_seq(papers.iter().map(|&i| catalog.paper(i).id.as_str()))
            }
            Data::Published(published) => published.serialize(s),
        }
    }
}

/// A field's value borrowed from the catalog, in the shape JSON gives it. Both the serde
/// path ([`Object`]) and writers that format JSON themselves start from here, so the
/// two cannot disagree on what a field holds.
#[derive(Debug, Clone, Copy)]
pub enum Data<'a> {
    Text(&'a str),
    /// An identifier a paper may lack: `null` when missing.
    Optional(Option<&'a str>),
    Number(i32),
    Texts(&'a [Text]),
    /// Links as written in the catalog: objects of `id` and `note`.
    Links(&'a [Link]),
    /// Other papers, as indexes into the catalog, shown by their ids.
    Papers(&'a [usize]),
    /// The published version as an object of its fields, or `null`.
    Published(Option<&'a Published>),
}

impl<'a> Data<'a> {
    /// The value as it is, when it is text already (a missing identifier is empty).
    fn as_str(self) -> Option<&'a str> {
        match self {
            Data::Text(text) => Some(text),
            Data::Optional(text) => Some(text.unwrap_or_default()),
            _ => None,
        }
    }

    /// Appends the value as [`Field::text`] gives it to `out`.
    fn write_flat(self, catalog: &Catalog, out: &mut String) {
        fn join<'s>(out: &mut String, items: impl Iterator<Item = &'s str>) {
            for (n, item) in items.enumerate() {
                if n > 0 {
                    out.push_str(LIST_SEPARATOR);
                }
                out.push_str(item);
            }
        }
        match self {
            Data::Text(text) => out.push_str(text),
            Data::Optional(text) => out.push_str(text.unwrap_or_default()),
            // Writing to a String cannot fail.
            Data::Number(n) => drop(write!(out, "{n}")),
            Data::Texts(texts) => join(out, texts.iter().map(Text::as_str)),
            // A valid catalog's links name their papers by exact id.
            Data::Links(links) => join(out, links.iter().map(|link| link.id.as_str())),
            Data::Papers(papers) => join(out, papers.iter().map(|&i| catalog.paper(i).id.as_str())),
            Data::Published(published) => {
                if let Some(published) = published {
                    out.push_str(&published.describe());
                }
            }
        }
    }
}

impl Field {
    /// The field's value, borrowed: what [`Field::json`] and [`Object`] serialise.
    pub fn data(self, catalog: &Catalog, paper: usize) -> Data<'_> {
        let p = catalog.paper(paper);
        match self {
            Field::Id => Data::Text(&p.id),
            Field::Aliases => Data::Texts(&p.aliases),
            Field::Name => Data::Text(&p.name),
            Field::Title => Data::Text(&p.title),
            Field::Authors => Data::Texts(&p.authors),
            Field::Year => Data::Number(p.year),
            Field::Date => Data::Text(p.known_date()),
            Field::DatePrecision => Data::Text(p.date_precision.as_str()),
            Field::Venue => Data::Text(&p.venue),
            Field::Volume => Data::Optional(p.volume.as_deref()),
            Field::Issue => Data::Optional(p.issue.as_deref()),
            Field::Pages => Data::Optional(p.pages.as_deref()),
            Field::Publisher => Data::Optional(p.publisher.as_deref()),
            Field::Arxiv => Data::Optional(p.arxiv.as_deref()),
            Field::Doi => Data::Optional(p.doi.as_deref()),
            Field::Url => Data::Text(&p.url),
            Field::Published => Data::Published(p.published.as_ref()),
            Field::Era => Data::Text(&p.era),
            Field::EraName => Data::Text(&catalog.eras[catalog.era_of(paper)].name),
            Field::Tags => Data::Texts(&p.tags),
            Field::Why => optional(&p.why),
            Field::Tldr => optional(&p.tldr),
            Field::Summary => optional(&p.summary),
            Field::Results => Data::Texts(&p.results),
            Field::BuildsOn => Data::Links(&p.builds_on),
            Field::LedTo => Data::Papers(catalog.led_to(paper)),
            Field::Source => Data::Text(catalog.source_of(paper)),
        }
    }
}

/// Prose a user's paper may leave out: `null` in JSON when it does.
fn optional(text: &str) -> Data<'_> {
    if text.is_empty() {
        Data::Optional(None)
    } else {
        Data::Text(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{Published, fixture};

    /// `b` builds on `a`, has two authors, no tags and a published version; `a` has a DOI.
    fn two_papers() -> Catalog {
        let mut c = fixture::catalog(&[("a", "2000-01-01", &[]), ("b", "2001-05-01", &["a"])]);
        c.papers[0].doi = Some("10.1/a".into());
        c.papers[1].authors = vec!["Ada Lovelace".into(), "Charles Babbage".into()];
        c.papers[1].tags.clear();
        c.papers[1].published = Some(Published {
            title: "On b.".into(),
            venue: "Nature".into(),
            year: 2002,
            date: None,
            doi: Some("10.1/b".into()),
            volume: Some("7".into()),
            issue: None,
            pages: Some("1-9".into()),
            url: None,
        });
        c
    }

    #[test]
    fn text_flattens_each_kind_of_value() {
        let c = two_papers();
        let text = |field: Field, paper| field.text(&c, paper).into_owned();
        assert_eq!(text(Field::Title, 1), "On b");
        assert_eq!(text(Field::Year, 1), "2001");
        assert_eq!(text(Field::Authors, 1), "Ada Lovelace; Charles Babbage");
        assert_eq!(text(Field::Authors, 0), "Ada Lovelace");
        assert_eq!(text(Field::Tags, 1), "");
        assert_eq!(text(Field::Doi, 0), "10.1/a");
        assert_eq!(text(Field::Doi, 1), "");
        assert_eq!(text(Field::BuildsOn, 1), "a");
        assert_eq!(text(Field::LedTo, 0), "b");
        assert_eq!(text(Field::LedTo, 1), "");
        assert_eq!(text(Field::Published, 0), "");
        assert_eq!(
            text(Field::Published, 1),
            "On b. Nature 7, 1-9 (2002). doi:10.1/b"
        );
    }

    #[test]
    fn text_in_gives_what_text_gives_whatever_the_scratch_held() {
        let c = two_papers();
        let mut scratch = String::from("left over from the last cell");
        for paper in 0..c.papers.len() {
            for field in Field::ALL {
                let expected = field.text(&c, paper).into_owned();
                assert_eq!(
                    field.text_in(&c, paper, &mut scratch),
                    expected,
                    "{field:?} of {paper}"
                );
            }
        }
    }

    #[test]
    fn text_fields_are_borrowed_not_copied() {
        let c = two_papers();
        assert!(matches!(Field::Title.text(&c, 0), Cow::Borrowed("On a")));
        assert!(matches!(Field::Doi.text(&c, 1), Cow::Borrowed("")));
        let mut scratch = String::from("untouched");
        assert_eq!(Field::Doi.text_in(&c, 0, &mut scratch), "10.1/a");
        assert_eq!(Field::Title.text_in(&c, 0, &mut scratch), "On a");
        assert_eq!(scratch, "untouched");
    }

    #[test]
    fn keys_and_headings_name_each_field() {
        let pairs: Vec<(&str, &str)> = Field::ALL.iter().map(|f| (f.key(), f.heading())).collect();
        assert_eq!(pairs[0], ("id", "ID"));
        assert_eq!(pairs[4], ("authors", "Authors"));
        assert_eq!(pairs[8], ("venue", "Venue"));
        assert_eq!(pairs[16], ("published", "Published as"));
        assert_eq!(pairs[19], ("tags", "Tags"));
        assert_eq!(pairs[26], ("source", "Source"));
        // Every key is clap's name for the value of `--fields`.
        for field in Field::ALL {
            let value = clap::ValueEnum::to_possible_value(&field).expect("a --fields value");
            assert_eq!(value.get_name(), field.key());
        }
    }

    #[test]
    fn json_keeps_numbers_lists_and_nulls() {
        let c = two_papers();
        assert_eq!(Field::Year.json(&c, 1), serde_json::json!(2001));
        assert_eq!(
            Field::Authors.json(&c, 1),
            serde_json::json!(["Ada Lovelace", "Charles Babbage"])
        );
        assert_eq!(Field::Doi.json(&c, 1), Value::Null);
        assert_eq!(
            Field::object(&[Field::Id, Field::LedTo, Field::Doi], &c, 0),
            serde_json::json!({"id": "a", "led_to": ["b"], "doi": "10.1/a"})
        );
    }
}
