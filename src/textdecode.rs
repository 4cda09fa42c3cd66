//! Plain-text input at the boundary: which bytes are text, in which encoding.
//!
//! In: the bytes of a file named `.txt`. Out: [`Decoded`]: the text as UTF-8 (borrowed when
//! the file is UTF-8 already), the encoding it was read in (recorded in the record's
//! `source.encoding`) and diagnostics about bytes that are not text. Layout of the text is
//! `textinput`'s business; nothing here looks past characters.
//!
//! Encodings: UTF-8 (with or without a byte-order mark), UTF-16 (little or big endian) with a
//! byte-order mark or without one (told by its NUL bytes: text in Latin scripts has a NUL as
//! nearly every high byte, in the odd positions for little endian, the even ones for big
//! endian, and almost none in the other positions), and, for bytes that are neither, the single-byte encodings of the
//! systems the texts come from: Windows-1252 when bytes 0x80–0x9F occur (curly quotes, dashes,
//! €), ISO-8859-1 (Latin-1) otherwise. Bytes that are mostly NUL or other control codes
//! are binary data, not text.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};

use crate::model::{Diagnostic, Level};

/// Share of control bytes (other than tab, line feed, carriage return, form feed) above
/// which a file without a byte-order mark is binary data, not text.
const MAX_CONTROL_SHARE: f64 = 0.10;

/// Share of the high bytes (odd positions for little endian) that must be NUL, and most
/// share of the low bytes that may be, for bytes without a byte-order mark to be UTF-16.
const UTF16_HIGH_NUL: f64 = 0.5;
const UTF16_LOW_NUL: f64 = 0.01;

/// A text file, decoded.
#[derive(Debug)]
pub struct Decoded<'a> {
    /// The text (without a byte-order mark).
    pub text: Cow<'a, str>,
    /// The encoding it was read in: `UTF-8`, `UTF-16LE`, `UTF-16BE`, `windows-1252`,
    /// `ISO-8859-1`.
    pub encoding: &'static str,
    /// What is odd about it (control bytes, undecodable sequences).
    pub diagnostics: Vec<Diagnostic>,
}

/// Whether `bytes` read as text (see the module docs); cheap: looks at the first 64 KiB.
pub fn looks_like_text(bytes: &[u8]) -> bool {
    if bom(bytes).or_else(|| utf16_without_bom(bytes)).is_some() {
        return true;
    }
    let head = &bytes[..bytes.len().min(64 << 10)];
    controls(head) as f64 <= MAX_CONTROL_SHARE * head.len() as f64
}

/// Decodes `bytes` (see the module docs). `None` when they are not text.
pub fn decode(bytes: &[u8]) -> Option<Decoded<'_>> {
    let mut diagnostics = Vec::new();
    let (text, encoding): (Cow<str>, &'static str) = match bom(bytes).or_else(|| utf16_without_bom(bytes)) {
        Some((enc, len)) => {
            let (text, malformed) = enc.decode_without_bom_handling(&bytes[len..]);
            if malformed {
                diagnostics.push(Diagnostic::new(
                    Level::Warning,
                    "input.encoding",
                    format!("some bytes are not valid {}; they were read as U+FFFD", enc.name()),
                ));
            }
            (text, enc.name())
        }
        None => {
            if !looks_like_text(bytes) {
                return None;
            }
            match std::str::from_utf8(bytes) {
                Ok(s) => (Cow::Borrowed(s), "UTF-8"),
                Err(_) => {
                    let c1 = bytes.iter().any(|b| (0x80..=0x9F).contains(b));
                    let (text, _, _) = WINDOWS_1252.decode(bytes);
                    (text, if c1 { "windows-1252" } else { "ISO-8859-1" })
                }
            }
        }
    };
    let n = controls(text.as_bytes());
    if n == 0 {
        return Some(Decoded { text, encoding, diagnostics });
    }
    let nul = text.bytes().filter(|&b| b == 0).count();
    diagnostics.push(Diagnostic::new(
        Level::Warning,
        "input.control_chars",
        format!("the text holds {n} control character(s) that are not text ({nul} of them NUL); they were left out"),
    ));
    let kept: String = text.chars().filter(|&c| !(c.is_ascii() && is_control(c as u8))).collect();
    Some(Decoded { text: Cow::Owned(kept), encoding, diagnostics })
}

/// The encoding a byte-order mark announces, and the mark's length.
fn bom(bytes: &[u8]) -> Option<(&'static Encoding, usize)> {
    match bytes {
        [0xEF, 0xBB, 0xBF, ..] => Some((encoding_rs::UTF_8, 3)),
        [0xFF, 0xFE, ..] => Some((UTF_16LE, 2)),
        [0xFE, 0xFF, ..] => Some((UTF_16BE, 2)),
        _ => None,
    }
}

/// UTF-16 without a byte-order mark, told by where the NUL bytes of its first 64 KiB are
/// (see the module docs); the second value is 0 (no mark to skip).
fn utf16_without_bom(bytes: &[u8]) -> Option<(&'static Encoding, usize)> {
    let head = &bytes[..bytes.len().min(64 << 10) & !1];
    let pairs = head.len() / 2;
    if pairs == 0 {
        return None;
    }
    let nul_at = |parity: usize| head.iter().skip(parity).step_by(2).filter(|&&b| b == 0).count() as f64;
    let (even, odd) = (nul_at(0), nul_at(1));
    let utf16 = |high: f64, low: f64| high >= UTF16_HIGH_NUL * pairs as f64 && low <= UTF16_LOW_NUL * pairs as f64;
    if utf16(odd, even) {
        Some((UTF_16LE, 0))
    } else if utf16(even, odd) {
        Some((UTF_16BE, 0))
    } else {
        None
    }
}

/// Control bytes that are not layout (tab, line feed, carriage return, form feed).
fn controls(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| is_control(b)).count()
}

fn is_control(b: u8) -> bool {
    b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C) || b == 0x7F
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_are_told_and_decoded() {
        let s = "Resolución Ministerial N° 045-2019 — «año»";
        let d = decode(s.as_bytes()).unwrap();
        assert_eq!((d.text.as_ref(), d.encoding), (s, "UTF-8"));
        assert!(matches!(d.text, Cow::Borrowed(_)));
        let with_bom = [b"\xEF\xBB\xBF".as_slice(), s.as_bytes()].concat();
        assert_eq!(decode(&with_bom).unwrap().text, s);
        let le: Vec<u8> = [0xFF, 0xFE].into_iter().chain(s.encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let be: Vec<u8> = [0xFE, 0xFF].into_iter().chain(s.encode_utf16().flat_map(u16::to_be_bytes)).collect();
        assert_eq!((decode(&le).unwrap().text.as_ref(), decode(&le).unwrap().encoding), (s, "UTF-16LE"));
        assert_eq!((decode(&be).unwrap().text.as_ref(), decode(&be).unwrap().encoding), (s, "UTF-16BE"));
        // Latin-1: "Resolución año", and Windows-1252 with its dash and quotes.
        let latin1 = b"Resoluci\xf3n del a\xf1o";
        assert_eq!(decode(latin1).unwrap().text, "Resolución del año");
        assert_eq!(decode(latin1).unwrap().encoding, "ISO-8859-1");
        let cp1252 = b"\x93Informe\x94 \x96 2019 \x80";
        let d = decode(cp1252).unwrap();
        assert_eq!((d.text.as_ref(), d.encoding), ("“Informe” – 2019 €", "windows-1252"));
        assert!(d.diagnostics.is_empty());
    }

    #[test]
    fn utf16_without_a_byte_order_mark_is_told_by_its_nul_bytes() {
        let s = "Informe N° 12-2019: «Resolución» del año\r\nSegunda línea — fin";
        let le: Vec<u8> = s.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = s.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert!(looks_like_text(&le) && looks_like_text(&be));
        let (dl, db) = (decode(&le).unwrap(), decode(&be).unwrap());
        assert_eq!((dl.text.as_ref(), dl.encoding), (s, "UTF-16LE"));
        assert_eq!((db.text.as_ref(), db.encoding), (s, "UTF-16BE"));
        assert!(dl.diagnostics.is_empty() && db.diagnostics.is_empty());
        // NUL everywhere, or NUL in both positions, is not UTF-16; nor is text with a few NULs.
        assert!(decode(&[0u8; 64]).is_none());
        let mut mixed = b"ab".repeat(10);
        mixed.extend_from_slice(&[0; 40]);
        assert!(decode(&mixed).is_none());
        let mut few = b"Informe anual. ".repeat(40);
        few.extend_from_slice(&[0, b'x', 0]);
        assert_eq!(decode(&few).unwrap().encoding, "UTF-8");
    }

    #[test]
    fn nul_bytes_are_not_text_and_a_few_are_reported() {
        assert!(decode(&vec![0u8; 1 << 20]).is_none());
        assert!(!looks_like_text(&[0u8; 4096]));
        let mut some = b"Informe anual de la entidad. ".repeat(40);
        some.extend_from_slice(&[0, 0, 0]);
        let d = decode(&some).unwrap();
        assert_eq!(d.diagnostics.len(), 1);
        assert_eq!(d.diagnostics[0].code, "input.control_chars");
        assert!(!d.text.contains('\0') && d.text.starts_with("Informe anual"));
    }
}
