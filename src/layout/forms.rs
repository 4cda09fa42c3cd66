//! Label–value rows: a form or data sheet set as two columns inside the text ("Plazo de
//! ejecución:" on the left, "240 días calendario" on the right, on one baseline).
//!
//! In: one page's lines and which of them are free body text. Out: for each label line the
//! value line on its row, so that the two are read as one row. Without this, the reading
//! order sees a gutter between labels and values and reads every label, then every value.
//!
//! A label is a line whose last word ends with a colon and whose row has another free line
//! to its right (the value: the nearest one, of about the same size). Labels are read as
//! form rows only in a run of at least [`KV_MIN_ROWS`] consecutive ones: their left (or right)
//! edges align, their values' left edges align, and no other line of the label column
//! comes between them (value lines wrapped under the value column may). Two lines of a
//! prose column in a row both ending in a colon, beside another column, are what this
//! leaves alone.

use super::tuning::*;
use super::Line;

/// `pairs[i] = Some(j)`: line `j` is the value of label line `i` on its row. Lines not
/// `free` take no part.
pub fn label_value_pairs(lines: &[Line], free: &[bool]) -> Vec<Option<usize>> {
    let mut out = vec![None; lines.len()];
    let is_free = |i: usize| free.get(i).copied().unwrap_or(false) && !lines[i].words.is_empty();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if !is_free(i) || !l.words.last().is_some_and(|w| w.text.ends_with(':')) {
            continue;
        }
        let tol = KV_BASELINE_TOL * l.size;
        let value = (0..lines.len())
            .filter(|&j| j != i && is_free(j))
            .filter(|&j| (lines[j].baseline - l.baseline).abs() <= tol && lines[j].bbox[0] >= l.bbox[2])
            .filter(|&j| {
                let (a, b) = (lines[j].size, l.size);
                a.min(b) >= KV_SIZE_RATIO * a.max(b)
            })
            .min_by(|&a, &b| lines[a].bbox[0].total_cmp(&lines[b].bbox[0]));
        if let Some(j) = value {
            pairs.push((i, j));
        }
    }
    if pairs.len() < KV_MIN_ROWS {
        return out;
    }
    pairs.sort_by(|a, b| lines[a.0].baseline.total_cmp(&lines[b.0].baseline));
    let mut run: Vec<(usize, usize)> = Vec::new();
    for &p in &pairs {
        if let Some(&q) = run.last() {
            if !same_form(lines, free, q, p) {
                flush(&mut run, &mut out);
            }
        }
        run.push(p);
    }
    flush(&mut run, &mut out);
    out
}

fn flush(run: &mut Vec<(usize, usize)>, out: &mut [Option<usize>]) {
    if run.len() >= KV_MIN_ROWS {
        for &(l, v) in run.iter() {
            out[l] = Some(v);
        }
    }
    run.clear();
}

/// Whether pair `b` (lower) continues the form of pair `a`: aligned labels, aligned values,
/// near enough, and nothing else in the label column between them.
fn same_form(lines: &[Line], free: &[bool], a: (usize, usize), b: (usize, usize)) -> bool {
    let (la, va, lb, vb) = (&lines[a.0], &lines[a.1], &lines[b.0], &lines[b.1]);
    let em = la.size.max(lb.size);
    let tol = KV_ALIGN_TOL * em;
    let labels_align = (la.bbox[0] - lb.bbox[0]).abs() <= tol || (la.bbox[2] - lb.bbox[2]).abs() <= tol;
    let values_align = (va.bbox[0] - vb.bbox[0]).abs() <= tol;
    let near = lb.baseline - la.baseline <= KV_MAX_ROW_DROP * em;
    if !(labels_align && values_align && near) {
        return false;
    }
    let col = [la.bbox[0].min(lb.bbox[0]), la.bbox[2].max(lb.bbox[2])];
    !lines.iter().enumerate().any(|(k, l)| {
        k != a.0
            && k != b.0
            && free.get(k).copied().unwrap_or(false)
            && l.baseline > la.baseline + KV_BASELINE_TOL * em
            && l.baseline < lb.baseline - KV_BASELINE_TOL * em
            && l.bbox[0] < col[1]
            && l.bbox[2] > col[0]
            && l.bbox[0] < va.bbox[0].min(vb.bbox[0]) - tol
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::testutil::word;

    /// A 10 pt line of `s`'s words from `x` on `base` (0.5 em per character, one space).
    fn line(x: f32, base: f32, _size: f32, s: &str) -> Line {
        let mut words = Vec::new();
        let mut at = x;
        for (k, t) in s.split(' ').enumerate() {
            words.push(word(t, at, base, k as u32));
            at += 5.0 * (t.chars().count() + 1) as f32;
        }
        crate::layout::testutil::line(words)
    }

    fn ends(pairs: &[Option<usize>], lines: &[Line]) -> Vec<(String, String)> {
        pairs.iter().enumerate().filter_map(|(i, p)| p.map(|j| (lines[i].text(), lines[j].text()))).collect()
    }

    #[test]
    fn label_and_value_columns_pair_row_by_row() {
        // Labels at 72, values at 200; the second value wraps under the value column.
        let lines = vec![
            line(72.0, 100.0, 10.0, "Monto de inversión:"),
            line(200.0, 100.0, 10.0, "S/ 3 827 331,40"),
            line(72.0, 114.0, 10.0, "Unidad ejecutora:"),
            line(200.0, 114.0, 10.0, "Gobierno Regional de"),
            line(200.0, 128.0, 10.0, "La Libertad"),
            line(72.0, 142.0, 10.0, "Plazo:"),
            line(200.0, 142.0, 10.0, "240 días"),
        ];
        let free = vec![true; lines.len()];
        let p = label_value_pairs(&lines, &free);
        let got = ends(&p, &lines);
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[1], ("Unidad ejecutora:".to_string(), "Gobierno Regional de".to_string()));
        assert_eq!(p[4], None);
    }

    #[test]
    fn one_label_row_or_prose_columns_are_left_alone() {
        // A single label row is no form.
        let one = vec![line(72.0, 100.0, 10.0, "Asunto:"), line(200.0, 100.0, 10.0, "Remite informe")];
        assert!(label_value_pairs(&one, &[true, true]).iter().all(Option::is_none));
        // Two-column prose: two left-column lines end in a colon, but a prose line of the
        // left column comes between them.
        let prose = vec![
            line(72.0, 100.0, 10.0, "los objetivos siguientes:"),
            line(320.0, 100.0, 10.0, "de la región y sus provincias"),
            line(72.0, 114.0, 10.0, "el primero de ellos es el más"),
            line(320.0, 114.0, 10.0, "con un avance físico del"),
            line(72.0, 128.0, 10.0, "y se resume así:"),
            line(320.0, 128.0, 10.0, "periodo anterior y siguiente"),
        ];
        assert!(label_value_pairs(&prose, &[true; 6]).iter().all(Option::is_none));
        // Lines that are not free (a table's) take no part.
        let lines = vec![
            line(72.0, 100.0, 10.0, "Monto:"),
            line(200.0, 100.0, 10.0, "S/ 10"),
            line(72.0, 114.0, 10.0, "Plazo:"),
            line(200.0, 114.0, 10.0, "240 días"),
        ];
        assert!(label_value_pairs(&lines, &[true, false, true, true]).iter().all(Option::is_none));
    }
}
