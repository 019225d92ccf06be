//! The fields of a paper as output columns: `--fields`, CSV headers, JSON keys.

use serde_json::{Value, json};

use super::Catalog;

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
    /// Date of first release (YYYY-MM-DD)
    Date,
    /// Where it was formally published
    Venue,
    /// arXiv id
    Arxiv,
    /// Publisher's DOI
    Doi,
    /// Full-text link
    Url,
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
}

impl Field {
    /// Every field, in the order JSON objects and full CSV rows use.
    pub const ALL: [Field; 20] = [
        Field::Id,
        Field::Aliases,
        Field::Name,
        Field::Title,
        Field::Authors,
        Field::Year,
        Field::Date,
        Field::Venue,
        Field::Arxiv,
        Field::Doi,
        Field::Url,
        Field::Era,
        Field::EraName,
        Field::Tags,
        Field::Why,
        Field::Tldr,
        Field::Summary,
        Field::Results,
        Field::BuildsOn,
        Field::LedTo,
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
            Field::Venue => "venue",
            Field::Arxiv => "arxiv",
            Field::Doi => "doi",
            Field::Url => "url",
            Field::Era => "era",
            Field::EraName => "era_name",
            Field::Tags => "tags",
            Field::Why => "why",
            Field::Tldr => "tldr",
            Field::Summary => "summary",
            Field::Results => "results",
            Field::BuildsOn => "builds_on",
            Field::LedTo => "led_to",
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
            Field::Venue => "Venue",
            Field::Arxiv => "arXiv",
            Field::Doi => "DOI",
            Field::Url => "URL",
            Field::Era => "Era",
            Field::EraName => "Era name",
            Field::Tags => "Tags",
            Field::Why => "Why it matters",
            Field::Tldr => "TL;DR",
            Field::Summary => "Summary",
            Field::Results => "Results",
            Field::BuildsOn => "Builds on",
            Field::LedTo => "Led to",
        }
    }

    /// The field's value as JSON: lists stay lists, missing identifiers are `null`.
    pub fn json(self, catalog: &Catalog, paper: usize) -> Value {
        let p = catalog.paper(paper);
        match self {
            Field::Id => json!(p.id),
            Field::Aliases => json!(p.aliases),
            Field::Name => json!(p.name),
            Field::Title => json!(p.title),
            Field::Authors => json!(p.authors),
            Field::Year => json!(p.year),
            Field::Date => json!(p.date),
            Field::Venue => json!(p.venue),
            Field::Arxiv => json!(p.arxiv),
            Field::Doi => json!(p.doi),
            Field::Url => json!(p.url),
            Field::Era => json!(p.era),
            Field::EraName => json!(catalog.eras[catalog.era_of(paper)].name),
            Field::Tags => json!(p.tags),
            Field::Why => json!(p.why),
            Field::Tldr => json!(p.tldr),
            Field::Summary => json!(p.summary),
            Field::Results => json!(p.results),
            Field::BuildsOn => json!(p.builds_on),
            Field::LedTo => Value::Array(
                catalog
                    .led_to(paper)
                    .iter()
                    .map(|&i| json!(catalog.paper(i).id))
                    .collect(),
            ),
        }
    }

    /// The field's value as one flat string: lists joined with "; ", links as ids,
    /// missing identifiers empty. Used by CSV, TSV and tables.
    pub fn text(self, catalog: &Catalog, paper: usize) -> String {
        let p = catalog.paper(paper);
        let ids = |list: &[usize]| {
            list.iter()
                .map(|&i| catalog.paper(i).id.as_str())
                .collect::<Vec<_>>()
                .join("; ")
        };
        match self {
            Field::Id => p.id.clone(),
            Field::Aliases => p.aliases.join("; "),
            Field::Name => p.name.clone(),
            Field::Title => p.title.clone(),
            Field::Authors => p.authors.join("; "),
            Field::Year => p.year.to_string(),
            Field::Date => p.date.clone(),
            Field::Venue => p.venue.clone(),
            Field::Arxiv => p.arxiv.clone().unwrap_or_default(),
            Field::Doi => p.doi.clone().unwrap_or_default(),
            Field::Url => p.url.clone(),
            Field::Era => p.era.clone(),
            Field::EraName => catalog.eras[catalog.era_of(paper)].name.clone(),
            Field::Tags => p.tags.join("; "),
            Field::Why => p.why.clone(),
            Field::Tldr => p.tldr.clone(),
            Field::Summary => p.summary.clone(),
            Field::Results => p.results.join("; "),
            Field::BuildsOn => ids(catalog.builds_on(paper)),
            Field::LedTo => ids(catalog.led_to(paper)),
        }
    }

    /// A paper as a JSON object holding these fields, in this order.
    pub fn object(fields: &[Field], catalog: &Catalog, paper: usize) -> Value {
        Value::Object(
            fields
                .iter()
                .map(|f| (f.key().to_string(), f.json(catalog, paper)))
                .collect(),
        )
    }
}
