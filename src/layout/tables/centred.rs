//! Rows of a table whose cells are centred vertically.
//!
//! In: the lines of one segment of a table area (between two separators), each cut into the
//! area's columns ([`CutLine`]). Out: the segment's lines grouped into rows, when the cells
//! are centred on their rows; `None` otherwise (the caller groups them its own way).
//!
//! A typesetter that centres each cell on its row sets a one-line cell (a date, a number)
//! halfway down the row, between the first and last lines of a wrapped cell beside it: half
//! a line below one of them. The rows' middles are then known from the cells that stand alone
//! in their column (no line of the column within a leading above or below, or only a number
//! over or under a number: numbers do not wrap, so rows of one line set as tightly as a
//! cell's own lines still get their middles), and each
//! column's lines are the rows' cells taken in order: the next cell of a column is the run of
//! its next lines (one leading apart) whose middle is the next row's middle. A column with
//! nothing in a row simply has no run there. Rows set as tightly as a cell's own lines leave
//! no gap to tell cells apart; the middles do. The segment is taken as centred only when
//! some lone cell stands halfway between two lines of another column, and only when every
//! line finds its row this way, the same row for each of its cells.

use super::logical::CutLine;
use super::tuning::{CENTRED_MIN_LINES, CENTRED_TOL};

/// The lines of `seg` (indices into `lines`, top to bottom) grouped into rows by their
/// middles, or `None` when the cells are not centred on their rows (or they make one row).
pub(crate) fn centred_rows(lines: &[CutLine], seg: &[usize]) -> Option<Vec<Vec<usize>>> {
    centred_groups(lines, seg).filter(|rows| rows.len() >= 2)
}

/// [`centred_rows`], also when the lines make a single centred row (a filled band holding
/// one row whose short cells stand halfway between the lines of a wrapped one).
pub(crate) fn centred_groups(lines: &[CutLine], seg: &[usize]) -> Option<Vec<Vec<usize>>> {
    if seg.len() < CENTRED_MIN_LINES {
        return None;
    }
    let ncols = seg.iter().map(|&i| lines[i].cells.len()).max().unwrap_or(0);
    let base = |k: usize| lines[seg[k]].base;
    // Per column, the positions in `seg` of the lines with text in it.
    let cols: Vec<Vec<usize>> = (0..ncols)
        .map(|c| (0..seg.len()).filter(|&k| lines[seg[k]].cells.get(c).is_some_and(|ws| !ws.is_empty())).collect())
        .collect();
    let lead = cols
        .iter()
        .flat_map(|ks| ks.windows(2).map(|w| base(w[1]) - base(w[0])))
        .filter(|s| *s > 0.0)
        .fold(f32::INFINITY, f32::min);
    if !lead.is_finite() {
        return None;
    }
    let tol = CENTRED_TOL * lead;
    // Lone cells: no line of their column within a leading above or below, or only a
    // number over or under a number (numbers do not wrap: rows of one line each, set as
    // tightly as a cell's own lines).
    let number = |k: usize, c: usize| {
        lines[seg[k]].cells.get(c).is_some_and(|ws| !ws.is_empty() && super::is_numeric(&super::join_words(ws)))
    };
    let mut lone: Vec<f32> = Vec::new();
    for (c, ks) in cols.iter().enumerate() {
        for (j, &k) in ks.iter().enumerate() {
            let apart = |a: usize, b: usize| base(b) - base(a) > lead + tol || (number(a, c) && number(b, c));
            let above = j == 0 || apart(ks[j - 1], k);
            let below = j + 1 == ks.len() || apart(k, ks[j + 1]);
            if above && below {
                lone.push(base(k));
            }
        }
    }
    // Evidence: a lone cell halfway between two lines of another column one leading apart.
    let halfway = lone.iter().any(|&y| {
        cols.iter().any(|ks| {
            ks.windows(2).any(|w| {
                let (a, b) = (base(w[0]), base(w[1]));
                b - a <= lead + tol && (y - (a + b) / 2.0).abs() <= tol
            })
        })
    });
    if !halfway {
        return None;
    }
    let middles = cluster(lone, tol);
    let mut row_of: Vec<Option<usize>> = vec![None; seg.len()];
    for ks in &cols {
        let mut j = 0;
        for (r, &mid) in middles.iter().enumerate() {
            let Some(k) = run_centred_on(ks, j, mid, lead, tol, &base) else {
                if j < ks.len() && base(ks[j]) < mid - tol {
                    return None;
                }
                continue;
            };
            for &p in &ks[j..j + k] {
                if row_of[p].is_some_and(|o| o != r) {
                    return None;
                }
                row_of[p] = Some(r);
            }
            j += k;
        }
        if j < ks.len() {
            return None;
        }
    }
    let mut rows: Vec<Vec<usize>> = vec![Vec::new(); middles.len()];
    for (k, r) in row_of.iter().enumerate() {
        rows[(*r)?].push(seg[k]);
    }
    rows.retain(|r| !r.is_empty());
    (!rows.is_empty()).then_some(rows)
}

/// How many of the column's lines from `ks[j]` on (each one leading below the one before)
/// have their middle at `mid`; `None` when no such run does.
fn run_centred_on(ks: &[usize], j: usize, mid: f32, lead: f32, tol: f32, base: &dyn Fn(usize) -> f32) -> Option<usize> {
    let mut sum = 0.0f32;
    for (n, &k) in ks.iter().enumerate().skip(j) {
        if n > j && base(k) - base(ks[n - 1]) > lead + tol {
            return None;
        }
        sum += base(k);
        let count = n - j + 1;
        let mean = sum / count as f32;
        if (mean - mid).abs() <= tol {
            return Some(count);
        }
        if mean > mid + tol {
            return None;
        }
    }
    None
}

/// Values sorted and joined when within `tol` of the cluster's first value (each cluster's
/// mean).
fn cluster(mut v: Vec<f32>, tol: f32) -> Vec<f32> {
    v.sort_by(f32::total_cmp);
    let mut out: Vec<(f32, f32, usize)> = Vec::new();
    for y in v {
        match out.last_mut() {
            Some((first, sum, n)) if y - *first <= tol => {
                *sum += y;
                *n += 1;
            }
            _ => out.push((y, y, 1)),
        }
    }
    out.into_iter().map(|(_, sum, n)| sum / n as f32).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::tables::TWord;

    /// A line at baseline `base` with one word in each non-empty cell.
    fn line(cells: &[&str], base: f32) -> CutLine {
        let cells = cells
            .iter()
            .enumerate()
            .map(|(c, t)| {
                if t.is_empty() {
                    Vec::new()
                } else {
                    let x = 100.0 * c as f32;
                    vec![TWord {
                        text: (*t).into(),
                        bbox: [x, base - 8.0, x + 40.0, base + 2.0],
                        baseline: base,
                        size: 10.0,
                        bold: false,
                    }]
                }
            })
            .collect();
        CutLine { cells, top: base - 8.0, bottom: base + 2.0, base, size: 10.0, spans: Vec::new() }
    }

    #[test]
    fn centred_cells_make_rows_even_when_rows_are_set_tight() {
        // Leading 12; rows 12 apart too. Row 1: a two-line cell beside a date halfway;
        // row 2: a one-line label, a date and a two-line cell; row 3: all one line.
        let ls = vec![
            line(&["Decreto", "", "Modifica el"], 100.0),
            line(&["", "12/03", ""], 106.0),
            line(&["080-2013", "", "reglamento."], 112.0),
            line(&["", "", "Autoriza"], 124.0),
            line(&["Ley 30941", "05/05", ""], 130.0),
            line(&["", "", "viajes."], 136.0),
            line(&["Ley 28832", "18/09", "Establece."], 148.0),
        ];
        let seg: Vec<usize> = (0..ls.len()).collect();
        assert_eq!(centred_rows(&ls, &seg), Some(vec![vec![0, 1, 2], vec![3, 4, 5], vec![6]]));
    }

    #[test]
    fn rows_of_one_line_set_as_tight_as_a_leading_are_told_apart_by_their_numbers() {
        // A header centred over two lines, a two-line cell beside centred numbers, then rows
        // of one line each, one leading apart: the numbers stacked in their column are cells
        // of rows of their own.
        let ls = vec![
            line(&["", "Unidad de", "Meta"], 100.0),
            line(&["Actividad", "", ""], 106.0),
            line(&["", "medida", "anual"], 112.0),
            line(&["Mantenimiento", "", ""], 124.0),
            line(&["", "Km", "119"], 130.0),
            line(&["vecinales", "", ""], 136.0),
            line(&["Emisión", "Documento", "152"], 148.0),
            line(&["Inspecciones", "Inspección", "137"], 160.0),
        ];
        let seg: Vec<usize> = (0..ls.len()).collect();
        assert_eq!(centred_rows(&ls, &seg), Some(vec![vec![0, 1, 2], vec![3, 4, 5], vec![6], vec![7]]));
    }

    #[test]
    fn top_aligned_cells_are_not_taken_as_centred() {
        // The date sits on the first line of its row: no lone cell halfway.
        let ls = vec![
            line(&["Decreto", "12/03", "Modifica el"], 100.0),
            line(&["080-2013", "", "reglamento."], 112.0),
            line(&["Ley 30941", "05/05", "Autoriza"], 124.0),
            line(&["", "", "viajes."], 136.0),
        ];
        let seg: Vec<usize> = (0..ls.len()).collect();
        assert_eq!(centred_rows(&ls, &seg), None);
    }

    #[test]
    fn a_line_that_fits_no_middle_gives_up() {
        // A third line of the last column left over: under its two lines centred on the
        // first row's middle, nothing centred on the second row's middle takes it.
        let ls = vec![
            line(&["a", "", "x"], 100.0),
            line(&["", "1", ""], 106.0),
            line(&["b", "", "y"], 112.0),
            line(&["", "", "z"], 124.0),
            line(&["c", "2", ""], 136.0),
        ];
        let seg: Vec<usize> = (0..ls.len()).collect();
        assert_eq!(centred_rows(&ls, &seg), None);
    }
}
