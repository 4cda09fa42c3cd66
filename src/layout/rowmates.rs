//! The columns of a displayed formula: pieces of its rows set apart by wide gaps.
//!
//! In: one page's [`Line`]s (sorted by baseline, then x), what [`super::stacked`] knows of
//! them ([`LineFacts`]) and the formula each belongs to so far. Out: pairs of lines that are
//! one formula too.
//!
//! Cases, matrices and aligned equations set their columns apart by wide gaps
//! (`H1(2t, s)      falls 0 ≤ t ≤ 1/2      ∀s ∈ I`): each row is cut there into pieces,
//! and only the pieces stacked over each other are found to be one formula. The reading
//! order then sees two columns and reads the formula column by column, or a column's
//! pieces join the paragraph below. Here a piece joins the formula of another piece on its
//! baseline when
//! - neither is prose, and
//! - they are neighbours: no other piece of that baseline lies between them (a piece of
//!   prose between two formula pieces ends the chain: "= ⋃ U heißt Inneres oder offener"
//!   keeps "offener" out of the formula), and
//! - the gap between them is crossed by a line of prose a few lines above or below (it is
//!   white inside one column of text, not a gutter between two), and
//! - one of the pieces chained on that baseline ("H1(2t, s)", "falls …", "∀s ∈ I") holds an
//!   operator, relation or arrow (a Greek letter is not enough: captions and figure labels
//!   have them) or belongs to a formula that spans two baselines or more.
//!
//! The row made whole, the stacked rows of the formula are found as one (here, or on the
//! rows of the reading order). Then a piece
//! that is no prose and whose centre lies inside a formula's box (a brace or bracket set on
//! a baseline of its own) joins that formula too.

use super::limits::LineFacts;
use super::stacked::is_operator;
use super::tuning::{ROWMATE_REACH, ROW_TOL};
use super::Line;

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// True when a prose line within [`ROWMATE_REACH`] body line pitches of `baseline` spans
/// the gap `[g0, g1]`.
fn gap_inside_text(lines: &[Line], facts: &[LineFacts], baseline: f32, g0: f32, g1: f32, reach: f32) -> bool {
    lines
        .iter()
        .zip(facts)
        .any(|(p, f)| f.prose && f.free && (p.baseline - baseline).abs() <= reach && p.bbox[0] < g0 && p.bbox[2] > g1)
}

/// True when a line on `baseline` (within `tol`) lies inside the gap `[g0, g1]`.
fn piece_between(lines: &[Line], baseline: f32, tol: f32, g0: f32, g1: f32) -> bool {
    lines.iter().any(|p| (p.baseline - baseline).abs() <= tol && p.bbox[0] >= g0 && p.bbox[2] <= g1)
}

/// Pairs `(a, b)` of lines to join (module docs). `formula[i]` is the formula (any id
/// shared by its lines) line `i` belongs to; `multi[i]` says that formula spans two
/// baselines or more. `pitch` is the body's line pitch per point of font size.
pub(super) fn rowmate_links(
    lines: &[Line],
    facts: &[LineFacts],
    formula: &[usize],
    multi: &[bool],
    pitch: f32,
) -> Vec<(usize, usize)> {
    let n = lines.len().min(facts.len()).min(formula.len()).min(multi.len());
    let usable = |i: usize| facts[i].free && !facts[i].prose && !lines[i].words.is_empty();
    let mut parent: Vec<usize> = (0..n).collect();
    for i in 0..n {
        if !usable(i) {
            continue;
        }
        let (a, size) = (&lines[i], lines[i].size);
        for j in i + 1..n {
            let b = &lines[j];
            if b.baseline - a.baseline > ROW_TOL * size.min(b.size) {
                break;
            }
            if !usable(j) || formula[i] == formula[j] {
                continue;
            }
            let (l, r) = if a.bbox[0] <= b.bbox[0] { (a, b) } else { (b, a) };
            let reach = ROWMATE_REACH * pitch * size.max(b.size);
            if r.bbox[0] > l.bbox[2]
                && !piece_between(lines, a.baseline, ROW_TOL * size.min(b.size), l.bbox[2], r.bbox[0])
                && gap_inside_text(lines, facts, a.baseline, l.bbox[2], r.bbox[0], reach)
            {
                let (x, y) = (find(&mut parent, i), find(&mut parent, j));
                parent[y] = x;
            }
        }
    }
    // Each chain of pieces on a baseline joins the formula of a member that spans rows,
    // else of a member with an operator.
    let operator = |i: usize| lines[i].words.iter().any(|w| w.text.chars().any(is_operator));
    let mut anchor: Vec<Option<usize>> = vec![None; n];
    for i in (0..n).filter(|&i| multi[i]).chain((0..n).filter(|&i| operator(i))) {
        let r = find(&mut parent, i);
        anchor[r].get_or_insert(i);
    }
    let mut out = Vec::new();
    for i in 0..n {
        let r = find(&mut parent, i);
        if r == i && anchor[r].is_none() {
            continue;
        }
        if let Some(a) = anchor[r] {
            if a != i && formula[a] != formula[i] {
                out.push((a, i));
            }
        }
    }
    out
}

/// Pairs `(line, member)`: a line that is no prose, in no formula spanning rows, whose
/// centre lies inside the box of such a formula (`boxes`: a member and the formula's box).
pub(super) fn enclosed_links(
    lines: &[Line],
    facts: &[LineFacts],
    multi: &[bool],
    boxes: &[(usize, [f32; 4])],
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let (Some(f), Some(&m)) = (facts.get(i), multi.get(i)) else { break };
        if m || !f.free || f.prose || l.words.is_empty() {
            continue;
        }
        let (cx, cy) = (0.5 * (l.bbox[0] + l.bbox[2]), 0.5 * (l.bbox[1] + l.bbox[3]));
        if let Some((member, _)) = boxes.iter().find(|(_, b)| cx > b[0] && cx < b[2] && cy > b[1] && cy < b[3]) {
            out.push((i, *member));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::testutil::{line, word};

    fn facts(lines: &[Line]) -> Vec<LineFacts> {
        lines
            .iter()
            .map(|l| LineFacts { free: true, prose: super::super::stacked::is_prose(&l.words), sign: true })
            .collect()
    }

    #[test]
    fn pieces_of_a_formula_row_set_apart_join_it_inside_a_text_column() {
        // A prose line over cases "H := H1 falls t ≤ 1" / "H2 falls t > 1": H1 and H2 are one
        // formula (rows 0 and 2 say so), the "falls" pieces are 60 pt to the right.
        let prose = line(vec![
            word("Beweis:", 50.0, 80.0, 0),
            word("Sei", 90.0, 80.0, 1),
            word("eine", 110.0, 80.0, 2),
            word("Homotopie", 140.0, 80.0, 3),
            word("zwischen", 200.0, 80.0, 4),
            word("Text", 280.0, 80.0, 5),
        ]);
        let lines = vec![
            prose,
            line(vec![word("H1", 120.0, 100.0, 6)]),
            line(vec![word("falls", 200.0, 100.0, 7), word("t≤1", 230.0, 100.0, 8)]),
            line(vec![word("∀s", 260.0, 100.0, 9)]),
            line(vec![word("H2", 120.0, 112.0, 10)]),
            line(vec![word("falls", 200.0, 112.0, 11), word("t>1", 230.0, 112.0, 12)]),
        ];
        let f = facts(&lines);
        let formula = [0, 1, 2, 3, 1, 5];
        let multi = [false, true, false, false, true, false];
        let mut got = rowmate_links(&lines, &f, &formula, &multi, 1.2);
        got.sort();
        assert_eq!(got, vec![(1, 2), (1, 3), (4, 5)]);
        // Without a line of text spanning the gap (two columns of a page), nothing joins.
        let cols: Vec<Line> = lines[1..].to_vec();
        assert!(
            rowmate_links(&cols, &facts(&cols), &[1, 2, 3, 1, 5], &[true, false, false, true, false], 1.2).is_empty()
        );
        // No member spans rows: each row's pieces join the one with an operator.
        let mut got = rowmate_links(&lines, &f, &[0, 1, 2, 3, 4, 5], &[false; 6], 1.2);
        got.sort();
        assert_eq!(got, vec![(2, 1), (2, 3), (5, 4)]);
        // Pieces with no operator and in no formula stay apart (figure labels and captions
        // beside each other under a text).
        let labels = vec![
            lines[0].clone(),
            line(vec![word("(a)", 120.0, 100.0, 6), word("γ1", 140.0, 100.0, 7)]),
            line(vec![word("(b)", 200.0, 100.0, 8)]),
        ];
        assert!(rowmate_links(&labels, &facts(&labels), &[0, 1, 2], &[false; 3], 1.2).is_empty());
    }

    #[test]
    fn a_piece_past_prose_on_its_baseline_stays_out_of_the_formula() {
        // "a) M = ⋃" (a formula spanning rows), then the prose "U heißt Inneres oder" and
        // the last word "offener" of the line, set apart by a justified gap, under a prose
        // line: "offener" is the prose's neighbour, not a piece of the formula.
        let prose = line(vec![
            word("Eine", 50.0, 80.0, 0),
            word("Teilmenge", 90.0, 80.0, 1),
            word("heißt", 150.0, 80.0, 2),
            word("Umgebung", 200.0, 80.0, 3),
            word("wenn", 300.0, 80.0, 4),
        ]);
        let lines = vec![
            prose,
            line(vec![word("a)", 50.0, 100.0, 5), word("M", 65.0, 100.0, 6), word("=", 75.0, 100.0, 7)]),
            line(vec![
                word("U", 120.0, 100.0, 9),
                word("heißt", 130.0, 100.0, 10),
                word("Inneres", 160.0, 100.0, 11),
                word("oder", 200.0, 100.0, 12),
            ]),
            line(vec![word("offener", 240.0, 100.0, 13)]),
        ];
        let f = facts(&lines);
        assert!(f[2].prose && !f[3].prose);
        let got = rowmate_links(&lines, &f, &[0, 1, 2, 3], &[false, true, false, false], 1.2);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_brace_on_its_own_baseline_inside_a_formula_joins_it() {
        let lines = vec![line(vec![word("{", 110.0, 96.0, 5)]), line(vec![word("x", 300.0, 96.0, 6)])];
        let f = facts(&lines);
        let boxes = [(7, [100.0, 90.0, 200.0, 120.0])];
        assert_eq!(enclosed_links(&lines, &f, &[false, false], &boxes), vec![(0, 7)]);
    }
}
