//! Synthetic catalogs of any size, for benchmarks: valid, deterministic, and shaped like
//! the real one (long summaries, many authors, links back in time, aliases, tags).
//!
//! Shared by `examples/gen_catalog.rs` and `benches/catalog.rs`, so both measure the same
//! data. Not part of the tool's interface.

use super::model::{DatePrecision, Era, Link, Paper, RawCatalog, Text};

/// The first day papers are dated from, and how many days the catalog spans (1950-2025).
const FIRST_YEAR: i32 = 1950;
const SPAN_DAYS: usize = 76 * 365;

/// A catalog of `papers` papers; the same `papers` always gives the same catalog.
pub fn catalog(papers: usize) -> RawCatalog {
    let mut rng = Rng(0x5eed_0000_0000_0000 ^ papers as u64);
    let era_count = 5 + rng.below(6);
    let eras: Vec<Era> = (0..era_count)
        .map(|e| Era {
            id: format!("era-{}", e + 1).into(),
            name: format!("{} {}", title_case(rng.pick(TOPICS)), rng.pick(ERA_NOUNS)).into(),
            description: sentence(&mut rng, 12, 20).into(),
        })
        .collect();

    // Dates never decrease with the index, several papers may share a day, and a paper
    // links only to papers before the first of its day: strictly earlier, as validation
    // demands. `first_of_day[i]` is the first index dated on paper i's day.
    let days: Vec<usize> = (0..papers).map(|i| i * SPAN_DAYS / papers.max(1)).collect();
    let mut first_of_day = vec![0; papers];
    for i in 1..papers {
        first_of_day[i] = if days[i] == days[i - 1] {
            first_of_day[i - 1]
        } else {
            i
        };
    }
    let ids: Vec<String> = (0..papers)
        .map(|i| format!("{}-{}-{}", rng.pick(TOPICS), rng.pick(NOUNS), base36(i)))
        .collect();

    let mut list: Vec<Paper> = (0..papers)
        .map(|i| {
            let date = calendar_date(days[i]);
            let era = days[i] * era_count / SPAN_DAYS;
            let earlier = first_of_day[i];
            paper(&mut rng, i, &ids, date, &eras[era].id, earlier)
        })
        .collect();
    // Real reading lists are not in date order: shuffle, so sorting has work to do.
    for i in (1..list.len()).rev() {
        let j = rng.below(i + 1);
        list.swap(i, j);
    }
    RawCatalog {
        schema_version: super::validate::SCHEMA_VERSION,
        updated: "2026-01-15".into(),
        eras,
        papers: list,
    }
}

/// The catalog as pretty-printed JSON, laid out like `data/papers.json`.
pub fn json(papers: usize) -> String {
    let mut text = serde_json::to_string_pretty(&catalog(papers))
        .expect("a catalog of strings and numbers always serialises");
    text.push('\n');
    text
}

/// Graph shapes at their extremes, for robustness tests: the same papers as
/// [`catalog`], linked in one long chain (each builds on the one before it in time), or
/// as a fan (every paper builds on the oldest). Distinct days up to 27,000 papers.
pub fn shaped(papers: usize, shape: Shape) -> String {
    let mut catalog = catalog(papers);
    catalog.papers.sort_by(|a, b| a.date.cmp(&b.date));
    let first = catalog.papers.first().map(|p| p.id.clone());
    for i in 0..catalog.papers.len() {
        let target = match shape {
            _ if i == 0 => None,
            Shape::Chain => Some(catalog.papers[i - 1].id.clone()),
            Shape::Fan => first.clone(),
        };
        catalog.papers[i].builds_on = target
            .map(|id| Link {
                note: format!("Builds on {id}.").into(),
                id,
            })
            .into_iter()
            .collect();
    }
    let mut text = serde_json::to_string_pretty(&catalog)
        .expect("a catalog of strings and numbers always serialises");
    text.push('\n');
    text
}

/// A graph shape for [`shaped`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Chain,
    Fan,
}

/// Paper `i`, dated `date`, which may link to any of the papers before index `earlier`.
fn paper(
    rng: &mut Rng,
    i: usize,
    ids: &[String],
    date: String,
    era: &str,
    earlier: usize,
) -> Paper {
    let year: i32 = date[..4].parse().expect("a four-digit year");
    let topic = rng.pick(TOPICS);
    let noun = rng.pick(NOUNS);
    let name = format!("{} {}", title_case(topic), title_case(noun));
    let acronym: String = [topic, noun, rng.pick(WORDS)]
        .iter()
        .filter_map(|w| w.chars().next())
        .collect();
    // 3 to 30 authors, most papers near the low end.
    let author_count = 3 + rng.below(28) * rng.below(28) / 27;
    let authors: Vec<String> = (0..author_count).map(|_| author(rng)).collect();
    let surname = authors[0]
        .rsplit(' ')
        .next()
        .unwrap_or("anon")
        .to_lowercase();
    // Ascii letters only, so an alias never collides with an id (ids hold hyphens).
    let surname: String = surname.chars().filter(char::is_ascii_lowercase).collect();
    let mut aliases = vec![format!("{acronym}{i}")];
    if rng.below(2) == 0 {
        aliases.push(format!("{surname}{year}x{i}"));
    }

    let month = &date[5..7];
    let arxiv = (year >= 1992 && rng.below(3) > 0).then(|| {
        if year >= 2007 {
            format!("{:02}{month}.{:05}", year % 100, rng.below(100_000))
        } else {
            format!("cs.LG/{:02}{month}{:03}", year % 100, rng.below(1000))
        }
    });
    let doi = (rng.below(2) == 0).then(|| {
        format!(
            "10.{}/{}.{year}.{}",
            1000 + rng.below(90_000),
            rng.pick(VENUES_SHORT).to_lowercase(),
            i
        )
    });
    let url = match (&arxiv, &doi) {
        (Some(a), _) => format!("https://arxiv.org/abs/{a}"),
        (None, Some(d)) => format!("https://doi.org/{d}"),
        (None, None) => format!("https://papers.example.org/{}", ids[i]),
    };
    let tags = {
        let mut tags: Vec<String> = Vec::new();
        for _ in 0..1 + rng.below(5) {
            let tag = rng.pick(TAGS).to_string();
            if !tags.contains(&tag) {
                tags.push(tag);
            }
        }
        tags
    };
    let results = (0..rng.below(5)).map(|_| result(rng).into()).collect();
    let builds_on = if earlier == 0 {
        Vec::new()
    } else {
        let mut targets: Vec<usize> = Vec::new();
        for _ in 0..rng.below(5) {
            // Mostly recent work, sometimes a classic from anywhere before.
            let back = if rng.below(4) == 0 {
                rng.below(earlier)
            } else {
                rng.below(earlier.min(2_000))
            };
            let target = earlier - 1 - back;
            if !targets.contains(&target) {
                targets.push(target);
            }
        }
        targets
            .into_iter()
            .map(|t| Link {
                id: ids[t].clone().into(),
                note: sentence(rng, 8, 20).into(),
            })
            .collect()
    };

    Paper {
        id: ids[i].clone().into(),
        aliases: texts(aliases),
        name: name.into(),
        title: title_case(&words(rng, 6, 14)).into(),
        authors: texts(authors),
        year,
        date: date.into(),
        date_precision: DatePrecision::Day,
        venue: format!("{} {year}", rng.pick(VENUES_SHORT)).into(),
        volume: None,
        issue: None,
        pages: None,
        publisher: None,
        arxiv: arxiv.map(Text::from),
        doi: doi.map(Text::from),
        url: url.into(),
        published: None,
        era: era.to_string().into(),
        tags: texts(tags),
        why: bounded_sentence(rng, 90).into(),
        tldr: bounded_sentence(rng, 200).into(),
        summary: (0..8)
            .map(|_| sentence(rng, 15, 23))
            .collect::<Vec<_>>()
            .join(" ")
            .into(),
        results,
        builds_on,
    }
}

fn texts(list: Vec<String>) -> Vec<Text> {
    list.into_iter().map(Text::from).collect()
}

fn author(rng: &mut Rng) -> String {
    let initial = char::from(b'A' + rng.below(26) as u8);
    format!(
        "{} {initial}. {}",
        rng.pick(GIVEN_NAMES),
        rng.pick(SURNAMES)
    )
}

fn result(rng: &mut Rng) -> String {
    format!(
        "{}.{}% {} on {} (previous best: {}.{}%)",
        10 + rng.below(89),
        rng.below(10),
        rng.pick(METRICS),
        rng.pick(BENCHMARKS),
        10 + rng.below(89),
        rng.below(10)
    )
}

/// `low` to `high` words of prose, capitalised, ending in a full stop.
fn sentence(rng: &mut Rng, low: usize, high: usize) -> String {
    let mut text = capitalise(&words(rng, low, high));
    text.push('.');
    text
}

/// A sentence of at most `max` characters.
fn bounded_sentence(rng: &mut Rng, max: usize) -> String {
    let mut text = String::new();
    loop {
        let word = rng.pick(WORDS);
        if text.len() + word.len() + 2 > max {
            break;
        }
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(word);
    }
    text.push('.');
    capitalise(&text)
}

fn words(rng: &mut Rng, low: usize, high: usize) -> String {
    let count = low + rng.below(high - low + 1);
    (0..count)
        .map(|_| rng.pick(WORDS))
        .collect::<Vec<_>>()
        .join(" ")
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn title_case(text: &str) -> String {
    text.split(' ')
        .map(capitalise)
        .collect::<Vec<_>>()
        .join(" ")
}

fn base36(mut n: usize) -> String {
    let digits = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(digits[n % 36]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).expect("ascii digits")
}

/// The date `day` days after 1 January of the first year, as YYYY-MM-DD.
fn calendar_date(day: usize) -> String {
    let mut year = FIRST_YEAR;
    let mut left = day;
    loop {
        let len = if is_leap(year) { 366 } else { 365 };
        if left < len {
            break;
        }
        left -= len;
        year += 1;
    }
    let mut month = 1;
    loop {
        let len = month_length(year, month);
        if left < len {
            break;
        }
        left -= len;
        month += 1;
    }
    format!("{year:04}-{month:02}-{:02}", left + 1)
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn month_length(year: i32, month: u32) -> usize {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// SplitMix64: tiny, fast and good enough to make text look varied.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[self.below(list.len())]
    }
}

const TOPICS: &[&str] = &[
    "sparse",
    "deep",
    "recurrent",
    "residual",
    "attention",
    "contrastive",
    "generative",
    "latent",
    "graph",
    "federated",
    "causal",
    "robust",
    "efficient",
    "neural",
    "bayesian",
    "adaptive",
    "scalable",
    "multimodal",
    "hierarchical",
    "diffusion",
];

const NOUNS: &[&str] = &[
    "networks",
    "transformers",
    "embeddings",
    "retrieval",
    "memory",
    "policies",
    "decoding",
    "pretraining",
    "distillation",
    "alignment",
    "routing",
    "tokenizers",
    "optimizers",
    "priors",
    "kernels",
    "agents",
];

const ERA_NOUNS: &[&str] = &["Methods", "Models", "Era", "Years", "Turn", "Revival"];

const WORDS: &[&str] = &[
    "the",
    "model",
    "learns",
    "a",
    "representation",
    "of",
    "each",
    "input",
    "by",
    "training",
    "on",
    "large",
    "corpora",
    "with",
    "gradient",
    "descent",
    "and",
    "then",
    "fine-tunes",
    "it",
    "for",
    "downstream",
    "tasks",
    "where",
    "accuracy",
    "improves",
    "over",
    "strong",
    "baselines",
    "while",
    "compute",
    "stays",
    "modest",
    "attention",
    "layers",
    "replace",
    "recurrence",
    "so",
    "sequences",
    "are",
    "processed",
    "in",
    "parallel",
    "which",
    "makes",
    "scaling",
    "to",
    "billions",
    "parameters",
    "practical",
    "experiments",
    "show",
    "that",
    "loss",
    "falls",
    "smoothly",
    "as",
    "data",
    "grows",
    "authors",
    "argue",
    "this",
    "simple",
    "recipe",
    "generalises",
    "across",
    "languages",
    "images",
    "speech",
    "benchmarks",
    "ablations",
    "confirm",
    "every",
    "component",
    "matters",
    "although",
    "some",
    "gains",
    "shrink",
    "at",
    "scale",
    "network",
    "weights",
    "share",
    "structure",
    "between",
    "encoder",
    "decoder",
    "sampling",
    "temperature",
    "controls",
    "diversity",
    "résumé",
    "naïve",
    "coöperation",
    "rôle",
];

const TAGS: &[&str] = &[
    "language",
    "vision",
    "speech",
    "training",
    "optimization",
    "architecture",
    "scaling",
    "alignment",
    "reasoning",
    "retrieval",
    "sequence",
    "translation",
    "representation",
    "generative",
    "reinforcement-learning",
    "efficiency",
    "evaluation",
    "theory",
    "multimodal",
    "robustness",
    "memory",
    "graphs",
    "search",
    "compression",
];

const GIVEN_NAMES: &[&str] = &[
    "Ada", "Alan", "Grace", "Yoshua", "Geoffrey", "Yann", "Fei-Fei", "Ilya", "Oriol", "Quoc",
    "Ashish", "Noam", "Niki", "Jakob", "Llion", "Aidan", "Łukasz", "Illia", "Jürgen", "Sepp",
    "José", "Dario", "Tom", "Jared", "Jordan", "Chelsea", "Pieter", "Sergey", "Kaiming", "Xiangyu",
    "Shaoqing", "Jian", "Alec", "Ilse", "Zoë", "Søren",
];

const SURNAMES: &[&str] = &[
    "Lovelace",
    "Turing",
    "Hopper",
    "Bengio",
    "Hinton",
    "LeCun",
    "Li",
    "Sutskever",
    "Vinyals",
    "Le",
    "Vaswani",
    "Shazeer",
    "Parmar",
    "Uszkoreit",
    "Jones",
    "Gomez",
    "Kaiser",
    "Polosukhin",
    "Schmidhuber",
    "Hochreiter",
    "Müller",
    "Amodei",
    "Brown",
    "Kaplan",
    "Hoffmann",
    "Finn",
    "Abbeel",
    "Levine",
    "He",
    "Zhang",
    "Ren",
    "Sun",
    "Radford",
    "Nguyễn",
    "García",
    "Ødegaard",
];

const VENUES_SHORT: &[&str] = &[
    "NeurIPS", "ICML", "ICLR", "CVPR", "ACL", "EMNLP", "NAACL", "AAAI", "IJCAI", "JMLR", "TPAMI",
    "Nature",
];

const METRICS: &[&str] = &["top-1 accuracy", "top-5 error", "BLEU", "F1", "exact match"];

const BENCHMARKS: &[&str] = &[
    "ImageNet",
    "WMT'14 English-German",
    "SQuAD",
    "GLUE",
    "MMLU",
    "CIFAR-10",
    "LibriSpeech",
    "GSM8K",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;

    #[test]
    fn a_synthetic_catalog_passes_validation() {
        let loaded = Catalog::parse_copied(&json(3_000), "synthetic").expect("a valid catalog");
        assert_eq!(loaded.catalog.papers.len(), 3_000);
        assert!(loaded.unknown_fields.is_empty());
        assert!((5..=10).contains(&loaded.catalog.eras.len()));
    }

    #[test]
    fn the_same_size_gives_the_same_catalog() {
        assert_eq!(json(50), json(50));
    }

    #[test]
    fn calendar_dates_are_real_and_in_order() {
        assert_eq!(calendar_date(0), "1950-01-01");
        assert_eq!(calendar_date(31), "1950-02-01");
        // 1952 is a leap year: day 59 of it is 29 February.
        assert_eq!(calendar_date(365 + 365 + 59), "1952-02-29");
        // 76 years of 365 days fall 19 leap days short of 2026-01-01.
        assert_eq!(calendar_date(SPAN_DAYS - 1), "2025-12-12");
    }
}
