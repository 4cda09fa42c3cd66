//! The folded search key: a lossy form of a text for matching, never for display.
//!
//! In: any text (normalised or raw). Out: the same characters cleaned as in
//! [`super::unicode`] (ligatures expanded, invisible characters removed, spaces
//! collapsed), lower-cased; with `fold_accents`, diacritics removed (`política` →
//! `politica`, `Perú` → `peru`, `pingüino` → `pinguino`) except the tilde of `ñ`, which
//! is a letter of its own in Spanish (`año` stays `año`, never `ano`). Typographic quotes
//! and dashes are kept as they are.

use unicode_normalization::char::decompose_canonical;
use unicode_normalization::UnicodeNormalization;

use super::repair::is_mark;
use super::unicode::clean;
use crate::model::NormalizationStats;

/// `s` in lower case without diacritics, except the tilde of `ñ` (a letter of its own in
/// Spanish): `Política` → `politica`, `PERÚ` → `peru`, `Año` → `año`. The one accent fold
/// of the crate: search keys use it, and so do the legal detector's comparisons and ids
/// (`detect::legal::canonical::fold`, which spells `ñ` as `n` because ids are ASCII).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        if c.is_ascii() || c == 'ñ' {
            out.push(c);
            continue;
        }
        decompose_canonical(c, |d| {
            if !is_mark(d) {
                out.push(d);
            }
        });
    }
    out
}

/// The search key of `text` (see the module docs).
pub fn search_key(text: &str, fold_accents: bool) -> String {
    let mut scratch = NormalizationStats::default();
    let cleaned = clean(text, None, false, &mut scratch).text;
    if fold_accents {
        return fold(&cleaned);
    }
    // Lower-casing can leave a decomposed sequence (e.g. from a capital without a
    // precomposed lower case): compose again.
    cleaned.chars().flat_map(char::to_lowercase).nfc().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_table() {
        let cases: &[(&str, bool, &str)] = &[
            ("Política  Exterior", false, "política exterior"),
            ("Política  Exterior", true, "politica exterior"),
            ("AÑO Año año", true, "año año año"),
            ("PERÚ, pingüino", true, "peru, pinguino"),
            ("ﬁnanciación\u{AD}", true, "financiacion"),
            ("N.º 27783 “Ley”", true, "n.º 27783 “ley”"),
            ("Ley N° 27783 – artículo", false, "ley n° 27783 – artículo"),
            ("so\u{301}lo", true, "solo"),
            ("so\u{301}lo", false, "sólo"),
            ("", true, ""),
        ];
        assert_eq!(fold("Política PERÚ Año Ñandú"), "politica peru año ñandu");
        for (input, fold, want) in cases {
            assert_eq!(search_key(input, *fold), *want, "input {input:?} fold {fold}");
        }
    }
}
