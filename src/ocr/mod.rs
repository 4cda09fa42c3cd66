//! OCR of pages that are images: scans without a text layer, or scanned pages inside a
//! born-digital document.
//!
//! In: one page's [`TextPage`] (its glyphs and the images painted on it) and the document.
//! Out: the same page with the recognised words added as glyphs, so that layout, furniture,
//! footnotes, tables, normalisation and legal references treat them like a text layer; and
//! a [`PageOcr`] (word boxes with confidences) from which the record says which blocks came
//! from OCR.
//!
//! - [`detect`]: does the page need OCR? (images cover most of it and its text layer is
//!   empty or tiny; an invisible OCR layer with real text is read as text, without OCR).
//! - [`pixels`]: an image XObject's samples → a file a decoder reads (JPEG, JPEG 2000 as
//!   they are; CCITT fax data wrapped in a TIFF; plain samples as PNM).
//! - [`decode`], [`canvas`], [`raster`]: images decoded to grey pixels and painted upright
//!   on one page raster (a scan turned a quarter, a page stored in strips or tiles: the
//!   engine gets the raster); [`rules`]: the table borders drawn in a scanned page's pixels,
//!   added to the page's rules, and [`fills`]: its tinted areas (a shaded header row),
//!   added to its filled rectangles (in every build, OCR or not); [`erase`]: long rules
//!   painted over before recognition (an engine reads a border touching a cell as `|`, `1`,
//!   `{`), their geometry left to [`rules`]; [`deskew`]: a turned scan's skew found in
//!   its pixels and turned back before recognition (level rows, straight rules), the words
//!   placed back where the scan shows them.
//! - [`words`]: recognised symbols in image pixels → glyphs in page space (baseline, size,
//!   writing angle; layout straightens skewed lines like a skewed OCR layer), after
//!   [`cleanup`]: specks read as punctuation dropped, accents put right by the lexicon.
//! - [`numbers`]: a recognised table's digit-group separators made consistent.
//! - `tesseract` (cargo feature `ocr`): Tesseract 5 and Leptonica through their C APIs,
//!   one engine per worker thread; a page is the unit of parallel work. Without the feature
//!   a page that needs OCR is reported (`ocr.unavailable`), never silently empty.

pub mod canvas;
pub mod cleanup;
pub mod decode;
pub mod deskew;
pub mod detect;
pub mod erase;
pub mod fills;
pub mod numbers;
pub mod pixels;
pub mod raster;
pub mod rules;
#[cfg(feature = "ocr")]
#[allow(unsafe_code)]
mod tesseract;
pub mod words;

use crate::config::{Config, OcrMode};
use crate::model::{Diagnostic, Level, Record};
use crate::pdf::{PageImage, PdfDocument, TextPage};

/// Pixels of one image sent to OCR, at most (a 600 dpi A3 page is 35 M).
pub const MAX_PIXELS: u64 = 40_000_000;
/// Resolution of the raster made for the engine when a scan is not one upright image
/// (pixels per inch, at most; less when the images have less).
pub const OCR_DPI: f32 = 300.0;

/// What OCR did on one page.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// The page's text layer is used (no image page, or an OCR layer read as text).
    Text,
    /// The page was recognised.
    Recognised(PageOcr),
    /// The page needs OCR but this build has none (`--features ocr`).
    NotBuilt,
    /// The page needs OCR but `--ocr never` was asked.
    Skipped,
    /// The page needs OCR and it failed; the reason.
    Failed(String),
}

impl Outcome {
    /// The engine was run on the page (whatever came of it).
    pub fn attempted(&self) -> bool {
        matches!(self, Outcome::Recognised(_) | Outcome::Failed(_))
    }
}

/// The recognised words of one page, for provenance and confidence.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PageOcr {
    /// Each recognised word: `[x0, top, x1, bottom]` in displayed page space (as the glyphs
    /// were placed) and its confidence in 0–1.
    pub words: Vec<([f32; 4], f32)>,
}

impl PageOcr {
    /// Mean confidence of the words whose centre lies in `bbox` (displayed page space),
    /// `None` when there is none.
    pub fn confidence_in(&self, bbox: [f32; 4]) -> Option<f32> {
        let (mut sum, mut n) = (0.0f32, 0usize);
        for (b, c) in &self.words {
            let (cx, cy) = ((b[0] + b[2]) / 2.0, (b[1] + b[3]) / 2.0);
            if cx >= bbox[0] - 1.0 && cx <= bbox[2] + 1.0 && cy >= bbox[1] - 1.0 && cy <= bbox[3] + 1.0 {
                sum += c;
                n += 1;
            }
        }
        (n > 0).then(|| sum / n as f32)
    }
}

/// Decides whether `page` needs OCR and, if it does (and OCR is built in and allowed),
/// recognises its images and adds the words to `page.glyphs`. The engine stops after
/// `Limits::max_ocr_seconds_per_page`.
pub fn apply(doc: &PdfDocument, page: &mut TextPage, cfg: &Config) -> Outcome {
    let Some(images) = detect::page_scan(page, cfg.ocr.mode) else { return Outcome::Text };
    match cfg.ocr.mode {
        OcrMode::Never => Outcome::Skipped,
        OcrMode::Auto | OcrMode::Always => recognise(doc, page, &images, cfg),
    }
}

#[cfg(not(feature = "ocr"))]
fn recognise(_: &PdfDocument, _: &mut TextPage, _: &[usize], _: &Config) -> Outcome {
    Outcome::NotBuilt
}

#[cfg(feature = "ocr")]
fn recognise(doc: &PdfDocument, page: &mut TextPage, images: &[usize], cfg: &Config) -> Outcome {
    let input = match images {
        [i] if page.images.get(*i).is_some_and(detect::upright) => image_file(doc, &page.images[*i], cfg),
        _ => page_raster(doc, page, images, cfg),
    };
    let (file, placed) = match input {
        Ok(v) => v,
        Err(e) => return Outcome::Failed(e),
    };
    let left = cfg.limits.max_ocr_seconds_per_page;
    let dpi = detect::resolution(&placed);
    let rec = match tesseract::recognise(&file, &cfg.ocr.lang, dpi, left) {
        Ok(r) => r,
        Err(e) => return Outcome::Failed(e),
    };
    let font = words::ocr_font(page);
    let placed_words = words::to_glyphs(&rec, &placed, font);
    Outcome::Recognised(words::merge_into(page, placed_words))
}

/// One upright image as the file it is stored as (no decoding here), and where it lies.
#[cfg(feature = "ocr")]
fn image_file(doc: &PdfDocument, placed: &PageImage, cfg: &Config) -> Result<(Vec<u8>, PageImage), String> {
    let Some(id) = placed.id else { return Err("the image is not an indirect object".into()) };
    if u64::from(placed.width) * u64::from(placed.height) > MAX_PIXELS {
        return Err(format!(
            "the image has {}×{} pixels, more than {MAX_PIXELS} (limit.ocr_pixels)",
            placed.width, placed.height
        ));
    }
    let img = crate::pdf::image::read_image(doc, id, cfg.limits.max_stream_bytes)
        .map_err(|e| format!("the image could not be read: {e}"))?;
    match prepared(&img, placed) {
        Some(done) => Ok(done),
        None => Ok((pixels::to_file(&img)?, *placed)),
    }
}

/// The image decoded, turned back by its skew ([`deskew`]) and its long rules erased
/// ([`erase`]), as a grey image file and where it lies; `None` when it needs neither or
/// cannot be decoded here (the engine then gets the file as stored).
#[cfg(feature = "ocr")]
fn prepared(img: &crate::pdf::image::EncodedImage, placed: &PageImage) -> Option<(Vec<u8>, PageImage)> {
    let dpi = detect::resolution(placed);
    let grey = decode::decode(img, MAX_PIXELS).ok()?;
    let (mut grey, placed, turned) = straightened(grey, placed);
    let erased = dpi > 0.0 && erase::erase_rules(&mut grey, 72.0 / dpi) > 0;
    (turned || erased).then(|| (pixels::pgm(&grey), placed))
}

/// `grey` (painted as `placed`) turned back by its skew when it has one of at least
/// [`deskew::MIN_ANGLE`], with where the result lies, and whether it was turned.
#[cfg(feature = "ocr")]
fn straightened(grey: decode::Grey, placed: &PageImage) -> (decode::Grey, PageImage, bool) {
    match deskew::estimate(&grey) {
        Some(a) if a.abs() >= deskew::MIN_ANGLE => {
            (deskew::straighten(&grey, a), deskew::placed_straightened(placed, a), true)
        }
        _ => (grey, *placed, false),
    }
}

/// The page's images painted upright on one raster (a turned scan, strips, tiles), turned
/// back by their skew, as a grey image file, and where the raster lies on the page.
#[cfg(feature = "ocr")]
fn page_raster(
    doc: &PdfDocument,
    page: &TextPage,
    images: &[usize],
    cfg: &Config,
) -> Result<(Vec<u8>, PageImage), String> {
    let canvas = raster::page_canvas(doc, page, images, OCR_DPI, 0.0, cfg)?;
    let (scale, placed) = (canvas.scale, raster_image(&canvas));
    let (mut grey, placed, _) = straightened(canvas.grey, &placed);
    erase::erase_rules(&mut grey, scale);
    Ok((pixels::pgm(&grey), placed))
}

/// A page raster as a placed image: its pixels cover the page from the top-left corner.
pub fn raster_image(canvas: &canvas::Canvas) -> PageImage {
    let (w, h) = (canvas.grey.width, canvas.grey.height);
    let (pw, ph) = (w as f32 * canvas.scale, h as f32 * canvas.scale);
    PageImage { id: None, matrix: [pw, 0.0, 0.0, -ph, 0.0, ph], bbox: [0.0, 0.0, pw, ph], width: w, height: h }
}

/// Re-executes the current program with `OMP_THREAD_LIMIT=1` unless it is set: Tesseract's
/// OpenMP threads fight the page-level parallelism (on 2 cores a page took 2.5× the wall
/// time and 3.7× the CPU with them), and the limit is read only when the process starts.
/// Does nothing without the `ocr` feature or when the variable is already set.
pub fn limit_engine_threads() {
    #[cfg(all(feature = "ocr", unix))]
    {
        use std::os::unix::process::CommandExt;
        if std::env::var_os("OMP_THREAD_LIMIT").is_some() {
            return;
        }
        let Ok(exe) = std::env::current_exe() else { return };
        let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
        // `exec` only returns on failure; then run on with OpenMP's default threads.
        let _ = std::process::Command::new(exe).args(args).env("OMP_THREAD_LIMIT", "1").exec();
    }
}

/// Turns the pages' outcomes (in page order, page `i + 1` at `i`) into diagnostics: one for
/// all pages left unread for want of OCR (not built in, or `--ocr never`), one per page where
/// it failed. Returns the recognised pages with their words.
pub fn report_pages(outcomes: &[Outcome], diags: &mut Vec<Diagnostic>) -> Vec<(u32, PageOcr)> {
    let mut recognised = Vec::new();
    let (mut not_built, mut skipped) = (Vec::new(), Vec::new());
    for (i, o) in outcomes.iter().enumerate() {
        let page = i as u32 + 1;
        match o {
            Outcome::Text => {}
            Outcome::Recognised(p) => recognised.push((page, p.clone())),
            Outcome::NotBuilt => not_built.push(page),
            Outcome::Skipped => skipped.push(page),
            Outcome::Failed(why) => diags.push(
                Diagnostic::new(Level::Error, "ocr.failed", format!("the scanned page could not be recognised: {why}"))
                    .on_page(page),
            ),
        }
    }
    if !not_built.is_empty() {
        diags.push(Diagnostic::new(
            Level::Warning,
            "ocr.unavailable",
            format!(
                "{} scanned images without text; this build has no OCR (build with `--features ocr`)",
                describe_pages(&not_built)
            ),
        ));
    }
    if !skipped.is_empty() {
        diags.push(Diagnostic::new(
            Level::Warning,
            "ocr.skipped",
            format!("{} scanned images without text, left unread (--ocr never)", describe_pages(&skipped)),
        ));
    }
    recognised
}

/// `page 3 is` / `pages 1-4, 7 are`.
fn describe_pages(pages: &[u32]) -> String {
    let mut runs: Vec<String> = Vec::new();
    let mut i = 0;
    while i < pages.len() {
        let mut j = i;
        while j + 1 < pages.len() && pages[j + 1] == pages[j] + 1 {
            j += 1;
        }
        runs.push(if j > i { format!("{}-{}", pages[i], pages[j]) } else { pages[i].to_string() });
        i = j + 1;
    }
    if pages.len() == 1 {
        format!("page {} is a", runs.join(", "))
    } else {
        format!("pages {} are", runs.join(", "))
    }
}

/// Lists the recognised pages in the record and gives each block on them (furniture
/// included) the mean confidence of the recognised words inside it; the numbers of tables
/// on recognised pages are checked against the table's own digit grouping ([`numbers`]).
pub fn mark_blocks(rec: &mut Record, recognised: &[(u32, PageOcr)]) {
    rec.ocr_pages = recognised.iter().map(|(p, _)| *p).collect();
    for t in &mut rec.tables {
        if rec.ocr_pages.iter().any(|p| (t.pages[0]..=t.pages[1]).contains(p)) {
            numbers::fix_table(&mut t.rows);
        }
    }
    for (number, words) in recognised {
        let Some(page) = rec.pages.iter_mut().find(|p| p.number == *number) else { continue };
        for b in &mut page.blocks {
            let Some(bbox) = b.bbox else { continue };
            let conf = words.confidence_in(bbox.map(|v| v as f32));
            b.ocr_confidence = conf.map(|c| (f64::from(c) * 1000.0).round() / 1000.0);
        }
    }
}
