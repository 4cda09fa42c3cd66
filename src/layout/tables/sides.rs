//! A column beside an area's rule: row labels left (or right) of a header rule that only
//! spans the columns under a spanning header.
//!
//! In: the lines of an area found by its rules ([`area`](super::area)), clipped to the rule's
//! x range, and the page's full text rows. Out: the area's x range, grown over a column of
//! short labels that sits beside it on the area's own lines.
//!
//! A table whose first column header spans the two header rows (`Región` over `PIA | PIM`)
//! often gets its header rule drawn only under the second row's cells: the rule starts
//! right of the label column. The labels are still the table's: they stand on the area's
//! baselines, one short piece of text per line, aligned down the column, nothing else
//! beside them. A text column beside a table (prose of a two-column page) is not: its lines
//! are long, and its baselines rarely meet the table's.

use super::stream;
use super::tuning::*;
use super::{median, TWord, TextRow};

/// Which side of the area.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Side {
    Left,
    Right,
}

/// The x range `(x0, x1)` of the area, grown over a label column on either side when there is
/// one ([module docs](self)).
pub(crate) fn grow(lines: &[TextRow], rows: &[TextRow], x0: f32, x1: f32, size: f32) -> (f32, f32) {
    let left = beside(lines, rows, x0, x1, size, Side::Left).map_or(x0, |(a, _)| a - CLIP_TOL_PT);
    let right = beside(lines, rows, x0, x1, size, Side::Right).map_or(x1, |(_, b)| b + CLIP_TOL_PT);
    (left, right)
}

/// The x range of the label column on one side of `[x0, x1]`, if the area's lines have one.
fn beside(lines: &[TextRow], rows: &[TextRow], x0: f32, x1: f32, size: f32, side: Side) -> Option<(f32, f32)> {
    let out = |w: &TWord| match side {
        Side::Left => w.cx() < x0 - CLIP_TOL_PT,
        Side::Right => w.cx() > x1 + CLIP_TOL_PT,
    };
    // Per area line: the words of its full row beyond the side, as one row.
    let mut pieces: Vec<TextRow> = Vec::new();
    for l in lines {
        let Some(full) = rows.iter().find(|r| r.words.iter().any(|w| l.words.first() == Some(w))) else {
            continue;
        };
        let words: Vec<TWord> = full.words.iter().filter(|w| out(w)).cloned().collect();
        if let Some(bbox) = super::union_boxes(words.iter().map(|w| w.bbox)) {
            pieces.push(TextRow { words, bbox, size: full.size });
        }
    }
    if pieces.len() < SIDE_MIN_LINES || pieces.len() * SIDE_LINE_SHARE.1 < lines.len() * SIDE_LINE_SHARE.0 {
        return None;
    }
    // One short piece of text per line, most of them worded (row labels, not a chart's
    // tick values beside its frame).
    let short = |p: &TextRow| stream::chunks(p).len() == 1 && p.words.len() <= SIDE_MAX_WORDS;
    let worded = pieces.iter().filter(|p| stream::has_word(&p.text())).count();
    if !pieces.iter().all(short) || worded * SIDE_WORDED_SHARE.1 < pieces.len() * SIDE_WORDED_SHARE.0 {
        return None;
    }
    // Aligned down the column, on its left or its right edge.
    let tol = ALIGN_TOL * size;
    let agree = |v: Vec<f32>| -> bool {
        let n = v.len();
        let Some(m) = median(v.clone()) else { return false };
        v.iter().filter(|x| (**x - m).abs() <= tol).count() * ALIGNED_SHARE.1 >= n * ALIGNED_SHARE.0
    };
    if !agree(pieces.iter().map(|p| p.bbox[0]).collect()) && !agree(pieces.iter().map(|p| p.bbox[2]).collect()) {
        return None;
    }
    let a = pieces.iter().map(|p| p.bbox[0]).fold(f32::INFINITY, f32::min);
    let b = pieces.iter().map(|p| p.bbox[2]).fold(f32::NEG_INFINITY, f32::max);
    // Close to the area: a gutter of a few em, not a page's margin away. The area's own edge
    // (where its rule starts) counts when it is nearer than its text: a wide label column's
    // cells end where the rule begins, well left of the first column's centred text.
    let (text_gap, edge_gap) = match side {
        Side::Left => (lines.iter().map(|l| l.bbox[0]).fold(f32::INFINITY, f32::min) - b, x0 - b),
        Side::Right => (a - lines.iter().map(|l| l.bbox[2]).fold(f32::NEG_INFINITY, f32::max), a - x1),
    };
    let inner = text_gap.min(edge_gap.max(0.0));
    (text_gap > 0.0 && inner <= SIDE_MAX_GAP * size).then_some((a, b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::tables::{test_word, text_rows};

    fn rows_of(items: &[(&str, f32, f32)]) -> Vec<TextRow> {
        text_rows(&items.iter().map(|(t, x, base)| test_word(t, *x, *base)).collect::<Vec<_>>())
    }

    fn clipped(rows: &[TextRow], x0: f32) -> Vec<TextRow> {
        rows.iter()
            .filter_map(|r| {
                let words: Vec<TWord> = r.words.iter().filter(|w| w.cx() >= x0).cloned().collect();
                let bbox = super::super::union_boxes(words.iter().map(|w| w.bbox))?;
                Some(TextRow { words, bbox, size: r.size })
            })
            .collect()
    }

    #[test]
    fn row_labels_left_of_the_rule_join_the_area() {
        let rows = rows_of(&[
            ("Amazonas", 90.0, 100.0),
            ("458", 200.0, 100.0),
            ("65,7", 260.0, 100.0),
            ("Cusco", 90.0, 115.0),
            ("295", 200.0, 115.0),
            ("58,3", 260.0, 115.0),
            ("La", 90.0, 130.0),
            ("Libertad", 103.0, 130.0),
            ("548", 200.0, 130.0),
            ("94,6", 260.0, 130.0),
        ]);
        let lines = clipped(&rows, 190.0);
        let (x0, x1) = grow(&lines, &rows, 190.0, 300.0, 10.0);
        assert!(x0 < 90.0 && x0 > 85.0, "{x0}");
        assert_eq!(x1, 300.0);
    }

    #[test]
    fn a_wide_label_column_ends_where_the_rule_starts() {
        // A matrix whose header rule starts at 150 (the label column's cells end there) and
        // whose first column's values are centred far right of it: the labels' gap to the
        // text is over the limit, to the rule's start it is not.
        let mut items = Vec::new();
        for (k, label) in ["Casi seguro", "Probable", "Posible", "Raro"].iter().enumerate() {
            let base = 100.0 + 12.0 * k as f32;
            let mut x = 53.0;
            for t in label.split_whitespace() {
                items.push((t, x, base));
                x += 5.0 * t.chars().count() as f32 + 2.5;
            }
            items.push(("5", 201.0, base));
            items.push(("10", 280.0, base));
        }
        let rows = rows_of(&items);
        let lines = clipped(&rows, 150.0);
        let (x0, x1) = grow(&lines, &rows, 150.0, 300.0, 10.0);
        assert!(x0 < 53.0 && x0 > 48.0, "{x0}");
        assert_eq!(x1, 300.0);
    }

    #[test]
    fn prose_beside_the_area_stays_out() {
        let mut items = Vec::new();
        for k in 0..4 {
            let base = 100.0 + 15.0 * k as f32;
            let mut x = 60.0;
            for t in ["las", "metas", "se", "cumplen", "en"] {
                items.push((t, x, base));
                x += 5.0 * t.chars().count() as f32 + 3.0;
            }
            items.push(("458", 200.0, base));
            items.push(("65,7", 260.0, base));
        }
        let rows = rows_of(&items);
        let lines = clipped(&rows, 190.0);
        assert_eq!(grow(&lines, &rows, 190.0, 300.0, 10.0), (190.0, 300.0));
    }
}
