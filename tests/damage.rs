//! Nothing lost silently: damaged streams, turned pages, boxes off the content. Each test
//! builds a small PDF here (lopdf), damages or reshapes it, and checks that the record either
//! keeps the text or says, with a diagnostic naming the page, what was lost.

use std::io::Write;

use legajo::config::Config;
use legajo::model::{Level, Record, Status};
use lopdf::{dictionary, Dictionary, Document, Object, Stream};

use crate::common::set_one_page;

/// One page: its content, whether it is Flate-compressed, `/Rotate`, MediaBox and CropBox.
#[derive(Clone)]
pub struct Page {
    pub content: Vec<u8>,
    pub flate: bool,
    pub rotate: i64,
    pub media: [i64; 4],
    pub crop: Option<[i64; 4]>,
}

impl Page {
    /// A page of running text: `lines` lines of Helvetica.
    pub fn text(lines: usize) -> Page {
        let mut c = b"BT /F1 11 Tf 14 TL 72 740 Td ".to_vec();
        for i in 0..lines {
            c.extend_from_slice(format!("(Linea {i} del informe anual sobre la gestion publica) Tj T* ").as_bytes());
        }
        c.extend_from_slice(b"ET");
        Page { content: c, flate: true, rotate: 0, media: [0, 0, 612, 792], crop: None }
    }
}

fn zlib(data: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(data).unwrap();
    enc.finish().unwrap()
}

fn ints(v: &[i64]) -> Vec<Object> {
    v.iter().map(|x| Object::Integer(*x)).collect()
}

/// A PDF of `pages`; also returns the object number of each page's content stream.
pub fn build(pages: &[Page]) -> (Vec<u8>, Vec<u32>) {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let helv = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding",
    });
    let mut kids = Vec::new();
    let mut contents = Vec::new();
    for p in pages {
        let stream = if p.flate {
            Stream::new(dictionary! { "Filter" => "FlateDecode" }, zlib(&p.content))
        } else {
            Stream::new(Dictionary::new(), p.content.clone())
        };
        let content_id = doc.add_object(stream);
        contents.push(content_id.0);
        let mut page = dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
            "MediaBox" => ints(&p.media),
            "Resources" => dictionary! { "Font" => dictionary! { "F1" => helv } },
        };
        if let Some(c) = p.crop {
            page.set("CropBox", ints(&c));
        }
        if p.rotate != 0 {
            page.set("Rotate", p.rotate);
        }
        kids.push(Object::Reference(doc.add_object(page)));
    }
    let count = kids.len() as i64;
    doc.objects
        .insert(pages_id, Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count }));
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    (out, contents)
}

/// The byte range of the stream data of object `id` in `pdf`.
fn stream_span(pdf: &[u8], id: u32) -> (usize, usize) {
    let head = format!("\n{id} 0 obj");
    let at = pdf.windows(head.len()).position(|w| w == head.as_bytes()).expect("object") + head.len();
    let start = at + pdf[at..].windows(6).position(|w| w == b"stream").unwrap() + 6;
    let start = start + if pdf[start] == b'\r' { 2 } else { 1 };
    let end = start + pdf[start..].windows(9).position(|w| w == b"endstream").unwrap();
    (start, end)
}

pub fn record(pdf: &[u8]) -> Record {
    legajo::pipeline::process("t.pdf", pdf, &Config::default())
}

fn page_text(rec: &Record, number: u32) -> String {
    rec.pages[number as usize - 1].blocks.iter().map(|b| b.text.as_str()).collect::<Vec<_>>().join("\n")
}

fn has(rec: &Record, code: &str, page: u32, level: Level) -> bool {
    rec.diagnostics.iter().any(|d| d.code == code && d.page == Some(page) && d.level == level)
}

#[test]
fn flipped_bytes_in_a_content_stream_make_the_page_partial() {
    let pages = vec![Page::text(40), Page::text(40), Page::text(40)];
    let (pdf, contents) = build(&pages);
    let healthy = record(&pdf);
    assert_eq!(healthy.status, Status::Ok, "{:?}", healthy.diagnostics);
    let (start, end) = stream_span(&pdf, contents[1]);
    let mut bad = pdf.clone();
    let mid = (start + end) / 2;
    bad[mid..mid + 8].iter_mut().for_each(|b| *b ^= 0xFF);
    let rec = record(&bad);
    assert_eq!(rec.status, Status::Partial, "{:?}", rec.diagnostics);
    let d = rec.diagnostics.iter().find(|d| d.code == "pdf.stream_corrupt").expect("pdf.stream_corrupt");
    assert_eq!((d.page, d.level), (Some(2), Level::Error));
    assert!(d.message.contains(&format!("{} 0 R", contents[1])), "{}", d.message);
    // The pages around it are whole, and the damaged one keeps what came before the damage.
    for page in [1, 3] {
        let text = page_text(&rec, page);
        assert!((1..40).all(|i| text.contains(&format!("Linea {i} del informe anual"))), "page {page}: {text}");
    }
    assert!(page_text(&rec, 2).contains("Linea 0 del informe"));
}

#[test]
fn a_truncated_stream_keeps_its_prefix() {
    let (pdf, contents) = build(&[Page::text(60)]);
    let (start, end) = stream_span(&pdf, contents[0]);
    // Cut the compressed data in half (the /Length then points past it, as in a cut download).
    let mut bad = pdf[..(start + end) / 2].to_vec();
    bad.extend_from_slice(&pdf[end..]);
    let rec = record(&bad);
    assert_eq!(rec.status, Status::Partial, "{:?}", rec.diagnostics);
    assert!(has(&rec, "pdf.stream_corrupt", 1, Level::Error), "{:?}", rec.diagnostics);
    let text = page_text(&rec, 1);
    assert!(text.contains("Linea 0 del informe") && !text.contains("Linea 59"), "{text}");
}

#[test]
fn a_page_whose_content_cannot_be_decoded_says_its_text_was_lost() {
    let (pdf, contents) = build(&[Page::text(5), Page::text(5)]);
    let (start, end) = stream_span(&pdf, contents[1]);
    let mut bad = pdf.clone();
    bad[start..end].iter_mut().enumerate().for_each(|(i, b)| *b = (i * 37 % 251) as u8);
    let rec = record(&bad);
    assert_eq!(rec.status, Status::Partial);
    assert!(has(&rec, "page.text_lost", 2, Level::Error), "{:?}", rec.diagnostics);
    assert!(!rec.diagnostics.iter().any(|d| d.code == "text.none"), "not a scan: {:?}", rec.diagnostics);
    // Only page 2 lost anything.
    assert!(!rec.diagnostics.iter().any(|d| d.page == Some(1) && d.level == Level::Error));
}

#[test]
fn a_page_without_text_operators_lost_nothing() {
    let mut blank = Page::text(0);
    blank.content = b"q 0 0 1 rg 72 72 200 300 re f Q".to_vec();
    let rec = record(&build(&[Page::text(3), blank]).0);
    assert_eq!(rec.status, Status::Ok, "{:?}", rec.diagnostics);
    assert!(!rec.diagnostics.iter().any(|d| d.code == "page.text_lost"));
}

#[test]
fn pages_turned_by_rotate_are_read_upright() {
    let upright = record(&build(&[Page::text(12)]).0);
    for rotate in [90, 180, 270, -90, 450] {
        let mut p = Page::text(12);
        p.rotate = rotate;
        let rec = record(&build(&[p]).0);
        assert_eq!(page_text(&rec, 1), page_text(&upright, 1), "/Rotate {rotate}");
        assert!(has(&rec, "page.text_turned", 1, Level::Info), "/Rotate {rotate}: {:?}", rec.diagnostics);
    }
    // Content drawn turned on a turned page (a landscape table) is upright already.
    let mut p = Page::text(12);
    p.rotate = 90;
    p.content = [b"q 0 1 -1 0 792 0 cm ".as_slice(), &p.content, b" Q"].concat();
    let rec = record(&build(&[p]).0);
    assert!(page_text(&rec, 1).contains("Linea 11 del informe"));
    assert!(!rec.diagnostics.iter().any(|d| d.code == "page.text_turned"), "{:?}", rec.diagnostics);
}

#[test]
fn a_rotate_that_is_not_a_quarter_turn_is_normalised_with_a_warning() {
    let upright = record(&build(&[Page::text(12)]).0);
    let mut p = Page::text(12);
    p.rotate = 100;
    let rec = record(&build(&[p]).0);
    assert!(has(&rec, "pdf.rotate", 1, Level::Warning), "{:?}", rec.diagnostics);
    // Read as 90, then turned upright.
    assert_eq!(page_text(&rec, 1), page_text(&upright, 1));
}

#[test]
fn text_outside_the_visible_box_is_kept_or_reported() {
    let upright = record(&build(&[Page::text(12)]).0);
    // A CropBox (and a MediaBox) off the content: everything would be hidden.
    for (media, crop) in [([0, 0, 612, 792], Some([400, 0, 612, 500])), ([2000, 2000, 2612, 2792], None)] {
        let mut p = Page::text(12);
        (p.media, p.crop) = (media, crop);
        let rec = record(&build(&[p]).0);
        assert_eq!(page_text(&rec, 1), page_text(&upright, 1), "{media:?} {crop:?}");
        assert!(has(&rec, "page.text_outside", 1, Level::Warning), "{:?}", rec.diagnostics);
    }
    // A crop that hides a few lines of a page it mostly shows: reported.
    let mut p = Page::text(12);
    p.crop = Some([0, 600, 612, 792]);
    let rec = record(&build(&[p]).0);
    assert!(page_text(&rec, 1).contains("Linea 0 del"));
    let d = rec.diagnostics.iter().find(|d| d.code == "page.text_outside").expect("reported");
    assert_eq!(d.page, Some(1));
}

/// A small PDF whose page draws form 0, each form drawing the next `fan` times, `depth`
/// levels deep; the last one shows a word. Its few kilobytes make `fan^depth` words.
pub fn nested_forms(depth: usize, fan: usize) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let helv = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding",
    });
    let bbox = || ints(&[0, 0, 612, 792]);
    let leaf = Stream::new(
        dictionary! { "Type" => "XObject", "Subtype" => "Form", "BBox" => bbox(),
        "Resources" => dictionary! { "Font" => dictionary! { "F1" => helv } } },
        b"BT /F1 9 Tf 72 700 Td (informe) Tj ET".to_vec(),
    );
    let mut inner = doc.add_object(leaf);
    for level in 0..depth {
        let body: Vec<u8> = (0..fan)
            .flat_map(|i| {
                format!("q 1 0 0 1 {} {} cm /X Do Q ", (i * 7) % 400, (level * 13 + i * 5) % 600).into_bytes()
            })
            .collect();
        let form = Stream::new(
            dictionary! { "Type" => "XObject", "Subtype" => "Form", "BBox" => bbox(),
            "Resources" => dictionary! { "XObject" => dictionary! { "X" => inner } } },
            body,
        );
        inner = doc.add_object(form);
    }
    let content = doc.add_object(Stream::new(Dictionary::new(), b"/X Do".to_vec()));
    let page = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content, "MediaBox" => bbox(),
        "Resources" => dictionary! { "XObject" => dictionary! { "X" => inner } },
    });
    set_one_page(&mut doc, pages_id, page);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

#[test]
fn the_deadline_stops_a_page_of_nested_forms_inside_the_page() {
    use legajo::config::Limits;
    let pdf = nested_forms(4, 12);
    assert!(pdf.len() < 8 << 10, "{} bytes", pdf.len());
    let doc = legajo::pdf::load(&pdf, &Limits::default(), None).unwrap();
    let whole = legajo::pdf::extract_page(&doc, 0, &Limits::default());
    assert_eq!(whole.glyphs.len(), 7 * 12usize.pow(4));
    assert!(!whole.diagnostics.iter().any(|d| d.code == "limit.time"));
    // A deadline already past: the interpreter stops at its first look at the clock.
    let late = Limits { deadline: Some(std::time::Instant::now()), ..Limits::default() };
    let cut = legajo::pdf::extract_page(&doc, 0, &late);
    assert!(cut.glyphs.len() < whole.glyphs.len() / 10, "{}", cut.glyphs.len());
    let d = cut.diagnostics.iter().find(|d| d.code == "limit.time").expect("limit.time");
    assert_eq!((d.level, d.page), (Level::Error, Some(1)));
    // Through the pipeline: no time at all gives a partial record that says why.
    let mut cfg = Config::default();
    cfg.limits.max_seconds = std::time::Duration::ZERO;
    let rec = legajo::pipeline::process("nested.pdf", &pdf, &cfg);
    assert_eq!(rec.status, Status::Partial);
    assert!(rec.diagnostics.iter().any(|d| d.code == "limit.time"), "{:?}", rec.diagnostics);
}

#[test]
fn the_deadline_holds_in_the_text_path() {
    let text = "Informe anual.\n\nConforme a la Ley N° 27444, la entidad publica su memoria.\n".repeat(200);
    let mut cfg = Config::default();
    let rec = legajo::pipeline::process("t.txt", text.as_bytes(), &cfg);
    assert_eq!(rec.status, Status::Ok);
    assert!(!rec.legal_references.is_empty());
    cfg.limits.max_seconds = std::time::Duration::ZERO;
    let rec = legajo::pipeline::process("t.txt", text.as_bytes(), &cfg);
    assert_eq!(rec.status, Status::Partial);
    assert!(rec.diagnostics.iter().any(|d| d.code == "limit.time"), "{:?}", rec.diagnostics);
    // The text is kept; what was not looked for is empty, not invented.
    assert!(rec.pages[0].blocks.iter().any(|b| b.text.contains("Ley N° 27444")));
    assert!(rec.legal_references.is_empty());
}

#[test]
fn text_files_in_other_encodings_are_decoded_and_binary_is_not_text() {
    let cfg = Config::default();
    let latin1 = b"Informe anual de gesti\xf3n\n\nLa entidad cumpli\xf3 sus metas del a\xf1o.\n";
    let rec = legajo::pipeline::process("a.txt", latin1, &cfg);
    assert_eq!(rec.status, Status::Ok, "{:?}", rec.diagnostics);
    assert_eq!(rec.source.encoding.as_deref(), Some("ISO-8859-1"));
    assert!(legajo::pipeline::render_text(&rec).contains("cumplió sus metas del año"));
    let utf16: Vec<u8> =
        [0xFF, 0xFE].into_iter().chain("Resolución Ministerial\n".encode_utf16().flat_map(u16::to_le_bytes)).collect();
    let rec = legajo::pipeline::process("b.txt", &utf16, &cfg);
    assert_eq!(rec.source.encoding.as_deref(), Some("UTF-16LE"));
    assert!(legajo::pipeline::render_text(&rec).contains("Resolución Ministerial"));
    // 1 MiB of NUL bytes is not an `ok` text.
    let rec = legajo::pipeline::process("c.txt", &vec![0u8; 1 << 20], &cfg);
    assert_eq!(rec.status, Status::Failed, "{:?}", rec.diagnostics);
    // A PDF's record has no encoding.
    let rec = record(&build(&[Page::text(2)]).0);
    assert_eq!(rec.source.encoding, None);
}
