//! CMaps: ToUnicode maps (code → Unicode text) and embedded encoding CMaps (code → CID).
//!
//! In: the decoded bytes of a CMap stream. Out: a [`CMap`] with its codespace ranges (how
//! many bytes each code of a string takes), `bfchar`/`bfrange` mappings (both range forms,
//! one code → several characters) and `cidchar`/`cidrange` mappings. Parsing uses the
//! bounded content-stream lexer, so a damaged CMap yields what was readable.

use compact_str::CompactString;

use super::glyphlist;
use super::inthash::IntMap;
use super::lexer::{Lexer, Operand};

/// Ranges larger than this are kept as ranges instead of being expanded into the table.
const EXPAND_LIMIT: u32 = 256;
/// Upper bound on the entries one CMap may define (expanded or as ranges).
const MAX_ENTRIES: usize = 1 << 20;

/// One decimal figure ("0" … "9").
pub fn is_figure(t: &str) -> bool {
    t.len() == 1 && t.as_bytes()[0].is_ascii_digit()
}

/// A parsed CMap.
#[derive(Debug, Clone, Default)]
pub struct CMap {
    /// Codespace ranges as (low bytes, high bytes); both have the same length.
    pub codespace: Vec<(Vec<u8>, Vec<u8>)>,
    uni: IntMap<u32, CompactString>,
    uni_ranges: Vec<(u32, u32, Vec<u16>)>,
    cid: IntMap<u32, u32>,
    cid_ranges: Vec<(u32, u32, u32)>,
    /// `/WMode 1`: vertical writing.
    pub vertical: bool,
    /// Name given to `usecmap`, if any.
    pub usecmap: Option<Vec<u8>>,
}

fn code_value(bytes: &[u8]) -> u32 {
    let tail = &bytes[bytes.len().saturating_sub(4)..];
    tail.iter().fold(0u32, |acc, &b| (acc << 8) | b as u32)
}

/// Decodes CMap destination bytes (UTF-16BE) into text; control characters, private-use
/// values and unpaired surrogates make it `None`.
pub fn utf16_text(bytes: &[u8]) -> Option<String> {
    if bytes.len() == 1 {
        return glyphlist::usable(bytes[0] as u32).map(String::from);
    }
    let units: Vec<u16> = bytes.chunks(2).map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)])).collect();
    units_text(&units)
}

fn units_text(units: &[u16]) -> Option<String> {
    let mut s = String::new();
    for r in char::decode_utf16(units.iter().copied()) {
        let c = r.ok()?;
        if c == '\0' {
            continue;
        }
        s.push(glyphlist::usable(c as u32)?);
    }
    (!s.is_empty()).then_some(s)
}

impl CMap {
    /// Parses a CMap program.
    pub fn parse(data: &[u8]) -> CMap {
        let mut cmap = CMap::default();
        let mut lx = Lexer::new(data, 8);
        let mut ops = Vec::new();
        let mut last_name: Option<Vec<u8>> = None;
        while let Some(op) = lx.next_op(&mut ops) {
            match op {
                b"endcodespacerange" => {
                    for pair in ops.chunks(2) {
                        if let [Operand::Str(lo), Operand::Str(hi)] = pair {
                            if lo.len() == hi.len() && !lo.is_empty() && lo.len() <= 4 {
                                cmap.codespace.push((lo.clone(), hi.clone()));
                            }
                        }
                    }
                }
                b"endbfchar" => {
                    for pair in ops.chunks(2) {
                        let text = match pair {
                            [Operand::Str(_), Operand::Str(dst)] => utf16_text(dst),
                            [Operand::Str(_), Operand::Name(n)] => glyphlist::lookup(&String::from_utf8_lossy(n)),
                            _ => None,
                        };
                        if let (Some(Operand::Str(src)), Some(text)) = (pair.first(), text) {
                            if cmap.uni.len() < MAX_ENTRIES {
                                cmap.uni.insert(code_value(src), text.into());
                            }
                        }
                    }
                }
                b"endbfrange" => {
                    for triple in ops.chunks(3) {
                        if let [Operand::Str(lo), Operand::Str(hi), dst] = triple {
                            cmap.add_bf_range(code_value(lo), code_value(hi), dst);
                        }
                    }
                }
                b"endcidchar" => {
                    for pair in ops.chunks(2) {
                        if let [Operand::Str(src), Operand::Num(cid)] = pair {
                            if cmap.cid.len() < MAX_ENTRIES && *cid >= 0.0 {
                                cmap.cid.insert(code_value(src), *cid as u32);
                            }
                        }
                    }
                }
                b"endcidrange" => {
                    for triple in ops.chunks(3) {
                        if let [Operand::Str(lo), Operand::Str(hi), Operand::Num(cid)] = triple {
                            let (lo, hi) = (code_value(lo), code_value(hi));
                            if lo <= hi && *cid >= 0.0 && cmap.cid_ranges.len() < MAX_ENTRIES {
                                cmap.cid_ranges.push((lo, hi, *cid as u32));
                            }
                        }
                    }
                }
                b"usecmap" => {
                    if let Some(Operand::Name(n)) = ops.last() {
                        cmap.usecmap = Some(n.clone());
                    } else if let Some(n) = last_name.take() {
                        cmap.usecmap = Some(n);
                    }
                }
                b"def" => {
                    if let [Operand::Name(k), Operand::Num(v)] = ops.as_slice() {
                        if k == b"WMode" {
                            cmap.vertical = *v == 1.0;
                        }
                    }
                }
                _ => {}
            }
            if let Some(Operand::Name(n)) = ops.last() {
                last_name = Some(n.clone());
            }
        }
        cmap
    }

    fn add_bf_range(&mut self, lo: u32, hi: u32, dst: &Operand) {
        if lo > hi || self.uni.len() + self.uni_ranges.len() >= MAX_ENTRIES {
            return;
        }
        match dst {
            Operand::Array(items) => {
                for (i, item) in items.iter().enumerate().take((hi - lo) as usize + 1) {
                    if let Operand::Str(d) = item {
                        if let Some(t) = utf16_text(d) {
                            self.uni.insert(lo + i as u32, t.into());
                        }
                    }
                }
            }
            Operand::Str(d) if !d.is_empty() => {
                let units: Vec<u16> = if d.len() == 1 {
                    vec![d[0] as u16]
                } else {
                    d.chunks(2).map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)])).collect()
                };
                if hi - lo < EXPAND_LIMIT {
                    for code in lo..=hi {
                        if let Some(t) = offset_units(&units, code - lo).and_then(|u| units_text(&u)) {
                            self.uni.insert(code, t.into());
                        }
                    }
                } else {
                    self.uni_ranges.push((lo, hi, units));
                }
            }
            _ => {}
        }
    }

    /// True when no Unicode mapping was read.
    pub fn has_unicode(&self) -> bool {
        !self.uni.is_empty() || !self.uni_ranges.is_empty()
    }

    /// True when no CID mapping was read.
    pub fn has_cids(&self) -> bool {
        !self.cid.is_empty() || !self.cid_ranges.is_empty()
    }

    /// Unicode text of `code`.
    pub fn unicode(&self, code: u32) -> Option<CompactString> {
        if let Some(s) = self.uni.get(&code) {
            return Some(s.clone());
        }
        self.uni_ranges
            .iter()
            .rev()
            .find(|(lo, hi, _)| (*lo..=*hi).contains(&code))
            .and_then(|(lo, _, units)| units_text(&offset_units(units, code - lo)?))
            .map(CompactString::from)
    }

    /// Codes whose text is one decimal figure ([`is_figure`]), at most `limit` of them.
    pub fn codes_of_digits(&self, limit: usize) -> Vec<u32> {
        let mut out: Vec<u32> = Vec::new();
        for (code, text) in self.uni.iter() {
            if is_figure(text) {
                out.push(*code);
            }
        }
        for (lo, hi, units) in &self.uni_ranges {
            let [start] = units.as_slice() else { continue };
            for d in u32::from(b'0')..=u32::from(b'9') {
                let start = u32::from(*start);
                if d >= start && d - start <= hi.saturating_sub(*lo) {
                    out.push(lo + (d - start));
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        // A code mapped both ways keeps its single mapping's text (`uni` wins over ranges).
        out.retain(|&c| self.unicode(c).is_some_and(|t| is_figure(&t)));
        out.truncate(limit);
        out
    }

    /// CID of `code`.
    pub fn cid(&self, code: u32) -> Option<u32> {
        if let Some(c) = self.cid.get(&code) {
            return Some(*c);
        }
        self.cid_ranges.iter().rev().find(|(lo, hi, _)| (*lo..=*hi).contains(&code)).map(|(lo, _, c)| c + (code - lo))
    }

    /// Reads one code from the start of `bytes` using the codespace ranges: the shortest
    /// length whose range contains the bytes; without a match, the shortest length in use
    /// (`default_len` when there are no ranges). Returns `(code, length)`; length ≥ 1.
    pub fn next_code(&self, bytes: &[u8], default_len: usize) -> (u32, usize) {
        let mut shortest = usize::MAX;
        for len in 1..=4usize {
            let Some(head) = bytes.get(..len) else { break };
            for (lo, hi) in &self.codespace {
                if lo.len() != len {
                    continue;
                }
                shortest = shortest.min(len);
                if head.iter().zip(lo.iter().zip(hi)).all(|(b, (l, h))| (*l..=*h).contains(b)) {
                    return (code_value(head), len);
                }
            }
        }
        let len = if shortest == usize::MAX { default_len } else { shortest };
        let len = len.clamp(1, bytes.len().max(1));
        (code_value(bytes.get(..len).unwrap_or(bytes)), len)
    }
}

/// `units` with `offset` added to its last code unit (the bfrange rule).
fn offset_units(units: &[u16], offset: u32) -> Option<Vec<u16>> {
    let mut v = units.to_vec();
    let last = v.last_mut()?;
    let n = (*last as u32).checked_add(offset)?;
    *last = u16::try_from(n).ok()?;
    Some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &[u8] = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CMapName /Adobe-Identity-UCS def
1 begincodespacerange <0000> <FFFF> endcodespacerange
3 beginbfchar
<0003> <0020>
<0011> <00660069>
<0012> <D83DDE00>
endbfchar
2 beginbfrange
<0020> <0022> <0041>
<0030> <0031> [<00E9> <00F1>]
<1000> <2000> <4E00>
endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end";

    #[test]
    fn codes_of_figures_from_single_mappings_and_ranges() {
        let m = CMap::parse(
            b"1 begincodespacerange <0000> <FFFF> endcodespacerange
4 beginbfchar
<0005> <0031>
<0006> <0031>
<0007> <0061>
<0008> <00310032>
endbfchar
2 beginbfrange
<0100> <0109> <0030>
<0200> <0201> <0038>
endbfrange",
        );
        let want: Vec<u32> = [5, 6].into_iter().chain(0x100..=0x109).chain([0x200, 0x201]).collect();
        assert_eq!(m.codes_of_digits(64), want);
        assert_eq!(m.codes_of_digits(3), vec![5, 6, 0x100]);
        assert!(CMap::parse(SAMPLE).codes_of_digits(64).is_empty());
    }

    #[test]
    fn to_unicode() {
        let m = CMap::parse(SAMPLE);
        let cases: &[(u32, Option<&str>)] = &[
            (0x03, Some(" ")),
            (0x11, Some("fi")),
            (0x12, Some("😀")),
            (0x20, Some("A")),
            (0x22, Some("C")),
            (0x23, None),
            (0x30, Some("é")),
            (0x31, Some("ñ")),
            (0x1001, Some("\u{4E01}")),
        ];
        for (code, want) in cases {
            assert_eq!(m.unicode(*code).as_deref(), *want, "{code:#x}");
        }
        assert_eq!(m.next_code(&[0x00, 0x41, 0x00], 1), (0x41, 2));
    }

    #[test]
    fn mixed_codespace() {
        let m = CMap::parse(
            b"2 begincodespacerange <00> <80> <8140> <FFFC> endcodespacerange
1 begincidrange <8140> <817E> 633 endcidrange 1 begincidchar <41> 34 endcidchar /WMode 1 def",
        );
        assert_eq!(m.next_code(b"A\x81\x41", 1), (0x41, 1));
        assert_eq!(m.next_code(b"\x81\x41", 1), (0x8141, 2));
        assert_eq!(m.cid(0x8141), Some(634));
        assert_eq!(m.cid(0x41), Some(34));
        assert!(m.vertical);
    }

    #[test]
    fn refuses_private_use() {
        let m = CMap::parse(b"1 beginbfchar <01> <E000> endbfchar");
        assert_eq!(m.unicode(1), None);
    }
}
