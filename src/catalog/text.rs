//! Text helpers the domain needs: accent- and case-folding, and "did you mean" suggestions.

use std::borrow::Cow;

/// Folds text for matching: accents removed (é -> e, ł -> l), lower case.
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        deunicode::deunicode(text).to_lowercase()
    }
}

/// [`fold`], appended to `out`: without an allocation when the text is ASCII.
pub fn fold_into(text: &str, out: &mut String) {
    if text.is_ascii() {
        let start = out.len();
        out.push_str(text);
        out[start..].make_ascii_lowercase();
    } else {
        out.push_str(&fold(text));
    }
}

/// The candidates closest to `input` by edit distance, when they are close enough to be a
/// likely typo: at most a third of the input's length (and at least one edit) away. Every
/// candidate at the smallest distance is given, in the order met, once each.
pub fn suggest<'a, I>(input: &str, candidates: I) -> Vec<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let input = input.to_lowercase();
    let length = input.chars().count();
    let budget = (length / 3).max(1);
    let mut best = budget + 1;
    let mut found: Vec<&str> = Vec::new();
    for c in candidates {
        // Names are mostly lower case already: no copy for them.
        let lower = if c.bytes().any(|b| !b.is_ascii() || b.is_ascii_uppercase()) {
            Cow::Owned(c.to_lowercase())
        } else {
            Cow::Borrowed(c)
        };
        // The distance is at least the difference in length: on a catalog of 100,000
        // papers this skips almost every name before the costly comparison.
        if lower.chars().count().abs_diff(length) > budget {
            continue;
        }
        let d = strsim::damerau_levenshtein(&input, &lower);
        if d < best {
            best = d;
            found.clear();
        }
        if d == best && !found.contains(&c) {
            found.push(c);
        }
    }
    found
}

/// A personal name as (given names, surname); `None` for an organisation (one token,
/// like "DeepSeek-AI"), which is always written whole. The surname is the last word,
/// or starts earlier at a lower-case particle ("van den Driessche", "de Las Casas").
pub fn split_name(name: &str) -> Option<(&str, &str)> {
    let name = name.trim();
    // Where each word after the first starts (no list: this runs for every paper when
    // sorting by author).
    let starts = name
        .char_indices()
        .filter(|&(i, c)| i > 0 && !c.is_whitespace() && name[..i].ends_with(char::is_whitespace))
        .map(|(i, _)| i);
    let (mut particle, mut last) = (None, None);
    for start in starts {
        // The word before this one is neither the first nor the last.
        if let Some(middle) = last
            && particle.is_none()
            && name[middle..].starts_with(char::is_lowercase)
        {
            particle = Some(middle);
        }
        last = Some(start);
    }
    let at = particle.or(last)?;
    Some((name[..at].trim_end(), &name[at..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_removes_accents_and_case() {
        assert_eq!(fold("Łukasz KAISER"), "lukasz kaiser");
        assert_eq!(fold("Gers"), "gers");
    }

    #[test]
    fn fold_into_appends_what_fold_returns() {
        let mut out = String::from("kept ");
        fold_into("ŁUKASZ", &mut out);
        fold_into(" KAISER", &mut out);
        assert_eq!(out, format!("kept {}{}", fold("ŁUKASZ"), fold(" KAISER")));
    }

    #[test]
    fn suggest_finds_a_close_typo() {
        let ids = ["transformer", "t5", "bert"];
        assert_eq!(suggest("trasformer", ids), ["transformer"]);
        assert_eq!(suggest("BERRT", ids), ["bert"]);
    }

    #[test]
    fn suggest_ignores_distant_words() {
        assert!(suggest("zebra", ["transformer", "t5"]).is_empty());
        // Every equally close candidate, once, in the order given.
        assert_eq!(
            suggest("gpt4", ["gpt1", "gpt-1", "gpt2", "gpt3", "gpt2"]),
            ["gpt1", "gpt2", "gpt3"]
        );
    }

    #[test]
    fn names_split_at_the_last_word_or_a_particle() {
        assert_eq!(
            split_name("Geoffrey E. Hinton"),
            Some(("Geoffrey E.", "Hinton"))
        );
        assert_eq!(
            split_name("George van den Driessche"),
            Some(("George", "van den Driessche"))
        );
        assert_eq!(
            split_name("Diego de Las Casas"),
            Some(("Diego", "de Las Casas"))
        );
        assert_eq!(split_name("DeepSeek-AI"), None);
        // Spaces around and between words; a lower-case first or last word is no particle.
        assert_eq!(split_name("  Ada   Lovelace "), Some(("Ada", "Lovelace")));
        assert_eq!(split_name("bell hooks"), Some(("bell", "hooks")));
        assert_eq!(split_name("van Gogh"), Some(("van", "Gogh")));
        assert_eq!(split_name(" "), None);
    }

    #[test]
    fn suggestions_ignore_case_and_names_too_long_or_short_to_be_typos() {
        assert_eq!(
            suggest("transformr", ["Transformer", "transformer-xl"])
                .first()
                .copied(),
            Some("Transformer")
        );
        assert_eq!(suggest("ÉLAN", ["elan-x", "Élan"]), ["Élan"]);
        assert!(suggest("gpt", ["gpt-neox-20b", "gpt-2-xl"]).is_empty());
    }
}
