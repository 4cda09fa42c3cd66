//! Structure inside a ruled grid that the rules do not draw.
//!
//! In: the column and row boundaries a ruled grid's rules give (`xs`, `ys`, points) and the
//! words inside the grid. Out: extra boundaries and cuts, each found from whitespace and
//! typography, never from the rules:
//!
//! - [`gutters`]: a column band whose text stands in several aligned columns (a grid ruled
//!   only after its label column) gets a boundary in each whitespace gutter that stays empty
//!   over all its lines and has substantive text on both sides in two lines or more.
//! - [`cut_ok`]: a missing inner border (which would join two cells into one spanning cell) is
//!   taken as a border when the row's words stand apart on both sides of it (no word crosses
//!   it, and the gap there is a column gap, not a word space): a body ruled only between rows
//!   under a header whose columns are ruled.
//! - [`sub_rows`]: a row band that holds several table rows (rows not ruled apart, numbers
//!   stacked in one column: numbers do not wrap) is cut between its logical rows, grouped as
//!   in unruled tables ([`logical`](super::logical)).

use super::logical::{self, CutLine};
use super::tuning::*;
use super::{is_numeric, is_substantive, join_words, median, text_rows, TWord};

/// Median font size of the words (10 when none).
fn size_of(words: &[&TWord]) -> f32 {
    median(words.iter().map(|w| w.size).collect()).unwrap_or(SIZE_DEFAULT_PT).max(1.0)
}

/// New column boundaries in the whitespace gutters inside the column bands of `xs`.
pub(crate) fn gutters(xs: &[f32], words: &[&TWord]) -> Vec<f32> {
    let mut out = Vec::new();
    for pair in xs.windows(2) {
        let (x0, x1) = (pair[0], pair[1]);
        let ws: Vec<&TWord> = words.iter().copied().filter(|w| w.bbox[2] > x0 && w.bbox[0] < x1).collect();
        if ws.len() < INNER_MIN_WORDS {
            continue;
        }
        let min_gap = GUTTER_GAP * size_of(&ws);
        let mut spans: Vec<(f32, f32)> = ws.iter().map(|w| (w.bbox[0].max(x0), w.bbox[2].min(x1))).collect();
        spans.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mut end = spans[0].1;
        for &(a, b) in &spans[1..] {
            if a - end >= min_gap && splits_lines(&ws, end, a) {
                out.push((end + a) / 2.0);
            }
            end = end.max(b);
        }
    }
    out
}

/// At least [`GUTTER_MIN_LINES`] text lines have substantive words on both sides of the
/// empty x range `lo..hi`.
fn splits_lines(words: &[&TWord], lo: f32, hi: f32) -> bool {
    let owned: Vec<TWord> = words.iter().map(|w| (*w).clone()).collect();
    let both = text_rows(&owned)
        .iter()
        .filter(|row| {
            let left = row.words.iter().any(|w| w.bbox[2] <= lo && is_substantive(&w.text));
            let right = row.words.iter().any(|w| w.bbox[0] >= hi && is_substantive(&w.text));
            left && right
        })
        .count();
    both >= GUTTER_MIN_LINES
}

/// Whether the unruled border at `x` between the words `left` and `right` of one row band
/// (each side up to the next drawn border) separates two cells: both sides hold words, no word
/// of the band crosses `x`, and on every line with words on both sides they stand a column
/// gap apart.
pub(crate) fn cut_ok(x: f32, left: &[&TWord], right: &[&TWord], band: &[&TWord]) -> bool {
    if left.is_empty() || right.is_empty() {
        return false;
    }
    if band.iter().any(|w| w.bbox[0] < x - CUT_CROSS_TOL_PT && w.bbox[2] > x + CUT_CROSS_TOL_PT) {
        return false;
    }
    let mut all: Vec<TWord> = left.iter().map(|w| (*w).clone()).collect();
    all.extend(right.iter().map(|w| (*w).clone()));
    text_rows(&all).iter().all(|row| {
        let l = row.words.iter().filter(|w| w.cx() < x).map(|w| w.bbox[2]).fold(f32::NEG_INFINITY, f32::max);
        let r = row.words.iter().filter(|w| w.cx() >= x).map(|w| w.bbox[0]).fold(f32::INFINITY, f32::min);
        !(l.is_finite() && r.is_finite()) || r - l >= CHUNK_GAP * row.size.max(1.0)
    })
}

/// Cuts (y, points) between the table rows that one row band `top..bottom` holds: its lines
/// cut into the columns of `xs`, some column holding numbers on two lines, grouped into
/// logical rows; a cut between each two consecutive rows. Empty when the band is one row.
pub(crate) fn sub_rows(xs: &[f32], top: f32, bottom: f32, words: &[&TWord]) -> Vec<f32> {
    let ws: Vec<TWord> = words.iter().filter(|w| w.cy() > top && w.cy() < bottom).map(|w| (*w).clone()).collect();
    if ws.len() < INNER_MIN_WORDS || xs.len() < 3 {
        return Vec::new();
    }
    let rows = text_rows(&ws);
    if rows.len() < 2 {
        return Vec::new();
    }
    // Table rows set one under the other, not labels standing apart (a plot's ticks): most
    // gaps between the band's lines are at most STACK_GAP (a blank line between groups of
    // rows is allowed).
    let apart =
        rows.windows(2).filter(|p| p[1].bbox[1] - p[0].bbox[3] > STACK_GAP * p[0].size.max(p[1].size).max(1.0)).count();
    if 2 * apart >= rows.len() - 1 {
        return Vec::new();
    }
    let ncols = xs.len() - 1;
    let lines: Vec<CutLine> = rows
        .iter()
        .map(|row| {
            let mut cells: Vec<Vec<TWord>> = vec![Vec::new(); ncols];
            for w in &row.words {
                let c = xs.partition_point(|&b| b <= w.cx()).saturating_sub(1).min(ncols - 1);
                cells[c].push(w.clone());
            }
            CutLine {
                cells,
                top: row.bbox[1],
                bottom: row.bbox[3],
                base: row.words.first().map_or(row.bbox[3], |w| w.baseline),
                size: row.size,
                spans: Vec::new(),
            }
        })
        .collect();
    let stacked = (0..ncols)
        .any(|c| lines.iter().filter(|l| !l.cells[c].is_empty() && is_numeric(&join_words(&l.cells[c]))).count() >= 2);
    if !stacked {
        return Vec::new();
    }
    let groups = logical::group_in(&lines, &[], &[]);
    if groups.len() < 2 {
        return Vec::new();
    }
    let mut cuts = Vec::with_capacity(groups.len() - 1);
    for pair in groups.windows(2) {
        let (Some(&last), Some(&first)) = (pair[0].lines.iter().max(), pair[1].lines.iter().min()) else {
            return Vec::new();
        };
        if last >= first {
            // Interleaved rows (a wrapped line went to the row below): no clean cut.
            return Vec::new();
        }
        let bottom_above = pair[0].lines.iter().map(|&i| lines[i].bottom).fold(f32::NEG_INFINITY, f32::max);
        let top_below = pair[1].lines.iter().map(|&i| lines[i].top).fold(f32::INFINITY, f32::min);
        cuts.push((bottom_above + top_below) / 2.0);
    }
    cuts
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::layout::tables::test_word as w;

    #[test]
    fn gutter_inside_a_column_band_of_aligned_columns() {
        // One ruled band 100..400 holding three aligned columns.
        let ws = [
            w("Freq.", 110.0, 100.0),
            w("Percent", 200.0, 100.0),
            w("Mean", 300.0, 100.0),
            w("344", 110.0, 114.0),
            w("75.2", 200.0, 114.0),
            w("12196", 300.0, 114.0),
            w("53", 110.0, 128.0),
            w("11.6", 200.0, 128.0),
            w("23518", 300.0, 128.0),
        ];
        let refs: Vec<&TWord> = ws.iter().collect();
        let g = gutters(&[100.0, 400.0], &refs);
        assert_eq!(g.len(), 2, "{g:?}");
        assert!(g[0] > 130.0 && g[0] < 200.0 && g[1] > 225.0 && g[1] < 300.0, "{g:?}");
        // A column of prose lines: word spaces are no gutter.
        let prose = [
            w("la", 110.0, 100.0),
            w("gestión", 123.0, 100.0),
            w("del", 161.0, 100.0),
            w("agua", 179.0, 100.0),
            w("con", 110.0, 114.0),
            w("calidad", 128.0, 114.0),
            w("en", 166.0, 114.0),
            w("todo", 179.0, 114.0),
        ];
        let refs: Vec<&TWord> = prose.iter().collect();
        assert!(gutters(&[100.0, 400.0], &refs).is_empty());
        // An amount with its currency sign apart: the sign is not substantive.
        let money = [w("S/", 110.0, 100.0), w("1200", 300.0, 100.0), w("S/", 110.0, 114.0), w("35", 300.0, 114.0)];
        let refs: Vec<&TWord> = money.iter().collect();
        assert!(gutters(&[100.0, 400.0], &refs).is_empty());
    }

    #[test]
    fn missing_border_cut_only_at_a_column_gap() {
        let row = [w("Austria", 90.0, 100.0), w("92.9", 200.0, 100.0)];
        let (l, r): (Vec<&TWord>, Vec<&TWord>) = row.iter().partition(|w| w.cx() < 170.0);
        let all: Vec<&TWord> = row.iter().collect();
        assert!(cut_ok(170.0, &l, &r, &all));
        // A spanning title whose words stand a word space apart at the border.
        let title = [w("Población", 120.0, 100.0), w("total", 172.0, 100.0)];
        let (l, r): (Vec<&TWord>, Vec<&TWord>) = title.iter().partition(|w| w.cx() < 170.0);
        let all: Vec<&TWord> = title.iter().collect();
        assert!(!cut_ok(170.0, &l, &r, &all));
        // A word across the border.
        let across = [w("Presupuesto", 150.0, 100.0), w("2020", 260.0, 100.0)];
        let (l, r): (Vec<&TWord>, Vec<&TWord>) = across.iter().partition(|w| w.cx() < 170.0);
        let all: Vec<&TWord> = across.iter().collect();
        assert!(!cut_ok(170.0, &l, &r, &all));
        // Words on one side only: a label in a spanning row.
        let one = [w("Región", 90.0, 100.0)];
        let all: Vec<&TWord> = one.iter().collect();
        assert!(!cut_ok(170.0, &all, &[], &all));
    }

    #[test]
    fn stacked_rows_in_one_band_are_cut_apart() {
        let xs = [80.0, 170.0, 250.0, 330.0];
        let ws = [
            w("Bulgaria", 90.0, 100.0),
            w("2.3", 180.0, 100.0),
            w("3.2", 260.0, 100.0),
            w("Cyprus", 90.0, 112.0),
            w("0.21", 180.0, 112.0),
            w("0", 260.0, 112.0),
            w("Czech", 90.0, 124.0),
            w("8.8", 180.0, 124.0),
            w("13.4", 260.0, 124.0),
        ];
        let refs: Vec<&TWord> = ws.iter().collect();
        let cuts = sub_rows(&xs, 85.0, 130.0, &refs);
        assert_eq!(cuts.len(), 2, "{cuts:?}");
        assert!(cuts[0] > 102.0 && cuts[0] < 104.0 + 0.5 && cuts[1] > 114.0 && cuts[1] < 116.5, "{cuts:?}");
        // A wrapped text cell beside one number: one row.
        let wrapped = [
            w("Mantenimiento", 90.0, 100.0),
            w("de", 160.0, 100.0),
            w("120", 180.0, 100.0),
            w("caminos", 90.0, 112.0),
            w("vecinales", 90.0, 124.0),
        ];
        let refs: Vec<&TWord> = wrapped.iter().collect();
        assert!(sub_rows(&xs, 85.0, 130.0, &refs).is_empty());
    }
}
