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

/// The name of an organisation written in braces, as BibTeX writes one it must keep
/// whole ("{Google DeepMind}" -> "Google DeepMind"); `None` for any other name.
pub fn braced_organisation(name: &str) -> Option<&str> {
    let inner = name.trim().strip_prefix('{')?.strip_suffix('}')?;
    (!inner.contains(['{', '}'])).then_some(inner.trim())
}

/// A person's name whose surname of several words is written in braces, as BibTeX writes
/// one without a particle ("Teven {Le Scao}"): (given names, surname without its braces).
pub fn braced_surname(name: &str) -> Option<(&str, &str)> {
    let name = name.trim();
    let open = name.rfind('{')?;
    let surname = name[open + 1..].strip_suffix('}')?;
    let given = name[..open].trim_end();
    let whole = |text: &str| !text.is_empty() && !text.contains(['{', '}']);
    (whole(given) && whole(surname.trim()) && name[..open].ends_with(char::is_whitespace))
        .then_some((given, surname.trim()))
}

/// Whether an author's braces are where they may be: around the whole name (an
/// organisation) or around the surname after the given names; a name without braces is.
pub fn author_braces_fit(name: &str) -> bool {
    !name.contains(['{', '}'])
        || braced_organisation(name).is_some_and(|org| !org.is_empty())
        || braced_surname(name).is_some()
}

/// An author's name as people read it: without the braces that keep an organisation or
/// a surname whole.
pub fn author_name(name: &str) -> Cow<'_, str> {
    if let Some(organisation) = braced_organisation(name) {
        return Cow::Borrowed(organisation);
    }
    match braced_surname(name) {
        Some((given, surname)) => Cow::Owned(format!("{given} {surname}")),
        None => Cow::Borrowed(name),
    }
}

/// A personal name as (given names, surname); `None` for an organisation (one token,
/// like "DeepSeek-AI", or any name in braces, like "{Google DeepMind}"), which is always
/// written whole. The surname is the one in braces ("Teven {Le Scao}"), else the last
/// word, or starts earlier at a lower-case particle ("van den Driessche", "de Las Casas").
pub fn split_name(name: &str) -> Option<(&str, &str)> {
    let name = name.trim();
    if braced_organisation(name).is_some() {
        return None;
    }
    if let Some(parts) = braced_surname(name) {
        return Some(parts);
    }
    // Where each word after the first starts (nothing before the first ends in a space).
    let starts = name
        .char_indices()
        .filter(|&(i, c)| !c.is_whitespace() && name[..i].ends_with(char::is_whitespace))
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
    fn a_name_in_braces_is_an_organisation_kept_whole() {
        assert_eq!(
            braced_organisation(" {Google DeepMind} "),
            Some("Google DeepMind")
        );
        assert_eq!(author_name("{Gemini Team}"), "Gemini Team");
        assert_eq!(split_name("{Gemini Team}"), None);
        assert_eq!(split_name("Gemini Team"), Some(("Gemini", "Team")));
        for not in [
            "Google DeepMind",
            "{Google} DeepMind",
            "{a {b} c}",
            "{x",
            "x}",
            "DeepSeek-AI",
        ] {
            assert_eq!(braced_organisation(not), None, "{not}");
        }
    }

    #[test]
    fn a_surname_in_braces_is_kept_whole() {
        assert_eq!(
            braced_surname("Teven {Le Scao}"),
            Some(("Teven", "Le Scao"))
        );
        assert_eq!(
            split_name(" Teven  { Le Scao } "),
            Some(("Teven", "Le Scao"))
        );
        assert_eq!(author_name("Teven {Le Scao}"), "Teven Le Scao");
        assert_eq!(split_name("Teven Le Scao"), Some(("Teven Le", "Scao")));
        for not in [
            "{Le Scao}",
            "Teven{Le Scao}",
            "Teven {Le} Scao",
            "A {b {c}}",
            "A {}",
            "A }b{",
        ] {
            assert_eq!(braced_surname(not), None, "{not}");
        }
    }

    #[test]
    fn braces_fit_around_a_whole_name_or_a_surname() {
        for fits in [
            "Ada Lovelace",
            "{OpenAI}",
            "{Google DeepMind}",
            "Teven {Le Scao}",
        ] {
            assert!(author_braces_fit(fits), "{fits}");
        }
        for not in [
            "{}",
            "{ }",
            "{Google} DeepMind",
            "Ada {",
            "Teven {Le} Scao",
            "A }b{",
        ] {
            assert!(!author_braces_fit(not), "{not}");
        }
        for plain in ["Ada Lovelace", "DeepSeek-AI", "A {b"] {
            assert_eq!(author_name(plain), plain);
        }
    }

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
        assert_eq!(suggest("bert", ["BERT"]), ["BERT"]);
        // A third of the input's length: two edits away from nine letters is a typo.
        assert_eq!(suggest("transfrmr", ["transformer"]), ["transformer"]);
        assert!(suggest("trnsfrmr", ["transformer"]).is_empty());
        assert!(suggest("gpt", ["gpt-neox-20b", "gpt-2-xl"]).is_empty());
    }
}
