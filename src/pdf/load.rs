//! Opening a PDF: header sniffing, repair, decryption, page-tree walk, Info metadata.
//! Encrypted files are decrypted by lopdf, or by our own standard security handler
//! (`decrypt`) when lopdf cannot (an `/Encrypt` dictionary written directly in the trailer).
//!
//! In: bytes and [`Limits`]. Out: a [`PdfDocument`] (the parsed object graph plus the list
//! of pages with their displayed geometry) or a [`PdfError`] that says, in words a person
//! understands, why the file cannot be read. Damaged cross-reference data is repaired by
//! `lopdf` (a full scan of the file); cycles in the page tree are cut.

use std::collections::HashSet;

use lopdf::{Dictionary, Document, LoadOptions, Object, ObjectId};
use thiserror::Error;

use crate::config::Limits;
use crate::model::{Diagnostic, Level};

/// Why a file could not be opened as a PDF at all.
#[derive(Debug, Error)]
pub enum PdfError {
    /// The file has no bytes.
    #[error("the file is empty (0 bytes)")]
    Empty,
    /// No `%PDF-` header: says what the bytes look like instead.
    #[error("not a PDF: no %PDF- header in the first 1024 bytes; the file looks like {0}")]
    NotPdf(&'static str),
    /// Larger than the configured limit.
    #[error("the file is {size} bytes, over the limit of {limit} bytes (limit.file_bytes)")]
    TooLarge {
        /// Actual size.
        size: u64,
        /// Configured limit.
        limit: u64,
    },
    /// Encrypted, and neither the empty password nor the given one opens it.
    #[error("the PDF is encrypted with a user password; supply it with --password")]
    Password,
    /// Encrypted with a scheme that could not be decrypted.
    #[error("the PDF is encrypted and could not be decrypted: {0}")]
    Decryption(String),
    /// The structure is too damaged to find any object, trailer or page tree.
    #[error("the PDF structure could not be read: {0}")]
    Structure(String),
    /// Parsed, but there is no catalog or page tree to read pages from.
    #[error("the PDF has no readable page tree: {0}")]
    NoPages(String),
}

impl PdfError {
    /// Stable diagnostic code for this error.
    pub fn code(&self) -> &'static str {
        match self {
            PdfError::Empty => "input.empty",
            PdfError::NotPdf(_) => "input.not_pdf",
            PdfError::TooLarge { .. } => "limit.file_bytes",
            PdfError::Password => "pdf.password",
            PdfError::Decryption(_) => "pdf.decryption",
            PdfError::Structure(_) => "pdf.structure",
            PdfError::NoPages(_) => "pdf.no_pages",
        }
    }
}

/// Geometry of one page as displayed.
#[derive(Debug, Clone, Copy)]
pub struct PageGeometry {
    /// The page object.
    pub id: ObjectId,
    /// CropBox (or MediaBox) `[llx, lly, urx, ury]` in default user space.
    pub crop: [f32; 4],
    /// `/Rotate`, normalised to 0, 90, 180 or 270.
    pub rotate: u16,
    /// An entry of the page tree that could not be read (`pdf.page_missing`): it keeps its
    /// place, so that the pages after it keep their numbers, and is read as an empty page.
    pub missing: bool,
}

/// An opened PDF.
pub struct PdfDocument {
    /// The parsed object graph.
    pub doc: Document,
    /// Pages in order, as found by a cycle-safe walk of the page tree.
    pub pages: Vec<PageGeometry>,
    /// Problems found while opening (repairs, cut cycles, dropped pages).
    pub diagnostics: Vec<Diagnostic>,
}

impl PdfDocument {
    /// Displayed `(width, height)` of page `index` (0-based), after rotation.
    pub fn page_size(&self, index: usize) -> (f32, f32) {
        match self.pages.get(index) {
            Some(g) => {
                let w = (g.crop[2] - g.crop[0]).abs();
                let h = (g.crop[3] - g.crop[1]).abs();
                if g.rotate % 180 == 90 {
                    (h, w)
                } else {
                    (w, h)
                }
            }
            None => (0.0, 0.0),
        }
    }

    /// The catalog's XMP metadata packet (`/Metadata` stream), decoded as UTF-8, if any
    /// (at most 1 MiB).
    pub fn xmp(&self) -> Option<String> {
        let catalog = self.doc.catalog().ok()?;
        let Object::Stream(s) = resolve(&self.doc, catalog.get(b"Metadata").ok()?)? else { return None };
        let data = s.decompressed_content_with_limit(1 << 20).ok().unwrap_or_else(|| s.content.clone());
        (data.len() <= 1 << 20).then(|| String::from_utf8_lossy(&data).into_owned())
    }

    /// A string from the document Info dictionary (`Title`, `Author`, `Producer`, …).
    pub fn info(&self, key: &[u8]) -> Option<String> {
        let info = self.doc.trailer.get(b"Info").ok()?;
        let dict = match info {
            Object::Reference(id) => self.doc.get_dictionary(*id).ok()?,
            Object::Dictionary(d) => d,
            _ => return None,
        };
        let value = resolve(&self.doc, dict.get(key).ok()?)?;
        let s = match value {
            Object::String(bytes, _) => decode_text_string(bytes),
            Object::Name(n) => String::from_utf8_lossy(n).into_owned(),
            _ => return None,
        };
        let s = s.trim_matches(|c: char| c.is_whitespace() || c == '\0').to_string();
        (!s.is_empty()).then_some(s)
    }
}

/// Opens `bytes` as a PDF, within `limits`, trying the empty password and then `password`.
pub fn load(bytes: &[u8], limits: &Limits, password: Option<&str>) -> Result<PdfDocument, PdfError> {
    if bytes.is_empty() {
        return Err(PdfError::Empty);
    }
    if bytes.len() as u64 > limits.max_file_bytes {
        return Err(PdfError::TooLarge { size: bytes.len() as u64, limit: limits.max_file_bytes });
    }
    let head = &bytes[..bytes.len().min(1024)];
    if !head.windows(5).any(|w| w == b"%PDF-") {
        return Err(PdfError::NotPdf(sniff(bytes)));
    }
    match open(bytes, limits, password, Vec::new()) {
        Err(e @ (PdfError::Structure(_) | PdfError::NoPages(_))) => {
            // Objects that do not start a line are invisible to the parser's rebuild of a
            // missing cross-reference table: try again with each on a line of its own.
            let Some(fixed) = super::recover::objects_on_their_own_lines(bytes) else { return Err(e) };
            let repaired = Diagnostic::new(
                Level::Warning,
                "pdf.repaired",
                "objects written on one line without a usable cross-reference table were found by scanning the file",
            );
            open(&fixed, limits, password, vec![repaired]).map_err(|_| e)
        }
        other => other,
    }
}

/// [`load`] past the checks of the file's size and header, with the diagnostics so far.
fn open(
    bytes: &[u8],
    limits: &Limits,
    password: Option<&str>,
    diagnostics: Vec<Diagnostic>,
) -> Result<PdfDocument, PdfError> {
    let options = |pw: Option<&str>| LoadOptions {
        password: pw.map(str::to_string),
        max_decompressed_size: Some(limits.max_stream_bytes),
        ..LoadOptions::default()
    };
    // The empty user password first (most "protected" government PDFs open without one),
    // then the one supplied; when lopdf cannot decrypt the file with either, our own
    // standard security handler tries both (see `decrypt`).
    let mut doc = open_with(bytes, options(None))?;
    let mut crypt = if doc.encryption_state.is_some() { Crypt::Lopdf } else { Crypt::None };
    if needs_password(&doc) {
        let by_lopdf = match password {
            Some(pw) => open_with(bytes, options(Some(pw))).ok().filter(|d| !needs_password(d)),
            None => None,
        };
        (doc, crypt) = match by_lopdf {
            Some(d) => (d, Crypt::Lopdf),
            None => {
                let (d, dec) = open_decrypting(bytes, limits, password)?;
                (d, Crypt::Own(Box::new(dec)))
            }
        };
    }
    finish(doc, crypt, bytes, limits, diagnostics)
}

/// [`load`] forced through our own security handler even where lopdf could decrypt the file
/// (tests compare the two).
#[cfg(test)]
pub(super) fn load_own(bytes: &[u8], limits: &Limits, password: Option<&str>) -> Result<PdfDocument, PdfError> {
    let (doc, dec) = open_decrypting(bytes, limits, password)?;
    finish(doc, Crypt::Own(Box::new(dec)), bytes, limits, Vec::new())
}

/// Page tree, repairs and their diagnostics, once the document is parsed and decrypted.
fn finish(
    mut doc: Document,
    crypt: Crypt,
    bytes: &[u8],
    limits: &Limits,
    mut diagnostics: Vec<Diagnostic>,
) -> Result<PdfDocument, PdfError> {
    if matches!(crypt, Crypt::Lopdf) {
        // lopdf decrypts a stream with its own `/Crypt` filter but leaves the filter in its
        // list, where no decoder knows it.
        for obj in doc.objects.values_mut() {
            if let Object::Stream(s) = obj {
                super::decrypt::take_crypt_filter(s);
            }
        }
    }
    if doc.xref_recovery.is_some() && !diagnostics.iter().any(|d| d.code == "pdf.repaired") {
        diagnostics.push(Diagnostic::new(
            Level::Warning,
            "pdf.repaired",
            "the cross-reference table was damaged; objects were found by scanning the file",
        ));
    }
    let pages = walk_pages(&doc, limits, &mut diagnostics)?;
    // Streams read back from the raw bytes of an encrypted file are still encrypted.
    let before: Option<HashSet<ObjectId>> =
        (!matches!(crypt, Crypt::None)).then(|| doc.objects.keys().copied().collect());
    let recovered = super::recover::missing_content_streams(&mut doc, bytes, &pages);
    if recovered > 0 {
        if let Some(before) = before {
            decrypt_recovered(&mut doc, &crypt, &before);
        }
        diagnostics.push(Diagnostic::new(
            Level::Warning,
            "pdf.repaired",
            format!("{recovered} page content stream(s) with a wrong or missing /Length were recovered by scanning the file"),
        ));
    }
    Ok(PdfDocument { doc, pages, diagnostics })
}

/// Decrypts the objects of `doc` that are not in `before` (recovered from the raw bytes).
fn decrypt_recovered(doc: &mut Document, crypt: &Crypt, before: &HashSet<ObjectId>) {
    let state = doc.encryption_state.clone();
    for (id, obj) in doc.objects.iter_mut().filter(|(id, _)| !before.contains(id)) {
        match (crypt, &state) {
            (Crypt::Own(dec), _) => dec.decrypt_object(*id, obj),
            (Crypt::Lopdf, Some(state)) => {
                let _ = lopdf::encryption::decrypt_object(state, *id, obj);
            }
            _ => {}
        }
    }
}

/// Who decrypted the document, for streams recovered later from the raw bytes.
enum Crypt {
    /// Not encrypted.
    None,
    /// lopdf, whose state is in `Document::encryption_state`.
    Lopdf,
    /// Our own standard security handler.
    Own(Box<super::decrypt::Decryptor>),
}

/// Opens an encrypted file that lopdf could not decrypt: parses it with the `/Encrypt` key
/// masked (so nothing is decrypted while loading), then decrypts every object with our own
/// standard security handler, trying the empty password and then `password`.
pub(super) fn open_decrypting(
    bytes: &[u8],
    limits: &Limits,
    password: Option<&str>,
) -> Result<(Document, super::decrypt::Decryptor), PdfError> {
    use super::decrypt::{self, CryptError};
    let Some(masked) = decrypt::mask_encrypt_key(bytes) else { return Err(PdfError::Password) };
    let options = LoadOptions {
        max_decompressed_size: Some(limits.max_stream_bytes),
        filter: Some(decrypt::hide_object_streams),
        ..LoadOptions::default()
    };
    let mut doc = open_with(&masked, options)?;
    let mut passwords = vec![""];
    passwords.extend(password.filter(|p| !p.is_empty()));
    match decrypt::decrypt_document(&mut doc, &passwords, limits.max_stream_bytes, limits.max_document_stream_bytes) {
        Ok(dec) => Ok((doc, dec)),
        Err(CryptError::Password) => Err(PdfError::Password),
        Err(e) => Err(PdfError::Decryption(e.to_string())),
    }
}

/// Parses with `options`, classifying lopdf's errors.
fn open_with(bytes: &[u8], options: LoadOptions) -> Result<Document, PdfError> {
    match Document::load_mem_with_options(bytes, options) {
        Ok(doc) => Ok(doc),
        Err(e) if is_password_error(&e) => Err(PdfError::Password),
        Err(lopdf::Error::Decryption(e)) => Err(PdfError::Decryption(e.to_string())),
        Err(e) => Err(PdfError::Structure(describe_lopdf_error(&e))),
    }
}

/// An encrypted file that lopdf could not decrypt loads with no objects and no state.
fn needs_password(doc: &Document) -> bool {
    doc.trailer.has(b"Encrypt") && doc.encryption_state.is_none()
}

fn is_password_error(e: &lopdf::Error) -> bool {
    match e {
        lopdf::Error::InvalidPassword => true,
        lopdf::Error::Decryption(d) => {
            let s = d.to_string().to_lowercase();
            s.contains("password")
        }
        _ => false,
    }
}

fn describe_lopdf_error(e: &lopdf::Error) -> String {
    let mut s = e.to_string();
    let mut src = std::error::Error::source(e);
    while let Some(inner) = src {
        s.push_str(": ");
        s.push_str(&inner.to_string());
        src = inner.source();
    }
    s
}

/// What a file without a PDF header looks like, for the error message.
fn sniff(bytes: &[u8]) -> &'static str {
    let head: Vec<u8> = bytes.iter().take(512).map(|b| b.to_ascii_lowercase()).collect();
    let trimmed: &[u8] = {
        let start = head.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(head.len());
        &head[start..]
    };
    let starts = |p: &[u8]| trimmed.starts_with(p) || head.starts_with(p);
    if starts(b"<!doctype html") || starts(b"<html") || head.windows(5).any(|w| w == b"<body") {
        "an HTML page (a download that returned an error page?)"
    } else if starts(b"<?xml") {
        "an XML document"
    } else if starts(b"\x89png") {
        "a PNG image"
    } else if starts(b"\xff\xd8\xff") {
        "a JPEG image"
    } else if starts(b"pk\x03\x04") {
        "a ZIP archive (a .docx/.odt/.xlsx document?)"
    } else if starts(b"\xd0\xcf\x11\xe0") {
        "an old Microsoft Office document (.doc/.xls)"
    } else if starts(b"{\\rtf") {
        "an RTF document"
    } else if std::str::from_utf8(&bytes[..bytes.len().min(4096)]).is_ok() {
        "plain text"
    } else {
        "binary data of an unknown kind"
    }
}

/// Follows a chain of references (bounded) to a direct object.
pub(crate) fn resolve<'a>(doc: &'a Document, mut obj: &'a Object) -> Option<&'a Object> {
    for _ in 0..32 {
        match obj {
            Object::Reference(id) => obj = doc.get_object(*id).ok()?,
            other => return Some(other),
        }
    }
    None
}

/// Decodes a PDF text string: UTF-16BE with BOM, UTF-8 with BOM, else PDFDocEncoding
/// (approximated by Latin-1 with the PDFDoc upper-range punctuation).
pub fn decode_text_string(bytes: &[u8]) -> String {
    if bytes.starts_with(&[0xFE, 0xFF]) {
        let units: Vec<u16> = bytes[2..].chunks_exact(2).map(|c| u16::from_be_bytes([c[0], c[1]])).collect();
        return String::from_utf16_lossy(&units);
    }
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return String::from_utf8_lossy(&bytes[3..]).into_owned();
    }
    // pdfTeX and some office exporters write UTF-8 without a BOM: bytes that are valid
    // UTF-8 with a multi-byte sequence are read so ("Ã³" in PDFDocEncoding is no title).
    if bytes.iter().any(|&b| b >= 0x80) {
        if let Ok(s) = std::str::from_utf8(bytes) {
            return s.to_string();
        }
    }
    bytes.iter().map(|&b| pdfdoc_char(b)).collect()
}

pub(super) fn pdfdoc_char(b: u8) -> char {
    match b {
        0x80 => '•',
        0x81 => '†',
        0x82 => '‡',
        0x83 => '…',
        0x84 => '—',
        0x85 => '–',
        0x86 => 'ƒ',
        0x87 => '⁄',
        0x88 => '‹',
        0x89 => '›',
        0x8A => '−',
        0x8B => '‰',
        0x8C => '„',
        0x8D => '“',
        0x8E => '”',
        0x8F => '‘',
        0x90 => '’',
        0x91 => '‚',
        0x92 => '™',
        0x93 => 'ﬁ',
        0x94 => 'ﬂ',
        0x95 => 'Ł',
        0x96 => 'Œ',
        0x97 => 'Š',
        0x98 => 'Ÿ',
        0x99 => 'Ž',
        0x9A => 'ı',
        0x9B => 'ł',
        0x9C => 'œ',
        0x9D => 'š',
        0x9E => 'ž',
        0xA0 => '€',
        other => other as char,
    }
}

/// Keys that only a page has among the objects a page tree may wrongly point at (not
/// /Parent: outline items have one too).
const PAGE_KEYS: [&[u8]; 6] = [b"Contents", b"Resources", b"MediaBox", b"CropBox", b"Rotate", b"Annots"];

/// Walks the page tree from the catalog, cutting cycles and ignoring a lying `/Count`.
fn walk_pages(
    doc: &Document,
    limits: &Limits,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<Vec<PageGeometry>, PdfError> {
    let root = doc
        .trailer
        .get(b"Root")
        .ok()
        .and_then(|o| resolve(doc, o))
        .and_then(|o| o.as_dict().ok())
        .ok_or_else(|| PdfError::NoPages("no document catalog (/Root)".into()))?;
    let pages_ref = root.get(b"Pages").map_err(|_| PdfError::NoPages("the catalog has no /Pages".into()))?;
    let mut out = Vec::new();
    let mut visited: HashSet<ObjectId> = HashSet::new();
    let mut cycles = 0usize;
    // Kids that are not there (a missing object, one that is not a dictionary): each is a
    // page (or a subtree of pages) that cannot be read, and keeps one page's place.
    let mut unreadable: Vec<String> = Vec::new();
    let mut missing = |what: String, inherited: &Inherited, out: &mut Vec<PageGeometry>| {
        unreadable.push(format!("page {} ({what})", out.len() + 1));
        out.push(PageGeometry { missing: true, ..inherited.geometry((0, 0)) });
    };
    // Explicit stack: (node, inherited MediaBox, CropBox, Rotate).
    let mut stack: Vec<(Object, Inherited)> = vec![(pages_ref.clone(), Inherited::default())];
    while let Some((node, inherited)) = stack.pop() {
        if out.len() >= limits.max_pages {
            diagnostics.push(Diagnostic::new(
                Level::Error,
                "limit.pages",
                format!("only the first {} pages were read (limit.pages)", limits.max_pages),
            ));
            break;
        }
        let (id, dict) = match &node {
            Object::Reference(id) => {
                if !visited.insert(*id) {
                    cycles += 1;
                    continue;
                }
                match doc.get_object(*id).ok().and_then(|o| resolve(doc, o)).and_then(|o| o.as_dict().ok()) {
                    Some(d) => (Some(*id), d),
                    None => {
                        missing(format!("{} {} R", id.0, id.1), &inherited, &mut out);
                        continue;
                    }
                }
            }
            Object::Dictionary(d) => (None, d),
            other => {
                missing(format!("a {}", other.enum_variant()), &inherited, &mut out);
                continue;
            }
        };
        let here = inherited.merge(doc, dict);
        let is_pages = dict.get(b"Kids").is_ok()
            && !matches!(dict.get(b"Type").ok().and_then(|t| t.as_name().ok()), Some(b"Page"));
        if is_pages {
            if let Some(Object::Array(kids)) = dict.get(b"Kids").ok().and_then(|k| resolve(doc, k)) {
                for kid in kids.iter().rev() {
                    stack.push((kid.clone(), here.clone()));
                }
            }
        } else if let Some(id) = id {
            // A leaf that says it is something else (a font, an annotation: a renumbered or
            // misdirected object) is no page; one without a /Type is taken for a page when it
            // has a key only pages have.
            let kind = dict.get(b"Type").ok().and_then(|t| t.as_name().ok());
            let page_like = PAGE_KEYS.iter().any(|k| dict.has(k));
            if kind.map_or(!page_like, |t| t != b"Page" && t != b"Pages") {
                missing(format!("{} {} R", id.0, id.1), &here, &mut out);
                continue;
            }
            let page = here.geometry(id);
            if let Some(r) = here.rotate.filter(|r| r.rem_euclid(90) != 0) {
                diagnostics.push(
                    Diagnostic::new(
                        Level::Warning,
                        "pdf.rotate",
                        format!("/Rotate {r} is not a multiple of 90; the page was read turned {}°", page.rotate),
                    )
                    .on_page(out.len() as u32 + 1),
                );
            }
            out.push(page);
        }
    }
    if cycles > 0 {
        diagnostics.push(Diagnostic::new(
            Level::Warning,
            "pdf.page_tree_cycle",
            format!("the page tree refers back to itself ({cycles} loop(s) cut); each page was read once"),
        ));
    }
    if out.iter().all(|p| p.missing) {
        return Err(PdfError::NoPages("the page tree holds no pages".into()));
    }
    if !unreadable.is_empty() {
        let shown: Vec<&str> = unreadable.iter().take(5).map(String::as_str).collect();
        diagnostics.push(Diagnostic::new(
            Level::Error,
            "pdf.page_missing",
            format!(
                "{} entr{} of the page tree could not be read ({}{}: missing, damaged or not a page); each was kept as an empty page, so the pages after it keep their numbers",
                unreadable.len(),
                if unreadable.len() == 1 { "y" } else { "ies" },
                shown.join(", "),
                if unreadable.len() > shown.len() { ", …" } else { "" },
            ),
        ));
    }
    Ok(out)
}

#[derive(Debug, Clone, Default)]
struct Inherited {
    media: Option<[f32; 4]>,
    crop: Option<[f32; 4]>,
    rotate: Option<i64>,
}

impl Inherited {
    fn merge(&self, doc: &Document, dict: &Dictionary) -> Inherited {
        let rect = |key: &[u8]| dict.get(key).ok().and_then(|o| resolve(doc, o)).and_then(|o| as_rect(doc, o));
        Inherited {
            media: rect(b"MediaBox").or(self.media),
            crop: rect(b"CropBox").or(self.crop),
            rotate: dict
                .get(b"Rotate")
                .ok()
                .and_then(|o| resolve(doc, o))
                .and_then(|o| o.as_i64().ok())
                .or(self.rotate),
        }
    }

    fn geometry(&self, id: ObjectId) -> PageGeometry {
        const LETTER: [f32; 4] = [0.0, 0.0, 612.0, 792.0];
        let media = self.media.unwrap_or(LETTER);
        // The CropBox is clipped to the MediaBox; a degenerate one falls back to the MediaBox.
        let crop = match self.crop {
            Some(c) => {
                let x0 = c[0].max(media[0]);
                let y0 = c[1].max(media[1]);
                let x1 = c[2].min(media[2]);
                let y1 = c[3].min(media[3]);
                if x1 - x0 > 1.0 && y1 - y0 > 1.0 {
                    [x0, y0, x1, y1]
                } else {
                    media
                }
            }
            None => media,
        };
        // To the nearest quarter turn (a /Rotate that is not one is reported by the caller).
        let rotate = ((self.rotate.unwrap_or(0).rem_euclid(360) + 45) / 90 * 90 % 360) as u16;
        PageGeometry { id, crop, rotate, missing: false }
    }
}

fn as_rect(doc: &Document, o: &Object) -> Option<[f32; 4]> {
    let arr = o.as_array().ok()?;
    if arr.len() != 4 {
        return None;
    }
    let mut v = [0f32; 4];
    for (slot, item) in v.iter_mut().zip(arr) {
        *slot = match resolve(doc, item)? {
            Object::Integer(i) => *i as f32,
            Object::Real(r) => *r,
            _ => return None,
        };
        if !slot.is_finite() {
            return None;
        }
    }
    let r = [v[0].min(v[2]), v[1].min(v[3]), v[0].max(v[2]), v[1].max(v[3])];
    (r[2] - r[0] > 1.0 && r[3] - r[1] > 1.0).then_some(r)
}

#[cfg(test)]
mod text_string_tests {
    use super::decode_text_string;

    #[test]
    fn text_strings_utf16_utf8_with_and_without_bom_and_pdfdoc() {
        assert_eq!(decode_text_string(&[0xFE, 0xFF, 0x00, 0x41, 0x00, 0xF3]), "Aó");
        assert_eq!(decode_text_string("\u{FEFF}participación".as_bytes()), "participación");
        assert_eq!(decode_text_string("participación".as_bytes()), "participación");
        // Latin-1 bytes that are not UTF-8 stay PDFDocEncoding.
        assert_eq!(decode_text_string(&[b'P', b'e', b'r', 0xFA]), "Perú");
        assert_eq!(decode_text_string(b"plain"), "plain");
    }
}
