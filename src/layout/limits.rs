//! Small lines set right under or over a formula's row: limits and brace labels.
//!
//! In: one page's [`Line`]s (sorted by baseline, then x) with their [`super::stacked`]
//! facts. Out: pairs of lines (label, formula row) that are one formula, for
//! [`super::stacked::merge_formulas`] to join (it reads the joined lines in drawing order).
//!
//! A display formula puts small text under or over parts of its row: the limits of a sum
//! or a union ("k=0" under "∑"), the label of an underbrace or overbrace ("=U₁" under
//! "(B ∩ U₁)"), the text over a stacked relation. The brace between them pushes the label
//! further from the row than a numerator or an index is, so the rule for stacked rows
//! (closer than a line) misses it and the label ends up after the whole formula, or among
//! the next lines. The producer draws it right after (or before) the part it labels, so
//! once joined, drawing order puts it where a reader takes it.
//!
//! A line is a *label* of the row above or below it when
//! - it is not prose, and at most [`LABEL_SMALL`] of the row's size;
//! - the row holds a mathematical sign and is not prose (a formula);
//! - the row is the nearest line above (or below) that it overlaps horizontally, at most
//!   [`LABEL_REACH`] em of the row's size away (baselines), and nearer than the nearest
//!   such line on the other side;
//! - it lies within the row's horizontal extent (give or take [`LABEL_SLACK`] em) and is at
//!   most [`LABEL_WIDTH`] of its width (a label marks a part of the row; a line as wide is
//!   an equation of its own);
//!
//! A big operator's limits come first: a line is a *limit* of a big operator ("∑", "⋃",
//! [`super::hanging::is_large_operator`]) when it is small (at most [`LABEL_SMALL`] of
//! the operator's size), not prose, centred on the operator (middles at most
//! [`LIMIT_CENTRE`] em apart: TeX centres limits on their operator) and its baseline at
//! most [`LIMIT_REACH`] em from the operator's, or [`LABEL_REACH`] em of its own size from
//! a limit of the same operator it is stacked under or over ("U ⊆ M" over "U ∈ T", both
//! under "⋃"). Such a line is the operator's line's label whatever lies nearer: the row
//! below a display operator is often nearer its lower limit than the operator's own
//! baseline, which sits near the operator's top. A limit joins its operator only (the
//! stacked rows' rule would otherwise tie a lower limit to the next formula's upper one).

use super::hanging::is_large_operator;
use super::tuning::{LABEL_REACH, LABEL_SLACK, LABEL_SMALL, LABEL_WIDTH, LIMIT_CENTRE, LIMIT_REACH, ROW_TOL};
use super::Line;

/// Facts of a line [`label_links`] needs: free (not table text), prose, formula (holds a sign).
#[derive(Debug, Clone, Copy)]
pub(super) struct LineFacts {
    pub free: bool,
    pub prose: bool,
    pub sign: bool,
}

/// Pairs `(label, row)` of indices into `lines` (module docs).
pub(super) fn label_links(lines: &[Line], facts: &[LineFacts]) -> Vec<(usize, usize)> {
    let max_size = lines.iter().map(|l| l.size).fold(0.0f32, f32::max);
    let reach = LABEL_REACH * max_size;
    let mut out = operator_limits(lines, facts);
    let mut limit = vec![false; lines.len()];
    for &(i, _) in &out {
        limit[i] = true;
    }
    for (i, l) in lines.iter().enumerate() {
        let f = facts[i];
        // No row on the page is big enough to have it as a label.
        if limit[i] || !f.free || f.prose || l.words.is_empty() || l.size > LABEL_SMALL * max_size {
            continue;
        }
        // The nearest line above and the nearest below that overlap it horizontally.
        let overlaps = |o: &Line| o.bbox[0] < l.bbox[2] && l.bbox[0] < o.bbox[2];
        let apart = |o: &Line| (o.baseline - l.baseline).abs() > ROW_TOL * l.size.min(o.size);
        let above = lines[..i]
            .iter()
            .enumerate()
            .rev()
            .take_while(|(_, o)| l.baseline - o.baseline <= reach)
            .find(|(_, o)| apart(o) && overlaps(o));
        let below = lines[i + 1..]
            .iter()
            .enumerate()
            .map(|(k, o)| (i + 1 + k, o))
            .take_while(|(_, o)| o.baseline - l.baseline <= reach)
            .find(|(_, o)| apart(o) && overlaps(o));
        // The nearer of the two only: a label between two formulas never joins them, and a
        // numerator over its denominator is no label of the row above.
        let nearest = above
            .into_iter()
            .chain(below)
            .min_by(|a, b| (a.1.baseline - l.baseline).abs().total_cmp(&(b.1.baseline - l.baseline).abs()));
        if let Some((j, row)) = nearest {
            if is_label_of(l, row, facts[j]) {
                out.push((i, j));
            }
        }
    }
    out
}

/// Pairs `(limit, operator's line)`: the lines stacked under and over each big operator
/// that are its limits (module docs). A limit belongs to its operator only:
/// [`super::stacked::merge_formulas`] links it to no other line.
pub(super) fn operator_limits(lines: &[Line], facts: &[LineFacts]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (j, row) in lines.iter().enumerate() {
        if !facts[j].free {
            continue;
        }
        let ops =
            row.words.iter().filter(|w| !w.text.is_ascii() && w.text.chars().next().is_some_and(is_large_operator));
        for w in ops {
            let (mid, size) = (0.5 * (w.bbox[0] + w.bbox[2]), w.size);
            let is_limit = |k: usize| {
                let (l, f) = (&lines[k], facts[k]);
                f.free
                    && !f.prose
                    && !l.words.is_empty()
                    && l.size <= LABEL_SMALL * size
                    && (0.5 * (l.bbox[0] + l.bbox[2]) - mid).abs() <= LIMIT_CENTRE * size
                    && (l.baseline - row.baseline).abs() > ROW_TOL * size
            };
            // Down the lines under it, then up the lines over it, each limit found
            // reaching on to the next.
            let below = (j + 1..lines.len()).collect::<Vec<_>>();
            let above = (0..j).rev().collect::<Vec<_>>();
            for side in [below, above] {
                let (mut last, mut step) = (row.baseline, LIMIT_REACH * size);
                for k in side {
                    if (lines[k].baseline - last).abs() > step {
                        break;
                    }
                    if is_limit(k) && !out.iter().any(|&(i, _)| i == k) {
                        out.push((k, j));
                        last = lines[k].baseline;
                        step = LABEL_REACH * lines[k].size;
                    }
                }
            }
        }
    }
    out
}

/// Whether `l` is a label of the formula row `row` (facts `rf`): small, close, narrower,
/// within it.
fn is_label_of(l: &Line, row: &Line, rf: LineFacts) -> bool {
    let size = row.size;
    rf.free
        && rf.sign
        && !rf.prose
        && l.size <= LABEL_SMALL * size
        && (l.baseline - row.baseline).abs() <= LABEL_REACH * size
        && l.bbox[2] - l.bbox[0] <= LABEL_WIDTH * (row.bbox[2] - row.bbox[0])
        && l.bbox[0] >= row.bbox[0] - LABEL_SLACK * size
        && l.bbox[2] <= row.bbox[2] + LABEL_SLACK * size
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::testutil::{line, word};

    fn formula() -> LineFacts {
        LineFacts { free: true, prose: false, sign: true }
    }

    fn small(mut l: Line, size: f32) -> Line {
        l.size = size;
        for w in &mut l.words {
            w.size = size;
        }
        l
    }

    #[test]
    fn a_small_line_under_a_formula_is_its_label() {
        // "B = (B ∩ U1) ∪ (B ∩ U2)" with "=U1" 17 pt under its first bracket (8 pt).
        let row = line(vec![word("B", 100.0, 100.0, 0), word("=", 112.0, 100.0, 1), word("(B∩U1)", 124.0, 100.0, 2)]);
        let label = small(line(vec![word("=U1", 130.0, 117.0, 3)]), 8.0);
        let lines = vec![row.clone(), label.clone()];
        assert_eq!(label_links(&lines, &[formula(), formula()]), vec![(1, 0)]);
        // Not under a formula (no sign): no label.
        let text = LineFacts { free: true, prose: false, sign: false };
        assert!(label_links(&lines, &[text, formula()]).is_empty());
        // As big as the row, or further than the reach: no label.
        let big = line(vec![word("=U1", 130.0, 117.0, 3)]);
        assert!(label_links(&[row.clone(), big], &[formula(), formula()]).is_empty());
        let far = small(line(vec![word("=U1", 130.0, 135.0, 3)]), 8.0);
        assert!(label_links(&[row.clone(), far], &[formula(), formula()]).is_empty());
        // Sticking out of the row to the right: not its label.
        let out = small(line(vec![word("=U1", 200.0, 117.0, 3)]), 8.0);
        assert!(label_links(&[row, out], &[formula(), formula()]).is_empty());
    }

    #[test]
    fn stacked_limits_centred_under_an_operator_are_its_labels() {
        // "= ⋃" (the operator's baseline near its top), the row "a) M = … =" on its
        // formula's baseline, "U⊆M" (6 pt) and "U∈T" (8 pt) centred under "⋃", then a
        // text line nearer to "U∈T" than "⋃" is.
        let mut op = line(vec![word("⋃", 366.0, 260.7, 5)]);
        op.words[0].bbox[2] = 378.3;
        op.bbox[2] = 378.3;
        let row = line(vec![word("a)", 122.0, 265.3, 0), word("=", 349.0, 265.3, 4)]);
        let mut upper = small(line(vec![word("U⊆M", 363.0, 278.3, 6)]), 6.0);
        upper.bbox[2] = upper.bbox[0] + 18.0;
        let mut lower = small(line(vec![word("U∈T", 363.5, 285.9, 7)]), 8.0);
        lower.bbox[2] = lower.bbox[0] + 17.5;
        let text = line(vec![word("U", 363.0, 300.0, 8), word("<", 372.0, 300.0, 9)]);
        let lines = vec![op.clone(), row, upper, lower, text];
        let links = label_links(&lines, &[formula(); 5]);
        assert!(links.contains(&(2, 0)) && links.contains(&(3, 0)), "{links:?}");
        // Not centred on it (a line starting under it): no limit of the operator.
        let mut off = small(line(vec![word("U∈T", 370.0, 278.3, 6)]), 6.0);
        off.bbox[2] = off.bbox[0] + 18.0;
        let links = label_links(&[op, off], &[formula(); 2]);
        assert!(links.is_empty(), "{links:?}");
    }
}
