//! Fonts: from a font dictionary to "this string shows these glyphs, with this Unicode text
//! and these advances".
//!
//! In: a `/Font` dictionary (simple Type1/TrueType/MMType1, Type3, or Type0 with its CID
//! descendant). Out: a [`Font`] whose [`Font::decode`] splits a shown string into codes and
//! gives each its Unicode text (ToUnicode first, then the encoding's glyph names, then the
//! embedded font program's own tables), its advance in text space (per unit of font size)
//! and whether it is the single-byte space that word spacing applies to. Style facts (bold,
//! italic, fixed pitch) and vertical metrics come from the descriptor and the name.
//! Superscript figures that a font draws at full size (OpenType `sups` glyphs, whose
//! outlines sit high in the em) are found from the embedded program ([`Font::raised`]), so
//! that the page shows them as the small raised figures a reader sees.

pub mod embedded;
pub mod std14;

use std::sync::OnceLock;

use compact_str::CompactString;
use lopdf::{Dictionary, Document, Object};

use super::cmap::{is_figure, utf16_text, CMap};
use super::encoding::{Base, CodeMap};
use super::glyphlist;
use super::load::resolve;
use super::FontInfo;
use embedded::Embedded;
use std14::Std14;

/// Largest font program or CMap stream decoded.
const MAX_FONT_STREAM: usize = 32 << 20;

/// One shown code.
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
    /// The character code.
    pub code: u32,
    /// Unicode text; `None` when nothing maps it.
    pub text: Option<CompactString>,
    /// Horizontal advance in text space per unit font size (vertical fonts: vertical advance,
    /// negative downwards).
    pub advance: f32,
    /// Single-byte code 32: word spacing applies.
    pub word_space: bool,
    /// The text is a guess from a glyph name that only numbers the glyph.
    pub guessed: bool,
}

/// How a Type0 font's strings are split into codes and codes into CIDs.
#[derive(Debug, Clone)]
enum CidEncoding {
    /// Two-byte codes, CID = code.
    Identity,
    /// Predefined Unicode CMaps: codes are UCS-2 / UTF-16BE and are their own Unicode.
    Unicode { utf16: bool },
    /// An embedded CMap stream.
    Embedded(Box<CMap>),
    /// A predefined legacy CMap whose bytes a standard charset decoder reads.
    Legacy(&'static encoding_rs::Encoding),
}

#[derive(Debug, Clone)]
enum Kind {
    Simple { codes: CodeMap, widths: Vec<f32>, std: Option<Std14> },
    Type0 { enc: CidEncoding, widths: CidWidths, cid_to_gid: Option<Vec<u16>> },
    Type3 { codes: CodeMap, widths: Vec<f32>, matrix: [f32; 6] },
}

/// `/W` and `/DW` of a CID font.
#[derive(Debug, Clone, Default)]
struct CidWidths {
    single: super::inthash::IntMap<u32, f32>,
    ranges: Vec<(u32, u32, f32)>,
    default: f32,
}

impl CidWidths {
    fn get(&self, cid: u32) -> f32 {
        if let Some(w) = self.single.get(&cid) {
            return *w;
        }
        self.ranges.iter().find(|(lo, hi, _)| (*lo..=*hi).contains(&cid)).map_or(self.default, |r| r.2)
    }
}

/// A decoded font.
#[derive(Debug, Clone)]
pub struct Font {
    /// Style facts.
    pub info: FontInfo,
    kind: Kind,
    to_unicode: Option<CMap>,
    /// ToUnicode is `/Identity-H`: two-byte codes are their own Unicode.
    to_unicode_identity: bool,
    embedded: Option<Embedded>,
    /// Ascent above the baseline, in text space per unit font size (positive).
    pub ascent: f32,
    /// Descent below the baseline, in text space per unit font size (negative).
    pub descent: f32,
    /// Vertical writing (Identity-V and WMode 1 CMaps).
    pub vertical: bool,
    /// A TeX drawing font ([`is_drawing_font`]): its unmapped glyphs read as nothing.
    drawing: bool,
    /// Its streams (ToUnicode, encoding CMap, program) that are damaged, in words
    /// (`"its ToUnicode CMap is damaged (…)"`); what could be decoded was used.
    pub damaged: Vec<String>,
    /// Simple and Type 3 fonts: what each of the 256 codes decodes to, worked out the
    /// first time the code is shown (the same for every glyph of that code). Empty for
    /// Type 0 fonts.
    shown: Vec<OnceLock<Shown>>,
    /// Superscript figures drawn at full size ([`raised_figures`]), by code.
    raised: Vec<(u32, Raised)>,
}

/// A superscript figure drawn at the full font size (an OpenType `sups` glyph): where a
/// reader sees it, as a smaller figure on a raised baseline.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Raised {
    /// Its baseline's height above the line's, in em of the font size.
    pub rise: f32,
    /// Its size as a fraction of the font size.
    pub scale: f32,
}

/// A figure glyph is a superscript figure when its outline starts at least this many em
/// above the baseline (ordinary and old-style figures sit on it or hang below it)…
const RAISED_FIGURE_BOTTOM: f32 = 0.25;
/// …and is at most this many em tall (a figure of the body is about 0.65 em).
const RAISED_FIGURE_HEIGHT: f32 = 0.5;
/// Height of an ordinary figure, in em, when the descriptor gives no usable `CapHeight`.
const FIGURE_HEIGHT: f32 = 0.7;

/// The code cache of a font of kind `kind` (see [`Font::shown`]).
fn code_cache(kind: &Kind) -> Vec<OnceLock<Shown>> {
    match kind {
        Kind::Simple { .. } | Kind::Type3 { .. } => (0..256).map(|_| OnceLock::new()).collect(),
        Kind::Type0 { .. } => Vec::new(),
    }
}

/// True for the fonts TeX draws pictures and diagrams with — LaTeX's `picture` line and
/// circle pieces (`LINE10`, `LINEW10`, `CIRCLE10`, `CIRCLEW10`) and XY-pic's arrow tips,
/// dashes and curves (`XYATIP10`, `XYBTIP10`, `XYDASH10`, …): their glyphs are strokes of a
/// drawing, not characters, so one without a Unicode mapping is no U+FFFD.
pub fn is_drawing_font(base: &str) -> bool {
    const PREFIXES: [&str; 13] = [
        "LINE10",
        "LINEW10",
        "CIRCLE10",
        "CIRCLEW10",
        "XYATIP",
        "XYBTIP",
        "XYDASH",
        "XYLINE",
        "XYCIRC",
        "XYBSQL",
        "XYCMAT",
        "XYCMBT",
        "XYEUAT",
    ];
    let name = strip_subset(base);
    PREFIXES.iter().any(|p| name.starts_with(p))
}

fn num(doc: &Document, o: &Object) -> Option<f32> {
    match resolve(doc, o)? {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) if r.is_finite() => Some(*r),
        _ => None,
    }
}

fn get<'a>(doc: &'a Document, d: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    resolve(doc, d.get(key).ok()?)
}

fn get_dict<'a>(doc: &'a Document, d: &'a Dictionary, key: &[u8]) -> Option<&'a Dictionary> {
    match get(doc, d, key)? {
        Object::Dictionary(d) => Some(d),
        Object::Stream(s) => Some(&s.dict),
        _ => None,
    }
}

fn get_name<'a>(doc: &'a Document, d: &'a Dictionary, key: &[u8]) -> Option<&'a [u8]> {
    match get(doc, d, key)? {
        Object::Name(n) => Some(n),
        _ => None,
    }
}

/// BaseFont without a subset prefix (`ABCDEF+`).
pub fn strip_subset(name: &str) -> &str {
    match name.split_once('+') {
        Some((tag, rest)) if tag.len() == 6 && tag.bytes().all(|b| b.is_ascii_uppercase()) => rest,
        _ => name,
    }
}

impl Font {
    /// Reads a font dictionary. Never fails: what is missing gets a sane default.
    pub fn load(doc: &Document, dict: &Dictionary) -> Font {
        let subtype =
            get_name(doc, dict, b"Subtype").map(|n| String::from_utf8_lossy(n).into_owned()).unwrap_or_default();
        let base =
            get_name(doc, dict, b"BaseFont").map(|n| String::from_utf8_lossy(n).into_owned()).unwrap_or_else(|| {
                get_name(doc, dict, b"Name").map(|n| String::from_utf8_lossy(n).into_owned()).unwrap_or_default()
            });
        let base = strip_subset(&base).to_string();
        let descendant = if subtype == "Type0" {
            get(doc, dict, b"DescendantFonts").and_then(|o| match o {
                Object::Array(a) => a.first().and_then(|f| resolve(doc, f)).and_then(|f| f.as_dict().ok()),
                Object::Dictionary(d) => Some(d),
                _ => None,
            })
        } else {
            None
        };
        let desc_holder = descendant.unwrap_or(dict);
        let descriptor = get_dict(doc, desc_holder, b"FontDescriptor");
        let std = Std14::classify(&base);
        let info = font_info(doc, &base, descriptor);
        let mut damaged = Vec::new();
        let embedded = descriptor.and_then(|d| Embedded::load(doc, d, MAX_FONT_STREAM, &mut damaged));

        let (to_unicode, to_unicode_identity) = match get(doc, dict, b"ToUnicode") {
            Some(Object::Stream(s)) => {
                let data = font_stream(s, MAX_FONT_STREAM, "ToUnicode CMap", &mut damaged);
                (data.map(|d| CMap::parse(&d)).filter(|c| c.has_unicode()), false)
            }
            Some(Object::Name(n)) => (None, n.starts_with(b"Identity")),
            _ => (None, false),
        };

        let (mut ascent, mut descent) = std.map(|s| s.metrics()).unwrap_or((800.0, -200.0));
        if let Some(d) = descriptor {
            let a = d.get(b"Ascent").ok().and_then(|o| num(doc, o)).unwrap_or(0.0);
            let de = d.get(b"Descent").ok().and_then(|o| num(doc, o)).unwrap_or(0.0);
            if a > 0.0 && a < 3000.0 {
                ascent = a;
            }
            if de < 0.0 && de > -3000.0 {
                descent = de;
            }
        }
        let mut vertical = false;
        let kind = match subtype.as_str() {
            "Type0" => {
                let (enc, v) = cid_encoding(doc, dict, &mut damaged);
                vertical = v;
                let widths = descendant
                    .map(|d| cid_widths(doc, d))
                    .unwrap_or(CidWidths { default: 1000.0, ..Default::default() });
                let cid_to_gid = descendant.and_then(|d| match get(doc, d, b"CIDToGIDMap") {
                    Some(Object::Stream(s)) => font_stream(s, 1 << 20, "CIDToGIDMap", &mut damaged)
                        .map(|b| b.chunks_exact(2).map(|c| u16::from_be_bytes([c[0], c[1]])).collect::<Vec<u16>>()),
                    _ => None,
                });
                Kind::Type0 { enc, widths, cid_to_gid }
            }
            "Type3" => {
                let matrix = get(doc, dict, b"FontMatrix")
                    .and_then(|o| o.as_array().ok())
                    .and_then(|a| {
                        let v: Vec<f32> = a.iter().filter_map(|x| num(doc, x)).collect();
                        <[f32; 6]>::try_from(v.as_slice()).ok()
                    })
                    .filter(|m| m.iter().all(|x| x.is_finite()) && (m[0] != 0.0 || m[1] != 0.0))
                    .unwrap_or([0.001, 0.0, 0.0, 0.001, 0.0, 0.0]);
                let codes = simple_codes(doc, dict, None, descriptor, embedded.as_ref(), true);
                let widths = simple_widths(doc, dict);
                if let Some(bbox) = get(doc, dict, b"FontBBox").and_then(|o| o.as_array().ok()) {
                    let v: Vec<f32> = bbox.iter().filter_map(|x| num(doc, x)).collect();
                    if let [_, y0, _, y1] = v.as_slice() {
                        let (lo, hi) = (y0.min(*y1) * matrix[3] * 1000.0, y0.max(*y1) * matrix[3] * 1000.0);
                        if hi > lo && hi > 0.0 && hi < 3000.0 && lo > -3000.0 {
                            ascent = hi;
                            descent = lo.min(0.0);
                        }
                    }
                }
                Kind::Type3 { codes, widths, matrix }
            }
            _ => {
                let codes = simple_codes(doc, dict, std, descriptor, embedded.as_ref(), false);
                let widths = simple_widths(doc, dict);
                Kind::Simple { codes, widths, std }
            }
        };
        let missing_width = descriptor.and_then(|d| d.get(b"MissingWidth").ok()).and_then(|o| num(doc, o));
        let mut font = Font {
            info,
            kind,
            to_unicode,
            to_unicode_identity,
            embedded,
            ascent: ascent / 1000.0,
            descent: descent / 1000.0,
            vertical,
            drawing: is_drawing_font(&base),
            damaged,
            shown: Vec::new(),
            raised: Vec::new(),
        };
        if let (Some(mw), Kind::Simple { widths, .. }) = (missing_width, &mut font.kind) {
            for w in widths.iter_mut().filter(|w| w.is_nan()) {
                *w = mw;
            }
        }
        let cap = descriptor
            .and_then(|d| d.get(b"CapHeight").ok())
            .and_then(|o| num(doc, o))
            .map(|c| c / 1000.0)
            .filter(|c| (0.4..0.9).contains(c))
            .unwrap_or(FIGURE_HEIGHT);
        font.raised = font.raised_figures(cap);
        if let Some(e) = font.embedded.as_mut() {
            e.release_program();
        }
        font.shown = code_cache(&font.kind);
        font
    }

    /// True when some code of the font is a superscript figure drawn at full size.
    #[inline]
    pub fn has_raised(&self) -> bool {
        !self.raised.is_empty()
    }

    /// How code `code` is raised when it is a superscript figure drawn at full size.
    #[inline]
    pub fn raised(&self, code: u32) -> Option<Raised> {
        self.raised.iter().find(|(c, _)| *c == code).map(|(_, r)| *r)
    }

    /// The figure ("0" … "9", as a byte) that code `code` reads as, if any.
    fn figure_of(&self, code: u32) -> Option<u8> {
        let text = match &self.kind {
            Kind::Simple { codes, .. } => match self.to_unicode.as_ref() {
                Some(tu) => tu.unicode(code),
                None => u8::try_from(code).ok().and_then(|b| codes.get(b)).map(CompactString::from),
            },
            _ => self.to_unicode.as_ref().and_then(|tu| tu.unicode(code)),
        };
        text.filter(|t| is_figure(t)).map(|t| t.as_bytes()[0])
    }

    /// The codes whose text is one decimal figure and whose glyph, in the embedded program,
    /// is a superscript figure: its outline starts [`RAISED_FIGURE_BOTTOM`] em above the
    /// baseline or higher and is at most [`RAISED_FIGURE_HEIGHT`] em tall. Such glyphs
    /// (OpenType `sups`, which Typst sets footnote marks with) show a small raised figure
    /// while the text layer puts them at full size on the baseline. `cap`: the height of an
    /// ordinary figure, which gives the scale.
    fn raised_figures(&self, cap: f32) -> Vec<(u32, Raised)> {
        let Some(e) = self.embedded.as_ref() else { return Vec::new() };
        let mut codes: Vec<(u32, u32)> = Vec::new();
        match &self.kind {
            Kind::Type0 { enc, cid_to_gid, .. } => {
                let Some(tu) = self.to_unicode.as_ref() else { return Vec::new() };
                for code in tu.codes_of_digits(embedded::MAX_MEASURED) {
                    let cid = match enc {
                        CidEncoding::Identity => code,
                        CidEncoding::Embedded(cmap) => cmap.cid(code).unwrap_or(code),
                        _ => continue,
                    };
                    let gid = match cid_to_gid {
                        Some(map) => map.get(cid as usize).map(|g| *g as u32),
                        None => e.gid_for_cid(cid).or(Some(cid)),
                    };
                    if let Some(g) = gid {
                        codes.push((code, g));
                    }
                }
            }
            Kind::Simple { codes: map, .. } => {
                let figures: Vec<u8> = match self.to_unicode.as_ref() {
                    Some(tu) => tu
                        .codes_of_digits(embedded::MAX_MEASURED)
                        .into_iter()
                        .filter_map(|c| u8::try_from(c).ok())
                        .collect(),
                    None => (0..=255u8).filter(|&b| map.get(b).is_some_and(is_figure)).collect(),
                };
                for b in figures {
                    let name = map.names.get(b as usize).and_then(|n| n.as_deref());
                    if let Some(g) = e.gid_for_code(b, name) {
                        codes.push((b as u32, g));
                    }
                }
            }
            Kind::Type3 { .. } => return Vec::new(),
        }
        // Only a font with a second set of figures (two glyphs read as one figure) can have
        // superscript ones beside those of its text.
        let texts: Vec<Option<u8>> = codes.iter().map(|&(c, _)| self.figure_of(c)).collect();
        let second_set = texts.iter().enumerate().any(|(i, t)| t.is_some() && texts[..i].contains(t));
        if !second_set {
            return Vec::new();
        }
        let gids: Vec<u32> = codes.iter().map(|c| c.1).collect();
        let extents = e.outline_extents(&gids);
        codes
            .iter()
            .zip(extents)
            .filter_map(|(&(code, _), ext)| ext.and_then(|e| raised_figure(e, cap)).map(|r| (code, r)))
            .collect()
    }

    /// A stand-in for a font that could not be found (StandardEncoding, Helvetica widths).
    pub fn fallback() -> Font {
        let std = Some(Std14::Helvetica { bold: false });
        let kind = Kind::Simple { codes: CodeMap::from_base(Base::WinAnsi), widths: vec![f32::NAN; 256], std };
        Font {
            info: FontInfo { name: "(missing font)".into(), bold: false, italic: false, monospace: false },
            shown: code_cache(&kind),
            kind,
            to_unicode: None,
            to_unicode_identity: false,
            embedded: None,
            ascent: 0.718,
            descent: -0.207,
            vertical: false,
            drawing: false,
            damaged: Vec::new(),
            raised: Vec::new(),
        }
    }

    /// Splits `bytes` into shown codes.
    pub fn decode(&self, bytes: &[u8], out: &mut Vec<Shown>) {
        if self.shown.len() == 256 {
            for &b in bytes {
                let shown = self.shown[b as usize].get_or_init(|| {
                    let mut one = Vec::with_capacity(1);
                    self.decode_codes(&[b], &mut one);
                    one.pop().unwrap_or(Shown {
                        code: b as u32,
                        text: None,
                        advance: 0.0,
                        word_space: false,
                        guessed: false,
                    })
                });
                out.push(shown.clone());
            }
            return;
        }
        self.decode_codes(bytes, out);
    }

    /// [`Font::decode`] without the code cache.
    fn decode_codes(&self, bytes: &[u8], out: &mut Vec<Shown>) {
        match &self.kind {
            Kind::Simple { codes, widths, std } => {
                for &b in bytes {
                    let (text, guessed) = self.simple_text(codes, b);
                    let mut w = widths.get(b as usize).copied().unwrap_or(f32::NAN);
                    if w.is_nan() {
                        let ch = text.as_deref().and_then(|t| t.chars().next());
                        w = std
                            .and_then(|s| s.width(ch, b))
                            .map(|w| w as f32)
                            .or_else(|| {
                                self.embedded.as_ref().and_then(|e| {
                                    e.advance_for_code(b, codes.names.get(b as usize).and_then(|n| n.as_deref()))
                                })
                            })
                            .unwrap_or(if b == 32 { 250.0 } else { 500.0 });
                    }
                    out.push(Shown { code: b as u32, text, advance: w / 1000.0, word_space: b == 32, guessed });
                }
            }
            Kind::Type3 { codes, widths, matrix } => {
                for &b in bytes {
                    let (text, guessed) = self.simple_text(codes, b);
                    let w = widths.get(b as usize).copied().filter(|w| !w.is_nan()).unwrap_or(0.0);
                    out.push(Shown { code: b as u32, text, advance: w * matrix[0], word_space: b == 32, guessed });
                }
            }
            Kind::Type0 { enc, widths, cid_to_gid } => {
                let mut pos = 0;
                let mut guard = 0usize;
                while pos < bytes.len() && guard < bytes.len() + 1 {
                    guard += 1;
                    let rest = &bytes[pos..];
                    let (code, len, cid, direct) = match enc {
                        CidEncoding::Identity => {
                            let (c, l) = two_byte(rest);
                            (c, l, c, None)
                        }
                        CidEncoding::Unicode { utf16 } => {
                            let (c, l) = two_byte(rest);
                            let (code, len) = if *utf16 && (0xD800..0xDC00).contains(&c) && rest.len() >= 4 {
                                let (lo, _) = two_byte(&rest[2..]);
                                ((c << 16) | lo, 4)
                            } else {
                                (c, l)
                            };
                            let t = utf16_text(rest.get(..len).unwrap_or(rest)).map(CompactString::from);
                            (code, len, code, t)
                        }
                        CidEncoding::Embedded(cmap) => {
                            let (c, l) = cmap.next_code(rest, 2);
                            (c, l, cmap.cid(c).unwrap_or(c), None)
                        }
                        CidEncoding::Legacy(encoding) => {
                            let l = legacy_len(encoding, rest);
                            let chunk = rest.get(..l).unwrap_or(rest);
                            let (s, bad) = encoding.decode_without_bom_handling(chunk);
                            let t = (!bad).then(|| CompactString::from(s)).filter(|s| !s.is_empty());
                            let code = chunk.iter().fold(0u32, |a, &b| (a << 8) | b as u32);
                            (code, l, code, t)
                        }
                    };
                    pos += len.max(1);
                    let text = self.to_unicode_text(code, len).or(direct).or_else(|| {
                        let gid = match cid_to_gid {
                            Some(map) => map.get(cid as usize).map(|g| *g as u32),
                            None => Some(cid),
                        };
                        self.embedded
                            .as_ref()
                            .and_then(|e| gid.and_then(|g| e.unicode_for_gid(g)))
                            .map(CompactString::from)
                    });
                    let w = if self.vertical { -1000.0 } else { widths.get(cid) };
                    out.push(Shown {
                        code,
                        text,
                        advance: w / 1000.0,
                        word_space: len == 1 && code == 32,
                        guessed: false,
                    });
                }
            }
        }
    }

    fn to_unicode_text(&self, code: u32, len: usize) -> Option<CompactString> {
        if let Some(t) = self.to_unicode.as_ref().and_then(|m| m.unicode(code)) {
            return Some(t);
        }
        if self.to_unicode_identity && len == 2 {
            return glyphlist::usable(code).map(|c| std::iter::once(c).collect());
        }
        None
    }

    /// Text of a single-byte code, and whether it is a guess (a drawing font's unmapped
    /// glyph reads as nothing).
    fn simple_text(&self, codes: &CodeMap, b: u8) -> (Option<CompactString>, bool) {
        match self.simple_text_mapped(codes, b) {
            (None, _) if self.drawing => (Some(CompactString::default()), false),
            found => found,
        }
    }

    fn simple_text_mapped(&self, codes: &CodeMap, b: u8) -> (Option<CompactString>, bool) {
        if let Some(t) = self.to_unicode_text(b as u32, 1) {
            return (Some(t), false);
        }
        let name = codes.names.get(b as usize).and_then(|n| n.as_deref());
        let guessed = codes.guessed.get(b as usize).copied().unwrap_or(false);
        if !guessed {
            if let Some(t) = codes.get(b) {
                return (Some(CompactString::from(t)), false);
            }
        }
        if let Some(t) = self.embedded.as_ref().and_then(|e| e.unicode_for_code(b, name)) {
            return (Some(t.into()), false);
        }
        match codes.get(b) {
            Some(t) => (Some(CompactString::from(t)), guessed),
            // Code 32 is the word-space code of every simple font: a space even unnamed.
            None if b == 32 => (Some(CompactString::const_new(" ")), false),
            None => (None, false),
        }
    }
}

/// How a figure glyph whose outline spans `lo`…`hi` em above the baseline is raised, when it
/// is a superscript figure (see [`Font::raised_figures`]); `cap`: an ordinary figure's
/// height, in em.
fn raised_figure((lo, hi): (f32, f32), cap: f32) -> Option<Raised> {
    (lo >= RAISED_FIGURE_BOTTOM && hi - lo <= RAISED_FIGURE_HEIGHT && hi > lo)
        .then(|| Raised { rise: lo, scale: ((hi - lo) / cap).clamp(0.3, 0.8) })
}

fn two_byte(b: &[u8]) -> (u32, usize) {
    match b {
        [hi, lo, ..] => ((*hi as u32) << 8 | *lo as u32, 2),
        [one] => (*one as u32, 1),
        [] => (0, 1),
    }
}

/// Length of the next character in a legacy multi-byte encoding: one byte for ASCII,
/// else two.
fn legacy_len(_enc: &encoding_rs::Encoding, rest: &[u8]) -> usize {
    match rest.first() {
        Some(b) if *b < 0x80 => 1,
        Some(0xA1..=0xDF) if _enc == encoding_rs::SHIFT_JIS => 1,
        Some(_) => rest.len().min(2),
        None => 1,
    }
}

fn font_info(doc: &Document, base: &str, descriptor: Option<&Dictionary>) -> FontInfo {
    let lower = base.to_ascii_lowercase();
    let mut bold = ["bold", "black", "heavy", "semibold", "demi"].iter().any(|k| lower.contains(k));
    let mut italic = lower.contains("italic") || lower.contains("oblique") || lower.ends_with("-it");
    let mut monospace = lower.contains("courier") || lower.contains("mono");
    if let Some(d) = descriptor {
        let flags = d.get(b"Flags").ok().and_then(|o| num(doc, o)).unwrap_or(0.0) as i64;
        monospace |= flags & 1 != 0;
        italic |= flags & 64 != 0;
        bold |= flags & (1 << 18) != 0;
        if let Some(w) = d.get(b"FontWeight").ok().and_then(|o| num(doc, o)) {
            bold |= w >= 600.0;
        }
        if let Some(a) = d.get(b"ItalicAngle").ok().and_then(|o| num(doc, o)) {
            italic |= a.abs() > 1.0;
        }
    }
    FontInfo { name: if base.is_empty() { "(unnamed)".into() } else { base.to_string() }, bold, italic, monospace }
}

/// `/Widths` from `/FirstChar`, NaN where unknown.
fn simple_widths(doc: &Document, dict: &Dictionary) -> Vec<f32> {
    let mut out = vec![f32::NAN; 256];
    let first = dict.get(b"FirstChar").ok().and_then(|o| num(doc, o)).unwrap_or(0.0).max(0.0) as usize;
    if let Some(Object::Array(ws)) = get(doc, dict, b"Widths") {
        for (i, w) in ws.iter().enumerate() {
            if let (Some(slot), Some(w)) = (out.get_mut(first + i), num(doc, w)) {
                *slot = w;
            }
        }
    }
    out
}

/// Code → text for a simple or Type3 font from `/Encoding`, the built-in encoding and the
/// font kind.
fn simple_codes(
    doc: &Document,
    dict: &Dictionary,
    std: Option<Std14>,
    descriptor: Option<&Dictionary>,
    embedded: Option<&Embedded>,
    type3: bool,
) -> CodeMap {
    let flags = descriptor.and_then(|d| d.get(b"Flags").ok()).and_then(|o| num(doc, o)).unwrap_or(0.0) as i64;
    let symbolic = flags & 4 != 0 && flags & 32 == 0;
    let is_truetype = get_name(doc, dict, b"Subtype") == Some(b"TrueType");
    // The font's own encoding: Symbol's built-in, an embedded Type 1 encoding, or Standard.
    let builtin = || -> CodeMap {
        match std {
            Some(Std14::Symbol) => return CodeMap::from_base(Base::Symbol),
            Some(Std14::ZapfDingbats) => return CodeMap::empty(),
            _ => {}
        }
        if let Some(map) = embedded.and_then(|e| e.builtin_encoding()) {
            return map;
        }
        if type3 || (symbolic && embedded.is_some()) {
            CodeMap::empty()
        } else if is_truetype {
            CodeMap::from_base(Base::WinAnsi)
        } else {
            CodeMap::from_base(Base::Standard)
        }
    };
    match get(doc, dict, b"Encoding") {
        Some(Object::Name(n)) => match Base::from_name(n) {
            Some(b) => CodeMap::from_base(b),
            None => builtin(),
        },
        Some(Object::Dictionary(ed)) => {
            let mut map = match get_name(doc, ed, b"BaseEncoding").and_then(Base::from_name) {
                Some(b) => CodeMap::from_base(b),
                None => builtin(),
            };
            if let Some(Object::Array(diffs)) = get(doc, ed, b"Differences") {
                map.apply_differences(doc, diffs);
            }
            map
        }
        _ => builtin(),
    }
}

/// Decodes a stream of a font (`what` names it in a message), noting damage in `damaged`;
/// what was decoded before the damage is used.
pub(super) fn font_stream(s: &lopdf::Stream, limit: usize, what: &str, damaged: &mut Vec<String>) -> Option<Vec<u8>> {
    use super::filters::Problem;
    let d = super::filters::decode(s, limit);
    let why = match d.problem {
        None => return Some(d.data),
        Some(Problem::Corrupt(why)) => format!("is damaged ({why})"),
        Some(Problem::Limit) => format!("decodes to more than {limit} bytes"),
        Some(Problem::Unsupported(f)) => format!("uses the filter {f}, which is not read"),
    };
    let kept = if d.data.is_empty() { "nothing of it was read" } else { "what could be decoded was used" };
    damaged.push(format!("its {what} {why}; {kept}"));
    (!d.data.is_empty()).then_some(d.data)
}

/// The Type0 encoding and whether it writes vertically.
fn cid_encoding(doc: &Document, dict: &Dictionary, damaged: &mut Vec<String>) -> (CidEncoding, bool) {
    match get(doc, dict, b"Encoding") {
        Some(Object::Name(n)) => predefined_cmap(n),
        Some(Object::Stream(s)) => {
            let data = font_stream(s, MAX_FONT_STREAM, "encoding CMap", damaged).unwrap_or_default();
            let cmap = CMap::parse(&data);
            let vertical = cmap.vertical;
            if !cmap.has_cids() {
                if let Some(parent) = cmap.usecmap.clone() {
                    let (enc, v) = predefined_cmap(&parent);
                    return (enc, v || vertical);
                }
                return (CidEncoding::Identity, vertical);
            }
            (CidEncoding::Embedded(Box::new(cmap)), vertical)
        }
        _ => (CidEncoding::Identity, false),
    }
}

/// A predefined CMap by name: Identity, the Unicode ones (UCS2, UTF16) and legacy
/// charsets that a standard decoder reads.
fn predefined_cmap(name: &[u8]) -> (CidEncoding, bool) {
    let name = String::from_utf8_lossy(name);
    let vertical = name.ends_with("-V");
    let enc = if name.starts_with("Identity") {
        CidEncoding::Identity
    } else if name.contains("UCS2") {
        CidEncoding::Unicode { utf16: false }
    } else if name.contains("UTF16") {
        CidEncoding::Unicode { utf16: true }
    } else if name.contains("RKSJ") {
        CidEncoding::Legacy(encoding_rs::SHIFT_JIS)
    } else if name.starts_with("GB") {
        CidEncoding::Legacy(encoding_rs::GBK)
    } else if name.starts_with("B5") || name.starts_with("ETen") || name.starts_with("HKscs") {
        CidEncoding::Legacy(encoding_rs::BIG5)
    } else if name.starts_with("KSC") {
        CidEncoding::Legacy(encoding_rs::EUC_KR)
    } else if name.starts_with("EUC") {
        CidEncoding::Legacy(encoding_rs::EUC_JP)
    } else {
        CidEncoding::Identity
    };
    (enc, vertical)
}

/// `/W` and `/DW` of a descendant CID font.
fn cid_widths(doc: &Document, d: &Dictionary) -> CidWidths {
    let mut out = CidWidths {
        default: d.get(b"DW").ok().and_then(|o| num(doc, o)).filter(|w| *w >= 0.0).unwrap_or(1000.0),
        ..Default::default()
    };
    let Some(Object::Array(w)) = get(doc, d, b"W") else { return out };
    let mut i = 0;
    let mut guard = 0;
    while i < w.len() && guard < 1 << 20 {
        guard += 1;
        let Some(first) = w.get(i).and_then(|o| num(doc, o)) else {
            i += 1;
            continue;
        };
        let first = first.max(0.0) as u32;
        match w.get(i + 1).and_then(|o| resolve(doc, o)) {
            Some(Object::Array(list)) => {
                for (k, v) in list.iter().enumerate().take(1 << 16) {
                    if let Some(v) = num(doc, v) {
                        out.single.insert(first + k as u32, v);
                    }
                }
                i += 2;
            }
            Some(_) => {
                let last = w.get(i + 1).and_then(|o| num(doc, o));
                let width = w.get(i + 2).and_then(|o| num(doc, o));
                if let (Some(last), Some(width)) = (last, width) {
                    let last = last.max(0.0) as u32;
                    if last >= first {
                        out.ranges.push((first, last, width));
                    }
                }
                i += 3;
            }
            None => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn superscript_figures_are_told_by_where_their_outline_sits() {
        // A `sups` one: 0.364 … 0.691 em above the baseline.
        let r = raised_figure((0.364, 0.691), 0.658).expect("raised");
        assert!((r.rise - 0.364).abs() < 1e-6 && (0.45..0.55).contains(&r.scale), "{r:?}");
        // Lining and old-style figures sit on the baseline or hang below it.
        assert_eq!(raised_figure((-0.01, 0.61), 0.658), None);
        assert_eq!(raised_figure((-0.21, 0.45), 0.658), None);
        // A figure set high but full size (a degree sign's box, a big numeral) is not one.
        assert_eq!(raised_figure((0.3, 0.95), 0.658), None);
    }
    use lopdf::dictionary;

    #[test]
    fn tex_drawing_fonts_are_recognised_by_name() {
        assert!(is_drawing_font("ABCDEF+LINE10"));
        assert!(is_drawing_font("XYATIP10"));
        assert!(is_drawing_font("XYBTIP-Medium"));
        assert!(!is_drawing_font("CMR10"));
        assert!(!is_drawing_font("LinLibertine"));
    }

    fn shown(font: &Font, bytes: &[u8]) -> Vec<Shown> {
        let mut v = Vec::new();
        font.decode(bytes, &mut v);
        v
    }

    fn text(font: &Font, bytes: &[u8]) -> String {
        shown(font, bytes).iter().map(|s| s.text.clone().unwrap_or_else(|| "?".into())).collect()
    }

    #[test]
    fn standard14_winansi() {
        let doc = Document::new();
        let d = dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica-Bold", "Encoding" => "WinAnsiEncoding" };
        let f = Font::load(&doc, &d);
        assert_eq!(text(&f, b"Caf\xe9 \x93x\x94"), "Café “x”");
        let s = shown(&f, b"A ");
        assert_eq!(s[0].advance, 0.722);
        assert!(s[1].word_space);
        assert!(f.info.bold);
        assert_eq!(f.info.name, "Helvetica-Bold");
    }

    #[test]
    fn differences_and_widths() {
        let doc = Document::new();
        let d = dictionary! {
            "Subtype" => "Type1", "BaseFont" => "ABCDEF+CMR10", "FirstChar" => 65, "Widths" => vec![Object::Integer(700), Object::Integer(600)],
            "Encoding" => dictionary! { "Differences" => vec![Object::Integer(66), Object::Name(b"ntilde".to_vec()), Object::Name(b"fi".to_vec())] },
        };
        let f = Font::load(&doc, &d);
        assert_eq!(f.info.name, "CMR10");
        assert_eq!(text(&f, b"ABC"), "Añ\u{FB01}");
        assert_eq!(shown(&f, b"B")[0].advance, 0.6);
    }

    #[test]
    fn type0_identity_with_to_unicode() {
        let mut doc = Document::new();
        let cmap = lopdf::Stream::new(
            dictionary! {},
            b"1 begincodespacerange <0000> <FFFF> endcodespacerange 2 beginbfchar <0005> <0041> <0006> <00F3> endbfchar".to_vec(),
        );
        let tu = doc.add_object(cmap);
        let desc = dictionary! { "Subtype" => "CIDFontType2", "BaseFont" => "Arial", "DW" => 1000,
        "W" => vec![Object::Integer(5), Object::Array(vec![Object::Integer(500), Object::Integer(600)])] };
        let d = dictionary! { "Subtype" => "Type0", "BaseFont" => "Arial", "Encoding" => "Identity-H",
        "DescendantFonts" => vec![Object::Dictionary(desc)], "ToUnicode" => tu };
        let f = Font::load(&doc, &d);
        let s = shown(&f, &[0, 5, 0, 6, 0, 9]);
        assert_eq!(s.len(), 3);
        assert_eq!(s[0].text.as_deref(), Some("A"));
        assert_eq!(s[1].text.as_deref(), Some("ó"));
        assert_eq!(s[2].text, None);
        assert_eq!(s[1].advance, 0.6);
        assert_eq!(s[2].advance, 1.0);
    }

    #[test]
    fn type0_ucs2_and_legacy() {
        let doc = Document::new();
        let d = dictionary! { "Subtype" => "Type0", "BaseFont" => "MSung", "Encoding" => "UniCNS-UCS2-H" };
        let f = Font::load(&doc, &d);
        assert_eq!(text(&f, &[0x4E, 0x2D, 0x00, 0x41]), "中A");
        let d = dictionary! { "Subtype" => "Type0", "BaseFont" => "MS-Mincho", "Encoding" => "90ms-RKSJ-H" };
        let f = Font::load(&doc, &d);
        assert_eq!(text(&f, &[0x82, 0xA0, b'A']), "あA");
    }

    #[test]
    fn type3_widths_use_font_matrix() {
        let doc = Document::new();
        let d = dictionary! { "Subtype" => "Type3", "FontMatrix" => vec![0.01.into(), 0.into(), 0.into(), 0.01.into(), 0.into(), 0.into()],
        "FirstChar" => 97, "Widths" => vec![Object::Integer(50)],
        "Encoding" => dictionary! { "Differences" => vec![Object::Integer(97), Object::Name(b"eacute".to_vec())] } };
        let f = Font::load(&doc, &d);
        let s = shown(&f, b"a");
        assert_eq!(s[0].text.as_deref(), Some("é"));
        assert!((s[0].advance - 0.5).abs() < 1e-6);
    }
}
