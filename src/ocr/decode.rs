//! An image XObject's samples decoded to grey pixels.
//!
//! In: an [`EncodedImage`] (general filters undone, codec kept). Out: a [`Grey`] image, one
//! byte per pixel, 0 black to 255 white, rows top to bottom as the image is stored. JPEG
//! (`zune-jpeg`), CCITT Group 3 one-dimensional and Group 4 fax data (`fax`) and plain
//! samples (1–16 bits, grey, RGB, CMYK) are decoded; JPEG 2000, JBIG2 and palette images are
//! refused with a reason. At most `max_pixels` pixels; never panics on bad data (a fax
//! stream that ends early leaves its last rows white).

use zune_jpeg::zune_core::bytestream::ZCursor;
use zune_jpeg::zune_core::colorspace::ColorSpace;
use zune_jpeg::zune_core::options::DecoderOptions;
use zune_jpeg::JpegDecoder;

use crate::pdf::image::{Codec, EncodedImage};

/// A grey image: `width × height` bytes, row by row, 0 black, 255 white.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Grey {
    /// Pixels across.
    pub width: u32,
    /// Rows.
    pub height: u32,
    /// The pixels.
    pub data: Vec<u8>,
}

impl Grey {
    /// A white image.
    pub fn white(width: u32, height: u32) -> Self {
        Grey { width, height, data: vec![255; width as usize * height as usize] }
    }

    /// The pixel at `(x, y)` (no bounds check beyond the slice's).
    pub fn at(&self, x: u32, y: u32) -> u8 {
        self.data[y as usize * self.width as usize + x as usize]
    }
}

/// The grey pixels of `img`, or why they cannot be had.
pub fn decode(img: &EncodedImage, max_pixels: u64) -> Result<Grey, String> {
    let (w, h) = (img.width, img.height);
    if w == 0 || h == 0 {
        return Err("the image is empty".into());
    }
    if u64::from(w) * u64::from(h) > max_pixels {
        return Err(format!("the image has {w}×{h} pixels, more than {max_pixels}"));
    }
    let mut grey = match img.codec {
        Codec::Raw => raw(img)?,
        Codec::Jpeg => jpeg(img, max_pixels)?,
        Codec::Ccitt => fax(img)?,
        Codec::Jpeg2000 => return Err("JPEG 2000 images are not decoded here".into()),
        Codec::Jbig2 => return Err("JBIG2 images are not decoded here".into()),
    };
    // One- and two-byte grey samples, JPEG and fax data come out with 0 as black (fax: the
    // coded black runs); `one_is_black` turns them over. For fax data it is /BlackIs1 XOR an
    // inverting /Decode: with /BlackIs1 the black runs are samples of 1, which the grey colour
    // space shows white (what pdftoppm and pdf.js render).
    let inverted = match img.codec {
        Codec::Ccitt => img.one_is_black,
        _ => img.one_is_black && img.components == 1,
    };
    if inverted {
        grey.data.iter_mut().for_each(|v| *v = 255 - *v);
    }
    Ok(grey)
}

/// Plain samples, rows padded to whole bytes, brought to 8-bit grey.
fn raw(img: &EncodedImage) -> Result<Grey, String> {
    let (w, h) = (img.width as usize, img.height as usize);
    let comps = usize::from(img.components);
    let bits = usize::from(img.bits);
    if comps == 0 {
        return Err("the image's colour space (palette or separation) is not decoded".into());
    }
    if !matches!(bits, 1 | 2 | 4 | 8 | 16) {
        return Err(format!("the image has {bits} bits per component"));
    }
    let row = (w * comps * bits).div_ceil(8);
    if img.data.len() < row * h {
        return Err(format!("the image holds {} bytes, {} expected", img.data.len(), row * h));
    }
    let max = (1u32 << bits.min(8)) - 1;
    let sample = |r: &[u8], i: usize| -> u32 {
        match bits {
            8 => u32::from(r[i]),
            16 => u32::from(r[2 * i]),
            _ => {
                let bit = i * bits;
                let v = (u32::from(r[bit / 8]) >> (8 - bits - bit % 8)) & max;
                v * 255 / max
            }
        }
    };
    let mut data = Vec::with_capacity(w * h);
    for r in img.data.chunks_exact(row).take(h) {
        for x in 0..w {
            let px = |c: usize| sample(r, x * comps + c);
            let v = match comps {
                1 => px(0),
                3 => (px(0) * 30 + px(1) * 59 + px(2) * 11) / 100,
                4 => {
                    let ink = (px(0) * 30 + px(1) * 59 + px(2) * 11) / 100;
                    255u32.saturating_sub(ink + px(3))
                }
                // Other counts (DeviceN with n components): the first one as grey.
                _ => px(0),
            };
            data.push(v.min(255) as u8);
        }
    }
    Ok(Grey { width: img.width, height: img.height, data })
}

/// A JPEG file decoded to luminance.
fn jpeg(img: &EncodedImage, max_pixels: u64) -> Result<Grey, String> {
    let side = usize::try_from(max_pixels.min(1 << 16)).unwrap_or(1 << 16);
    let options =
        DecoderOptions::default().jpeg_set_out_colorspace(ColorSpace::Luma).set_max_width(side).set_max_height(side);
    let mut dec = JpegDecoder::new_with_options(ZCursor::new(&img.data[..]), options);
    dec.decode_headers().map_err(|e| format!("the JPEG data is unreadable ({e:?})"))?;
    let (w, h) = dec.dimensions().ok_or("the JPEG data has no size")?;
    if w == 0 || h == 0 || (w as u64) * (h as u64) > max_pixels {
        return Err(format!("the JPEG image has {w}×{h} pixels"));
    }
    let data = dec.decode().map_err(|e| format!("the JPEG data is unreadable ({e:?})"))?;
    if data.len() != w * h {
        return Err("the JPEG data decoded to an unexpected size".into());
    }
    let mut grey = Grey { width: w as u32, height: h as u32, data };
    // Adobe's CMYK JPEGs store inverted ink; a luminance near black everywhere is that.
    if dec.input_colorspace() == Some(ColorSpace::YCCK) || dec.input_colorspace() == Some(ColorSpace::CMYK) {
        grey.data.iter_mut().for_each(|v| *v = 255 - *v);
    }
    Ok(grey)
}

/// CCITT fax data: Group 4 (`/K` < 0) or Group 3 one-dimensional (`/K` 0). Black runs are
/// 0, white runs 255; rows the data does not reach stay white.
fn fax(img: &EncodedImage) -> Result<Grey, String> {
    let (w, h) = (img.width, img.height);
    let mut grey = Grey::white(w, h);
    let mut y = 0usize;
    let row_len = w as usize;
    let mut put_row = |transitions: &[u32]| {
        if y >= h as usize {
            return;
        }
        let row = &mut grey.data[y * row_len..(y + 1) * row_len];
        // Transitions alternate white → black → white … from x = 0.
        let mut x = 0usize;
        let mut black = false;
        for &t in transitions {
            let t = (t as usize).min(row_len);
            if black && t > x {
                row[x..t].fill(0);
            }
            x = x.max(t);
            black = !black;
        }
        if black && x < row_len {
            row[x..].fill(0);
        }
        y += 1;
    };
    let bytes = img.data.iter().copied();
    let ok = match img.ccitt.k {
        k if k < 0 => fax::decoder::decode_g4(bytes, w, Some(h), &mut put_row).is_some(),
        0 => fax::decoder::decode_g3(bytes, &mut put_row).is_some(),
        _ => return Err("two-dimensional Group 3 fax data is not decoded here".into()),
    };
    if !ok && y == 0 {
        return Err("the fax data is unreadable".into());
    }
    Ok(grey)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::pdf::image::Ccitt;

    /// An uncompressed image of `w` × `h` samples (the ocr tests' builder).
    pub(crate) fn raw_img(bits: u8, components: u8, data: Vec<u8>, w: u32, h: u32) -> EncodedImage {
        EncodedImage {
            codec: Codec::Raw,
            data,
            width: w,
            height: h,
            bits,
            components,
            one_is_black: false,
            ccitt: Ccitt::default(),
            mask: false,
        }
    }

    #[test]
    fn plain_samples_become_grey() {
        let g = decode(&raw_img(1, 1, vec![0b1010_0000], 4, 1), 100).unwrap();
        assert_eq!(g.data, vec![255, 0, 255, 0]);
        let g = decode(&raw_img(8, 3, vec![255, 255, 255, 0, 0, 0], 2, 1), 100).unwrap();
        assert_eq!(g.data, vec![255, 0]);
        let g = decode(&raw_img(8, 4, vec![0, 0, 0, 0, 0, 0, 0, 255], 2, 1), 100).unwrap();
        assert_eq!(g.data, vec![255, 0]);
        let mut inv = raw_img(8, 1, vec![0, 200], 2, 1);
        inv.one_is_black = true;
        assert_eq!(decode(&inv, 100).unwrap().data, vec![255, 55]);
    }

    #[test]
    fn bad_images_are_refused() {
        assert!(decode(&raw_img(8, 1, vec![1, 2], 2, 2), 100).is_err(), "short data");
        assert!(decode(&raw_img(8, 1, vec![0; 400], 20, 20), 100).is_err(), "too many pixels");
        assert!(decode(&raw_img(8, 0, vec![0; 4], 2, 2), 100).is_err(), "a palette");
        let mut j = raw_img(8, 1, b"\xFF\xD8 not a jpeg".to_vec(), 10, 10);
        j.codec = Codec::Jpeg;
        assert!(decode(&j, 1000).is_err());
        let mut f = raw_img(1, 1, vec![0xFF; 3], 10, 10);
        f.codec = Codec::Ccitt;
        f.ccitt.k = 1;
        assert!(decode(&f, 1000).is_err(), "2-D Group 3");
    }

    #[test]
    fn group4_fax_round_trip() {
        use fax::{encoder::Encoder, Color, VecWriter};
        // 20 × 6: a black bar on rows 2–3 from x 3 to 16, a dot at (0, 5).
        let (w, h) = (20u32, 6u32);
        let black = |x: u32, y: u32| ((2..4).contains(&y) && (3..17).contains(&x)) || (x, y) == (0, 5);
        let mut enc = Encoder::new(VecWriter::new());
        for y in 0..h {
            let row = (0..w).map(|x| if black(x, y) { Color::Black } else { Color::White });
            enc.encode_line(row, w).unwrap();
        }
        let data = enc.finish().unwrap().finish();
        let mut f = raw_img(1, 1, data, w, h);
        f.codec = Codec::Ccitt;
        f.ccitt.k = -1;
        let g = decode(&f, 1000).unwrap();
        assert_eq!((g.width, g.height), (w, h));
        for y in 0..h {
            for x in 0..w {
                assert_eq!(g.at(x, y) == 0, black(x, y), "({x}, {y})");
            }
        }
        // /Decode [1 0] turns it over.
        f.one_is_black = true;
        assert_eq!(decode(&f, 1000).unwrap().at(0, 0), 0);
        // /BlackIs1 true without /Decode (as img2pdf writes scans): the coded black runs are
        // samples of 1, which DeviceGray shows white — the paper; `read_image` says so with
        // `one_is_black`, and the page comes out black on white, not turned over.
        f.ccitt.black_is1 = true;
        f.one_is_black = true;
        let g = decode(&f, 1000).unwrap();
        assert_eq!((g.at(3, 2), g.at(0, 0)), (255, 0));
    }
}
