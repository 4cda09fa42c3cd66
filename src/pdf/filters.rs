//! Stream filters, decoded by us so that damage is seen.
//!
//! In: a [`Stream`] (its `/Filter` chain and `/DecodeParms`) and a byte limit. Out:
//! [`Decoded`]: the bytes decoded before any damage, and what went wrong, if anything (the
//! limit was reached, the data is damaged or truncated, a filter is unknown). lopdf's own
//! decoders log a zlib error and return an empty or shortened success, which hides lost
//! text; this module is what the text layer reads content streams, form XObjects, CMaps and
//! font programs with.
//!
//! Filters: `FlateDecode` (zlib header checked, then raw deflate, so a bad checksum after
//! complete data is not damage), `LZWDecode`, both with PNG and TIFF predictors,
//! `ASCII85Decode`, `ASCIIHexDecode`, `RunLengthDecode`, and the abbreviations of inline
//! images. Image codecs (`DCTDecode`, `JPXDecode`, `CCITTFaxDecode`, `JBIG2Decode`) are
//! reported as [`Problem::Unsupported`]: nothing here needs their pixels.

use flate2::{Decompress, FlushDecompress, Status};
use lopdf::{Dictionary, Object, Stream};

/// Filters applied to one stream at most (a longer chain is hostile).
const MAX_FILTERS: usize = 8;

/// What stopped a stream from decoding completely.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The decoded size passed the limit; `data` holds the first `limit` bytes.
    Limit,
    /// The data is damaged or ends early; `data` holds what was decoded before. The string
    /// says what the decoder found (`"deflate: invalid distance too far back"`).
    Corrupt(String),
    /// A filter that is not decoded here (an image codec or an unknown name).
    Unsupported(String),
}

/// A decoded stream: what could be read, and why it stopped short (if it did).
#[derive(Debug, Clone, Default)]
pub struct Decoded {
    /// The decoded bytes (all of them, or those before the problem).
    pub data: Vec<u8>,
    /// Why `data` is incomplete, or `None` when it is the whole stream.
    pub problem: Option<Problem>,
}

/// Decodes `s` through its filter chain, keeping at most `limit` bytes of output.
pub fn decode(s: &Stream, limit: usize) -> Decoded {
    let names = filter_names(&s.dict);
    if names.is_empty() {
        if s.content.len() > limit {
            return Decoded { data: s.content[..limit].to_vec(), problem: Some(Problem::Limit) };
        }
        return Decoded { data: s.content.clone(), problem: None };
    }
    if names.len() > MAX_FILTERS {
        return Decoded {
            data: Vec::new(),
            problem: Some(Problem::Unsupported(format!("a chain of {} filters", names.len()))),
        };
    }
    let parms = decode_parms(&s.dict, names.len());
    let mut data: Option<Vec<u8>> = None;
    for (name, parms) in names.iter().zip(parms) {
        let input = data.as_deref().unwrap_or(&s.content);
        let step = decode_one(name, parms, input, limit);
        data = Some(step.data);
        if step.problem.is_some() {
            return Decoded { data: data.unwrap_or_default(), problem: step.problem };
        }
    }
    Decoded { data: data.unwrap_or_default(), problem: None }
}

/// The `/Filter` names in decoding order (a single name or an array of names).
fn filter_names(dict: &Dictionary) -> Vec<Vec<u8>> {
    match dict.get(b"Filter") {
        Ok(Object::Name(n)) => vec![n.clone()],
        Ok(Object::Array(a)) => a.iter().filter_map(|o| o.as_name().ok().map(<[u8]>::to_vec)).collect(),
        _ => Vec::new(),
    }
}

/// The `/DecodeParms` of each of `n` filters (a dictionary for a single filter, or an array).
fn decode_parms(dict: &Dictionary, n: usize) -> Vec<Option<&Dictionary>> {
    match dict.get(b"DecodeParms") {
        Ok(Object::Dictionary(d)) => (0..n).map(|i| (i == 0 || n == 1).then_some(d)).collect(),
        Ok(Object::Array(a)) => (0..n).map(|i| a.get(i).and_then(|o| o.as_dict().ok())).collect(),
        _ => vec![None; n],
    }
}

/// One filter over `input`.
fn decode_one(name: &[u8], parms: Option<&Dictionary>, input: &[u8], limit: usize) -> Decoded {
    let (data, problem) = match name {
        b"FlateDecode" | b"Fl" => inflate(input, limit),
        b"LZWDecode" | b"LZW" => lzw(input, limit, early_change(parms)),
        b"ASCII85Decode" | b"A85" => ascii85(input, limit),
        b"ASCIIHexDecode" | b"AHx" => ascii_hex(input, limit),
        b"RunLengthDecode" | b"RL" => run_length(input, limit),
        b"Crypt" => (input.to_vec(), None),
        other => {
            let name = String::from_utf8_lossy(other).into_owned();
            return Decoded { data: Vec::new(), problem: Some(Problem::Unsupported(name)) };
        }
    };
    match (problem, predictor(parms)) {
        (None, Some(p)) => match p.apply(data, limit) {
            Ok(d) => Decoded { data: d, problem: None },
            Err((d, why)) => Decoded { data: d, problem: Some(Problem::Corrupt(why)) },
        },
        (problem, _) => Decoded { data, problem },
    }
}

fn int(parms: Option<&Dictionary>, key: &[u8]) -> Option<i64> {
    parms?.get(key).ok()?.as_i64().ok()
}

fn early_change(parms: Option<&Dictionary>) -> bool {
    int(parms, b"EarlyChange").is_none_or(|v| v != 0)
}

/// Inflates zlib data (or raw deflate when the zlib header is missing) until its end, an
/// error, the end of the input or `limit` bytes. The checksum is not verified: complete data
/// with a wrong Adler-32 (written by some encrypting tools) is read as it is.
pub fn inflate(input: &[u8], limit: usize) -> (Vec<u8>, Option<Problem>) {
    let (body, zlib) = match input {
        [cmf, flg, ..] if cmf & 0x0F == 8 && cmf >> 4 <= 7 && (u16::from(*cmf) << 8 | u16::from(*flg)) % 31 == 0 => {
            // FDICT: a preset dictionary id follows (never in PDF, but skip it).
            let skip = if flg & 0x20 != 0 { 6 } else { 2 };
            (input.get(skip..).unwrap_or(&[]), true)
        }
        _ => (input, false),
    };
    if body.is_empty() {
        return (Vec::new(), Some(Problem::Corrupt("the compressed data is empty".into())));
    }
    let mut z = Decompress::new(false);
    let cap = input.len().saturating_mul(4).clamp(256, limit.saturating_add(1).max(1));
    let mut out: Vec<u8> = Vec::with_capacity(cap);
    loop {
        if out.len() == out.capacity() {
            if out.len() > limit {
                out.truncate(limit);
                return (out, Some(Problem::Limit));
            }
            // Grow by doubling, but never past one byte over the limit.
            let room = out.len().max(8192).min(limit.saturating_add(1) - out.len());
            out.reserve_exact(room);
        }
        let consumed = z.total_in() as usize;
        let rest = body.get(consumed..).unwrap_or(&[]);
        let (before_in, before_out) = (z.total_in(), out.len());
        match z.decompress_vec(rest, &mut out, FlushDecompress::None) {
            Ok(Status::StreamEnd) => break,
            Ok(_) => {
                if z.total_in() == before_in && out.len() == before_out && out.len() < out.capacity() {
                    let why = if rest.is_empty() {
                        "the compressed data ends before its end marker (truncated)".to_string()
                    } else {
                        "the compressed data stops making progress".to_string()
                    };
                    return (cut(out, limit), Some(Problem::Corrupt(why)));
                }
            }
            Err(e) => {
                let msg = e.message().map(str::to_string).unwrap_or_else(|| e.to_string());
                return (cut(out, limit), Some(Problem::Corrupt(format!("deflate: {msg}"))));
            }
        }
    }
    if out.len() > limit {
        out.truncate(limit);
        return (out, Some(Problem::Limit));
    }
    // Damage inside a Huffman block often decodes to other bytes without an error: only the
    // checksum tells. A missing checksum is not damage (the data ended where it should).
    let end = z.total_in() as usize;
    if let (true, Some(sum)) = (zlib, body.get(end..end + 4)) {
        if u32::from_be_bytes([sum[0], sum[1], sum[2], sum[3]]) != adler32(&out) {
            return (out, Some(Problem::Corrupt("the checksum does not match: the data is damaged".into())));
        }
    }
    (out, None)
}

/// The Adler-32 checksum of zlib (RFC 1950).
fn adler32(data: &[u8]) -> u32 {
    const MOD: u32 = 65521;
    // 5552 bytes is the most that can be summed before `b` may overflow 32 bits.
    let (mut a, mut b) = (1u32, 0u32);
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += u32::from(x);
            b += a;
        }
        a %= MOD;
        b %= MOD;
    }
    b << 16 | a
}

fn cut(mut out: Vec<u8>, limit: usize) -> Vec<u8> {
    out.truncate(limit);
    out
}

/// LZW as PDF uses it (MSB first, 9–12 bit codes, 256 clear, 257 end).
fn lzw(input: &[u8], limit: usize, early: bool) -> (Vec<u8>, Option<Problem>) {
    let mut out = Vec::with_capacity(input.len().saturating_mul(2).min(limit));
    // Table entries as (prefix entry, last byte, length); the string is rebuilt backwards.
    let mut table: Vec<(u16, u8, u32)> = Vec::with_capacity(4096);
    let reset = |t: &mut Vec<(u16, u8, u32)>| {
        t.clear();
        t.extend((0..=255u16).map(|b| (u16::MAX, b as u8, 1)));
        t.push((u16::MAX, 0, 0));
        t.push((u16::MAX, 0, 0));
    };
    reset(&mut table);
    let mut width = 9u32;
    let (mut acc, mut bits) = (0u32, 0u32);
    let mut prev: Option<u16> = None;
    let mut scratch: Vec<u8> = Vec::new();
    for &byte in input {
        acc = acc << 8 | u32::from(byte);
        bits += 8;
        while bits >= width {
            let code = ((acc >> (bits - width)) & ((1 << width) - 1)) as u16;
            bits -= width;
            acc &= (1 << bits) - 1;
            match code {
                256 => {
                    reset(&mut table);
                    width = 9;
                    prev = None;
                    continue;
                }
                257 => return (out, None),
                _ => {}
            }
            let known = (code as usize) < table.len();
            match prev {
                None if known => emit(&table, code, &mut scratch),
                None => return (out, Some(Problem::Corrupt(format!("LZW: code {code} before any string")))),
                Some(p) => {
                    if known {
                        emit(&table, code, &mut scratch);
                    } else if code as usize == table.len() {
                        emit(&table, p, &mut scratch);
                        scratch.push(scratch[0]);
                    } else {
                        return (out, Some(Problem::Corrupt(format!("LZW: code {code} is not in the table"))));
                    }
                    if table.len() < 4096 {
                        let len = table[p as usize].2 + 1;
                        table.push((p, scratch[0], len));
                    }
                }
            }
            out.extend_from_slice(&scratch);
            if out.len() > limit {
                out.truncate(limit);
                return (out, Some(Problem::Limit));
            }
            prev = Some(code);
            let next = table.len() + usize::from(early);
            width = match next {
                n if n >= 2048 => 12,
                n if n >= 1024 => 11,
                n if n >= 512 => 10,
                _ => 9,
            };
        }
    }
    // Many writers omit the end code: the data is complete when it runs out.
    (out, None)
}

/// The string of table entry `code`, into `buf`.
fn emit(table: &[(u16, u8, u32)], code: u16, buf: &mut Vec<u8>) {
    buf.clear();
    let mut c = code;
    while let Some(&(prefix, byte, _)) = table.get(c as usize) {
        buf.push(byte);
        if prefix == u16::MAX || buf.len() > 4096 {
            break;
        }
        c = prefix;
    }
    buf.reverse();
}

fn ascii85(input: &[u8], limit: usize) -> (Vec<u8>, Option<Problem>) {
    let mut out = Vec::with_capacity((input.len() / 5 * 4 + 4).min(limit + 4));
    let (mut group, mut n) = (0u64, 0usize);
    let mut ended = false;
    let mut i = 0;
    while i < input.len() {
        let c = input[i];
        i += 1;
        match c {
            b'~' => {
                ended = true;
                break;
            }
            b'z' if n == 0 => out.extend_from_slice(&[0; 4]),
            b'!'..=b'u' => {
                group = group * 85 + u64::from(c - b'!');
                n += 1;
                if n == 5 {
                    if group > u64::from(u32::MAX) {
                        return (out, Some(Problem::Corrupt("ASCII85: a group is out of range".into())));
                    }
                    out.extend_from_slice(&(group as u32).to_be_bytes());
                    (group, n) = (0, 0);
                }
            }
            c if c.is_ascii_whitespace() || c == 0 => {}
            other => {
                return (out, Some(Problem::Corrupt(format!("ASCII85: unexpected byte {other:#04x}"))));
            }
        }
        if out.len() > limit {
            out.truncate(limit);
            return (out, Some(Problem::Limit));
        }
    }
    if n == 1 {
        return (out, Some(Problem::Corrupt("ASCII85: a lone final character".into())));
    }
    if n > 1 {
        for _ in n..5 {
            group = group * 85 + 84;
        }
        out.extend_from_slice(&(group as u32).to_be_bytes()[..n - 1]);
    }
    // A missing `~>` is common and harmless when the groups are complete.
    let _ = ended;
    (cut(out, limit), None)
}

fn ascii_hex(input: &[u8], limit: usize) -> (Vec<u8>, Option<Problem>) {
    let mut out = Vec::with_capacity((input.len() / 2 + 1).min(limit + 1));
    let mut high: Option<u8> = None;
    for &c in input {
        let v = match c {
            b'>' => break,
            b'0'..=b'9' => c - b'0',
            b'a'..=b'f' => c - b'a' + 10,
            b'A'..=b'F' => c - b'A' + 10,
            c if c.is_ascii_whitespace() || c == 0 => continue,
            other => return (out, Some(Problem::Corrupt(format!("ASCIIHex: unexpected byte {other:#04x}")))),
        };
        match high.take() {
            Some(h) => out.push(h << 4 | v),
            None => high = Some(v),
        }
        if out.len() > limit {
            out.truncate(limit);
            return (out, Some(Problem::Limit));
        }
    }
    if let Some(h) = high {
        out.push(h << 4);
    }
    (cut(out, limit), None)
}

fn run_length(input: &[u8], limit: usize) -> (Vec<u8>, Option<Problem>) {
    let mut out = Vec::with_capacity(input.len().saturating_mul(2).min(limit + 1));
    let mut i = 0;
    while i < input.len() {
        let n = input[i] as usize;
        i += 1;
        match n {
            128 => return (cut(out, limit), None),
            0..=127 => {
                let end = i + n + 1;
                let Some(run) = input.get(i..end) else {
                    out.extend_from_slice(&input[i..]);
                    return (cut(out, limit), Some(Problem::Corrupt("RunLength: a literal run is cut short".into())));
                };
                out.extend_from_slice(run);
                i = end;
            }
            _ => {
                let Some(&b) = input.get(i) else {
                    return (cut(out, limit), Some(Problem::Corrupt("RunLength: a repeat has no byte".into())));
                };
                out.resize(out.len() + 257 - n, b);
                i += 1;
            }
        }
        if out.len() > limit {
            out.truncate(limit);
            return (out, Some(Problem::Limit));
        }
    }
    (out, None)
}

/// A `/Predictor` with its row geometry.
struct Predictor {
    /// 2: TIFF; 10..=15: PNG (each row says its own).
    kind: i64,
    /// Bytes per pixel (at least 1).
    bpp: usize,
    /// Bytes per row, without the PNG tag byte.
    row: usize,
}

fn predictor(parms: Option<&Dictionary>) -> Option<Predictor> {
    let kind = int(parms, b"Predictor").unwrap_or(1);
    if kind < 2 {
        return None;
    }
    let colors = int(parms, b"Colors").unwrap_or(1).clamp(1, 32) as usize;
    let bits = int(parms, b"BitsPerComponent").unwrap_or(8).clamp(1, 16) as usize;
    let columns = int(parms, b"Columns").unwrap_or(1).clamp(1, 1 << 20) as usize;
    Some(Predictor { kind, bpp: (colors * bits).div_ceil(8).max(1), row: (columns * colors * bits).div_ceil(8) })
}

impl Predictor {
    /// Undoes the prediction; a short last row is kept as far as it goes.
    fn apply(&self, data: Vec<u8>, limit: usize) -> Result<Vec<u8>, (Vec<u8>, String)> {
        if self.kind == 2 {
            let mut d = data;
            if self.bpp == 1 || self.row.is_multiple_of(self.bpp) {
                for row in d.chunks_mut(self.row.max(1)) {
                    for i in self.bpp..row.len() {
                        row[i] = row[i].wrapping_add(row[i - self.bpp]);
                    }
                }
            }
            return Ok(d);
        }
        if !(10..=15).contains(&self.kind) {
            return Err((Vec::new(), format!("unknown predictor {}", self.kind)));
        }
        let mut out = Vec::with_capacity(data.len().min(limit));
        let mut prev = vec![0u8; self.row];
        let mut cur = vec![0u8; self.row];
        for chunk in data.chunks(self.row + 1) {
            let (tag, body) = (chunk[0], &chunk[1..]);
            cur[..body.len()].copy_from_slice(body);
            let bpp = self.bpp;
            for i in 0..body.len() {
                let a = if i >= bpp { cur[i - bpp] } else { 0 };
                let b = prev[i];
                let c = if i >= bpp { prev[i - bpp] } else { 0 };
                cur[i] = match tag {
                    0 => cur[i],
                    1 => cur[i].wrapping_add(a),
                    2 => cur[i].wrapping_add(b),
                    3 => cur[i].wrapping_add(((u16::from(a) + u16::from(b)) / 2) as u8),
                    4 => cur[i].wrapping_add(paeth(a, b, c)),
                    t => return Err((out, format!("PNG predictor: unknown row filter {t}"))),
                };
            }
            out.extend_from_slice(&cur[..body.len()]);
            if out.len() > limit {
                out.truncate(limit);
                return Ok(out);
            }
            std::mem::swap(&mut prev, &mut cur);
        }
        Ok(out)
    }
}

fn paeth(a: u8, b: u8, c: u8) -> u8 {
    let p = i16::from(a) + i16::from(b) - i16::from(c);
    let (pa, pb, pc) = ((p - i16::from(a)).abs(), (p - i16::from(b)).abs(), (p - i16::from(c)).abs());
    if pa <= pb && pa <= pc {
        a
    } else if pb <= pc {
        b
    } else {
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn zlib(data: &[u8]) -> Vec<u8> {
        let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all(data).unwrap();
        enc.finish().unwrap()
    }

    fn sample() -> Vec<u8> {
        (0..3000u32).flat_map(|i| format!("{} {} Td ({}) Tj\n", i * 7919 % 1013, i, i * 31 % 97).into_bytes()).collect()
    }

    fn stream(filter: Object, content: Vec<u8>) -> Stream {
        let mut d = Dictionary::new();
        d.set("Filter", filter);
        Stream::new(d, content)
    }

    #[test]
    fn flate_whole_and_damaged() {
        let text = sample();
        let z = zlib(&text);
        let ok = decode(&stream(Object::Name(b"FlateDecode".to_vec()), z.clone()), 1 << 20);
        assert_eq!((ok.data.as_slice(), ok.problem), (text.as_slice(), None));
        // A wrong checksum: the data may be wrong anywhere; all of it is kept. A missing one
        // is not damage.
        let mut bad_sum = z.clone();
        let n = bad_sum.len();
        bad_sum[n - 1] ^= 0xFF;
        let (data, problem) = inflate(&bad_sum, 1 << 20);
        assert_eq!(data, text);
        assert!(matches!(problem, Some(Problem::Corrupt(ref m)) if m.contains("checksum")), "{problem:?}");
        assert_eq!(inflate(&z[..n - 4], 1 << 20), (text.clone(), None));
        // Flipped bytes in the middle: the prefix before the damage, and a problem.
        let mut flipped = z.clone();
        let mid = flipped.len() / 2;
        flipped[mid..mid + 8].iter_mut().for_each(|b| *b ^= 0xFF);
        let (data, problem) = inflate(&flipped, 1 << 20);
        assert!(matches!(problem, Some(Problem::Corrupt(_))), "{problem:?}");
        assert!(data.len() > 100 && text.starts_with(&data[..100]));
        // Truncated.
        let (data, problem) = inflate(&z[..z.len() / 2], 1 << 20);
        assert!(matches!(problem, Some(Problem::Corrupt(ref m)) if m.contains("truncated")), "{problem:?}");
        assert!(data.len() > 100 && text.starts_with(&data));
        // Over the limit.
        let (data, problem) = inflate(&z, 1000);
        assert_eq!((data.len(), problem), (1000, Some(Problem::Limit)));
        // Raw deflate without a zlib header.
        assert_eq!(inflate(&z[2..], 1 << 20), (text, None));
    }

    #[test]
    fn chains_and_simple_filters() {
        assert_eq!(ascii_hex(b"48 65 6c6C 6f7>", 100), (b"Hello\x70".to_vec(), None));
        assert_eq!(ascii85(b"87cURD]i,\"Ebo80~>", 100), (b"Hello World!".to_vec(), None));
        assert!(matches!(ascii_hex(b"4G", 100).1, Some(Problem::Corrupt(_))));
        assert_eq!(run_length(&[2, b'a', b'b', b'c', 254, b'x', 128], 100), (b"abcxxx".to_vec(), None));
        assert!(matches!(run_length(&[5, b'a'], 100).1, Some(Problem::Corrupt(_))));
        // ASCIIHex over Flate.
        let text = sample();
        let hex: Vec<u8> = zlib(&text).iter().flat_map(|b| format!("{b:02x}").into_bytes()).collect();
        let s = stream(Object::Array(vec![Object::Name(b"AHx".to_vec()), Object::Name(b"FlateDecode".to_vec())]), hex);
        let d = decode(&s, 1 << 20);
        assert_eq!((d.data, d.problem), (text, None));
        let d = decode(&stream(Object::Name(b"DCTDecode".to_vec()), vec![1, 2, 3]), 100);
        assert_eq!(d.problem, Some(Problem::Unsupported("DCTDecode".into())));
    }

    /// A small LZW encoder (fixed 9–12 bit, early change) to test the decoder against.
    fn lzw_encode(data: &[u8]) -> Vec<u8> {
        use std::collections::HashMap;
        let mut dict: HashMap<Vec<u8>, u16> = (0..=255u16).map(|b| (vec![b as u8], b)).collect();
        let mut next = 258u16;
        let (mut out, mut acc, mut bits) = (Vec::new(), 0u32, 0u32);
        let mut width = 9u32;
        let mut put = |code: u16, width: u32, out: &mut Vec<u8>| {
            acc = acc << width | u32::from(code);
            bits += width;
            while bits >= 8 {
                out.push((acc >> (bits - 8)) as u8);
                bits -= 8;
                acc &= (1 << bits) - 1;
            }
        };
        put(256, width, &mut out);
        let mut w: Vec<u8> = Vec::new();
        for &c in data {
            let mut wc = w.clone();
            wc.push(c);
            if dict.contains_key(&wc) {
                w = wc;
                continue;
            }
            put(dict[&w], width, &mut out);
            if next < 4094 {
                dict.insert(wc, next);
                next += 1;
                width = match next {
                    n if n >= 2048 => 12,
                    n if n >= 1024 => 11,
                    n if n >= 512 => 10,
                    _ => 9,
                };
            }
            w = vec![c];
        }
        put(dict[&w], width, &mut out);
        put(257, width, &mut out);
        put(0, 7, &mut out);
        out
    }

    #[test]
    fn lzw_round_trip_and_damage() {
        let text = sample();
        let enc = lzw_encode(&text);
        assert_eq!(lzw(&enc, 1 << 20, true), (text.clone(), None));
        let mut bad = enc.clone();
        let mid = bad.len() / 2;
        bad[mid..mid + 8].iter_mut().for_each(|b| *b = 0xFF);
        let (data, problem) = lzw(&bad, 1 << 20, true);
        assert!(problem.is_some() || data != text);
        assert!(text.starts_with(&data[..100]));
    }

    #[test]
    fn png_predictor() {
        // Two rows of 3 bytes, "up" filter on the second.
        let mut parms = Dictionary::new();
        parms.set("Predictor", 12);
        parms.set("Columns", 3);
        let p = predictor(Some(&parms)).unwrap();
        let out = p.apply(vec![0, 1, 2, 3, 2, 1, 1, 1], 100).unwrap();
        assert_eq!(out, vec![1, 2, 3, 2, 3, 4]);
    }
}
