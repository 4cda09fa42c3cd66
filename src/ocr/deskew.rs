//! A scan's skew, found in its pixels and turned back before recognition.
//!
//! In: a grey image (a scan as stored, or a page raster) and where it is painted on the
//! page. Out: [`estimate`], the angle its text rows and rules run at; [`straighten`], the
//! image turned back by that angle about its centre; [`placed_straightened`], where the
//! straightened image lies on the page, so that what the engine reads in it lands where the
//! scan shows it (the words come out turned by the page's skew, as on a skewed OCR layer,
//! and layout straightens them with the page's rules).
//!
//! Why: on a turned scan an engine reads each line with its own baseline; short lines (a
//! table's cells) get slopes that disagree with the page, so letters are taken for raised
//! marks and read out of order, two rows of a cell interleave, and the sloping rules cannot
//! be erased. A straightened image gives level rows and straight rules.
//!
//! The angle is the one whose projection profile is sharpest: the ink pixels are summed
//! along rows sheared by the angle, and the sum of squares of the row counts is largest
//! when text rows and rules fall into as few rows as possible. Searched over ±[`MAX_ANGLE`],
//! coarsely then finely, on at most [`MAX_POINTS`] ink pixels.

use super::decode::Grey;
use super::rules::ink_and_paper;
use crate::pdf::PageImage;

/// Largest skew looked for (radians, 3°); a page turned further is left to the engine.
pub const MAX_ANGLE: f32 = 0.0524;
/// Smallest skew turned back (radians, 0.1°: under 2 pixels across a 200 dpi text column).
pub const MIN_ANGLE: f32 = 0.00175;
/// Step of the coarse search (radians, 0.1°).
const COARSE_STEP: f32 = 0.00175;
/// Step of the fine search around the best coarse angle (radians, 0.01°).
const FINE_STEP: f32 = 0.000175;
/// Ink pixels the profile is made of, at most (evenly sampled beyond).
const MAX_POINTS: usize = 200_000;
/// A page with fewer ink pixels has no skew worth finding.
const MIN_POINTS: usize = 2_000;
/// The best angle's profile must beat the level one by this share to count (a page of
/// scattered specks has no sharper angle).
const MIN_GAIN: f64 = 0.02;

/// The angle (radians, image pixels with rows down: a row rising to the right is negative)
/// that the image's text rows and rules run at, or `None` when the image has too little ink
/// or no angle within ±[`MAX_ANGLE`] is clearly sharper than another.
pub fn estimate(grey: &Grey) -> Option<f32> {
    let points = ink_points(grey)?;
    let (w, h) = (grey.width as f32, grey.height as f32);
    let (cx, cy) = (w / 2.0, h / 2.0);
    let reach = (w / 2.0) * MAX_ANGLE.tan() + 2.0;
    let bins = (h + 2.0 * reach).ceil() as usize + 1;
    let mut counts = vec![0u32; bins];
    let mut score = |angle: f32| -> f64 {
        counts.iter_mut().for_each(|c| *c = 0);
        let t = angle.tan();
        for &(x, y) in &points {
            let row = (y - cy) - (x - cx) * t + cy + reach;
            if let Some(c) = counts.get_mut(row.max(0.0) as usize) {
                *c += 1;
            }
        }
        counts.iter().map(|&c| f64::from(c) * f64::from(c)).sum()
    };
    let steps = (MAX_ANGLE / COARSE_STEP).round() as i32;
    let level = score(0.0);
    let mut best = (level, 0.0f32);
    for k in -steps..=steps {
        let a = k as f32 * COARSE_STEP;
        let s = score(a);
        if s > best.0 {
            best = (s, a);
        }
    }
    let fine = (COARSE_STEP / FINE_STEP).round() as i32;
    let centre = best.1;
    for k in -fine..=fine {
        let a = centre + k as f32 * FINE_STEP;
        if a.abs() > MAX_ANGLE {
            continue;
        }
        let s = score(a);
        if s > best.0 {
            best = (s, a);
        }
    }
    (level > 0.0 && (best.1 == 0.0 || best.0 >= level * (1.0 + MIN_GAIN))).then_some(best.1)
}

/// The ink pixels of `grey` as `(x, y)` pixel centres, evenly thinned to [`MAX_POINTS`];
/// `None` for an image without contrast or with too little ink.
fn ink_points(grey: &Grey) -> Option<Vec<(f32, f32)>> {
    let (threshold, _) = ink_and_paper(&grey.data)?;
    let w = grey.width as usize;
    if w == 0 {
        return None;
    }
    let ink = grey.data.iter().filter(|&&v| v < threshold).count();
    if ink < MIN_POINTS {
        return None;
    }
    let every = ink.div_ceil(MAX_POINTS);
    let mut points = Vec::with_capacity(ink / every + 1);
    let mut k = 0usize;
    for (i, &v) in grey.data.iter().enumerate() {
        if v < threshold {
            if k.is_multiple_of(every) {
                points.push(((i % w) as f32 + 0.5, (i / w) as f32 + 0.5));
            }
            k += 1;
        }
    }
    Some(points)
}

/// Source pixel of output pixel `(u, v)` when an image is turned back by `angle` about its
/// centre `c`: the output's rows follow the source's rows that run at `angle`.
fn source_of(u: f32, v: f32, c: (f32, f32), cos: f32, sin: f32) -> (f32, f32) {
    let (du, dv) = (u - c.0, v - c.1);
    (c.0 + du * cos - dv * sin, c.1 + du * sin + dv * cos)
}

/// `grey` turned back by `angle` ([`estimate`]'s) about its centre: same size, each pixel
/// interpolated between its four source neighbours, the paper's grey where the source
/// does not reach.
pub fn straighten(grey: &Grey, angle: f32) -> Grey {
    let (w, h) = (grey.width as usize, grey.height as usize);
    let paper = ink_and_paper(&grey.data).map_or(255, |(_, p)| p);
    let mut out = Grey { width: grey.width, height: grey.height, data: vec![paper; w * h] };
    if w == 0 || h == 0 || grey.data.len() < w * h || !angle.is_finite() {
        return grey.clone();
    }
    let c = (w as f32 / 2.0, h as f32 / 2.0);
    let (cos, sin) = (angle.cos(), angle.sin());
    let src = |x: usize, y: usize| f32::from(grey.data[y * w + x]);
    for v in 0..h {
        for u in 0..w {
            // Pixel centres: the source point, then its top-left neighbour.
            let (x, y) = source_of(u as f32 + 0.5, v as f32 + 0.5, c, cos, sin);
            let (fx, fy) = (x - 0.5, y - 0.5);
            if !(fx >= 0.0 && fy >= 0.0 && fx < (w - 1) as f32 && fy < (h - 1) as f32) {
                continue;
            }
            let (x0, y0) = (fx as usize, fy as usize);
            let (ax, ay) = (fx - x0 as f32, fy - y0 as f32);
            let top = src(x0, y0) * (1.0 - ax) + src(x0 + 1, y0) * ax;
            let bottom = src(x0, y0 + 1) * (1.0 - ax) + src(x0 + 1, y0 + 1) * ax;
            out.data[v * w + u] = (top * (1.0 - ay) + bottom * ay).round().clamp(0.0, 255.0) as u8;
        }
    }
    out
}

/// Where the image [`straighten`] made from `placed`'s pixels (`angle`) lies on the page: a
/// point of it is painted where its source pixel was.
pub fn placed_straightened(placed: &PageImage, angle: f32) -> PageImage {
    let (w, h) = (placed.width.max(1) as f32, placed.height.max(1) as f32);
    let c = (w / 2.0, h / 2.0);
    let (cos, sin) = (angle.cos(), angle.sin());
    let m = placed.matrix;
    // Unit square of the straightened image → its pixels → source pixels → source unit
    // square → page.
    let map = |x: f32, y: f32| {
        let (u, v) = source_of(x * w, (1.0 - y) * h, c, cos, sin);
        let (sx, sy) = (u / w, 1.0 - v / h);
        (m[0] * sx + m[2] * sy + m[4], m[1] * sx + m[3] * sy + m[5])
    };
    let o = map(0.0, 0.0);
    let px = map(1.0, 0.0);
    let py = map(0.0, 1.0);
    PageImage { matrix: [px.0 - o.0, px.1 - o.1, py.0 - o.0, py.1 - o.1, o.0, o.1], ..*placed }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A `w × h` white image with black text-like rows rising at `angle` (y down: negative
    /// rises to the right): dashes 8 px tall every 30 px, like words on lines, and one rule.
    fn page(w: u32, h: u32, angle: f32) -> Grey {
        let mut g = Grey::white(w, h);
        let (cx, cy) = (w as f32 / 2.0, h as f32 / 2.0);
        let t = angle.tan();
        for y in 0..h {
            for x in 0..w {
                // Straight coordinates of this pixel.
                let (fx, fy) = (x as f32 + 0.5 - cx, y as f32 + 0.5 - cy);
                let ry = fy - fx * t + cy;
                let rx = fx + cx;
                let in_line = (ry.rem_euclid(30.0)) < 8.0 && (rx.rem_euclid(40.0)) < 30.0;
                let rule = (ry - 15.0 - 30.0 * 5.0).abs() < 1.0;
                if (in_line || rule) && (50.0..w as f32 - 50.0).contains(&rx) && (40.0..h as f32 - 40.0).contains(&ry) {
                    g.data[(y * w + x) as usize] = 0;
                }
            }
        }
        g
    }

    #[test]
    fn the_skew_of_text_rows_is_found() {
        for deg in [-1.3f32, -0.5, 0.0, 0.8, 1.5] {
            let a = deg.to_radians();
            let got = estimate(&page(800, 600, a)).expect("an angle");
            assert!((got - a).abs() < 0.0006, "{deg}°: found {}°", got.to_degrees());
        }
        // A blank page has none.
        assert_eq!(estimate(&Grey::white(300, 300)), None);
    }

    #[test]
    fn straightened_rows_are_level_and_land_where_the_scan_shows_them() {
        let a = 1.2f32.to_radians();
        let g = page(800, 600, a);
        let s = straighten(&g, a);
        assert_eq!((s.width, s.height), (800, 600));
        assert!(estimate(&s).is_some_and(|b| b.abs() < 0.0006));
        // Each straightened row of the rule is dark across most of the width.
        let rule_rows = (0..600).filter(|&y| (100..700).filter(|&x| s.at(x, y) < 128).count() > 550).count();
        assert!((1..=3).contains(&rule_rows), "{rule_rows}");
        // A pixel of the straightened image maps to the page point of its source pixel.
        let placed = PageImage {
            id: None,
            matrix: [400.0, 0.0, 0.0, -300.0, 10.0, 320.0],
            bbox: [0.0; 4],
            width: 800,
            height: 600,
        };
        let turned = placed_straightened(&placed, a);
        let on_page = |m: [f32; 6], u: f32, v: f32| {
            let (x, y) = (u / 800.0, 1.0 - v / 600.0);
            (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])
        };
        let (u, v) = (650.5, 120.5);
        let (su, sv) = source_of(u, v, (400.0, 300.0), a.cos(), a.sin());
        let (p, q) = (on_page(turned.matrix, u, v), on_page(placed.matrix, su, sv));
        assert!((p.0 - q.0).abs() < 1e-3 && (p.1 - q.1).abs() < 1e-3, "{p:?} {q:?}");
        // No turn, no change.
        assert_eq!(placed_straightened(&placed, 0.0).matrix, placed.matrix);
    }
}
