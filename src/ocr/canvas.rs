//! The images of a page painted onto one grey page raster.
//!
//! In: decoded images ([`Grey`]) with the matrices that place them on the page (any
//! rotation, several images side by side: a page stored in strips or tiles), the page size,
//! a resolution and a skew. Out: a [`Canvas`]: the page as grey pixels, upright, turned back
//! by `skew` about the page's centre exactly as layout straightens a skewed page's glyphs
//! (so the canvas's rows are the straightened text rows), and the map from its pixels to
//! that page space.
//!
//! Each canvas pixel takes the darkest source pixel under it, so a rule one source pixel
//! thick survives a reduction. Opaque images replace what lies under them; image masks only
//! darken. At most [`MAX_CANVAS_PIXELS`] pixels.

use super::decode::Grey;

/// Pixels of a canvas, at most (an A4 page at 300 dpi is 8.7 M).
pub const MAX_CANVAS_PIXELS: u64 = 12_000_000;
/// Source pixels sampled across one canvas pixel, at most (a coarser reduction samples).
const MAX_FOOTPRINT: usize = 6;

/// An image to paint.
#[derive(Debug, Clone, Copy)]
pub struct Placed<'a> {
    /// Its pixels.
    pub grey: &'a Grey,
    /// Image space (the unit square, `(0, 0)` at the bottom-left of the last row) →
    /// displayed page space, as [`crate::pdf::PageImage::matrix`].
    pub matrix: [f32; 6],
    /// An image mask: only its dark pixels paint.
    pub mask: bool,
}

/// A page raster and where its pixels lie.
#[derive(Debug, Clone)]
pub struct Canvas {
    /// The pixels.
    pub grey: Grey,
    /// Points per pixel.
    pub scale: f32,
    /// The skew the page was turned back by (radians, as [`crate::layout::lines::page_skew`]).
    pub skew: f32,
}

impl Canvas {
    /// Pixel coordinates (any real values) → straightened page space.
    pub fn to_page(&self, u: f32, v: f32) -> (f32, f32) {
        (u * self.scale, v * self.scale)
    }
}

/// Paints `images` on a `width × height` points page at `dpi`, turned back by `skew`.
/// `None` when the page or the resolution is unusable.
pub fn paint(width: f32, height: f32, dpi: f32, skew: f32, images: &[Placed]) -> Option<Canvas> {
    if !(width.is_finite() && height.is_finite() && width > 1.0 && height > 1.0 && dpi.is_finite() && dpi > 1.0) {
        return None;
    }
    let mut dpi = dpi;
    let px = |d: f32| ((width * d / 72.0).ceil() as u64, (height * d / 72.0).ceil() as u64);
    let (mut cw, mut ch) = px(dpi);
    if cw * ch > MAX_CANVAS_PIXELS {
        dpi *= (MAX_CANVAS_PIXELS as f32 / (cw * ch) as f32).sqrt() * 0.999;
        (cw, ch) = px(dpi);
    }
    if cw == 0 || ch == 0 {
        return None;
    }
    let scale = 72.0 / dpi;
    let mut grey = Grey::white(cw as u32, ch as u32);
    for im in images {
        paint_one(&mut grey, scale, skew, (width / 2.0, height / 2.0), im);
    }
    Some(Canvas { grey, scale, skew })
}

/// Canvas pixel → source pixel, as `u' = a·u + b·v + c`, `v' = d·u + e·v + f`.
#[derive(Debug, Clone, Copy)]
struct Affine {
    a: f32,
    b: f32,
    c: f32,
    d: f32,
    e: f32,
    f: f32,
}

impl Affine {
    fn apply(&self, u: f32, v: f32) -> (f32, f32) {
        (self.a * u + self.b * v + self.c, self.d * u + self.e * v + self.f)
    }
}

/// The map from canvas pixels to the pixels of `im`: canvas → straightened page → page
/// (turned by `skew` about `centre`) → image unit square → image pixels (rows down).
fn to_source(scale: f32, skew: f32, centre: (f32, f32), im: &Placed) -> Option<Affine> {
    let [a, b, c, d, e, f] = im.matrix;
    let det = a * d - b * c;
    if !(det.is_finite() && det.abs() > 1e-6) {
        return None;
    }
    let (w, h) = (im.grey.width as f32, im.grey.height as f32);
    let (cos, sin) = (skew.cos(), skew.sin());
    // One point through the whole chain.
    let map = |u: f32, v: f32| {
        let (xs, ys) = (u * scale - centre.0, v * scale - centre.1);
        let (x, y) = (centre.0 + xs * cos - ys * sin, centre.1 + xs * sin + ys * cos);
        let (dx, dy) = (x - e, y - f);
        let (ux, uy) = ((d * dx - c * dy) / det, (-b * dx + a * dy) / det);
        (ux * w, (1.0 - uy) * h)
    };
    let o = map(0.0, 0.0);
    let pu = map(1.0, 0.0);
    let pv = map(0.0, 1.0);
    let aff = Affine { a: pu.0 - o.0, b: pv.0 - o.0, c: o.0, d: pu.1 - o.1, e: pv.1 - o.1, f: o.1 };
    [aff.a, aff.b, aff.c, aff.d, aff.e, aff.f].iter().all(|v| v.is_finite()).then_some(aff)
}

/// The canvas box `[u0, v0, u1, v1)` that the image can reach.
fn reach(canvas: &Grey, scale: f32, skew: f32, centre: (f32, f32), im: &Placed) -> Option<[usize; 4]> {
    let [a, b, c, d, e, f] = im.matrix;
    let (cos, sin) = (skew.cos(), skew.sin());
    let (mut lo, mut hi) = ((f32::INFINITY, f32::INFINITY), (f32::NEG_INFINITY, f32::NEG_INFINITY));
    for (x, y) in [(0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0)] {
        let (px, py) = (a * x + c * y + e - centre.0, b * x + d * y + f - centre.1);
        // Straighten: turn back by `skew`.
        let (sx, sy) = (centre.0 + px * cos + py * sin, centre.1 - px * sin + py * cos);
        let (u, v) = (sx / scale, sy / scale);
        lo = (lo.0.min(u), lo.1.min(v));
        hi = (hi.0.max(u), hi.1.max(v));
    }
    if ![lo.0, lo.1, hi.0, hi.1].iter().all(|v| v.is_finite()) {
        return None;
    }
    let clamp = |v: f32, max: u32| v.max(0.0).min(max as f32) as usize;
    let r = [
        clamp(lo.0.floor(), canvas.width),
        clamp(lo.1.floor(), canvas.height),
        clamp(hi.0.ceil(), canvas.width),
        clamp(hi.1.ceil(), canvas.height),
    ];
    (r[0] < r[2] && r[1] < r[3]).then_some(r)
}

fn paint_one(canvas: &mut Grey, scale: f32, skew: f32, centre: (f32, f32), im: &Placed) {
    let Some(map) = to_source(scale, skew, centre, im) else { return };
    let Some([u0, v0, u1, v1]) = reach(canvas, scale, skew, centre, im) else { return };
    let (sw, sh) = (im.grey.width as i64, im.grey.height as i64);
    if sw == 0 || sh == 0 || im.grey.data.len() < (sw * sh) as usize {
        return;
    }
    // Source pixels under one canvas pixel, across and down.
    let span = |p: f32, q: f32| (p.abs() + q.abs()).ceil().clamp(1.0, 1e6) as usize;
    let (fx, fy) = (span(map.a, map.b), span(map.d, map.e));
    let (nx, ny) = (fx.min(MAX_FOOTPRINT), fy.min(MAX_FOOTPRINT));
    let (stx, sty) = (fx as f32 / nx as f32, fy as f32 / ny as f32);
    let cw = canvas.width as usize;
    for v in v0..v1 {
        for u in u0..u1 {
            // The footprint's top-left corner in source pixels.
            let (cx, cy) = map.apply(u as f32 + 0.5, v as f32 + 0.5);
            let (x0, y0) = (cx - fx as f32 / 2.0, cy - fy as f32 / 2.0);
            let mut darkest: Option<u8> = None;
            for j in 0..ny {
                let sy = (y0 + (j as f32 + 0.5) * sty).floor() as i64;
                if sy < 0 || sy >= sh {
                    continue;
                }
                let row = &im.grey.data[(sy * sw) as usize..((sy + 1) * sw) as usize];
                for i in 0..nx {
                    let sx = (x0 + (i as f32 + 0.5) * stx).floor() as i64;
                    if sx < 0 || sx >= sw {
                        continue;
                    }
                    let p = row[sx as usize];
                    darkest = Some(darkest.map_or(p, |q| q.min(p)));
                }
            }
            let Some(p) = darkest else { continue };
            let dst = &mut canvas.data[v * cw + u];
            *dst = if im.mask { (*dst).min(p) } else { p };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A `w × h` white image with black pixels where `black(x, y)`.
    fn image(w: u32, h: u32, black: impl Fn(u32, u32) -> bool) -> Grey {
        let mut g = Grey::white(w, h);
        for y in 0..h {
            for x in 0..w {
                if black(x, y) {
                    g.data[(y * w + x) as usize] = 0;
                }
            }
        }
        g
    }

    #[test]
    fn an_upright_page_image_is_copied_and_reduced() {
        // 200 × 100 points at 144 dpi: 400 × 200 pixels; a black row at y = 50.
        let g = image(400, 200, |_, y| y == 50);
        let placed = Placed { grey: &g, matrix: [200.0, 0.0, 0.0, -100.0, 0.0, 100.0], mask: false };
        let c = paint(200.0, 100.0, 72.0, 0.0, &[placed]).unwrap();
        assert_eq!((c.grey.width, c.grey.height), (200, 100));
        // One source row at half the resolution still shows, in canvas row 25.
        assert!((0..200).all(|x| c.grey.at(x, 25) == 0));
        assert!((0..200).all(|x| c.grey.at(x, 24) == 255 && c.grey.at(x, 26) == 255));
        assert_eq!(c.to_page(10.0, 25.5), (10.0, 25.5));
    }

    #[test]
    fn a_turned_image_is_painted_upright() {
        // A landscape image (100 × 50 pixels, a black first column) turned 90° to fill a
        // 50 × 100 points page: image x runs down the page, its rows run right to left.
        let g = image(100, 50, |x, _| x == 0);
        // Unit square → page: (1, 0) ↦ down the page, (0, 1) ↦ to the left.
        let placed = Placed { grey: &g, matrix: [0.0, 100.0, -50.0, 0.0, 50.0, 0.0], mask: false };
        let c = paint(50.0, 100.0, 72.0, 0.0, &[placed]).unwrap();
        assert_eq!((c.grey.width, c.grey.height), (50, 100));
        // Image column 0 is the page's top row.
        assert!((0..50).all(|x| c.grey.at(x, 0) == 0), "{:?}", &c.grey.data[..50]);
        assert!((0..50).all(|x| c.grey.at(x, 1) == 255));
    }

    #[test]
    fn strips_make_one_page_and_masks_only_darken() {
        // Two horizontal strips, each 100 × 50 points; the lower one has a black row.
        let top = image(100, 50, |_, _| false);
        let bottom = image(100, 50, |_, y| y == 10);
        let strips = [
            Placed { grey: &top, matrix: [100.0, 0.0, 0.0, -50.0, 0.0, 50.0], mask: false },
            Placed { grey: &bottom, matrix: [100.0, 0.0, 0.0, -50.0, 0.0, 100.0], mask: false },
        ];
        let c = paint(100.0, 100.0, 72.0, 0.0, &strips).unwrap();
        assert!((0..100).all(|x| c.grey.at(x, 60) == 0));
        assert_eq!(c.grey.data.iter().filter(|&&v| v == 0).count(), 100);
        // A white mask over it leaves the black row.
        let blank = image(100, 100, |_, _| false);
        let mask = Placed { grey: &blank, matrix: [100.0, 0.0, 0.0, -100.0, 0.0, 100.0], mask: true };
        let c = paint(100.0, 100.0, 72.0, 0.0, &[strips[0], strips[1], mask]).unwrap();
        assert!((0..100).all(|x| c.grey.at(x, 60) == 0));
    }

    #[test]
    fn a_skewed_page_is_straightened() {
        // A line rising to the right by 1° across a 400 × 400 points page (text rising to
        // the right has a negative angle in page space, y down).
        let skew = -1f32.to_radians();
        let g = image(400, 400, |x, y| {
            let want = 200.0 + (x as f32 - 200.0) * skew.tan();
            (y as f32 - want).abs() < 0.75 && (50..350).contains(&x)
        });
        let placed = Placed { grey: &g, matrix: [400.0, 0.0, 0.0, -400.0, 0.0, 400.0], mask: false };
        let c = paint(400.0, 400.0, 72.0, skew, &[placed]).unwrap();
        // Straightened, the line (1.5 px thick) lies along a few rows: unturned it would
        // cross five.
        let rows: Vec<u32> = (0..400).filter(|&y| (60..340).filter(|&x| c.grey.at(x, y) == 0).count() > 100).collect();
        assert!(!rows.is_empty() && rows.len() <= 3, "{rows:?}");
        assert!(rows.iter().all(|&y| (198..=202).contains(&y)), "{rows:?}");
        assert!(paint(f32::NAN, 10.0, 72.0, 0.0, &[]).is_none());
    }
}
