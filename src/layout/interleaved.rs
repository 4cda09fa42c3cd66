//! Captions side by side, each read whole: a piece of a row and the lines the producer drew
//! right under it before coming back to the row.
//!
//! In: one page's [`Line`]s (sorted by baseline, then x; formulas and figures already
//! merged). Out: the same lines, where a piece of a row and its continuation lines below
//! have become one line (words in that order, the box of them all, the piece's baseline).
//!
//! Subfigure captions set side by side ("(a) Die beiden markierten Dreiecke schneiden sich
//! im / Mittelpunkt und außen." beside "(b) …") share their rows: read by rows, the first
//! lines of both come before the second lines of both. The producer draws each caption
//! whole, one after the other. A line `c` continues a piece `p` of a row when
//! - `c` is the next row down (within [`INTERLEAVE_PITCH`] em of `p`'s baseline) and lies
//!   under `p` (within [`INTERLEAVE_SIDE`] em of its sides);
//! - `c` was drawn right after `p` (its first glyph at most [`INTERLEAVE_SEQ`] glyphs after
//!   `p`'s last) and another piece of `p`'s row, right of `p`, was drawn right after `c`
//!   (or after one further continuation, [`INTERLEAVE_CHAIN`] lines at most): the producer
//!   left the row for `c` and came back — to start something new: a piece that begins in
//!   lower case, or a last continuation that ends in a hyphen, is text flowing on from one
//!   column's foot to the next column's head;
//! - both hold a word of [`PROSE_WORD_LETTERS`] letters (a matrix drawn column by column
//!   is entries, not words: its rows stay rows).
//!
//! The piece must start what was drawn there (no line just above it was drawn right before
//! it). Two columns of text never qualify: the line to the right of a column's line is the
//! other column's, drawn long after the next line of the first column, or, at the foot of
//! the first column, right after its last line — but then the piece continues the lines
//! above it.

use super::tuning::{INTERLEAVE_CHAIN, INTERLEAVE_PITCH, INTERLEAVE_SEQ, INTERLEAVE_SIDE, PROSE_WORD_LETTERS, ROW_TOL};
use super::{Line, Word};

/// Content-stream position of a line's first glyph.
pub(super) fn first_seq(l: &Line) -> u32 {
    l.words.iter().map(|w| w.seq).min().unwrap_or(u32::MAX)
}

/// Content-stream position just after a line's last glyph (a word's glyphs are counted by
/// its characters).
pub(super) fn end_seq(l: &Line) -> u32 {
    l.words.iter().map(|w| w.seq.saturating_add(w.text.chars().count() as u32)).max().unwrap_or(0)
}

/// Whether `c` could be the next line of a piece whose last line is `above` and whose first is
/// `piece`: on a lower row within [`INTERLEAVE_PITCH`] em, inside the piece's sides (with
/// [`INTERLEAVE_SIDE`] em of slack).
pub(super) fn runs_on_below(above: &Line, c: &Line, piece: &Line, em: f32) -> bool {
    c.baseline > above.baseline + ROW_TOL * em
        && c.baseline - above.baseline <= INTERLEAVE_PITCH * em
        && c.bbox[0] >= piece.bbox[0] - INTERLEAVE_SIDE * em
        && c.bbox[2] <= piece.bbox[2] + INTERLEAVE_SIDE * em
}

/// True when `next` was drawn right after a line ending at `end`.
pub(super) fn drawn_after(end: u32, next: u32) -> bool {
    next >= end.saturating_sub(1) && next <= end.saturating_add(INTERLEAVE_SEQ)
}

fn wordy(l: &Line) -> bool {
    l.words.iter().any(|w| w.text.chars().filter(|c| c.is_alphabetic()).count() >= PROSE_WORD_LETTERS)
}

fn same_row(a: &Line, b: &Line) -> bool {
    (a.baseline - b.baseline).abs() <= ROW_TOL * a.size.min(b.size)
}

/// What the rule looks at in a line, computed once.
struct Facts {
    first: u32,
    end: u32,
    wordy: bool,
}

/// The continuation lines of `lines[p]` (indices, top down), when the module's rule holds.
/// Lines are sorted by baseline: only those in `window` (near `p`'s row) are looked at.
fn continuation(
    lines: &[Line],
    facts: &[Facts],
    p: usize,
    window: std::ops::Range<usize>,
    taken: &[bool],
) -> Vec<usize> {
    let piece = &lines[p];
    let em = piece.size;
    let near = || window.clone().filter(move |&k| k != p);
    // Pieces right of it on its row that start something new (a column's text flowing on
    // from the foot of the column before — "rio." after "rutina-" — is no caption).
    let right: Vec<u32> = near()
        .filter(|&k| same_row(piece, &lines[k]) && lines[k].bbox[0] >= piece.bbox[2] - INTERLEAVE_SIDE * em)
        .filter(|&k| !lines[k].words.first().is_some_and(|w| w.text.chars().next().is_some_and(char::is_lowercase)))
        .map(|k| facts[k].first)
        .collect();
    if right.is_empty() {
        return Vec::new();
    }
    // The piece starts what the producer drew there: no line just above it was drawn
    // right before it (the last lines of a column are no caption).
    let continues_above = near().any(|k| {
        let o = &lines[k];
        o.baseline < piece.baseline - ROW_TOL * em
            && piece.baseline - o.baseline <= INTERLEAVE_PITCH * em
            && drawn_after(facts[k].end, facts[p].first)
    });
    if continues_above {
        return Vec::new();
    }
    let mut chain: Vec<usize> = Vec::new();
    let mut last = p;
    while chain.len() < INTERLEAVE_CHAIN {
        let above = &lines[last];
        let end = facts[last].end;
        let next = near().find(|&k| {
            let c = &lines[k];
            !taken[k]
                && !chain.contains(&k)
                && runs_on_below(above, c, piece, em)
                && drawn_after(end, facts[k].first)
                && facts[k].wordy
        });
        let Some(c) = next else { break };
        chain.push(c);
        last = c;
        let hyphen = lines[c].words.last().is_some_and(|w| ends_with_hyphen(&w.text));
        if !hyphen && right.iter().any(|&s| drawn_after(facts[c].end, s)) {
            return chain;
        }
    }
    Vec::new()
}

pub(super) fn ends_with_hyphen(t: &str) -> bool {
    t.len() > 1 && t.ends_with(['-', '\u{ad}', '‐'])
}

/// Merges each piece of a row with its continuation lines (module docs); lines for which
/// `fixed` holds (table text) are left alone.
pub(super) fn merge_interleaved(lines: &mut Vec<Line>, fixed: impl Fn(&Line) -> bool) {
    let n = lines.len();
    let facts: Vec<Facts> =
        lines.iter().map(|l| Facts { first: first_seq(l), end: end_seq(l), wordy: wordy(l) }).collect();
    let mut taken: Vec<bool> = lines.iter().map(fixed).collect();
    let mut joins: Vec<(usize, Vec<usize>)> = Vec::new();
    for p in 0..n {
        if taken[p] || !facts[p].wordy {
            continue;
        }
        let (b, em) = (lines[p].baseline, lines[p].size);
        let reach = INTERLEAVE_PITCH * (INTERLEAVE_CHAIN + 1) as f32 * em;
        let lo = lines.partition_point(|l| l.baseline < b - reach);
        let hi = lines.partition_point(|l| l.baseline <= b + reach).max(lo);
        let chain = continuation(lines, &facts, p, lo..hi, &taken);
        if chain.is_empty() {
            continue;
        }
        taken[p] = true;
        for &c in &chain {
            taken[c] = true;
        }
        joins.push((p, chain));
    }
    if joins.is_empty() {
        return;
    }
    let mut old: Vec<Option<Line>> = std::mem::take(lines).into_iter().map(Some).collect();
    let mut out = Vec::with_capacity(n);
    for (p, chain) in joins {
        let Some(mut m) = old[p].take() else { continue };
        for c in chain {
            if let Some(l) = old[c].take() {
                m.bbox = [
                    m.bbox[0].min(l.bbox[0]),
                    m.bbox[1].min(l.bbox[1]),
                    m.bbox[2].max(l.bbox[2]),
                    m.bbox[3].max(l.bbox[3]),
                ];
                append_row(&mut m.words, l.words);
            }
        }
        out.push(m);
    }
    out.extend(old.into_iter().flatten());
    out.sort_by(|a, b| a.baseline.total_cmp(&b.baseline).then(a.bbox[0].total_cmp(&b.bbox[0])));
    *lines = out;
}

/// Appends a continuation row's words; a word broken at the row's end by a hyphen is
/// joined with the next row's first word (the hyphen dropped before a lower-case letter,
/// kept before anything else), as the line-end dehyphenation would have done.
pub(super) fn append_row(words: &mut Vec<Word>, row: Vec<Word>) {
    let mut row = row.into_iter();
    if let (Some(last), Some(next)) = (words.last_mut(), row.as_slice().first()) {
        if ends_with_hyphen(&last.text) && !next.superscript {
            let lower = next.text.chars().next().is_some_and(char::is_lowercase);
            let mut t = String::from(last.text.as_str());
            if lower {
                t.pop();
            }
            t.push_str(&next.text);
            last.text = t.into();
            row.next();
        }
    }
    words.extend(row);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::testutil::{line, word};

    #[test]
    fn side_by_side_captions_are_read_one_after_the_other() {
        // (a) drawn whole (two rows), then (b) whole, beside it.
        let a1 =
            line(vec![word("(a)", 100.0, 300.0, 0), word("Die", 120.0, 300.0, 3), word("Dreiecke", 140.0, 300.0, 6)]);
        let a2 = line(vec![word("Mittelpunkt", 105.0, 311.0, 14), word("Seite.", 158.0, 311.0, 25)]);
        let b1 = line(vec![
            word("(b)", 181.0, 300.0, 31),
            word("Die", 200.0, 300.0, 34),
            word("Dreiecke", 220.0, 300.0, 37),
        ]);
        let b2 = line(vec![word("außen.", 190.0, 311.0, 45)]);
        let mut lines = vec![a1, b1, a2, b2];
        merge_interleaved(&mut lines, |_| false);
        let texts: Vec<String> = lines.iter().map(Line::text).collect();
        assert_eq!(texts, ["(a) Die Dreiecke Mittelpunkt Seite.", "(b) Die Dreiecke", "außen."]);
    }

    #[test]
    fn a_word_broken_at_a_continuation_rows_end_is_joined() {
        let mut w = vec![word("da", 0.0, 0.0, 0), word("Eigen-", 15.0, 0.0, 3)];
        append_row(&mut w, vec![word("schaft", 0.0, 11.0, 9), word("Punkt", 35.0, 11.0, 15)]);
        let texts: Vec<&str> = w.iter().map(|w| w.text.as_str()).collect();
        assert_eq!(texts, ["da", "Eigenschaft", "Punkt"]);
        let mut w = vec![word("Nord-", 0.0, 0.0, 0)];
        append_row(&mut w, vec![word("Süd", 0.0, 11.0, 5)]);
        assert_eq!(w[0].text, "Nord-Süd");
    }

    #[test]
    fn two_columns_and_a_matrix_drawn_column_by_column_keep_their_rows() {
        // Two columns: the right column's row was drawn long after the left's next row.
        let l1 = line(vec![word("Primera", 100.0, 300.0, 0), word("línea", 140.0, 300.0, 8)]);
        let l2 = line(vec![word("segunda", 100.0, 311.0, 13), word("línea", 140.0, 311.0, 21)]);
        let r1 = line(vec![word("Derecha", 200.0, 300.0, 400), word("arriba", 240.0, 300.0, 408)]);
        let cols = vec![l1, r1, l2];
        let mut l = cols.clone();
        merge_interleaved(&mut l, |_| false);
        assert_eq!(l, cols);
        // The foot of a column flowing on to the head of the next: the right piece was drawn
        // right after the left column's last line, but it goes on with the text.
        let l1 = line(vec![word("Primera", 100.0, 300.0, 0), word("línea", 140.0, 300.0, 8)]);
        let l2 = line(vec![word("termina", 100.0, 311.0, 13), word("ruti-", 140.0, 311.0, 21)]);
        let r1 = line(vec![word("naria", 200.0, 300.0, 26), word("sigue", 240.0, 300.0, 31)]);
        let flow = vec![l1, r1, l2];
        let mut l = flow.clone();
        merge_interleaved(&mut l, |_| false);
        assert_eq!(l, flow);
        // A matrix drawn column by column: entries are no words.
        let m = vec![
            line(vec![word("a", 100.0, 300.0, 0)]),
            line(vec![word("b", 120.0, 300.0, 2)]),
            line(vec![word("c", 100.0, 311.0, 1)]),
            line(vec![word("d", 120.0, 311.0, 3)]),
        ];
        let mut l = m.clone();
        merge_interleaved(&mut l, |_| false);
        assert_eq!(l, m);
    }
}
