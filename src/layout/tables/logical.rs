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
//! cell's lines stay together even when they fill as many columns as a row does.

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
    for seg in segments {
        let mid = |i: usize| (lines[i].top + lines[i].bottom) / 2.0;
        if seg.len() > 1 && bands.iter().any(|&(t, b)| seg.iter().all(|&i| mid(i) > t && mid(i) < b)) {
            out.push(LogicalRow { lines: seg.clone() });
            continue;
        }
        if let Some(runs) = padded_runs(lines, &seg) {
            out.extend(runs.into_iter().map(|lines| LogicalRow { lines }));
            continue;
        }
        let anchors: Vec<usize> = seg.iter().copied().filter(|&i| is_anchor(&lines[i], need, ncols)).collect();
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
        for &i in &seg {
            if anchors.contains(&i) {
                continue;
            }
            let above = anchors.iter().rposition(|&a| a < i);
            let below = anchors.iter().position(|&a| a > i);
            let target = match (above, below) {
                (Some(a), Some(b)) => {
                    let up = lines[i].top - lines[last_line_above(&out[first + a], i)].bottom;
                    let down = lines[first_line_below(&out[first + b], i, &seg)].top - lines[i].bottom;
                    if down < up - 0.15 * lines[i].size {
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
            if section_row(&lines[i], &lines[anchor]) {
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

/// The lines of a segment cut at the wider baseline steps, when the rows are padded apart.
fn padded_runs(lines: &[CutLine], seg: &[usize]) -> Option<Vec<Vec<usize>>> {
    if seg.len() < 3 {
        return None;
    }
    let steps: Vec<f32> = seg.windows(2).map(|w| lines[w[1]].base - lines[w[0]].base).collect();
    let least = steps.iter().copied().fold(f32::INFINITY, f32::min);
    let size = lines[seg[0]].size.max(1.0);
    let wide: Vec<bool> = steps.iter().map(|&s| s > least + 0.25 * size).collect();
    let breaks = wide.iter().filter(|w| **w).count();
    if breaks == 0 || 3 * (breaks + 1) < seg.len() {
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
        // Evenly spaced, each line is a row.
        let even: Vec<CutLine> = ls
            .iter()
            .enumerate()
            .map(|(i, l)| CutLine { top: 12.0 * i as f32, base: 12.0 * i as f32 + 8.0, ..l.clone() })
            .collect();
        assert_eq!(group(&even, &[]).len(), 4);
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
}
