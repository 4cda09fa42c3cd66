//! Narrow column gaps found by alignment: white channels down consecutive rows.
//!
//! In: a page's text rows (top to bottom). Out: for each row, the gaps between its words
//! (`x` of the left word's right edge) that separate columns although they are narrower than
//! the fixed chunk gap.
//!
//! A small table set tight (cells of one word, 0.5 em apart) has no gap wide enough to cut
//! its rows into cells, and its own word spaces cannot be measured (there are none). What
//! marks its columns is alignment: the same gap comes back row after row, with the words
//! beside it aligned on an edge or a centre (right-aligned numbers end at one x). A gap is
//! such a channel when it is at least [`CHANNEL_MIN_GAP`] em wide and it overlaps a gap of
//! the row above or below with an aligned side (or a gap there that is wide anyway), in
//! [`CHANNEL_MIN_ROWS`] consecutive close rows, [`CHANNEL_MIN_NARROW`] of them with narrow
//! aligned gaps. Word spaces of running text do not line up like that; thousands separators
//! of right-aligned numbers do, but they are thinner than the minimum.
//!
//! Inside a table area bounded by rules or fills ([`area_holes`]) the test is stricter, since
//! the cells of a ruled table hold phrases whose word spaces may line up for a few rows: the
//! gap must stay empty over every line of the area, header included (a label spanning two
//! sub-columns crosses it), and the words on one side of it must line up on its edge in most
//! rows that hold words on both sides (`10%` right-aligned at one x beside `En formulación`
//! left-aligned at another: two columns set 0.5 em apart).

use super::tuning::*;
use super::{TWord, TextRow};

/// A gap between two words of a row.
#[derive(Debug, Clone, Copy)]
struct Gap {
    /// Right edge of the word on the left, left edge of the word on the right.
    a: f32,
    b: f32,
    /// Centres of the words on either side.
    left_c: f32,
    right_c: f32,
    /// At least the fixed chunk gap: a column gap whatever its neighbours.
    wide: bool,
    /// At least [`CHANNEL_MIN_GAP`] em: may be a column gap when aligned.
    usable: bool,
}

fn gaps_of(row: &TextRow) -> Vec<Gap> {
    let size = row.size.max(1.0);
    row.words
        .windows(2)
        .map(|w| {
            let (l, r) = (&w[0], &w[1]);
            let width = r.bbox[0] - l.bbox[2];
            Gap {
                a: l.bbox[2],
                b: r.bbox[0],
                left_c: l.cx(),
                right_c: r.cx(),
                wide: width >= CHUNK_GAP * size,
                usable: width >= CHANNEL_MIN_GAP * size,
            }
        })
        .collect()
}

/// Two gaps of consecutive rows are one channel: they overlap and line up on a side (or one
/// of them is a column gap anyway); the value tells whether they line up.
fn link(g: &Gap, h: &Gap) -> Option<bool> {
    if !(g.usable && h.usable) || g.a >= h.b || h.a >= g.b {
        return None;
    }
    let tol = CHANNEL_EDGE_TOL_PT;
    let aligned = (g.a - h.a).abs() <= tol
        || (g.b - h.b).abs() <= tol
        || (g.left_c - h.left_c).abs() <= tol
        || (g.right_c - h.right_c).abs() <= tol;
    (aligned || g.wide || h.wide).then_some(aligned)
}

/// True when no word of `row` reaches into the gap `g` (by more than the edge tolerance) (a wrapped cell's second line, a
/// row whose cell in this column is empty): the row neither continues nor breaks a channel.
fn empty_under(row: &TextRow, g: &Gap) -> bool {
    let tol = CHANNEL_EDGE_TOL_PT;
    !row.words.iter().any(|w| w.bbox[0] < g.b - tol && w.bbox[2] > g.a + tol)
}

/// The gap of a later row that `g` (of row `i`) links to, as (row, gap index, lined up): a
/// narrow lined-up gap of the next row, else a linking gap of it unless the row is empty under
/// `g`, in which case the search goes on down (at most [`CHANNEL_MAX_SKIP`] rows passed
/// over); rows in between are close.
fn link_down(rows: &[TextRow], gaps: &[Vec<Gap>], i: usize, g: &Gap) -> Option<(usize, usize, bool)> {
    let close = |i: usize| {
        let (p, q) = (&rows[i], &rows[i + 1]);
        let size = p.size.max(q.size).max(1.0);
        q.bbox[1] - p.bbox[3] <= ROW_GAP * size && (p.size - q.size).abs() <= CHANNEL_SIZE_TOL * size
    };
    let mut r = i;
    while r + 1 < rows.len() && r - i <= CHANNEL_MAX_SKIP && close(r) {
        r += 1;
        let links: Vec<(usize, usize, bool)> =
            gaps[r].iter().enumerate().filter_map(|(k, h)| link(g, h).map(|al| (r, k, al))).collect();
        if let Some(&narrow) = links.iter().find(|l| l.2 && !gaps[r][l.1].wide) {
            return Some(narrow);
        }
        // A row empty under the gap (a wrapped line whose own wide gap holds the channel)
        // is passed over rather than followed into another gap.
        if !empty_under(&rows[r], g) {
            return links.iter().find(|l| l.2).or(links.first()).copied();
        }
    }
    None
}

/// Per row, the `a` (left word's right edge) of each narrow gap that is a channel.
pub(crate) fn narrow_cuts(rows: &[TextRow]) -> Vec<Vec<f32>> {
    let gaps: Vec<Vec<Gap>> = rows.iter().map(gaps_of).collect();
    let mut out: Vec<Vec<usize>> = vec![Vec::new(); rows.len()];
    // A gap narrower than the channel minimum links to nothing (see [`link`]).
    let next: Vec<Vec<Option<(usize, usize, bool)>>> = (0..rows.len())
        .map(|i| gaps[i].iter().map(|g| if g.usable { link_down(rows, &gaps, i, g) } else { None }).collect())
        .collect();
    // Per gap: linked from a row above, and lined up with a narrow gap above or below.
    let mut linked_from: Vec<Vec<bool>> = gaps.iter().map(|g| vec![false; g.len()]).collect();
    let mut lined_up: Vec<Vec<bool>> = linked_from.clone();
    for (i, gs) in next.iter().enumerate() {
        for (j, (r, k, al)) in gs.iter().enumerate().filter_map(|(j, l)| l.map(|l| (j, l))) {
            linked_from[r][k] = true;
            // Only narrow gaps lining up with each other count: a word space that happens to
            // end where a wide column gap of the next row ends is a coincidence.
            if al && !gaps[i][j].wide && !gaps[r][k].wide {
                lined_up[i][j] = true;
                lined_up[r][k] = true;
            }
        }
    }
    // Follow each chain from its first gap.
    for (i, froms) in linked_from.iter().enumerate() {
        for (j, _) in froms.iter().enumerate().filter(|(_, &from)| !from) {
            // A gap linking down to nothing is a chain of one: too short.
            if next[i][j].is_none() && CHANNEL_MIN_ROWS > 1 {
                continue;
            }
            let mut chain = vec![(i, j)];
            let (mut r, mut k) = (i, j);
            while let Some(Some((nr, nk, _))) = next.get(r).and_then(|v| v.get(k)) {
                (r, k) = (*nr, *nk);
                chain.push((r, k));
                if chain.len() > rows.len() {
                    break;
                }
            }
            // Narrow gaps cut only where they line up with a neighbour (a wide gap lets a
            // channel pass, but a gap that merely overlaps one is a word space under it).
            let cuts: Vec<(usize, usize)> =
                chain.iter().copied().filter(|&(r, k)| !gaps[r][k].wide && lined_up[r][k]).collect();
            // The same two words on either side in every row: a phrase repeated down the rows
            // ("Fiscal year"), not two columns.
            let pair = |&(r, k): &(usize, usize)| (&rows[r].words[k].text, &rows[r].words[k + 1].text);
            let repeated = cuts.first().is_some_and(|c0| cuts.iter().all(|c| pair(c) == pair(c0)));
            // A sign alone beside the gap (`$ 1,200`, a note mark) belongs to its neighbour.
            let cuts: Vec<(usize, usize)> = cuts
                .into_iter()
                .filter(|&(r, k)| {
                    let worded = |w: &TWord| w.text.chars().any(char::is_alphanumeric);
                    worded(&rows[r].words[k]) && worded(&rows[r].words[k + 1])
                })
                .collect();
            if !repeated && chain.len() >= CHANNEL_MIN_ROWS && cuts.len() >= CHANNEL_MIN_NARROW {
                for (r, k) in cuts {
                    out[r].push(k);
                }
            }
        }
    }
    // A cut is clearly wider than the other word spaces of its row (a caption's word spaces
    // as wide as the channel under them are not columns).
    let out: Vec<Vec<f32>> = out
        .iter()
        .enumerate()
        .map(|(r, ks)| {
            let width = |k: usize| gaps[r][k].b - gaps[r][k].a;
            let other =
                (0..gaps[r].len()).filter(|k| !ks.contains(k) && !gaps[r][*k].wide).map(width).fold(0.0, f32::max);
            ks.iter().filter(|&&k| width(k) >= CHANNEL_SPACE_RATIO * other).map(|&k| gaps[r][k].a).collect()
        })
        .collect();
    out
}

/// Narrow column gaps of a table area: in `lines` (the area's lines, header included) cut at
/// `cuts` (x of the column borders found so far), the x ranges `(a, b)` inside one column
/// that no word of any line reaches into, at least [`CHANNEL_MIN_GAP`] em and
/// [`CHANNEL_SPACE_RATIO`] word spaces wide, with words on both sides in at least
/// [`CHANNEL_MIN_ROWS`] lines, the words on one side lined up on the gap's edge (within
/// [`CHANNEL_EDGE_TOL_PT`]) in [`HOLE_ALIGNED_SHARE`] of those lines. No gap when a side holds
/// one text repeated down the rows (a unit, a sign, a phrase) or a sign alone, nor when its
/// right side is the thousands group of a number on its left (`63 527`).
pub(crate) fn area_holes(lines: &[TextRow], cuts: &[f32], size: f32) -> Vec<(f32, f32)> {
    let size = size.max(1.0);
    let mut spans: Vec<(f32, f32)> =
        lines.iter().flat_map(|l| l.words.iter().map(|w| (w.bbox[0], w.bbox[2]))).collect();
    spans.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut holes: Vec<(f32, f32)> = Vec::new();
    let mut reach = f32::NEG_INFINITY;
    for (x0, x1) in spans {
        if reach.is_finite() && x0 > reach {
            holes.push((reach, x0));
        }
        reach = reach.max(x1);
    }
    let mut spaces: Vec<f32> = Vec::new();
    for l in lines {
        for w in l.words.windows(2) {
            let g = w[1].bbox[0] - w[0].bbox[2];
            if g > 0.0 && g < CHANNEL_MIN_GAP * size {
                spaces.push(g);
            }
        }
    }
    let space = super::median(spaces).unwrap_or(0.0);
    holes
        .into_iter()
        .filter(|&(a, b)| b - a >= CHANNEL_MIN_GAP * size && b - a >= CHANNEL_SPACE_RATIO * space)
        .filter(|&(a, b)| !cuts.iter().any(|&c| c >= a && c <= b))
        .filter(|&hole| hole_is_column_gap(lines, cuts, hole))
        .collect()
}

/// The words beside the hole `(a, b)` of each line that holds words on both sides of it
/// within the hole's column: `(left word, right word)`.
fn beside<'a>(lines: &'a [TextRow], cuts: &[f32], (a, b): (f32, f32)) -> Vec<(&'a TWord, &'a TWord)> {
    let lo = cuts.iter().copied().filter(|&c| c < a).fold(f32::NEG_INFINITY, f32::max);
    let hi = cuts.iter().copied().filter(|&c| c > b).fold(f32::INFINITY, f32::min);
    lines
        .iter()
        .filter_map(|l| {
            let left =
                l.words.iter().filter(|w| w.cx() > lo && w.bbox[2] <= a).max_by(|p, q| p.bbox[2].total_cmp(&q.bbox[2]));
            let right =
                l.words.iter().filter(|w| w.cx() < hi && w.bbox[0] >= b).min_by(|p, q| p.bbox[0].total_cmp(&q.bbox[0]));
            Some((left?, right?))
        })
        .collect()
}

/// The judgement of [`area_holes`] on one hole.
fn hole_is_column_gap(lines: &[TextRow], cuts: &[f32], (a, b): (f32, f32)) -> bool {
    let pairs = beside(lines, cuts, (a, b));
    let worded = |w: &TWord| w.text.chars().any(char::is_alphanumeric);
    if pairs.len() < CHANNEL_MIN_ROWS || !pairs.iter().all(|(l, r)| worded(l) && worded(r)) {
        return false;
    }
    let tol = CHANNEL_EDGE_TOL_PT;
    let left_al = pairs.iter().filter(|(l, _)| (l.bbox[2] - a).abs() <= tol).count();
    let right_al = pairs.iter().filter(|(_, r)| (r.bbox[0] - b).abs() <= tol).count();
    let (num, den) = HOLE_ALIGNED_SHARE;
    if left_al.max(right_al) * den < pairs.len() * num {
        return false;
    }
    let (l0, r0) = pairs[0];
    if pairs.iter().all(|(l, _)| l.text == l0.text) || pairs.iter().all(|(_, r)| r.text == r0.text) {
        return false;
    }
    let thousands = |(l, r): &(&TWord, &TWord)| {
        let digits = r.text.split(['.', ',']).next().unwrap_or("");
        super::is_numeric(&l.text) && digits.len() == 3 && digits.chars().all(|c| c.is_ascii_digit())
    };
    2 * pairs.iter().filter(|p| thousands(p)).count() < pairs.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::tables::{test_word, text_rows, TWord};

    fn row(items: &[(&str, f32)], base: f32) -> Vec<TWord> {
        items.iter().map(|(t, x)| test_word(t, *x, base)).collect()
    }

    #[test]
    fn aligned_narrow_gaps_are_column_cuts() {
        // Three columns 4.5 pt (0.45 em) apart; the numbers right-aligned.
        let mut ws = row(&[("Año", 100.0), ("Meta", 130.0), ("Logro", 155.0)], 100.0);
        ws.extend(row(&[("2017", 100.0), ("43,4%", 125.0), ("60,5%", 155.0)], 120.0));
        ws.extend(row(&[("2018", 100.0), ("80,8%", 125.0), ("67,8%", 155.0)], 140.0));
        let rows = text_rows(&ws);
        let cuts = narrow_cuts(&rows);
        assert_eq!(cuts[0], vec![150.0]);
        assert_eq!(cuts[1], vec![120.0, 150.0]);
        assert_eq!(cuts[2], vec![120.0, 150.0]);
        // A line of prose over the table whose word space falls in a wide column gap of the
        // header is not cut there, even where it ends with the header's word: it lines up with
        // no narrow gap.
        let mut ws = row(&[("Según", 90.0), ("la", 119.0), ("meta", 132.0)], 80.0);
        ws.extend(row(&[("Año", 100.0), ("Meta", 130.0), ("Logro", 155.0)], 100.0));
        ws.extend(row(&[("2017", 100.0), ("43,4%", 125.0), ("60,5%", 155.0)], 120.0));
        ws.extend(row(&[("2018", 100.0), ("80,8%", 125.0), ("67,8%", 155.0)], 140.0));
        let cuts = narrow_cuts(&text_rows(&ws));
        assert!(cuts[0].is_empty(), "{cuts:?}");
        assert_eq!(cuts[2], vec![120.0, 150.0]);
        // Two rows alone are not a channel.
        assert!(narrow_cuts(&rows[1..]).iter().all(|c| c.is_empty()));
    }

    #[test]
    fn repeated_phrases_and_lone_signs_are_not_cuts() {
        // "Fiscal year" set at one x in every row: its word space lines up.
        let mut ws = Vec::new();
        for (k, y) in ["2017", "2018", "2019"].iter().enumerate() {
            ws.extend(row(&[("Fiscal", 100.0), ("year", 134.5), (y, 160.0)], 100.0 + 12.0 * k as f32));
        }
        // The gap after "Fiscal" (x 130) is no cut; the one before the years is.
        assert!(narrow_cuts(&text_rows(&ws)).iter().all(|c| !c.contains(&130.0)));
        // A dollar sign at one x before right-aligned amounts.
        let mut ws = Vec::new();
        for (k, a) in ["1,200", "3,400", "5,600"].iter().enumerate() {
            ws.extend(row(&[("$", 100.0), (a, 110.0), ("Lima", 150.0)], 100.0 + 12.0 * k as f32));
        }
        let rows = text_rows(&ws);
        assert!(narrow_cuts(&rows).iter().all(|c| c.is_empty()), "{:?}", narrow_cuts(&rows));
    }

    #[test]
    fn word_spaces_of_prose_and_thousands_are_not_cuts() {
        // Thin gaps that line up (thousands of right-aligned numbers) are too narrow.
        let mut ws = row(&[("Total", 100.0), ("92", 150.0), ("167", 162.0)], 100.0);
        ws.extend(row(&[("Lima", 100.0), ("18", 150.0), ("448", 162.0)], 112.0));
        ws.extend(row(&[("Piura", 100.0), ("12", 150.0), ("094", 162.0)], 124.0));
        assert!(narrow_cuts(&text_rows(&ws)).iter().all(|c| c.is_empty()));
        // Wide word spaces of prose that do not line up.
        let mut ws = row(&[("las", 100.0), ("metas", 120.0), ("se", 150.0)], 100.0);
        ws.extend(row(&[("cumplieron", 100.0), ("en", 155.0), ("la", 170.0)], 112.0));
        ws.extend(row(&[("costa", 100.0), ("no", 130.0), ("así", 146.0)], 124.0));
        assert!(narrow_cuts(&text_rows(&ws)).iter().all(|c| c.is_empty()));
    }

    /// Rows of a right-aligned value ending at 130 and a left-aligned word from 135 (0.5 em
    /// apart; word spaces 2.5 pt).
    fn close_pair(items: &[(&str, &str)]) -> Vec<TWord> {
        let mut ws = Vec::new();
        for (k, (l, r)) in items.iter().enumerate() {
            let base = 100.0 + 12.0 * k as f32;
            ws.push(test_word(l, 130.0 - 5.0 * l.chars().count() as f32, base));
            ws.push(test_word(r, 135.0, base));
            ws.push(test_word("obra", 137.5 + 5.0 * r.chars().count() as f32, base));
        }
        ws
    }

    #[test]
    fn a_gap_down_a_whole_area_lined_up_on_one_side_is_a_column_gap() {
        let ws = close_pair(&[("Avance", "Estado"), ("10%", "En"), ("22%", "Paralizado"), ("9%", "Concluido")]);
        assert_eq!(area_holes(&text_rows(&ws), &[], 10.0), vec![(130.0, 135.0)]);
        // A header word across the gap: one column.
        let mut crossed = ws.clone();
        crossed.push(test_word("Avance", 110.0, 88.0));
        assert!(area_holes(&text_rows(&crossed), &[], 10.0).is_empty());
        // The same sign on the left in every row (a unit), or thousands groups: no column.
        let ws = close_pair(&[("S/", "Estado"), ("S/", "En"), ("S/", "Paralizado")]);
        assert!(area_holes(&text_rows(&ws), &[], 10.0).is_empty());
        let ws = close_pair(&[("63", "527"), ("13", "069"), ("12", "617")]);
        assert!(area_holes(&text_rows(&ws), &[], 10.0).is_empty());
        // Gaps that do not line up on either side, although the x range stays empty.
        let mut ws = Vec::new();
        for (k, (a, b)) in [(130.0, 135.0), (125.0, 140.0), (120.0, 145.0)].iter().enumerate() {
            let base = 100.0 + 12.0 * k as f32;
            ws.push(test_word("Lima", a - 20.0, base));
            ws.push(test_word("Norte", *b, base));
        }
        assert!(area_holes(&text_rows(&ws), &[], 10.0).is_empty());
    }
}
