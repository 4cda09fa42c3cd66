//! PDF text layer: the only module that touches `lopdf`.
//!
//! In: the bytes of a PDF. Out: for each page a [`TextPage`]: every glyph a reader sees
//! with its Unicode text, position, size and font, plus the ruling lines (stroked paths and
//! thin filled rectangles) that tables are drawn with. Nothing here decides what is a word,
//! a line or a paragraph: that is `layout`'s job.
//!
//! - [`load`]: open the file (header checks, repair, decryption, limits) → [`PdfDocument`].
//! - [`extract_page`]: interpret one page's content stream → [`TextPage`]
//!   ([`extract_page_with`] shares decoded fonts between the pages of one document).
//! - `content` (interpreter), `lexer` (content-stream tokenizer), `font` (simple, Type0/CID,
//!   Type3 fonts, widths, standard-14 metrics, embedded programs), `encoding`, `glyphlist`
//!   and `cmap` (ToUnicode and encoding CMaps).

mod cmap;
mod content;
mod decrypt;
mod encoding;
mod font;
mod glyphlist;
pub mod image;
mod lexer;
mod load;
mod recover;

pub use content::DocCache;
pub use load::{load, PdfDocument, PdfError};

use compact_str::CompactString;

use crate::config::Limits;
use crate::model::Diagnostic;

/// Style facts about one font used on a page.
#[derive(Debug, Clone, PartialEq)]
pub struct FontInfo {
    /// BaseFont name without a subset prefix (`LiberationSerif-Bold`).
    pub name: String,
    /// Bold, from the descriptor's weight/flags or the name.
    pub bold: bool,
    /// Italic/oblique, from the descriptor's flags/angle or the name.
    pub italic: bool,
    /// Fixed pitch.
    pub monospace: bool,
}

/// One shown glyph (one character code), as the reader sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    /// Unicode text of the glyph: usually one char, several for ligatures or ActualText,
    /// `" "` for a space glyph. Never U+FFFD or private-use when the font maps the code.
    pub text: CompactString,
    /// `[x0, top, x1, bottom]` in displayed page space (points, origin top-left, y down).
    pub bbox: [f32; 4],
    /// Baseline y in displayed page space.
    pub baseline: f32,
    /// Effective font size in points (font size × text matrix × CTM scale).
    pub size: f32,
    /// Index into [`TextPage::fonts`].
    pub font: u32,
    /// Text render mode 3 (invisible, as OCR layers use) or clipped/white-on-white.
    pub invisible: bool,
    /// Inside `/Artifact` marked content (pagination furniture the producer tagged).
    pub artifact: bool,
    /// Writing direction is not left-to-right horizontal (rotated or vertical text).
    pub rotated: bool,
    /// Angle of the writing direction in displayed page space, radians (y down: text rising
    /// to the right is negative); `PI/2` for vertical writing. Scans and their OCR layers
    /// are skewed by a degree or so: layout straightens a page by its dominant angle.
    pub angle: f32,
    /// Fill colour as 0xRRGGBB, if cheap to know.
    pub color: u32,
}

/// A straight ruling segment (a stroked line or a thin filled rectangle), in displayed page
/// space. Tables are found from these.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rule {
    /// Start x.
    pub x0: f32,
    /// Start y (top-left origin).
    pub y0: f32,
    /// End x.
    pub x1: f32,
    /// End y.
    pub y1: f32,
}

/// A filled rectangle that is not thin (cell shading, boxes), in displayed page space.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FilledRect {
    /// `[x0, top, x1, bottom]`.
    pub bbox: [f32; 4],
    /// Fill colour 0xRRGGBB.
    pub color: u32,
}

/// Where an image XObject is painted on a page (a scanned page is one big image).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageImage {
    /// The image's object, when it is an indirect object (see [`image::read_image`]).
    pub id: Option<(u32, u16)>,
    /// Image space (the unit square, `(0, 0)` at the bottom-left of the last sample row)
    /// → displayed page space: `[a, b, c, d, e, f]` as a PDF matrix.
    pub matrix: [f32; 6],
    /// `[x0, top, x1, bottom]` covered on the page, displayed space.
    pub bbox: [f32; 4],
    /// Samples across (`/Width`).
    pub width: u32,
    /// Sample rows (`/Height`).
    pub height: u32,
}

/// One page of positioned glyphs and graphics.
#[derive(Debug, Clone, Default)]
pub struct TextPage {
    /// 1-based physical page number.
    pub number: u32,
    /// Displayed width in points (CropBox, after rotation).
    pub width: f32,
    /// Displayed height in points.
    pub height: f32,
    /// Glyphs in content-stream order.
    pub glyphs: Vec<Glyph>,
    /// Fonts referenced by `Glyph::font`.
    pub fonts: Vec<FontInfo>,
    /// Horizontal and vertical ruling segments.
    pub rules: Vec<Rule>,
    /// Larger filled rectangles.
    pub rects: Vec<FilledRect>,
    /// Image XObjects painted on the page, in painting order.
    pub images: Vec<PageImage>,
    /// What went wrong on this page (missing fonts, unmapped codes, limits).
    pub diagnostics: Vec<Diagnostic>,
    /// Bytes its content streams (form XObjects included) decompressed to.
    pub stream_bytes: usize,
}

/// Interprets page `index` (0-based) of `doc` into a [`TextPage`]. Never fails: whatever
/// cannot be read is reported in `TextPage::diagnostics` and the rest is kept.
pub fn extract_page(doc: &PdfDocument, index: usize, limits: &Limits) -> TextPage {
    extract_page_with(doc, index, limits, &DocCache::default(), limits.max_document_stream_bytes)
}

/// Every page of `doc` in order, sharing one font cache and the per-document stream budget.
pub fn extract_pages(doc: &PdfDocument, limits: &Limits) -> Vec<TextPage> {
    let cache = DocCache::default();
    let mut left = limits.max_document_stream_bytes;
    (0..doc.pages.len())
        .map(|i| {
            let page = extract_page_with(doc, i, limits, &cache, left);
            left = left.saturating_sub(page.stream_bytes);
            page
        })
        .collect()
}

/// [`extract_page`] with a cache that lives as long as the document (fonts decoded for one
/// page are reused on the others, from any thread) and `stream_budget`, the bytes this
/// page's content streams may still decompress to under the per-document limit
/// (`TextPage::stream_bytes` says how many they did).
pub fn extract_page_with(
    doc: &PdfDocument,
    index: usize,
    limits: &Limits,
    cache: &DocCache,
    stream_budget: usize,
) -> TextPage {
    let (width, height) = doc.page_size(index);
    let page = TextPage { number: index as u32 + 1, width, height, ..Default::default() };
    let Some(geom) = doc.pages.get(index) else { return page };
    let display = display_matrix(geom.crop, geom.rotate);
    let d = &doc.doc;
    let mut interp = content::Interp::new(d, limits, cache, stream_budget, page, display);
    let mut dicts = Vec::new();
    if let Ok((direct, ids)) = d.get_page_resources(geom.id) {
        dicts.extend(direct);
        dicts.extend(ids.iter().filter_map(|id| d.get_dictionary(*id).ok()));
    }
    let res = content::Resources::new(dicts);
    // Content streams are concatenated (a token may span two of them).
    let mut data = Vec::new();
    for id in d.get_page_contents(geom.id) {
        if let Ok(s) = d.get_object(id).and_then(|o| o.as_stream()) {
            data.extend(interp.stream_data(s));
            data.push(b'\n');
        }
    }
    if let Ok(page_dict) = d.get_dictionary(geom.id) {
        if let Ok(lopdf::Object::Stream(s)) = page_dict.get(b"Contents") {
            data.extend(interp.stream_data(s));
        }
    }
    interp.run(&data, &res, 0);
    interp.finish();
    interp.page
}

/// User space → displayed page space (origin top-left, y down) for a page with CropBox
/// `crop` and `/Rotate` `rotate` (clockwise degrees).
fn display_matrix(crop: [f32; 4], rotate: u16) -> content::Matrix {
    let [x0, y0, x1, y1] = crop.map(f64::from);
    let (w, h) = (x1 - x0, y1 - y0);
    match rotate {
        90 => [0.0, 1.0, 1.0, 0.0, -y0, -x0],
        180 => [-1.0, 0.0, 0.0, 1.0, w + x0, -y0],
        270 => [0.0, -1.0, -1.0, 0.0, h + y0, w + x0],
        _ => [1.0, 0.0, 0.0, -1.0, -x0, h + y0],
    }
}

/// Debugging aid: the text of every single-byte code (and of two-byte codes `0..=0x1FF`
/// for Type0 fonts) of the font object `id`, as the text layer decodes it.
#[doc(hidden)]
pub fn font_code_table(doc: &PdfDocument, id: (u32, u16)) -> Vec<(u32, Option<String>, f32)> {
    let Ok(dict) = doc.doc.get_dictionary(id) else { return Vec::new() };
    let font = font::Font::load(&doc.doc, dict);
    let mut out = Vec::new();
    for code in 0..=255u8 {
        let mut shown = Vec::new();
        font.decode(&[code], &mut shown);
        out.extend(shown.into_iter().map(|s| (s.code, s.text.map(String::from), s.advance)));
    }
    out
}
