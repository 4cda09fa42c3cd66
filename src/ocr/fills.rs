//! Tinted areas of a page raster: the shaded rows of a scanned table (a header row set on
//! grey), found as the filled rectangles a text layer would give.
//!
//! In: a [`Canvas`] and the sizes of a fill in canvas pixels ([`FillSizes`]). Out: one
//! [`Fill`] per tinted rectangle, in canvas pixels.
//!
//! 1. **Tint**: a pixel darker than the paper (the median grey) by at least [`MIN_TINT`]
//!    levels and lighter than the ink threshold (midway from the paper to the ink) is
//!    tint; darker ones are ink (the letters on the fill, its borders).
//! 2. **Runs**: along each row, tint and ink pixels make a run; paper pixels end it after
//!    `max_gap`. A run at least `min_width` long and at least half tint is a piece of a
//!    fill; text on paper never is (white parts its letters and words), a rule neither (it
//!    is all ink).
//! 3. **Rectangles**: runs on successive rows (a few rows may be missing: a row of dense
//!    letters) with the same ends within `max_gap` make one rectangle; one at least
//!    `min_height` tall is a fill. A bilevel scan has no tint (its shading was thresholded
//!    away or dithered), so it has no fills.

use super::canvas::Canvas;

/// A pixel is tint when it is at least this many grey levels darker than the paper.
pub const MIN_TINT: u8 = 12;
/// Share of a run that must be tint (the rest ink and bridged paper).
const MIN_TINT_SHARE: f32 = 0.5;
/// Rows of a rectangle that may be missing in a row, at most.
const MAX_MISSING_ROWS: usize = 3;
/// At most this many runs are collected on one page (bounds the grouping).
const MAX_RUNS: usize = 20_000;

/// What makes a fill, in canvas pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FillSizes {
    /// A fill is at least this wide.
    pub min_width: usize,
    /// A fill is at least this tall.
    pub min_height: usize,
    /// Paper gaps up to this long inside a row are bridged; ends may differ by this.
    pub max_gap: usize,
}

/// A tinted rectangle: `[u0, v0, u1, v1]` in canvas pixels (edges) and its median grey.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fill {
    /// `[u0, v0, u1, v1]`.
    pub bbox: [usize; 4],
    /// Its grey level (0–255).
    pub grey: u8,
}

/// The fills of `canvas` (see the module docs).
pub fn find(canvas: &Canvas, sizes: FillSizes) -> Vec<Fill> {
    let g = &canvas.grey;
    let (w, h) = (g.width as usize, g.height as usize);
    if g.data.len() < w * h || w == 0 || sizes.min_width < 2 {
        return Vec::new();
    }
    let Some((ink, paper)) = super::rules::ink_and_paper(&g.data) else { return Vec::new() };
    let tint_max = paper.saturating_sub(MIN_TINT);
    let mut runs: Vec<(usize, usize, usize, u64, usize)> = Vec::new(); // row, a, b, grey sum, tint count
    'rows: for v in 0..h {
        let row = &g.data[v * w..(v + 1) * w];
        let mut u = 0;
        while u < w {
            if row[u] > tint_max {
                u += 1;
                continue;
            }
            let (start, mut end, mut gap, mut tint, mut sum) = (u, u, 0usize, 0usize, 0u64);
            while u < w {
                let p = row[u];
                if p > tint_max {
                    gap += 1;
                    if gap > sizes.max_gap {
                        break;
                    }
                } else {
                    gap = 0;
                    end = u + 1;
                    if p >= ink {
                        tint += 1;
                        sum += u64::from(p);
                    }
                }
                u += 1;
            }
            let n = end - start;
            if n >= sizes.min_width && tint as f32 >= MIN_TINT_SHARE * n as f32 {
                if runs.len() >= MAX_RUNS {
                    break 'rows;
                }
                runs.push((v, start, end, sum, tint));
            }
            u = end.max(start + 1);
        }
    }
    rectangles(&runs, sizes)
}

/// Runs (row, start, end, grey sum, tint pixels) in row order → rectangles.
fn rectangles(runs: &[(usize, usize, usize, u64, usize)], s: FillSizes) -> Vec<Fill> {
    struct R {
        a: usize,
        b: usize,
        top: usize,
        last: usize,
        rows: usize,
        sum: u64,
        tint: usize,
    }
    let mut open: Vec<R> = Vec::new();
    let mut done: Vec<R> = Vec::new();
    for &(v, a, b, sum, tint) in runs {
        // Close the rectangles this row can no longer continue.
        let (keep, closed): (Vec<R>, Vec<R>) = open.into_iter().partition(|r| v <= r.last + 1 + MAX_MISSING_ROWS);
        done.extend(closed);
        open = keep;
        let tol = s.max_gap + 1;
        match open.iter_mut().find(|r| r.last < v && a.abs_diff(r.a) <= tol && b.abs_diff(r.b) <= tol) {
            Some(r) => {
                r.last = v;
                r.rows += 1;
                r.sum += sum;
                r.tint += tint;
            }
            None => open.push(R { a, b, top: v, last: v, rows: 1, sum, tint }),
        }
    }
    done.extend(open);
    done.into_iter()
        .filter(|r| r.last + 1 - r.top >= s.min_height.max(2) && r.rows * 2 >= r.last + 1 - r.top)
        .map(|r| Fill { bbox: [r.a, r.top, r.b, r.last + 1], grey: (r.sum / r.tint.max(1) as u64) as u8 })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ocr::decode::Grey;

    /// A 300 × 120 page of paper grey 224 with a few ink pixels (its ink level).
    fn page() -> Canvas {
        let mut g = Grey::white(300, 120);
        g.data.iter_mut().for_each(|v| *v = 224);
        for v in 100..110 {
            for u in 10..40 {
                g.data[v * 300 + u] = 20;
            }
        }
        Canvas { grey: g, scale: 1.0, skew: 0.0 }
    }

    const SIZES: FillSizes = FillSizes { min_width: 40, min_height: 6, max_gap: 2 };

    #[test]
    fn a_shaded_row_with_text_and_borders_is_a_fill() {
        let mut c = page();
        let w = 300;
        // A tinted band (195) rows 20..40, x 20..280, with a border column of ink at x 150,
        // ink "letters" on rows 26..34 and a paper-white speck.
        for v in 20..40 {
            for u in 20..280 {
                c.grey.data[v * w + u] = 195;
            }
            c.grey.data[v * w + 150] = 30;
        }
        for v in 26..34 {
            for u in (40..120).step_by(4) {
                c.grey.data[v * w + u] = 25;
            }
        }
        c.grey.data[30 * w + 200] = 250;
        let fills = find(&c, SIZES);
        assert_eq!(fills.len(), 1, "{fills:?}");
        let f = fills[0];
        assert!(f.bbox[0] <= 21 && f.bbox[2] >= 279 && f.bbox[1] <= 21 && f.bbox[3] >= 39, "{f:?}");
        assert!((190..=200).contains(&f.grey), "{f:?}");
    }

    #[test]
    fn text_rules_and_paper_are_not_fills() {
        let mut c = page();
        let w = 300;
        // A rule (ink) and "text": grey anti-aliased letters with white between them.
        for u in 20..280 {
            c.grey.data[60 * w + u] = 30;
        }
        for v in 70..80 {
            for u in 20..280 {
                c.grey.data[v * w + u] = if u % 5 < 2 {
                    40
                } else if u % 5 == 2 {
                    180
                } else {
                    224
                };
            }
        }
        assert_eq!(find(&c, SIZES), Vec::new());
        // A page without ink contrast: nothing.
        let mut flat = page();
        flat.grey.data.iter_mut().for_each(|v| *v = 200);
        assert!(find(&flat, SIZES).is_empty());
    }
}
