//! The PDF standard security handler, for encrypted files that lopdf cannot open itself.
//!
//! In: the bytes of an encrypted PDF, which [`mask_encrypt_key`] turns into bytes lopdf parses
//! as an unencrypted file (every object read, nothing decrypted, object streams kept whole by
//! [`hide_object_streams`]), and the passwords to try. Out: the parsed [`Document`] with every
//! string and stream decrypted and the objects of the (decrypted) object streams added, plus
//! the [`Decryptor`] that did it; or a [`CryptError`] saying whether no password fitted or the
//! scheme is not supported.
//!
//! Implemented from ISO 32000-2 §7.6: Algorithm 2 (file key from the user password), 4 and 5
//! (user password check, R2 and R3/R4), 7 (owner password → user password), 2.A and 2.B (the
//! AES-256 R5/R6 keys), per-object keys, RC4 and AES-CBC with the IV prefix, crypt filters
//! (`/CF`, `/StmF`, `/StrF`, `/Identity`, a stream's own `/Crypt` filter) and
//! `/EncryptMetadata`. Passwords are tried as PDFDocEncoding and as UTF-8 (R2–R4) or as UTF-8
//! and its NFKC form (R5/R6), each as user and as owner password. Decryption is lenient like
//! the common readers: bad AES padding keeps the bytes, short ciphertext decrypts to nothing.

use aes::cipher::{BlockCipherDecrypt, BlockCipherEncrypt, KeyInit};
use lopdf::{Dictionary, Document, Object, ObjectId, ObjectStream, Stream};
use md5::{Digest as _, Md5};
use sha2::{Digest as _, Sha256, Sha384, Sha512};
use thiserror::Error;
use unicode_normalization::UnicodeNormalization;

/// The trailer key `/Encrypt` after masking: same length, so no byte offset moves.
pub(crate) const MASKED_KEY: &[u8] = b"EncrypX";
/// The `/Type` an object stream carries while its content is still encrypted.
const HIDDEN_OBJSTM: &[u8] = b"LegajoEncryptedObjStm";
/// Deepest nesting of arrays and dictionaries decrypted inside one object.
const MAX_DEPTH: usize = 64;
/// Rounds after which Algorithm 2.B stops whatever the data (it always ends by round 288).
const MAX_2B_ROUNDS: u32 = 300;

/// The 32-byte padding string of Algorithm 2.
const PAD: [u8; 32] = [
    0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08, 0x2E, 0x2E, 0x00,
    0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
];

/// Why an encrypted document could not be decrypted.
#[derive(Debug, Error, PartialEq)]
pub enum CryptError {
    /// Neither the empty password nor the given one is the user or owner password.
    #[error("no password given opens the document")]
    Password,
    /// A security handler or revision this module does not implement.
    #[error("unsupported encryption: {0}")]
    Unsupported(String),
    /// The encryption dictionary lacks what the handler needs.
    #[error("malformed encryption dictionary: {0}")]
    Malformed(String),
}

/// How one kind of data (strings, streams, one crypt filter) is encrypted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Method {
    /// Not encrypted.
    Identity,
    /// RC4 with a per-object key (`/V2`, and everything in V1/V2 files).
    Rc4,
    /// AES-128-CBC with a per-object key and a 16-byte IV prefix (`/AESV2`).
    Aes128,
    /// AES-256-CBC with the file key and a 16-byte IV prefix (`/AESV3`).
    Aes256,
}

/// What the encryption dictionary (and the trailer `/ID`) say.
#[derive(Debug, Clone)]
pub(crate) struct Params {
    /// `/R`, the revision of the standard security handler.
    pub r: i64,
    /// File key length in bytes for R2–R4 (5..=16).
    pub key_len: usize,
    /// `/O`, `/U` (32 bytes up to R4, 48 from R5).
    pub o: Vec<u8>,
    /// See `o`.
    pub u: Vec<u8>,
    /// `/OE`, `/UE` (R5/R6).
    pub oe: Vec<u8>,
    /// See `oe`.
    pub ue: Vec<u8>,
    /// `/P`, as the 32-bit value hashed by Algorithm 2.
    pub p: u32,
    /// `/EncryptMetadata` (default true).
    pub encrypt_metadata: bool,
    /// First element of the trailer `/ID` (empty when missing).
    pub id0: Vec<u8>,
    /// Method for streams (`/StmF`).
    pub stm: Method,
    /// Method for strings (`/StrF`).
    pub strf: Method,
    /// Named crypt filters (`/CF`), for streams that choose their own with `/Crypt`.
    pub filters: Vec<(Vec<u8>, Method)>,
}

/// Decrypts objects with the file key of one document.
#[derive(Debug, Clone)]
pub(crate) struct Decryptor {
    key: Vec<u8>,
    stm: Method,
    strf: Method,
    filters: Vec<(Vec<u8>, Method)>,
    encrypt_metadata: bool,
}

/// `bytes` with every `/Encrypt` key renamed to `/EncrypX`, or `None` when there is none.
/// lopdf then parses the file as if it were not encrypted, and offsets stay valid.
pub(crate) fn mask_encrypt_key(bytes: &[u8]) -> Option<Vec<u8>> {
    const KEY: &[u8] = b"/Encrypt";
    let mut out: Option<Vec<u8>> = None;
    let mut from = 0;
    while let Some(rel) = bytes.get(from..).and_then(|rest| rest.windows(KEY.len()).position(|w| w == KEY)) {
        let at = from + rel;
        from = at + KEY.len();
        // `/EncryptMetadata` and other longer names are not the key.
        if bytes.get(from).is_some_and(|&b| is_regular(b)) {
            continue;
        }
        let buf = out.get_or_insert_with(|| bytes.to_vec());
        if let Some(last) = buf.get_mut(from - 1) {
            *last = b'X';
        }
    }
    out
}

/// Not whitespace and not a delimiter: the byte continues a name.
fn is_regular(b: u8) -> bool {
    !matches!(
        b,
        b'\0'
            | b'\t'
            | b'\n'
            | b'\x0C'
            | b'\r'
            | b' '
            | b'('
            | b')'
            | b'<'
            | b'>'
            | b'['
            | b']'
            | b'{'
            | b'}'
            | b'/'
            | b'%'
    )
}

/// lopdf load filter: renames the `/Type` of object streams so lopdf keeps them whole instead
/// of failing to parse their (still encrypted) content. The object is changed in place; lopdf
/// ignores the returned value for objects that are not inside an object stream, and in an
/// encrypted file no object stream is expanded while loading, so a placeholder is returned.
pub(crate) fn hide_object_streams(id: ObjectId, obj: &mut Object) -> Option<(ObjectId, Object)> {
    if let Object::Stream(s) = obj {
        if s.dict.has_type(b"ObjStm") {
            s.dict.set("Type", Object::Name(HIDDEN_OBJSTM.to_vec()));
        }
    }
    Some((id, Object::Null))
}

/// Decrypts `doc`, loaded from [`mask_encrypt_key`]'s bytes with [`hide_object_streams`],
/// trying each of `passwords` as user and as owner password. Object streams decompress to at
/// most `max_stream` bytes each and `max_total` bytes together.
pub(crate) fn decrypt_document(
    doc: &mut Document,
    passwords: &[&str],
    max_stream: usize,
    max_total: usize,
) -> Result<Decryptor, CryptError> {
    let (encrypt_id, dict) = match doc.trailer.get(MASKED_KEY) {
        Ok(Object::Reference(id)) => match doc.get_object(*id) {
            Ok(Object::Dictionary(d)) => (Some(*id), d.clone()),
            _ => return Err(CryptError::Malformed("/Encrypt does not lead to a dictionary".into())),
        },
        Ok(Object::Dictionary(d)) => (None, d.clone()),
        _ => return Err(CryptError::Malformed("no /Encrypt dictionary in the trailer".into())),
    };
    let params = Params::from_dict(doc, &dict)?;
    let key = passwords.iter().find_map(|pw| file_key(&params, pw)).ok_or(CryptError::Password)?;
    let dec = Decryptor::new(&params, key);
    for (id, obj) in doc.objects.iter_mut() {
        if Some(*id) != encrypt_id {
            dec.decrypt_object(*id, obj);
        }
    }
    expand_object_streams(doc, max_stream, max_total);
    doc.trailer.remove(MASKED_KEY);
    if let Some(id) = encrypt_id {
        doc.objects.remove(&id);
    }
    Ok(dec)
}

/// Parses the decrypted object streams and adds the objects the cross-reference data places
/// in them (never replacing an object already loaded).
fn expand_object_streams(doc: &mut Document, max_stream: usize, max_total: usize) {
    let containers: std::collections::BTreeMap<u32, Option<u32>> = doc
        .reference_table
        .entries
        .iter()
        .filter_map(|(&num, entry)| match entry {
            lopdf::xref::XrefEntry::Compressed { container, .. } => Some((num, Some(*container))),
            lopdf::xref::XrefEntry::Free | lopdf::xref::XrefEntry::UnusableFree => Some((num, None)),
            lopdf::xref::XrefEntry::Normal { .. } => None,
        })
        .collect();
    let mut budget = max_total;
    let mut found = Vec::new();
    for (id, obj) in doc.objects.iter_mut() {
        let Object::Stream(stream) = obj else { continue };
        if !stream.dict.has_type(HIDDEN_OBJSTM) {
            continue;
        }
        stream.dict.set("Type", Object::Name(b"ObjStm".to_vec()));
        let Ok(content) = stream.get_plain_content_with_limit(max_stream.min(budget)) else { continue };
        budget = budget.saturating_sub(content.len());
        let mut dict = stream.dict.clone();
        dict.remove(b"Filter");
        dict.remove(b"DecodeParms");
        let Ok(parsed) = ObjectStream::new(&Stream::new(dict, content)) else { continue };
        for (member, object) in parsed.objects {
            if containers.get(&member.0).is_none_or(|c| *c == Some(id.0)) {
                found.push((member, object));
            }
        }
    }
    for (member, object) in found {
        doc.objects.entry(member).or_insert(object);
    }
}

impl Params {
    /// Reads the encryption dictionary `dict` of `doc`.
    pub(crate) fn from_dict(doc: &Document, dict: &Dictionary) -> Result<Params, CryptError> {
        let get = |key: &[u8]| dict.get(key).ok().and_then(|o| super::load::resolve(doc, o));
        let int = |key: &[u8]| get(key).and_then(|o| o.as_i64().ok());
        let bytes = |key: &[u8]| get(key).and_then(|o| o.as_str().ok()).map(<[u8]>::to_vec);
        match get(b"Filter").and_then(|o| o.as_name().ok()) {
            Some(b"Standard") | None => {}
            Some(other) => {
                return Err(CryptError::Unsupported(format!(
                    "security handler /{} (only the standard password handler is supported)",
                    String::from_utf8_lossy(other)
                )))
            }
        }
        let v = int(b"V").unwrap_or(0);
        if !(0..=5).contains(&v) {
            return Err(CryptError::Unsupported(format!("encryption algorithm /V {v}")));
        }
        let r = int(b"R").unwrap_or(match v {
            0 | 1 => 2,
            2 | 3 => 3,
            4 => 4,
            _ => 6,
        });
        if !(2..=6).contains(&r) {
            return Err(CryptError::Unsupported(format!("standard security handler revision {r}")));
        }
        // /Length is in bits; a few writers give bytes.
        let length = int(b"Length").unwrap_or(if v >= 4 { 128 } else { 40 });
        let length_bytes = if (1..=16).contains(&length) { length } else { length / 8 };
        let key_len = if r == 2 { 5 } else { length_bytes.clamp(5, 16) as usize };
        let need = if r >= 5 { 48 } else { 32 };
        let o = bytes(b"O").filter(|o| o.len() >= need).ok_or_else(|| malformed("/O"))?;
        let u = bytes(b"U").filter(|u| u.len() >= need).ok_or_else(|| malformed("/U"))?;
        let (oe, ue) = (bytes(b"OE").unwrap_or_default(), bytes(b"UE").unwrap_or_default());
        if r >= 5 && (oe.len() < 32 || ue.len() < 32) {
            return Err(malformed("/OE or /UE"));
        }
        let p = int(b"P").unwrap_or(-4) as u32;
        let encrypt_metadata = get(b"EncryptMetadata").and_then(|o| o.as_bool().ok()).unwrap_or(true);
        let id0 = doc
            .trailer
            .get(b"ID")
            .ok()
            .and_then(|o| super::load::resolve(doc, o))
            .and_then(|o| o.as_array().ok())
            .and_then(|a| a.first())
            .and_then(|o| super::load::resolve(doc, o))
            .and_then(|o| o.as_str().ok())
            .map(<[u8]>::to_vec)
            .unwrap_or_default();
        let (stm, strf, filters) = if v >= 4 {
            let filters = crypt_filters(doc, get(b"CF"), v);
            let pick = |key: &[u8]| match get(key).and_then(|o| o.as_name().ok()) {
                Some(name) => lookup(&filters, name),
                None => Method::Identity,
            };
            (pick(b"StmF"), pick(b"StrF"), filters)
        } else {
            (Method::Rc4, Method::Rc4, Vec::new())
        };
        Ok(Params { r, key_len, o, u, oe, ue, p, encrypt_metadata, id0, stm, strf, filters })
    }
}

fn malformed(what: &str) -> CryptError {
    CryptError::Malformed(format!("{what} is missing or too short"))
}

/// The named crypt filters of a `/CF` dictionary.
fn crypt_filters(doc: &Document, cf: Option<&Object>, v: i64) -> Vec<(Vec<u8>, Method)> {
    let Some(Object::Dictionary(cf)) = cf else { return Vec::new() };
    cf.iter()
        .filter_map(|(name, f)| {
            let f = super::load::resolve(doc, f)?.as_dict().ok()?;
            let cfm = f.get(b"CFM").ok().and_then(|o| super::load::resolve(doc, o)).and_then(|o| o.as_name().ok());
            let method = match cfm {
                Some(b"V2") => Method::Rc4,
                Some(b"AESV2") => Method::Aes128,
                Some(b"AESV3") => Method::Aes256,
                // AESV2 in a V5 file can only mean the 256-bit key.
                _ if v >= 5 && cfm.is_some_and(|c| c.starts_with(b"AES")) => Method::Aes256,
                _ => Method::Identity,
            };
            Some((name.clone(), method))
        })
        .take(64)
        .collect()
}

/// The method of crypt filter `name`: `/Identity`, or one of `filters`; an undeclared name
/// decrypts nothing (as pdf.js and the specification's default do).
fn lookup(filters: &[(Vec<u8>, Method)], name: &[u8]) -> Method {
    if name == b"Identity" {
        return Method::Identity;
    }
    filters.iter().find(|(n, _)| n == name).map_or(Method::Identity, |(_, m)| *m)
}

/// The file key, if `password` is the user or the owner password.
pub(crate) fn file_key(p: &Params, password: &str) -> Option<Vec<u8>> {
    if p.r >= 5 {
        let nfkc: String = password.nfkc().collect();
        let mut candidates = vec![password.as_bytes().to_vec()];
        if nfkc != password {
            candidates.push(nfkc.into_bytes());
        }
        return candidates.iter().find_map(|pw| key_r6(p, &pw[..pw.len().min(127)]));
    }
    let mut candidates = Vec::new();
    if let Some(doc_enc) = to_pdfdoc(password) {
        candidates.push(doc_enc);
    }
    if !candidates.iter().any(|c| c == password.as_bytes()) {
        candidates.push(password.as_bytes().to_vec());
    }
    candidates.iter().find_map(|pw| {
        let key = key_r4(p, pw);
        if user_key_matches(p, &key) {
            return Some(key);
        }
        let user = user_password_from_owner(p, pw);
        let key = key_r4(p, &user);
        user_key_matches(p, &key).then_some(key)
    })
}

/// `password` in PDFDocEncoding, if every character has a code there.
fn to_pdfdoc(password: &str) -> Option<Vec<u8>> {
    password
        .chars()
        .map(|c| {
            if (c as u32) < 0x80 || (0xA1..=0xFF).contains(&(c as u32)) {
                return Some(c as u8);
            }
            (0x80u8..=0xA0).find(|&b| super::load::pdfdoc_char(b) == c)
        })
        .collect()
}

/// Truncated or padded to 32 bytes with [`PAD`].
fn padded(password: &[u8]) -> [u8; 32] {
    let mut out = PAD;
    let n = password.len().min(32);
    out[..n].copy_from_slice(&password[..n]);
    out[n..].copy_from_slice(&PAD[..32 - n]);
    out
}

/// Algorithm 2: the file key from a (user) password, R2–R4.
pub(crate) fn key_r4(p: &Params, password: &[u8]) -> Vec<u8> {
    let mut md5 = Md5::new();
    md5.update(padded(password));
    md5.update(p.o.get(..32).unwrap_or(&p.o));
    md5.update(p.p.to_le_bytes());
    md5.update(&p.id0);
    if p.r >= 4 && !p.encrypt_metadata {
        md5.update([0xFF; 4]);
    }
    let mut hash: [u8; 16] = md5.finalize().into();
    let n = p.key_len.min(16);
    if p.r >= 3 {
        for _ in 0..50 {
            hash = Md5::digest(&hash[..n]).into();
        }
    }
    hash[..n].to_vec()
}

/// Algorithms 4 and 5 without the last step: whether `key` reproduces `/U`.
fn user_key_matches(p: &Params, key: &[u8]) -> bool {
    let computed = u_value(p, key);
    let n = if p.r == 2 { 32 } else { 16 };
    p.u.get(..n).is_some_and(|u| computed.get(..n) == Some(u))
}

/// The `/U` value (first 16 bytes significant from R3) that file key `key` gives.
pub(crate) fn u_value(p: &Params, key: &[u8]) -> Vec<u8> {
    if p.r == 2 {
        return rc4(key, &PAD);
    }
    let mut md5 = Md5::new();
    md5.update(PAD);
    md5.update(&p.id0);
    let mut x = rc4(key, md5.finalize().as_slice());
    for i in 1..=19u8 {
        x = rc4(&xor_key(key, i), &x);
    }
    x.resize(32, 0);
    x
}

/// The RC4 key Algorithms 3 and 7 derive from the owner password.
fn owner_key(p: &Params, owner: &[u8]) -> Vec<u8> {
    let mut hash: [u8; 16] = Md5::digest(padded(owner)).into();
    if p.r >= 3 {
        for _ in 0..50 {
            hash = Md5::digest(hash).into();
        }
    }
    hash[..p.key_len.min(16)].to_vec()
}

/// Algorithm 7: the (padded) user password that `/O` holds under owner password `owner`.
fn user_password_from_owner(p: &Params, owner: &[u8]) -> Vec<u8> {
    let key = owner_key(p, owner);
    let mut x = p.o.get(..32).unwrap_or(&p.o).to_vec();
    if p.r == 2 {
        return rc4(&key, &x);
    }
    for i in (0..=19u8).rev() {
        x = rc4(&xor_key(&key, i), &x);
    }
    x
}

#[cfg(test)]
/// Algorithm 3: the `/O` value for `owner` and `user` passwords.
pub(crate) fn o_value(p: &Params, owner: &[u8], user: &[u8]) -> Vec<u8> {
    let key = owner_key(p, owner);
    let mut x = rc4(&key, &padded(user));
    if p.r >= 3 {
        for i in 1..=19u8 {
            x = rc4(&xor_key(&key, i), &x);
        }
    }
    x
}

fn xor_key(key: &[u8], i: u8) -> Vec<u8> {
    key.iter().map(|b| b ^ i).collect()
}

/// Algorithms 2.A, 11 and 12: the file key of an R5/R6 document, checking the owner then
/// the user password.
fn key_r6(p: &Params, pw: &[u8]) -> Option<Vec<u8>> {
    let (o, u) = (p.o.get(..48)?, p.u.get(..48)?);
    let (oe, ue) = (p.oe.get(..32)?, p.ue.get(..32)?);
    if hash_2b(p.r, pw, &o[32..40], u) == o[..32] {
        let k = hash_2b(p.r, pw, &o[40..48], u);
        return Some(aes_cbc_raw(&k, &[0; 16], oe, false));
    }
    if hash_2b(p.r, pw, &u[32..40], &[]) == u[..32] {
        let k = hash_2b(p.r, pw, &u[40..48], &[]);
        return Some(aes_cbc_raw(&k, &[0; 16], ue, false));
    }
    None
}

/// Algorithm 2.B (R6), or the plain SHA-256 of R5.
pub(crate) fn hash_2b(r: i64, pw: &[u8], salt: &[u8], u: &[u8]) -> [u8; 32] {
    let mut k: Vec<u8> = Sha256::new().chain_update(pw).chain_update(salt).chain_update(u).finalize().to_vec();
    if r == 6 {
        let mut round = 0u32;
        loop {
            round += 1;
            let once: Vec<u8> = [pw, &k, u].concat();
            let k1 = once.repeat(64);
            let (key, iv) = (k.get(..16).unwrap_or_default(), k.get(16..32).unwrap_or_default());
            let mut ivb = [0u8; 16];
            ivb.copy_from_slice(iv);
            let e = aes_cbc_raw(key, &ivb, &k1, true);
            // E[0..16] as a big-endian number mod 3 is the sum of its bytes mod 3.
            let sum: u32 = e.iter().take(16).map(|&b| u32::from(b)).sum();
            k = match sum % 3 {
                0 => Sha256::digest(&e).to_vec(),
                1 => Sha384::digest(&e).to_vec(),
                _ => Sha512::digest(&e).to_vec(),
            };
            let last = u32::from(e.last().copied().unwrap_or(0));
            if (round >= 64 && last + 32 <= round) || round >= MAX_2B_ROUNDS {
                break;
            }
        }
    }
    let mut out = [0u8; 32];
    out.copy_from_slice(k.get(..32).unwrap_or(&[0; 32]));
    out
}

/// RC4 of `data` under `key` (its own inverse).
pub(crate) fn rc4(key: &[u8], data: &[u8]) -> Vec<u8> {
    if key.is_empty() {
        return data.to_vec();
    }
    let mut s: [u8; 256] = std::array::from_fn(|i| i as u8);
    let mut j: u8 = 0;
    for (i, k) in (0..256).zip(key.iter().cycle()) {
        j = j.wrapping_add(s[i]).wrapping_add(*k);
        s.swap(i, usize::from(j));
    }
    let (mut i, mut j) = (0u8, 0u8);
    data.iter()
        .map(|&b| {
            i = i.wrapping_add(1);
            j = j.wrapping_add(s[usize::from(i)]);
            s.swap(usize::from(i), usize::from(j));
            b ^ s[usize::from(s[usize::from(i)].wrapping_add(s[usize::from(j)]))]
        })
        .collect()
}

/// AES-128 or AES-256 by key length.
enum Aes {
    A128(aes::Aes128),
    A256(aes::Aes256),
}

impl Aes {
    fn new(key: &[u8]) -> Option<Aes> {
        match key.len() {
            16 => aes::Aes128::new_from_slice(key).ok().map(Aes::A128),
            32 => aes::Aes256::new_from_slice(key).ok().map(Aes::A256),
            _ => None,
        }
    }

    fn block(&self, b: &mut [u8; 16], encrypt: bool) {
        let mut block = aes::Block::from(*b);
        match (self, encrypt) {
            (Aes::A128(c), true) => c.encrypt_block(&mut block),
            (Aes::A128(c), false) => c.decrypt_block(&mut block),
            (Aes::A256(c), true) => c.encrypt_block(&mut block),
            (Aes::A256(c), false) => c.decrypt_block(&mut block),
        }
        b.copy_from_slice(block.as_slice());
    }
}

/// AES-CBC over the whole 16-byte blocks of `data`, without padding (a trailing partial
/// block is dropped). A key of a wrong length gives the data back unchanged.
pub(crate) fn aes_cbc_raw(key: &[u8], iv: &[u8; 16], data: &[u8], encrypt: bool) -> Vec<u8> {
    let Some(cipher) = Aes::new(key) else { return data.to_vec() };
    let mut prev = *iv;
    let mut out = Vec::with_capacity(data.len());
    for chunk in data.chunks_exact(16) {
        let mut b = [0u8; 16];
        b.copy_from_slice(chunk);
        if encrypt {
            b.iter_mut().zip(prev).for_each(|(x, p)| *x ^= p);
            cipher.block(&mut b, true);
            prev = b;
        } else {
            let c = b;
            cipher.block(&mut b, false);
            b.iter_mut().zip(prev).for_each(|(x, p)| *x ^= p);
            prev = c;
        }
        out.extend_from_slice(&b);
    }
    out
}

/// Decrypts IV-prefixed AES-CBC data and removes valid PKCS#5 padding.
fn aes_decrypt(key: &[u8], data: &[u8]) -> Vec<u8> {
    let Some((iv, body)) = data.split_first_chunk::<16>() else { return Vec::new() };
    let mut out = aes_cbc_raw(key, iv, body, false);
    if let Some(&n) = out.last() {
        let n = usize::from(n);
        if (1..=16).contains(&n) && n <= out.len() && out[out.len() - n..].iter().all(|&b| usize::from(b) == n) {
            out.truncate(out.len() - n);
        }
    }
    out
}

#[cfg(test)]
/// Encrypts `data` with AES-CBC under `key` and `iv`, IV first, PKCS#5-padded.
pub(crate) fn aes_encrypt(key: &[u8], iv: &[u8; 16], data: &[u8]) -> Vec<u8> {
    let n = 16 - data.len() % 16;
    let mut padded = data.to_vec();
    padded.resize(data.len() + n, n as u8);
    let mut out = iv.to_vec();
    out.extend(aes_cbc_raw(key, iv, &padded, true));
    out
}

impl Decryptor {
    pub(crate) fn new(p: &Params, key: Vec<u8>) -> Decryptor {
        Decryptor { key, stm: p.stm, strf: p.strf, filters: p.filters.clone(), encrypt_metadata: p.encrypt_metadata }
    }

    /// The key for object `id` under `method` (Algorithm 1, and 1.A for AES-256).
    fn object_key(&self, id: ObjectId, method: Method) -> Vec<u8> {
        if method == Method::Aes256 {
            return self.key.clone();
        }
        let mut md5 = Md5::new();
        md5.update(&self.key);
        md5.update(&id.0.to_le_bytes()[..3]);
        md5.update(id.1.to_le_bytes());
        if method == Method::Aes128 {
            md5.update(b"sAlT");
        }
        let hash = md5.finalize();
        hash[..(self.key.len() + 5).min(16)].to_vec()
    }

    /// `data` of object `id`, decrypted (or encrypted: RC4 is symmetric; AES is not, see
    /// [`Decryptor::encrypt_bytes`]).
    pub(crate) fn decrypt_bytes(&self, id: ObjectId, method: Method, data: &[u8]) -> Vec<u8> {
        match method {
            Method::Identity => data.to_vec(),
            Method::Rc4 => rc4(&self.object_key(id, method), data),
            Method::Aes128 | Method::Aes256 => aes_decrypt(&self.object_key(id, method), data),
        }
    }

    /// `data` of object `id`, encrypted with `iv` for AES (used to build test files).
    #[cfg(test)]
    pub(crate) fn encrypt_bytes(&self, id: ObjectId, method: Method, data: &[u8], iv: &[u8; 16]) -> Vec<u8> {
        match method {
            Method::Identity => data.to_vec(),
            Method::Rc4 => rc4(&self.object_key(id, method), data),
            Method::Aes128 | Method::Aes256 => aes_encrypt(&self.object_key(id, method), iv, data),
        }
    }

    /// Decrypts the strings and stream data of top-level object `id`, with the exemptions of
    /// the standard: cross-reference streams, unencrypted metadata, signature `/Contents`.
    pub(crate) fn decrypt_object(&self, id: ObjectId, obj: &mut Object) {
        self.transform(obj, &mut |method, data| self.decrypt_bytes(id, method, data));
    }

    /// Encrypts object `id` the way [`Decryptor::decrypt_object`] undoes (tests build
    /// encrypted files with it). AES IVs come from `iv`.
    #[cfg(test)]
    pub(crate) fn encrypt_object(&self, id: ObjectId, obj: &mut Object, iv: &[u8; 16]) {
        self.transform(obj, &mut |method, data| self.encrypt_bytes(id, method, data, iv));
    }

    fn transform(&self, obj: &mut Object, f: &mut dyn FnMut(Method, &[u8]) -> Vec<u8>) {
        match obj {
            Object::Stream(stream) => {
                if stream.dict.has_type(b"XRef") {
                    return;
                }
                if stream.dict.has_type(b"Metadata") && !self.encrypt_metadata {
                    return;
                }
                let method = self.stream_method(stream);
                self.walk_dict(&mut stream.dict, 0, f);
                let plain = f(method, &stream.content);
                stream.set_content(plain);
            }
            other => self.walk(other, 0, f),
        }
    }

    fn walk(&self, obj: &mut Object, depth: usize, f: &mut dyn FnMut(Method, &[u8]) -> Vec<u8>) {
        if depth > MAX_DEPTH {
            return;
        }
        match obj {
            Object::String(bytes, _) => *bytes = f(self.strf, bytes),
            Object::Array(items) => items.iter_mut().for_each(|o| self.walk(o, depth + 1, f)),
            Object::Dictionary(dict) => self.walk_dict(dict, depth + 1, f),
            _ => {}
        }
    }

    fn walk_dict(&self, dict: &mut Dictionary, depth: usize, f: &mut dyn FnMut(Method, &[u8]) -> Vec<u8>) {
        let signature = dict.has_type(b"Sig")
            || dict.has_type(b"DocTimeStamp")
            || (dict.has(b"ByteRange") && dict.has(b"Contents"));
        for (key, value) in dict.iter_mut() {
            if !(signature && key == b"Contents") {
                self.walk(value, depth, f);
            }
        }
    }

    /// The method for a stream: its own `/Crypt` filter (removed from its filter list, lopdf
    /// cannot decode it) or the document's `/StmF`.
    fn stream_method(&self, stream: &mut Stream) -> Method {
        match take_crypt_filter(stream) {
            Some(Some(name)) => lookup(&self.filters, &name),
            Some(None) => Method::Identity,
            None => self.stm,
        }
    }
}

/// Removes a `/Crypt` entry (and its decode parameters) from the filters of `stream`.
/// `None` when the stream has none; else the crypt filter it names (`None`: Identity).
pub(crate) fn take_crypt_filter(stream: &mut Stream) -> Option<Option<Vec<u8>>> {
    let filters = match stream.dict.get(b"Filter") {
        Ok(Object::Name(n)) => vec![Object::Name(n.clone())],
        Ok(Object::Array(a)) => a.clone(),
        _ => return None,
    };
    let at = filters.iter().position(|f| matches!(f, Object::Name(n) if n == b"Crypt"))?;
    let parms = match stream.dict.get(b"DecodeParms") {
        Ok(Object::Array(a)) => a.get(at).cloned(),
        Ok(d @ Object::Dictionary(_)) => Some(d.clone()),
        _ => None,
    };
    let name = parms.as_ref().and_then(|p| p.as_dict().ok()).and_then(|d| d.get(b"Name").ok());
    let name = name.and_then(|n| n.as_name().ok()).map(<[u8]>::to_vec);
    let mut rest = filters;
    rest.remove(at);
    match stream.dict.get(b"DecodeParms").cloned() {
        Ok(Object::Array(mut parms)) => {
            if at < parms.len() {
                parms.remove(at);
            }
            stream.dict.set("DecodeParms", Object::Array(parms));
        }
        Ok(Object::Dictionary(_)) => {
            stream.dict.remove(b"DecodeParms");
        }
        _ => {}
    }
    if rest.is_empty() {
        stream.dict.remove(b"Filter");
        stream.dict.remove(b"DecodeParms");
    } else {
        stream.dict.set("Filter", Object::Array(rest));
    }
    Some(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Limits;
    use crate::pdf::load::{load, load_own, open_decrypting, PdfError};
    use lopdf::dictionary;

    fn hex(s: &str) -> Vec<u8> {
        (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
    }

    fn params(r: i64, key_len: usize, o: &str, u: &str, p: i32, id0: &str) -> Params {
        Params {
            r,
            key_len,
            o: hex(o),
            u: hex(u),
            oe: Vec::new(),
            ue: Vec::new(),
            p: p as u32,
            encrypt_metadata: true,
            id0: hex(id0),
            stm: Method::Rc4,
            strf: Method::Rc4,
            filters: Vec::new(),
        }
    }

    /// File keys that qpdf (`--show-encryption-key`) reports for the encryption dictionaries
    /// of real files (pdfminer.six and py-pdf samples), with their user and owner passwords.
    #[test]
    fn file_keys_match_qpdf() {
        let id_cpdf = "651a94feeb7868d312a97b377270860e";
        let rc4_40 = params(
            2,
            5,
            "01a9f0cef28d00f8dfb0258f5ef0c55c9df7c816958f363100af77ec02262454",
            "694b9da2f809c77c72778cfbcac20481b27205d0e7d3226236828364666a9708",
            -4,
            id_cpdf,
        );
        let aes_128 = params(
            4,
            16,
            "d048d1529e535d1884cd3856367b184b4a90df01e637d16eca065baf4e64900b",
            "093412363b9d327c7ac50144c7c755f100000000000000000000000000000000",
            -4,
            id_cpdf,
        );
        let rc4_128 = params(
            3,
            16,
            "27ee85c8447a38715eae7d6003dc487619ca05a05b68b65eccaa26394df7169c",
            "8fc5f6b7b6105307bb68b58098b6884800000000000000000000000000000000",
            -1028,
            "401d00642aa19414cca931828bf769b3",
        );
        let mut aes_256 = params(
            6,
            32,
            "047761f7f568bfacb096382f2fc7cc94ffd87f33dc472ca4a3a3a78c739c77df26a794a7819aff59b3b85780c0fafe9f",
            "446ea469061c56060b56fa0296bfd32cc54fa9175e92ef5c0b945f4c810e309a03af4a2ff103bbd4db065e036f78ac4c",
            -4,
            "",
        );
        aes_256.oe = hex("65012afdd09b34431117b9fa5f557202940dece9758d53c61fc5ff436cf2515c");
        aes_256.ue = hex("71071c8c117abc19d26b5efc44a080667ef3c3665ad3bc8f5f5b58126a15d931");
        let k256 = "4da3107528657c4765763726f6c5fa22a60e5878a43543086f6387d10e0c08c4";
        let cases: [(&Params, &str, Option<&str>); 12] = [
            (&rc4_40, "baz", Some("115e6afda4")),
            (&rc4_40, "foo", Some("115e6afda4")),
            (&rc4_40, "", None),
            (&aes_128, "baz", Some("c2a59ca0a50e5b4ccff13e4bcf0e3b18")),
            (&aes_128, "foo", Some("c2a59ca0a50e5b4ccff13e4bcf0e3b18")),
            (&aes_128, "bar", None),
            (&rc4_128, "openpassword", Some("a00b076fe09db742602e800e57f0efac")),
            (&rc4_128, "permissionpassword", Some("a00b076fe09db742602e800e57f0efac")),
            (&rc4_128, "openpasswor", None),
            (&aes_256, "usersecret", Some(k256)),
            (&aes_256, "ownersecret", Some(k256)),
            (&aes_256, "", None),
        ];
        for (p, pw, want) in cases {
            assert_eq!(file_key(p, pw), want.map(hex), "R{} password {pw:?}", p.r);
        }
    }

    #[test]
    fn rc4_and_aes_primitives() {
        // RC4 test vectors (Wikipedia).
        for (key, plain, cipher) in [
            ("Key", "Plaintext", "bbf316e8d940af0ad3"),
            ("Wiki", "pedia", "1021bf0420"),
            ("Secret", "Attack at dawn", "45a01f645fc35b383552544b9bf5"),
        ] {
            assert_eq!(rc4(key.as_bytes(), plain.as_bytes()), hex(cipher));
        }
        // FIPS-197 C.1 (AES-128) as one CBC block with a zero IV.
        let key = hex("000102030405060708090a0b0c0d0e0f");
        let block = hex("00112233445566778899aabbccddeeff");
        assert_eq!(aes_cbc_raw(&key, &[0; 16], &block, true), hex("69c4e0d86a7b0430d8cdb78070b4c55a"));
        for len in [0, 1, 15, 16, 17, 100] {
            let data: Vec<u8> = (0..len).map(|i| i as u8).collect();
            for key in [vec![7u8; 16], vec![9u8; 32]] {
                let enc = aes_encrypt(&key, &[3; 16], &data);
                assert_eq!(enc.len() % 16, 0);
                assert_eq!(aes_decrypt(&key, &enc), data, "len {len}");
            }
        }
        // Lenient: too short is empty, a trailing partial block and bad padding are kept.
        assert!(aes_decrypt(&[1; 16], &[0; 10]).is_empty());
        assert!(aes_decrypt(&[1; 16], &[0; 16]).is_empty());
        assert_eq!(aes_decrypt(&[1; 16], &[0; 37]).len(), 16);
    }

    #[test]
    fn only_the_encrypt_key_is_masked() {
        let cases: [(&[u8], Option<&[u8]>); 5] = [
            (b"<</Encrypt 5 0 R/Root 1 0 R>>", Some(b"<</EncrypX 5 0 R/Root 1 0 R>>")),
            (b"<</Encrypt<</V 1>>>>", Some(b"<</EncrypX<</V 1>>>>")),
            (b"/EncryptMetadata false", None),
            (b"trailer /Encrypt", Some(b"trailer /EncrypX")),
            (b"nothing here", None),
        ];
        for (input, want) in cases {
            assert_eq!(mask_encrypt_key(input).as_deref(), want, "{}", String::from_utf8_lossy(input));
        }
    }

    /// How a test file is encrypted.
    #[derive(Clone, Copy, Debug)]
    struct Spec {
        v: i64,
        r: i64,
        bits: usize,
        method: Method,
        encrypt_metadata: bool,
    }

    const SPECS: [Spec; 6] = [
        Spec { v: 1, r: 2, bits: 40, method: Method::Rc4, encrypt_metadata: true },
        Spec { v: 2, r: 3, bits: 128, method: Method::Rc4, encrypt_metadata: true },
        Spec { v: 4, r: 4, bits: 128, method: Method::Rc4, encrypt_metadata: true },
        Spec { v: 4, r: 4, bits: 128, method: Method::Aes128, encrypt_metadata: true },
        Spec { v: 4, r: 4, bits: 128, method: Method::Aes128, encrypt_metadata: false },
        Spec { v: 5, r: 6, bits: 256, method: Method::Aes256, encrypt_metadata: true },
    ];

    const TEXT: &str = "Hola cifrado";
    const TITLE: &[u8] = b"T\xedtulo secreto";
    const XMP: &[u8] = b"<x:xmpmeta>metadatos en claro</x:xmpmeta>";

    /// A one-page document: the font and the Info dictionary in an object stream when
    /// `objstm`, an XMP metadata stream, and a second content stream that chooses the
    /// Identity crypt filter itself when `crypt_filter` (crypt filters exist from V4).
    fn plain_doc(objstm: bool, crypt_filter: bool) -> Document {
        let mut doc = Document::with_version("1.5");
        let pages_id = doc.new_object_id();
        let font = dictionary! {"Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica"};
        let info = dictionary! {"Title" => Object::string_literal(TITLE.to_vec())};
        let (font_id, info_id) = if objstm {
            let (font_id, info_id) = ((40, 0), (41, 0));
            let bodies = [
                b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>".to_vec(),
                b"<</Title(T\xedtulo secreto)>>".to_vec(),
            ];
            let header = format!("40 0 41 {} ", bodies[0].len() + 1);
            let mut content = header.clone().into_bytes();
            content.extend_from_slice(&bodies[0]);
            content.push(b' ');
            content.extend_from_slice(&bodies[1]);
            let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
            std::io::Write::write_all(&mut z, &content).unwrap();
            // lopdf's writer drops object streams, so the type is put back after saving.
            let dict =
                dictionary! {"Type" => "ObjStX", "N" => 2, "First" => header.len() as i64, "Filter" => "FlateDecode"};
            doc.add_object(Stream::new(dict, z.finish().unwrap()));
            (font_id, info_id)
        } else {
            (doc.add_object(font), doc.add_object(info))
        };
        let content = format!("BT /F1 12 Tf 72 700 Td ({}) Tj ET", &TEXT[..5]);
        let c1 = doc.add_object(Stream::new(dictionary! {}, content.into_bytes()));
        let own_filter = match crypt_filter {
            true => dictionary! {"Filter" => "Crypt", "DecodeParms" => dictionary! {"Name" => "Identity"}},
            false => dictionary! {},
        };
        let c2 = doc.add_object(Stream::new(
            own_filter,
            format!("BT /F1 12 Tf 120 700 Td ({}) Tj ET", &TEXT[5..]).into_bytes(),
        ));
        let page = dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => vec![c1.into(), c2.into()],
            "Resources" => dictionary! {"Font" => dictionary! {"F1" => font_id}},
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        };
        let page_id = doc.add_object(page);
        doc.objects.insert(
            pages_id,
            Object::Dictionary(dictionary! {"Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1}),
        );
        let meta = doc.add_object(Stream::new(dictionary! {"Type" => "Metadata", "Subtype" => "XML"}, XMP.to_vec()));
        let catalog = doc.add_object(dictionary! {"Type" => "Catalog", "Pages" => pages_id, "Metadata" => meta});
        doc.trailer.set("Root", catalog);
        doc.trailer.set("Info", info_id);
        let id = Object::string_literal(b"\x01\x02legajo-test\xfe\xff".to_vec());
        doc.trailer.set("ID", vec![id.clone(), id]);
        doc
    }

    fn pdfdoc(s: &str) -> Vec<u8> {
        to_pdfdoc(s).unwrap()
    }

    /// `doc` encrypted with our own routines; the encryption dictionary direct in the
    /// trailer (as cpdf writes it) or an indirect object.
    fn encrypt(mut doc: Document, spec: Spec, user: &str, owner: &str, direct: bool) -> Vec<u8> {
        let id0 = match doc.trailer.get(b"ID") {
            Ok(Object::Array(a)) => a[0].as_str().unwrap().to_vec(),
            _ => unreachable!(),
        };
        let mut p = Params {
            r: spec.r,
            key_len: if spec.r == 2 { 5 } else { spec.bits / 8 },
            o: vec![0; 32],
            u: vec![0; 32],
            oe: Vec::new(),
            ue: Vec::new(),
            p: (-4i32) as u32,
            encrypt_metadata: spec.encrypt_metadata,
            id0,
            stm: spec.method,
            strf: spec.method,
            filters: vec![(b"StdCF".to_vec(), spec.method)],
        };
        let mut dict =
            dictionary! {"Filter" => "Standard", "V" => spec.v, "R" => spec.r, "Length" => spec.bits as i64, "P" => -4};
        let key = if spec.r >= 5 {
            let key: Vec<u8> = (0..32).map(|i| (i * 7 + 3) as u8).collect();
            let salted = |pw: &[u8], salts: &[u8; 16], u: &[u8]| {
                let mut value = hash_2b(spec.r, pw, &salts[..8], u).to_vec();
                value.extend_from_slice(salts);
                let wrapped = aes_cbc_raw(&hash_2b(spec.r, pw, &salts[8..], u), &[0; 16], &key, true);
                (value, wrapped)
            };
            let (u, ue) = salted(user.as_bytes(), b"usalt-01ukey-001", &[]);
            let (o, oe) = salted(owner.as_bytes(), b"osalt-01okey-001", &u);
            let mut perms = [0u8; 16];
            perms[..8].copy_from_slice(&(-4i64).to_le_bytes());
            perms[8..12].copy_from_slice(if spec.encrypt_metadata { b"Tadb" } else { b"Fadb" });
            let perms = aes_cbc_raw(&key, &[0; 16], &perms, true);
            for (k, v) in [("U", u), ("UE", ue), ("O", o), ("OE", oe), ("Perms", perms)] {
                dict.set(k, Object::String(v, lopdf::StringFormat::Hexadecimal));
            }
            key
        } else {
            let (user, owner) = (pdfdoc(user), pdfdoc(owner));
            p.o = o_value(&p, &owner, &user);
            let key = key_r4(&p, &user);
            p.u = u_value(&p, &key);
            dict.set("O", Object::String(p.o.clone(), lopdf::StringFormat::Hexadecimal));
            dict.set("U", Object::String(p.u.clone(), lopdf::StringFormat::Hexadecimal));
            key
        };
        if spec.v >= 4 {
            let cfm = match spec.method {
                Method::Rc4 => "V2",
                Method::Aes128 => "AESV2",
                _ => "AESV3",
            };
            dict.set("CF", dictionary! {"StdCF" => dictionary! {"CFM" => cfm, "Length" => spec.bits as i64 / 8}});
            dict.set("StmF", "StdCF");
            dict.set("StrF", "StdCF");
            dict.set("EncryptMetadata", spec.encrypt_metadata);
        }
        let dec = Decryptor::new(&p, key);
        let ids: Vec<ObjectId> = doc.objects.keys().copied().collect();
        for (n, id) in ids.into_iter().enumerate() {
            let iv = [n as u8 ^ 0x5A; 16];
            if let Some(obj) = doc.objects.get_mut(&id) {
                // The stream with its own Identity crypt filter stays plain (its /Crypt is
                // read back when decrypting, so only its dictionary strings are touched).
                let identity = obj.as_stream().is_ok_and(|s| s.dict.has(b"DecodeParms"));
                if !identity {
                    dec.encrypt_object(id, obj, &iv);
                }
            }
        }
        if direct {
            doc.trailer.set("Encrypt", dict);
        } else {
            let id = doc.add_object(dict);
            doc.trailer.set("Encrypt", id);
        }
        let mut out = Vec::new();
        doc.save_to(&mut out).unwrap();
        if let Some(at) = out.windows(7).position(|w| w == b"/ObjStX") {
            out[at + 6] = b'm';
        }
        out
    }

    fn page_text(pdf: &crate::pdf::PdfDocument) -> String {
        let page = crate::pdf::extract_page(pdf, 0, &Limits::default());
        page.glyphs.iter().map(|g| g.text.as_str()).collect::<String>().replace(' ', "")
    }

    fn check_open(pdf: &crate::pdf::PdfDocument, what: &str) {
        assert_eq!(page_text(pdf), TEXT.replace(' ', ""), "{what}");
        assert_eq!(pdf.info(b"Title").as_deref(), Some("Título secreto"), "{what}");
        let meta = pdf.doc.catalog().ok().and_then(|c| c.get(b"Metadata").ok()).and_then(|m| m.as_reference().ok());
        let meta = meta.and_then(|id| pdf.doc.get_object(id).ok()).and_then(|o| o.as_stream().ok());
        assert_eq!(meta.map(|s| s.content.as_slice()), Some(XMP), "{what}: metadata");
    }

    #[test]
    fn own_encryption_round_trips_with_user_and_owner_passwords() {
        let limits = Limits::default();
        for spec in SPECS {
            for (objstm, direct) in [(false, true), (true, true), (false, false)] {
                let bytes = encrypt(plain_doc(objstm, spec.v >= 4), spec, "usuario", "dueño", direct);
                let what = format!("{spec:?} objstm {objstm} direct {direct}");
                for pw in ["usuario", "dueño"] {
                    let pdf = load_own(&bytes, &limits, Some(pw)).unwrap_or_else(|e| panic!("{what} {pw}: {e}"));
                    check_open(&pdf, &format!("{what} {pw}"));
                    // The public entry point too (lopdf itself opens the indirect form).
                    let pdf = load(&bytes, &limits, Some(pw)).unwrap_or_else(|e| panic!("{what} {pw}: {e}"));
                    if !objstm {
                        check_open(&pdf, &format!("{what} {pw} via load"));
                    }
                }
                for pw in [None, Some("usuari"), Some("")] {
                    let err = load(&bytes, &limits, pw).err();
                    assert!(matches!(err, Some(PdfError::Password)), "{what} {pw:?}: {err:?}");
                }
            }
        }
    }

    /// A content stream with a broken `/Length` is recovered from the raw bytes, which are
    /// still encrypted, and decrypted then.
    #[test]
    fn recovered_content_streams_are_decrypted() {
        let limits = Limits::default();
        for (spec, direct) in [(SPECS[1], true), (SPECS[3], true), (SPECS[3], false)] {
            let mut bytes = encrypt(plain_doc(false, false), spec, "usuario", "dueño", direct);
            // Object 4 is the first content stream.
            let obj = bytes.windows(8).position(|w| w == b"\n4 0 obj").unwrap();
            let len = obj + bytes[obj..].windows(8).position(|w| w == b"/Length ").unwrap() + 8;
            let digits = bytes[len..].iter().take_while(|b| b.is_ascii_digit()).count();
            bytes.splice(len..len + digits, std::iter::once(b'-').chain(std::iter::repeat_n(b'9', digits - 1)));
            let pdf = load(&bytes, &limits, Some("usuario")).unwrap();
            assert!(pdf.diagnostics.iter().any(|d| d.code == "pdf.repaired"), "{spec:?} {direct}");
            assert_eq!(page_text(&pdf), TEXT.replace(' ', ""), "{spec:?} {direct}");
        }
    }

    #[test]
    fn empty_user_password_opens_without_asking() {
        let limits = Limits::default();
        for spec in SPECS {
            let bytes = encrypt(plain_doc(true, spec.v >= 4), spec, "", "dueño", true);
            let pdf = load(&bytes, &limits, None).unwrap_or_else(|e| panic!("{spec:?}: {e}"));
            check_open(&pdf, &format!("{spec:?}"));
            let pdf = load(&bytes, &limits, Some("cualquiera")).unwrap_or_else(|e| panic!("{spec:?}: {e}"));
            check_open(&pdf, &format!("{spec:?} with a needless password"));
        }
    }

    #[test]
    fn crypt_filters_leave_the_filter_list() {
        // (/Filter, /DecodeParms, crypt filter found, /Filter left)
        type Case = (Object, Object, Option<Option<&'static [u8]>>, Option<Object>);
        let cases: [Case; 4] = [
            (Object::Name(b"FlateDecode".to_vec()), Object::Null, None, Some(Object::Name(b"FlateDecode".to_vec()))),
            (
                Object::Name(b"Crypt".to_vec()),
                Object::Dictionary(dictionary! {"Name" => "StdCF"}),
                Some(Some(b"StdCF")),
                None,
            ),
            (
                Object::Array(vec![Object::Name(b"Crypt".to_vec()), Object::Name(b"FlateDecode".to_vec())]),
                Object::Array(vec![Object::Dictionary(dictionary! {"Name" => "Identity"}), Object::Null]),
                Some(Some(b"Identity")),
                Some(Object::Array(vec![Object::Name(b"FlateDecode".to_vec())])),
            ),
            (Object::Array(vec![Object::Name(b"Crypt".to_vec())]), Object::Null, Some(None), None),
        ];
        for (filter, parms, want, left) in cases {
            let mut s = Stream::new(dictionary! {"Filter" => filter.clone(), "DecodeParms" => parms}, Vec::new());
            assert_eq!(take_crypt_filter(&mut s), want.map(|n| n.map(<[u8]>::to_vec)), "{filter:?}");
            assert_eq!(s.dict.get(b"Filter").ok().cloned(), left, "{filter:?}");
        }
    }

    #[test]
    fn signature_contents_stay_as_written() {
        let p = Params {
            r: 3,
            key_len: 16,
            o: vec![1; 32],
            u: vec![2; 32],
            oe: Vec::new(),
            ue: Vec::new(),
            p: 0,
            encrypt_metadata: true,
            id0: Vec::new(),
            stm: Method::Rc4,
            strf: Method::Rc4,
            filters: Vec::new(),
        };
        let dec = Decryptor::new(&p, vec![5; 16]);
        let mut sig = Object::Dictionary(dictionary! {
            "Type" => "Sig", "Contents" => Object::string_literal(b"firma".to_vec()),
            "Name" => Object::string_literal(b"Ana".to_vec()),
        });
        dec.decrypt_object((9, 0), &mut sig);
        let d = sig.as_dict().unwrap();
        assert_eq!(d.get(b"Contents").unwrap().as_str().unwrap(), b"firma");
        assert_ne!(d.get(b"Name").unwrap().as_str().unwrap(), b"Ana");
    }

    /// Broken or foreign encryption dictionaries fail with a reason, never a panic.
    #[test]
    fn bad_encryption_dictionaries_fail_cleanly() {
        let limits = Limits::default();
        let good = encrypt(plain_doc(false, false), SPECS[1], "usuario", "dueño", true);
        let edits: [(&[u8], &[u8], &str); 4] = [
            (b"/Filter/Standard", b"/Filter/PubSecXX", "pdf.decryption"),
            (b"/R 3", b"/R 9", "pdf.decryption"),
            (b"/U<", b"/X<", "pdf.decryption"),
            (b"/V 2", b"/V 7", "pdf.decryption"),
        ];
        for (from, to, code) in edits {
            let text = String::from_utf8_lossy(&good);
            let at = good.windows(from.len()).position(|w| w == from);
            let Some(at) = at else { panic!("{} not in {}", String::from_utf8_lossy(from), &text[text.len() - 600..]) };
            let mut bytes = good.clone();
            bytes.splice(at..at + from.len(), to.iter().copied());
            match load(&bytes, &limits, Some("usuario")) {
                Err(e) => assert_eq!(e.code(), code, "{e}"),
                Ok(_) => assert_eq!(code, "ok", "{} opened", String::from_utf8_lossy(to)),
            }
        }
        // Random /O and /U of every length: a wrong password, not a panic.
        for len in [0usize, 1, 31, 32, 47, 48, 200] {
            let p = Params {
                o: vec![0xAB; len],
                u: vec![0xCD; len],
                oe: vec![1; len],
                ue: vec![2; len],
                ..params(6, 32, "", "", 0, "")
            };
            assert_eq!(file_key(&p, "x"), None);
            let p = Params { r: 3, ..p };
            assert_eq!(file_key(&p, "x"), None);
        }
    }

    /// Every encrypted file of ../shared opens through our handler with the text lopdf's
    /// own decryption gives where lopdf can open it (skipped without ../shared).
    #[test]
    fn shared_encrypted_files_match_lopdf() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
        if !root.join("real/manifest.json").exists() {
            eprintln!("SKIP: ../shared/corpus not found");
            return;
        }
        let limits = Limits::default();
        let mut files: Vec<(std::path::PathBuf, Option<String>)> = Vec::new();
        let manifest: serde_json::Value =
            serde_json::from_slice(&std::fs::read(root.join("real/manifest.json")).unwrap()).unwrap();
        for f in manifest["files"].as_array().unwrap() {
            if f["encrypted"].as_bool() == Some(true) {
                let pw = f["password"]["user"].as_str().map(str::to_string);
                files.push((root.join("real").join(f["file"].as_str().unwrap()), pw));
            }
        }
        for entry in std::fs::read_dir(root.join("adversarial")).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            if name.starts_with("encrypted-") && name.ends_with(".pdf") {
                let pw = name.contains("-user-password").then(|| "secreto".to_string());
                let pw = if name.contains("empty-user") { None } else { pw };
                files.push((path, pw));
            }
        }
        assert!(files.len() >= 8, "{} encrypted files", files.len());
        for (path, pw) in files {
            let bytes = std::fs::read(&path).unwrap();
            let ours = load_own(&bytes, &limits, pw.as_deref()).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let theirs = load(&bytes, &limits, pw.as_deref()).unwrap();
            assert_eq!(ours.pages.len(), theirs.pages.len(), "{}", path.display());
            for i in 0..ours.pages.len().min(3) {
                let a = crate::pdf::extract_page(&ours, i, &limits);
                let b = crate::pdf::extract_page(&theirs, i, &limits);
                let text = |p: &crate::pdf::TextPage| p.glyphs.iter().map(|g| g.text.clone()).collect::<String>();
                assert_eq!(text(&a), text(&b), "{} page {}", path.display(), i + 1);
                assert!(!a.glyphs.is_empty() || b.glyphs.is_empty(), "{}", path.display());
            }
            assert!(
                open_decrypting(&bytes, &limits, Some("una clave equivocada")).is_ok() == pw.is_none(),
                "{}",
                path.display()
            );
        }
    }
}
