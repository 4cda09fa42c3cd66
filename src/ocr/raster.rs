//! A scanned page's images as one page raster, and the ruling lines found in it.
//!
//! In: the document, one page (its placed images, its glyphs: from an invisible OCR layer or
//! from recognition) and the limits. Out: [`page_canvas`], the page's images decoded and
//! painted upright (see [`super::canvas`]); and, from [`add_rules`], the table borders drawn
//! in the pixels added to the page's rules, in the page space layout uses (a skewed page
//! straightened by its glyphs' writing angle, as [`crate::layout::lines`] straightens its
//! text), so that the table finder reads them exactly like vector rules.
//!
//! Only pages made of images whose text is not a visible text layer are looked at (an
//! invisible OCR layer, or text recognised here); a born-digital page costs one pass over
//! its images' boxes. The raster is at most [`RULE_DPI`], so a page costs a decode and a few
//! passes over ~2 M pixels.

use crate::config::Config;
use crate::pdf::{PdfDocument, Rule, TextPage};

use super::canvas::{self, Canvas, Placed};
use super::decode::{self, Grey};
use super::rules::{self, RuleSizes};
use super::{detect, Outcome};

/// Resolution of the raster rules are looked for in (pixels per inch), at most.
pub const RULE_DPI: f32 = 150.0;
/// A rule is at least this many body font sizes long (a text line is about 1.2).
const MIN_RULE_SIZES: f32 = 2.4;
/// A rule is at most this thick (points): heavier strokes are letters or fills.
const MAX_RULE_THICK: f32 = 2.5;
/// Breaks up to this long (points) inside a rule are bridged.
const MAX_RULE_GAP: f32 = 1.0;
/// Rules closer than this to the raster's edge (points) are the scan's border, not a table's.
const EDGE_MARGIN: f32 = 6.0;
/// Body size (points) assumed when the page's glyphs give none.
const DEFAULT_SIZE: f32 = 10.0;

/// The images `images` of `page` decoded and painted on one raster at the images' own
/// resolution (at most `max_dpi`), turned back by `skew`.
pub fn page_canvas(
    doc: &PdfDocument,
    page: &TextPage,
    images: &[usize],
    max_dpi: f32,
    skew: f32,
    cfg: &Config,
) -> Result<Canvas, String> {
    let mut decoded: Vec<(Grey, [f32; 6], bool)> = Vec::with_capacity(images.len());
    let mut dpi: f32 = 0.0;
    let mut pixels = 0u64;
    for &i in images {
        let Some(placed) = page.images.get(i) else { continue };
        let Some(id) = placed.id else { return Err("an image is not an indirect object".into()) };
        pixels += u64::from(placed.width) * u64::from(placed.height);
        if pixels > super::MAX_PIXELS {
            return Err(format!("the images have more than {} pixels (limit.ocr_pixels)", super::MAX_PIXELS));
        }
        let enc = crate::pdf::image::read_image(doc, id, cfg.limits.max_stream_bytes)
            .map_err(|e| format!("the image could not be read: {e}"))?;
        let grey = decode::decode(&enc, super::MAX_PIXELS)?;
        dpi = dpi.max(detect::resolution(placed));
        decoded.push((grey, placed.matrix, enc.mask));
    }
    let placed: Vec<Placed> = decoded.iter().map(|(g, m, mask)| Placed { grey: g, matrix: *m, mask: *mask }).collect();
    canvas::paint(page.width, page.height, dpi.min(max_dpi), skew, &placed)
        .ok_or_else(|| "the page has no usable size".to_string())
}

/// Adds the rules drawn in the pixels of a scanned page to `page.rules` (see the module
/// docs). `ocr` is what recognition did on the page. Does nothing on other pages, and
/// nothing when an image cannot be decoded (the page keeps its text).
pub fn add_rules(doc: &PdfDocument, page: &mut TextPage, cfg: &Config, ocr: &Outcome) {
    if !wants_rules(page, ocr) || cfg.limits.out_of_time() {
        return;
    }
    let images = detect::scan_images(page);
    let skew = crate::layout::lines::page_skew(page);
    // A decoder's failure on hostile data loses the rules, never the page.
    let painted =
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| page_canvas(doc, page, &images, RULE_DPI, skew, cfg)));
    let Ok(Ok(canvas)) = painted else { return };
    let size = body_size(page);
    let px = |pt: f32| (pt / canvas.scale).round().max(1.0) as usize;
    let sizes =
        RuleSizes { min_len: px(MIN_RULE_SIZES * size), max_thick: px(MAX_RULE_THICK), max_gap: px(MAX_RULE_GAP) };
    page.rules.extend(to_page_rules(&canvas, &rules::find(&canvas, sizes)));
}

/// A page made of images whose text is recognised or an invisible layer (and that has text:
/// without words there is no table to find).
fn wants_rules(page: &TextPage, ocr: &Outcome) -> bool {
    let has_text = page.glyphs.iter().any(|g| !g.text.trim().is_empty());
    if !has_text || detect::scan_images(page).is_empty() {
        return false;
    }
    matches!(ocr, Outcome::Recognised(_)) || detect::text_cover(page, false) < detect::MAX_TEXT_COVER
}

/// The median size of the page's non-blank glyphs, or [`DEFAULT_SIZE`].
fn body_size(page: &TextPage) -> f32 {
    let mut sizes: Vec<f32> = page
        .glyphs
        .iter()
        .filter(|g| !g.text.trim().is_empty() && g.size.is_finite() && g.size > 1.0)
        .map(|g| g.size)
        .collect();
    if sizes.is_empty() {
        return DEFAULT_SIZE;
    }
    let mid = sizes.len() / 2;
    *sizes.select_nth_unstable_by(mid, f32::total_cmp).1
}

/// Canvas runs → rules in (straightened) page space, leaving out those along the raster's
/// edges.
fn to_page_rules(canvas: &Canvas, runs: &[rules::Run]) -> Vec<Rule> {
    let (w, h) = (canvas.grey.width as f32, canvas.grey.height as f32);
    let margin = EDGE_MARGIN / canvas.scale;
    runs.iter()
        .filter(|r| {
            let extent = if r.horizontal { h } else { w };
            r.pos > margin && r.pos < extent - margin
        })
        .map(|r| {
            let (p, a, b) = (r.pos, r.a, r.b);
            let ((x0, y0), (x1, y1)) = if r.horizontal {
                (canvas.to_page(a, p), canvas.to_page(b, p))
            } else {
                (canvas.to_page(p, a), canvas.to_page(p, b))
            };
            Rule { x0, y0, x1, y1 }
        })
        .collect()
}
