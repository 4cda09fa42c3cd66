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
}
