//! Justified lines in table cells: word spaces stretched by justification are word spaces,
//! not column gaps.
//!
//! In: the words of a page as the table finders see them, and the page's glyphs. Out: the same
//! words, those of a justified line moved left so that each stretched space is one plain space
//! (the line's first word stays where it is).
//!
//! A paragraph set justified in a narrow cell stretches its word spaces far beyond a space
//! (`Decreto   de   Urgencia   N°` across a 130 pt cell, 11 pt apart at 11 pt), as wide as the
//! gap between two columns, and the finders would cut the cell into columns. What marks such a
//! line is how the producer typeset it: each gap holds one space glyph, drawn right after the
//! word on its left, and the gaps of the run are equally wide (justification spreads the slack
//! evenly over the line's spaces), at least [`JUSTIFIED_MIN_GAPS`] of them. Two columns are set
//! apart without a space glyph between them, or with several when they are aligned with spaces
//! (each fills only its own width); and cells that happen to stand equally far apart hold no
//! space glyph in each gap.

use super::tuning::{
    JUSTIFIED_EDGE_TOL, JUSTIFIED_GAP_TOL, JUSTIFIED_LINE_REACH, JUSTIFIED_MAX_LINES, JUSTIFIED_MIN_GAPS,
    JUSTIFIED_MIN_STRETCH, ROW_BASELINE_TOL, SPACE_AFTER_TOL,
};
use super::TWord;
use crate::pdf::TextPage;

/// A visible space glyph: baseline, left and right x.
#[derive(Debug, Clone, Copy)]
struct Space {
    base: f32,
    x0: f32,
    x1: f32,
}

/// Moves the words of each justified run on `words` left so that its stretched spaces become
/// the width of their space glyph. Words are matched to `page`'s space glyphs by baseline.
/// `order` is `words`' indices by baseline, then left edge (the order the finders' rows are
/// made in). True when a word moved.
pub(crate) fn close_up(words: &mut [TWord], order: &[usize], page: &TextPage) -> bool {
    let mut spaces: Vec<Space> = page
        .glyphs
        .iter()
        .filter(|g| !g.invisible && !g.rotated && crate::pdf::is_blank(&g.text))
        .filter(|g| g.bbox.iter().all(|v| v.is_finite()) && g.baseline.is_finite())
        .map(|g| Space { base: g.baseline, x0: g.bbox[0], x1: g.bbox[2] })
        .collect();
    if spaces.is_empty() {
        return false;
    }
    spaces.sort_unstable_by(|a, b| a.base.total_cmp(&b.base).then(a.x0.total_cmp(&b.x0)));
    // Any space's width is at most this: a space ending past x starts past x - widest.
    let widest = spaces.iter().map(|s| (s.x1 - s.x0).max(0.0)).fold(0.0f32, f32::max) + 1e-3;
    let rows = rows_of(words, order);
    let runs: Vec<Vec<Run>> =
        rows.iter().map(|r| stretched_runs(words, r, &row_spaces(words, r, &spaces), widest)).collect();
    let mut moves: Vec<(usize, f32)> = Vec::new();
    for (ri, row_runs) in runs.iter().enumerate() {
        for run in row_runs {
            if ends_in_plain_line(words, &rows, &runs, ri, run) {
                let mut shift = 0.0f32;
                for (k, &slack) in run.slack.iter().enumerate() {
                    shift -= slack;
                    moves.push((rows[ri][run.first + k + 1], shift));
                }
            }
        }
    }
    let moved = !moves.is_empty();
    for (i, shift) in moves {
        words[i].bbox[0] += shift;
        words[i].bbox[2] += shift;
    }
    moved
}

/// The spaces of `spaces` (sorted by baseline) on the baseline of some word of `row`
/// ([`lone_space`]'s band), sorted by left edge.
fn row_spaces(words: &[TWord], row: &[usize], spaces: &[Space]) -> Vec<Space> {
    let band = |i: usize| {
        let w = &words[i];
        let tol = ROW_BASELINE_TOL * w.size.max(1.0);
        (w.baseline - tol, w.baseline + tol)
    };
    let (lo, hi) =
        row.iter().map(|&i| band(i)).fold((f32::INFINITY, f32::NEG_INFINITY), |(l, h), (a, b)| (l.min(a), h.max(b)));
    let from = spaces.partition_point(|s| s.base < lo);
    let to = from + spaces[from..].partition_point(|s| s.base <= hi);
    let mut out = spaces[from..to].to_vec();
    out.sort_unstable_by(|a, b| a.x0.total_cmp(&b.x0));
    out
}

/// Word indices grouped by baseline (top to bottom), each row left to right; `order` sorts
/// the words by baseline, then left edge.
fn rows_of(words: &[TWord], order: &[usize]) -> Vec<Vec<usize>> {
    let mut rows: Vec<Vec<usize>> = Vec::new();
    let mut base = f32::NEG_INFINITY;
    for &i in order {
        let tol = ROW_BASELINE_TOL * words[i].size.max(1.0);
        match rows.last_mut() {
            Some(r) if (words[i].baseline - base).abs() <= tol => r.push(i),
            _ => {
                base = words[i].baseline;
                rows.push(vec![i]);
            }
        }
    }
    for r in &mut rows {
        r.sort_by(|&a, &b| words[a].bbox[0].total_cmp(&words[b].bbox[0]));
    }
    rows
}

/// A run of words on one row set apart by equal stretched spaces.
#[derive(Debug, Clone, PartialEq)]
struct Run {
    /// Position of its first word in the row.
    first: usize,
    /// Left and right x of the run.
    x0: f32,
    x1: f32,
    /// Width of a space glyph of the run.
    space: f32,
    /// For each gap, how much wider it is than its space glyph.
    slack: Vec<f32>,
}

/// The runs of `row` whose gaps each hold one space glyph right after the word on their left
/// and are equally wide, wider than the glyph, at least [`JUSTIFIED_MIN_GAPS`] gaps.
fn stretched_runs(words: &[TWord], row: &[usize], spaces: &[Space], widest: f32) -> Vec<Run> {
    let spaced: Vec<Option<f32>> =
        row.windows(2).map(|w| lone_space(&words[w[0]], &words[w[1]], spaces, widest)).collect();
    let gaps: Vec<f32> = row.windows(2).map(|w| words[w[1]].bbox[0] - words[w[0]].bbox[2]).collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < spaced.len() {
        let Some(space) = spaced[k] else {
            k += 1;
            continue;
        };
        let size = words[row[k]].size.max(1.0);
        let first = gaps[k];
        let mut end = k + 1;
        while end < spaced.len() && spaced[end].is_some() && (gaps[end] - first).abs() <= JUSTIFIED_GAP_TOL * size {
            end += 1;
        }
        if end - k >= JUSTIFIED_MIN_GAPS && first - space > JUSTIFIED_MIN_STRETCH * size {
            out.push(Run {
                first: k,
                x0: words[row[k]].bbox[0],
                x1: words[row[end]].bbox[2],
                space,
                slack: (k..end).map(|j| (gaps[j] - spaced[j].unwrap_or(space)).max(0.0)).collect(),
            });
        }
        k = end;
    }
    out
}

/// True when `run` (on row `ri`) is a line of a justified paragraph: the paragraph's next
/// line starts at the run's left edge on a row just below, and is either another such run
/// over the same width (then the test goes on down) or a plain last line, its words set at
/// plain spaces and ending short of the run's right edge. Rows of a table whose cells stand
/// equally far apart are followed by more such rows, never by a plain shorter line.
fn ends_in_plain_line(words: &[TWord], rows: &[Vec<usize>], runs: &[Vec<Run>], ri: usize, run: &Run) -> bool {
    let mut cur_row = ri;
    let mut cur = run.clone();
    for _ in 0..JUSTIFIED_MAX_LINES {
        let first = &words[rows[cur_row][cur.first]];
        let size = first.size.max(1.0);
        let tol = JUSTIFIED_EDGE_TOL * size;
        // The paragraph's next line: the first row below, within reach, with a word at the left edge.
        let mut next: Option<(usize, usize)> = None;
        for (r, row) in rows.iter().enumerate().skip(cur_row + 1) {
            if words[row[0]].baseline - first.baseline > JUSTIFIED_LINE_REACH * size {
                break;
            }
            if let Some(p) = row.iter().position(|&i| (words[i].bbox[0] - cur.x0).abs() <= tol) {
                next = Some((r, p));
                break;
            }
        }
        let Some((r, p)) = next else { return false };
        if let Some(below) = runs[r].iter().find(|b| b.first == p) {
            if (below.x1 - cur.x1).abs() > tol {
                return false;
            }
            cur_row = r;
            cur = below.clone();
            continue;
        }
        // A plain last line: words at plain spaces, inside the run's width, ending short of it,
        // and alone there (text of the row beside it stands clear of the run's sides).
        let line: Vec<&TWord> =
            rows[r][p..].iter().map(|&i| &words[i]).take_while(|w| w.bbox[2] <= cur.x1 + tol).collect();
        let word_space = cur.space + JUSTIFIED_MIN_STRETCH * size;
        let plain = line.windows(2).all(|w| w[1].bbox[0] - w[0].bbox[2] <= word_space);
        let short = line.last().is_some_and(|w| w.bbox[2] < cur.x1 - tol);
        let clear_left = p == 0 || words[rows[r][p - 1]].bbox[2] < cur.x0 - word_space;
        let clear_right = rows[r].get(p + line.len()).is_none_or(|&i| words[i].bbox[0] >= cur.x1);
        return plain && short && clear_left && clear_right;
    }
    false
}

/// The width of the single space glyph lying in the gap between `a` and `b` (on their
/// baseline) and starting where `a` ends; `None` when the gap holds none, several, or one
/// drawn elsewhere. `spaces` are sorted by left edge, none wider than `widest`.
fn lone_space(a: &TWord, b: &TWord, spaces: &[Space], widest: f32) -> Option<f32> {
    let size = a.size.max(1.0);
    let tol = ROW_BASELINE_TOL * size;
    let start = a.bbox[2] - SPACE_AFTER_TOL * size;
    let lo = spaces.partition_point(|s| s.x0 <= start - widest);
    let mut found: Option<Space> = None;
    for s in spaces[lo..].iter().take_while(|s| s.x0 < b.bbox[0]) {
        if s.x1 <= start || (s.base - a.baseline).abs() > tol {
            continue;
        }
        if found.is_some() {
            return None;
        }
        found = Some(*s);
    }
    let s = found?;
    ((s.x0 - a.bbox[2]).abs() <= SPACE_AFTER_TOL * size).then_some((s.x1 - s.x0).max(0.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::tables::test_word as word;
    use crate::pdf::Glyph;

    /// A 10 pt space glyph 2.5 pt wide.
    fn space(x0: f32, base: f32) -> Glyph {
        crate::layout::testutil::glyph(" ", x0, x0 + 2.5, base, 10.0)
    }

    fn close(ws: &mut [TWord], page: &TextPage) -> bool {
        let order = super::super::reading_order(ws);
        close_up(ws, &order, page)
    }

    fn page(glyphs: Vec<Glyph>) -> TextPage {
        TextPage { number: 1, width: 595.0, height: 842.0, glyphs, ..Default::default() }
    }

    #[test]
    fn a_justified_cell_line_closes_up_but_columns_stay_apart() {
        // `Decreto de Urgencia N°` justified across a cell (12 pt gaps, a space glyph after
        // each word), then the next column 30 pt further with no space glyph.
        let mut ws = vec![
            word("Decreto", 60.0, 100.0),   // 60..95
            word("de", 107.0, 100.0),       // 107..117
            word("Urgencia", 129.0, 100.0), // 129..169
            word("N°", 181.0, 100.0),       // 181..191
            word("12/03/2013", 221.0, 100.0),
            word("080-2013", 60.0, 114.0),
            word("2021", 221.0, 114.0),
        ];
        let glyphs = vec![space(95.0, 100.0), space(117.0, 100.0), space(169.0, 100.0)];
        let before = ws.clone();
        close(&mut ws, &page(glyphs.clone()));
        let x0s: Vec<f32> = ws.iter().map(|w| w.bbox[0]).collect();
        assert_eq!(x0s, vec![60.0, 97.5, 110.0, 152.5, 221.0, 60.0, 221.0]);
        // Without the paragraph's plain last line under it, the line may be cells set apart.
        let mut ws = before[..5].to_vec();
        close(&mut ws, &page(glyphs));
        assert_eq!(ws, before[..5].to_vec());
    }

    #[test]
    fn rows_of_cells_set_apart_with_a_space_each_stay_apart() {
        // Numbers in equal columns, each cell drawn with a trailing space: every row has
        // equal gaps with one space glyph each, and the row under it is another such row.
        let mut ws = Vec::new();
        for (k, base) in [100.0, 114.0, 128.0].into_iter().enumerate() {
            ws.push(word("2004", 60.0, base));
            for c in 0..3 {
                ws.push(word(if k == 2 { "12.5" } else { "34.7" }, 120.0 + 60.0 * c as f32, base));
            }
        }
        // Spaces right after `2004` (ends 80) and after each number but the last (ends x0 + 20).
        let mut glyphs = Vec::new();
        for base in [100.0, 114.0, 128.0] {
            for x in [80.0, 140.0, 200.0] {
                glyphs.push(space(x, base));
            }
        }
        let before = ws.clone();
        close(&mut ws, &page(glyphs));
        assert_eq!(ws, before);
        // Such a row over a line of prose that happens to have a word at its left edge: the
        // prose runs on left and right of the row's cells, it is no last line of theirs.
        let mut ws = vec![word("0.72", 120.0, 100.0), word("0.56", 180.0, 100.0), word("0.43", 240.0, 100.0)];
        let mut x = 60.0;
        for t in ["Source:", "data", "from", "the", "start", "to", "the", "end", "of", "quarters"] {
            ws.push(word(t, x, 114.0));
            x += 5.0 * t.chars().count() as f32 + 2.5;
        }
        let glyphs = vec![space(140.0, 100.0), space(200.0, 100.0)];
        let before = ws.clone();
        close(&mut ws, &page(glyphs));
        assert_eq!(ws, before);
    }

    #[test]
    fn equal_gaps_without_space_glyphs_or_with_several_are_columns() {
        // Years centred in equal columns: equal gaps, no space glyph.
        let years = || vec![word("2025", 100.0, 50.0), word("2026", 160.0, 50.0), word("2027", 220.0, 50.0)];
        let mut ws = years();
        close(&mut ws, &page(vec![space(300.0, 50.0)]));
        assert_eq!(ws, years());
        // Columns aligned with runs of spaces: several space glyphs in each gap.
        let mut ws = years();
        let mut glyphs = Vec::new();
        for x0 in [120.0, 180.0] {
            for k in 0..8 {
                glyphs.push(space(x0 + 2.5 * k as f32, 50.0));
            }
        }
        close(&mut ws, &page(glyphs));
        assert_eq!(ws, years());
        // One space each, but gaps of different widths: not one justified line.
        let mut ws = vec![word("a", 100.0, 50.0), word("b", 130.0, 50.0), word("c", 175.0, 50.0)];
        let before = ws.clone();
        close(&mut ws, &page(vec![space(105.0, 50.0), space(135.0, 50.0)]));
        assert_eq!(ws, before);
    }
}
