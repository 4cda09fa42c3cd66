//! Small text set over glyphs of its own row, read before them.
//!
//! In: the glyph boxes of one row (a baseline with the small raised and lowered glyphs
//! attached to it), sorted left to right. Out: sort keys that put each label set *over*
//! glyphs of the row before the glyphs it stands over, instead of between them.
//!
//! A row is read left to right, glyph by glyph. That is right for an exponent or a
//! footnote mark, which stand *beside* their base, but wrong for small text that stands
//! *over* other glyphs of the row: a label over an extensible arrow ("Bem. 27" over
//! "======⇒", drawn as overlapping pieces), a superscript stacked over a subscript at one
//! x (a prime over an index: "γ′₁"). Sorted by x, the two layers interleave letter by
//! letter ("=B=e=m=.="). A reader takes the upper layer first, which is also the order
//! both TeX and equation editors draw a stack in.
//!
//! - A *raised* glyph is at most [`RAISED_SMALL`] of the row's size and its baseline is at
//!   least [`RAISED_BY`] sizes above the row's.
//! - Raised glyphs on one baseline drawn one after another (no other glyph of the row
//!   drawn between them) are one *label*.
//! - A label stands over the row when the row's other solid glyphs under it cover at least
//!   [`OVER_COVER`] of its width (an exponent beside its base covers nothing of it).
//! - Such a label is read as one piece, just before the first glyph it stands over (at
//!   least [`UNDER_SHARE`] of that glyph's width, or [`UNDER_MIN`] em of it, under the
//!   label: the operator whose upper index starts where its box ends is not under it, the
//!   first glyph of a denominator wider than its numerator is).

use super::tuning::{OVER_COVER, RAISED_BY, RAISED_SMALL, ROW_TOL, UNDER_MIN, UNDER_SHARE};

/// What [`stacked_keys`] needs of a glyph of the row.
#[derive(Debug, Clone, Copy)]
pub(super) struct Piece {
    pub x0: f32,
    pub x1: f32,
    pub base: f32,
    pub size: f32,
    /// Content-stream position.
    pub seq: usize,
    /// A space glyph (no ink).
    pub space: bool,
}

/// Sort keys for `pieces` (one row, left to right; `base` and `size` the row's baseline and
/// size) when some label stands over the row's glyphs (module docs): sorting by key, then
/// by the current position, reads each such label whole before what it stands over (a
/// label's key is the x of the first glyph under it, with 0 after it, which ranks it
/// first; every other glyph's is its own x, with 1). `None` when no label stands over
/// anything (the row stays as it is).
pub(super) fn stacked_keys(pieces: &[Piece], base: f32, size: f32) -> Option<Vec<(f32, u8)>> {
    let raised = |p: &Piece| base - p.base > RAISED_BY * size && p.size <= RAISED_SMALL * size;
    if !pieces.iter().any(|p| !p.space && raised(p)) {
        return None;
    }
    // Labels: raised glyphs on one baseline drawn one after another, with no other glyph
    // of the row drawn between them (a space between words may be left in another row).
    let mut drawn: Vec<usize> = (0..pieces.len()).collect();
    drawn.sort_by_key(|&i| pieces[i].seq);
    let mut labels: Vec<Vec<usize>> = Vec::new();
    let mut open = false;
    for i in drawn {
        let p = &pieces[i];
        if !raised(p) {
            open = false;
            continue;
        }
        let joins = open
            && labels.last().and_then(|l| l.last()).is_some_and(|&j| {
                let q = &pieces[j];
                (p.base - q.base).abs() <= ROW_TOL * p.size.min(q.size)
            });
        match labels.last_mut() {
            Some(l) if joins => l.push(i),
            _ => labels.push(vec![i]),
        }
        open = true;
    }
    let mut keys: Vec<(f32, u8)> = pieces.iter().map(|p| (p.x0, 1)).collect();
    let mut any = false;
    for label in labels.iter().filter(|l| l.iter().any(|&i| !pieces[i].space)) {
        let solid = || label.iter().map(|&i| &pieces[i]).filter(|p| !p.space);
        let x0 = solid().map(|p| p.x0).fold(f32::INFINITY, f32::min);
        let x1 = solid().map(|p| p.x1).fold(f32::NEG_INFINITY, f32::max);
        if x1 <= x0 {
            continue;
        }
        let under: Vec<&Piece> = pieces.iter().filter(|p| !p.space && !raised(p) && p.x1 > x0 && p.x0 < x1).collect();
        if covered(&under, x0, x1) < OVER_COVER * (x1 - x0) {
            continue;
        }
        // The first glyph mostly (or a good part of it) under it: a glyph that only touches
        // its edge (the big operator whose scripts these are) stays before it.
        let mostly_under = |p: &&&Piece| {
            let shared = p.x1.min(x1) - p.x0.max(x0);
            shared >= UNDER_SHARE * (p.x1 - p.x0) || shared >= UNDER_MIN * p.size
        };
        let first = under.iter().filter(mostly_under).map(|p| p.x0).fold(x0, f32::min);
        // Just before the first glyph under it; the label's own glyphs keep their order.
        for &i in label {
            keys[i] = (first, 0);
        }
        any = true;
    }
    any.then_some(keys)
}

/// Width of `[x0, x1]` covered by the boxes of `under` (overlapping boxes counted once).
fn covered(under: &[&Piece], x0: f32, x1: f32) -> f32 {
    let mut spans: Vec<(f32, f32)> = under.iter().map(|p| (p.x0.max(x0), p.x1.min(x1))).collect();
    spans.sort_by(|a, b| a.0.total_cmp(&b.0));
    let (mut total, mut end) = (0.0f32, f32::NEG_INFINITY);
    for (a, b) in spans {
        let a = a.max(end);
        if b > a {
            total += b - a;
            end = b;
        }
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    fn piece(x0: f32, w: f32, base: f32, size: f32, seq: usize) -> Piece {
        Piece { x0, x1: x0 + w, base, size, seq, space: false }
    }

    /// Reads `texts` in the order the keys give (ties: current order).
    fn read(pieces: &[Piece], texts: &[&str]) -> String {
        let keys = stacked_keys(pieces, 100.0, 10.0).unwrap_or_else(|| pieces.iter().map(|p| (p.x0, 1)).collect());
        let mut order: Vec<usize> = (0..pieces.len()).collect();
        order.sort_by(|&a, &b| keys[a].0.total_cmp(&keys[b].0).then(keys[a].1.cmp(&keys[b].1)).then(a.cmp(&b)));
        order.iter().map(|&i| texts[i]).collect()
    }

    #[test]
    fn a_label_over_an_arrow_is_read_before_it() {
        // "ab" (8 pt, 4 pt up) drawn first, over "===⇒" drawn as overlapping pieces.
        let mut p = vec![
            piece(0.0, 8.0, 100.0, 10.0, 2),
            piece(2.0, 4.0, 96.0, 8.0, 0),
            piece(4.0, 8.0, 100.0, 10.0, 3),
            piece(6.0, 4.0, 96.0, 8.0, 1),
            piece(8.0, 8.0, 100.0, 10.0, 4),
            piece(12.0, 10.0, 100.0, 10.0, 5),
        ];
        assert_eq!(read(&p, &["=", "a", "=", "b", "=", "⇒"]), "ab===⇒");
        // The same label beside the arrow (an exponent) keeps its place.
        p[1].x0 = 23.0;
        p[1].x1 = 27.0;
        p[3].x0 = 27.0;
        p[3].x1 = 31.0;
        assert!(stacked_keys(&p, 100.0, 10.0).is_none());
    }

    #[test]
    fn a_superscript_stacked_over_a_subscript_comes_first() {
        // γ, then the prime (raised) and the index (lowered) at one x: drawn prime first.
        let p = [piece(0.0, 6.0, 100.0, 10.0, 0), piece(6.0, 4.0, 102.5, 8.0, 2), piece(6.4, 2.3, 96.0, 8.0, 1)];
        assert_eq!(read(&p, &["γ", "1", "′"]), "γ′1");
        // An exponent beside its base, nothing under it: no keys.
        let exp = [piece(0.0, 6.0, 100.0, 10.0, 0), piece(6.5, 4.0, 96.0, 8.0, 1)];
        assert!(stacked_keys(&exp, 100.0, 10.0).is_none());
    }

    #[test]
    fn an_operators_stacked_indices_follow_it() {
        // "∑" then "n+1" over "k=0", both starting where the operator's box ends (a hair
        // inside it): read "∑", the upper index, the lower one.
        let p = [
            piece(0.0, 11.5001, 100.0, 10.0, 0),
            piece(11.5, 12.0, 95.0, 7.0, 1),
            piece(11.5, 11.0, 103.0, 7.0, 2),
            piece(25.0, 6.0, 100.0, 10.0, 3),
        ];
        assert_eq!(read(&p, &["∑", "n+1", "k=0", "x"]), "∑n+1k=0x");
    }

    #[test]
    fn a_numerator_comes_before_a_wider_denominator() {
        // "∂F" (8 pt, raised) centred over "∂X1" (8 pt, lowered): the denominator's "∂"
        // starts 2.3 pt left of it and has 2.2 pt of its 4.5 under it (less than half).
        let p = [
            piece(92.46, 4.5, 96.0, 8.0, 0),
            piece(96.96, 5.8, 96.0, 8.0, 1),
            piece(90.17, 4.45, 103.0, 8.0, 2),
            piece(94.62, 5.5, 103.0, 8.0, 3),
            piece(100.12, 2.0, 104.0, 6.0, 4),
        ];
        assert_eq!(read(&p, &["∂", "F", "∂", "X", "1"]), "∂F∂X1");
    }
}
