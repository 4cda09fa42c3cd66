//! The embedded Spanish lexicon: "is this a Spanish word form?".
//!
//! In: a word (any case, NFC). Out: `true` when the lower-cased word is one of the about
//! 1.03 million forms of the RLA-ES hunspell dictionary (all affixes expanded; see
//! `data/lexicon/README.md` for source, licence and how `es.fst` is rebuilt). The set is an
//! `fst` embedded with `include_bytes!`: opening it costs nothing and it is shared
//! read-only by every thread; a damaged set degrades to an empty lexicon, never a panic.

use std::borrow::Cow;
use std::sync::OnceLock;

static LEXICON_BYTES: &[u8] = include_bytes!("../../data/lexicon/es.fst");

/// The Spanish lexicon, opened once.
fn set() -> Option<&'static fst::Set<&'static [u8]>> {
    static SET: OnceLock<Option<fst::Set<&'static [u8]>>> = OnceLock::new();
    SET.get_or_init(|| fst::Set::new(LEXICON_BYTES).ok()).as_ref()
}

/// True when `word` (compared in lower case) is a Spanish word form.
pub fn contains(word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    match set() {
        Some(s) => s.contains(lower(word).as_bytes()),
        None => false,
    }
}

/// True when `word` is a Spanish word: in the lexicon, or an adverb in `-mente` built on
/// a word of the lexicon (hunspell lists few of them). One letter is a word only for the
/// Spanish one-letter words `a`, `e`, `o`, `u`, `y`.
pub fn is_word(word: &str) -> bool {
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (None, _) => return false,
        (Some(c), None) => return matches!(c, 'a' | 'e' | 'o' | 'u' | 'y' | 'A' | 'E' | 'O' | 'U' | 'Y'),
        _ => {}
    }
    if contains(word) {
        return true;
    }
    let w = lower(word);
    match w.strip_suffix("mente") {
        Some(stem) if stem.chars().count() >= 3 => contains(stem),
        _ => false,
    }
}

/// Number of forms in the lexicon (0 when it could not be opened).
pub fn len() -> usize {
    set().map_or(0, |s| s.len())
}

/// `word` in lower case, borrowed when it already is.
pub fn lower(word: &str) -> Cow<'_, str> {
    if word.chars().any(char::is_uppercase) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opens_and_is_large() {
        assert!(len() > 900_000, "lexicon has {} forms", len());
    }

    #[test]
    fn knows_inflected_forms_and_not_fragments() {
        let known = [
            "continuación",
            "Continuaciones",
            "descentralización",
            "políticas",
            "gobiernos",
            "ecosistemas",
            "socioeconómico",
            "entre",
            "porque",
            "África",
            "Perú",
        ];
        for w in known {
            assert!(contains(w), "{w} should be known");
        }
        let unknown = ["conti", "nuación", "lización", "costobeneficio", "políticoadministrativa", "", "biernos"];
        for w in unknown {
            assert!(!contains(w), "{w} should not be known");
        }
        for (w, want) in
            [("sustantivamente", true), ("Rápidamente", true), ("a", true), ("s", false), ("xmente", false)]
        {
            assert_eq!(is_word(w), want, "{w}");
        }
    }

    /// Rebuilds `data/lexicon/es.fst` from a sorted word list (see `data/lexicon/build.sh`).
    #[test]
    #[ignore]
    fn build_fst() {
        let (Ok(src), Ok(out)) = (std::env::var("LEGAJO_LEXICON_WORDS"), std::env::var("LEGAJO_LEXICON_OUT")) else {
            eprintln!("SKIPPED: set LEGAJO_LEXICON_WORDS and LEGAJO_LEXICON_OUT");
            return;
        };
        let text = std::fs::read_to_string(src).unwrap_or_default();
        let mut words: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
        words.sort_unstable();
        words.dedup();
        let built = fst::Set::from_iter(words.iter()).map(|s| s.into_fst().into_inner());
        match built {
            Ok(bytes) => {
                if let Err(e) = std::fs::write(&out, bytes) {
                    panic!("cannot write {out}: {e}");
                }
            }
            Err(e) => panic!("cannot build the set: {e}"),
        }
    }
}
