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
pub mod filters;
mod font;
mod glyphlist;
pub mod image;
mod inthash;
mod lexer;
mod load;
mod recover;

pub use content::DocCache;
pub use load::{load, PdfDocument, PdfError};

use compact_str::CompactString;

use crate::config::Limits;
use crate::model::{Diagnostic, Level};

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

/// True when glyph text `t` is only white space (or empty): a space glyph. One byte
/// is looked at for the usual one-character ASCII glyph.
pub(crate) fn is_blank(t: &str) -> bool {
    match t.as_bytes() {
        [b] => char::from(*b).is_whitespace(),
        _ => t.chars().all(char::is_whitespace),
    }
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
    /// Effective font size in points (font size × text matrix × CTM scale). A superscript
    /// figure that its font draws at full size has the smaller size and the raised baseline
    /// it is seen at (`font::Raised`).
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
    /// The first glyph shown in its text object (`BT … ET`): the producer placed it afresh,
    /// it was not reached by advancing from the glyph shown before it.
    pub object_start: bool,
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
    /// Boxes `[x0, top, x1, bottom]` of painted paths that curve or run slanted (the
    /// strokes of a drawing, not the rules and rectangles of a table), displayed space.
    pub drawings: Vec<[f32; 4]>,
    /// What went wrong on this page (missing fonts, unmapped codes, limits).
    pub diagnostics: Vec<Diagnostic>,
    /// Bytes its content streams (form XObjects included) decompressed to.
    pub stream_bytes: usize,
    /// Characters (not spaces) its content showed, before any was left out: a page with
    /// some and no text lost it (rotated, invisible, limits), which must be said.
    pub shown: usize,
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
    let number = index as u32 + 1;
    let Some(geom) = doc.pages.get(index).filter(|g| !g.missing) else {
        return TextPage { number, width, height, ..Default::default() };
    };
    let display = display_matrix(geom.crop, geom.rotate);
    let read = |display: content::Matrix, width: f32, height: f32| {
        let page = TextPage { number, width, height, ..Default::default() };
        read_page(doc, geom.id, limits, cache, stream_budget, page, display)
    };
    let (page, view) = read(display, width, height);
    match reframe(&view, width, height) {
        Frame::Keep => page,
        Frame::Report(note) => {
            let mut page = page;
            page.diagnostics.push(note.on_page(number));
            page
        }
        Frame::Change { matrix, width, height, notes } => {
            let (mut page, _) = read(content::mul(&display, &matrix), width, height);
            page.diagnostics.extend(notes.into_iter().map(|d| d.on_page(number)));
            page
        }
    }
}

/// Interprets the content of page object `id` into `page`, seen through `display`.
fn read_page(
    doc: &PdfDocument,
    id: lopdf::ObjectId,
    limits: &Limits,
    cache: &DocCache,
    stream_budget: usize,
    page: TextPage,
    display: content::Matrix,
) -> (TextPage, content::TextView) {
    let d = &doc.doc;
    let mut interp = content::Interp::new(d, limits, cache, stream_budget, page, display);
    let mut dicts = Vec::new();
    if let Ok((direct, ids)) = d.get_page_resources(id) {
        dicts.extend(direct);
        dicts.extend(ids.iter().filter_map(|id| d.get_dictionary(*id).ok()));
    }
    let res = content::Resources::new(dicts);
    // Content streams are concatenated (a token may span two of them).
    let mut data = Vec::new();
    let (contents, odd) = page_contents(d, id);
    if let Some(what) = odd {
        let number = interp.page.number;
        let message = format!("the /Contents of page {number} {what}, not a content stream; it was not read");
        interp.diag(Level::Error, "pdf.stream_corrupt", message);
    }
    for cid in contents {
        match d.get_object(cid).and_then(|o| o.as_stream()) {
            Ok(s) => {
                data.extend(interp.stream_data(s, "content stream", Some(cid)));
                data.push(b'\n');
            }
            Err(_) => {
                let number = interp.page.number;
                let message = format!(
                    "the content stream {} {} R of page {number} is missing or not a stream; it was not read",
                    cid.0, cid.1
                );
                interp.diag(Level::Error, "pdf.stream_corrupt", message);
            }
        }
    }
    if let Ok(page_dict) = d.get_dictionary(id) {
        if let Ok(lopdf::Object::Stream(s)) = page_dict.get(b"Contents") {
            data.extend(interp.stream_data(s, "content stream", None));
        }
    }
    interp.run(&data, &res, 0);
    interp.finish();
    (interp.page, interp.view)
}

/// The content streams `/Contents` of page `id` names (a stream, or an array of them),
/// by reference, and what else it holds when that is not a stream (a dictionary, a number):
/// such a page has content that cannot be read. A missing `/Contents` is an empty page.
/// A stream written directly in the page dictionary is read by the caller.
fn page_contents(d: &lopdf::Document, id: lopdf::ObjectId) -> (Vec<lopdf::ObjectId>, Option<String>) {
    use lopdf::Object;
    let Some(contents) = d.get_dictionary(id).ok().and_then(|p| p.get(b"Contents").ok()) else {
        return (Vec::new(), None);
    };
    let describe = |o: &Object, r: Option<lopdf::ObjectId>| match r {
        Some(r) => format!("is {} {} R, a {}", r.0, r.1, o.enum_variant()),
        None => format!("is a {}", o.enum_variant()),
    };
    let (items, via): (&[Object], Option<lopdf::ObjectId>) = match contents {
        Object::Reference(r) => match d.objects.get(r) {
            None | Some(Object::Stream(_)) => return (vec![*r], None),
            Some(Object::Array(a)) => (a.as_slice(), Some(*r)),
            Some(other) => return (Vec::new(), Some(describe(other, Some(*r)))),
        },
        Object::Array(a) => (a.as_slice(), None),
        Object::Stream(_) | Object::Null => return (Vec::new(), None),
        other => return (Vec::new(), Some(describe(other, None))),
    };
    let mut ids = Vec::new();
    let mut odd = None;
    for item in items {
        match item {
            Object::Reference(r) => ids.push(*r),
            other => {
                odd.get_or_insert_with(|| {
                    let inside = via.map_or(String::new(), |v| format!(" (in {} {} R)", v.0, v.1));
                    format!("holds a {}{inside}", other.enum_variant())
                });
            }
        }
    }
    (ids, odd)
}

/// Fewest characters that make a page worth turning (their writing direction) or widening
/// (all of them outside the visible box) for.
const MIN_TURN: usize = 5;

/// What to do about the frame a page was read in.
enum Frame {
    /// It suits the text.
    Keep,
    /// It suits most of the text; the diagnostic says what was left out.
    Report(Diagnostic),
    /// Read the page again through `matrix` (applied after the display transform), on a
    /// page of `width` × `height`.
    Change { matrix: content::Matrix, width: f32, height: f32, notes: Vec<Diagnostic> },
}

/// Decides whether the page's text needs another frame: turned upright when nearly all of
/// it runs sideways or upside down on the displayed page (a `/Rotate` that turns upright
/// text, as `qpdf --rotate` writes), widened when all of it lies outside the visible box
/// (a CropBox or MediaBox off the content). Characters outside a box that shows others are
/// reported.
fn reframe(view: &content::TextView, width: f32, height: f32) -> Frame {
    let (w, h) = (f64::from(width), f64::from(height));
    let total: usize = view.dirs.iter().sum();
    let q = (1..4).max_by_key(|&q| (view.dirs[q], std::cmp::Reverse(q))).unwrap_or(1);
    let turn = view.dirs[q] >= MIN_TURN && view.dirs[q] > view.dirs[0] && view.dirs[0] * 10 <= total;
    // Only when nothing is left to see: a crop that hides print marks or half a spread is
    // meant (those characters are reported, not read).
    let widen = view.inside == 0 && view.outside >= MIN_TURN;
    if !turn && !widen {
        if view.outside == 0 {
            return Frame::Keep;
        }
        return Frame::Report(Diagnostic::new(
            Level::Info,
            "page.text_outside",
            format!(
                "{} character(s) lie outside the visible area of the page (CropBox/MediaBox) and were left out",
                view.outside
            ),
        ));
    }
    let mut notes = Vec::new();
    // The area to show, in the displayed space of the first reading.
    let mut area = [0.0, 0.0, w, h];
    if widen {
        area = [area[0].min(view.ink[0]), area[1].min(view.ink[1]), area[2].max(view.ink[2]), area[3].max(view.ink[3])];
        notes.push(Diagnostic::new(
            Level::Warning,
            "page.text_outside",
            format!(
                "{} of the page's {} characters lie outside its visible area (CropBox/MediaBox); the page was read over the area its text covers",
                view.outside,
                view.outside + view.inside
            ),
        ));
    }
    let q = if turn { q } else { 0 };
    if turn {
        notes.push(Diagnostic::new(
            Level::Info,
            "page.text_turned",
            format!(
                "the text runs {} on the displayed page ({} of {} characters); the page was read turned upright",
                ["left to right", "downwards", "upside down", "upwards"][q],
                view.dirs[q],
                total
            ),
        ));
    }
    // Turn so that direction `q` runs to the right (y grows downwards), then move the area's
    // corner to the origin.
    let (aw, ah) = (area[2] - area[0], area[3] - area[1]);
    let turn_m: content::Matrix = match q {
        1 => [0.0, -1.0, 1.0, 0.0, -area[1], area[2]],
        2 => [-1.0, 0.0, 0.0, -1.0, area[2], area[3]],
        3 => [0.0, 1.0, -1.0, 0.0, area[3], -area[0]],
        _ => [1.0, 0.0, 0.0, 1.0, -area[0], -area[1]],
    };
    let (width, height) = if q % 2 == 1 { (ah, aw) } else { (aw, ah) };
    if !(width.is_finite() && height.is_finite() && width > 1.0 && height > 1.0 && width < 1e6 && height < 1e6) {
        return Frame::Keep;
    }
    Frame::Change { matrix: turn_m, width: width as f32, height: height as f32, notes }
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
