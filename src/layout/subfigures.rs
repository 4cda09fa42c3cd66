//! Subfigures side by side, each read whole: its drawing's labels, then its caption.
//!
//! In: one page's [`Line`]s (sorted by baseline, then x), before formulas and figures are
//! merged. Out: the same lines, where each subfigure of a row of subfigures has become one
//! line (its labels in drawing order, then its caption), and the boxes of those lines (their
//! text is settled: the later merges leave it alone).
//!
//! A row of subfigures ends in a row of subcaptions "(a) …", "(b) …" side by side. Read by
//! geometry, the labels of all the drawings come first, row by row and mixed across the
//! drawings (an axis's ticks run on into the next plot's), then the captions. The producer
//! draws each subfigure whole — its drawing, then its caption — one after the other, and
//! that order says which labels are whose:
//! - a *subcaption row*: two pieces or more on one row, each opening with a letter label
//!   "(a)", "(b)", … in alphabetical order left to right, and drawn left to right;
//! - a piece's *caption* is the piece and the lines drawn right after it under it (a
//!   wrapped caption, at most [`SUBFIG_CAPTION_LINES`] lines);
//! - subfigure k's *labels* are the lines drawn between caption k−1 and piece k, all of
//!   them above the row; the first subfigure's are the lines above the row drawn right
//!   before its piece, back to the first line of prose (the text before the figure) or to
//!   a line more than [`SUBFIG_GAP`] em above the labels gathered so far;
//! - the subfigures lie side by side: each one's extent overlaps the next one's by at most
//!   [`SUBFIG_OVERLAP`] em, and some subfigure has labels.
//!
//! Otherwise (captions drawn apart from their drawings, drawings that overlap) the row is
//! left as it is.

use super::interleaved::{append_row, drawn_after, end_seq, first_seq, runs_on_below};
use super::stacked::is_prose;
use super::tuning::{ROW_TOL, SUBFIG_CAPTION_LINES, SUBFIG_GAP, SUBFIG_OVERLAP};
use super::{Line, Word};

/// The letter of a subfigure label word: "(a)" → `a`.
fn label_letter(w: &Word) -> Option<char> {
    let mut c = w.text.chars();
    match (c.next(), c.next(), c.next(), c.next()) {
        (Some('('), Some(l), Some(')'), None) if l.is_ascii_lowercase() => Some(l),
        _ => None,
    }
}

fn same_row(a: &Line, b: &Line) -> bool {
    (a.baseline - b.baseline).abs() <= ROW_TOL * a.size.min(b.size)
}

/// Subcaption rows: for each, its pieces (indices into `lines`) left to right.
fn subcaption_rows(lines: &[Line]) -> Vec<Vec<usize>> {
    let pieces: Vec<usize> =
        (0..lines.len()).filter(|&i| lines[i].words.first().and_then(label_letter).is_some()).collect();
    let mut rows: Vec<Vec<usize>> = Vec::new();
    for &p in &pieces {
        match rows.iter_mut().find(|r| same_row(&lines[r[0]], &lines[p])) {
            Some(r) => r.push(p),
            None => rows.push(vec![p]),
        }
    }
    rows.retain_mut(|r| {
        r.sort_by(|&a, &b| lines[a].bbox[0].total_cmp(&lines[b].bbox[0]));
        let letter = |i: usize| lines[i].words.first().and_then(label_letter);
        r.len() >= 2
            && r.windows(2).all(|w| letter(w[0]) < letter(w[1]) && first_seq(&lines[w[0]]) < first_seq(&lines[w[1]]))
    });
    rows
}

/// The caption of piece `p`: the piece and the lines drawn right after it under it.
fn caption(lines: &[Line], p: usize, used: &[bool]) -> Vec<usize> {
    let piece = &lines[p];
    let em = piece.size;
    let mut out = vec![p];
    while out.len() < SUBFIG_CAPTION_LINES {
        let Some(&last) = out.last() else { break };
        let above = &lines[last];
        let end = end_seq(above);
        let next = (0..lines.len()).find(|&k| {
            let c = &lines[k];
            !used[k] && !out.contains(&k) && runs_on_below(above, c, piece, em) && drawn_after(end, first_seq(c))
        });
        match next {
            Some(k) => out.push(k),
            None => break,
        }
    }
    out
}

/// Horizontal extent of some lines.
fn x_extent(lines: &[Line], idx: &[usize]) -> (f32, f32) {
    idx.iter().fold((f32::INFINITY, f32::NEG_INFINITY), |(a, b), &i| (a.min(lines[i].bbox[0]), b.max(lines[i].bbox[2])))
}

/// One subfigure row's parts: for each subfigure, its labels and its caption lines.
type Parts = Vec<(Vec<usize>, Vec<usize>)>;

/// The subfigures of the subcaption row `row` (module docs), or `None` when the rule fails.
fn subfigures(lines: &[Line], row: &[usize], by_seq: &[usize], used: &[bool]) -> Option<Parts> {
    let first = &lines[row[0]];
    let em = first.size;
    let row_top = row.iter().map(|&p| lines[p].bbox[1]).fold(f32::INFINITY, f32::min);
    let above =
        |i: usize| lines[i].baseline < first.baseline - ROW_TOL * em && lines[i].bbox[3] <= row_top + ROW_TOL * em;
    let mut taken = used.to_vec();
    let captions: Vec<Vec<usize>> = row
        .iter()
        .map(|&p| {
            let c = caption(lines, p, &taken);
            for &k in &c {
                taken[k] = true;
            }
            c
        })
        .collect();
    let ends: Vec<u32> = captions.iter().map(|c| c.iter().map(|&k| end_seq(&lines[k])).max().unwrap_or(0)).collect();
    let starts: Vec<u32> = row.iter().map(|&p| first_seq(&lines[p])).collect();
    let mut labels: Vec<Vec<usize>> = vec![Vec::new(); row.len()];
    // Subfigures after the first: what was drawn between the captions.
    for k in 1..row.len() {
        if ends[k - 1] > starts[k] {
            return None;
        }
        for &i in by_seq {
            let s = first_seq(&lines[i]);
            if taken[i] || s < ends[k - 1] || s >= starts[k] {
                continue;
            }
            if !above(i) || end_seq(&lines[i]) > starts[k] {
                return None;
            }
            labels[k].push(i);
            taken[i] = true;
        }
    }
    // The first: back from its piece while the lines are labels near the rest.
    let mut top = labels.iter().flatten().chain(row).map(|&i| lines[i].bbox[1]).fold(f32::INFINITY, f32::min);
    let at = by_seq.partition_point(|&i| first_seq(&lines[i]) < starts[0]);
    for &i in by_seq[..at].iter().rev() {
        if taken[i] {
            continue;
        }
        let l = &lines[i];
        if is_prose(&l.words) || !above(i) || l.bbox[3] < top - SUBFIG_GAP * l.size.max(em) {
            break;
        }
        labels[0].push(i);
        taken[i] = true;
        top = top.min(l.bbox[1]);
    }
    if labels.iter().all(Vec::is_empty) {
        return None;
    }
    let parts: Parts = labels.into_iter().zip(captions).collect();
    let side_by_side = parts.windows(2).all(|w| {
        let a: Vec<usize> = w[0].0.iter().chain(&w[0].1).copied().collect();
        let b: Vec<usize> = w[1].0.iter().chain(&w[1].1).copied().collect();
        x_extent(lines, &a).1 - x_extent(lines, &b).0 <= SUBFIG_OVERLAP * em
    });
    side_by_side.then_some(parts)
}

/// One line from a subfigure: its labels' words in drawing order, then its caption's lines
/// (a word broken at a caption line's end joined); the caption piece's baseline and size.
fn merge(lines: &mut [Option<Line>], labels: &[usize], caption: &[usize]) -> Option<Line> {
    let piece = lines.get(*caption.first()?)?.as_ref()?;
    let (baseline, size) = (piece.baseline, piece.size);
    let mut bbox = piece.bbox;
    let mut words: Vec<Word> = Vec::new();
    for &i in labels {
        if let Some(l) = lines[i].take() {
            bbox = union(bbox, l.bbox);
            words.extend(l.words);
        }
    }
    words.sort_by_key(|w| w.seq);
    for &i in caption {
        if let Some(l) = lines[i].take() {
            bbox = union(bbox, l.bbox);
            append_row(&mut words, l.words);
        }
    }
    (!words.is_empty()).then_some(Line { words, bbox, baseline, size })
}

fn union(a: [f32; 4], b: [f32; 4]) -> [f32; 4] {
    [a[0].min(b[0]), a[1].min(b[1]), a[2].max(b[2]), a[3].max(b[3])]
}

/// Merges each subfigure of every subcaption row into one line (module docs) and returns
/// the boxes of the lines made; lines for which `fixed` holds (table text) are left alone.
pub(super) fn merge_subfigures(lines: &mut Vec<Line>, fixed: impl Fn(&Line) -> bool) -> Vec<[f32; 4]> {
    let rows = subcaption_rows(lines);
    if rows.is_empty() {
        return Vec::new();
    }
    let mut used: Vec<bool> = lines.iter().map(fixed).collect();
    let mut by_seq: Vec<usize> = (0..lines.len()).collect();
    by_seq.sort_by_key(|&i| first_seq(&lines[i]));
    let mut found: Vec<Parts> = Vec::new();
    for row in rows {
        if row.iter().any(|&p| used[p]) {
            continue;
        }
        if let Some(parts) = subfigures(lines, &row, &by_seq, &used) {
            for &i in parts.iter().flat_map(|(l, c)| l.iter().chain(c)) {
                used[i] = true;
            }
            found.push(parts);
        }
    }
    if found.is_empty() {
        return Vec::new();
    }
    let mut old: Vec<Option<Line>> = std::mem::take(lines).into_iter().map(Some).collect();
    let mut made = Vec::new();
    for (labels, caption) in found.iter().flatten() {
        if let Some(l) = merge(&mut old, labels, caption) {
            made.push(l.bbox);
            lines.push(l);
        }
    }
    lines.extend(old.into_iter().flatten());
    lines.sort_by(|a, b| a.baseline.total_cmp(&b.baseline).then(a.bbox[0].total_cmp(&b.bbox[0])));
    made
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::testutil::{line, word};

    fn texts(lines: &[Line]) -> Vec<String> {
        lines.iter().map(Line::text).collect()
    }

    fn sorted(mut l: Vec<Line>) -> Vec<Line> {
        l.sort_by(|a, b| a.baseline.total_cmp(&b.baseline).then(a.bbox[0].total_cmp(&b.bbox[0])));
        l
    }

    /// Two plots side by side, each drawn whole (labels, then its caption), under a line of
    /// prose; their x axes' ticks share a row.
    fn two_plots() -> Vec<Line> {
        let mut l = vec![line(vec![
            word("Siehe", 100.0, 80.0, 0),
            word("die", 135.0, 80.0, 6),
            word("Abbildung", 155.0, 80.0, 10),
        ])];
        // Left plot: y, 2, 1 up its axis, then x ticks 0 1 2; drawn 20..; caption 30..
        l.push(line(vec![word("y", 100.0, 100.0, 20)]));
        l.push(line(vec![word("2", 100.0, 115.0, 21)]));
        l.push(line(vec![word("1", 100.0, 130.0, 22)]));
        for k in 0..3 {
            l.push(line(vec![word(&k.to_string(), 110.0 + 20.0 * k as f32, 145.0, 23 + k)]));
        }
        l.push(line(vec![
            word("(a)", 105.0, 165.0, 30),
            word("Fall", 125.0, 165.0, 33),
            word("eins", 150.0, 165.0, 37),
        ]));
        // Right plot, drawn after: 41..; caption 50..
        l.push(line(vec![word("y", 250.0, 100.0, 41)]));
        l.push(line(vec![word("2", 250.0, 115.0, 42)]));
        l.push(line(vec![word("1", 250.0, 130.0, 43)]));
        for k in 0..3 {
            l.push(line(vec![word(&k.to_string(), 260.0 + 20.0 * k as f32, 145.0, 44 + k)]));
        }
        l.push(line(vec![
            word("(b)", 255.0, 165.0, 50),
            word("Fall", 275.0, 165.0, 53),
            word("zwei,", 300.0, 165.0, 57),
            word("sehr", 330.0, 165.0, 62),
            word("lang-", 355.0, 165.0, 66),
        ]));
        l.push(line(vec![word("sam", 260.0, 177.0, 71)]));
        l.push(line(vec![word("Abbildung", 150.0, 200.0, 75), word("3:", 200.0, 200.0, 84)]));
        sorted(l)
    }

    #[test]
    fn each_subfigure_is_read_whole_labels_then_caption() {
        let mut lines = two_plots();
        let made = merge_subfigures(&mut lines, |_| false);
        assert_eq!(made.len(), 2);
        assert_eq!(
            texts(&lines),
            [
                "Siehe die Abbildung",
                "y 2 1 0 1 2 (a) Fall eins",
                "y 2 1 0 1 2 (b) Fall zwei, sehr langsam",
                "Abbildung 3:"
            ]
        );
        // Both on the caption row, left to right.
        assert_eq!(lines[1].baseline, 165.0);
        assert_eq!(lines[2].baseline, 165.0);
    }

    #[test]
    fn captions_drawn_apart_from_their_drawings_or_overlapping_drawings_stay() {
        // All labels drawn first, then both captions: the first subfigure would take the
        // labels of both, which overlap the second one's caption.
        let mut lines = two_plots();
        for l in &mut lines {
            for w in &mut l.words {
                if w.text.starts_with('(') || w.baseline >= 165.0 {
                    w.seq += 100;
                }
            }
        }
        let before = lines.clone();
        assert!(merge_subfigures(&mut lines, |_| false).is_empty());
        assert_eq!(lines, before);
        // One caption alone on its row (no "(b)" beside it) is no subfigure row.
        let mut lines: Vec<Line> = two_plots().into_iter().filter(|l| !l.text().starts_with("(b)")).collect();
        let before = lines.clone();
        assert!(merge_subfigures(&mut lines, |_| false).is_empty());
        assert_eq!(lines, before);
        // An enumeration "(a) …  (b) …" on one row of running text has no drawing above it.
        let mut lines = vec![
            line(vec![word("Es", 100.0, 80.0, 0), word("gilt", 115.0, 80.0, 3), word("folgendes", 140.0, 80.0, 8)]),
            line(vec![word("(a)", 100.0, 95.0, 20), word("wahr", 120.0, 95.0, 23)]),
            line(vec![word("(b)", 250.0, 95.0, 30), word("falsch", 270.0, 95.0, 33)]),
        ];
        let before = lines.clone();
        assert!(merge_subfigures(&mut lines, |_| false).is_empty());
        assert_eq!(lines, before);
    }
}
