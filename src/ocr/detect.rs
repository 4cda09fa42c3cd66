//! Which pages are scans to recognise.
//!
//! In: a [`TextPage`] (glyphs and placed images). Out: the images to recognise (one, or the
//! strips or tiles a page is stored in), or `None` when the page's text layer is what
//! should be read.
//!
//! A page is a scan when images at a resolution a scanner gives (at least [`MIN_DPI`]),
//! each covering at least [`MIN_TILE`] of it, together cover at least [`MIN_COVER`] of it
//! (whatever their rotation), and its text layer has little text: its glyphs
//! (visible or invisible) cover less than [`MAX_TEXT_COVER`] of the page. So a born-digital
//! page is never sent to OCR, a scan with a stamp or a filename printed on it is, and a scan
//! with an invisible OCR layer (render mode 3) is read from that layer, as text, at
//! text-layer speed. With `--ocr always` a scan is recognised whatever its text layer holds.

use crate::config::OcrMode;
use crate::pdf::{PageImage, TextPage};

/// Share of the page the images of a scanned page cover together.
pub const MIN_COVER: f32 = 0.5;
/// Share of the page, at least, one image of a scanned page covers (a page stored in
/// strips or tiles; smaller images are logos and stamps).
pub const MIN_TILE: f32 = 0.02;
/// Least resolution (pixels per inch) of a scanned page.
pub const MIN_DPI: f32 = 100.0;
/// A text layer whose glyph boxes cover less than this share of the page is no text layer.
pub const MAX_TEXT_COVER: f32 = 0.01;

/// The images to recognise on `page` under `mode`, in painting order (see the module docs).
pub fn page_scan(page: &TextPage, mode: OcrMode) -> Option<Vec<usize>> {
    let images = scan_images(page);
    if images.is_empty() {
        return None;
    }
    (mode == OcrMode::Always || text_cover(page, true) < MAX_TEXT_COVER).then_some(images)
}

/// The images that make up a scanned page, in painting order: each at scanner resolution
/// and covering at least [`MIN_TILE`] of the page, together at least [`MIN_COVER`]. Empty
/// when the page is not made of images.
pub fn scan_images(page: &TextPage) -> Vec<usize> {
    let area = page.width * page.height;
    if !(area.is_finite() && area > 1.0) {
        return Vec::new();
    }
    let tiles: Vec<(usize, f32)> = page
        .images
        .iter()
        .enumerate()
        .map(|(i, im)| (i, clipped_area(im.bbox, page) / area))
        .filter(|(i, c)| *c >= MIN_TILE && resolution(&page.images[*i]) >= MIN_DPI)
        .collect();
    // Tiles do not overlap much; an image painted over another counts once at most.
    let cover: f32 = tiles.iter().map(|t| t.1).sum::<f32>().min(1.0);
    if cover >= MIN_COVER {
        tiles.into_iter().map(|t| t.0).collect()
    } else {
        Vec::new()
    }
}

/// True when the scan is one image painted upright (no rotation, no mirroring): its file
/// can go to the engine as it is.
pub fn upright(im: &PageImage) -> bool {
    let [a, b, c, d, ..] = im.matrix;
    a > 0.0 && d < 0.0 && b.abs() <= 1e-3 * a && c.abs() <= 1e-3 * -d
}

/// Pixels per inch of a placed image (the geometric mean of both axes).
pub fn resolution(im: &PageImage) -> f32 {
    let [a, b, c, d, ..] = im.matrix;
    // Points covered by the unit square's sides.
    let (w, h) = ((a * a + b * b).sqrt(), (c * c + d * d).sqrt());
    if !(w > 0.0 && h > 0.0) {
        return 0.0;
    }
    ((im.width as f32 / w) * (im.height as f32 / h)).sqrt() * 72.0
}

/// Area of `bbox` inside the page.
fn clipped_area(bbox: [f32; 4], page: &TextPage) -> f32 {
    let w = bbox[2].min(page.width) - bbox[0].max(0.0);
    let h = bbox[3].min(page.height) - bbox[1].max(0.0);
    if w > 0.0 && h > 0.0 {
        w * h
    } else {
        0.0
    }
}

/// Share of the page covered by the boxes of its non-blank glyphs (`invisible` too: an
/// invisible OCR layer counts).
pub fn text_cover(page: &TextPage, invisible: bool) -> f32 {
    let area: f32 = page
        .glyphs
        .iter()
        .filter(|g| !g.text.trim().is_empty() && (invisible || !g.invisible))
        .map(|g| clipped_area(g.bbox, page))
        .filter(|a| a.is_finite())
        .sum();
    area / (page.width * page.height)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::testutil::PageBuilder;

    fn scan(page: &mut TextPage, dpi: f32) {
        let (w, h) = (page.width, page.height);
        page.images.push(PageImage {
            id: Some((5, 0)),
            matrix: [w, 0.0, 0.0, -h, 0.0, h],
            bbox: [0.0, 0.0, w, h],
            width: (w / 72.0 * dpi) as u32,
            height: (h / 72.0 * dpi) as u32,
        });
    }

    #[test]
    fn image_pages_without_text_are_scans() {
        let mut p = PageBuilder::new();
        scan(&mut p.page, 300.0);
        assert_eq!(page_scan(&p.page, OcrMode::Auto), Some(vec![0]));
        assert!((resolution(&p.page.images[0]) - 300.0).abs() < 1.0);
        // A stamp of a few words on the scan does not make it text.
        p.text(72.0, 800.0, 8.0, "Digitalizado por la biblioteca");
        assert_eq!(page_scan(&p.page, OcrMode::Auto), Some(vec![0]));
    }

    #[test]
    fn text_pages_and_small_or_coarse_images_are_not() {
        let mut p = PageBuilder::new();
        for i in 0..40 {
            p.text(72.0, 100.0 + 14.0 * i as f32, 10.0, &"texto del cuerpo ".repeat(5));
        }
        scan(&mut p.page, 300.0);
        assert_eq!(page_scan(&p.page, OcrMode::Auto), None, "an OCR layer is read as text");
        assert_eq!(page_scan(&p.page, OcrMode::Always), Some(vec![0]));
        let mut q = PageBuilder::new();
        scan(&mut q.page, 50.0);
        assert_eq!(page_scan(&q.page, OcrMode::Auto), None, "a coarse background");
        let mut r = PageBuilder::new();
        scan(&mut r.page, 300.0);
        r.page.images[0].bbox = [0.0, 0.0, 200.0, 200.0];
        assert_eq!(page_scan(&r.page, OcrMode::Auto), None, "a figure");
    }

    #[test]
    fn strips_and_turned_images_make_a_scan() {
        let mut p = PageBuilder::new();
        let (w, h) = (p.page.width, p.page.height);
        // Four horizontal strips of a 300 dpi scan.
        for k in 0..4 {
            let (top, bottom) = (h * k as f32 / 4.0, h * (k + 1) as f32 / 4.0);
            p.page.images.push(PageImage {
                id: Some((10 + k, 0)),
                matrix: [w, 0.0, 0.0, top - bottom, 0.0, bottom],
                bbox: [0.0, top, w, bottom],
                width: (w / 72.0 * 300.0) as u32,
                height: ((bottom - top) / 72.0 * 300.0) as u32,
            });
        }
        assert_eq!(page_scan(&p.page, OcrMode::Auto), Some(vec![0, 1, 2, 3]));
        assert!(p.page.images.iter().all(upright));
        // One strip is not half the page.
        p.page.images.truncate(1);
        assert_eq!(page_scan(&p.page, OcrMode::Auto), None);
        // A landscape scan turned a quarter to fill the page.
        let mut q = PageBuilder::new();
        q.page.images.push(PageImage {
            id: Some((5, 0)),
            matrix: [0.0, h, -w, 0.0, w, 0.0],
            bbox: [0.0, 0.0, w, h],
            width: (h / 72.0 * 300.0) as u32,
            height: (w / 72.0 * 300.0) as u32,
        });
        assert_eq!(page_scan(&q.page, OcrMode::Auto), Some(vec![0]));
        assert!(!upright(&q.page.images[0]));
        assert!((resolution(&q.page.images[0]) - 300.0).abs() < 1.0);
    }
}
