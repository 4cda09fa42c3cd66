//! Glyphs that hang from their baseline: a math extension font's big operators and
//! delimiters (TeX's `cmex`: "∑", "⋃", a big "(").
//!
//! In: a glyph's box, baseline and size. Out: the baseline it reads on, for
//! [`super::lines`] to cluster rows by.
//!
//! Such a font puts the whole glyph below its reference point (ascent near zero, depth most
//! of the size), and the typesetter centres it on the formula's axis, about a quarter of an
//! em above the baseline of the text around it. Taken by its own baseline, the operator
//! sits most of a line above its formula and becomes a row of its own, which scatters the
//! formula ("⋃n" above, "j=1 Uxj" below). A glyph is *hanging* when at most
//! [`HANG_ASCENT`] em of its box is above its baseline and at least [`HANG_DEPTH`] em is
//! below; it reads on the baseline [`MATH_AXIS`] em below its box's middle. [`super::lines`]
//! moves only big operators ([`is_large_operator`]) without a small glyph centred over them:
//! a display operator's limits are stacked over and under it and [`super::limits`] joins
//! them; big delimiters are read as bracket pieces.

use super::tuning::{HANG_ASCENT, HANG_DEPTH, MATH_AXIS};

/// The baseline a glyph with box `top`..`bottom` (y down), baseline `base` and `size` reads
/// on: `base` unless it hangs (module docs).
pub(super) fn reading_base(top: f32, bottom: f32, base: f32, size: f32) -> f32 {
    if size > 0.0 && base - top <= HANG_ASCENT * size && bottom - base >= HANG_DEPTH * size {
        0.5 * (top + bottom) + MATH_AXIS * size
    } else {
        base
    }
}

/// A big (n-ary) operator: sums, products, unions, intersections, integrals, circled
/// operators. Big delimiters hang too but are stacked into brackets elsewhere.
pub(super) fn is_large_operator(c: char) -> bool {
    matches!(u32::from(c), 0x220F..=0x2211 | 0x222B..=0x2233 | 0x22C0..=0x22C3 | 0x2A00..=0x2A0C | 0x2A1B..=0x2A1C)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hanging_operator_reads_on_the_baseline_of_its_formula() {
        // A text-style union: box from 0.04 em above its baseline to 0.6 em below, at 10 pt.
        let b = reading_base(99.6, 106.0, 100.0, 10.0);
        assert!((b - 105.3).abs() < 0.01, "{b}");
        // A letter: three quarters above, a quarter below.
        assert_eq!(reading_base(92.5, 102.5, 100.0, 10.0), 100.0);
    }

    #[test]
    fn big_operators_are_told_from_delimiters() {
        assert!("∑∏⋃⋂∫⨁".chars().all(is_large_operator));
        assert!(!"(⎛[{=+".chars().any(is_large_operator));
    }
}
