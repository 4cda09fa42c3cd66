//! Spanning cells that a table's layout implies where no rule draws them.
//!
//! In: a grid built from text positions (rows of cell texts), its header row count, the x
//! range of each cell's words and of each column, and the spanning cells found so far (a
//! line's chunk that crosses column borders). Out: those spanning cells completed with:
//!
//! - **spanning headers**: a label of an upper header level with empty cells on both sides
//!   whose columns hold labels of the level below spans those columns, as far as it stays
//!   centred over them (`Matrícula` over `2019 | 2020 | 2021`);
//! - **header cells over several levels**: a label of an upper level with nothing under it in
//!   the header spans down to the header's last row (`Provincia` beside `Matrícula` over
//!   `Hombres | Mujeres`);
//!
//! Section rows (a lone label dividing the body) are `logical::add_section_spans`'s, for
//! tables of every kind.
//!
//! A rule-drawn grid does not need this: its merged cells come from missing borders.

use super::tuning::{SPAN_CENTRE_SHARE, SPAN_CENTRE_TOL, STUB_GROUP_MIN_CELLS, STUB_GROUP_MIN_COLUMNS};
use crate::model::MergedCell;

/// A grid with the positions its spans are judged by.
pub(crate) struct Layout<'a> {
    /// Cell texts, every row the same length.
    pub grid: &'a [Vec<String>],
    /// Leading header rows.
    pub header_rows: usize,
    /// x range of each cell's words (`None` for an empty cell), same shape as `grid`.
    pub cell_x: &'a [Vec<Option<(f32, f32)>>],
    /// x range of each column's body text (`None` when the body leaves it empty).
    pub col_x: &'a [Option<(f32, f32)>],
    /// Font size of the table (points).
    pub size: f32,
}

/// `merged` completed with the spans the layout implies (see the module docs); a cell keeps
/// the span it has when it is no smaller.
pub(crate) fn complete(l: &Layout, merged: &[MergedCell]) -> Vec<MergedCell> {
    let nrows = l.grid.len();
    let ncols = l.grid.iter().map(Vec::len).max().unwrap_or(0);
    if nrows == 0 || ncols < 2 || l.cell_x.len() != nrows {
        return merged.to_vec();
    }
    let mut out: Vec<MergedCell> = merged.iter().filter(|m| m.row < nrows && m.col < ncols).cloned().collect();
    let header = l.header_rows.min(nrows);
    for r in 0..header.saturating_sub(1) {
        for c in 0..ncols {
            if blank(l.grid, r, c) || covered_by_other(&out, r, c) {
                continue;
            }
            if let Some((a, b)) = header_span(l, &out, r, c) {
                set_span(&mut out, r, a, 1, b - a + 1);
            }
        }
        for c in 0..ncols {
            if blank(l.grid, r, c) || covered_by_other(&out, r, c) || colspan_at(&out, r, c) > 1 {
                continue;
            }
            // A label with empty cells above and below it sits between the header's lines
            // (centred on their height), not over a level of its own: left as it is.
            let below_empty = (r + 1..header).all(|k| blank(l.grid, k, c) && !covered(&out, k, c));
            let above_empty = r > 0 && blank(l.grid, r - 1, c) && !covered(&out, r - 1, c);
            if below_empty && !above_empty {
                set_span(&mut out, r, c, header - r, 1);
            }
        }
    }
    out.sort_by_key(|m| (m.row, m.col));
    out
}

/// Puts each spanning cell's text in its top-left cell (where the model keeps it): a label
/// centred over the columns it spans was cut into the middle one.
pub(crate) fn text_to_origin(grid: &mut [Vec<String>], merged: &[MergedCell]) {
    for m in merged {
        let Some(row) = grid.get_mut(m.row) else { continue };
        if row.get(m.col).is_none_or(|s| !s.trim().is_empty()) {
            continue;
        }
        let end = (m.col + m.colspan).min(row.len());
        if let Some(k) = (m.col + 1..end).find(|&k| !row[k].trim().is_empty()) {
            row.swap(m.col, k);
        }
    }
}

fn blank(grid: &[Vec<String>], r: usize, c: usize) -> bool {
    grid.get(r).and_then(|row| row.get(c)).is_none_or(|s| s.trim().is_empty())
}

/// Groups of rows under one label of the first column: a body label followed by rows whose
/// first cell is empty while [`STUB_GROUP_MIN_CELLS`] other cells or more hold text spans
/// down over them (`OEI.01 …` beside the three indicators of that objective), as a cell
/// spanning rows is set in a table without rules: printed once, at the top of its rows. A
/// wrapped label longer than its first row runs on beside the next one: the first cell of
/// the row right under it, starting in lower case under a label of several lines not ended
/// by a period, is the rest of that label (moved up into it). A section row (a label spanning the row) ends a group and
/// starts none.
pub(crate) fn add_stub_groups(merged: &mut Vec<MergedCell>, grid: &mut [Vec<String>], header_rows: usize) {
    let n = grid.len();
    let ncols = grid.iter().map(Vec::len).max().unwrap_or(0);
    if ncols < STUB_GROUP_MIN_COLUMNS {
        return;
    }
    let others = |g: &[Vec<String>], r: usize| g[r].iter().skip(1).filter(|s| !s.trim().is_empty()).count();
    let mut r = header_rows;
    while r < n {
        let label = !blank(grid, r, 0) && !covered_by_other(merged, r, 0) && colspan_at(merged, r, 0) == 1;
        if !label || others(grid, r) == 0 || merged.iter().any(|m| (m.row, m.col) == (r, 0) && m.rowspan > 1) {
            r += 1;
            continue;
        }
        let mut k = r + 1;
        while k < n && !covered(merged, k, 0) && others(grid, k) >= STUB_GROUP_MIN_CELLS {
            if blank(grid, k, 0) {
                k += 1;
            } else if k == r + 1 && runs_on(&grid[r][0], &grid[k][0]) {
                let rest = std::mem::take(&mut grid[k][0]);
                grid[r][0] = format!("{}\n{}", grid[r][0], rest);
                k += 1;
            } else {
                break;
            }
        }
        if k > r + 1 {
            set_span(merged, r, 0, k - r, 1);
        }
        r = k;
    }
}

/// `next` goes on with the label `label`: the label is wrapped over lines (the column is
/// full) and does not end a sentence, and `next` starts with a lower-case word.
fn runs_on(label: &str, next: &str) -> bool {
    let wrapped = label.contains('\n');
    let open = !label.trim_end().ends_with(['.', ':', ')']);
    let lower = next.trim_start().chars().next().is_some_and(|c| c.is_lowercase());
    wrapped && open && lower
}

/// True when a spanning cell covers `(r, c)`.
fn covered(merged: &[MergedCell], r: usize, c: usize) -> bool {
    merged.iter().any(|m| r >= m.row && r < m.row + m.rowspan && c >= m.col && c < m.col + m.colspan)
}

/// True when a spanning cell that does not start at `(r, c)` covers it.
fn covered_by_other(merged: &[MergedCell], r: usize, c: usize) -> bool {
    merged
        .iter()
        .any(|m| (m.row, m.col) != (r, c) && r >= m.row && r < m.row + m.rowspan && c >= m.col && c < m.col + m.colspan)
}

fn colspan_at(merged: &[MergedCell], r: usize, c: usize) -> usize {
    merged.iter().find(|m| (m.row, m.col) == (r, c)).map_or(1, |m| m.colspan)
}

fn set_span(merged: &mut Vec<MergedCell>, row: usize, col: usize, rowspan: usize, colspan: usize) {
    merged.retain(|m| (m.row, m.col) != (row, col));
    merged.push(MergedCell { row, col, rowspan, colspan });
}

/// The columns an upper-level header label at `(r, c)` spans: it widens over the empty cells
/// beside it (as many on each side) whose columns hold text in the header row right below,
/// as its own column does, keeping the widest range it stays centred over.
fn header_span(l: &Layout, merged: &[MergedCell], r: usize, c: usize) -> Option<(usize, usize)> {
    let (a, b) = (c, c + colspan_at(merged, r, c) - 1);
    let header = l.header_rows.min(l.grid.len());
    // The level below stands right under the label and under each column it widens over (a
    // label of a header whose lines are not rows, `Clave` over nothing beside `Nombre` a line
    // lower, does not span).
    let under = |j: usize| r + 1 < header && (!blank(l.grid, r + 1, j) || covered(merged, r + 1, j));
    if !(a..=b).all(under) {
        return (b > a).then_some((a, b));
    }
    let open = |j: usize| blank(l.grid, r, j) && !covered(merged, r, j) && under(j);
    let left = (0..a).rev().take_while(|&j| open(j)).count();
    let right = (b + 1..l.grid[r].len()).take_while(|&j| open(j)).count();
    let (x0, x1) = l.cell_x[r].get(c).copied().flatten()?;
    let centre = (x0 + x1) / 2.0;
    for k in (1..=left.min(right)).rev() {
        let (lo, hi) = (a - k, b + k);
        let (Some(from), Some(to)) = (column_x(l, lo, r), column_x(l, hi, r)) else { continue };
        let mid = (from.0 + to.1) / 2.0;
        let tol = (SPAN_CENTRE_TOL * l.size).max(SPAN_CENTRE_SHARE * (to.1 - from.0));
        if (centre - mid).abs() <= tol && x0 >= from.0 - tol && x1 <= to.1 + tol {
            return Some((lo, hi));
        }
    }
    (b > a).then_some((a, b))
}

/// The x range of column `c`: its body text and its header cells under row `r`.
fn column_x(l: &Layout, c: usize, r: usize) -> Option<(f32, f32)> {
    let header = l.header_rows.min(l.grid.len());
    let below = (r + 1..header).filter_map(|k| l.cell_x.get(k).and_then(|row| row.get(c)).copied().flatten());
    l.col_x.get(c).copied().flatten().into_iter().chain(below).reduce(|p, q| (p.0.min(q.0), p.1.max(q.1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(rows: &[&[&str]]) -> Vec<Vec<String>> {
        rows.iter().map(|r| r.iter().map(|s| s.to_string()).collect()).collect()
    }

    /// Cells 100 pt apart, each text centred in its column (20 pt per character at most 80).
    fn xs(g: &[Vec<String>]) -> Vec<Vec<Option<(f32, f32)>>> {
        g.iter()
            .map(|row| {
                row.iter()
                    .enumerate()
                    .map(|(c, s)| {
                        let w = (6.0 * s.len() as f32).min(80.0);
                        (!s.is_empty()).then(|| (100.0 * c as f32 + 50.0 - w / 2.0, 100.0 * c as f32 + 50.0 + w / 2.0))
                    })
                    .collect()
            })
            .collect()
    }

    fn cols(n: usize) -> Vec<Option<(f32, f32)>> {
        (0..n).map(|c| Some((100.0 * c as f32 + 20.0, 100.0 * c as f32 + 80.0))).collect()
    }

    #[test]
    fn a_centred_upper_label_spans_the_columns_under_it_and_a_lone_one_spans_down() {
        let g = grid(&[
            &["Nivel", "", "Matrícula", "", "Var. %"],
            &["", "2019", "2020", "2021", "2021/2020"],
            &["Inicial", "117", "126", "129", "2.3%"],
        ]);
        let cx = xs(&g);
        let col_x = cols(5);
        let l = Layout { grid: &g, header_rows: 2, cell_x: &cx, col_x: &col_x, size: 10.0 };
        let m = complete(&l, &[]);
        assert!(m.contains(&MergedCell { row: 0, col: 1, rowspan: 1, colspan: 3 }), "{m:?}");
        let mut moved = g.clone();
        text_to_origin(&mut moved, &m);
        assert_eq!(moved[0], vec!["Nivel", "Matrícula", "", "", "Var. %"]);
        assert!(m.contains(&MergedCell { row: 0, col: 0, rowspan: 2, colspan: 1 }), "{m:?}");
        // "Var. %" has a label under it: no span.
        assert!(!m.iter().any(|m| m.col == 4));
        // The same label set over the right column only is not centred over three.
        let mut off = cx.clone();
        off[0][2] = Some((300.0, 340.0));
        let l = Layout { grid: &g, header_rows: 2, cell_x: &off, col_x: &col_x, size: 10.0 };
        assert!(!complete(&l, &[]).iter().any(|m| m.row == 0 && m.colspan > 1));
    }

    #[test]
    fn labels_between_the_lines_of_a_header_do_not_span() {
        // `Clave` over `Entidad` in one column, `Nombre` centred on both lines beside it: the
        // header's lines are not levels, no label spans across or down.
        let g = grid(&[
            &["Clave", "", "Clave", "", "Clave", ""],
            &["", "Nombre", "", "Nombre", "", "Nombre"],
            &["Entidad", "", "Municipio", "", "Localidad", ""],
            &["01", "Aguascalientes", "001", "Aguascalientes", "0094", "Granja"],
        ]);
        let cx = xs(&g);
        let col_x = cols(6);
        let l = Layout { grid: &g, header_rows: 3, cell_x: &cx, col_x: &col_x, size: 10.0 };
        assert_eq!(complete(&l, &[]), Vec::new());
    }

    #[test]
    fn a_first_column_label_spans_the_rows_left_empty_under_it() {
        let g = grid(&[
            &["Objetivo", "Indicador", "Línea base", "Meta"],
            &["OEI.01", "Anemia", "31,3", "57,2"],
            &["", "Inversión", "63,1", "45,3"],
            &["", "Conclusión", "82,0", "70,4"],
            &["OEI.02", "Percepción", "0,31", "0,39"],
            &["", "", "", "nota"],
            &["OEI.03", "Empleo", "67,8", "38,0"],
            &["", "Trámites", "62,4", "22,3"],
        ]);
        let mut m = Vec::new();
        let mut g = g;
        add_stub_groups(&mut m, &mut g, 1);
        m.sort_by_key(|c| c.row);
        assert_eq!(
            m,
            vec![
                MergedCell { row: 1, col: 0, rowspan: 3, colspan: 1 },
                MergedCell { row: 6, col: 0, rowspan: 2, colspan: 1 },
            ]
        );
        // A wrapped label running on beside the next row is moved up; a one-line label in
        // lower case under another is a row of its own.
        let mut g = grid(&[
            &["Objetivo", "Indicador", "Año", "Meta"],
            &["OEI.01 Fortalecer la\ngestión orientada a", "Percepción", "2021", "0,88"],
            &["resultados", "Establecimientos", "2019", "24 921"],
            &["urbano", "Empleo", "2020", "16,8"],
            &["rural", "Empleo", "2020", "15,0"],
        ]);
        let mut m = Vec::new();
        add_stub_groups(&mut m, &mut g, 1);
        assert_eq!(m, vec![MergedCell { row: 1, col: 0, rowspan: 2, colspan: 1 }]);
        assert_eq!(g[1][0], "OEI.01 Fortalecer la\ngestión orientada a\nresultados");
        assert_eq!(g[2][0], "");
        assert_eq!(g[4][0], "rural");
        // Header rows and a section row spanning the table are left alone.
        let g = grid(&[&["Región", "PIA", "PIM"], &["", "1", "2"], &["Cusco", "", ""], &["", "3", "4"]]);
        let mut m = vec![MergedCell { row: 2, col: 0, rowspan: 1, colspan: 3 }];
        let mut g = g;
        add_stub_groups(&mut m, &mut g, 1);
        assert_eq!(m, vec![MergedCell { row: 2, col: 0, rowspan: 1, colspan: 3 }]);
    }
}
