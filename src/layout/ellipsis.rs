//! Ellipses set as three dots with white between them (TeX's `\ldots`, `\dots`).
//!
//! In: the glyphs of one segment of a row, left to right, as (text, x0, x1, baseline,
//! size, space). Out: for each glyph, its part in an ellipsis ([`Dot`]), for
//! [`super::lines`] step 4 to read the three dots as one word "..." and to measure the gap
//! before the first dot as a plain gap (an ellipsis is no closing punctuation: in
//! "x1, . . . , xn" it stands apart from the comma before it).
//!
//! An ellipsis is exactly three solid "." glyphs in a row, with no space glyph between
//! them, of one size (within [`ELLIPSIS_SIZE_TOL`]) on one baseline, each gap at most
//! [`ELLIPSIS_MAX_GAP`] em (a thin space of a formula is 1/6 em) and the two gaps equal
//! within [`ELLIPSIS_GAP_TOL`] em. Runs of more dots (leaders of a table of contents) and
//! dots further apart are left as they are.

use super::tuning::{ELLIPSIS_GAP_TOL, ELLIPSIS_MAX_GAP, ELLIPSIS_SIZE_TOL};

/// A glyph's part in an ellipsis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Dot {
    /// Not part of one.
    No,
    /// The first dot.
    First,
    /// The second or third dot: it joins the dot before it.
    Inner,
}

/// What [`dots`] needs of a glyph.
#[derive(Debug, Clone, Copy)]
pub(super) struct DotGlyph<'a> {
    pub text: &'a str,
    pub x0: f32,
    pub x1: f32,
    pub base: f32,
    pub size: f32,
    pub space: bool,
}

/// Each glyph's part in an ellipsis (module docs); `gl` is one segment, left to right.
pub(super) fn dots(gl: &[DotGlyph]) -> Vec<Dot> {
    let mut out = vec![Dot::No; gl.len()];
    let is_dot = |g: &DotGlyph| !g.space && g.text == ".";
    let mut i = 0;
    while i < gl.len() {
        if !is_dot(&gl[i]) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < gl.len() && is_dot(&gl[j]) {
            j += 1;
        }
        if j - i == 3 && is_ellipsis(&gl[i..j]) {
            out[i] = Dot::First;
            out[i + 1] = Dot::Inner;
            out[i + 2] = Dot::Inner;
        }
        i = j;
    }
    out
}

/// Three dots of one size on one baseline, evenly and closely spaced.
fn is_ellipsis(d: &[DotGlyph]) -> bool {
    let size = d[0].size;
    if size.is_nan() || size <= 0.0 {
        return false;
    }
    let same = d.iter().all(|g| {
        (g.size - size).abs() <= ELLIPSIS_SIZE_TOL * size && (g.base - d[0].base).abs() <= ELLIPSIS_SIZE_TOL * size
    });
    let g1 = d[1].x0 - d[0].x1;
    let g2 = d[2].x0 - d[1].x1;
    same && g1 >= 0.0
        && g2 >= 0.0
        && g1.max(g2) <= ELLIPSIS_MAX_GAP * size
        && (g1 - g2).abs() <= ELLIPSIS_GAP_TOL * size
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glyphs(spec: &[(&'static str, f32)]) -> Vec<DotGlyph<'static>> {
        // (text, x0): each glyph 3 pt wide at size 10.
        spec.iter()
            .map(|&(text, x0)| DotGlyph { text, x0, x1: x0 + 3.0, base: 100.0, size: 10.0, space: text == " " })
            .collect()
    }

    #[test]
    fn three_evenly_spaced_dots_are_an_ellipsis() {
        let g = glyphs(&[(",", 0.0), (".", 4.7), (".", 9.4), (".", 14.1), (",", 18.8)]);
        assert_eq!(dots(&g), vec![Dot::No, Dot::First, Dot::Inner, Dot::Inner, Dot::No]);
    }

    #[test]
    fn leaders_spread_dots_and_spaced_dots_are_not() {
        let leaders = glyphs(&[(".", 0.0), (".", 4.7), (".", 9.4), (".", 14.1)]);
        assert!(dots(&leaders).iter().all(|&d| d == Dot::No));
        let spread = glyphs(&[(".", 0.0), (".", 8.0), (".", 16.0)]);
        assert!(dots(&spread).iter().all(|&d| d == Dot::No));
        let uneven = glyphs(&[(".", 0.0), (".", 3.2), (".", 8.0)]);
        assert!(dots(&uneven).iter().all(|&d| d == Dot::No));
        let typed = glyphs(&[(".", 0.0), (" ", 3.0), (".", 5.0), (" ", 8.0), (".", 10.0)]);
        assert!(dots(&typed).iter().all(|&d| d == Dot::No));
    }
}
