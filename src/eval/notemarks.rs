//! Footnote marks: raised note numbers left in the text, and the record's `footnote_refs`
//! against the truth's.
//!
//! In: the truth's blocks with `text_with_refs` (a paragraph with `[^N]` where note N is
//! referenced), the truth rendered as text, an extracted text, the numbers in a record's
//! `footnote_refs`. Out: counts ([`marks_left`]) and matched/predicted/expected counts
//! ([`refs_prf`]); definitions in the [`crate::eval`] module docs.

use std::collections::HashMap;

use super::text_metrics::Prf;

/// One mark of the truth: the two words before it (whitespace-normalised, other marks
/// removed) and its number.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TruthMark {
    /// The text right before the mark: its last two words ("de Educación.").
    pub before: String,
    /// The note number.
    pub number: u32,
}

/// The marks of `text_with_refs` strings, in order.
pub fn truth_marks<'a>(texts: impl IntoIterator<Item = &'a str>) -> Vec<TruthMark> {
    let mut out = Vec::new();
    for t in texts {
        let mut plain = String::new();
        let mut rest = t;
        while let Some(i) = rest.find("[^") {
            plain.push_str(&rest[..i]);
            let tail = &rest[i + 2..];
            let digits: String = tail.chars().take_while(char::is_ascii_digit).collect();
            match (digits.parse::<u32>(), tail[digits.len()..].starts_with(']')) {
                (Ok(number), true) => {
                    let words: Vec<&str> = plain.split_whitespace().collect();
                    let before = words[words.len().saturating_sub(2)..].join(" ");
                    if !before.is_empty() {
                        out.push(TruthMark { before, number });
                    }
                    rest = &tail[digits.len() + 1..];
                }
                _ => {
                    plain.push_str("[^");
                    rest = tail;
                }
            }
        }
    }
    out
}

/// Occurrences in `text` (whitespace-normalised) of a mark's number right after its words,
/// glued ("Educación.10") or after one space ("Educación. 10"), not followed by a digit.
fn occurrences(text: &str, m: &TruthMark) -> usize {
    let n = m.number.to_string();
    let mut count = 0;
    for (i, _) in text.match_indices(m.before.as_str()) {
        let after = &text[i + m.before.len()..];
        let after = after.strip_prefix(' ').unwrap_or(after);
        if after.strip_prefix(n.as_str()).is_some_and(|r| !r.starts_with(|c: char| c.is_ascii_digit())) {
            count += 1;
        }
    }
    count
}

/// Marks left in `output`: for each distinct truth mark, its occurrences in the output less
/// those in the truth's own text (`truth_text`: a number that follows those words in the
/// text itself is no mark, so a mark left right before such a number is not seen), at least 0.
pub fn marks_left(marks: &[TruthMark], truth_text: &str, output: &str) -> usize {
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let (truth_text, output) = (norm(truth_text), norm(output));
    let mut seen = std::collections::HashSet::new();
    marks
        .iter()
        .filter(|m| seen.insert(*m))
        .map(|m| occurrences(&output, m).saturating_sub(occurrences(&truth_text, m)))
        .sum()
}

/// The record's note references against the truth's, as multisets of numbers.
pub fn refs_prf(truth: &[u32], ours: &[u32]) -> Prf {
    let mut counts: HashMap<u32, isize> = HashMap::new();
    for n in truth {
        *counts.entry(*n).or_default() += 1;
    }
    let mut matched = 0;
    for n in ours {
        let c = counts.entry(*n).or_default();
        if *c > 0 {
            matched += 1;
            *c -= 1;
        }
    }
    Prf { matched, predicted: ours.len(), expected: truth.len() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_are_read_with_the_words_before_them() {
        let m = truth_marks(["la Ley de Educación.[^10] Luego[^11] sigue; y[^x] no."]);
        assert_eq!(
            m,
            vec![
                TruthMark { before: "de Educación.".into(), number: 10 },
                TruthMark { before: "Educación. Luego".into(), number: 11 }
            ]
        );
    }

    #[test]
    fn a_mark_left_glued_or_spaced_counts_once() {
        let m = truth_marks(["la Ley de Educación.[^10] Luego."]);
        let truth = "la Ley de Educación. Luego.";
        assert_eq!(marks_left(&m, truth, truth), 0);
        assert_eq!(marks_left(&m, truth, "la Ley de\nEducación.10 Luego."), 1);
        assert_eq!(marks_left(&m, truth, "la Ley de Educación. 10 Luego."), 1);
        assert_eq!(marks_left(&m, truth, "la Ley de Educación. 100 Luego."), 0);
    }

    #[test]
    fn a_number_the_text_itself_prints_there_is_no_mark() {
        let m = truth_marks(["en el año[^2] 2 de mayo"]);
        let truth = "en el año 2 de mayo";
        assert_eq!(marks_left(&m, truth, truth), 0);
        // Not seen either: the mark left before that same number (counted once, as the text's).
        assert_eq!(marks_left(&m, truth, "en el año2 2 de mayo"), 0);
    }

    #[test]
    fn refs_are_matched_as_multisets() {
        let p = refs_prf(&[1, 2, 2, 3], &[2, 3, 3, 4]);
        assert_eq!((p.matched, p.predicted, p.expected), (2, 4, 4));
    }
}
