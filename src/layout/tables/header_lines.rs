//! Header lines over an area's first rule that do not split at the area's column gap.
//!
//! In: a text line above an area ([`area`](super::area)) and the column separators of the
//! area's lines (x ranges no chunk covers). Out: whether the line is a header line of the
//! area although it is not cut into two chunks at the area's gap.
//!
//! Two shapes are common. Header labels are often wider than the cells under them, so two
//! labels meet closer than the area's column gap (`Régimen Servidores` over `D.L. 276 | 302`):
//! the line still splits, at narrower gaps, exactly where the body's columns are separated.
//! And a header label wrapped onto a second line leaves that line with one short piece of
//! text under its label (`físico` under `Avance`), inside one column.

use super::stream::{self, Chunk};
use super::tuning::*;
use super::TextRow;

/// The line cut at gaps of at least [`CHANNEL_MIN_GAP`] em, when there are several pieces
/// and each of those gaps lies in one of the column separators `seps` (x ranges).
pub(crate) fn split_in_separators<'a>(r: &'a TextRow, seps: &[(f32, f32)]) -> Option<Vec<Chunk<'a>>> {
    let pieces: Vec<Chunk> = stream::chunks_with(r, CHANNEL_MIN_GAP * r.size.max(1.0));
    let inside = pieces.windows(2).all(|w| seps.iter().any(|&(a, b)| w[0].x1 < b && w[1].x0 > a));
    (pieces.len() >= 2 && inside).then_some(pieces)
}

/// [`split_in_separators`] as a yes or no.
pub(crate) fn splits_in_gutters(r: &TextRow, seps: &[(f32, f32)]) -> bool {
    split_in_separators(r, seps).is_some()
}

/// The line is a few words that stay inside one column (cross no separator's middle) of an
/// area that has columns.
pub(crate) fn in_one_column(r: &TextRow, seps: &[(f32, f32)]) -> bool {
    !seps.is_empty()
        && r.words.len() <= HEADER_WRAP_WORDS
        && !seps.iter().any(|&(a, b)| {
            let mid = (a + b) / 2.0;
            r.bbox[0] < mid && r.bbox[2] > mid
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::tables::{test_word, text_rows};

    fn line(items: &[(&str, f32)]) -> TextRow {
        text_rows(&items.iter().map(|(t, x)| test_word(t, *x, 100.0)).collect::<Vec<_>>()).remove(0)
    }

    #[test]
    fn labels_meeting_over_a_gutter_are_a_header_line() {
        // Body columns 40..60 and 95..110: the separator is the x range between them.
        let seps = [(60.0, 95.0)];
        assert!(splits_in_gutters(&line(&[("Régimen", 20.0), ("Servidores", 60.0 + 5.0)]), &seps));
        // A gap outside the separators: prose, not a header.
        assert!(!splits_in_gutters(&line(&[("las", 20.0), ("metas", 40.0), ("del", 70.0), ("año", 90.0)]), &seps));
        // One piece only.
        assert!(!splits_in_gutters(&line(&[("Total", 20.0)]), &seps));
        let l = line(&[("Régimen", 20.0), ("Servidores", 65.0)]);
        assert_eq!(split_in_separators(&l, &[(58.0, 90.0)]).map(|p| p.len()), Some(2));
        assert!(split_in_separators(&l, &[(70.0, 90.0)]).is_none());
    }

    #[test]
    fn a_wrapped_label_line_stays_in_its_column() {
        let seps = [(60.0, 95.0)];
        assert!(in_one_column(&line(&[("físico", 95.0)]), &seps));
        assert!(!in_one_column(&line(&[("prevista", 40.0), ("para", 85.0)]), &seps));
        assert!(!in_one_column(&line(&[("a", 100.0), ("b", 110.0), ("c", 120.0), ("d", 130.0)]), &seps));
    }
}
