//! Tesseract 5 (and Leptonica, which decodes the image) through their C APIs.
//!
//! In: an image file's bytes (see [`super::pixels`]), the languages, the image's resolution
//! and the time left. Out: [`Recognised`] lines, words and symbols with boxes in pixels.
//!
//! This is the only module with `unsafe` code (the crate forbids it elsewhere): a dozen
//! foreign functions declared by hand from `tesseract/capi.h` and `leptonica/allheaders.h`
//! (no bindgen). Every pointer they return is checked for null before use and released on
//! every path by a guard ([`Pix`], [`Api`], [`Iter`], [`Monitor`]); strings they return are
//! copied and freed with `TessDeleteText`. An engine is not shared between threads: each
//! worker thread keeps its own ([`ENGINE`]), created on its first page (loading the
//! language model takes a fraction of a second) and reused for every page after.

use std::cell::RefCell;
use std::ffi::{c_char, c_float, c_int, c_void, CStr, CString};
use std::time::Duration;

use super::words::{RLine, RSymbol, RWord, Recognised};

#[repr(C)]
struct RawPix {
    _private: [u8; 0],
}
#[repr(C)]
struct RawApi {
    _private: [u8; 0],
}
#[repr(C)]
struct RawIter {
    _private: [u8; 0],
}
#[repr(C)]
struct RawMonitor {
    _private: [u8; 0],
}

#[link(name = "leptonica")]
extern "C" {
    fn pixReadMem(data: *const u8, size: usize) -> *mut RawPix;
    fn pixDestroy(pix: *mut *mut RawPix);
    fn pixGetWidth(pix: *const RawPix) -> c_int;
    fn pixGetHeight(pix: *const RawPix) -> c_int;
    fn pixGetDepth(pix: *const RawPix) -> c_int;
    fn pixScale(pix: *mut RawPix, sx: c_float, sy: c_float) -> *mut RawPix;
    fn setMsgSeverity(severity: c_int) -> c_int;
}

#[link(name = "tesseract")]
extern "C" {
    fn TessBaseAPICreate() -> *mut RawApi;
    fn TessBaseAPIDelete(api: *mut RawApi);
    fn TessBaseAPIInit3(api: *mut RawApi, datapath: *const c_char, language: *const c_char) -> c_int;
    fn TessBaseAPISetVariable(api: *mut RawApi, name: *const c_char, value: *const c_char) -> c_int;
    fn TessBaseAPISetPageSegMode(api: *mut RawApi, mode: c_int);
    fn TessBaseAPISetImage2(api: *mut RawApi, pix: *mut RawPix);
    fn TessBaseAPISetSourceResolution(api: *mut RawApi, ppi: c_int);
    fn TessBaseAPIRecognize(api: *mut RawApi, monitor: *mut RawMonitor) -> c_int;
    fn TessBaseAPIGetIterator(api: *mut RawApi) -> *mut RawIter;
    fn TessBaseAPIClear(api: *mut RawApi);
    fn TessResultIteratorDelete(it: *mut RawIter);
    fn TessResultIteratorNext(it: *mut RawIter, level: c_int) -> c_int;
    fn TessResultIteratorGetUTF8Text(it: *const RawIter, level: c_int) -> *mut c_char;
    fn TessResultIteratorConfidence(it: *const RawIter, level: c_int) -> c_float;
    fn TessResultIteratorGetPageIteratorConst(it: *const RawIter) -> *const c_void;
    fn TessPageIteratorIsAtBeginningOf(it: *const c_void, level: c_int) -> c_int;
    fn TessPageIteratorBoundingBox(
        it: *const c_void,
        level: c_int,
        left: *mut c_int,
        top: *mut c_int,
        right: *mut c_int,
        bottom: *mut c_int,
    ) -> c_int;
    fn TessPageIteratorBaseline(
        it: *const c_void,
        level: c_int,
        x1: *mut c_int,
        y1: *mut c_int,
        x2: *mut c_int,
        y2: *mut c_int,
    ) -> c_int;
    fn TessDeleteText(text: *const c_char);
    fn TessMonitorCreate() -> *mut RawMonitor;
    fn TessMonitorDelete(monitor: *mut RawMonitor);
    fn TessMonitorSetDeadlineMSecs(monitor: *mut RawMonitor, deadline: c_int);
}

/// `TessPageIteratorLevel` values.
const RIL_TEXTLINE: c_int = 2;
const RIL_WORD: c_int = 3;
const RIL_SYMBOL: c_int = 4;
/// `PSM_AUTO`: page segmentation without orientation detection.
const PSM_AUTO: c_int = 3;
/// Leptonica's `L_SEVERITY_NONE`: no messages on stderr.
const L_SEVERITY_NONE: c_int = 6;
/// Grey or colour scans below this resolution are enlarged to [`TARGET_DPI`] first
/// (Tesseract reads best at about 300 dpi); bilevel ones are used as they are.
const UPSCALE_BELOW_DPI: f32 = 250.0;
const TARGET_DPI: f32 = 300.0;

/// A Leptonica image, destroyed when dropped.
struct Pix(*mut RawPix);

impl Drop for Pix {
    fn drop(&mut self) {
        if !self.0.is_null() {
            // SAFETY: a non-null pointer from pixReadMem/pixScale, destroyed once here.
            unsafe { pixDestroy(&mut self.0) };
        }
    }
}

/// A Tesseract engine, deleted when dropped.
struct Api {
    raw: *mut RawApi,
    lang: String,
}

impl Drop for Api {
    fn drop(&mut self) {
        // SAFETY: a non-null handle from TessBaseAPICreate, deleted once here.
        unsafe { TessBaseAPIDelete(self.raw) };
    }
}

/// A result iterator, deleted when dropped.
struct Iter(*mut RawIter);

impl Drop for Iter {
    fn drop(&mut self) {
        // SAFETY: a non-null iterator from TessBaseAPIGetIterator, deleted once here.
        unsafe { TessResultIteratorDelete(self.0) };
    }
}

/// A progress monitor carrying the deadline, deleted when dropped.
struct Monitor(*mut RawMonitor);

impl Drop for Monitor {
    fn drop(&mut self) {
        if !self.0.is_null() {
            // SAFETY: a non-null monitor from TessMonitorCreate, deleted once here.
            unsafe { TessMonitorDelete(self.0) };
        }
    }
}

thread_local! {
    /// This thread's engine, with the languages it was loaded for.
    static ENGINE: RefCell<Option<Api>> = const { RefCell::new(None) };
}

impl Api {
    fn new(lang: &str) -> Result<Api, String> {
        let c_lang = CString::new(lang).map_err(|_| "the OCR language contains a NUL byte".to_string())?;
        // SAFETY: plain calls; the handle is checked for null and owned by the guard from
        // here on; the strings outlive the calls.
        unsafe {
            setMsgSeverity(L_SEVERITY_NONE);
            let raw = TessBaseAPICreate();
            if raw.is_null() {
                return Err("Tesseract could not be started".into());
            }
            let api = Api { raw, lang: lang.to_string() };
            if TessBaseAPIInit3(raw, std::ptr::null(), c_lang.as_ptr()) != 0 {
                return Err(format!(
                    "Tesseract could not load the language model '{lang}' (is tesseract-ocr-{} installed?)",
                    lang.split('+').next().unwrap_or(lang)
                ));
            }
            let quiet = (c"debug_file", c"/dev/null");
            TessBaseAPISetVariable(raw, quiet.0.as_ptr(), quiet.1.as_ptr());
            TessBaseAPISetPageSegMode(raw, PSM_AUTO);
            Ok(api)
        }
    }
}

/// Recognises the image in `file` (resolution `dpi`) with languages `lang`, stopping after
/// `time`.
pub fn recognise(file: &[u8], lang: &str, dpi: f32, time: Duration) -> Result<Recognised, String> {
    ENGINE.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.as_ref().is_none_or(|a| a.lang != lang) {
            *slot = None;
            *slot = Some(Api::new(lang)?);
        }
        let api = slot.as_ref().ok_or_else(|| "no OCR engine".to_string())?;
        run(api, file, dpi, time)
    })
}

fn run(api: &Api, file: &[u8], dpi: f32, time: Duration) -> Result<Recognised, String> {
    // SAFETY: `file` is a live slice for the call; the result is checked and owned.
    let mut pix = Pix(unsafe { pixReadMem(file.as_ptr(), file.len()) });
    if pix.0.is_null() {
        return Err("the image could not be decoded".into());
    }
    // SAFETY: `pix.0` is a valid image.
    let depth = unsafe { pixGetDepth(pix.0) };
    let mut dpi = if dpi.is_finite() && dpi > 0.0 { dpi } else { TARGET_DPI };
    if depth > 1 && dpi < UPSCALE_BELOW_DPI {
        let f = TARGET_DPI / dpi;
        // SAFETY: `pix.0` is valid; a null result keeps the original.
        let bigger = Pix(unsafe { pixScale(pix.0, f, f) });
        if !bigger.0.is_null() {
            pix = bigger;
            dpi = TARGET_DPI;
        }
    }
    // SAFETY: `pix.0` is valid.
    let (width, height) = unsafe { (pixGetWidth(pix.0), pixGetHeight(pix.0)) };
    if width <= 0 || height <= 0 {
        return Err("the image is empty".into());
    }
    let ms = time.as_millis().min(i32::MAX as u128) as c_int;
    // SAFETY: the monitor is owned by its guard; the image outlives recognition (it is
    // released by TessBaseAPIClear before `pix` drops).
    let result = unsafe {
        let monitor = Monitor(TessMonitorCreate());
        if !monitor.0.is_null() {
            TessMonitorSetDeadlineMSecs(monitor.0, ms);
        }
        TessBaseAPISetImage2(api.raw, pix.0);
        TessBaseAPISetSourceResolution(api.raw, dpi.round() as c_int);
        let status = TessBaseAPIRecognize(api.raw, monitor.0);
        let out = if status != 0 {
            Err("Tesseract stopped (time limit reached, or the image could not be read)".to_string())
        } else {
            Ok(read_results(api.raw, width as u32, height as u32))
        };
        TessBaseAPIClear(api.raw);
        out
    };
    drop(pix);
    result
}

/// Walks the results symbol by symbol into lines, words and symbols.
///
/// # Safety
/// `api` must hold a finished recognition.
unsafe fn read_results(api: *mut RawApi, width: u32, height: u32) -> Recognised {
    let mut rec = Recognised { width, height, lines: Vec::new() };
    let raw = TessBaseAPIGetIterator(api);
    if raw.is_null() {
        return rec;
    }
    let it = Iter(raw);
    let page = TessResultIteratorGetPageIteratorConst(it.0);
    let bbox = |level: c_int| {
        let (mut l, mut t, mut r, mut b) = (0, 0, 0, 0);
        let ok = TessPageIteratorBoundingBox(page, level, &mut l, &mut t, &mut r, &mut b) != 0;
        ok.then_some([l as f32, t as f32, r as f32, b as f32])
    };
    loop {
        if TessPageIteratorIsAtBeginningOf(page, RIL_TEXTLINE) != 0 || rec.lines.is_empty() {
            let (mut x1, mut y1, mut x2, mut y2) = (0, 0, 0, 0);
            let lb = bbox(RIL_TEXTLINE).unwrap_or_default();
            let baseline = if TessPageIteratorBaseline(page, RIL_TEXTLINE, &mut x1, &mut y1, &mut x2, &mut y2) != 0 {
                [x1 as f32, y1 as f32, x2 as f32, y2 as f32]
            } else {
                [lb[0], lb[3], lb[2], lb[3]]
            };
            rec.lines.push(RLine { bbox: lb, baseline, words: Vec::new() });
        }
        let Some(line) = rec.lines.last_mut() else { break };
        if TessPageIteratorIsAtBeginningOf(page, RIL_WORD) != 0 || line.words.is_empty() {
            let confidence = TessResultIteratorConfidence(it.0, RIL_WORD);
            let raw = TessResultIteratorGetUTF8Text(it.0, RIL_WORD);
            let text = if raw.is_null() {
                String::new()
            } else {
                let s = CStr::from_ptr(raw).to_string_lossy().into_owned();
                TessDeleteText(raw);
                s
            };
            line.words.push(RWord { confidence, text, symbols: Vec::new() });
        }
        let text = TessResultIteratorGetUTF8Text(it.0, RIL_SYMBOL);
        if !text.is_null() {
            let s = CStr::from_ptr(text).to_string_lossy().into_owned();
            TessDeleteText(text);
            if let (Some(b), Some(w)) = (bbox(RIL_SYMBOL), line.words.last_mut()) {
                w.symbols.push(RSymbol { text: s, bbox: b });
            }
        }
        if TessResultIteratorNext(it.0, RIL_SYMBOL) == 0 {
            break;
        }
    }
    rec.lines.retain(|l| l.words.iter().any(|w| !w.symbols.is_empty()));
    rec
}
