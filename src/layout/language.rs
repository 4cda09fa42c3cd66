//! Whether two runs of text are in one language: a paragraph of a bilingual page does not
//! flow into the other language's column.
//!
//! In: two texts (the part of a block before a column or page break and the part after).
//! Out: true when they are clearly in two languages.
//!
//! Every language writes its short function words ("de", "la", "que"; "the", "of"; "der",
//! "und") in a steady share of its running text, about a third of the words in Spanish. A
//! text in another language (Shipibo, Quechua or Aymara beside the Spanish of a law, or the
//! English of an abstract beside its Spanish) has few or none of them, even when it borrows
//! names ("Centro de Innovación"). The first text's language is the one whose function words
//! are its largest share (at least [`LANG_MIN_SHARE`]); the second differs when its share
//! of that language's function words is under [`LANG_DROP`] times the first's. Both need
//! [`LANG_MIN_WORDS`] words: a row or two says nothing.

use super::tuning::{LANG_DROP, LANG_MIN_SHARE, LANG_MIN_WORDS};

/// Function words of the languages told apart (lower case).
const FUNCTION_WORDS: [&[&str]; 4] = [
    // Spanish
    &[
        "de", "la", "que", "el", "en", "los", "del", "las", "por", "con", "una", "un", "para", "es", "se", "su", "al",
        "lo", "como", "más", "y", "o", "a", "le", "sus",
    ],
    // English
    &[
        "the", "of", "and", "to", "in", "is", "that", "for", "with", "as", "on", "by", "this", "are", "be", "from",
        "a", "an", "or", "it",
    ],
    // Portuguese
    &[
        "do", "da", "não", "os", "das", "dos", "uma", "com", "para", "em", "ao", "pela", "pelo", "são", "e", "o", "a",
        "de",
    ],
    // German
    &[
        "der", "die", "das", "und", "ist", "von", "mit", "den", "dem", "des", "ein", "eine", "zu", "für", "auf",
        "nicht", "im",
    ],
];

/// Share of the words of `text` that are function words of each language, and the word count.
fn shares(text: &str) -> ([f32; 4], usize) {
    let mut counts = [0usize; 4];
    let mut words = 0usize;
    for w in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
        words += 1;
        if w.chars().count() > 5 {
            continue;
        }
        let w = w.to_lowercase();
        for (i, list) in FUNCTION_WORDS.iter().enumerate() {
            if list.contains(&w.as_str()) {
                counts[i] += 1;
            }
        }
    }
    let n = words.max(1) as f32;
    (counts.map(|c| c as f32 / n), words)
}

/// True when `a` and `b` are clearly in two languages (module docs), either way round.
pub(super) fn differ(a: &str, b: &str) -> bool {
    let (sa, na) = shares(a);
    let (sb, nb) = shares(b);
    one_way(sa, na, sb, nb) || one_way(sb, nb, sa, na)
}

/// True when the text of shares `sa` (`na` words) has a language whose function words the
/// other text (`sb`, `nb`) lacks.
fn one_way(sa: [f32; 4], na: usize, sb: [f32; 4], nb: usize) -> bool {
    if na < LANG_MIN_WORDS || nb < LANG_MIN_WORDS {
        return false;
    }
    let Some((lang, &share)) = sa.iter().enumerate().max_by(|x, y| x.1.total_cmp(y.1)) else { return false };
    share >= LANG_MIN_SHARE && sb[lang] < LANG_DROP * share
}

#[cfg(test)]
mod tests {
    use super::differ;

    const ES: &str = "La presente Ley establece el régimen jurídico que reconoce al artesano como constructor de \
                      identidad y tradiciones culturales, que regula el desarrollo sostenible, la protección";
    const ES2: &str = "y la promoción de la actividad artesanal en todas sus modalidades, preservando para ello la \
                       tradición artesanal en todas sus expresiones y en el ámbito del territorio nacional";
    const SHP: &str = "jayata jawekibo jakon akin mekexon mekeman tee akaibo ixon, itan jato onamai ja neskara tee \
                       makemakin akin, sankenshaman akin tee axón, ja bikana iti kopi, Centro de Innovación";

    #[test]
    fn spanish_goes_on_in_spanish() {
        assert!(!differ(ES, ES2));
    }

    #[test]
    fn spanish_does_not_go_on_in_shipibo() {
        assert!(differ(ES, SHP));
        assert!(differ(SHP, ES2));
    }

    #[test]
    fn a_short_part_says_nothing() {
        assert!(!differ(ES, "jayata jawekibo jakon akin"));
    }
}
