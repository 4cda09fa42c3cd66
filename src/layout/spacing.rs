//! How wide a gap between two glyphs of one row must be to part two words.
//!
//! In: the text of the glyph before a gap and of the glyph after it. Out: the gap, in font
//! sizes, above which the two glyphs belong to two words ([`super::lines`] step 4).
//!
//! - A plain gap of [`WORD_GAP`] em parts two words.
//! - Before closing punctuation (",", ".", ")", "»", a hyphen) a gap must be wider,
//!   [`WORD_GAP_PUNCT`] em: a letter's side bearing or an italic letter's overhang can leave
//!   a small gap before the comma that follows it, and punctuation never starts a word.
//! - That excuse is a letter's or a digit's only. After a symbol or a bracket (the "}" of a
//!   set, the last dot of an ellipsis) a gap before "," or ";" was set on purpose: a thin
//!   space of a formula (1/6 em) as in "{ 0, 1 } , { 1 }" or "x1, ... , xn". It parts two
//!   words at the plain gap.
//! - In a segment holding an operator or a relation (a formula), every closing mark but a
//!   hyphen is measured plainly: the white before a comma, a dot or a bracket there is the
//!   formula's own thin space (`{ 0 }`, `x1, ... , xn`). A hyphen keeps the wide gap, since
//!   dehyphenation looks for it.
//! - A closing brace is no prose punctuation: a formula sets it off by a thin space just as
//!   it sets off the opening brace ("{ 0, 1 }"), so it is measured like any glyph.

use super::tuning::{WORD_GAP, WORD_GAP_PUNCT};

/// The gap (em) above which glyph texts `prev` and `next` are parts of two words; `formula`
/// when their segment holds an operator or a relation.
pub(super) fn word_gap(prev: &str, next: &str, formula: bool) -> f32 {
    if !is_closing(next) || (formula && !is_hyphen(next)) {
        return WORD_GAP;
    }
    let after_symbol = prev.chars().last().is_some_and(|c| !c.is_alphanumeric() && !is_quote(c));
    if after_symbol && next.starts_with([',', ';']) {
        WORD_GAP
    } else {
        WORD_GAP_PUNCT
    }
}

/// A hyphen: it keeps [`WORD_GAP_PUNCT`] in a formula too.
fn is_hyphen(t: &str) -> bool {
    matches!(t, "-" | "\u{2010}" | "\u{2011}" | "\u{ad}")
}

/// Closing quotes, which kern against the comma after them like letters.
fn is_quote(c: char) -> bool {
    matches!(c, '’' | '”' | '»' | '\'' | '"' | '›')
}

/// Closing punctuation and hyphens: they stick to the word before them. Not `%`: a percent
/// sign glued to its number has no gap at all, and one set apart ("6,8 %", Spanish and ISO
/// usage, TeX's `~`) has a word space that justification does not make up. Not `}` (module
/// docs).
pub(super) fn is_closing(t: &str) -> bool {
    let mut c = t.chars();
    matches!(
        (c.next(), c.next()),
        (
            Some(
                ',' | '.'
                    | ';'
                    | ':'
                    | '!'
                    | '?'
                    | ')'
                    | ']'
                    | '»'
                    | '”'
                    | '’'
                    | '-'
                    | '\u{2010}'
                    | '\u{2011}'
                    | '\u{ad}'
            ),
            None
        )
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_comma_after_a_letter_needs_the_wide_gap() {
        assert_eq!(word_gap("a", ",", false), WORD_GAP_PUNCT);
        assert_eq!(word_gap("1", ".", false), WORD_GAP_PUNCT);
        assert_eq!(word_gap("”", ",", false), WORD_GAP_PUNCT);
    }

    #[test]
    fn a_comma_after_a_brace_or_an_ellipsis_is_measured_plainly() {
        assert_eq!(word_gap("}", ",", false), WORD_GAP);
        assert_eq!(word_gap(".", ",", false), WORD_GAP);
        // The dots of an ellipsis keep the wide gap between them.
        assert_eq!(word_gap(".", ".", false), WORD_GAP_PUNCT);
    }

    #[test]
    fn thin_spaces_of_a_set_part_words_on_a_built_page() {
        use crate::layout::lines::page_lines;
        use crate::layout::testutil::PageBuilder;
        // "{ 0, 1 } , { 1 }" set with thin spaces (1/6 em) inside the braces and before the
        // comma, beside prose whose comma sits 0.2 em after its word (an italic overhang).
        let thin = 10.0 / 6.0;
        let mut p = PageBuilder::new();
        let mut x = 72.0;
        for piece in ["{", "0,", "1", "}", ",", "{", "1", "}"] {
            x = p.text_nospace(x, 100.0, 10.0, piece) + if piece == "0," { 2.5 } else { thin };
        }
        let x = p.text_nospace(72.0, 130.0, 10.0, "palabra");
        p.text_nospace(x + 2.0, 130.0, 10.0, ", y");
        let texts: Vec<String> = page_lines(&p.page).iter().map(|l| l.text()).collect();
        assert_eq!(texts, ["{ 0, 1 } , { 1 }", "palabra, y"]);
    }

    #[test]
    fn in_a_formula_only_a_hyphen_keeps_the_wide_gap() {
        assert_eq!(word_gap("a", ",", true), WORD_GAP);
        assert_eq!(word_gap("x", ")", true), WORD_GAP);
        assert_eq!(word_gap("a", "-", true), WORD_GAP_PUNCT);
    }

    #[test]
    fn a_closing_brace_is_no_punctuation() {
        assert_eq!(word_gap("1", "}", false), WORD_GAP);
        assert_eq!(word_gap("a", ")", false), WORD_GAP_PUNCT);
    }
}
