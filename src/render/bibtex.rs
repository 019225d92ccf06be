//! BibTeX entries: one per paper, with a stable key and the entry type its venue calls for.

use std::collections::HashMap;
use std::io::{self, Write};

use crate::catalog::text::{braced_organisation, braced_surname};
use crate::catalog::{Catalog, DatePrecision, Paper};

/// Words skipped when a citation key takes the title's first word.
const STOP_WORDS: [&str; 8] = ["a", "an", "the", "on", "of", "in", "for", "to"];

/// Conference acronyms and the proceedings they stand for.
const CONFERENCES: [(&str, &str); 8] = [
    ("NIPS", "Advances in Neural Information Processing Systems"),
    (
        "NeurIPS",
        "Advances in Neural Information Processing Systems",
    ),
    (
        "ICLR",
        "International Conference on Learning Representations",
    ),
    ("ICML", "International Conference on Machine Learning"),
    (
        "CVPR",
        "IEEE Conference on Computer Vision and Pattern Recognition",
    ),
    (
        "NAACL",
        "Conference of the North American Chapter of the Association for Computational Linguistics",
    ),
    (
        "ACL",
        "Annual Meeting of the Association for Computational Linguistics",
    ),
    (
        "EMNLP",
        "Conference on Empirical Methods in Natural Language Processing",
    ),
];

/// Journal abbreviations and their full names.
const JOURNALS: [(&str, &str); 2] = [
    ("JMLR", "Journal of Machine Learning Research"),
    (
        "TACL",
        "Transactions of the Association for Computational Linguistics",
    ),
];

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Writes the entries of these papers, separated by blank lines.
pub fn papers(out: &mut impl Write, catalog: &Catalog, papers: &[usize]) -> io::Result<()> {
    let keys = keys(catalog);
    for (n, &i) in papers.iter().enumerate() {
        if n > 0 {
            writeln!(out)?;
        }
        entry(out, catalog.paper(i), &keys[i])?;
    }
    Ok(())
}

/// The citation key of every paper: first author's surname, year, first title word
/// (`vaswani2017attention`). Keys are made unique across the whole catalog, so a paper's
/// key does not depend on which other papers are printed with it.
pub fn keys(catalog: &Catalog) -> Vec<String> {
    let base: Vec<String> = catalog.papers.iter().map(base_key).collect();
    let mut total: HashMap<&str, usize> = HashMap::new();
    for key in &base {
        *total.entry(key).or_default() += 1;
    }
    let mut seen: HashMap<&str, usize> = HashMap::new();
    base.iter()
        .map(|key| {
            if total[key.as_str()] == 1 {
                return key.clone();
            }
            let n = seen.entry(key).or_default();
            *n += 1;
            // a, b, c, ... then aa, ab, ... past z.
            let mut suffix = String::new();
            let mut k = *n;
            while k > 0 {
                k -= 1;
                suffix.insert(0, (b'a' + (k % 26) as u8) as char);
                k /= 26;
            }
            format!("{key}{suffix}")
        })
        .collect()
}

fn base_key(paper: &Paper) -> String {
    let ascii = |s: &str| -> String {
        deunicode::deunicode(s)
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_lowercase()
    };
    let word = paper
        .title
        .split(|c: char| c.is_whitespace() || c == '-')
        .map(ascii)
        .find(|w| !w.is_empty() && !STOP_WORDS.contains(&w.as_str()))
        .unwrap_or_default();
    let surname = ascii(paper.first_author_surname());
    let surname = if surname.is_empty() {
        "anon".to_string()
    } else {
        surname
    };
    format!("{surname}{}{word}", year(paper))
}

/// The year to cite: a conference's year when the venue names one ("NAACL 2019" for a
/// preprint first released in 2018), otherwise the year of first release.
pub fn year(paper: &Paper) -> i32 {
    paper
        .venue
        .split_whitespace()
        .filter(|w| w.len() == 4)
        .find_map(|w| w.parse::<i32>().ok())
        .filter(|&y| y >= paper.year && y <= paper.year + 3)
        .unwrap_or(paper.year)
}

/// How a venue string maps onto a BibTeX entry (and onto the other citation styles).
pub(crate) enum Kind<'a> {
    Article {
        journal: String,
        volume: &'a str,
        number: Option<&'a str>,
    },
    Proceedings {
        booktitle: String,
    },
    Report {
        institution: &'a str,
    },
    Preprint,
}

pub(crate) fn kind(venue: &str) -> Kind<'_> {
    let lower = venue.to_lowercase();
    if lower.starts_with("arxiv") {
        return Kind::Preprint;
    }
    if let Some(i) = lower
        .find("technical report")
        .or_else(|| lower.find(" report"))
    {
        return Kind::Report {
            institution: venue[..i].trim(),
        };
    }
    // A proceedings' full name ("Advances in Neural Information Processing Systems 35"),
    // as published versions and imported entries write it.
    if let Some((_, full)) = CONFERENCES.iter().find(|(_, full)| venue.starts_with(full)) {
        return Kind::Proceedings {
            booktitle: full.to_string(),
        };
    }
    let mut words = venue.split_whitespace();
    let first = words.next().unwrap_or("");
    if let Some((_, full)) = CONFERENCES.iter().find(|(acronym, _)| *acronym == first) {
        return Kind::Proceedings {
            booktitle: full.to_string(),
        };
    }
    // "Nature 323", "Neural Computation 9(8)", "JMLR 21(140), 2020": a name, then
    // volume(number), then perhaps the year of the issue.
    let issue_part = match venue.rsplit_once(", ") {
        Some((head, year)) if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) => head,
        _ => venue,
    };
    if let Some((name, issue)) = issue_part.rsplit_once(' ') {
        let (volume, number) = match issue.split_once('(') {
            Some((v, n)) => (v, n.strip_suffix(')')),
            None => (issue, None),
        };
        let is_num = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if is_num(volume) && volume.len() < 4 && number.is_none_or(is_num) {
            let journal = JOURNALS
                .iter()
                .find(|(abbr, _)| *abbr == name)
                .map_or(name, |(_, full)| full);
            return Kind::Article {
                journal: journal.to_string(),
                volume,
                number,
            };
        }
    }
    Kind::Proceedings {
        booktitle: venue.to_string(),
    }
}

fn entry(out: &mut impl Write, paper: &Paper, key: &str) -> io::Result<()> {
    let kind = with_catalog_numbers(kind(&paper.venue), paper);
    let entry_type = match kind {
        Kind::Article { .. } => "article",
        Kind::Proceedings { .. } => "inproceedings",
        Kind::Report { .. } => "techreport",
        Kind::Preprint => "misc",
    };
    let authors: Vec<String> = paper
        .authors
        .iter()
        .map(|a| {
            // An organisation (one word, like DeepSeek-AI, or a name in braces, like
            // {Google DeepMind}) is braced so BibTeX keeps it whole.
            if let Some(organisation) = braced_organisation(a) {
                format!("{{{}}}", escape(organisation))
            } else if let Some((given, surname)) = braced_surname(a) {
                format!("{} {{{}}}", escape(given), escape(surname))
            } else if a.contains(' ') {
                // A word "and" inside one name would split it in two.
                escape(a)
                    .split(' ')
                    .map(|w| {
                        if w.eq_ignore_ascii_case("and") {
                            format!("{{{w}}}")
                        } else {
                            w.to_string()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            } else {
                format!("{{{}}}", escape(a))
            }
        })
        .collect();
    let mut fields: Vec<(&str, String)> = vec![
        ("author", authors.join(" and ")),
        ("title", protect_title(&paper.title)),
    ];
    match &kind {
        Kind::Article {
            journal,
            volume,
            number,
        } => {
            fields.push(("journal", escape(journal)));
            fields.push(("volume", volume.to_string()));
            if let Some(number) = number {
                fields.push(("number", number.to_string()));
            }
        }
        Kind::Proceedings { booktitle } => fields.push(("booktitle", escape(booktitle))),
        Kind::Report { institution } => fields.push(("institution", escape(institution))),
        Kind::Preprint => {
            if let Some(arxiv) = &paper.arxiv {
                fields.push((
                    "howpublished",
                    format!("arXiv preprint arXiv:{}", escape(arxiv)),
                ));
            }
        }
    }
    if let (Kind::Proceedings { .. }, Some(volume)) = (&kind, &paper.volume) {
        fields.push(("volume", escape(volume)));
    }
    if let Some(pages) = &paper.pages {
        fields.push(("pages", escape(&pages.replace('-', "--"))));
    }
    if let Some(publisher) = &paper.publisher {
        fields.push(("publisher", escape(publisher)));
    }
    fields.push(("year", year(paper).to_string()));
    // The release month, only when it is the month of the year cited and is known.
    if let Some(month) = paper.date.get(5..7).and_then(|m| m.parse::<usize>().ok())
        && (1..=12).contains(&month)
        && year(paper) == paper.year
        && paper.date_precision != DatePrecision::Year
    {
        fields.push(("month", MONTHS[month - 1].to_string()));
    }
    if let Some(doi) = &paper.doi {
        fields.push(("doi", escape(doi)));
    }
    fields.push(("url", escape_url(&paper.url)));
    if let Some(arxiv) = &paper.arxiv {
        fields.push(("eprint", escape(arxiv)));
        fields.push(("archivePrefix", "arXiv".to_string()));
    }
    if let Some(published) = &paper.published {
        fields.push((
            "note",
            format!("Published as {}", escape(&published.describe())),
        ));
    }
    writeln!(out, "@{entry_type}{{{key},")?;
    for (name, value) in fields {
        // Bare macros (months) and numbers need no braces.
        if name == "month" {
            writeln!(out, "  {name} = {value},")?;
        } else {
            writeln!(out, "  {name} = {{{value}}},")?;
        }
    }
    writeln!(out, "}}")
}

/// A journal's volume and issue as the catalog gives them, where it does, over those read
/// from the venue text.
fn with_catalog_numbers<'a>(kind: Kind<'a>, paper: &'a Paper) -> Kind<'a> {
    match kind {
        Kind::Article {
            journal,
            volume,
            number,
        } => Kind::Article {
            journal,
            volume: paper.volume.as_deref().unwrap_or(volume),
            number: paper.issue.as_deref().or(number),
        },
        kind => kind,
    }
}

/// Escapes LaTeX's special characters; braces become commands, so that every field stays
/// balanced whatever the text.
/// Control and bidi characters become spaces: they have no place in a bibliography.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' | '%' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            // BibTeX counts every brace, escaped or not: `\}` would still close the field.
            '{' => out.push_str("\\textbraceleft{}"),
            '}' => out.push_str("\\textbraceright{}"),
            '\\' => out.push_str("\\textbackslash{}"),
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            c if super::style::acts_on_terminal(c) => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A title whose words keep their case where it carries meaning: acronyms and names with
/// inner capitals or digits (`{BERT}`, `{ImageNet}`, `{GPT-3}`) are braced so no style
/// lower-cases them, and the rest is left for the style to case as it says. Proper nouns
/// written as ordinary words ("Nature") cannot be told apart and are left unbraced.
pub(crate) fn protect_title(title: &str) -> String {
    let keeps_case = |part: &str| {
        let mut chars = part.chars().skip_while(|c| !c.is_alphanumeric());
        let first_upper = chars.next().is_some_and(char::is_uppercase);
        let rest: Vec<char> = chars.collect();
        rest.iter().any(|c| c.is_uppercase())
            || (first_upper && rest.iter().any(char::is_ascii_digit))
    };
    title
        .split(' ')
        .map(|word| {
            let core = word.trim_end_matches([':', ',', '.', ';', '?', '!']);
            if core.split(['-', '/']).any(keeps_case) {
                format!("{{{}}}{}", escape(core), escape(&word[core.len()..]))
            } else {
                escape(word)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// URLs keep their characters (the url package reads them verbatim); only what would
/// unbalance or break the field is percent-encoded.
pub(crate) fn escape_url(url: &str) -> String {
    super::encode_url(url, &['{', '}', ' '])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn venues_map_to_entry_types() {
        assert!(matches!(
            kind("Nature 323"),
            Kind::Article {
                volume: "323",
                number: None,
                ..
            }
        ));
        assert!(matches!(
            kind("Neural Computation 9(8)"),
            Kind::Article {
                volume: "9",
                number: Some("8"),
                ..
            }
        ));
        match kind("JMLR 21(140)") {
            Kind::Article { journal, .. } => {
                assert_eq!(journal, "Journal of Machine Learning Research")
            }
            _ => panic!("JMLR is a journal"),
        }
        assert!(matches!(
            kind("JMLR 23(120), 2022"),
            Kind::Article {
                volume: "23",
                number: Some("120"),
                ..
            }
        ));
        assert!(matches!(kind("NeurIPS 2017"), Kind::Proceedings { .. }));
        assert!(matches!(
            kind("ICLR 2013 workshop"),
            Kind::Proceedings { .. }
        ));
        assert!(matches!(
            kind("OpenAI technical report"),
            Kind::Report {
                institution: "OpenAI"
            }
        ));
        assert!(matches!(kind("arXiv preprint"), Kind::Preprint));
    }

    #[test]
    fn the_month_is_cited_only_when_the_date_precision_knows_it() {
        let entry_of = |precision: DatePrecision| {
            let mut paper = crate::catalog::fixture::paper("a", "2012-12-01", &[]);
            paper.date_precision = precision;
            let mut out = Vec::new();
            entry(&mut out, &paper, "key").expect("writing to memory");
            String::from_utf8(out).expect("UTF-8")
        };
        assert!(entry_of(DatePrecision::Month).contains("  month = dec,\n"));
        assert!(!entry_of(DatePrecision::Year).contains("month"));
    }

    #[test]
    fn volume_issue_and_pages_given_by_the_catalog_are_cited() {
        let mut paper = crate::catalog::fixture::paper("a", "1986-10-09", &[]);
        paper.venue = "Nature 323".into();
        paper.issue = Some("6088".into());
        paper.pages = Some("533-536".into());
        let mut out = Vec::new();
        entry(&mut out, &paper, "key").expect("writing to memory");
        let text = String::from_utf8(out).expect("UTF-8");
        assert!(
            text.contains("  volume = {323},\n  number = {6088},\n  pages = {533--536},\n"),
            "{text}"
        );
    }

    #[test]
    fn titles_brace_only_the_words_that_keep_their_case() {
        assert_eq!(
            protect_title("BERT: Pre-training of Deep Bidirectional Transformers"),
            "{BERT}: Pre-training of Deep Bidirectional Transformers"
        );
        assert_eq!(
            protect_title("Language Models are Few-Shot Learners"),
            "Language Models are Few-Shot Learners"
        );
        assert_eq!(
            protect_title("DeepSeek-R1: Incentivizing Reasoning in LLMs via T5 & ImageNet"),
            "{DeepSeek-R1}: Incentivizing Reasoning in {LLMs} via {T5} \\& {ImageNet}"
        );
        assert_eq!(
            protect_title("GPT-3, and {x}"),
            "{GPT-3}, and \\textbraceleft{}x\\textbraceright{}"
        );
    }

    #[test]
    fn latex_specials_are_escaped() {
        assert_eq!(
            escape("R&D 100% {x}_1"),
            "R\\&D 100\\% \\textbraceleft{}x\\textbraceright{}\\_1"
        );
        assert_eq!(escape("a\\"), "a\\textbackslash{}");
    }

    /// Papers by these first authors with these titles, all of 2000.
    fn by(papers: &[(&str, &str)]) -> Catalog {
        let ids: Vec<String> = (0..papers.len()).map(|n| format!("p{n}")).collect();
        let plain: Vec<(&str, &str, &[&str])> = ids
            .iter()
            .map(|id| (id.as_str(), "2000-01-01", &[][..]))
            .collect();
        let mut c = crate::catalog::fixture::catalog(&plain);
        for (paper, (author, title)) in c.papers.iter_mut().zip(papers) {
            paper.authors = vec![author.to_string().into()];
            paper.title = title.to_string().into();
        }
        c
    }

    #[test]
    fn a_key_is_surname_year_and_first_title_word_that_is_not_a_stop_word() {
        let c = by(&[
            ("Ashish Vaswani", "Attention Is All You Need"),
            ("Geoffrey Hinton", "The Forward-Forward Algorithm"),
            ("Jürgen Schmidhuber", "On the Self-Attention of a Net"),
            ("OpenAI", "GPT-4 Technical Report"),
            ("", "!!! Untitled"),
        ]);
        assert_eq!(
            keys(&c),
            [
                "vaswani2000attention",
                "hinton2000forward",
                "schmidhuber2000self",
                "openai2000gpt",
                "anon2000untitled",
            ]
        );
    }

    #[test]
    fn colliding_citation_keys_get_a_b_c_and_after_z_aa_ab() {
        let mut papers = vec![("Ada Lovelace", "Notes")];
        papers.extend(std::iter::repeat_n(
            ("Alan Turing", "Computing Machinery"),
            28,
        ));
        let keys = keys(&by(&papers));
        assert_eq!(keys[0], "lovelace2000notes", "a unique key has no suffix");
        let suffixes: Vec<&str> = keys[1..]
            .iter()
            .map(|k| k.strip_prefix("turing2000computing").expect(k))
            .collect();
        let mut expected: Vec<String> = ('a'..='z').map(String::from).collect();
        expected.extend(["aa".into(), "ab".into()]);
        assert_eq!(suffixes, expected);
    }

    fn cited_year(year: i32, venue: &str) -> i32 {
        let mut paper = crate::catalog::fixture::paper("p", &format!("{year}-01-01"), &[]);
        paper.venue = venue.to_string().into();
        super::year(&paper)
    }

    #[test]
    fn the_year_cited_is_the_venues_when_it_is_up_to_three_years_later() {
        assert_eq!(cited_year(2018, "NAACL 2019"), 2019);
        assert_eq!(cited_year(2018, "ICLR 2021"), 2021);
        assert_eq!(cited_year(2018, "ICLR 2018"), 2018);
        // A year before the release, or long after it, is not the year of this paper.
        assert_eq!(cited_year(2018, "ICLR 2022"), 2018);
        assert_eq!(cited_year(2018, "Workshop 2017"), 2018);
        // Only a whole four-digit word is a year.
        assert_eq!(cited_year(2018, "Nature 323"), 2018);
        assert_eq!(cited_year(2018, "JMLR 21(2019)"), 2018);
        assert_eq!(cited_year(2018, "arXiv preprint"), 2018);
    }

    #[test]
    fn a_word_or_a_year_after_the_name_is_not_a_volume() {
        let booktitle = |venue| match kind(venue) {
            Kind::Proceedings { booktitle } => booktitle,
            _ => panic!("{venue} is read as proceedings"),
        };
        assert_eq!(booktitle("Workshop on NLP"), "Workshop on NLP");
        assert_eq!(
            booktitle("Snowbird Workshop 2008"),
            "Snowbird Workshop 2008"
        );
        assert_eq!(booktitle("Nature 12(x)"), "Nature 12(x)");
        // A proceedings' full name with its volume is the proceedings, not a journal.
        assert_eq!(
            booktitle("Advances in Neural Information Processing Systems 35"),
            "Advances in Neural Information Processing Systems"
        );
        assert_eq!(
            booktitle("International Conference on Learning Representations"),
            "International Conference on Learning Representations"
        );
        // A comma is followed by the year of the issue, or it is part of the name.
        assert_eq!(
            booktitle("Computational Linguistics 19(2), June"),
            "Computational Linguistics 19(2), June"
        );
    }

    #[test]
    fn each_entry_type_has_its_own_fields_and_entries_are_separated_by_a_blank_line() {
        let mut c = crate::catalog::fixture::catalog(&[
            ("transformer", "2017-06-12", &[]),
            ("bert", "2018-10-11", &[]),
            ("lstm", "1997-11-15", &[]),
            ("gpt4", "2023-03-15", &[]),
            ("r1", "2025-01-22", &[]),
        ]);
        let p = &mut c.papers;
        p[0].title = "Attention Is All You Need".into();
        p[0].authors = vec!["Ashish Vaswani".into(), "Noam Shazeer".into()];
        p[0].venue = "NeurIPS 2017".into();
        p[0].arxiv = Some("1706.03762".into());
        p[0].url = "https://arxiv.org/abs/1706.03762".into();
        p[1].title = "BERT: Pre-training".into();
        p[1].authors = vec![
            "Jacob Devlin".into(),
            "{Google AI Language}".into(),
            "Teven {Le Scao}".into(),
        ];
        p[1].venue = "NAACL 2019".into();
        p[1].doi = Some("10.18653/v1/N19-1423".into());
        p[2].title = "Long Short-Term Memory".into();
        p[2].authors = vec!["Sepp Hochreiter".into()];
        p[2].venue = "Neural Computation 9(8)".into();
        p[3].title = "GPT-4 Technical Report".into();
        p[3].authors = vec!["OpenAI".into()];
        p[3].venue = "OpenAI technical report".into();
        p[4].title = "DeepSeek-R1".into();
        p[4].authors = vec!["DeepSeek-AI".into()];
        p[4].arxiv = Some("2501.12948".into());
        let mut out = Vec::new();
        super::papers(&mut out, &c, &[0, 1, 2, 3, 4]).expect("written");
        assert_eq!(
            String::from_utf8(out).expect("UTF-8"),
            "\
@inproceedings{vaswani2017attention,
  author = {Ashish Vaswani and Noam Shazeer},
  title = {Attention Is All You Need},
  booktitle = {Advances in Neural Information Processing Systems},
  year = {2017},
  month = jun,
  url = {https://arxiv.org/abs/1706.03762},
  eprint = {1706.03762},
  archivePrefix = {arXiv},
}

@inproceedings{devlin2019bert,
  author = {Jacob Devlin and {Google AI Language} and Teven {Le Scao}},
  title = {{BERT}: Pre-training},
  booktitle = {Conference of the North American Chapter of the Association for Computational Linguistics},
  year = {2019},
  doi = {10.18653/v1/N19-1423},
  url = {https://example.org/bert},
}

@article{hochreiter1997long,
  author = {Sepp Hochreiter},
  title = {Long Short-Term Memory},
  journal = {Neural Computation},
  volume = {9},
  number = {8},
  year = {1997},
  month = nov,
  url = {https://example.org/lstm},
}

@techreport{openai2023gpt,
  author = {{OpenAI}},
  title = {{GPT-4} Technical Report},
  institution = {OpenAI},
  year = {2023},
  month = mar,
  url = {https://example.org/gpt4},
}

@misc{deepseekai2025deepseek,
  author = {{DeepSeek-AI}},
  title = {{DeepSeek-R1}},
  howpublished = {arXiv preprint arXiv:2501.12948},
  year = {2025},
  month = jan,
  url = {https://example.org/r1},
  eprint = {2501.12948},
  archivePrefix = {arXiv},
}
"
        );
    }

    #[test]
    fn control_and_bidi_characters_become_spaces_in_bibtex_text() {
        assert_eq!(escape("Red\u{1b}[31m \u{202e}txet"), "Red [31m  txet");
    }

    #[test]
    fn control_characters_are_left_out_of_urls_in_bibtex() {
        assert_eq!(
            escape_url("https://example.org/a\u{7}b\nc\u{1b}[2J {x}"),
            "https://example.org/abc[2J%20%7Bx%7D"
        );
    }
}
