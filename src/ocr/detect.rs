//! Which pages are scans to recognise.
//!
//! In: a [`TextPage`] (glyphs and placed images). Out: the index of the image to recognise,
//! or `None` when the page's text layer is what should be read.
//!
//! A page is a scan when one image covers at least [`MIN_COVER`] of it at a resolution a
//! scanner gives (at least [`MIN_DPI`]), and its text layer has little text: its glyphs
//! (visible or invisible) cover less than [`MAX_TEXT_COVER`] of the page. So a born-digital
//! page is never sent to OCR, a scan with a stamp or a filename printed on it is, and a scan
//! with an invisible OCR layer (render mode 3) is read from that layer, as text, at
//! text-layer speed. With `--ocr always` a scan is recognised whatever its text layer holds.

use crate::config::OcrMode;
use crate::pdf::{PageImage, TextPage};

/// Share of the page an image must cover to be a scanned page.
pub const MIN_COVER: f32 = 0.5;
/// Least resolution (pixels per inch) of a scanned page.
pub const MIN_DPI: f32 = 100.0;
/// A text layer whose glyph boxes cover less than this share of the page is no text layer.
pub const MAX_TEXT_COVER: f32 = 0.01;

/// The image to recognise on `page` under `mode` (see the module docs).
pub fn page_image(page: &TextPage, mode: OcrMode) -> Option<usize> {
    let area = page.width * page.height;
    if !(area.is_finite() && area > 1.0) {
        return None;
    }
    let (i, cover) = page
        .images
        .iter()
        .enumerate()
        .map(|(i, im)| (i, clipped_area(im.bbox, page) / area))
        .filter(|(i, c)| *c >= MIN_COVER && resolution(&page.images[*i]) >= MIN_DPI)
        .max_by(|a, b| a.1.total_cmp(&b.1))?;
    debug_assert!(cover >= MIN_COVER);
    if mode == OcrMode::Always || text_cover(page) < MAX_TEXT_COVER {
        Some(i)
    } else {
        None
    }
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

/// Share of the page covered by the boxes of its non-blank glyphs.
fn text_cover(page: &TextPage) -> f32 {
    let area: f32 = page
        .glyphs
        .iter()
        .filter(|g| !g.text.trim().is_empty())
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
        assert_eq!(page_image(&p.page, OcrMode::Auto), Some(0));
        assert!((resolution(&p.page.images[0]) - 300.0).abs() < 1.0);
        // A stamp of a few words on the scan does not make it text.
        p.text(72.0, 800.0, 8.0, "Digitalizado por la biblioteca");
        assert_eq!(page_image(&p.page, OcrMode::Auto), Some(0));
    }

    #[test]
    fn text_pages_and_small_or_coarse_images_are_not() {
        let mut p = PageBuilder::new();
        for i in 0..40 {
            p.text(72.0, 100.0 + 14.0 * i as f32, 10.0, &"texto del cuerpo ".repeat(5));
        }
        scan(&mut p.page, 300.0);
        assert_eq!(page_image(&p.page, OcrMode::Auto), None, "an OCR layer is read as text");
        assert_eq!(page_image(&p.page, OcrMode::Always), Some(0));
        let mut q = PageBuilder::new();
        scan(&mut q.page, 50.0);
        assert_eq!(page_image(&q.page, OcrMode::Auto), None, "a coarse background");
        let mut r = PageBuilder::new();
        scan(&mut r.page, 300.0);
        r.page.images[0].bbox = [0.0, 0.0, 200.0, 200.0];
        assert_eq!(page_image(&r.page, OcrMode::Auto), None, "a figure");
    }
}
