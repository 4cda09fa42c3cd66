//! A small, non-recursive tokenizer for content streams and CMap programs.
//!
//! In: the decoded bytes of a content stream (or a CMap). Out: one operator at a time with
//! its operands ([`Lexer::next_op`]). Arrays and dictionaries are built with an explicit
//! stack whose depth is bounded: anything nested deeper than the bound is skipped (its
//! brackets are still counted, so the stream stays in step). Operand lists and arrays are
//! bounded in length too, so a hostile stream costs time linear in its size and bounded
//! memory. Inline images (`BI … ID … EI`) are skipped and reported as the operator `BI`.

/// One operand of a content-stream operator.
#[derive(Debug, Clone, PartialEq)]
pub enum Operand {
    /// Any number (integers included).
    Num(f64),
    /// A name without its slash.
    Name(Vec<u8>),
    /// A literal or hex string, decoded to bytes.
    Str(Vec<u8>),
    /// An array.
    Array(Vec<Operand>),
    /// A dictionary as key/value pairs in order.
    Dict(Vec<(Vec<u8>, Operand)>),
    /// `true` / `false`.
    Bool(bool),
    /// `null`.
    Null,
}

impl Operand {
    /// The number, if this is one.
    pub fn num(&self) -> Option<f64> {
        match self {
            Operand::Num(n) if n.is_finite() => Some(*n),
            _ => None,
        }
    }

    /// A dictionary entry, if this is a dictionary.
    pub fn dict_get(&self, key: &[u8]) -> Option<&Operand> {
        match self {
            Operand::Dict(pairs) => pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

/// Largest number of operands kept for one operator, and of elements kept in one array.
const MAX_ITEMS: usize = 1 << 16;

/// Tokenizer state over one byte slice.
pub struct Lexer<'a> {
    data: &'a [u8],
    pos: usize,
    max_depth: usize,
    /// Set when something was dropped because of the depth or length bounds.
    pub truncated: bool,
}

enum Frame {
    Array(Vec<Operand>),
    Dict(Vec<Operand>),
}

/// Byte classes, one table lookup per byte (the tokenizer reads every byte of a stream).
const WHITE: u8 = 1;
const DELIM: u8 = 2;
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let white = b" \n\r\t\x0c\0";
    let mut i = 0;
    while i < white.len() {
        t[white[i] as usize] = WHITE;
        i += 1;
    }
    let delim = b"()<>[]{}/%";
    let mut i = 0;
    while i < delim.len() {
        t[delim[i] as usize] = DELIM;
        i += 1;
    }
    t
};

fn is_white(b: u8) -> bool {
    CLASS[b as usize] == WHITE
}

fn is_delim(b: u8) -> bool {
    CLASS[b as usize] == DELIM
}

/// White space or a delimiter: where a regular token ends.
fn ends_token(b: u8) -> bool {
    CLASS[b as usize] != 0
}

impl<'a> Lexer<'a> {
    /// A lexer over `data`; arrays and dictionaries deeper than `max_depth` are skipped.
    pub fn new(data: &'a [u8], max_depth: usize) -> Self {
        Lexer { data, pos: 0, max_depth: max_depth.max(1), truncated: false }
    }

    /// Reads the next operator. `operands` is cleared and receives its operands. Returns
    /// `None` at the end of the data. The returned slice is the operator keyword.
    pub fn next_op(&mut self, operands: &mut Vec<Operand>) -> Option<&'a [u8]> {
        operands.clear();
        let mut stack: Vec<Frame> = Vec::new();
        // Depth of brackets being skipped because they were nested too deep.
        let mut skipping = 0usize;
        loop {
            self.skip_white();
            let b = *self.data.get(self.pos)?;
            let value = match b {
                b'[' | b'<' if b == b'[' || self.data.get(self.pos + 1) == Some(&b'<') => {
                    self.pos += if b == b'[' { 1 } else { 2 };
                    if skipping > 0 || stack.len() >= self.max_depth {
                        skipping += 1;
                        self.truncated = true;
                    } else if b == b'[' {
                        stack.push(Frame::Array(Vec::new()));
                    } else {
                        stack.push(Frame::Dict(Vec::new()));
                    }
                    continue;
                }
                b']' | b'>' if b == b']' || self.data.get(self.pos + 1) == Some(&b'>') => {
                    self.pos += if b == b']' { 1 } else { 2 };
                    if skipping > 0 {
                        skipping -= 1;
                        continue;
                    }
                    match stack.pop() {
                        Some(Frame::Array(items)) => Operand::Array(items),
                        Some(Frame::Dict(items)) => Operand::Dict(pairs(items)),
                        None => continue,
                    }
                }
                b'(' => Operand::Str(self.literal_string()),
                b'<' => Operand::Str(self.hex_string()),
                b'/' => {
                    self.pos += 1;
                    Operand::Name(self.name())
                }
                b'%' => {
                    while let Some(&c) = self.data.get(self.pos) {
                        if c == b'\n' || c == b'\r' {
                            break;
                        }
                        self.pos += 1;
                    }
                    continue;
                }
                b')' | b'>' | b']' | b'{' | b'}' => {
                    self.pos += 1;
                    continue;
                }
                _ => {
                    let start = self.pos;
                    let rest = self.data.get(start..).unwrap_or(&[]);
                    self.pos += rest.iter().position(|&c| ends_token(c)).unwrap_or(rest.len());
                    let word = self.data.get(start..self.pos).unwrap_or(&[]);
                    if word.is_empty() {
                        self.pos += 1;
                        continue;
                    }
                    match word {
                        b"true" => Operand::Bool(true),
                        b"false" => Operand::Bool(false),
                        b"null" => Operand::Null,
                        _ => match parse_number(word) {
                            Some(n) => Operand::Num(n),
                            None => {
                                if skipping > 0 || !stack.is_empty() {
                                    // A keyword inside an array: malformed; drop it.
                                    continue;
                                }
                                if word == b"BI" {
                                    self.skip_inline_image();
                                }
                                return Some(word);
                            }
                        },
                    }
                }
            };
            if skipping > 0 {
                continue;
            }
            let target = match stack.last_mut() {
                Some(Frame::Array(items)) | Some(Frame::Dict(items)) => items,
                None => &mut *operands,
            };
            if target.len() < MAX_ITEMS {
                target.push(value);
            } else {
                self.truncated = true;
            }
        }
    }

    fn skip_white(&mut self) {
        while let Some(&c) = self.data.get(self.pos) {
            if !is_white(c) {
                break;
            }
            self.pos += 1;
        }
    }

    fn name(&mut self) -> Vec<u8> {
        // Fast path: a name without `#` escapes is copied at once.
        let rest = self.data.get(self.pos..).unwrap_or(&[]);
        let end = rest.iter().position(|&c| ends_token(c) || c == b'#').unwrap_or(rest.len());
        if rest.get(end) != Some(&b'#') {
            self.pos += end;
            return rest[..end].to_vec();
        }
        let mut out = Vec::with_capacity(end + 8);
        while let Some(&c) = self.data.get(self.pos) {
            if is_white(c) || is_delim(c) {
                break;
            }
            self.pos += 1;
            if c == b'#' {
                let hex = self.data.get(self.pos..self.pos + 2).and_then(|h| std::str::from_utf8(h).ok());
                if let Some(v) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    out.push(v);
                    self.pos += 2;
                    continue;
                }
            }
            out.push(c);
        }
        out
    }

    fn literal_string(&mut self) -> Vec<u8> {
        self.pos += 1;
        // Fast path: a string without escapes or nested parentheses is copied at once.
        let rest = self.data.get(self.pos..).unwrap_or(&[]);
        let stop = rest.iter().position(|&c| matches!(c, b'(' | b')' | b'\\'));
        if let Some(end) = stop.filter(|&e| rest[e] == b')') {
            self.pos += end + 1;
            return rest[..end].to_vec();
        }
        let mut out = Vec::with_capacity(stop.unwrap_or(rest.len()).min(1024) + 8);
        let mut depth = 1usize;
        while let Some(&c) = self.data.get(self.pos) {
            self.pos += 1;
            match c {
                b'(' => {
                    depth += 1;
                    out.push(c);
                }
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                    out.push(c);
                }
                b'\\' => {
                    let Some(&e) = self.data.get(self.pos) else { break };
                    self.pos += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'\r' => {
                            if self.data.get(self.pos) == Some(&b'\n') {
                                self.pos += 1;
                            }
                        }
                        b'\n' => {}
                        b'0'..=b'7' => {
                            let mut v = (e - b'0') as u32;
                            for _ in 0..2 {
                                match self.data.get(self.pos) {
                                    Some(&d @ b'0'..=b'7') => {
                                        v = v * 8 + (d - b'0') as u32;
                                        self.pos += 1;
                                    }
                                    _ => break,
                                }
                            }
                            out.push((v & 0xFF) as u8);
                        }
                        other => out.push(other),
                    }
                }
                _ => out.push(c),
            }
        }
        out
    }

    fn hex_string(&mut self) -> Vec<u8> {
        self.pos += 1;
        let rest = self.data.get(self.pos..).unwrap_or(&[]);
        let digits = rest.iter().position(|&c| c == b'>').unwrap_or(rest.len());
        let mut out = Vec::with_capacity(digits.div_ceil(2));
        let mut high: Option<u8> = None;
        while let Some(&c) = self.data.get(self.pos) {
            self.pos += 1;
            let v = match c {
                b'0'..=b'9' => c - b'0',
                b'a'..=b'f' => c - b'a' + 10,
                b'A'..=b'F' => c - b'A' + 10,
                b'>' => break,
                _ => continue,
            };
            match high.take() {
                Some(h) => out.push(h << 4 | v),
                None => high = Some(v),
            }
        }
        if let Some(h) = high {
            out.push(h << 4);
        }
        out
    }

    /// Skips `… ID <data> EI` after `BI`: the data ends at an `EI` that stands alone
    /// between white space (or at the end), followed by something that looks like text.
    fn skip_inline_image(&mut self) {
        let id = find(self.data, self.pos, |d, i| {
            d.get(i..i + 2) == Some(b"ID")
                && i > 0
                && d.get(i - 1).is_some_and(|&c| is_white(c) || is_delim(c))
                && d.get(i + 2).is_none_or(|&c| is_white(c))
        });
        let Some(id) = id else {
            self.pos = self.data.len();
            return;
        };
        let start = id + 3;
        let ei = find(self.data, start, |d, i| {
            d.get(i..i + 2) == Some(b"EI")
                && d.get(i - 1).is_some_and(|&c| is_white(c))
                && d.get(i + 2).is_none_or(|&c| is_white(c))
                && d.get(i + 3..(i + 40).min(d.len())).unwrap_or(&[]).iter().all(|&c| c.is_ascii() && c != 0)
        });
        self.pos = ei.map_or(self.data.len(), |i| i + 2);
    }
}

fn find(data: &[u8], from: usize, pred: impl Fn(&[u8], usize) -> bool) -> Option<usize> {
    (from.max(1)..data.len()).find(|&i| pred(data, i))
}

fn pairs(items: Vec<Operand>) -> Vec<(Vec<u8>, Operand)> {
    let mut out = Vec::new();
    let mut it = items.into_iter();
    while let Some(k) = it.next() {
        if let Operand::Name(k) = k {
            if let Some(v) = it.next() {
                out.push((k, v));
            }
        }
    }
    out
}

/// Parses a PDF number leniently (`+1`, `-.5`, `4.`, `--3` as -3, `1.2.3` as 1.2).
pub fn parse_number(word: &[u8]) -> Option<f64> {
    simple_number(word).or_else(|| lenient_number(word))
}

/// The common case of [`parse_number`] in one pass: `-`? digits with at most one `.`, at
/// least one digit, at most 15 characters after the sign (so at most 15 significant digits
/// and decimals), whose value is exactly what [`exact_decimal`] gives; `None` for anything
/// else (then [`lenient_number`] decides).
fn simple_number(word: &[u8]) -> Option<f64> {
    const POW10: [f64; 16] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
    let (neg, digits) = match word.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, word),
    };
    if digits.len() > 15 || digits == b"." {
        return None;
    }
    let mut mantissa: u64 = 0;
    let mut dot: Option<usize> = None;
    for (i, &c) in digits.iter().enumerate() {
        let d = c.wrapping_sub(b'0');
        if d < 10 {
            mantissa = mantissa * 10 + u64::from(d);
        } else if c == b'.' && dot.is_none() {
            dot = Some(i);
        } else {
            return None;
        }
    }
    if digits.is_empty() {
        return None;
    }
    let decimals = dot.map_or(0, |p| digits.len() - p - 1);
    let v = mantissa as f64 / POW10[decimals];
    Some(if neg { -v } else { v })
}

fn lenient_number(word: &[u8]) -> Option<f64> {
    let mut i = 0;
    let mut neg = false;
    while let Some(&c) = word.get(i) {
        match c {
            b'-' => neg = true,
            b'+' => {}
            _ => break,
        }
        i += 1;
    }
    let rest = word.get(i..)?;
    let first = *rest.first()?;
    if !(first.is_ascii_digit() || first == b'.') {
        return None;
    }
    let mut end = 0;
    let mut dot = false;
    for &c in rest {
        if c.is_ascii_digit() {
            end += 1;
        } else if c == b'.' && !dot {
            dot = true;
            end += 1;
        } else {
            break;
        }
    }
    if end < rest.len() && !(rest[end] == b'.' || rest[end] == b'-') {
        // Something like `12abc` is a keyword, not a number.
        return None;
    }
    let digits = rest.get(..end)?;
    let v = exact_decimal(digits).or_else(|| {
        let text = std::str::from_utf8(digits).ok()?;
        if text == "." {
            Some(0.0)
        } else {
            text.parse().ok()
        }
    })?;
    Some(if neg { -v } else { v })
}

/// `digits` (ASCII digits with at most one `.`) as a number, when it has at most 15
/// significant digits: the digits as an integer (exact in an `f64`) divided by an exact
/// power of ten, one correctly rounded operation, so the same value as `str::parse` without
/// its cost (numbers are most of a content stream).
fn exact_decimal(digits: &[u8]) -> Option<f64> {
    const POW10: [f64; 16] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
    let mut mantissa: u64 = 0;
    let mut count = 0usize;
    let mut decimals: Option<usize> = None;
    for &c in digits {
        if c == b'.' {
            decimals = Some(0);
            continue;
        }
        if mantissa == 0 && c == b'0' {
            // Leading zeros are not significant.
        } else {
            count += 1;
        }
        mantissa = mantissa * 10 + u64::from(c - b'0');
        if let Some(d) = decimals.as_mut() {
            *d += 1;
        }
        if count > 15 {
            return None;
        }
    }
    let d = decimals.unwrap_or(0);
    let scale = POW10.get(d)?;
    Some(mantissa as f64 / scale)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ops(data: &[u8]) -> Vec<(String, Vec<Operand>)> {
        let mut lx = Lexer::new(data, 8);
        let mut v = Vec::new();
        let mut out = Vec::new();
        while let Some(op) = lx.next_op(&mut v) {
            out.push((String::from_utf8_lossy(op).into_owned(), v.clone()));
        }
        out
    }

    #[test]
    fn operators_and_operands() {
        let got = ops(b"BT /F1 12 Tf 1 0 0 1 72.5 -.5 Tm (a\\(b\\)\\101) Tj [(x) -250 <4142>] TJ ET");
        assert_eq!(got.len(), 6);
        assert_eq!(got[1].0, "Tf");
        assert_eq!(got[1].1, vec![Operand::Name(b"F1".to_vec()), Operand::Num(12.0)]);
        assert_eq!(got[2].1[5], Operand::Num(-0.5));
        assert_eq!(got[3].1, vec![Operand::Str(b"a(b)A".to_vec())]);
        assert_eq!(
            got[4].1,
            vec![Operand::Array(vec![Operand::Str(b"x".to_vec()), Operand::Num(-250.0), Operand::Str(b"AB".to_vec())])]
        );
    }

    #[test]
    fn dicts_and_comments() {
        let got = ops(b"/Span << /ActualText (fi) /MCID 3 >> BDC % comment (x) Tj\nEMC");
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].1[1].dict_get(b"ActualText"), Some(&Operand::Str(b"fi".to_vec())));
    }

    #[test]
    fn deep_nesting_is_bounded() {
        let mut data = Vec::new();
        data.extend(std::iter::repeat_n(b'[', 200_000));
        data.extend(std::iter::repeat_n(b']', 200_000));
        data.extend_from_slice(b" TJ (ok) Tj");
        let got = ops(&data);
        assert_eq!(got.last().map(|o| o.0.as_str()), Some("Tj"));
    }

    #[test]
    fn inline_image_skipped() {
        let got = ops(b"q BI /W 2 /H 2 /BPC 8 ID \x00EI\xff\x01 EI Q (t) Tj");
        let names: Vec<_> = got.iter().map(|o| o.0.as_str()).collect();
        assert_eq!(names, vec!["q", "BI", "Q", "Tj"]);
    }

    #[test]
    fn numbers() {
        let cases: &[(&[u8], Option<f64>)] =
            &[(b"12", Some(12.0)), (b"-3.5", Some(-3.5)), (b".5", Some(0.5)), (b"4.", Some(4.0)), (b"Tj", None)];
        for (w, want) in cases {
            assert_eq!(parse_number(w), *want);
        }
    }

    #[test]
    fn numbers_are_parsed_as_the_standard_library_parses_them() {
        let words = [
            "0",
            "1",
            "-0.5",
            "612",
            "792.0",
            "0.000001",
            "123.456",
            "99999.99999",
            "3.14159265358979",
            "1234567890.12345",
            "0.1",
            "0.2",
            "0.3",
            "10.005",
            "72.125",
            "00012.50",
            "-.75",
            "1.000000000000000001",
            "12345678901234567890",
        ];
        for w in words {
            let want: f64 = w.parse().unwrap_or(f64::NAN);
            let got = parse_number(w.as_bytes()).unwrap_or(f64::NAN);
            assert_eq!(got.to_bits(), want.to_bits(), "{w}");
        }
    }

    #[test]
    fn the_one_pass_reading_equals_the_lenient_one() {
        let mut words: Vec<String> = ["", "-", ".", "-.", "0", "-0", "5.", "-.5", "1.2.3", "+1", "--3", "1e5", "12a"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        // Numbers of every length up to 18 characters, with and without a sign and a dot.
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for len in 1..=18 {
            for _ in 0..200 {
                x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                let mut w: String = (0..len).map(|k| char::from(b'0' + ((x >> (k % 60)) % 10) as u8)).collect();
                if x.is_multiple_of(3) {
                    w.insert(((x >> 7) as usize) % (len + 1), '.');
                }
                if x % 5 < 2 {
                    w.insert(0, '-');
                }
                words.push(w);
            }
        }
        let mut simple = 0;
        for w in &words {
            if let Some(v) = simple_number(w.as_bytes()) {
                simple += 1;
                assert_eq!(Some(v.to_bits()), lenient_number(w.as_bytes()).map(f64::to_bits), "{w}");
            }
        }
        assert!(simple > words.len() / 2, "{simple} of {}", words.len());
    }
}
