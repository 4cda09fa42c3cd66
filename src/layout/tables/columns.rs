//! Text columns of a page, for unruled tables set inside one column.
//!
//! In: a page's lines (and the words outside the tables found so far). Out: the left margins
//! of the page's inner text columns (x, points), and the words split at those margins.
//!
//! Rows grouped by baseline across a two-column page join a table's lines with the lines of
//! the other column that happen to share their baselines, and the unruled finder then sees
//! prose where the table is. A column's margin is where many lines of running text start at
//! one x, right of the page's left margin, while lines of running text also end short of
//! it on the same stretch of the page: the left column. The unruled finder runs again on
//! each side of such margins (after the page-wide pass, which keeps page-wide tables).

use super::tuning::*;
use super::TWord;
use crate::layout::Line;

/// The x where inner text columns start (ascending): see the module docs.
pub(crate) fn inner_margins(lines: &[Line]) -> Vec<f32> {
    let text: Vec<&Line> =
        lines.iter().filter(|l| l.words.len() >= COLUMN_LINE_WORDS && l.bbox.iter().all(|v| v.is_finite())).collect();
    if text.len() < 2 * COLUMN_MIN_LINES {
        return Vec::new();
    }
    let left = text.iter().map(|l| l.bbox[0]).fold(f32::INFINITY, f32::min);
    let right = text.iter().map(|l| l.bbox[2]).fold(f32::NEG_INFINITY, f32::max);
    let width = right - left;
    if width <= 0.0 {
        return Vec::new();
    }
    let mut starts: Vec<f32> = text.iter().map(|l| l.bbox[0]).collect();
    starts.sort_by(f32::total_cmp);
    let mut out = Vec::new();
    let mut i = 0;
    while i < starts.len() {
        let mut j = i + 1;
        while j < starts.len() && starts[j] - starts[j - 1] <= COLUMN_MARGIN_TOL_PT {
            j += 1;
        }
        let x = starts[i];
        if j - i >= COLUMN_MIN_LINES
            && x > left + COLUMN_INNER_SHARE * width
            && is_margin(&text, x)
            && !is_indent(lines, &text, x)
        {
            out.push(x);
        }
        i = j;
    }
    out
}

/// True when lines of text start at `x` beside lines of text that end short of it, on the
/// same stretch of the page, and few lines there cross it.
fn is_margin(text: &[&Line], x: f32) -> bool {
    let starting: Vec<&&Line> = text.iter().filter(|l| (l.bbox[0] - x).abs() <= COLUMN_MARGIN_TOL_PT).collect();
    let top = starting.iter().map(|l| l.bbox[1]).fold(f32::INFINITY, f32::min);
    let bottom = starting.iter().map(|l| l.bbox[3]).fold(f32::NEG_INFINITY, f32::max);
    let beside = |l: &&&Line| l.bbox[3] >= top && l.bbox[1] <= bottom;
    let gap = |l: &Line| COLUMN_GUTTER * l.size.max(1.0);
    let ending = text.iter().filter(beside).filter(|l| l.bbox[2] <= x - gap(l)).count();
    let crossing = text.iter().filter(beside).filter(|l| l.bbox[0] < x - gap(l) && l.bbox[2] > x).count();
    ending >= COLUMN_MIN_LINES && crossing * COLUMN_CROSSING_SHARE.1 < starting.len() * COLUMN_CROSSING_SHARE.0
}

/// True when lines (of any length: list markers, headings) start a little left of `x` beside
/// the lines starting at `x`: `x` is an indent inside a column (the hanging indent of
/// numbered paragraphs), whose own margin is further left. Left of a column's margin lies
/// its gutter, where lines of the column on the left end and no line starts.
fn is_indent(lines: &[Line], text: &[&Line], x: f32) -> bool {
    let starting: Vec<&&Line> = text.iter().filter(|l| (l.bbox[0] - x).abs() <= COLUMN_MARGIN_TOL_PT).collect();
    let top = starting.iter().map(|l| l.bbox[1]).fold(f32::INFINITY, f32::min);
    let bottom = starting.iter().map(|l| l.bbox[3]).fold(f32::NEG_INFINITY, f32::max);
    let in_band = |l: &&Line| {
        let band = COLUMN_INDENT_BAND * l.size.max(1.0);
        l.bbox[3] >= top && l.bbox[1] <= bottom && l.bbox[0] < x - COLUMN_MARGIN_TOL_PT && l.bbox[0] >= x - band
    };
    lines.iter().filter(in_band).count() >= COLUMN_INDENT_MIN_LINES
}

/// The words on each side of the margins (by their centre), left to right; each side's
/// words in the order given.
pub(crate) fn sides<'a>(words: impl IntoIterator<Item = &'a TWord>, margins: &[f32]) -> Vec<Vec<&'a TWord>> {
    let mut out = vec![Vec::new(); margins.len() + 1];
    for w in words {
        let k = margins.partition_point(|&m| m <= w.cx());
        out[k].push(w);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::testutil;

    fn line(words: &[(&str, f32)], base: f32) -> Line {
        testutil::line(words.iter().map(|&(t, x)| testutil::word(t, x, base, 0)).collect())
    }

    /// A line of four words of running text from `x0` to `x0 + 150`.
    fn prose(x0: f32, base: f32) -> Line {
        line(&[("text", x0), ("runs", x0 + 40.0), ("along", x0 + 80.0), ("here.", x0 + 125.0)], base)
    }

    #[test]
    fn two_columns_have_an_inner_margin() {
        let mut lines = Vec::new();
        for k in 0..8 {
            let base = 100.0 + 12.0 * k as f32;
            lines.push(prose(50.0, base));
            lines.push(prose(230.0, base));
        }
        assert_eq!(inner_margins(&lines), vec![230.0]);
        // The same lines running across the page: no inner column.
        let wide: Vec<Line> = (0..16)
            .map(|k| {
                let mut l = prose(50.0, 100.0 + 12.0 * k as f32);
                l.words.extend(prose(200.0, l.baseline).words);
                l.bbox[2] = 350.0;
                l
            })
            .collect();
        assert!(inner_margins(&wide).is_empty());
        // Indented lines of one column (a list) start at one x too, but no text ends left of them.
        let list: Vec<Line> =
            (0..16).map(|k| prose(if k % 2 == 0 { 50.0 } else { 90.0 }, 100.0 + 12.0 * k as f32)).collect();
        assert!(inner_margins(&list).is_empty());
    }

    #[test]
    fn an_indent_inside_the_right_column_is_no_margin() {
        // Two columns; in the right one, numbered paragraphs (`I.` at the column's margin)
        // hang their lines at an indent 14 pt further right, and more lines start there.
        let mut lines = Vec::new();
        for k in 0..12 {
            let base = 100.0 + 12.0 * k as f32;
            lines.push(prose(50.0, base));
            if k % 4 == 0 {
                lines.push(line(&[("II.", 230.0), ("text", 244.0), ("runs", 284.0), ("here", 324.0)], base));
            } else {
                lines.push(prose(244.0, base));
            }
        }
        assert_eq!(inner_margins(&lines), Vec::<f32>::new());
        // With the paragraphs' lines set at the column's margin, the margin is found there.
        for l in lines.iter_mut().filter(|l| l.bbox[0] == 244.0) {
            *l = prose(230.0, l.baseline);
        }
        assert_eq!(inner_margins(&lines), vec![230.0]);
    }

    #[test]
    fn words_split_at_the_margin() {
        let ws = vec![super::super::test_word("Estado", 60.0, 100.0), super::super::test_word("mayor", 235.0, 100.0)];
        let s = sides(&ws, &[230.0]);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0][0].text, "Estado");
        assert_eq!(s[1][0].text, "mayor");
    }
}
