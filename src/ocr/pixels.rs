//! An image XObject's samples as a file an image decoder reads.
//!
//! In: an [`EncodedImage`] (general filters undone, codec kept). Out: the bytes of a JPEG,
//! JPEG 2000, TIFF (CCITT fax data, wrapped as it is: no re-encoding) or PNM (plain
//! samples) file. Leptonica, which the OCR engine uses, reads every one of them. JBIG2 and
//! palette colour spaces are refused with a reason.

use crate::pdf::image::{Codec, EncodedImage};

/// The file bytes for `img`, or why it cannot be made.
pub fn to_file(img: &EncodedImage) -> Result<Vec<u8>, String> {
    match img.codec {
        Codec::Jpeg | Codec::Jpeg2000 => Ok(img.data.clone()),
        Codec::Ccitt => Ok(ccitt_tiff(img)),
        Codec::Jbig2 => Err("the image is JBIG2-compressed, which is not decoded for OCR".into()),
        Codec::Raw => pnm(img),
    }
}

/// A grey image as a PGM file.
pub fn pgm(g: &crate::ocr::decode::Grey) -> Vec<u8> {
    let mut out = format!("P5\n{} {}\n255\n", g.width, g.height).into_bytes();
    out.extend_from_slice(&g.data);
    out
}

/// A one-strip little-endian TIFF holding CCITT fax data as it is.
fn ccitt_tiff(img: &EncodedImage) -> Vec<u8> {
    let (compression, t4) = match img.ccitt.k {
        k if k < 0 => (4u16, None),
        0 => (3, Some(u32::from(img.ccitt.byte_align) << 2)),
        _ => (3, Some(1 | (u32::from(img.ccitt.byte_align) << 2))),
    };
    // A TIFF fax decoder gives the coded white runs 0 bits and the black runs 1 bits, as a
    // PDF's does with /BlackIs1 false; there the 1 bits show white (DeviceGray) and the
    // coded runs keep their colours: Photometric 0 (WhiteIsZero). With `one_is_black` (as
    // `decode` reads it) the coded black runs show white: Photometric 1 (BlackIsZero).
    let photometric = photometric(img);
    let mut entries: Vec<(u16, u16, u32)> = vec![
        (256, 4, img.width),
        (257, 4, img.height),
        (258, 3, 1),
        (259, 3, u32::from(compression)),
        (262, 3, photometric),
        (273, 4, 0), // strip offset, set below
        (277, 3, 1),
        (278, 4, img.height),
        (279, 4, img.data.len() as u32),
    ];
    if let Some(t4) = t4 {
        entries.push((292, 4, t4));
    }
    let data_offset = 8 + 2 + 12 * entries.len() as u32 + 4;
    if let Some(e) = entries.iter_mut().find(|e| e.0 == 273) {
        e.2 = data_offset;
    }
    let mut out = Vec::with_capacity(data_offset as usize + img.data.len());
    out.extend_from_slice(b"II");
    out.extend_from_slice(&42u16.to_le_bytes());
    out.extend_from_slice(&8u32.to_le_bytes());
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    for (tag, kind, value) in entries {
        out.extend_from_slice(&tag.to_le_bytes());
        out.extend_from_slice(&kind.to_le_bytes());
        out.extend_from_slice(&1u32.to_le_bytes());
        if kind == 3 {
            out.extend_from_slice(&(value as u16).to_le_bytes());
            out.extend_from_slice(&[0, 0]);
        } else {
            out.extend_from_slice(&value.to_le_bytes());
        }
    }
    out.extend_from_slice(&0u32.to_le_bytes());
    out.extend_from_slice(&img.data);
    out
}

/// The TIFF Photometric value under which fax data shows as the PDF shows it (see
/// [`ccitt_tiff`]).
fn photometric(img: &EncodedImage) -> u32 {
    u32::from(img.one_is_black)
}

/// Plain samples as PBM (1 bit grey), PGM (grey, or CMYK and other depths brought to
/// 8-bit grey) or PPM (RGB).
fn pnm(img: &EncodedImage) -> Result<Vec<u8>, String> {
    let (w, h) = (img.width as usize, img.height as usize);
    let comps = usize::from(img.components);
    let bits = usize::from(img.bits);
    if comps == 0 {
        return Err("the image's colour space (palette or separation) is not decoded for OCR".into());
    }
    if !matches!(bits, 1 | 2 | 4 | 8 | 16) {
        return Err(format!("the image has {bits} bits per component"));
    }
    let row = (w * comps * bits).div_ceil(8);
    if img.data.len() < row * h {
        return Err(format!("the image holds {} bytes, {} expected", img.data.len(), row * h));
    }
    let rows = img.data.chunks_exact(row).take(h);
    if bits == 1 && comps == 1 {
        // PBM: 1 is black.
        let mut out = format!("P4\n{w} {h}\n").into_bytes();
        let flip = if img.one_is_black { 0 } else { 0xFF };
        out.extend(rows.flat_map(|r| r.iter().map(move |b| b ^ flip)));
        return Ok(out);
    }
    let max = (1u32 << bits) - 1;
    let sample = |r: &[u8], i: usize| -> u8 {
        match bits {
            8 => r[i],
            16 => r[2 * i],
            _ => {
                let bit = i * bits;
                let v = (u32::from(r[bit / 8]) >> (8 - bits - bit % 8)) & max;
                (v * 255 / max) as u8
            }
        }
    };
    let invert = img.one_is_black;
    let (magic, out_comps) = if comps == 3 { ("P6", 3) } else { ("P5", 1) };
    let mut out = format!("{magic}\n{w} {h}\n255\n").into_bytes();
    out.reserve(w * h * out_comps);
    for r in rows {
        for x in 0..w {
            let px = |c: usize| sample(r, x * comps + c);
            match comps {
                3 => out.extend_from_slice(&[px(0), px(1), px(2)]),
                4 => {
                    // CMYK to grey: the ink taken away from white.
                    let k = u32::from(px(3));
                    let ink = (u32::from(px(0)) * 30 + u32::from(px(1)) * 59 + u32::from(px(2)) * 11) / 100;
                    out.push(255u32.saturating_sub(ink + k).min(255) as u8);
                }
                _ => {
                    let v = px(0);
                    out.push(if invert { 255 - v } else { v });
                }
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ocr::decode::tests::raw_img as raw;

    #[test]
    fn bilevel_samples_become_pbm_with_black_as_one() {
        let f = to_file(&raw(1, 1, vec![0b0000_1111, 0xFF], 8, 2)).unwrap();
        assert_eq!(&f[..], b"P4\n8 2\n\xF0\x00");
    }

    #[test]
    fn grey_cmyk_and_short_data() {
        let f = to_file(&raw(4, 1, vec![0xF0], 2, 1)).unwrap();
        assert_eq!(&f[..], b"P5\n2 1\n255\n\xFF\x00");
        let f = to_file(&raw(8, 4, vec![0, 0, 0, 255], 1, 1)).unwrap();
        assert_eq!(f.last(), Some(&0));
        assert!(to_file(&raw(8, 1, vec![1, 2], 2, 2)).is_err());
        assert!(to_file(&raw(8, 0, vec![1], 1, 1)).is_err());
    }

    #[test]
    fn fax_data_is_wrapped_in_a_tiff() {
        let mut img = raw(1, 1, vec![1, 2, 3], 100, 50);
        img.codec = Codec::Ccitt;
        img.ccitt.k = -1;
        let f = to_file(&img).unwrap();
        assert_eq!(&f[..4], b"II*\0");
        assert_eq!(&f[f.len() - 3..], &[1, 2, 3]);
        // The strip offset points at the data.
        let entries = u16::from_le_bytes([f[8], f[9]]) as usize;
        let off = (0..entries)
            .map(|i| &f[10 + 12 * i..22 + 12 * i])
            .find(|e| e[..2] == 273u16.to_le_bytes())
            .map(|e| u32::from_le_bytes([e[8], e[9], e[10], e[11]]))
            .unwrap();
        assert_eq!(off as usize, f.len() - 3);
    }

    /// The Photometric entry of a fax TIFF.
    fn photometric_of(f: &[u8]) -> u16 {
        let entries = u16::from_le_bytes([f[8], f[9]]) as usize;
        (0..entries)
            .map(|i| &f[10 + 12 * i..22 + 12 * i])
            .find(|e| e[..2] == 262u16.to_le_bytes())
            .map(|e| u16::from_le_bytes([e[8], e[9]]))
            .unwrap()
    }

    #[test]
    fn fax_tiff_shows_the_page_as_the_decoder_does() {
        // `decode` paints the coded black runs black unless `one_is_black` turns them over
        // (its round-trip test); the TIFF must say the same (WhiteIsZero: coded black runs
        // are black; BlackIsZero: they are white), or the engine reads a negative of the page.
        let mut img = raw(1, 1, vec![0], 8, 1);
        img.codec = Codec::Ccitt;
        img.ccitt.k = -1;
        assert_eq!(photometric_of(&to_file(&img).unwrap()), 0);
        img.ccitt.black_is1 = true;
        img.one_is_black = true;
        assert_eq!(photometric_of(&to_file(&img).unwrap()), 1);
    }
}
