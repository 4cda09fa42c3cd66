//! The path of one document through every stage.
//!
//! In: an input's path (as shown to the user) and its bytes. Out: its [`Record`], always:
//! a file that cannot be read yields a `failed` record whose diagnostics say why.
//! This is the only place that knows the order of the stages (see the crate docs).

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use rayon::prelude::*;

use sha2::{Digest, Sha256};

use crate::config::Config;
use crate::detect;
use crate::layout::{self, tables, LaidDocument};
use crate::metadata::{self, FrontLine};
use crate::model::{
    Block, BlockKind, Diagnostic, Footnote, Level, Metadata, NormalizationStats, Page, PageBreak, Record, Source,
    SourceFormat, Status, PIPELINE_VERSION, SCHEMA_VERSION,
};
use crate::normalize::{self, Vocabulary};
use crate::ocr;
use crate::pdf::{self, PdfDocument, TextPage};
use crate::textdecode;
use crate::textinput;

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut s = String::with_capacity(64);
    for b in digest {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

/// What kind of input `bytes` are: a PDF if `%PDF-` appears in the first KiB, text if the
/// name ends in `.txt`/`.text` and the bytes are UTF-8.
pub fn sniff_format(path: &str, bytes: &[u8]) -> SourceFormat {
    let head = &bytes[..bytes.len().min(1024)];
    if head.windows(5).any(|w| w == b"%PDF-") {
        return SourceFormat::Pdf;
    }
    let lower = path.to_ascii_lowercase();
    if (lower.ends_with(".txt") || lower.ends_with(".text")) && textdecode::looks_like_text(bytes) {
        return SourceFormat::Text;
    }
    if lower.ends_with(".pdf") {
        SourceFormat::Pdf
    } else {
        SourceFormat::Unknown
    }
}

/// Processes one input into its record.
pub fn process(path: &str, bytes: &[u8], cfg: &Config) -> Record {
    process_hashed(path, bytes, sha256_hex(bytes), cfg)
}

/// [`process`] for a caller that already has `sha256_hex(bytes)` (hashing a large file
/// twice is not free).
pub fn process_hashed(path: &str, bytes: &[u8], sha: String, cfg: &Config) -> Record {
    process_bytes(path, Cow::Borrowed(bytes), sha, cfg)
}

/// [`process_hashed`] that takes the bytes, so that a text input's bytes are freed as soon
/// as its lines are laid out (a large text file is not held beside its record).
pub fn process_owned(path: &str, bytes: Vec<u8>, sha: String, cfg: &Config) -> Record {
    process_bytes(path, Cow::Owned(bytes), sha, cfg)
}

fn process_bytes(path: &str, bytes: Cow<'_, [u8]>, sha: String, cfg: &Config) -> Record {
    let format = sniff_format(path, &bytes);
    let source = Source {
        path: path.to_string(),
        bytes: bytes.len() as u64,
        sha256: sha.clone(),
        format,
        paths: vec![path.to_string()],
        encoding: None,
    };
    let mut rec = empty_record(source);
    rec.options = cfg.record_options();
    match format {
        SourceFormat::Pdf => process_pdf(&bytes, cfg, &mut rec),
        SourceFormat::Text => {
            let deadline = Instant::now().checked_add(cfg.limits.max_seconds);
            match lay_out_text(bytes, &mut rec) {
                Some(laid) => {
                    rec.metadata.pages = 0;
                    finish(laid, false, &[], &mut rec, false, deadline, cfg.text_only);
                }
                None => {
                    rec.status = Status::Failed;
                    rec.diagnostics.push(Diagnostic::new(
                        Level::Error,
                        "input.not_text",
                        "the file is named as a text but its bytes are mostly NUL or control codes: binary data",
                    ));
                }
            }
        }
        SourceFormat::Unknown => {
            rec.status = Status::Failed;
            rec.diagnostics.push(Diagnostic::new(
                Level::Error,
                "input.unknown_format",
                "neither a PDF (no %PDF- header) nor a .txt file whose bytes are text",
            ));
        }
    }
    finalize_status(&mut rec);
    rec
}

/// A record for `source` with every stage's output empty.
pub fn empty_record(source: Source) -> Record {
    Record {
        schema_version: SCHEMA_VERSION.to_string(),
        pipeline_version: PIPELINE_VERSION.to_string(),
        id: source.sha256.clone(),
        source,
        status: Status::Ok,
        diagnostics: Vec::new(),
        metadata: Metadata::default(),
        pages: Vec::new(),
        tables: Vec::new(),
        footnotes: Vec::new(),
        legal_references: Vec::new(),
        short_forms: Vec::new(),
        normalization: NormalizationStats::default(),
        options: Default::default(),
        ocr_pages: Vec::new(),
    }
}

/// Sets `status` from the diagnostics (any error → partial, unless already failed) and
/// sorts diagnostics worst first, then by page, deterministically.
pub fn finalize_status(rec: &mut Record) {
    if rec.status != Status::Failed && rec.diagnostics.iter().any(|d| d.level == Level::Error) {
        rec.status = Status::Partial;
    }
    rec.diagnostics.sort_by(|a, b| (a.level, a.page, &a.code).cmp(&(b.level, b.page, &b.code)));
}

/// A text input decoded and laid out; `None` when its bytes are not text. The bytes, when
/// owned, and the decoded text are freed before this returns: what is left is the laid-out
/// lines (a decoded copy frees the bytes before the lines are laid out).
fn lay_out_text(bytes: Cow<'_, [u8]>, rec: &mut Record) -> Option<LaidDocument> {
    let decoded = textdecode::decode(&bytes)?;
    rec.source.encoding = Some(decoded.encoding.to_string());
    rec.diagnostics.extend(decoded.diagnostics);
    Some(match decoded.text {
        Cow::Borrowed(text) => textinput::lay_out(text),
        Cow::Owned(text) => {
            drop(bytes);
            textinput::lay_out(&text)
        }
    })
}

fn process_pdf(bytes: &[u8], cfg: &Config, rec: &mut Record) {
    let started = Instant::now();
    let mut timed = cfg.clone();
    timed.limits.deadline = started.checked_add(cfg.limits.max_seconds);
    let doc = match pdf::load(bytes, &timed.limits, timed.password.as_deref()) {
        Ok(doc) => doc,
        Err(e) => {
            rec.status = Status::Failed;
            rec.diagnostics.push(Diagnostic::new(Level::Error, e.code(), e.to_string()));
            return;
        }
    };
    // Where pages may go to OCR, each may add its allowance (as `read_pages` grants it): the
    // deadline checked inside pages is the largest the document can be given.
    if cfg!(feature = "ocr") && cfg.ocr.mode != crate::config::OcrMode::Never {
        let pages = doc.pages.len().min(u32::MAX as usize) as u32;
        timed.limits.deadline =
            started.checked_add(cfg.limits.max_seconds + cfg.limits.max_ocr_seconds_per_page * pages);
    }
    let cfg = &timed;
    rec.diagnostics.extend(doc.diagnostics.iter().cloned());
    if !cfg.text_only {
        rec.metadata = info_metadata(&doc);
    }
    let read = read_pages(&doc, cfg, started, &mut rec.diagnostics);
    drop(doc);
    let ReadPages { pages, lines, tables: mut page_tables, glyphs, ocr } = read;
    tables::settle_weak(&mut page_tables);
    let ocr = ocr::report_pages(&ocr, &mut rec.diagnostics);
    let parts: Vec<tables::PageTable> = page_tables.iter().flatten().cloned().collect();
    let (doc_tables, part_index) = tables::assemble(&parts);
    let mut k = 0;
    let indexed: Vec<Vec<(usize, tables::PageTable)>> = page_tables
        .into_iter()
        .map(|ts| {
            ts.into_iter()
                .map(|t| {
                    let i = part_index[k];
                    k += 1;
                    (i, t)
                })
                .collect()
        })
        .collect();
    let front = if cfg.text_only { Vec::new() } else { front_lines(&pages, &lines) };
    let laid = layout::build_document(&pages, lines, &indexed);
    rec.tables = doc_tables;
    // The slimmed pages are not needed any more: free them before the text stages build
    // the record.
    let has_geometry = !pages.is_empty();
    drop(pages);
    // A document whose text was lost to damage is not a scan without a text layer.
    let lost = rec.diagnostics.iter().any(|d| d.code == "page.text_lost" || d.code == "pdf.stream_corrupt");
    finish(laid, has_geometry, &front, rec, glyphs == 0 && !lost, cfg.limits.deadline, cfg.text_only);
    ocr::mark_blocks(rec, &ocr);
}

/// The lines of the first page that has text, for the title page reader.
fn front_lines(pages: &[TextPage], lines: &[Vec<layout::Line>]) -> Vec<FrontLine> {
    let mut stats = NormalizationStats::default();
    let Some((page, ls)) = pages.iter().zip(lines).find(|(_, ls)| !ls.is_empty()) else { return Vec::new() };
    // The title page is judged against the whole document's body size.
    let doc_body = metadata::dominant_size(
        lines.iter().flatten().map(|l| (l.size, l.words.iter().map(|w| w.text.len()).sum::<usize>())),
    );
    ls.iter()
        .map(|l| FrontLine {
            text: normalize::normalize_text(&l.text(), &mut stats),
            size: l.size,
            bold: l.words.iter().filter(|w| w.bold).count() * 2 > l.words.len(),
            page: page.number,
            top: l.bbox[1],
            doc_body,
        })
        .collect()
}

/// Every page read as far as the per-page stages go: text layer, lines and table parts.
struct ReadPages {
    /// The pages, their glyphs dropped once lines and tables are built (see [`slim`]).
    pages: Vec<TextPage>,
    /// Lines of each page.
    lines: Vec<Vec<layout::Line>>,
    /// Table parts found on each page.
    tables: Vec<Vec<tables::PageTable>>,
    /// Glyphs extracted over all pages.
    glyphs: usize,
    /// What OCR did on each page.
    ocr: Vec<crate::ocr::Outcome>,
}

/// One page read as far as the per-page stages go.
struct PageRead {
    page: TextPage,
    lines: Vec<layout::Line>,
    tables: Vec<tables::PageTable>,
    glyphs: usize,
    ocr: crate::ocr::Outcome,
}

/// Reads page `i` with `stream_budget` bytes of content streams left to decompress, and
/// builds its lines and table parts at once, so that its glyphs are dropped right away:
/// memory grows with the text kept, not with the glyphs drawn.
///
/// A page that is a scanned image is recognised here (see [`crate::ocr`]): the OCR of one
/// page is the unit of parallel work, like the reading of one page.
fn read_page(doc: &PdfDocument, i: usize, cfg: &Config, cache: &pdf::DocCache, stream_budget: usize) -> PageRead {
    let mut page = pdf::extract_page_with(doc, i, &cfg.limits, cache, stream_budget);
    let ocr = crate::ocr::apply(doc, &mut page, cfg);
    crate::ocr::raster::add_rules(doc, &mut page, cfg, &ocr);
    let (lines, cut) = layout::page_lines_within(&page, cfg.limits.deadline);
    if cut {
        page.diagnostics.push(
            Diagnostic::new(
                Level::Error,
                "limit.time",
                format!(
                    "the document took longer than {} s (limit.time) while the lines of page {} were built; small raised or lowered characters were left where they were drawn",
                    cfg.limits.max_seconds.as_secs(),
                    page.number
                ),
            )
            .on_page(page.number),
        );
    }
    if lines.is_empty() {
        page.diagnostics.extend(text_lost(&page));
    }
    let tables = tables::find_parts(&page, &lines);
    let glyphs = page.glyphs.len();
    slim(&mut page);
    PageRead { page, lines, tables, glyphs, ocr }
}

/// Why a page with no lines lost its text, if it had any: damaged content, a limit, or
/// characters that were drawn but make no line (sideways, hidden, without a size). A page
/// whose content shows no text (a scan, a blank page) lost nothing.
fn text_lost(page: &TextPage) -> Option<Diagnostic> {
    let number = page.number;
    let cause = page.diagnostics.iter().find(|d| d.code == "pdf.stream_corrupt" || d.code.starts_with("limit."));
    if let Some(d) = cause {
        let what =
            if d.code == "pdf.stream_corrupt" { "its content is damaged" } else { "a limit stopped its reading" };
        return Some(
            Diagnostic::new(Level::Error, "page.text_lost", format!("page {number} gave no text: {what} ({})", d.code))
                .on_page(number),
        );
    }
    if page.shown == 0 {
        return None;
    }
    let marks = page.glyphs.iter().filter(|g| !g.text.trim().is_empty());
    let (mut sideways, mut hidden) = (0, 0);
    for g in marks {
        sideways += usize::from(g.rotated);
        hidden += usize::from(!g.rotated && g.invisible);
    }
    let why = match (sideways, hidden) {
        (s, 0) if s > 0 => format!("they run sideways or vertically ({s}), as margin stamps do"),
        (0, h) if h > 0 => format!("they are hidden ({h}: invisible, clipped or off the page)"),
        (s, h) if s + h > 0 => format!("{s} run sideways or vertically and {h} are hidden"),
        _ => "their positions or sizes are unusable".to_string(),
    };
    Some(
        Diagnostic::new(
            Level::Warning,
            "page.text_lost",
            format!("page {number} shows {} character(s) but none makes a line of text: {why}", page.shown),
        )
        .on_page(number),
    )
}

/// Reads every page within the time limit, in parallel on the current thread pool (one
/// thread: in order), with the same result as a read in page order.
///
/// The per-document stream budget is what makes order matter: in a read in order each page
/// gets what the pages before it left. So the parallel pass gives every page the whole
/// budget and skips pages once the pages read so far spent it (or the time is up); the
/// ordered pass then keeps each page that stayed strictly within what is left in page order
/// and, from the first page that did not (or was skipped), reads on in order with the exact
/// budget left. On ordinary files, nothing is read twice.
fn read_pages(doc: &PdfDocument, cfg: &Config, started: Instant, diags: &mut Vec<Diagnostic>) -> ReadPages {
    let n = doc.pages.len();
    let cache = pdf::DocCache::default();
    let budget = cfg.limits.max_document_stream_bytes;
    // Each page sent to OCR adds its own allowance to the document's time.
    let ocr_pages = AtomicUsize::new(0);
    let allowed = || {
        let n = ocr_pages.load(Ordering::Relaxed).min(u32::MAX as usize) as u32;
        cfg.limits.max_seconds + cfg.limits.max_ocr_seconds_per_page * n
    };
    let out_of_time = || started.elapsed() > allowed();
    let spent = AtomicUsize::new(0);
    let first: Vec<Option<PageRead>> = (0..n)
        .into_par_iter()
        .map(|i| {
            if out_of_time() || spent.load(Ordering::Relaxed) >= budget {
                return None;
            }
            let r = read_page(doc, i, cfg, &cache, budget);
            spent.fetch_add(r.page.stream_bytes, Ordering::Relaxed);
            if r.ocr.attempted() {
                ocr_pages.fetch_add(1, Ordering::Relaxed);
            }
            Some(r)
        })
        .collect();
    let mut out = ReadPages {
        pages: Vec::with_capacity(n),
        lines: Vec::with_capacity(n),
        tables: Vec::with_capacity(n),
        glyphs: 0,
        ocr: Vec::with_capacity(n),
    };
    let mut left = budget;
    let mut in_order = false;
    for (i, r) in first.into_iter().enumerate() {
        let mut r = match r {
            Some(r) if !in_order && r.page.stream_bytes < left => r,
            _ => {
                in_order = true;
                if out_of_time() {
                    diags.push(Diagnostic::new(
                        Level::Error,
                        "limit.time",
                        format!(
                            "stopped after {i} of {n} pages: the document took longer than {} s (limit.time)",
                            allowed().as_secs()
                        ),
                    ));
                    break;
                }
                let r = read_page(doc, i, cfg, &cache, left);
                if r.ocr.attempted() {
                    ocr_pages.fetch_add(1, Ordering::Relaxed);
                }
                r
            }
        };
        left = left.saturating_sub(r.page.stream_bytes);
        diags.append(&mut r.page.diagnostics);
        out.glyphs += r.glyphs;
        out.ocr.push(r.ocr);
        out.tables.push(r.tables);
        out.lines.push(r.lines);
        out.pages.push(r.page);
    }
    out
}

/// Drops the glyphs of a page whose lines and tables are built. Later stages read glyphs only
/// to tell whether a line is mostly `/Artifact` text (layout's furniture step), and that
/// check looks at visible, upright, non-blank glyphs of pages that have an artifact glyph:
/// those are all that is kept.
fn slim(page: &mut TextPage) {
    if page.glyphs.iter().any(|g| g.artifact) {
        page.glyphs.retain(|g| !g.rotated && !g.text.trim().is_empty());
        page.glyphs.shrink_to_fit();
    } else {
        page.glyphs = Vec::new();
    }
}

fn info_metadata(doc: &PdfDocument) -> Metadata {
    let mut meta = info_fields(doc);
    // XMP's dc:title and dc:creator where the Info dictionary has none.
    if meta.title.is_none() || meta.authors.is_empty() {
        if let Some(xml) = doc.xmp() {
            let (title, creators) = metadata::xmp_fields(&xml);
            if meta.title.is_none() {
                meta.title = title;
            }
            if meta.authors.is_empty() {
                meta.authors = creators;
            }
        }
    }
    meta
}

fn info_fields(doc: &PdfDocument) -> Metadata {
    Metadata {
        title: doc.info(b"Title"),
        authors: doc.info(b"Author").into_iter().collect(),
        producer: doc.info(b"Producer"),
        creator: doc.info(b"Creator"),
        created: doc.info(b"CreationDate").map(|d| pdf_date_to_iso(&d)),
        pages: doc.pages.len() as u32,
        ..Metadata::default()
    }
}

/// `D:20180312101500-05'00'` → `2018-03-12T10:15:00-05:00`; anything unparsable is returned
/// as written.
pub fn pdf_date_to_iso(s: &str) -> String {
    let t = s.trim().trim_start_matches("D:");
    let digits: String = t.chars().take_while(|c| c.is_ascii_digit()).collect();
    if digits.len() < 4 {
        return s.to_string();
    }
    let part = |a: usize, b: usize, def: &str| digits.get(a..b).unwrap_or(def).to_string();
    let (y, mo, d, h, mi, se) =
        (part(0, 4, ""), part(4, 6, "01"), part(6, 8, "01"), part(8, 10, "00"), part(10, 12, "00"), part(12, 14, "00"));
    let rest = &t[digits.len()..];
    let tz = match rest.chars().next() {
        Some('Z') => "Z".to_string(),
        Some(sign @ ('+' | '-')) => {
            let nums: String = rest[1..].chars().filter(|c| c.is_ascii_digit()).collect();
            if nums.len() >= 4 {
                format!("{sign}{}:{}", &nums[0..2], &nums[2..4])
            } else if nums.len() >= 2 {
                format!("{sign}{}:00", &nums[0..2])
            } else {
                String::new()
            }
        }
        _ => String::new(),
    };
    format!("{y}-{mo}-{d}T{h}:{mi}:{se}{tz}")
}

/// Normalisation, detectors and assembly, shared by PDF and text input.
/// `has_geometry`: the pages have sizes and the blocks boxes (PDF input, not text input).
/// `deadline`: past it, legal references and catalogue metadata are not looked for (the
/// text is kept), and a `limit.time` diagnostic says so.
/// `text_only`: only the blocks' text is made ([`Config::text_only`]): no block language, no
/// catalogue metadata, no detectors.
fn finish(
    laid: LaidDocument,
    has_geometry: bool,
    front: &[FrontLine],
    rec: &mut Record,
    no_text: bool,
    deadline: Option<Instant>,
    text_only: bool,
) {
    let vocab = Vocabulary::from_lines(
        laid.pages
            .iter()
            .flat_map(|p| p.blocks.iter().flat_map(|b| b.lines.iter().map(String::as_str)))
            .chain(laid.footnotes.iter().flat_map(|f| f.lines.iter().map(String::as_str))),
    );
    let mut stats = NormalizationStats::default();
    for t in &mut rec.tables {
        // A cell's wrapped lines arrive separated by '\n', so line-end hyphens are decided
        // like a paragraph's.
        for cell in t.rows.iter_mut().flatten().chain(t.caption.iter_mut()).chain(t.notes.iter_mut()) {
            let lines: Vec<String> = cell.lines().map(str::to_string).collect();
            *cell = normalize::join_lines(&lines, &vocab, &mut stats);
        }
    }
    // The first part of a table holds the whole grid; later parts (pages of a long table)
    // are empty blocks that only mark where the table is.
    let mut tables_shown = vec![false; rec.tables.len()];
    let shows_grid: Vec<Vec<bool>> = laid
        .pages
        .iter()
        .map(|p| {
            p.blocks
                .iter()
                .map(|b| match (b.kind, b.table) {
                    (BlockKind::Table, Some(i)) if i < tables_shown.len() => {
                        !std::mem::replace(&mut tables_shown[i], true)
                    }
                    _ => false,
                })
                .collect()
        })
        .collect();
    // Pages are independent from here on: normalised in parallel, counts added in order.
    // Each laid-out page is consumed, so its raw lines are freed as its text is made (a
    // large text file does not hold both at once).
    let tables = &rec.tables;
    let LaidDocument { pages: laid_pages, footnotes: laid_footnotes } = laid;
    let finished: Vec<(Page, NormalizationStats)> = laid_pages
        .into_par_iter()
        .zip(shows_grid)
        .map(|(p, grid)| {
            let mut stats = NormalizationStats::default();
            let blocks = p
                .blocks
                .into_iter()
                .zip(grid)
                .map(|(b, grid)| finish_block(&b, grid, tables, &vocab, has_geometry, !text_only, &mut stats))
                .collect();
            let (width, height) =
                if has_geometry { (Some(round2(p.width)), Some(round2(p.height))) } else { (None, None) };
            (Page { number: p.number, width, height, blocks }, stats)
        })
        .collect();
    let mut out_pages = Vec::with_capacity(finished.len());
    for (page, page_stats) in finished {
        stats.add(&page_stats);
        out_pages.push(page);
    }
    rec.footnotes = laid_footnotes
        .iter()
        .map(|f| Footnote { number: f.number, text: normalize::join_lines(&f.lines, &vocab, &mut stats), page: f.page })
        .collect();
    rec.normalization = stats;
    rec.pages = out_pages;
    let late = |rec: &mut Record, skipped: &str| {
        let late = deadline.is_some_and(|d| Instant::now() >= d);
        if late {
            rec.diagnostics.push(Diagnostic::new(
                Level::Error,
                "limit.time",
                format!("the document took longer than the time limit (limit.time); {skipped} were not looked for"),
            ));
        }
        late
    };
    if !text_only && !late(rec, "catalogue metadata (title, authors, sections, language) and legal references") {
        metadata::enrich(&mut rec.metadata, front, &rec.pages);
        if !late(rec, "legal references (the detectors)") {
            detect::run_all(rec);
        }
    }
    if no_text && !rec.pages.is_empty() {
        rec.diagnostics.push(Diagnostic::new(
            Level::Warning,
            "text.none",
            "no text was found on any page (a scanned document without an OCR layer?)",
        ));
    }
}

/// One laid-out block as a record block: text normalised (or the table's grid, when
/// `grid`), box rounded, language told (when `lang`).
fn finish_block(
    b: &layout::LaidBlock,
    grid: bool,
    tables: &[crate::model::Table],
    vocab: &Vocabulary,
    has_geometry: bool,
    lang: bool,
    stats: &mut NormalizationStats,
) -> Block {
    let mut continues = b.continues;
    let mut page_breaks = Vec::new();
    let text = match (b.kind, b.table.and_then(|i| tables.get(i))) {
        (BlockKind::Table, Some(t)) => {
            continues = t.pages[1] > t.pages[0];
            if grid {
                t.rows.iter().map(|r| r.join("\t")).collect::<Vec<_>>().join("\n")
            } else {
                String::new()
            }
        }
        (BlockKind::Table, None) => {
            b.lines.iter().map(|l| normalize::normalize_text(l, stats)).collect::<Vec<_>>().join("\n")
        }
        _ if !b.page_breaks.is_empty() => {
            let (text, map) = normalize::join_lines_mapped(&b.lines, vocab, stats);
            page_breaks = text_breaks(&text, &map, &b.page_breaks);
            text
        }
        _ => normalize::join_lines(&b.lines, vocab, stats),
    };
    Block {
        kind: b.kind,
        bbox: has_geometry.then(|| b.bbox.map(|v| (v as f64 * 100.0).round() / 100.0)),
        level: b.level,
        continues,
        footnote_refs: b.footnote_refs.clone(),
        lang: (lang && b.kind != BlockKind::Table).then(|| metadata::language_of(&text)).flatten().map(str::to_string),
        text,
        table: b.table,
        ocr_confidence: None,
        page_breaks,
    }
}

/// Where each later page's part begins in a joined paragraph's `text`, from the raw line
/// each part begins with (`breaks`: index into the raw lines, page number) and the
/// `(line, char)` origin of every character of `text`. The offset is moved to a word start:
/// past the whole word when a word is broken across the pages.
fn text_breaks(text: &str, map: &[(u32, u32)], breaks: &[(usize, usize)]) -> Vec<PageBreak> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    breaks
        .iter()
        .map(|&(line, page)| {
            let mut k = map.iter().position(|&(l, _)| l as usize >= line).unwrap_or(chars.len()).min(chars.len());
            if k > 0 && !chars[k - 1].1.is_whitespace() {
                while k < chars.len() && !chars[k].1.is_whitespace() {
                    k += 1;
                }
            }
            while k < chars.len() && chars[k].1.is_whitespace() {
                k += 1;
            }
            let at = chars.get(k).map_or(text.len(), |c| c.0);
            PageBreak { page: page as u32, at }
        })
        .collect()
}

fn round2(v: f32) -> f64 {
    (v as f64 * 100.0).round() / 100.0
}

/// Every block's text in reading order, running headers, footers and page numbers included.
/// A paragraph joined across pages is printed in its pages' order too: at each of its page
/// breaks come the furniture that closes its page (after the paragraph on that page: a
/// footer, a page number) and the furniture that opens the next (before its first other
/// block: a running head; on a page that held nothing but the continuation, its furniture in
/// the top half), and not again in their own places.
pub fn render_text_with_furniture(rec: &Record) -> String {
    let opening = |p: &Page| {
        let lead = p.blocks.iter().take_while(|b| b.kind.is_furniture()).count();
        if lead < p.blocks.len() {
            return lead;
        }
        // A page whose body all went into an earlier page's paragraph: what is in its top
        // half (without geometry: its running heads) opens it, the rest closes it.
        let top = |b: &Block| match (b.bbox, p.height) {
            (Some(bb), Some(h)) => bb[1] + bb[3] < h,
            _ => b.kind == BlockKind::Header,
        };
        p.blocks.iter().take_while(|b| top(b)).count()
    };
    let by_number = |n: u32| rec.pages.iter().find(|p| p.number == n);
    let opened_elsewhere: BTreeSet<u32> = rec
        .pages
        .iter()
        .flat_map(|p| &p.blocks)
        .flat_map(|b| b.page_breaks.iter().map(|x| x.page))
        .filter(|&n| by_number(n).is_some())
        .collect();
    let mut out = String::new();
    let mut push = |t: &str| {
        if !t.is_empty() {
            out.push_str(t);
            out.push_str("\n\n");
        }
    };
    for p in &rec.pages {
        // The first block with page breaks takes the page's closing furniture with it.
        let broken = p.blocks.iter().position(|b| !b.page_breaks.is_empty());
        let skip_open = if opened_elsewhere.contains(&p.number) { opening(p) } else { 0 };
        for (i, b) in p.blocks.iter().enumerate() {
            if i < skip_open || broken.is_some_and(|k| i > k && b.kind.is_furniture()) {
                continue;
            }
            let mut from = 0;
            for (n, br) in b.page_breaks.iter().enumerate() {
                let at = if b.text.is_char_boundary(br.at) { br.at.max(from) } else { from };
                push(b.text[from..at].trim_end());
                if n == 0 && broken == Some(i) {
                    p.blocks[i + 1..].iter().filter(|x| x.kind.is_furniture()).for_each(|x| push(&x.text));
                }
                if let Some(q) = by_number(br.page) {
                    q.blocks[..opening(q)].iter().for_each(|x| push(&x.text));
                }
                from = at;
            }
            push(&b.text[from..]);
        }
    }
    out
}

/// [`render_text`] written to `out` block by block (a large text is not held a second time).
pub fn write_text(rec: &Record, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    for b in rec.pages.iter().flat_map(|p| &p.blocks) {
        if b.kind.is_furniture() || b.text.is_empty() {
            continue;
        }
        out.write_all(b.text.as_bytes())?;
        out.write_all(b"\n\n")?;
    }
    Ok(())
}

/// What `legajo text` prints: every block a reader sees, in reading order, without page
/// furniture; a blank line between blocks. Footnotes are `footnote` blocks at the end of
/// the page they are printed on.
pub fn render_text(rec: &Record) -> String {
    let mut out = String::new();
    for p in &rec.pages {
        for b in &p.blocks {
            if b.kind.is_furniture() || b.text.is_empty() {
                continue;
            }
            out.push_str(&b.text);
            out.push_str("\n\n");
        }
    }
    out
}
