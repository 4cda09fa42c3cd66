//! Hostile inputs built here, so that a fresh clone (without ../shared) tests the promise that
//! no input panics, hangs or escapes the limits: broken structure, cycles, deep nesting,
//! bombs, absurd numbers, broken fonts, and text files with control characters. Each
//! case says which outcome it must have (failed with a reason, or a record with text).

use std::io::Write;
use std::time::Duration;

use legajo::config::Config;
use legajo::model::{Level, Record, Status};

/// A PDF from numbered object bodies (`objs[i]` is object `i + 1`), with a correct xref and
/// `trailer_extra` added to the trailer (which names object 1 as `/Root`).
fn pdf(objs: &[Vec<u8>], trailer_extra: &str) -> Vec<u8> {
    let mut out = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objs.iter().enumerate() {
        offsets.push(out.len());
        writeln!(out, "{} 0 obj", i + 1).unwrap();
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    write!(out, "xref\n0 {}\n0000000000 65535 f \n", objs.len() + 1).unwrap();
    for o in offsets {
        writeln!(out, "{o:010} 00000 n ").unwrap();
    }
    write!(out, "trailer\n<< /Size {} /Root 1 0 R {trailer_extra} >>\nstartxref\n{xref}\n%%EOF\n", objs.len() + 1)
        .unwrap();
    out
}

fn obj(s: &str) -> Vec<u8> {
    s.as_bytes().to_vec()
}

/// A stream object with `dict` entries and `data` (its `/Length` is right).
fn stream(dict: &str, data: &[u8]) -> Vec<u8> {
    let mut v = format!("<< {dict} /Length {} >>\nstream\n", data.len()).into_bytes();
    v.extend_from_slice(data);
    v.extend_from_slice(b"\nendstream");
    v
}

fn deflate(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

/// Catalog (1), pages (2), one page (3) with Helvetica as /F1 (5) and `content` as its
/// content stream (4); `more` are objects 6, 7, …
fn one_page(content: Vec<u8>, page_extra: &str, more: &[Vec<u8>]) -> Vec<u8> {
    let mut objs = vec![
        obj("<< /Type /Catalog /Pages 2 0 R >>"),
        obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
        obj(&format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R \
             /Resources << /Font << /F1 5 0 R >> >> {page_extra} >>"
        )),
        content,
        obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
    ];
    objs.extend_from_slice(more);
    pdf(&objs, "")
}

fn text_content(body: &str) -> Vec<u8> {
    stream("", format!("BT /F1 12 Tf 72 770 Td {body} ET").as_bytes())
}

fn cfg() -> Config {
    let mut c = Config::default();
    c.limits.max_seconds = Duration::from_secs(20);
    c.limits.max_stream_bytes = 4 << 20;
    c
}

/// Runs one case; a panic inside the pipeline is turned into an `internal.panic` diagnostic
/// by `process_isolated`, which this rejects.
fn run(name: &str, bytes: &[u8]) -> Record {
    let rec = legajo::run::process_isolated(name, bytes, &cfg());
    let panic = rec.diagnostics.iter().find(|d| d.code == "internal.panic");
    assert!(panic.is_none(), "{name}: panicked: {:?}", panic.map(|d| &d.message));
    rec
}

fn text_of(rec: &Record) -> String {
    rec.pages.iter().flat_map(|p| &p.blocks).map(|b| b.text.as_str()).collect::<Vec<_>>().join("\n")
}

/// Must fail, with an error diagnostic that says why.
fn fails(name: &str, bytes: &[u8]) {
    let rec = run(name, bytes);
    assert_eq!(rec.status, Status::Failed, "{name}: {:?}", rec.diagnostics);
    let why = rec.diagnostics.iter().find(|d| d.level == Level::Error).map(|d| d.message.len());
    assert!(why.unwrap_or(0) >= 10, "{name}: failed without a reason: {:?}", rec.diagnostics);
}

/// Must not fail, and must give `want` in its text.
fn reads(name: &str, bytes: &[u8], want: &str) -> Record {
    let rec = run(name, bytes);
    assert_ne!(rec.status, Status::Failed, "{name}: {:?}", rec.diagnostics);
    assert!(text_of(&rec).contains(want), "{name}: {want:?} not in {:?}", text_of(&rec));
    rec
}

#[test]
fn the_builder_makes_a_readable_pdf() {
    // The control: without it, every "does not panic" below could be a PDF nobody parses.
    let rec = reads("control.pdf", &one_page(text_content("(Informe anual) Tj"), "", &[]), "Informe anual");
    assert_eq!(rec.status, Status::Ok, "{:?}", rec.diagnostics);
}

#[test]
fn broken_structure_fails_with_a_reason() {
    fails("empty.pdf", b"");
    fails("header-only.pdf", b"%PDF-1.7\n%%EOF\n");
    fails("html.pdf", b"<!DOCTYPE html><html><body>404 Not Found</body></html>");
    // The root is a reference to itself.
    fails("root-cycle.pdf", &pdf(&[obj("1 0 R")], ""));
    // Pages whose only kid is the pages node itself: no page can be reached.
    fails(
        "page-tree-cycle.pdf",
        &pdf(&[obj("<< /Type /Catalog /Pages 2 0 R >>"), obj("<< /Type /Pages /Kids [2 0 R] /Count 1 >>")], ""),
    );
}

#[test]
fn broken_xref_and_lengths_are_recovered() {
    let good = one_page(text_content("(Recuperado) Tj"), "", &[]);
    // Every xref offset shifted: the loader must find the objects by scanning.
    let shifted = String::from_utf8_lossy(&good)
        .lines()
        .map(|l| if l.ends_with(" 00000 n ") { format!("{:010} 00000 n ", 7) } else { l.to_string() })
        .collect::<Vec<_>>()
        .join("\n");
    reads("xref-shifted.pdf", shifted.as_bytes(), "Recuperado");
    // No xref and no trailer at all.
    let cut = good.windows(4).position(|w| w == b"xref").unwrap();
    let mut no_xref = good[..cut].to_vec();
    no_xref.extend_from_slice(b"%%EOF\n");
    reads("no-xref.pdf", &no_xref, "Recuperado");
    // A declared stream length far past the end of the file.
    let long =
        one_page(obj("<< /Length 999999999 >>\nstream\nBT /F1 12 Tf 72 770 Td (Largo) Tj ET\nendstream"), "", &[]);
    let rec = run("huge-length.pdf", &long);
    assert_ne!(rec.status, Status::Failed, "{:?}", rec.diagnostics);
    // A content stream whose dictionary lost its /Length (a mangled key): the parser reads
    // no data; the stream is read back by scanning, and the repair is said (issue 23: the page
    // was empty and the record `ok` without a word).
    let no_length =
        one_page(obj("<< /LengthLength 40 >>\nstream\nBT /F1 12 Tf 72 770 Td (Sin largo) Tj ET\nendstream"), "", &[]);
    let rec = reads("no-length.pdf", &no_length, "Sin largo");
    assert!(rec.diagnostics.iter().any(|d| d.code == "pdf.repaired"), "{:?}", rec.diagnostics);
    // Cut in half: whatever is left is read or the file fails with a reason, no panic.
    let rec = run("truncated.pdf", &good[..good.len() / 2]);
    assert!(rec.status != Status::Failed || !rec.diagnostics.is_empty());
}

#[test]
fn absurd_content_streams_are_bounded() {
    // 50 000 nested arrays inside a content stream.
    let mut deep = b"BT /F1 12 Tf 72 770 Td (Antes) Tj ET ".to_vec();
    deep.extend(std::iter::repeat_n(b'[', 50_000));
    reads("deep-array.pdf", &one_page(stream("", &deep), "", &[]), "Antes");
    // Numbers beyond f32, NaN-like text, zero and negative sizes, a singular matrix.
    let absurd = "1e999 0 0 1e999 0 0 cm (A) Tj 0 0 0 0 0 0 Tm (B) Tj /F1 -1e38 Tf (C) Tj \
                  /F1 0 Tf (D) Tj 99999999999999999999 Tz (E) Tj nan inf Td (F) Tj";
    run("absurd-numbers.pdf", &one_page(text_content(absurd), "", &[]));
    // Unbalanced operators, unknown operators, operators without operands.
    let junk = "(Texto) Tj Q Q Q ET ET BT Tj Tj cm cm Do /Nada Do qqq W n re f 1 2 3 4 5 6 7 8 9 c";
    reads("unbalanced.pdf", &one_page(text_content(junk), "", &[]), "Texto");
    // An inline image that never ends.
    let inline = "(Imagen) Tj ET BI /W 10 /H 10 /BPC 8 /CS /G ID \u{1}\u{2}\u{3} garbage without end";
    reads("inline-image.pdf", &one_page(stream("", inline.as_bytes()), "", &[]), "");
    // A page box of zeros, a NaN-free but absurd rotation.
    run("zero-box.pdf", &one_page(text_content("(Caja) Tj"), "/MediaBox [0 0 0 0] /Rotate 45", &[]));
}

#[test]
fn recursive_forms_and_bombs_stop_at_the_limits() {
    // A form XObject that draws itself.
    let form =
        stream("/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /X 6 0 R >> >>", b"/X Do");
    let content = stream("", b"BT /F1 12 Tf 72 770 Td (Forma) Tj ET /X Do");
    reads(
        "form-recursion.pdf",
        &one_page(content, "/Resources << /Font << /F1 5 0 R >> /XObject << /X 6 0 R >> >>", &[form]),
        "Forma",
    );
    // A content stream that inflates to 16 MiB through two filters (limit here: 4 MiB).
    let inner = deflate(&vec![b' '; 16 << 20]);
    let bomb = stream("/Filter [/FlateDecode /FlateDecode]", &deflate(&inner));
    assert!(bomb.len() < 4096, "the bomb is {} bytes", bomb.len());
    let rec = run("flate-bomb.pdf", &one_page(bomb, "", &[]));
    assert!(rec.diagnostics.iter().any(|d| d.code.starts_with("limit.")), "{:?}", rec.diagnostics);
    // Garbage behind a Flate filter.
    let rec = run("bad-flate.pdf", &one_page(stream("/Filter /FlateDecode", b"\x78\x9c not zlib at all"), "", &[]));
    assert_ne!(rec.status, Status::Failed, "{:?}", rec.diagnostics);
}

#[test]
fn broken_fonts_and_cmaps_lose_glyphs_not_the_document() {
    // A ToUnicode CMap with an inverted range, a range over the whole code space, and junk.
    let cmap = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n\
        1 begincodespacerange <00> <FF> endcodespacerange\n\
        3 beginbfrange <50> <10> <0041> <00> <FF> <FFFF> <41> <42> [<0061> <>]\n\
        endbfrange 2 beginbfchar <48> <D800> <49> <00480049004A> endbfchar\n\
        endcmap CMapName currentdict /CMap defineresource pop end end";
    let font = obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>");
    let mut objs_font = one_page(text_content("(HIJK) Tj"), "", &[stream("", cmap)]);
    // Swap the page's font for the one with the broken CMap (object 5).
    let plain = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
    let at = objs_font.windows(plain.len()).position(|w| w == plain.as_bytes()).unwrap();
    let mut padded = String::from_utf8(font).unwrap();
    while padded.len() < plain.len() {
        padded.push(' ');
    }
    assert_eq!(padded.len(), plain.len(), "the replacement keeps the xref offsets");
    objs_font.splice(at..at + plain.len(), padded.into_bytes());
    run("broken-cmap.pdf", &objs_font);
    // A Type0 font whose descendant is missing, and a font that is not a dictionary.
    let type0 = "<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /DescendantFonts [99 0 R]>>";
    let content = stream("", b"BT /F2 12 Tf 72 770 Td <00410042> Tj /F3 12 Tf (x) Tj /F1 12 Tf (Sigue) Tj ET");
    let res = "/Resources << /Font << /F1 5 0 R /F2 6 0 R /F3 7 0 R >> >>";
    reads("missing-fonts.pdf", &one_page(content, res, &[obj(type0), obj("42")]), "Sigue");
}

#[test]
fn hostile_text_files_give_records() {
    let mut long_word = "a".repeat(200_000);
    long_word.push('\n');
    // Mostly text with a few control characters: read, the controls dropped.
    let rec = run("controls.txt", "Uno dos tres\n\nCuatro\u{7}\u{1b}[31m cinco y seis siete\n".as_bytes());
    assert_ne!(rec.status, Status::Failed, "controls.txt: {:?}", rec.diagnostics);
    // NUL bytes between words: not text (issue 23: never `ok` without a word of warning).
    let rec = run("nul.txt", b"Uno\0dos\0\0tres\n\nCuatro\x07 cinco\n");
    assert!(rec.status != Status::Ok || !rec.diagnostics.is_empty(), "nul.txt: ok without a diagnostic");
    let cases: [(&str, String); 5] = [
        ("form-feeds.txt", "\u{c}\u{c}\u{c}Página\u{c}\n\u{c}".repeat(500)),
        ("long-word.txt", long_word),
        ("marks.txt", "1.\n".repeat(5_000) + &"•\n- \n* \n".repeat(2_000)),
        ("combining.txt", format!("e{}\u{202e}Ley N° 27444\u{202c}\n", "\u{301}".repeat(10_000))),
        ("crlf.txt", "Título\r\r\n\r\nLey N° 27444\r\n-\r\nfin\r".repeat(200)),
    ];
    for (name, text) in &cases {
        let rec = run(name, text.as_bytes());
        assert_ne!(rec.status, Status::Failed, "{name}: {:?}", rec.diagnostics);
    }
    // Not UTF-8: decoded as Latin-1/Windows-1252 (issue 23), the encoding recorded.
    let rec = run("latin1.txt", b"Informaci\xf3n p\xfablica\n");
    assert!(text_of(&rec).contains("Información pública"), "{:?}", text_of(&rec));
    assert!(rec.source.encoding.is_some());
    // UTF-16 without a byte-order mark (Windows "Unicode" text saved without one): decoded.
    let le: Vec<u8> = "Resolución Ministerial N° 045-2019\r\n".encode_utf16().flat_map(u16::to_le_bytes).collect();
    let rec = run("utf16.txt", &le);
    assert!(text_of(&rec).contains("Resolución Ministerial"), "{:?}", text_of(&rec));
    assert_eq!(rec.source.encoding.as_deref(), Some("UTF-16LE"));
}

/// A page the page tree names but that cannot be read, and a page whose `/Contents` is not a
/// stream, are lost with an error (the record is `partial`), never silently (issue 23:
/// mutants with a renumbered object or a damaged xref entry lost pages without a word).
#[test]
fn unreadable_pages_and_contents_are_reported() {
    let errors = |rec: &Record, code: &str| rec.diagnostics.iter().any(|d| d.code == code && d.level == Level::Error);
    // Kids names object 9, which does not exist; page 3 is read.
    let mut objs = vec![
        obj("<< /Type /Catalog /Pages 2 0 R >>"),
        obj("<< /Type /Pages /Kids [3 0 R 9 0 R] /Count 2 >>"),
        obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"),
        text_content("(Primera) Tj"),
        obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
    ];
    let rec = reads("kid-missing.pdf", &pdf(&objs, ""), "Primera");
    assert_eq!(rec.status, Status::Partial, "{:?}", rec.diagnostics);
    assert!(errors(&rec, "pdf.page_missing"), "{:?}", rec.diagnostics);
    // The same kid is the font dictionary: not a page either.
    objs[1] = obj("<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>");
    assert!(errors(&run("kid-not-page.pdf", &pdf(&objs, "")), "pdf.page_missing"));
    // A kid without /Type that is an outline, not a page.
    objs[1] = obj("<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>");
    objs.push(obj("<< /Count 2 /First 3 0 R /Last 3 0 R >>"));
    assert!(errors(&run("kid-outline.pdf", &pdf(&objs, "")), "pdf.page_missing"));
    // /Contents names the font dictionary (a renumbered object): the page's text is lost.
    let rec = run("contents-dict.pdf", &contents_to_font(one_page(text_content("(Texto) Tj"), "", &[])));
    assert_eq!(rec.status, Status::Partial, "{:?}", rec.diagnostics);
    assert!(errors(&rec, "pdf.stream_corrupt"), "{:?}", rec.diagnostics);
    // Where the content stream should be, other data (a font program, renumbered): its
    // words are mostly no PDF operators.
    let rec = run("contents-foreign.pdf", &one_page(text_content(&"zz ".repeat(100)), "", &[]));
    assert!(errors(&rec, "pdf.content_foreign"), "{:?}", rec.diagnostics);
    // A whole, healthy file says nothing of the kind.
    let rec = run("healthy.pdf", &one_page(text_content("(Texto) Tj"), "", &[]));
    assert_eq!(rec.status, Status::Ok, "{:?}", rec.diagnostics);
}

/// A page the page tree names but that cannot be read keeps its place: the pages after it keep
/// their numbers (issue 23: a dropped page renumbered every later page).
#[test]
fn a_missing_page_keeps_its_number() {
    let page = |content: u32| {
        obj(&format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {content} 0 R \
             /Resources << /Font << /F1 5 0 R >> >> >>"
        ))
    };
    // Kids: page 3, object 9 (not there), a damaged entry (a number), page 6.
    let objs = vec![
        obj("<< /Type /Catalog /Pages 2 0 R >>"),
        obj("<< /Type /Pages /Kids [3 0 R 9 0 R 42 6 0 R] /Count 4 >>"),
        page(4),
        text_content("(Primera) Tj"),
        obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
        page(7),
        text_content("(Cuarta) Tj"),
        obj("<< /Type /Pages /Kids [] /Count 0 >>"),
    ];
    let rec = reads("page-gone.pdf", &pdf(&objs, ""), "Cuarta");
    assert_eq!(rec.status, Status::Partial, "{:?}", rec.diagnostics);
    let on = |word: &str| rec.pages.iter().find(|p| p.blocks.iter().any(|b| b.text.contains(word))).map(|p| p.number);
    assert_eq!(on("Primera"), Some(1));
    assert_eq!(on("Cuarta"), Some(4), "{:?}", rec.pages.iter().map(|p| p.number).collect::<Vec<_>>());
    assert_eq!(rec.metadata.pages, 4);
    let missing = rec.diagnostics.iter().find(|d| d.code == "pdf.page_missing").expect("pdf.page_missing");
    assert!(missing.message.contains("page 2") && missing.message.contains("page 3"), "{}", missing.message);
    // Only missing entries: no page to read.
    let mut objs = objs;
    objs[1] = obj("<< /Type /Pages /Kids [9 0 R] /Count 1 >>");
    fails("no-page-left.pdf", &pdf(&objs, ""));
}

/// `/Contents 4 0 R` turned into `/Contents 5 0 R` (the font), same length.
fn contents_to_font(mut b: Vec<u8>) -> Vec<u8> {
    let at = b.windows(13).position(|w| w == b"/Contents 4 0").unwrap();
    b[at + 10] = b'5';
    b
}
