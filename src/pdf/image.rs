//! The samples of an image XObject, for OCR.
//!
//! In: a document and the object id of an image XObject (see [`super::PageImage`]). Out:
//! an [`EncodedImage`]: the image's bytes with every general-purpose filter (Flate, LZW,
//! ASCII85, …) undone and the image codec (JPEG, JPEG 2000, CCITT fax, JBIG2) left in
//! place, with what a decoder needs to know (size, bits, colour components, the CCITT
//! parameters, whether 1 means black). The codec itself is decoded by [`crate::ocr::decode`]
//! (to grey pixels) or by the OCR engine.
//! Bounded by the stream-size limit; never panics on bad input.

use lopdf::{Dictionary, Object, Stream};

use super::load::resolve;
use super::PdfDocument;

/// The codec an image's samples are stored in, once general filters are undone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    /// Plain samples, `bits` per component, rows padded to whole bytes.
    Raw,
    /// `DCTDecode`: a JPEG file.
    Jpeg,
    /// `JPXDecode`: a JPEG 2000 file.
    Jpeg2000,
    /// `CCITTFaxDecode`: Group 3 or 4 fax data (see [`Ccitt`]).
    Ccitt,
    /// `JBIG2Decode`.
    Jbig2,
}

/// Parameters of CCITT fax data (`/DecodeParms`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Ccitt {
    /// `/K`: < 0 Group 4, 0 Group 3 one-dimensional, > 0 Group 3 two-dimensional.
    pub k: i64,
    /// `/EncodedByteAlign`.
    pub byte_align: bool,
    /// `/BlackIs1`: a 1 bit of the decoded rows is black.
    pub black_is1: bool,
}

/// An image's samples, general filters undone.
#[derive(Debug, Clone, PartialEq)]
pub struct EncodedImage {
    /// The codec `data` is in.
    pub codec: Codec,
    /// The bytes.
    pub data: Vec<u8>,
    /// Samples across.
    pub width: u32,
    /// Rows.
    pub height: u32,
    /// Bits per component (1 for masks and fax data).
    pub bits: u8,
    /// Colour components per sample (1 grey, 3 RGB, 4 CMYK); 0 when the colour space is
    /// one a plain decoder cannot use (indexed, separation, …).
    pub components: u8,
    /// A sample value of 1 (bilevel) or the largest value is black, not white: `/BlackIs1`
    /// of fax data, an inverting `/Decode` array, or an image mask (its 0 samples paint).
    pub one_is_black: bool,
    /// For [`Codec::Ccitt`].
    pub ccitt: Ccitt,
    /// An image mask (`/ImageMask true`): it paints only where it is black, the rest of it
    /// leaves what lies under it.
    pub mask: bool,
}

/// Why an image could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImageError {
    /// The object is missing or not an image stream.
    #[error("the image object is missing or is not an image")]
    NotAnImage,
    /// A filter before the codec could not be undone (or is unknown).
    #[error("its data could not be decompressed ({0})")]
    Filter(String),
    /// Larger than the stream-size limit.
    #[error("it decompresses to more than {0} bytes (limit.stream_bytes)")]
    TooLarge(usize),
}

/// The samples of image `id` of `doc`, decompressed to at most `limit` bytes.
pub fn read_image(doc: &PdfDocument, id: (u32, u16), limit: usize) -> Result<EncodedImage, ImageError> {
    let d = &doc.doc;
    let stream = d.get_object(id).ok().and_then(|o| resolve(d, o)).and_then(|o| o.as_stream().ok());
    let Some(stream) = stream else { return Err(ImageError::NotAnImage) };
    let dict = &stream.dict;
    let name = |k: &[u8]| dict.get(k).ok().and_then(|o| resolve(d, o)).and_then(|o| o.as_name().ok());
    if name(b"Subtype").is_some_and(|n| n != b"Image") {
        return Err(ImageError::NotAnImage);
    }
    let int = |dict: &Dictionary, k: &[u8]| dict.get(k).ok().and_then(|o| resolve(d, o)).and_then(|o| o.as_i64().ok());
    let flag = |dict: &Dictionary, k: &[u8]| {
        dict.get(k).ok().and_then(|o| resolve(d, o)).and_then(|o| o.as_bool().ok()).unwrap_or(false)
    };
    let width = int(dict, b"Width").unwrap_or(0).clamp(0, 1 << 20) as u32;
    let height = int(dict, b"Height").unwrap_or(0).clamp(0, 1 << 20) as u32;
    if width == 0 || height == 0 {
        return Err(ImageError::NotAnImage);
    }
    let mask = flag(dict, b"ImageMask");
    let (filters, params) = filters_of(d, dict);
    let (codec, general) = match filters.last().map(Vec::as_slice) {
        Some(b"DCTDecode" | b"DCT") => (Codec::Jpeg, filters.len() - 1),
        Some(b"JPXDecode") => (Codec::Jpeg2000, filters.len() - 1),
        Some(b"CCITTFaxDecode" | b"CCF") => (Codec::Ccitt, filters.len() - 1),
        Some(b"JBIG2Decode") => (Codec::Jbig2, filters.len() - 1),
        _ => (Codec::Raw, filters.len()),
    };
    let data = undo_filters(stream, &filters[..general], &params[..general.min(params.len())], limit)?;
    let codec_params = params.get(general).cloned().flatten().unwrap_or_default();
    let ccitt = Ccitt {
        k: int(&codec_params, b"K").unwrap_or(0),
        byte_align: flag(&codec_params, b"EncodedByteAlign"),
        black_is1: flag(&codec_params, b"BlackIs1"),
    };
    let bits =
        if mask || codec == Codec::Ccitt { 1 } else { int(dict, b"BitsPerComponent").unwrap_or(8).clamp(1, 16) as u8 };
    let components = if mask { 1 } else { components(d, dict.get(b"ColorSpace").ok()) };
    let decode_inverted = dict
        .get(b"Decode")
        .ok()
        .and_then(|o| resolve(d, o))
        .and_then(|o| o.as_array().ok())
        .and_then(|a| a.first())
        .and_then(|o| resolve(d, o))
        .and_then(|o| o.as_float().ok())
        .is_some_and(|v| v > 0.5);
    // Grey and fax samples: 0 is black unless /BlackIs1 says otherwise; an image mask paints
    // its 0 samples (black text on the page) unless /Decode inverts it.
    let zero_black = if codec == Codec::Ccitt { !ccitt.black_is1 } else { true };
    let one_is_black = !zero_black ^ decode_inverted;
    Ok(EncodedImage { codec, data, width, height, bits, components, one_is_black, ccitt, mask })
}

/// The stream's filter names and their parameter dictionaries, in decoding order.
fn filters_of(d: &lopdf::Document, dict: &Dictionary) -> (Vec<Vec<u8>>, Vec<Option<Dictionary>>) {
    let as_dict = |o: &Object| resolve(d, o).and_then(|o| o.as_dict().ok()).cloned();
    let filters: Vec<Vec<u8>> = match dict.get(b"Filter").ok().and_then(|o| resolve(d, o)) {
        Some(Object::Name(n)) => vec![n.clone()],
        Some(Object::Array(a)) => {
            a.iter().filter_map(|o| resolve(d, o)).filter_map(|o| o.as_name().ok()).map(<[u8]>::to_vec).collect()
        }
        _ => Vec::new(),
    };
    let params: Vec<Option<Dictionary>> = match dict.get(b"DecodeParms").ok().and_then(|o| resolve(d, o)) {
        Some(Object::Array(a)) => a.iter().map(as_dict).collect(),
        Some(o @ Object::Dictionary(_)) => vec![as_dict(o); filters.len().max(1)],
        _ => Vec::new(),
    };
    let mut params = params;
    params.resize(filters.len(), None);
    (filters, params)
}

/// Undoes the general filters `filters` (with `params`) of `stream`.
fn undo_filters(
    stream: &Stream,
    filters: &[Vec<u8>],
    params: &[Option<Dictionary>],
    limit: usize,
) -> Result<Vec<u8>, ImageError> {
    if filters.is_empty() {
        if stream.content.len() > limit {
            return Err(ImageError::TooLarge(limit));
        }
        return Ok(stream.content.clone());
    }
    let mut dict = Dictionary::new();
    dict.set("Filter", Object::Array(filters.iter().map(|f| Object::Name(f.clone())).collect()));
    let parms: Vec<Object> = params.iter().map(|p| p.clone().map_or(Object::Null, Object::Dictionary)).collect();
    dict.set("DecodeParms", Object::Array(parms));
    let partial = Stream::new(dict, stream.content.clone());
    partial.decompressed_content_with_limit(limit).map_err(|e| match e {
        lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. }) => ImageError::TooLarge(limit),
        e => ImageError::Filter(e.to_string()),
    })
}

/// Colour components of a colour space a plain decoder can use (0 otherwise).
fn components(d: &lopdf::Document, cs: Option<&Object>) -> u8 {
    let Some(cs) = cs.and_then(|o| resolve(d, o)) else { return 1 };
    match cs {
        Object::Name(n) => match n.as_slice() {
            b"DeviceGray" | b"G" | b"CalGray" => 1,
            b"DeviceRGB" | b"RGB" | b"CalRGB" => 3,
            b"DeviceCMYK" | b"CMYK" => 4,
            _ => 0,
        },
        Object::Array(a) => match a.first().and_then(|o| resolve(d, o)).and_then(|o| o.as_name().ok()) {
            Some(b"ICCBased") => a
                .get(1)
                .and_then(|o| resolve(d, o))
                .and_then(|o| o.as_stream().ok())
                .and_then(|s| s.dict.get(b"N").ok())
                .and_then(|o| resolve(d, o))
                .and_then(|o| o.as_i64().ok())
                .filter(|n| matches!(n, 1 | 3 | 4))
                .unwrap_or(0) as u8,
            Some(b"CalGray") => 1,
            Some(b"CalRGB" | b"Lab") => 3,
            _ => 0,
        },
        _ => 0,
    }
}
