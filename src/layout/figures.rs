//! Figure text: the labels of a drawing kept together and read in the order they were drawn.
//!
//! In: one page's [`Line`]s (sorted by baseline, then x; formulas already merged). Out: the
//! same lines, where the labels of one drawing have become one line whose words are in
//! content-stream order ([`Word::seq`]) and whose box covers them all.
//!
//! A drawing's labels (axis ticks, point and node names, the marks of a diagram) are short
//! pieces scattered over an area. Read by geometry they make false columns out of the page
//! (the gap between two labels looks like a gutter) and mix with the text beside them, one
//! row at a time. Kept as one box, the reading order sees one thing, and the producer's own
//! order reads them as they were set.
//!
//! - A *label* is a line that is not prose ([`is_prose`]) with at most [`FIGURE_LABEL_WORDS`]
//!   words of at most [`FIGURE_LABEL_CHARS`] characters.
//! - Two labels belong together when their boxes are at most [`FIGURE_LINK`] em apart both
//!   across and down, or on one row at most [`FIGURE_ROW_LINK`] em apart (tick labels).
//!   A line followed on its row by a line that is no label (a list marker or line number
//!   before its text) is none.
//! - A group is a drawing when it has at least [`FIGURE_MIN_LABELS`] labels, most of them
//!   tiny (single symbols and numbers, not the words and amounts of a table), spread both
//!   ways: several rows with labels side by side, or one row with many (an axis). A stack of
//!   short list items or a column of symbols does not spread (they stay as they are).
//!
//! Before that, the text of each *drawing area* is taken as one: the page's curved and
//! slanted strokes ([`TextPage::drawings`]; a table's rules are straight) at most
//! [`DRAWING_LINK_PT`] apart make an area, at least [`DRAWING_MIN_SIDE_PT`] both ways. The
//! lines whose middle lies in an area (grown by [`DRAWING_LABEL_MARGIN`] em) are its text
//! when there are at least [`DRAWING_MIN_LINES`] of them and none is prose (a paragraph in
//! a rounded box or over a decoration is text, not a drawing): they become one line in
//! drawing order, whatever their size and spread.

use super::stacked::is_prose;
use super::tuning::{
    DRAWING_LABEL_MARGIN, DRAWING_LINK_PT, DRAWING_MIN_LINES, DRAWING_MIN_SIDE_PT, FIGURE_LABEL_CHARS,
    FIGURE_LABEL_WORDS, FIGURE_LINK, FIGURE_MIN_LABELS, FIGURE_ROW_LINK, FIGURE_SPREAD_ROW, FIGURE_SPREAD_ROWS,
    FIGURE_TINY_CHARS, ROW_TOL,
};
use super::{Line, Word};
#[cfg(doc)]
use crate::pdf::TextPage;

/// True when a line's own words make it a label (module docs).
fn is_label(l: &Line) -> bool {
    !l.words.is_empty()
        && l.words.len() <= FIGURE_LABEL_WORDS
        && l.words.iter().all(|w| w.text.chars().count() <= FIGURE_LABEL_CHARS)
        && !is_prose(&l.words)
}

/// True when a label is tiny: every word at most [`FIGURE_TINY_CHARS`] characters.
fn is_tiny(l: &Line) -> bool {
    l.words.iter().all(|w| w.text.chars().count() <= FIGURE_TINY_CHARS)
}

/// For each line, whether it is a label: [`is_label`], and no line that is not one starts on
/// its row at most [`FIGURE_ROW_LINK`] em to its right (a list marker or a line number
/// before its text, a word of a row spread by justification).
fn labels(lines: &[Line]) -> Vec<bool> {
    let own: Vec<bool> = lines.iter().map(is_label).collect();
    (0..lines.len())
        .map(|i| {
            own[i]
                && !lines.iter().enumerate().any(|(j, o)| {
                    !own[j] && same_row(&lines[i], o) && o.bbox[0] >= lines[i].bbox[2] && {
                        o.bbox[0] - lines[i].bbox[2] <= FIGURE_ROW_LINK * lines[i].size.max(o.size)
                    }
                })
        })
        .collect()
}

/// True when `a` and `b` are on one row: baselines within [`ROW_TOL`] of the smaller size.
fn same_row(a: &Line, b: &Line) -> bool {
    (a.baseline - b.baseline).abs() <= ROW_TOL * a.size.min(b.size)
}

/// Whether two labels belong to one drawing (module docs).
fn linked(a: &Line, b: &Line) -> bool {
    let size = a.size.max(b.size);
    let dx = a.bbox[0].max(b.bbox[0]) - a.bbox[2].min(b.bbox[2]);
    let dy = a.bbox[1].max(b.bbox[1]) - a.bbox[3].min(b.bbox[3]);
    if same_row(a, b) {
        return dx <= FIGURE_ROW_LINK * size;
    }
    dx <= FIGURE_LINK * size && dy <= FIGURE_LINK * size
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// The drawing areas of a page: boxes of strokes at most [`DRAWING_LINK_PT`] apart merged,
/// those at least [`DRAWING_MIN_SIDE_PT`] both ways kept.
fn drawing_areas(strokes: &[[f32; 4]]) -> Vec<[f32; 4]> {
    let near = |a: &[f32; 4], b: &[f32; 4]| {
        a[0] - DRAWING_LINK_PT <= b[2]
            && b[0] - DRAWING_LINK_PT <= a[2]
            && a[1] - DRAWING_LINK_PT <= b[3]
            && b[1] - DRAWING_LINK_PT <= a[3]
    };
    let join = |a: [f32; 4], b: [f32; 4]| [a[0].min(b[0]), a[1].min(b[1]), a[2].max(b[2]), a[3].max(b[3])];
    let mut areas: Vec<[f32; 4]> = Vec::new();
    for s in strokes {
        match areas.iter().position(|a| near(a, s)) {
            Some(k) => areas[k] = join(areas[k], *s),
            None => areas.push(*s),
        }
    }
    // Areas grown by later strokes may now touch: merge until none do.
    loop {
        let mut merged = false;
        let mut i = 0;
        while i < areas.len() {
            let mut j = i + 1;
            while j < areas.len() {
                if near(&areas[i], &areas[j]) {
                    let b = areas.swap_remove(j);
                    areas[i] = join(areas[i], b);
                    merged = true;
                } else {
                    j += 1;
                }
            }
            i += 1;
        }
        if !merged {
            break;
        }
    }
    areas.retain(|a| a[2] - a[0] >= DRAWING_MIN_SIDE_PT && a[3] - a[1] >= DRAWING_MIN_SIDE_PT);
    areas
}

/// For each line, the drawing area whose text it is (module docs).
fn area_text(lines: &[Line], areas: &[[f32; 4]], fixed: &dyn Fn(&Line) -> bool) -> Vec<Option<usize>> {
    let inside = |l: &Line, a: &[f32; 4], m: f32| {
        let (cx, cy) = (0.5 * (l.bbox[0] + l.bbox[2]), 0.5 * (l.bbox[1] + l.bbox[3]));
        cx >= a[0] - m && cx <= a[2] + m && cy >= a[1] - m && cy <= a[3] + m
    };
    let mut of: Vec<Option<usize>> = vec![None; lines.len()];
    for (k, a) in areas.iter().enumerate() {
        let members: Vec<usize> = (0..lines.len())
            .filter(|&i| of[i].is_none() && inside(&lines[i], a, DRAWING_LABEL_MARGIN * lines[i].size))
            .collect();
        let text = members.len() >= DRAWING_MIN_LINES
            && members.iter().all(|&i| !is_prose(&lines[i].words) && !fixed(&lines[i]));
        if text {
            for i in members {
                of[i] = Some(k);
            }
        }
    }
    of
}

/// Merges the lines of each drawing area, then the labels of each drawing, into one line
/// (module docs); lines for which `fixed` holds (table text) are left alone.
pub(super) fn merge_figures(lines: &mut Vec<Line>, strokes: &[[f32; 4]], fixed: impl Fn(&Line) -> bool) {
    let area_of: Vec<Option<usize>> =
        if strokes.is_empty() { vec![None; lines.len()] } else { area_text(lines, &drawing_areas(strokes), &fixed) };
    let in_area = area_of.iter().filter(|a| a.is_some()).count();
    let own: Vec<bool> = lines.iter().map(is_label).collect();
    if in_area == 0 && own.iter().filter(|&&b| b).count() < FIGURE_MIN_LABELS {
        return;
    }
    let label: Vec<bool> = labels(lines).into_iter().zip(lines.iter()).map(|(b, l)| b && !fixed(l)).collect();
    if in_area == 0 && label.iter().filter(|&&b| b).count() < FIGURE_MIN_LABELS {
        return;
    }
    let n = lines.len();
    let max_size = lines.iter().map(|l| l.size).fold(0.0f32, f32::max);
    // Lines are sorted by baseline: a partner further down than this cannot be linked.
    let reach = (FIGURE_LINK + 2.0) * max_size;
    let mut parent: Vec<usize> = (0..n).collect();
    let union = |parent: &mut Vec<usize>, i: usize, j: usize| {
        let (a, b) = (find(parent, i), find(parent, j));
        if a != b {
            parent[b] = a;
        }
    };
    for i in (0..n).filter(|&i| label[i]) {
        for j in i + 1..n {
            if lines[j].baseline - lines[i].baseline > reach {
                break;
            }
            if label[j] && linked(&lines[i], &lines[j]) {
                union(&mut parent, i, j);
            }
        }
    }
    // The text of one drawing area is one drawing's.
    let mut first_of_area: Vec<(usize, usize)> = Vec::new();
    for (i, a) in area_of.iter().enumerate() {
        if let Some(a) = *a {
            match first_of_area.iter().find(|(k, _)| *k == a) {
                Some(&(_, f)) => union(&mut parent, f, i),
                None => first_of_area.push((a, i)),
            }
        }
    }
    let mut groups: Vec<Vec<usize>> = vec![Vec::new(); n];
    for i in (0..n).filter(|&i| label[i] || area_of[i].is_some()) {
        let r = find(&mut parent, i);
        groups[r].push(i);
    }
    let drawings: Vec<&Vec<usize>> =
        groups.iter().filter(|g| g.iter().any(|&i| area_of[i].is_some()) || is_drawing(lines, g)).collect();
    if drawings.is_empty() {
        return;
    }
    let mut old: Vec<Option<Line>> = std::mem::take(lines).into_iter().map(Some).collect();
    let mut out = Vec::with_capacity(n);
    for g in drawings {
        let parts: Vec<Line> = g.iter().filter_map(|&i| old[i].take()).collect();
        out.extend(merge(parts));
    }
    out.extend(old.into_iter().flatten());
    out.sort_by(|a, b| a.baseline.total_cmp(&b.baseline).then(a.bbox[0].total_cmp(&b.bbox[0])));
    *lines = out;
}

/// True when a group of labels is a drawing: enough labels, most of them tiny, spread
/// across ([`FIGURE_SPREAD_ROWS`] rows with two labels side by side, or one row with
/// [`FIGURE_SPREAD_ROW`]).
fn is_drawing(lines: &[Line], g: &[usize]) -> bool {
    if g.len() < FIGURE_MIN_LABELS || g.iter().filter(|&&i| is_tiny(&lines[i])).count() * 2 < g.len() {
        return false;
    }
    // Labels per row (rows found among the group, by baseline).
    let mut rows: Vec<(f32, f32, usize)> = Vec::new(); // (baseline, size, labels)
    for &i in g {
        let l = &lines[i];
        match rows.iter_mut().find(|r| (r.0 - l.baseline).abs() <= ROW_TOL * r.1.min(l.size)) {
            Some(r) => r.2 += 1,
            None => rows.push((l.baseline, l.size, 1)),
        }
    }
    let pairs = rows.iter().filter(|r| r.2 >= 2).count();
    pairs >= FIGURE_SPREAD_ROWS || rows.iter().any(|r| r.2 >= FIGURE_SPREAD_ROW)
}

/// One line from a drawing's labels: their words in drawing order, the box of them all,
/// the lowest label's baseline (the drawing is read where it ends, as a table is) and the
/// largest size.
fn merge(parts: Vec<Line>) -> Option<Line> {
    let bbox =
        parts.iter().map(|l| l.bbox).reduce(|a, b| [a[0].min(b[0]), a[1].min(b[1]), a[2].max(b[2]), a[3].max(b[3])])?;
    let baseline = parts.iter().map(|l| l.baseline).fold(f32::NEG_INFINITY, f32::max);
    let size = parts.iter().map(|l| l.size).fold(0.0f32, f32::max);
    let mut words: Vec<Word> = parts.into_iter().flat_map(|l| l.words).collect();
    words.sort_by_key(|w| w.seq);
    Some(Line { words, bbox, baseline, size })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::testutil::{line, word};

    fn sorted(mut l: Vec<Line>) -> Vec<Line> {
        l.sort_by(|a, b| a.baseline.total_cmp(&b.baseline).then(a.bbox[0].total_cmp(&b.bbox[0])));
        l
    }

    #[test]
    fn the_labels_of_a_plot_become_one_line_in_drawing_order() {
        // A plot drawn y ticks first (6 at the top … 0), then the x ticks 0 … 3 under it;
        // prose above and beside it stays as it is.
        let mut lines = vec![line(vec![
            word("Sea", 100.0, 80.0, 100),
            word("la", 120.0, 80.0, 101),
            word("función", 135.0, 80.0, 102),
            word("siguiente", 175.0, 80.0, 103),
        ])];
        for k in 0..4 {
            lines.push(line(vec![word(&(3 - k).to_string(), 100.0, 100.0 + 20.0 * k as f32, k)]));
        }
        for k in 0..4 {
            lines.push(line(vec![word(&k.to_string(), 110.0 + 25.0 * k as f32, 175.0, 10 + k)]));
        }
        let mut lines = sorted(lines);
        merge_figures(&mut lines, &[], |_| false);
        let texts: Vec<String> = lines.iter().map(Line::text).collect();
        assert_eq!(texts, ["Sea la función siguiente", "3 2 1 0 0 1 2 3"]);
        assert_eq!(lines[1].bbox[0], 100.0);
        assert_eq!(lines[1].baseline, 175.0);
    }

    #[test]
    fn the_text_of_a_drawing_area_is_read_in_drawing_order_and_prose_stays() {
        // Three labels of a diagram (too few and too far apart for label linking), drawn
        // "A", "f", "B", over slanted strokes; prose above the drawing stays as it is.
        let prose = line(vec![
            word("Sea", 100.0, 80.0, 0),
            word("la", 120.0, 80.0, 1),
            word("función", 135.0, 80.0, 2),
            word("siguiente", 175.0, 80.0, 3),
            word("dada", 225.0, 80.0, 4),
        ]);
        let lines = sorted(vec![
            prose.clone(),
            line(vec![word("A", 100.0, 200.0, 10)]),
            line(vec![word("B", 250.0, 200.0, 12)]),
            line(vec![word("f", 175.0, 170.0, 11)]),
        ]);
        let strokes = [[105.0, 160.0, 175.0, 195.0], [175.0, 160.0, 250.0, 195.0]];
        let mut l = lines.clone();
        merge_figures(&mut l, &strokes, |_| false);
        let texts: Vec<String> = l.iter().map(Line::text).collect();
        assert_eq!(texts, ["Sea la función siguiente dada", "A f B"]);
        // Without strokes they stay apart; and an area holding prose (a paragraph in a
        // rounded box) is no drawing.
        let mut l = lines.clone();
        merge_figures(&mut l, &[], |_| false);
        assert_eq!(l, lines);
        let mut l = lines.clone();
        merge_figures(&mut l, &[[90.0, 60.0, 260.0, 205.0]], |_| false);
        assert_eq!(l, lines);
    }

    #[test]
    fn a_stack_of_short_items_prose_and_table_text_stay_apart() {
        // Short list items one under the other: no two side by side, not a drawing.
        let items: Vec<Line> =
            (0..8).map(|k| line(vec![word(&format!("{k})"), 100.0, 100.0 + 12.0 * k as f32, k)])).collect();
        let mut l = items.clone();
        merge_figures(&mut l, &[], |_| false);
        assert_eq!(l, items);
        // A grid of short pieces inside a table is left to the table.
        let grid: Vec<Line> = sorted(
            (0..8)
                .map(|k| line(vec![word("12", 100.0 + 40.0 * (k % 2) as f32, 100.0 + 12.0 * (k / 2) as f32, k)]))
                .collect(),
        );
        let mut l = grid.clone();
        merge_figures(&mut l, &[], |_| true);
        assert_eq!(l, grid);
        let mut l = grid.clone();
        merge_figures(&mut l, &[], |_| false);
        assert_eq!(l.len(), 1);
        // Lines of prose are never labels.
        let prose = line(vec![word("texto", 0.0, 0.0, 0), word("largo", 30.0, 0.0, 1), word("aquí", 60.0, 0.0, 2)]);
        assert!(!is_label(&prose));
    }
}
