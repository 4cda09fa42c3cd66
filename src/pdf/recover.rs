//! Repairs the parser needs help with.
//!
//! Page content streams that the parser dropped (a negative or absurd `/Length` makes
//! lopdf refuse the whole object). In: the parsed document, the file's bytes and its pages.
//! Out: every missing content stream found in the bytes (`N G obj << … >> stream …
//! endstream`) put back into the document, and how many were recovered. Encrypted documents
//! are left alone (their raw stream bytes would still be encrypted).
//!
//! Objects written one after another on a line (`… endobj 2 0 obj …`, as some minimal
//! writers and hand-made files do): lopdf's rebuild of a missing cross-reference table
//! only sees objects that start a line. In: the file's bytes. Out: a copy with a line
//! break after every `endobj` that another object follows on the same line.

use lopdf::{Dictionary, Document, Object, Stream};

use super::lexer::{Lexer, Operand};
use super::load::PageGeometry;

/// Most objects looked for in one document.
const MAX_RECOVERED: usize = 1000;

/// Puts missing page content streams back into `doc`: objects that are not there, and
/// streams whose dictionary has no `/Length` (the parser leaves their data empty). Returns
/// how many were recovered.
pub(crate) fn missing_content_streams(doc: &mut Document, bytes: &[u8], pages: &[PageGeometry]) -> usize {
    if doc.trailer.has(b"Encrypt") {
        return 0;
    }
    let mut missing = Vec::new();
    for page in pages.iter().filter(|p| !p.missing) {
        for id in doc.get_page_contents(page.id) {
            let lost = match doc.objects.get(&id) {
                None => true,
                Some(Object::Stream(s)) => s.content.is_empty() && s.dict.get(b"Length").is_err(),
                Some(_) => false,
            };
            if lost && !missing.contains(&id) && missing.len() < MAX_RECOVERED {
                missing.push(id);
            }
        }
    }
    let mut recovered = 0;
    for id in missing {
        if let Some(stream) = find_stream(bytes, id.0, id.1) {
            doc.objects.insert(id, Object::Stream(stream));
            recovered += 1;
        }
    }
    recovered
}

/// `bytes` with a line break after every `endobj` that is followed, on the same line, by
/// another object header (`N G obj`); `None` when there is none.
pub(crate) fn objects_on_their_own_lines(bytes: &[u8]) -> Option<Vec<u8>> {
    const END: &[u8] = b"endobj";
    let mut out: Option<Vec<u8>> = None;
    let mut copied = 0;
    let mut from = 0;
    while let Some(i) = bytes.get(from..).and_then(|rest| rest.windows(END.len()).position(|w| w == END)) {
        let after = from + i + END.len();
        from = after;
        let rest = &bytes[after..];
        let blanks = rest.iter().take_while(|&&b| b == b' ' || b == b'\t').count();
        if starts_object_header(&rest[blanks..]) {
            let o = out.get_or_insert_with(|| Vec::with_capacity(bytes.len() + 64));
            o.extend_from_slice(&bytes[copied..after]);
            o.push(b'\n');
            copied = after + blanks;
        }
    }
    let mut o = out?;
    o.extend_from_slice(&bytes[copied..]);
    Some(o)
}

/// `N G obj` at the start of `s`.
fn starts_object_header(s: &[u8]) -> bool {
    let digits = |s: &[u8]| s.iter().take_while(|b| b.is_ascii_digit()).count();
    let blanks = |s: &[u8]| s.iter().take_while(|b| b.is_ascii_whitespace()).count();
    let n = digits(s);
    if n == 0 {
        return false;
    }
    let s = &s[n..];
    let w = blanks(s);
    let s = &s[w..];
    let g = digits(s);
    if w == 0 || g == 0 {
        return false;
    }
    let s = &s[g..];
    let w = blanks(s);
    w > 0 && s[w..].starts_with(b"obj")
}

fn find_all<'a>(hay: &'a [u8], needle: &[u8]) -> impl Iterator<Item = usize> + 'a {
    let needle = needle.to_vec();
    (0..hay.len().saturating_sub(needle.len().saturating_sub(1))).filter(move |&i| hay[i..].starts_with(&needle))
}

/// The last `num gen obj … stream … endstream` in `bytes`, as a stream.
fn find_stream(bytes: &[u8], num: u32, gen: u16) -> Option<Stream> {
    let header = format!("{num} {gen} obj");
    let start = find_all(bytes, header.as_bytes())
        .filter(|&i| i == 0 || bytes.get(i - 1).is_some_and(|b| b.is_ascii_whitespace()))
        .last()?;
    let body = &bytes[start + header.len()..];
    let endobj = find_all(body, b"endobj").next().unwrap_or(body.len());
    let kw = find_all(&body[..endobj], b"stream").find(|&i| !body[..i].ends_with(b"end"))?;
    let dict = parse_dict(&body[..kw])?;
    let mut data_start = kw + b"stream".len();
    if body.get(data_start) == Some(&b'\r') {
        data_start += 1;
    }
    if body.get(data_start) == Some(&b'\n') {
        data_start += 1;
    }
    let rest = body.get(data_start..)?;
    let mut end = find_all(rest, b"endstream").next()?;
    if rest[..end].ends_with(b"\r\n") {
        end -= 2;
    } else if rest[..end].ends_with(b"\n") || rest[..end].ends_with(b"\r") {
        end -= 1;
    }
    let mut stream = Stream::new(dict, rest[..end].to_vec());
    stream.allows_compression = false;
    Some(stream)
}

fn parse_dict(text: &[u8]) -> Option<Dictionary> {
    let mut lexer = Lexer::new(text, 8);
    let mut operands = Vec::new();
    while lexer.next_op(&mut operands).is_some() {}
    match operands.first()? {
        Operand::Dict(pairs) => {
            let mut d = Dictionary::new();
            for (k, v) in pairs {
                if k.as_slice() != b"Length" {
                    if let Some(o) = to_object(v, 0) {
                        d.set(k.clone(), o);
                    }
                }
            }
            Some(d)
        }
        _ => None,
    }
}

fn to_object(v: &Operand, depth: usize) -> Option<Object> {
    if depth > 8 {
        return None;
    }
    Some(match v {
        Operand::Num(n) if n.fract() == 0.0 && n.abs() < 1e15 => Object::Integer(*n as i64),
        Operand::Num(n) => Object::Real(*n as f32),
        Operand::Name(n) => Object::Name(n.clone()),
        Operand::Str(s) => Object::String(s.clone(), lopdf::StringFormat::Literal),
        Operand::Array(items) => Object::Array(items.iter().filter_map(|i| to_object(i, depth + 1)).collect()),
        Operand::Dict(pairs) => {
            let mut d = Dictionary::new();
            for (k, v) in pairs {
                if let Some(o) = to_object(v, depth + 1) {
                    d.set(k.clone(), o);
                }
            }
            Object::Dictionary(d)
        }
        Operand::Bool(b) => Object::Boolean(*b),
        Operand::Null => Object::Null,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_stream_with_a_bad_length() {
        let file = b"%PDF-1.7\n11 0 obj\n<< /Length -25 /Filter /FlateDecode >>\nstream\nABC\nendstream\nendobj\n";
        let s = find_stream(file, 11, 0);
        assert!(s.as_ref().is_some_and(|s| s.content == b"ABC"));
        assert!(s.is_some_and(|s| s.dict.get(b"Filter").ok() == Some(&Object::Name(b"FlateDecode".to_vec()))));
        assert!(find_stream(file, 1, 0).is_none());
        assert!(find_stream(b"1 0 obj << >> endobj", 1, 0).is_none());
    }

    #[test]
    fn puts_objects_on_their_own_lines() {
        let one_line = b"1 0 obj<</A 1>>endobj 2 0 obj<</B 2>>endobj  3 0 obj[]endobj\ntrailer";
        let fixed = objects_on_their_own_lines(one_line).unwrap_or_default();
        assert_eq!(fixed, b"1 0 obj<</A 1>>endobj\n2 0 obj<</B 2>>endobj\n3 0 obj[]endobj\ntrailer");
        // Nothing to do: an `endobj` at a line end, or followed by something else.
        assert_eq!(objects_on_their_own_lines(b"1 0 obj 5 endobj\n2 0 obj 6 endobj"), None);
        assert_eq!(objects_on_their_own_lines(b"1 0 obj 5 endobj 2 0 R endobj 7"), None);
    }
}
