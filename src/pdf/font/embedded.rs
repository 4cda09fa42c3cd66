//! What an embedded font program can tell about its glyphs when the PDF does not.
//!
//! In: a font descriptor's `FontFile` (Type 1), `FontFile2` (TrueType) or `FontFile3`
//! (CFF or OpenType). Out: an [`Embedded`] summary: glyph id → Unicode (reversed Unicode
//! `cmap` subtables and glyph names from `post`/CFF charsets), code → glyph for symbolic
//! fonts (`cmap` (3,0) and (1,0)), the built-in encoding of Type 1 and CFF fonts, and glyph
//! advances. Programs are read with `ttf-parser`; Type 1 encodings from their clear-text
//! part. Everything is precomputed so nothing borrows the stream afterwards; the program
//! itself is kept only until the font has asked for the vertical extent of a few glyphs'
//! outlines ([`Embedded::outline_extents`], then [`Embedded::release_program`]).

use std::collections::HashMap;

use lopdf::{Dictionary, Document, Object};
use ttf_parser::GlyphId;

use super::super::encoding::CodeMap;
use super::super::glyphlist;
use super::super::load::resolve;

/// Upper bound on glyphs summarised from one font.
const MAX_GLYPHS: u32 = 65_536;
/// Upper bound on glyphs whose outlines [`Embedded::outline_extents`] measures.
pub const MAX_MEASURED: usize = 64;

/// Summary of an embedded font program.
#[derive(Debug, Clone, Default)]
pub struct Embedded {
    gid_unicode: HashMap<u32, String>,
    /// Code (single byte) → glyph, from a symbolic cmap or a CFF/Type 1 encoding.
    code_gid: HashMap<u8, u32>,
    name_gid: HashMap<String, u32>,
    /// CID → glyph for CID-keyed CFF.
    cid_gid: HashMap<u32, u32>,
    /// Advances in 1/1000 em by glyph.
    advances: HashMap<u32, f32>,
    builtin: Option<CodeMap>,
    /// The program (OpenType/TrueType or bare CFF), until [`Embedded::release_program`].
    program: Option<Program>,
}

/// An embedded program kept for measuring outlines.
#[derive(Debug, Clone)]
enum Program {
    Sfnt(Vec<u8>),
    Cff(Vec<u8>),
}

/// An outline builder that draws nothing (only the bounding box is wanted).
struct NoOutline;

impl ttf_parser::OutlineBuilder for NoOutline {
    fn move_to(&mut self, _: f32, _: f32) {}
    fn line_to(&mut self, _: f32, _: f32) {}
    fn quad_to(&mut self, _: f32, _: f32, _: f32, _: f32) {}
    fn curve_to(&mut self, _: f32, _: f32, _: f32, _: f32, _: f32, _: f32) {}
    fn close(&mut self) {}
}

impl Embedded {
    /// Reads the program referenced by `descriptor`, if there is one that can be parsed.
    /// Damage to the program's stream is added to `damaged`.
    pub fn load(doc: &Document, descriptor: &Dictionary, limit: usize, damaged: &mut Vec<String>) -> Option<Embedded> {
        for key in [&b"FontFile2"[..], b"FontFile3", b"FontFile"] {
            let Some(Object::Stream(s)) = descriptor.get(key).ok().and_then(|o| resolve(doc, o)) else { continue };
            let data = super::font_stream(s, limit, "embedded font program", damaged)?;
            return match key {
                b"FontFile" => Some(from_type1(&data)),
                _ => match from_sfnt(&data) {
                    Some(e) => Some(Embedded { program: Some(Program::Sfnt(data)), ..e }),
                    None => from_cff(&data).map(|e| Embedded { program: Some(Program::Cff(data)), ..e }),
                },
            };
        }
        None
    }

    /// Unicode of glyph `gid` (from the font's Unicode cmap or glyph names).
    pub fn unicode_for_gid(&self, gid: u32) -> Option<String> {
        self.gid_unicode
            .get(&gid)
            .cloned()
            .or_else(|| self.cid_gid.get(&gid).and_then(|g| self.gid_unicode.get(g).cloned()))
    }

    /// Glyph of single-byte `code` (its `/Differences` name `name`, if any).
    pub fn gid_for_code(&self, code: u8, name: Option<&str>) -> Option<u32> {
        name.and_then(|n| self.name_gid.get(n).copied()).or_else(|| self.code_gid.get(&code).copied())
    }

    /// Unicode of single-byte `code` whose `/Differences` name (if any) is `name`.
    pub fn unicode_for_code(&self, code: u8, name: Option<&str>) -> Option<String> {
        self.gid_for_code(code, name).and_then(|g| self.gid_unicode.get(&g).cloned())
    }

    /// Advance (1/1000 em) of single-byte `code`.
    pub fn advance_for_code(&self, code: u8, name: Option<&str>) -> Option<f32> {
        self.gid_for_code(code, name).and_then(|g| self.advances.get(&g).copied())
    }

    /// Glyph of CID `cid` in a CID-keyed CFF program (its charset), if the program has one.
    pub fn gid_for_cid(&self, cid: u32) -> Option<u32> {
        self.cid_gid.get(&cid).copied()
    }

    /// Bottom and top of the outlines of glyphs `gids`, in em above the baseline (`None` for
    /// a glyph without outline or a program that cannot be measured). At most
    /// [`MAX_MEASURED`] glyphs are measured.
    pub fn outline_extents(&self, gids: &[u32]) -> Vec<Option<(f32, f32)>> {
        let gids = &gids[..gids.len().min(MAX_MEASURED)];
        let extents = |rect: Option<ttf_parser::Rect>, scale: f32| {
            rect.filter(|r| r.y_max > r.y_min)
                .map(|r| (r.y_min as f32 * scale, r.y_max as f32 * scale))
                .filter(|(a, b)| a.is_finite() && b.is_finite())
        };
        match &self.program {
            Some(Program::Sfnt(data)) => {
                let Ok(face) = ttf_parser::Face::parse(data, 0) else { return vec![None; gids.len()] };
                let scale = 1.0 / face.units_per_em().max(1) as f32;
                let n = face.number_of_glyphs() as u32;
                gids.iter()
                    .map(|&g| {
                        (g < n && g > 0).then(|| extents(face.glyph_bounding_box(GlyphId(g as u16)), scale)).flatten()
                    })
                    .collect()
            }
            Some(Program::Cff(data)) => {
                let Some(cff) = ttf_parser::cff::Table::parse(data) else { return vec![None; gids.len()] };
                let sy = cff.matrix().sy;
                let scale = if sy.is_finite() && sy > 0.0 && sy < 1.0 { sy } else { 0.001 };
                let n = cff.number_of_glyphs() as u32;
                gids.iter()
                    .map(|&g| {
                        (g < n && g > 0)
                            .then(|| extents(cff.outline(GlyphId(g as u16), &mut NoOutline).ok(), scale))
                            .flatten()
                    })
                    .collect()
            }
            None => vec![None; gids.len()],
        }
    }

    /// Drops the kept program (after [`Embedded::outline_extents`]).
    pub fn release_program(&mut self) {
        self.program = None;
    }

    /// The font's own encoding (Type 1 and CFF), as text per code.
    pub fn builtin_encoding(&self) -> Option<CodeMap> {
        self.builtin.clone()
    }
}

fn from_sfnt(data: &[u8]) -> Option<Embedded> {
    let face = ttf_parser::Face::parse(data, 0).ok()?;
    let mut e = Embedded::default();
    let upem = face.units_per_em().max(1) as f32;
    let n = (face.number_of_glyphs() as u32).min(MAX_GLYPHS);
    if let Some(cmap) = face.tables().cmap {
        for sub in cmap.subtables {
            if sub.is_unicode() {
                sub.codepoints(|cp| {
                    if let (Some(g), Some(c)) = (sub.glyph_index(cp), glyphlist::usable(cp)) {
                        e.gid_unicode.entry(g.0 as u32).or_insert_with(|| c.to_string());
                    }
                });
            } else {
                // Symbolic (3,0) subtables use F0xx, Mac (1,0) plain bytes.
                sub.codepoints(|cp| {
                    if let Some(g) = sub.glyph_index(cp) {
                        let code = (cp & 0xFF) as u8;
                        if cp <= 0xFF || (0xF000..=0xF0FF).contains(&cp) {
                            e.code_gid.entry(code).or_insert(g.0 as u32);
                        }
                    }
                });
            }
        }
    }
    for g in 0..n {
        let gid = GlyphId(g as u16);
        if let Some(name) = face.glyph_name(gid) {
            if let (std::collections::hash_map::Entry::Vacant(slot), Some(t)) =
                (e.gid_unicode.entry(g), glyphlist::lookup(name))
            {
                slot.insert(t);
            }
            e.name_gid.entry(name.to_string()).or_insert(g);
        }
        if let Some(a) = face.glyph_hor_advance(gid) {
            e.advances.insert(g, a as f32 * 1000.0 / upem);
        }
    }
    if let Some(cff) = face.tables().cff {
        fill_from_cff(&mut e, &cff);
    }
    Some(e)
}

fn from_cff(data: &[u8]) -> Option<Embedded> {
    let cff = ttf_parser::cff::Table::parse(data)?;
    let mut e = Embedded::default();
    fill_from_cff(&mut e, &cff);
    Some(e)
}

fn fill_from_cff(e: &mut Embedded, cff: &ttf_parser::cff::Table) {
    let n = (cff.number_of_glyphs() as u32).min(MAX_GLYPHS);
    let scale = cff.matrix().sx * 1000.0;
    for g in 0..n {
        let gid = GlyphId(g as u16);
        if let Some(name) = cff.glyph_name(gid) {
            if let Some(t) = glyphlist::lookup(name) {
                e.gid_unicode.entry(g).or_insert(t);
            }
            e.name_gid.entry(name.to_string()).or_insert(g);
        }
        if let Some(cid) = cff.glyph_cid(gid) {
            e.cid_gid.insert(cid as u32, g);
        }
        if let Some(w) = cff.glyph_width(gid) {
            if scale.is_finite() && scale > 0.0 {
                e.advances.entry(g).or_insert(w as f32 * scale);
            }
        }
    }
    let mut builtin = CodeMap::empty();
    let mut any = false;
    for code in 0..=255u8 {
        if let Some(g) = cff.glyph_index(code) {
            if g.0 == 0 {
                continue;
            }
            e.code_gid.entry(code).or_insert(g.0 as u32);
            if let Some(t) = e.gid_unicode.get(&(g.0 as u32)) {
                if let Some(slot) = builtin.slots.get_mut(code as usize) {
                    *slot = Some(t.clone());
                    any = true;
                }
            }
        }
    }
    if any {
        e.builtin = Some(builtin);
    }
}

/// Type 1 fonts: the clear-text `/Encoding` (`dup 65 /A put` lines) and glyph names.
fn from_type1(data: &[u8]) -> Embedded {
    let mut e = Embedded::default();
    // The clear-text part ends at `eexec`.
    let end = data.windows(5).position(|w| w == b"eexec").unwrap_or(data.len().min(1 << 20));
    let text = String::from_utf8_lossy(&data[..end]);
    if text.contains("/Encoding StandardEncoding") {
        return e;
    }
    let mut builtin = CodeMap::empty();
    let mut any = false;
    let words: Vec<&str> = text.split_whitespace().collect();
    for w in words.windows(4) {
        if let [dup, code, name, put] = w {
            if *dup == "dup" && *put == "put" {
                if let (Ok(code), Some(name)) = (code.parse::<u8>(), name.strip_prefix('/')) {
                    let idx = code as usize;
                    if let Some(slot) = builtin.slots.get_mut(idx) {
                        *slot = glyphlist::lookup(name);
                        any |= slot.is_some();
                    }
                    if let Some(slot) = builtin.names.get_mut(idx) {
                        *slot = Some(name.to_string());
                    }
                }
            }
        }
    }
    if any {
        e.builtin = Some(builtin);
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type1_clear_text_encoding() {
        let prog = b"%!PS-AdobeFont-1.0: CMR10\n/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\ndup 65 /Aacute put\ndup 66 /g12 put\nreadonly def\ncurrentfile eexec\x00\x01";
        let e = from_type1(prog);
        let b = e.builtin_encoding().unwrap_or_else(CodeMap::empty);
        assert_eq!(b.get(65), Some("Á"));
        assert_eq!(b.get(66), None);
        assert_eq!(b.names[66].as_deref(), Some("g12"));
    }

    #[test]
    fn garbage_is_not_a_font() {
        assert!(from_sfnt(b"not a font at all").is_none());
        // Must not panic; whatever it returns holds no mappings.
        let e = from_cff(b"\x01\x00\x04\x04garbage").unwrap_or_default();
        assert!(e.unicode_for_gid(1).is_none());
    }
}
