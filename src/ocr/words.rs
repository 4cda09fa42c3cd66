//! Recognised text → the glyphs a text layer would give.
//!
//! In: what the engine recognised on one image ([`Recognised`]: lines with their baselines,
//! words with confidences, symbols with boxes, all in image pixels, y down) and where the
//! image is painted ([`PageImage`]). Out: [`Glyph`]s in displayed page space, one per
//! symbol, with a space glyph between words, each on its line's baseline with the line's
//! size and writing angle: a skewed scan gives skewed glyphs, which layout straightens like
//! any skewed page. Symbols raised well above the baseline and small (footnote marks) keep
//! their own baseline and size, so layout sees them as superscripts.

use compact_str::CompactString;

use crate::pdf::{FontInfo, Glyph, PageImage, TextPage};

use super::{cleanup, PageOcr};

/// Text recognised on one image.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Recognised {
    /// Pixels across of the image the boxes refer to.
    pub width: u32,
    /// Pixel rows.
    pub height: u32,
    /// Lines in the engine's order.
    pub lines: Vec<RLine>,
}

/// A recognised line.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RLine {
    /// `[left, top, right, bottom]` in pixels.
    pub bbox: [f32; 4],
    /// Two points `[x1, y1, x2, y2]` of the baseline, in pixels.
    pub baseline: [f32; 4],
    /// Words left to right.
    pub words: Vec<RWord>,
}

/// A recognised word.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RWord {
    /// The engine's confidence, 0–100.
    pub confidence: f32,
    /// The engine's reading of the whole word (may differ from its symbols' texts; empty
    /// when not known).
    pub text: String,
    /// Its symbols.
    pub symbols: Vec<RSymbol>,
}

/// One recognised symbol (usually a character).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RSymbol {
    /// Its text.
    pub text: String,
    /// `[left, top, right, bottom]` in pixels.
    pub bbox: [f32; 4],
}

/// Lower-case letters without ascender or descender: their height is the x-height.
const X_LETTERS: &str = "acemnorsuvwxz";
/// x-height as a share of the font size (book faces: 0.45–0.5).
const X_HEIGHT: f32 = 0.48;
/// White between two recognised words of a line, in sizes, that a space glyph spans.
const BRIDGE: f32 = 1.0;
/// Smallest step between the left edges of two symbols of a word, in line sizes (more
/// than layout's duplicate-glyph tolerance, `layout::tuning::DUP_GLYPH_TOL`).
const MIN_ADVANCE: f32 = 0.2;
/// Height above the baseline of a line's tallest letters, as a share of the size.
const ASCENT: f32 = 0.75;
/// How far a line's size measured from its letters may stray from the page's body size
/// and still be the body size (when its height above the baseline agrees), as a share.
const SNAP: f32 = 0.2;
/// How close a line's height above the baseline must be to the body lines' to be of their
/// size, as a share (a heading one point larger than 12 pt text reaches 8% higher).
const SNAP_ASCENT: f32 = 0.05;

/// Index of the font the recognised glyphs use on `page` (added when missing).
pub fn ocr_font(page: &mut TextPage) -> u32 {
    if let Some(i) = page.fonts.iter().position(|f| f.name == "OCR") {
        return i as u32;
    }
    page.fonts.push(FontInfo { name: "OCR".into(), bold: false, italic: false, monospace: false });
    (page.fonts.len() - 1) as u32
}

/// Image pixels → displayed page space for `rec` painted as `placed`.
#[derive(Debug, Clone, Copy)]
struct PixelMap {
    m: [f32; 6],
    w: f32,
    h: f32,
}

impl PixelMap {
    fn new(rec: &Recognised, placed: &PageImage) -> Self {
        PixelMap { m: placed.matrix, w: rec.width.max(1) as f32, h: rec.height.max(1) as f32 }
    }

    fn apply(&self, u: f32, v: f32) -> (f32, f32) {
        let (x, y) = (u / self.w, 1.0 - v / self.h);
        let m = &self.m;
        (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])
    }

    /// Points per pixel along the image's rows.
    fn scale(&self) -> f32 {
        (self.m[2] * self.m[2] + self.m[3] * self.m[3]).sqrt() / self.h
    }
}

/// The glyphs of `rec` painted as `placed` (font index `font`), and the word boxes with
/// their confidences.
pub fn to_glyphs(rec: &Recognised, placed: &PageImage, font: u32) -> (Vec<Glyph>, PageOcr) {
    let map = PixelMap::new(rec, placed);
    let scale = map.scale();
    let mut glyphs = Vec::new();
    let mut ocr = PageOcr::default();
    let body = body_size(rec);
    let body_ascent = median(rec.lines.iter().filter(|l| x_size(l).is_some()).filter_map(ascent_size).collect());
    for line in &rec.lines {
        let Some(size) = line_size(line) else { continue };
        let size = match (body, body_ascent) {
            (Some(b), Some(a)) => snapped(size, ascent_size(line), b, a),
            _ => size,
        };
        let line = &cleanup::clean_line(line, x_size(line).or(body).unwrap_or(size));
        if line.words.is_empty() {
            continue;
        }
        let [bx1, by1, bx2, by2] = line.baseline;
        let slope = if (bx2 - bx1).abs() > 1.0 { (by2 - by1) / (bx2 - bx1) } else { 0.0 };
        let base_at = |u: f32| by1 + (u - bx1) * slope;
        let (p, q) = (map.apply(bx1, by1), map.apply(bx1 + 100.0, by1 + 100.0 * slope));
        let angle = (q.1 - p.1).atan2(q.0 - p.0);
        let mut prev_end: Option<f32> = None;
        for word in &line.words {
            let Some(first) = word.symbols.first() else { continue };
            if let Some(end) = prev_end {
                // The white between words up to an em is a space (justified lines stretch
                // it); a wider gap keeps a short space, so columns still part.
                let gap = first.bbox[0] - end;
                let x1 = if gap <= BRIDGE * size { first.bbox[0] } else { end + 0.25 * size };
                if x1 > end {
                    glyphs.push(glyph(" ", [end, x1], base_at(end), size, &map, scale, font, angle));
                }
            }
            let mut wbox = [f32::INFINITY, f32::INFINITY, f32::NEG_INFINITY, f32::NEG_INFINITY];
            let lefts = ordered_lefts(&word.symbols, size);
            for (k, s) in word.symbols.iter().enumerate() {
                let [_, t, r, b] = s.bbox;
                let l = lefts[k];
                if !(r > s.bbox[0] && b > t) || s.text.trim().is_empty() {
                    continue;
                }
                // Ink boxes leave white between the letters of a word (`l` and `i`): a glyph
                // reaches to the next letter, as an advance width does in a text layer.
                let mut r = r.max(l + 1.0);
                if let Some(next) = lefts.get(k + 1) {
                    r = r.max(*next);
                }
                let base = base_at((l + r) / 2.0);
                let raised = b < base - 0.25 * size && b - t < 0.75 * size;
                let (sbase, ssize) = if raised { (b, ((b - t) / 0.7).max(1.0)) } else { (base, size) };
                let g = glyph(&s.text, [l, r], sbase, ssize, &map, scale, font, angle);
                wbox = [wbox[0].min(g.bbox[0]), wbox[1].min(g.bbox[1]), wbox[2].max(g.bbox[2]), wbox[3].max(g.bbox[3])];
                glyphs.push(g);
            }
            if wbox[0].is_finite() {
                ocr.words.push((wbox, (word.confidence / 100.0).clamp(0.0, 1.0)));
            }
            prev_end = word.symbols.last().map(|s| s.bbox[2]);
        }
    }
    (glyphs, ocr)
}

/// The left edges of a word's symbols (line size `size`, pixels), made to follow the
/// engine's reading order. The engine's symbol boxes for touching letters overlap and may
/// start out of order (`TOTAL` with `L` boxed from one pixel left of `A`) or almost
/// together (`447` with both `4`s boxed from nearly one point); layout orders a line's
/// glyphs by their left edges and takes a glyph starting where the same one did for a
/// duplicate (fake bold), so such boxes would read `TOTLA` and `47`. A symbol that starts
/// less than [`MIN_ADVANCE`] sizes after the one before it starts halfway between that
/// one's left edge and its own right edge, and at least that far after it.
fn ordered_lefts(symbols: &[RSymbol], size: f32) -> Vec<f32> {
    let step = MIN_ADVANCE * size.max(1.0);
    let mut out = Vec::with_capacity(symbols.len());
    let mut prev = f32::NEG_INFINITY;
    for s in symbols {
        let [l, _, r, _] = s.bbox;
        let l = if l >= prev + step { l } else { ((prev + r) / 2.0).max(prev + step) };
        out.push(l);
        prev = l;
    }
    out
}

/// One glyph spanning pixels `xs` on baseline `base` (pixels) with size `size` (pixels).
#[allow(clippy::too_many_arguments)]
fn glyph(text: &str, xs: [f32; 2], base: f32, size: f32, map: &PixelMap, scale: f32, font: u32, angle: f32) -> Glyph {
    let mut bbox = [f32::INFINITY, f32::INFINITY, f32::NEG_INFINITY, f32::NEG_INFINITY];
    for (u, v) in
        [(xs[0], base - 0.8 * size), (xs[1], base - 0.8 * size), (xs[0], base + 0.2 * size), (xs[1], base + 0.2 * size)]
    {
        let (x, y) = map.apply(u, v);
        bbox = [bbox[0].min(x), bbox[1].min(y), bbox[2].max(x), bbox[3].max(y)];
    }
    Glyph {
        text: CompactString::new(text),
        bbox,
        baseline: map.apply(xs[0], base).1,
        size: size * scale,
        font,
        invisible: false,
        artifact: false,
        rotated: false,
        angle,
        color: 0,
        object_start: false,
    }
}

/// A line's font size in pixels: from the height of its x-height letters, else from how
/// far its tallest letters reach above the baseline.
fn line_size(line: &RLine) -> Option<f32> {
    x_size(line).or_else(|| ascent_size(line))
}

/// The median size of the lines that have x-height letters (pixels), the page's usual size.
fn body_size(rec: &Recognised) -> Option<f32> {
    median(rec.lines.iter().filter_map(x_size).collect())
}

fn median(mut v: Vec<f32>) -> Option<f32> {
    v.sort_by(f32::total_cmp);
    v.get(v.len() / 2).copied()
}

/// A line's size from how far it reaches above its baseline (pixels).
fn ascent_size(line: &RLine) -> Option<f32> {
    let [bx1, by1, bx2, by2] = line.baseline;
    let base = if bx2 > bx1 { (by1 + by2) / 2.0 } else { line.bbox[3] };
    let above = base - line.bbox[1];
    (above > 0.0).then_some(above / ASCENT)
}

/// The size of a line measured as `size` (from its letters' boxes, which the engine draws
/// loosely: a few letters boxed a third too tall make a body line look like a heading):
/// the page's body size `body` when the line is near it ([`SNAP`]) and reaches as high
/// above its baseline as the page's body lines do ([`SNAP_ASCENT`] of `body_ascent`).
fn snapped(size: f32, ascent: Option<f32>, body: f32, body_ascent: f32) -> f32 {
    let near = (size / body - 1.0).abs() <= SNAP;
    let same_height = ascent.is_some_and(|a| (a / body_ascent - 1.0).abs() <= SNAP_ASCENT);
    if near && same_height {
        body
    } else {
        size
    }
}

/// A line's font size in pixels from the height of its x-height letters, when it has at
/// least three.
fn x_size(line: &RLine) -> Option<f32> {
    let mut xs: Vec<f32> = line
        .words
        .iter()
        .flat_map(|w| &w.symbols)
        .filter(|s| s.text.chars().count() == 1 && s.text.chars().all(|c| X_LETTERS.contains(c)))
        .map(|s| s.bbox[3] - s.bbox[1])
        .filter(|h| *h > 0.0)
        .collect();
    if xs.len() < 3 {
        return None;
    }
    xs.sort_by(f32::total_cmp);
    Some(xs[xs.len() / 2] / X_HEIGHT)
}

/// Adds recognised `glyphs` to `page`: an invisible text layer there was is set aside (the
/// page is read from its image now), and a recognised glyph that lies on visible text of
/// the layer is dropped (the text layer is exact). Returns the word boxes kept.
pub fn merge_into(page: &mut TextPage, (glyphs, mut ocr): (Vec<Glyph>, PageOcr)) -> PageOcr {
    page.glyphs.retain(|g| !g.invisible);
    let solid: Vec<[f32; 4]> =
        page.glyphs.iter().filter(|g| !g.text.trim().is_empty() && !g.rotated).map(|g| g.bbox).collect();
    let covered = |b: &[f32; 4]| solid.iter().any(|s| overlap(s, b) > 0.5 * area(b));
    if solid.is_empty() {
        page.glyphs.extend(glyphs);
    } else {
        page.glyphs.extend(glyphs.into_iter().filter(|g| !covered(&g.bbox)));
        ocr.words.retain(|(b, _)| !covered(b));
    }
    ocr
}

fn area(b: &[f32; 4]) -> f32 {
    ((b[2] - b[0]) * (b[3] - b[1])).max(0.0)
}

fn overlap(a: &[f32; 4], b: &[f32; 4]) -> f32 {
    let w = a[2].min(b[2]) - a[0].max(b[0]);
    let h = a[3].min(b[3]) - a[1].max(b[1]);
    if w > 0.0 && h > 0.0 {
        w * h
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::page_lines;

    /// A word of `text` at `x` pixels on baseline `base`, 20 px letters, 10 px x-height.
    fn word(text: &str, x: f32, base: f32, conf: f32) -> RWord {
        let symbols = text
            .chars()
            .enumerate()
            .map(|(i, c)| {
                let l = x + 12.0 * i as f32;
                let top = if c.is_uppercase() { base - 15.0 } else { base - 10.0 };
                RSymbol { text: c.to_string(), bbox: [l, top, l + 10.0, base] }
            })
            .collect();
        RWord { confidence: conf, text: text.into(), symbols }
    }

    fn line(words: &[(&str, f32)], base: f32, rise: f32) -> RLine {
        let ws: Vec<RWord> = words.iter().map(|&(t, x)| word(t, x, base + rise * x / 1000.0, 90.0)).collect();
        RLine { bbox: [0.0, base - 20.0, 1000.0, base + 5.0], baseline: [0.0, base, 1000.0, base + rise], words: ws }
    }

    /// An A4 page (595×842 pt) with one 2480×3508 pixel scan (300 dpi) over it.
    fn page_and_scan() -> (TextPage, PageImage) {
        let page = TextPage { number: 1, width: 595.0, height: 842.0, ..Default::default() };
        let placed = PageImage {
            id: Some((4, 0)),
            matrix: [595.0, 0.0, 0.0, -842.0, 0.0, 842.0],
            bbox: [0.0, 0.0, 595.0, 842.0],
            width: 2480,
            height: 3508,
        };
        (page, placed)
    }

    #[test]
    fn recognised_words_lay_out_like_a_text_layer_even_skewed() {
        let (mut page, placed) = page_and_scan();
        let rec = Recognised {
            width: 2480,
            height: 3508,
            lines: vec![
                line(&[("Ley", 300.0), ("general", 344.0), ("de", 436.0), ("aguas", 468.0)], 600.0, -20.0),
                line(&[("segunda", 300.0), ("línea", 392.0)], 650.0, -20.0),
            ],
        };
        let font = ocr_font(&mut page);
        let (glyphs, ocr) = to_glyphs(&rec, &placed, font);
        assert_eq!(ocr.words.len(), 6);
        assert!((ocr.words[0].1 - 0.9).abs() < 1e-6);
        // 10 px x-height at 300 dpi: about 20.8 px = 5 pt.
        let size = glyphs[0].size;
        assert!((size - 20.83 * 72.0 / 300.0).abs() < 0.1, "{size}");
        assert!(glyphs[0].angle < 0.0, "the lines rise to the right");
        let merged = merge_into(&mut page, (glyphs, ocr));
        assert_eq!(merged.words.len(), 6);
        let texts: Vec<String> = page_lines(&page).iter().map(|l| l.text()).collect();
        assert_eq!(texts, vec!["Ley general de aguas", "segunda línea"]);
    }

    #[test]
    fn letters_boxed_out_of_order_are_read_in_the_engine_s_order() {
        // The engine reads `TOTAL` but boxes its `L` from a pixel left of the `A` (the two
        // letters touch); the line still reads `TOTAL`, and a box that starts exactly where
        // the one before it does is no duplicate of it.
        let (mut page, placed) = page_and_scan();
        let mut w = word("TOTAL", 300.0, 600.0, 90.0);
        w.symbols[3].bbox = [336.0, 585.0, 346.0, 610.0];
        w.symbols[4].bbox = [335.0, 585.0, 360.0, 600.0];
        let mut v = word("allá", 372.0, 600.0, 90.0);
        v.symbols[2].bbox[0] = v.symbols[1].bbox[0];
        let rec = Recognised {
            width: 2480,
            height: 3508,
            lines: vec![RLine {
                bbox: [0.0, 580.0, 1000.0, 605.0],
                baseline: [0.0, 600.0, 1000.0, 600.0],
                words: vec![w, v],
            }],
        };
        let merged = to_glyphs(&rec, &placed, ocr_font(&mut page));
        merge_into(&mut page, merged);
        let texts: Vec<String> = page_lines(&page).iter().map(|l| l.text()).collect();
        assert_eq!(texts, vec!["TOTAL allá"]);
        let lefts = ordered_lefts(&word("ab", 0.0, 10.0, 1.0).symbols, 20.0);
        assert_eq!(lefts, vec![0.0, 12.0]);
        let mut twins = word("447", 0.0, 10.0, 1.0).symbols;
        twins[1].bbox[0] = 1.0;
        let lefts = ordered_lefts(&twins, 20.0);
        assert!(lefts[1] >= 4.0 && lefts[2] == 24.0, "{lefts:?}");
    }

    #[test]
    fn a_body_line_with_loosely_boxed_letters_keeps_the_body_size() {
        // Body 50 px, body lines reach 37.5 px above the baseline (size 50 by ascent).
        // Letters boxed 16% too tall, the same ascent: body size.
        assert_eq!(snapped(58.0, Some(50.0), 50.0, 50.0), 50.0);
        // A heading two points larger reaches higher: its own size.
        assert_eq!(snapped(58.0, Some(58.0), 50.0, 50.0), 58.0);
        // Footnote text two points smaller, or a line far from the body size: its own.
        assert_eq!(snapped(42.0, Some(42.0), 50.0, 50.0), 42.0);
        assert_eq!(snapped(70.0, Some(50.0), 50.0, 50.0), 70.0);
        assert_eq!(snapped(45.0, None, 50.0, 50.0), 45.0);
    }

    #[test]
    fn recognised_words_on_visible_text_are_dropped() {
        let (mut page, placed) = page_and_scan();
        let rec = Recognised { width: 2480, height: 3508, lines: vec![line(&[("sello", 300.0)], 600.0, 0.0)] };
        let (glyphs, ocr) = to_glyphs(&rec, &placed, 0);
        page.glyphs.push(Glyph { text: "s".into(), bbox: [60.0, 130.0, 90.0, 146.0], ..glyphs[0].clone() });
        let kept = merge_into(&mut page, (glyphs, ocr));
        assert!(kept.words.is_empty());
        assert_eq!(page.glyphs.len(), 1);
    }
}
