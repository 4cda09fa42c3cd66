//! A scanned page's images as one page raster, and the ruling lines found in it.
//!
//! In: the document, one page (its placed images, its glyphs: from an invisible OCR layer or
//! from recognition) and the limits. Out: [`page_canvas`], the page's images decoded and
//! painted upright (see [`super::canvas`]); and, from [`add_rules`], the table borders drawn
//! in the pixels added to the page's rules and its tinted areas (a shaded header row) to its
//! filled rectangles, in the page space layout uses (a skewed page
//! straightened by its glyphs' writing angle, as [`crate::layout::lines`] straightens its
//! text), so that the table finder reads them exactly like vector rules.
//!
//! Only pages made of images whose text is not a visible text layer are looked at (an
//! invisible OCR layer, or text recognised here); a born-digital page costs one pass over
//! its images' boxes. The raster is at most [`RULE_DPI`], so a page costs a decode and a few
//! passes over ~2 M pixels.

use crate::config::Config;
use crate::pdf::{FilledRect, PdfDocument, Rule, TextPage};

use super::canvas::{self, Canvas, Placed};
use super::decode::{self, Grey};
use super::fills::{self, FillSizes};
use super::rules::{self, RuleSizes};
use super::{detect, Outcome};

/// Resolution of the raster rules are looked for in (pixels per inch), at most.
pub const RULE_DPI: f32 = 150.0;
/// A rule is at least this many body font sizes long (a text line is about 1.2).
const MIN_RULE_SIZES: f32 = 2.4;
/// A rule shorter than [`MIN_RULE_SIZES`] is kept from this many body sizes on when both its
/// ends meet long rules (the border between two cells of a one-line row).
const MIN_SHORT_RULE_SIZES: f32 = 0.9;
/// A tinted fill is at least this many body sizes wide.
const MIN_FILL_SIZES: f32 = 3.0;
/// A tinted fill is at least this many body sizes tall.
const MIN_FILL_HEIGHT_SIZES: f32 = 0.8;
/// A rule is at most this thick (points): heavier strokes are letters or fills.
pub(crate) const MAX_RULE_THICK: f32 = 2.5;
/// Breaks up to this long (points) inside a rule are bridged.
pub(crate) const MAX_RULE_GAP: f32 = 1.0;
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
    let sizes = RuleSizes {
        min_len: px(MIN_RULE_SIZES * size),
        max_thick: px(MAX_RULE_THICK),
        max_gap: px(MAX_RULE_GAP),
        min_short: px(MIN_SHORT_RULE_SIZES * size),
    };
    let found = to_page_rules(&canvas, &rules::find(&canvas, sizes));
    drop_bar_glyphs(page, &found, skew);
    page.rules.extend(found);
    let fill_sizes = FillSizes {
        min_width: px(MIN_FILL_SIZES * size),
        min_height: px(MIN_FILL_HEIGHT_SIZES * size),
        max_gap: px(MAX_RULE_GAP),
    };
    page.rects.extend(to_page_fills(&canvas, &fills::find(&canvas, fill_sizes)));
}

/// Canvas fills → filled rectangles in (straightened) page space, leaving out those that
/// touch the raster's edges (a scanner's shadow).
fn to_page_fills(canvas: &Canvas, found: &[fills::Fill]) -> Vec<FilledRect> {
    let (w, h) = (canvas.grey.width as usize, canvas.grey.height as usize);
    let margin = (EDGE_MARGIN / canvas.scale).ceil() as usize;
    found
        .iter()
        .filter(|f| f.bbox[0] > margin && f.bbox[1] > margin && f.bbox[2] + margin < w && f.bbox[3] + margin < h)
        .map(|f| {
            let (x0, top) = canvas.to_page(f.bbox[0] as f32, f.bbox[1] as f32);
            let (x1, bottom) = canvas.to_page(f.bbox[2] as f32, f.bbox[3] as f32);
            FilledRect { bbox: [x0, top, x1, bottom], color: u32::from(f.grey) * 0x01_01_01 }
        })
        .collect()
}

/// Characters an OCR engine reads a vertical rule as, when the rule touches a word.
const BAR_CHARS: &str = "|¦[]¡—–_";
/// A bar character is the rule it reads when it lies this many of its sizes from the rule,
/// at most (an invisible OCR layer places its characters only roughly inside a word).
const BAR_REACH: f32 = 0.75;

/// Drops the glyphs that are a vertical rule read as a character (`|263`, `[Ley`, a lone
/// `—` before a border): a bar-like character that starts or ends its word (a dash: that is
/// the whole word; a bracket: without its partner in the word) next to a rule found in the
/// pixels. `rules` are in straightened page space, the glyphs are turned by `skew`.
fn drop_bar_glyphs(page: &mut TextPage, rules: &[Rule], skew: f32) {
    let verticals: Vec<&Rule> = rules.iter().filter(|r| (r.x0 - r.x1).abs() < 0.5).collect();
    if verticals.is_empty() {
        return;
    }
    let drop: Vec<bool> = (0..page.glyphs.len()).map(|i| bar_on_rule(page, i, &verticals, skew)).collect();
    if drop.iter().any(|&d| d) {
        let mut k = 0;
        page.glyphs.retain(|_| {
            k += 1;
            !drop[k - 1]
        });
    }
}

/// True when glyph `i` of `page` is a bar-like character at an end of its word next to one
/// of `verticals` (see [`drop_bar_glyphs`]).
fn bar_on_rule(page: &TextPage, i: usize, verticals: &[&Rule], skew: f32) -> bool {
    let g = &page.glyphs[i];
    let mut chars = g.text.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else { return false };
    if !(BAR_CHARS.contains(c) && g.bbox.iter().all(|v| v.is_finite()) && g.size.is_finite()) {
        return false;
    }
    // The word around glyph i: non-blank glyphs on its baseline, in drawing order.
    let same = |j: usize| {
        let o = &page.glyphs[j];
        !o.text.trim().is_empty() && (o.baseline - g.baseline).abs() <= 0.5 * g.size.max(1.0)
    };
    let (mut first, mut last) = (i, i);
    while first > 0 && same(first - 1) {
        first -= 1;
    }
    while last + 1 < page.glyphs.len() && same(last + 1) {
        last += 1;
    }
    let word: String = page.glyphs[first..=last].iter().map(|o| o.text.as_str()).collect();
    let fits = match c {
        '—' | '–' | '_' => first == last,
        '[' => i == first && !word.contains(']'),
        ']' => i == last && !word.contains('['),
        '¡' => i == first && !word.contains('!'),
        _ => i == first || i == last,
    };
    if !fits {
        return false;
    }
    // Straightened as layout straightens it: moved as its origin moves.
    let (cx, cy) = (page.width / 2.0, page.height / 2.0);
    let (dx, dy) = (g.bbox[0] - cx, g.baseline - cy);
    let (sx, sy) =
        (cx + dx * skew.cos() + dy * skew.sin() - g.bbox[0], cy - dx * skew.sin() + dy * skew.cos() - g.baseline);
    let (x0, x1, mid) = (g.bbox[0] + sx, g.bbox[2] + sx, (g.bbox[1] + g.bbox[3]) / 2.0 + sy);
    let reach = BAR_REACH * g.size;
    verticals.iter().any(|r| {
        let (top, bottom) = (r.y0.min(r.y1), r.y0.max(r.y1));
        mid >= top - 1.0 && mid <= bottom + 1.0 && r.x0 >= x0 - reach && r.x0 <= x1 + reach
    })
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::Glyph;

    /// The glyphs of `text` from `x` on baseline 100, 10 pt, 5 pt apart; `' '` a space glyph.
    fn word(page: &mut TextPage, text: &str, x: f32) {
        for (k, c) in text.chars().enumerate() {
            let x0 = x + 5.0 * k as f32;
            page.glyphs.push(Glyph {
                text: c.to_string().into(),
                bbox: [x0, 92.0, x0 + 5.0, 102.0],
                baseline: 100.0,
                size: 10.0,
                font: 0,
                invisible: true,
                artifact: false,
                rotated: false,
                angle: 0.0,
                color: 0,
                object_start: false,
            });
        }
    }

    fn text(page: &TextPage) -> String {
        page.glyphs.iter().map(|g| g.text.as_str()).collect()
    }

    #[test]
    fn bars_read_from_a_rule_are_dropped_and_text_kept() {
        let mut page = TextPage { number: 1, width: 600.0, height: 800.0, ..Default::default() };
        // A rule at x 100 from y 80 to 120: `|263` starts on it, `fin —` ends before it, and
        // `[1]`, `1` and `l` near it are text.
        word(&mut page, "fin —", 72.0);
        word(&mut page, " |263 [1] 1 l", 95.0);
        let rules = [Rule { x0: 100.0, y0: 80.0, x1: 100.0, y1: 120.0 }];
        drop_bar_glyphs(&mut page, &rules, 0.0);
        assert_eq!(text(&page), "fin  263 [1] 1 l");
        // Far from any rule a bar stays.
        let mut page = TextPage { number: 1, width: 600.0, height: 800.0, ..Default::default() };
        word(&mut page, "a | b", 300.0);
        drop_bar_glyphs(&mut page, &rules, 0.0);
        assert_eq!(text(&page), "a | b");
    }
}
