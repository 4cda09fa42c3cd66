//! Logical rows: text lines of a table area grouped into the rows a reader sees.
//!
//! In: the lines of one table area, each already cut into the area's columns (the words of
//! each cell), and the y positions where the drawing separates rows (rules, the edges of
//! filled bands). Out: rows of cells, a cell's lines joined with `\n`, and the spanning cells
//! of rows made of one line whose text crosses column borders.
//!
//! A cell that wraps over several lines is one cell: the lines between two separators form a
//! segment; in a segment, a line that fills most columns is an *anchor* (it starts a row) and
//! every other line joins the anchor above or below it, whichever is nearer (cells padded
//! apart leave a larger gap between rows than between the lines of one cell; on a tie the
//! line goes on the row above, as top-aligned cells do). A lone label in the first column
//! set in another weight than the cells it would join (a section row such as `Región
//! Arequipa`) stays a row of its own. When the rows are padded apart (the distance between
//! baselines is clearly larger between some lines than between the others, and such wider
//! steps come at least every third line), the wider steps alone end rows: then a wrapped
//! cell's lines stay together even when they fill as many columns as a row does. Rows set
//! without extra space: a line *goes on* with the line above when each of its cells would
//! not have fitted at the end of the cell above (so that cell wrapped), no number stands
//! under a number, and some cell starts in lower case or follows a cell ending open (hyphen,
//! comma, connector such as `de`, `y`, `N°`). A rule under (almost) every row makes each
//! stretch between two rules one row. The header's lines over the first separator are two
//! rows when the cells of single lines stand at two heights (a row's cells share one
//! vertical alignment) and the upper labels head labels of the lower ones (`level_split`).

use super::tuning::*;
use super::{cell_text, TWord};
use crate::model::MergedCell;

/// One text line of an area, cut into columns.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct CutLine {
    /// Words of each column (every line has the area's column count).
    pub cells: Vec<Vec<TWord>>,
    /// Top and bottom of the line.
    pub top: f32,
    pub bottom: f32,
    /// Baseline.
    pub base: f32,
    /// Font size.
    pub size: f32,
    /// `(first, last)` columns of chunks that cross column borders on this line.
    pub spans: Vec<(usize, usize)>,
}

impl CutLine {
    fn filled(&self) -> usize {
        self.cells.iter().filter(|c| !c.is_empty()).count()
    }

    fn bold_in(&self, col: usize) -> Option<bool> {
        let ws = self.cells.get(col)?;
        (!ws.is_empty()).then(|| ws.iter().all(|w| w.bold))
    }
}

/// A logical row: the lines that make it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct LogicalRow {
    /// Indices into the lines.
    pub lines: Vec<usize>,
}

/// Groups lines into rows. `separators` are y positions; a separator lying between two lines
/// always ends a row.
#[cfg(test)]
pub(crate) fn group(lines: &[CutLine], separators: &[f32]) -> Vec<LogicalRow> {
    group_in(lines, separators, &[])
}

/// [`group`], where each of `bands` (`top, bottom`: a filled row, or the plain row between two
/// filled ones) holds one row: the lines of a segment inside one band are one row.
pub(crate) fn group_in(lines: &[CutLine], separators: &[f32], bands: &[(f32, f32)]) -> Vec<LogicalRow> {
    let n = lines.len();
    if n == 0 {
        return Vec::new();
    }
    let ncols = lines.iter().map(|l| l.cells.len()).max().unwrap_or(0);
    let need = 2.max(ncols.div_ceil(2));
    // Segments between separators.
    let mut segments: Vec<Vec<usize>> = vec![vec![0]];
    for i in 1..n {
        let lo = (lines[i - 1].top + lines[i - 1].bottom) / 2.0;
        let hi = (lines[i].top + lines[i].bottom) / 2.0;
        let cut = separators.iter().any(|&y| y > lo && y < hi);
        if cut {
            segments.push(vec![i]);
        } else if let Some(s) = segments.last_mut() {
            s.push(i);
        }
    }
    let mut out: Vec<LogicalRow> = Vec::new();
    // A rule under every row: each stretch between two rules is one row, however many
    // lines its wrapped cells take.
    if bands.is_empty() && ruled_rows(lines, &segments) {
        out.extend(segments.into_iter().map(|lines| LogicalRow { lines }));
        return out;
    }
    // A header over the first separator whose cells sit at different heights holds two rows.
    if segments.len() >= 2 && !in_band(lines, &segments[0], bands) {
        if let Some(k) = level_split(lines, &segments[0]) {
            let lower = segments[0].split_off(k);
            segments.insert(1, lower);
        }
    }
    let right = column_rights(lines, ncols);
    for seg in segments {
        if seg.len() > 1 && in_band(lines, &seg, bands) {
            // Cells centred on their row (short cells halfway between the lines of a wrapped
            // one) say where the band's rows are; otherwise new columns start a row.
            let rows = super::centred::centred_groups(lines, &seg).unwrap_or_else(|| band_rows(lines, &seg));
            out.extend(rows.into_iter().map(|lines| LogicalRow { lines }));
            continue;
        }
        if let Some(runs) = super::centred::centred_rows(lines, &seg) {
            out.extend(runs.into_iter().map(|lines| LogicalRow { lines }));
            continue;
        }
        if let Some(runs) = padded_runs(lines, &seg) {
            out.extend(runs.into_iter().map(|lines| LogicalRow { lines }));
            continue;
        }
        // Lines that go on with the cells of the line right above (rows set without extra
        // space between them) join that line's row whatever they fill.
        let goes_on: Vec<bool> = seg
            .iter()
            .enumerate()
            .map(|(k, &i)| k > 0 && continues_above(&lines[seg[k - 1]], &lines[i], &right))
            .collect();
        let anchors: Vec<usize> = seg
            .iter()
            .zip(&goes_on)
            .filter(|(&i, &on)| !on && is_anchor(&lines[i], need, ncols))
            .map(|(&i, _)| i)
            .collect();
        if anchors.is_empty() {
            // No line fills the columns: a segment between separators is one row (a
            // banded or ruled row whose cells all wrap), otherwise each line is one.
            if separators.is_empty() {
                out.extend(seg.iter().map(|&i| LogicalRow { lines: vec![i] }));
            } else {
                out.push(LogicalRow { lines: seg.clone() });
            }
            continue;
        }
        let first = out.len();
        out.extend(anchors.iter().map(|&i| LogicalRow { lines: vec![i] }));
        for (k, &i) in seg.iter().enumerate() {
            if anchors.contains(&i) {
                continue;
            }
            if goes_on[k] {
                let prev = seg[k - 1];
                if let Some(r) = out[first..].iter_mut().find(|r| r.lines.contains(&prev)) {
                    r.lines.push(i);
                    continue;
                }
            }
            let above = anchors.iter().rposition(|&a| a < i);
            let below = anchors.iter().position(|&a| a > i);
            let target = match (above, below) {
                (Some(a), Some(b)) => {
                    let up = lines[i].top - lines[last_line_above(&out[first + a], i)].bottom;
                    let down = lines[first_line_below(&out[first + b], i, &seg)].top - lines[i].bottom;
                    if down < up - NEARER_BELOW * lines[i].size {
                        b
                    } else {
                        a
                    }
                }
                (Some(a), None) => a,
                (None, Some(b)) => b,
                (None, None) => continue,
            };
            let anchor = anchors[target];
            let apart = anchor < i && k > 0 && label_apart(&lines[seg[k - 1]], &lines[i], &right);
            if apart || section_row(&lines[i], &lines[anchor]) || numbers_stacked(&lines[i], &lines[anchor]) {
                out.push(LogicalRow { lines: vec![i] });
                continue;
            }
            out[first + target].lines.push(i);
        }
        out[first..].sort_by_key(|r| r.lines.iter().copied().min().unwrap_or(0));
        for r in &mut out[first..] {
            r.lines.sort_unstable();
        }
    }
    out
}

/// True when every line of `seg` lies inside one of `bands`.
fn in_band(lines: &[CutLine], seg: &[usize], bands: &[(f32, f32)]) -> bool {
    let mid = |i: usize| (lines[i].top + lines[i].bottom) / 2.0;
    bands.iter().any(|&(t, b)| seg.iter().all(|&i| mid(i) > t && mid(i) < b))
}

/// Where a header's lines (`seg`, at most [`LEVEL_MAX_LINES`]) split into two rows, as an
/// index into `seg`: the cells of one row share a vertical alignment, so the cells of one
/// line (cells no other line of `seg` goes on) all stand at one height, at the top, the
/// middle or the bottom of the row. Such cells at two heights (`Probabilidad` on the first
/// line beside `Menor` and `Mayor` on the second, `Nivel` centred beside `2019` and `2021`
/// under `Matrícula`) are cells of two rows; the lower row starts at the first line after the
/// highest of them that fills a column all lines above it leave empty, when the upper row's
/// labels stand over labels of the lower one.
fn level_split(lines: &[CutLine], seg: &[usize]) -> Option<usize> {
    if seg.len() < 2 || seg.len() > LEVEL_MAX_LINES {
        return None;
    }
    let ncols = seg.iter().map(|&i| lines[i].cells.len()).max().unwrap_or(0);
    let filled = |k: usize, c: usize| lines[seg[k]].cells.get(c).is_some_and(|ws| !ws.is_empty());
    let mut heights: Vec<usize> = (0..ncols)
        .filter_map(|c| {
            let at: Vec<usize> = (0..seg.len()).filter(|&k| filled(k, c)).collect();
            (at.len() == 1).then(|| at[0])
        })
        .collect();
    heights.sort_unstable();
    heights.dedup();
    let (&highest, rest) = heights.split_first()?;
    if rest.is_empty() {
        return None;
    }
    let k = (highest + 1..seg.len()).find(|&k| (0..ncols).any(|c| filled(k, c) && !(0..k).any(|j| filled(j, c))))?;
    // The upper row's labels head labels of the lower one: some column holds text in both.
    // (Labels side by side at different heights without one over another are cells centred
    // over rows a separator divides, `Nivel` beside `Matrícula` over a partial rule.)
    let in_rows = |c: usize, r: std::ops::Range<usize>| r.into_iter().any(|j| filled(j, c));
    (0..ncols).any(|c| in_rows(c, 0..k) && in_rows(c, k..seg.len())).then_some(k)
}

/// The rows of one filled band: its lines make one row (cells wrapped inside the band),
/// except that a line filling [`NEW_COLUMNS`] columns or more that every line above it in
/// the band left empty, and going on in lower case in none of the others, starts a row of
/// its own (the second level of a header, under labels that span several columns).
fn band_rows(lines: &[CutLine], seg: &[usize]) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut used: Vec<bool> = Vec::new();
    for &i in seg {
        let cells = &lines[i].cells;
        if used.len() < cells.len() {
            used.resize(cells.len(), false);
        }
        let new = cells.iter().enumerate().filter(|(c, ws)| !ws.is_empty() && !used[*c]).count();
        // A cell going on in lower case under a cell above: the wrapped lines of a row whose
        // other cells are centred on them.
        let goes_on = cells.iter().enumerate().any(|(c, ws)| {
            used[c] && ws.first().is_some_and(|w| w.text.chars().next().is_some_and(char::is_lowercase))
        });
        match out.last_mut() {
            Some(row) if new < NEW_COLUMNS || goes_on => row.push(i),
            Some(_) => out.push(vec![i]),
            None => out.push(vec![i]),
        }
        for (c, ws) in cells.iter().enumerate() {
            used[c] |= !ws.is_empty();
        }
    }
    out
}

/// Rules separate (almost) every row: three rules or more between lines, the stretches
/// between them hold one or two lines (a single wrapped cell), not groups of rows, and no
/// stretch holds a number over a number in one column (numbers do not wrap: such lines are
/// rows of their own, and the rules mark groups of rows).
fn ruled_rows(lines: &[CutLine], segments: &[Vec<usize>]) -> bool {
    if segments.len() < RULED_ROWS_MIN_RULES + 1 {
        return false;
    }
    let mut sizes: Vec<usize> = segments.iter().map(Vec::len).collect();
    sizes.sort_unstable();
    sizes[sizes.len() / 2] <= RULED_ROWS_MAX_MEDIAN_LINES
        && !segments.iter().any(|seg| seg.windows(2).any(|w| numbers_stacked(&lines[w[1]], &lines[w[0]])))
}

/// Right end (points) of the text of each column over all lines (chunks that span columns
/// left out): a wrapped cell's lines end before it.
fn column_rights(lines: &[CutLine], ncols: usize) -> Vec<f32> {
    let mut right = vec![f32::NEG_INFINITY; ncols];
    for l in lines {
        for (c, ws) in l.cells.iter().enumerate() {
            if l.spans.iter().any(|&(a, b)| a == c && b > a) {
                continue;
            }
            for w in ws {
                if let Some(r) = right.get_mut(c) {
                    *r = r.max(w.bbox[2]);
                }
            }
        }
    }
    right
}

/// Words a cell cannot end with in running text (Spanish and English connectors), and the
/// number sign that waits for its number.
const CONNECTORS: &[&str] = &[
    "de", "del", "la", "las", "el", "los", "y", "e", "o", "u", "en", "a", "al", "para", "por", "con", "que", "su",
    "sus", "sin", "sobre", "entre", "of", "the", "and", "to", "in", "for", "on", "with",
];

/// True when the cell text ends where its line cannot end a cell: a hyphen, a comma or a
/// connector word (a number sign only after another word).
fn ends_open(ws: &[TWord]) -> bool {
    let Some(last) = ws.last() else { return false };
    // A number sign waits for a number after a name (`Ley N°`), but alone in a cell it is
    // a column's label (`N°` over the rows' numbers).
    if super::signs::is_number_sign(&last.text) {
        return ws.len() > 1;
    }
    let t = last.text.to_lowercase();
    t.ends_with('-') || t.ends_with(',') || CONNECTORS.contains(&t.as_str())
}

/// Line `l` goes on with the cells of line `p` right above it: every cell `l` fills is filled
/// in `p`, its first word would not have fitted at the end of `p`'s cell (the column's text
/// ends before; so `p`'s cell wrapped there), no number stands under a number, and some cell
/// reads as the rest of the one above (it starts in lower case, or the one above ends open).
fn continues_above(p: &CutLine, l: &CutLine, right: &[f32]) -> bool {
    if l.filled() == 0 || !l.spans.is_empty() {
        return false;
    }
    let mut open = false;
    for (c, ws) in l.cells.iter().enumerate() {
        let Some(first) = ws.first() else { continue };
        let above = p.cells.get(c).map_or(&[][..], Vec::as_slice);
        let Some(end) = above.iter().map(|w| w.bbox[2]).reduce(f32::max) else { return false };
        let text = super::join_words(ws);
        if super::is_numeric(&super::join_words(above)) && super::is_numeric(&text) {
            return false;
        }
        let width = first.bbox[2] - first.bbox[0];
        let limit = right.get(c).copied().unwrap_or(f32::INFINITY);
        if end + WRAP_SPACE * l.size.max(1.0) + width <= limit {
            return false;
        }
        open |= text.chars().next().is_some_and(char::is_lowercase) || ends_open(above);
    }
    open
}

/// Line `l` is a lone label in the first column that does not go on with the cell of line
/// `p` right above: it starts in upper case, the cell above does not end open, and its first
/// word would have fitted at the end of that cell (so the cell did not wrap there). Such a
/// label (`Región Piura` under the header) is a row of its own, not the end of the row above.
fn label_apart(p: &CutLine, l: &CutLine, right: &[f32]) -> bool {
    let Some(first) = l.cells.first().and_then(|ws| ws.first()) else { return false };
    if l.filled() != 1 || !l.spans.is_empty() || !first.text.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let above = p.cells.first().map_or(&[][..], Vec::as_slice);
    let Some(end) = above.iter().map(|w| w.bbox[2]).reduce(f32::max) else { return false };
    let width = first.bbox[2] - first.bbox[0];
    let limit = right.first().copied().unwrap_or(f32::NEG_INFINITY);
    !ends_open(above) && end + WRAP_SPACE * l.size.max(1.0) + width <= limit
}

/// Both lines hold a number in the same column: numbers do not wrap, so they are two rows.
fn numbers_stacked(l: &CutLine, anchor: &CutLine) -> bool {
    l.cells.iter().zip(&anchor.cells).any(|(a, b)| {
        !a.is_empty()
            && !b.is_empty()
            && super::is_numeric(&super::join_words(a))
            && super::is_numeric(&super::join_words(b))
    })
}

/// The lines of a segment cut at the wider baseline steps, when the rows are padded apart.
fn padded_runs(lines: &[CutLine], seg: &[usize]) -> Option<Vec<Vec<usize>>> {
    if seg.len() < PADDED_MIN_LINES {
        return None;
    }
    let steps: Vec<f32> = seg.windows(2).map(|w| lines[w[1]].base - lines[w[0]].base).collect();
    let size = lines[seg[0]].size.max(1.0);
    // Lines of different columns closer than a line's height: a cell spanning rows runs on
    // at its own leading beside rows padded apart, so its lines fall between theirs.
    let interleaved = seg.windows(2).zip(&steps).any(|(w, &s)| {
        s < INTERLEAVE_STEP * size
            && !lines[w[0]].cells.iter().zip(&lines[w[1]].cells).any(|(a, b)| !a.is_empty() && !b.is_empty())
    });
    if interleaved {
        return column_runs(lines, seg, size);
    }
    let least = steps.iter().copied().fold(f32::INFINITY, f32::min);
    let wide: Vec<bool> = steps.iter().map(|&s| s > padded_threshold(lines, seg, &steps, least, size)).collect();
    let breaks = wide.iter().filter(|w| **w).count();
    if breaks == 0 || PADDED_MAX_LINES * (breaks + 1) < seg.len() {
        return None;
    }
    let mut runs: Vec<Vec<usize>> = vec![vec![seg[0]]];
    for (k, &i) in seg.iter().enumerate().skip(1) {
        if wide[k - 1] {
            runs.push(vec![i]);
        } else if let Some(r) = runs.last_mut() {
            r.push(i);
        }
    }
    Some(runs)
}

/// The baseline step above which lines of a segment are rows apart: [`PADDED_STEP`] em
/// over the least step (a cell's leading), or less when two lines that hold a number in one
/// column (two rows for certain, numbers do not wrap) stand closer: then halfway between
/// the leading and the least such step (rows padded apart by less than [`PADDED_STEP`],
/// their steps unequal where the producer rounds positions to its device pixels).
fn padded_threshold(lines: &[CutLine], seg: &[usize], steps: &[f32], least: f32, size: f32) -> f32 {
    let fixed = least + PADDED_STEP * size;
    let rows = seg
        .windows(2)
        .zip(steps)
        .filter(|(w, _)| numbers_stacked(&lines[w[1]], &lines[w[0]]))
        .map(|(_, &s)| s)
        .fold(f32::INFINITY, f32::min);
    if rows.is_finite() && rows > least + PADDED_MIN_STEP * size {
        fixed.min((least + rows) / 2.0)
    } else {
        fixed
    }
}

/// [`padded_runs`] for rows padded apart beside a cell that spans them: each column's text
/// is followed down on its own. The leading is the least baseline step between two lines of
/// one column; a column's line that follows the column's line above by more (the padding)
/// starts a row when its column already holds text in the current row (or when the line
/// follows the line above it by more than the leading); a line whose cells all go on at
/// the leading from cells of an earlier row, in columns the current row leaves empty, is the
/// rest of that row's spanning cell and joins it.
fn column_runs(lines: &[CutLine], seg: &[usize], size: f32) -> Option<Vec<Vec<usize>>> {
    let ncols = seg.iter().map(|&i| lines[i].cells.len()).max().unwrap_or(0);
    let filled = |i: usize| lines[i].cells.iter().enumerate().filter(|(_, ws)| !ws.is_empty()).map(|(c, _)| c);
    let mut last: Vec<Option<usize>> = vec![None; ncols];
    let mut least = f32::INFINITY;
    for &i in seg {
        for c in filled(i) {
            if let Some(p) = last[c] {
                let s = lines[i].base - lines[p].base;
                if s > 0.0 {
                    least = least.min(s);
                }
            }
            last[c] = Some(i);
        }
    }
    if !least.is_finite() {
        return None;
    }
    let reach = least + PADDED_STEP * size;
    // Per column: its last line and the row that line went to.
    let mut last: Vec<Option<(usize, usize)>> = vec![None; ncols];
    let mut rows: Vec<Vec<usize>> = Vec::new();
    let mut in_current = vec![false; ncols];
    let mut prev: Option<usize> = None;
    for &i in seg {
        let cols: Vec<usize> = filled(i).collect();
        let flow = |c: usize| last[c].filter(|&(p, _)| lines[i].base - lines[p].base <= reach).map(|(_, r)| r);
        let wide = prev.is_some_and(|p| lines[i].base - lines[p].base > reach);
        let new_row = rows.is_empty() || wide || cols.iter().any(|&c| in_current[c] && flow(c).is_none());
        let from: Vec<Option<usize>> = cols.iter().map(|&c| flow(c)).collect();
        let back = match from.first() {
            Some(&Some(r)) if r + 1 < rows.len() => {
                (from.iter().all(|f| *f == Some(r)) && cols.iter().all(|&c| !in_current[c])).then_some(r)
            }
            _ => None,
        };
        let row = if new_row {
            rows.push(Vec::new());
            in_current = vec![false; ncols];
            rows.len() - 1
        } else {
            back.unwrap_or(rows.len() - 1)
        };
        rows[row].push(i);
        for &c in &cols {
            last[c] = Some((i, row));
            if row + 1 == rows.len() {
                in_current[c] = true;
            }
        }
        prev = Some(i);
    }
    (rows.len() >= 2 && PADDED_MAX_LINES * rows.len() >= seg.len()).then_some(rows)
}

/// The last line of `row` above line `i` (the anchor itself when none).
fn last_line_above(row: &LogicalRow, i: usize) -> usize {
    row.lines.iter().copied().filter(|&l| l < i).max().unwrap_or(row.lines[0])
}

/// The line right below `i` in the segment (the next anchor's side), or the anchor of `row`.
fn first_line_below(row: &LogicalRow, i: usize, seg: &[usize]) -> usize {
    seg.iter().copied().find(|&l| l > i).unwrap_or(row.lines[0])
}

/// A line that starts a row: it fills most columns.
fn is_anchor(l: &CutLine, need: usize, ncols: usize) -> bool {
    let filled = l.filled();
    filled >= need.min(ncols) || (ncols <= 1 && filled == 1)
}

/// A lone label in the first column (or spanning from it) whose weight differs from the
/// first cell of the row it would join.
fn section_row(l: &CutLine, anchor: &CutLine) -> bool {
    if l.filled() != 1 || l.cells.first().is_none_or(Vec::is_empty) {
        return false;
    }
    match (l.bold_in(0), anchor.bold_in(0)) {
        (Some(a), Some(b)) => a != b,
        (Some(true), None) => true,
        _ => false,
    }
}

/// The cell texts and spanning cells of the grouped rows.
pub(crate) fn cells(lines: &[CutLine], rows: &[LogicalRow]) -> (Vec<Vec<String>>, Vec<MergedCell>) {
    let ncols = lines.iter().map(|l| l.cells.len()).max().unwrap_or(0);
    let mut grid = Vec::with_capacity(rows.len());
    let mut merged = Vec::new();
    for (r, row) in rows.iter().enumerate() {
        let mut out = Vec::with_capacity(ncols);
        for c in 0..ncols {
            let ws: Vec<TWord> =
                row.lines.iter().flat_map(|&i| lines[i].cells.get(c).cloned().unwrap_or_default()).collect();
            out.push(cell_text(&ws).trim().to_string());
        }
        if let [only] = row.lines[..] {
            for &(a, b) in &lines[only].spans {
                if b > a && b < ncols && !out[a].is_empty() && out[a + 1..=b].iter().all(String::is_empty) {
                    merged.push(MergedCell { row: r, col: a, rowspan: 1, colspan: b - a + 1 });
                }
            }
        }
        grid.push(out);
    }
    (grid, merged)
}

/// Section rows as spanning cells: rows holding only a label in the first column of a table
/// of [`SECTION_MIN_COLUMNS`] columns or more, set in bold over a plain first cell below that
/// is not indented under it, with a row of two cells or more right below (`Región Arequipa`
/// over the rows of its units), when such labels divide the body: the first body row (the
/// one after `header_rows`) is one. A label in the body's own type, over indented entries,
/// or after rows that belong to no label heads a stub's hierarchy and stays in its column.
/// The spans replace any that `merged` had on those rows.
pub(crate) fn add_section_spans(
    merged: &mut Vec<MergedCell>,
    grid: &[Vec<String>],
    lines: &[CutLine],
    rows: &[LogicalRow],
    header_rows: usize,
) {
    let ncols = grid.iter().map(Vec::len).max().unwrap_or(0);
    if ncols < SECTION_MIN_COLUMNS || header_rows == 0 || rows.len() != grid.len() {
        return;
    }
    let first_words = |r: usize| -> Vec<&TWord> {
        rows[r].lines.iter().filter_map(|&i| lines.get(i)).filter_map(|l| l.cells.first()).flatten().collect()
    };
    let bold_first = |r: usize| -> Option<bool> {
        let ws = first_words(r);
        (!ws.is_empty()).then(|| ws.iter().all(|w| w.bold))
    };
    let left = |r: usize| first_words(r).iter().map(|w| w.bbox[0]).fold(f32::INFINITY, f32::min);
    let filled = |r: usize| grid[r].iter().filter(|s| !s.is_empty()).count();
    let section = |r: usize| {
        let size = rows[r].lines.first().and_then(|&i| lines.get(i)).map_or(1.0, |l| l.size.max(1.0));
        r + 1 < grid.len()
            && grid[r].first().is_some_and(|s| !s.is_empty())
            && filled(r) == 1
            && filled(r + 1) >= 2
            && bold_first(r) == Some(true)
            && bold_first(r + 1) == Some(false)
            && left(r + 1) <= left(r) + STUB_INDENT * size
    };
    if !section(header_rows) {
        return;
    }
    let spans: Vec<usize> = (header_rows..grid.len()).filter(|&r| section(r)).collect();
    merged.retain(|m| !spans.contains(&m.row));
    merged.extend(spans.into_iter().map(|r| MergedCell { row: r, col: 0, rowspan: 1, colspan: ncols }));
    merged.sort_by_key(|m| (m.row, m.col));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(t: &str, x: f32, top: f32, bold: bool) -> TWord {
        TWord { text: t.into(), bbox: [x, top, x + 20.0, top + 10.0], baseline: top + 8.0, size: 10.0, bold }
    }

    fn line(cells: &[&str], top: f32, bold: bool) -> CutLine {
        CutLine {
            cells: cells
                .iter()
                .enumerate()
                .map(|(i, t)| if t.is_empty() { Vec::new() } else { vec![word(t, 100.0 * i as f32, top, bold)] })
                .collect(),
            top,
            bottom: top + 10.0,
            base: top + 8.0,
            size: 10.0,
            spans: Vec::new(),
        }
    }

    #[test]
    fn a_number_sign_alone_is_a_label_not_an_open_end() {
        let w = |t: &str, x: f32| word(t, x, 0.0, false);
        assert!(ends_open(&[w("Ley", 0.0), w("N°", 25.0)]));
        assert!(!ends_open(&[w("N°", 0.0)]));
        assert!(ends_open(&[w("de", 0.0)]));
        // A header "N°" over numbers does not wrap into the first row.
        let ls = vec![line(&["Estado", "N°", "Monto"], 0.0, false), line(&["Ejecución", "18", "92"], 12.0, false)];
        assert_eq!(group(&ls, &[]).len(), 2);
    }

    #[test]
    fn a_band_holds_one_row_or_the_two_levels_of_a_header() {
        let band = [(0.0, 40.0)];
        // Two header levels in one filled band: the second fills columns the first left empty.
        let ls = vec![
            line(&["Nivel", "", "Matrícula", "", "Var. %"], 5.0, true),
            line(&["", "2019", "2020", "2021", "2021/2020"], 20.0, true),
        ];
        assert_eq!(group_in(&ls, &[], &band).len(), 2);
        // A row whose wrapped first cell has the other cells centred on its second line.
        let ls = vec![
            line(&["Mantenimiento de", "", "", ""], 5.0, false),
            line(&["caminos", "Acción", "32", "96"], 20.0, false),
        ];
        assert_eq!(group_in(&ls, &[], &band).len(), 1);
    }

    #[test]
    fn a_band_row_with_cells_centred_between_wrapped_lines_is_one_row() {
        let band = [(0.0, 40.0)];
        // The third column wraps over two lines; the first two are centred between them and
        // start no new row although they fill columns the first line left empty.
        let ls = vec![
            line(&["", "", "Dispone la actualización de la"], 5.0, false),
            line(&["Decreto N° 27268", "14/11/2013", ""], 11.0, false),
            line(&["", "", "entidad."], 17.0, false),
        ];
        let rows = group_in(&ls, &[], &band);
        assert_eq!(rows.iter().map(|r| r.lines.clone()).collect::<Vec<_>>(), vec![vec![0, 1, 2]]);
        // Not centred (the short cells beside a line of the wrapped cell, not between two):
        // new columns still start a row.
        let ls = vec![
            line(&["", "", "Nota general"], 5.0, false),
            line(&["Decreto N° 27268", "14/11/2013", "Dispone la"], 17.0, false),
            line(&["", "", "entidad."], 29.0, false),
        ];
        assert_eq!(group_in(&ls, &[], &band).len(), 2);
    }

    #[test]
    fn wrapped_cells_join_the_nearer_row() {
        // Padded rows: the wrapped line sits closer to its own row.
        let ls = vec![
            line(&["Capacitación", "Taller", "20", "44"], 0.0, false),
            line(&["docentes", "", "", ""], 12.0, false),
            line(&["Supervisión", "Km", "35", "112"], 30.0, false),
        ];
        let rows = group(&ls, &[]);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].lines, vec![0, 1]);
        let (g, _) = cells(&ls, &rows);
        assert_eq!(g[0][0], "Capacitación\ndocentes");
        // Middle-aligned: the single-line cells sit on the second line.
        let ls = vec![
            line(&["Mantenimiento de", "", "", ""], 0.0, false),
            line(&["caminos", "Acción", "32", "96"], 12.0, false),
            line(&["vecinales", "", "", ""], 24.0, false),
            line(&["Entrega", "Kit", "11", "47"], 42.0, false),
        ];
        let rows = group(&ls, &[]);
        assert_eq!(rows.iter().map(|r| r.lines.clone()).collect::<Vec<_>>(), vec![vec![0, 1, 2], vec![3]]);
    }

    #[test]
    fn padded_rows_keep_wrapped_lines_that_fill_columns() {
        // Two wrapped columns of three: the second line fills two, as a row would; the
        // rows are padded apart (baselines 12 apart inside a row, 18 between rows).
        let ls = vec![
            line(&["Decreto N°", "14 de marzo", "Aprueba la"], 0.0, false),
            line(&["1268", "de 2002", "política"], 12.0, false),
            line(&["Decreto N°", "5 de abril", "Regula las"], 30.0, false),
            line(&["1144", "de 2003", "cuentas"], 42.0, false),
        ];
        let rows = group(&ls, &[]);
        assert_eq!(rows.iter().map(|r| r.lines.clone()).collect::<Vec<_>>(), vec![vec![0, 1], vec![2, 3]]);
        // Evenly spaced, the second lines still go on with the first (lower-case starts).
        let even: Vec<CutLine> = ls
            .iter()
            .enumerate()
            .map(|(i, l)| CutLine { top: 12.0 * i as f32, base: 12.0 * i as f32 + 8.0, ..l.clone() })
            .collect();
        assert_eq!(group(&even, &[]).len(), 2);
        // Without that cue, evenly spaced lines are rows.
        let mut upper = even.clone();
        upper[1] = CutLine { top: 12.0, base: 20.0, ..line(&["1268", "De 2002", "Política"], 12.0, false) };
        upper[3] = CutLine { top: 36.0, base: 44.0, ..line(&["1144", "De 2003", "Cuentas"], 36.0, false) };
        assert_eq!(group(&upper, &[]).len(), 4);
    }

    #[test]
    fn rows_padded_by_less_than_the_fixed_step_are_told_by_their_numbers() {
        // Leading 10; rows padded apart by 2 or 2.75 (positions rounded to device pixels):
        // under the fixed step, and unequal. Lines holding numbers in one column are rows
        // for certain, so any step as wide as theirs ends a row.
        let ls = vec![
            line(&["Unidad", "PIM", "Avance"], 0.0, false),
            line(&["Proyecto", "73.293.638", "54,4 %"], 12.75, false),
            line(&["Hospital", "65.437.395", "87,2 %"], 24.75, false),
            line(&["Tropical", "", ""], 34.75, false),
            line(&["Agraria", "38.379.739", "40,7 %"], 47.5, false),
            line(&["Salud", "57.242.653", "49,7 %"], 59.5, false),
            line(&["Educación", "40.809.399", "51,7 %"], 72.25, false),
        ];
        let rows: Vec<Vec<usize>> = group(&ls, &[]).into_iter().map(|r| r.lines).collect();
        assert_eq!(rows, vec![vec![0], vec![1], vec![2, 3], vec![4], vec![5], vec![6]]);
    }

    #[test]
    fn a_cell_spanning_padded_rows_keeps_its_lines() {
        // The first column's cell runs on at its leading (12) beside two rows padded apart
        // (18 between them): its third line falls between the rows' lines and belongs to it.
        let at = |cells: &[&str], base: f32| CutLine {
            base,
            top: base - 8.0,
            bottom: base + 2.0,
            ..line(cells, 0.0, false)
        };
        let ls = vec![
            at(&["OEI.01 Mejorar", "Tasa de", "2017", "58,5"], 0.0),
            at(&["la gestión", "anemia", "", ""], 12.0),
            at(&["institucional", "", "", ""], 24.0),
            at(&["", "Número de", "2018", "6.301"], 30.0),
            at(&["", "escuelas", "", ""], 42.0),
            at(&["OEI.02 Reducir", "Kilómetros", "2016", "7.440"], 60.0),
            at(&["la pobreza", "", "", ""], 72.0),
        ];
        let rows: Vec<Vec<usize>> = group(&ls, &[]).into_iter().map(|r| r.lines).collect();
        assert_eq!(rows, vec![vec![0, 1, 2], vec![3, 4], vec![5, 6]]);
        // A line of the spanning cell after the next row has started goes back to its cell.
        let mut late = ls.clone();
        late[2] = at(&["", "Número de", "2018", "6.301"], 18.0 + 6.0);
        late[3] = at(&["institucional", "", "", ""], 30.0);
        late[1] = at(&["la gestión", "", "", ""], 18.0);
        late[0] = at(&["OEI.01 Mejorar", "Tasa de", "2017", "58,5"], 6.0);
        late[4] = at(&["", "escuelas", "", ""], 36.0);
        let rows: Vec<Vec<usize>> = group(&late, &[]).into_iter().map(|r| r.lines).collect();
        assert_eq!(rows, vec![vec![0, 1, 3], vec![2, 4], vec![5, 6]]);
    }

    #[test]
    fn separators_and_section_rows() {
        let ls = vec![
            line(&["Región", "PIA", "PIM"], 0.0, true),
            line(&["Islay", "30", "40"], 12.0, false),
            line(&["Arequipa", "", ""], 24.0, true),
            line(&["Camaná", "10", "20"], 36.0, false),
        ];
        // Without a separator "Arequipa" is a section row (bold beside plain rows).
        let rows = group(&ls, &[]);
        assert_eq!(rows.len(), 4, "{rows:?}");
        // Set like the rows, it is the wrapped end of the row above.
        let mut plain = ls.clone();
        plain[2] = line(&["arequipeña", "", ""], 24.0, false);
        assert_eq!(group(&plain, &[]).len(), 3);
        // A rule under the header keeps the wrapped header line in the header.
        let ls2 = vec![
            line(&["Unidad", "PIA", "PIM"], 0.0, false),
            line(&["ejecutora", "", ""], 12.0, false),
            line(&["Camaná", "10", "20"], 30.0, false),
        ];
        assert_eq!(group(&ls2, &[26.0]).len(), 2);
        assert_eq!(group(&ls2, &[26.0])[0].lines, vec![0, 1]);
    }
    /// A line whose cells sit at given x positions (words 6 pt per character).
    fn placed(cells: &[(&str, f32)], top: f32) -> CutLine {
        let cells = cells
            .iter()
            .map(|(t, x)| {
                let mut ws = Vec::new();
                let mut at = *x;
                for part in t.split_whitespace() {
                    let w = 6.0 * part.chars().count() as f32;
                    ws.push(TWord {
                        text: part.into(),
                        bbox: [at, top, at + w, top + 10.0],
                        baseline: top + 8.0,
                        size: 10.0,
                        bold: false,
                    });
                    at += w + 3.0;
                }
                ws
            })
            .collect();
        CutLine { cells, top, bottom: top + 10.0, base: top + 8.0, size: 10.0, spans: Vec::new() }
    }

    #[test]
    fn a_rule_under_every_row_makes_each_stretch_one_row() {
        // Two lines between each pair of rules, both filling two of three columns.
        let ls = vec![
            line(&["Norma", "Fecha", "Materia"], 0.0, false),
            line(&["Ley N°", "03/10/2002", "Aprueba"], 16.0, false),
            line(&["27444", "", "Política"], 28.0, false),
            line(&["Decreto", "26/10/2003", "Regula las"], 40.0, false),
            line(&["1268", "", "Cuentas"], 52.0, false),
            line(&["Ley N°", "21/02/2003", "Modifica"], 64.0, false),
        ];
        let rules = [13.0, 39.0, 63.0];
        let rows = group(&ls, &rules);
        assert_eq!(
            rows.iter().map(|r| r.lines.clone()).collect::<Vec<_>>(),
            vec![vec![0], vec![1, 2], vec![3, 4], vec![5]]
        );
        // One rule (under the header) says nothing about the body's rows (and these lines
        // do not read as wrapped: upper-case starts after complete cells).
        assert_eq!(group(&ls, &[13.0]).len(), 6);
    }

    #[test]
    fn evenly_set_wrapped_lines_go_on_with_the_line_above() {
        // Rows without extra space between them: the continuation lines start in lower case
        // or follow a cell ending in a connector, and their words did not fit above.
        let ls = vec![
            placed(
                &[("Ordenanza Regional N°", 0.0), ("24 de enero", 150.0), ("Establece medidas para la", 250.0)],
                0.0,
            ),
            placed(&[("054-2003-GRLL/CR", 0.0), ("", 150.0), ("integridad pública.", 250.0)], 12.0),
            placed(
                &[("Decreto Supremo", 0.0), ("6 de marzo", 150.0), ("Regula las cuentas del año fiscal", 250.0)],
                24.0,
            ),
            placed(&[("022-2011-MC", 0.0), ("", 150.0), ("y la lucha contra la corrupción.", 250.0)], 36.0),
        ];
        let rows = group(&ls, &[]);
        assert_eq!(rows.iter().map(|r| r.lines.clone()).collect::<Vec<_>>(), vec![vec![0, 1], vec![2, 3]]);
        let (g, _) = cells(&ls, &rows);
        assert_eq!(g[1][2], "Regula las cuentas del año fiscal\ny la lucha contra la corrupción.");
        // A short first word that would have fitted above starts a row of its own.
        let mut short = ls.clone();
        short[3] = placed(&[("Ley", 0.0), ("", 150.0), ("de la", 250.0)], 36.0);
        assert_eq!(group(&short, &[]).len(), 3);
    }

    #[test]
    fn a_label_that_would_have_fitted_above_is_a_row() {
        // `Región Piura` under the header: it would have fitted after `Unidad ejecutora` in
        // a column as wide as its longest body cell, so that cell did not wrap there.
        let mut ls = vec![
            placed(&[("Unidad ejecutora", 0.0), ("PIA", 250.0), ("PIM", 320.0)], 0.0),
            placed(&[("Región Piura", 0.0), ("", 250.0), ("", 320.0)], 12.0),
            placed(&[("Dirección Regional de Transportes", 0.0), ("10", 250.0), ("20", 320.0)], 26.0),
        ];
        for l in &mut ls[..2] {
            for w in l.cells.iter_mut().flatten() {
                w.bold = true;
            }
        }
        let rows = group(&ls, &[]);
        assert_eq!(rows.iter().map(|r| r.lines.clone()).collect::<Vec<_>>(), vec![vec![0], vec![1], vec![2]]);
        // A lower-case end of the header cell stays in the header.
        ls[1] = placed(&[("ejecutora", 0.0), ("", 250.0), ("", 320.0)], 12.0);
        ls[0] = placed(&[("Unidad", 0.0), ("PIA", 250.0), ("PIM", 320.0)], 0.0);
        assert_eq!(group(&ls, &[])[0].lines, vec![0, 1]);
    }

    #[test]
    fn bold_labels_dividing_the_body_span_their_rows() {
        let mut ls = vec![
            line(&["Unidad", "PIA", "PIM"], 0.0, true),
            line(&["Piura", "", ""], 12.0, true),
            line(&["Archivo", "10", "20"], 24.0, false),
            line(&["Cusco", "", ""], 36.0, true),
            line(&["Hospital", "11", "21"], 48.0, false),
        ];
        let rows: Vec<LogicalRow> = (0..ls.len()).map(|i| LogicalRow { lines: vec![i] }).collect();
        let (g, mut merged) = cells(&ls, &rows);
        add_section_spans(&mut merged, &g, &ls, &rows, 1);
        assert_eq!(merged.iter().map(|m| (m.row, m.colspan)).collect::<Vec<_>>(), vec![(1, 3), (3, 3)]);
        // Labels in the body's own type are stub entries, kept in their column.
        for l in &mut ls[1..] {
            for w in l.cells.iter_mut().flatten() {
                w.bold = false;
            }
        }
        let mut merged = Vec::new();
        add_section_spans(&mut merged, &g, &ls, &rows, 1);
        assert!(merged.is_empty());
    }

    #[test]
    fn numbers_under_numbers_are_rows() {
        // A sparse row (one number of four columns) under a full one stays a row.
        let ls = vec![
            line(&["Cusco", "10", "20", "30"], 0.0, false),
            line(&["", "", "", "45"], 12.0, false),
            line(&["Puno", "11", "21", "31"], 24.0, false),
        ];
        assert_eq!(group(&ls, &[]).len(), 3);
    }

    #[test]
    fn header_cells_at_two_heights_are_two_rows() {
        // Over a rule at 40: `Probabilidad` on the first line, the labels under `Impacto` on
        // the second (top and bottom at once cannot be one row's alignment).
        let wide = |top: f32| line(&["Raro", "1", "2", "3", "4", "5"], top, false);
        let ls = vec![
            line(&["Probabilidad", "", "", "Impacto", "", ""], 10.0, true),
            line(&["", "Insignificante", "Menor", "Moderado", "Mayor", "Catastrófico"], 24.0, true),
            wide(45.0),
            wide(57.0),
        ];
        let rows: Vec<Vec<usize>> = group(&ls, &[40.0]).into_iter().map(|r| r.lines).collect();
        assert_eq!(rows, vec![vec![0], vec![1], vec![2], vec![3]]);
        // `Nivel` centred between `Matrícula` and the years under it: the upper row keeps it.
        let body = |top: f32| line(&["Raro", "1", "2", "3"], top, false);
        let ls = vec![
            line(&["", "", "Matrícula", ""], 5.0, true),
            line(&["Nivel", "", "", ""], 12.0, true),
            line(&["", "2019", "2020", "2021"], 20.0, true),
            body(45.0),
        ];
        let rows: Vec<Vec<usize>> = group(&ls, &[40.0]).into_iter().map(|r| r.lines).collect();
        assert_eq!(rows, vec![vec![0, 1], vec![2], vec![3]]);
        // Top-aligned labels, one wrapped: one row.
        let ls = vec![
            line(&["CUI", "Monto", "Avance", "Estado"], 10.0, true),
            line(&["", "(S/)", "físico", ""], 22.0, true),
            body(45.0),
        ];
        assert_eq!(group(&ls, &[40.0]).len(), 2);
        // Labels side by side at two heights, none over another (a partial rule below them
        // divides the rows they are centred on): left together.
        let ls =
            vec![line(&["", "", "Matrícula", ""], 5.0, true), line(&["Nivel", "", "", ""], 12.0, true), body(45.0)];
        assert_eq!(group(&ls, &[40.0]).len(), 2);
    }
}
