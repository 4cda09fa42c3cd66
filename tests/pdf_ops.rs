//! Content-stream operators, one behaviour per test, on tiny PDFs built here with lopdf:
//! positions and sizes, text state, kerning spaces, page rotation and CropBox, forms,
//! marked content, invisible text, ruling lines, limits and damaged streams.

use legajo::config::Limits;
use legajo::pdf::{self, TextPage};
use lopdf::{dictionary, Dictionary, Document, Object, Stream};

use crate::common::set_one_page;

/// A form XObject: name, content, `/Matrix`, whether it draws itself.
type FormSpec<'a> = (&'a str, &'a [u8], Option<[f64; 6]>, bool);
/// A font: resource name and a maker of its dictionary.
type FontSpec<'a> = (&'a str, fn(&mut Document) -> Dictionary);

/// Options for the one-page test document.
struct PageSpec<'a> {
    content: &'a [u8],
    media: [i64; 4],
    crop: Option<[i64; 4]>,
    rotate: i64,
    /// Extra XObjects: (name, content, Matrix, self-reference).
    forms: Vec<FormSpec<'a>>,
    /// Extra fonts: (name, maker of the font dictionary).
    fonts: Vec<FontSpec<'a>>,
}

impl Default for PageSpec<'_> {
    fn default() -> Self {
        PageSpec { content: b"", media: [0, 0, 612, 792], crop: None, rotate: 0, forms: Vec::new(), fonts: Vec::new() }
    }
}

fn build(spec: PageSpec) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let helv = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding",
    });
    let mut fonts = dictionary! { "F1" => helv };
    for (name, make) in spec.fonts {
        let dict = make(&mut doc);
        let id = doc.add_object(dict);
        fonts.set(name, id);
    }
    let mut xobjects = Dictionary::new();
    for (name, content, matrix, self_ref) in spec.forms {
        let id = doc.new_object_id();
        let mut d = dictionary! { "Type" => "XObject", "Subtype" => "Form", "BBox" => vec![0.into(), 0.into(), 612.into(), 792.into()] };
        if let Some(m) = matrix {
            d.set("Matrix", m.iter().map(|v| Object::Real(*v as f32)).collect::<Vec<_>>());
        }
        if self_ref {
            d.set(
                "Resources",
                dictionary! { "XObject" => dictionary! { name => id }, "Font" => dictionary! { "F1" => helv } },
            );
        }
        doc.objects.insert(id, Object::Stream(Stream::new(d, content.to_vec())));
        xobjects.set(name, id);
    }
    let content_id = doc.add_object(Stream::new(Dictionary::new(), spec.content.to_vec()));
    let mut page = dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
        "MediaBox" => spec.media.iter().map(|v| Object::Integer(*v)).collect::<Vec<_>>(),
        "Resources" => dictionary! { "Font" => fonts, "XObject" => xobjects },
    };
    if let Some(c) = spec.crop {
        page.set("CropBox", c.iter().map(|v| Object::Integer(*v)).collect::<Vec<_>>());
    }
    if spec.rotate != 0 {
        page.set("Rotate", spec.rotate);
    }
    let page_id = doc.add_object(page);
    set_one_page(&mut doc, pages_id, page_id);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap_or_default();
    out
}

fn extract_with(spec: PageSpec, limits: &Limits) -> TextPage {
    let bytes = build(spec);
    match pdf::load(&bytes, limits, None) {
        Ok(doc) => pdf::extract_page(&doc, 0, limits),
        Err(e) => panic!("test PDF did not load: {e}"),
    }
}

fn extract(content: &[u8]) -> TextPage {
    extract_with(PageSpec { content, ..Default::default() }, &Limits::default())
}

fn text(p: &TextPage) -> String {
    p.glyphs.iter().map(|g| g.text.as_str()).collect()
}

fn close(a: f32, b: f32) -> bool {
    (a - b).abs() < 0.05
}

#[test]
fn glyph_positions_sizes_and_widths() {
    let p = extract(b"BT /F1 10 Tf 100 700 Td (AB) Tj ET");
    assert_eq!(text(&p), "AB");
    let a = &p.glyphs[0];
    let b = &p.glyphs[1];
    assert!(close(a.bbox[0], 100.0) && close(a.bbox[2], 106.67), "{:?}", a.bbox);
    assert!(close(b.bbox[0], 106.67), "{:?}", b.bbox);
    assert!(close(a.baseline, 92.0));
    assert!(a.bbox[1] < 92.0 && a.bbox[3] > 92.0);
    assert!(close(a.size, 10.0));
    assert!(!a.rotated && !a.invisible && !a.artifact);
    assert_eq!(p.fonts[a.font as usize].name, "Helvetica");
    assert!(p.diagnostics.is_empty(), "{:?}", p.diagnostics);
}

#[test]
fn text_state_operators() {
    // Tc adds to every glyph, Tw to the space, Tz scales horizontally, Ts raises.
    let cases: &[(&[u8], usize, f32)] = &[
        (b"BT /F1 10 Tf 2 Tc 100 700 Td (AB) Tj ET", 1, 108.67),
        (b"BT /F1 10 Tf 5 Tw 100 700 Td (A B) Tj ET", 2, 100.0 + 6.67 + 2.78 + 5.0),
        (b"BT /F1 10 Tf 50 Tz 100 700 Td (AB) Tj ET", 1, 103.33),
        (b"BT /F1 10 Tf 100 700 Td [(A) -500 (B)] TJ ET", 2, 111.67),
        (b"BT /F1 10 Tf 100 700 Td [(A) 200 (B)] TJ ET", 1, 104.67),
    ];
    for (content, index, x0) in cases {
        let p = extract(content);
        let g = &p.glyphs[*index];
        assert!(close(g.bbox[0], *x0), "{}: {:?}", String::from_utf8_lossy(content), g.bbox);
    }
    let p = extract(b"BT /F1 10 Tf 100 700 Td 3 Ts (A) Tj ET");
    assert!(close(p.glyphs[0].baseline, 89.0));
}

#[test]
fn line_operators() {
    let p = extract(b"BT /F1 10 Tf 12 TL 100 700 Td (A) Tj T* (B) Tj (C) ' 1 2 (D) \" 0 -20 TD (E) Tj ET");
    assert_eq!(text(&p), "ABCDE");
    let base: Vec<f32> = p.glyphs.iter().map(|g| g.baseline).collect();
    assert!(
        close(base[1], 104.0) && close(base[2], 116.0) && close(base[3], 128.0) && close(base[4], 148.0),
        "{base:?}"
    );
    assert!(close(p.glyphs[1].bbox[0], 100.0));
}

#[test]
fn big_tj_offsets_make_a_space() {
    let p = extract(b"BT /F1 10 Tf 100 700 Td [(word) -400 (next) -100 (x)] TJ ET");
    assert_eq!(text(&p), "word nextx");
    let p = extract(b"BT /F1 10 Tf 100 700 Td [(word ) -400 (next)] TJ ET");
    assert_eq!(text(&p), "word next", "no second space after a space glyph");
}

#[test]
fn ctm_scales_and_moves() {
    let p = extract(b"q 2 0 0 2 50 0 cm BT /F1 10 Tf 10 300 Td (A) Tj ET Q BT /F1 10 Tf 10 300 Td (B) Tj ET");
    assert!(close(p.glyphs[0].size, 20.0));
    assert!(close(p.glyphs[0].bbox[0], 70.0));
    assert!(close(p.glyphs[0].baseline, 192.0));
    assert!(close(p.glyphs[1].bbox[0], 10.0), "Q restored the CTM");
}

#[test]
fn rotation_and_cropbox() {
    // 90° clockwise: a point at user (x, y) shows at (y - y0, x - x0).
    let spec = PageSpec { content: b"BT /F1 10 Tf 100 700 Td (A) Tj ET", rotate: 90, ..Default::default() };
    let p = extract_with(spec, &Limits::default());
    assert!(close(p.width, 792.0) && close(p.height, 612.0));
    let g = &p.glyphs[0];
    assert!(close(g.baseline, 100.0) || close(g.bbox[1], 100.0), "{g:?}");
    assert!(g.rotated);
    for (rotate, want_x, want_baseline) in [(0, 50.0, 92.0), (180, 450.0, 600.0)] {
        let spec = PageSpec {
            content: b"BT /F1 10 Tf 100 700 Td (A) Tj ET",
            crop: Some([50, 100, 550, 800]),
            rotate,
            ..Default::default()
        };
        let p = extract_with(spec, &Limits::default());
        let g = &p.glyphs[0];
        let x = if rotate == 180 { g.bbox[2] } else { g.bbox[0] };
        assert!(close(x, want_x) && close(g.baseline, want_baseline), "rotate {rotate}: {g:?}");
        assert!(close(p.width, 500.0) && close(p.height, 692.0));
    }
}

#[test]
fn invisible_and_marked_content() {
    let p = extract(
        b"BT /F1 10 Tf 100 700 Td 3 Tr (A) Tj 0 Tr /Artifact BMC (B) Tj EMC \
          /Span << /ActualText (fi) >> BDC (xy) Tj EMC (C) Tj ET",
    );
    assert_eq!(text(&p), "ABfiC");
    assert!(p.glyphs[0].invisible);
    assert!(!p.glyphs[1].invisible && p.glyphs[1].artifact);
    assert!(!p.glyphs[3].artifact);
    let fi = &p.glyphs[2];
    assert!(fi.bbox[2] - fi.bbox[0] > 8.0, "the replacement covers both glyphs: {:?}", fi.bbox);
    // ActualText in UTF-16 with a BOM; unbalanced EMC is ignored.
    let p = extract(b"EMC BT /F1 10 Tf /Span <</ActualText <FEFF00E9>>> BDC (e) Tj EMC EMC ET");
    assert_eq!(text(&p), "é");
}

#[test]
fn forms_are_followed_and_cycles_cut() {
    let spec = PageSpec {
        content: b"/Fm1 Do /Loop Do",
        forms: vec![
            ("Fm1", b"BT /F1 10 Tf 0 0 Td (A) Tj ET", Some([1.0, 0.0, 0.0, 1.0, 100.0, 700.0]), false),
            ("Loop", b"BT /F1 10 Tf 0 0 Td (L) Tj ET /Loop Do", None, true),
        ],
        ..Default::default()
    };
    let p = extract_with(spec, &Limits::default());
    assert!(text(&p).starts_with("AL"), "{}", text(&p));
    assert!(close(p.glyphs[0].bbox[0], 100.0) && close(p.glyphs[0].baseline, 92.0));
    assert!(p.diagnostics.iter().any(|d| d.code == "pdf.xobject_cycle"), "{:?}", p.diagnostics);
}

#[test]
fn ruling_lines_and_rectangles() {
    let p = extract(
        b"0.5 w 100 100 m 300 100 l S 100 100 m 100 200 l S 100 100 m 200 200 l S \
          100 300 200 0.5 re f 1 0 0 rg 100 400 200 50 re f 50 50 m 60 50 l 60 70 l 50 70 l h S",
    );
    let horizontal = p.rules.iter().filter(|r| close(r.y0, r.y1)).count();
    let vertical = p.rules.iter().filter(|r| close(r.x0, r.x1)).count();
    assert_eq!(horizontal, 4, "{:?}", p.rules);
    assert_eq!(vertical, 3, "{:?}", p.rules);
    assert!(p.rules.iter().any(|r| close(r.y0, 692.0) && close(r.x0, 100.0) && close(r.x1, 300.0)));
    assert_eq!(p.rects.len(), 1);
    assert_eq!(p.rects[0].color, 0xFF0000);
    assert!(close(p.rects[0].bbox[1], 342.0) && close(p.rects[0].bbox[3], 392.0));
}

#[test]
fn unbalanced_state_and_inline_images() {
    let p = extract(
        b"Q Q q q BT /F1 10 Tf 100 700 Td (A) Tj ET BI /W 4 /H 1 /BPC 8 /CS /G ID \x00\xffEI\x01 EI Q \
          BT /F1 10 Tf 100 680 Td (B) Tj ET",
    );
    assert_eq!(text(&p), "AB");
}

#[test]
fn limits_are_reported() {
    let limits = Limits { max_operators_per_page: 5, ..Limits::default() };
    let p = extract_with(
        PageSpec { content: b"BT /F1 10 Tf 100 700 Td (A) Tj (B) Tj (C) Tj ET", ..Default::default() },
        &limits,
    );
    assert!(p.diagnostics.iter().any(|d| d.code == "limit.operators"));
    assert!(text(&p).len() < 3);
    let limits = Limits { max_glyphs_per_page: 2, ..Limits::default() };
    let p = extract_with(PageSpec { content: b"BT /F1 10 Tf 100 700 Td (ABCD) Tj ET", ..Default::default() }, &limits);
    assert_eq!(p.glyphs.len(), 2);
    assert!(p.diagnostics.iter().any(|d| d.code == "limit.glyphs"));
    let mut deep = b"BT /F1 10 Tf 100 700 Td ".to_vec();
    deep.extend(std::iter::repeat_n(b'[', 100_000));
    deep.extend(std::iter::repeat_n(b']', 100_000));
    deep.extend_from_slice(b" TJ (ok) Tj ET");
    let p = extract(&deep);
    assert_eq!(text(&p), "ok");
    assert!(p.diagnostics.iter().any(|d| d.code == "limit.depth"));
}

#[test]
fn missing_and_unmapped_fonts_are_reported() {
    let p = extract(b"BT /Nope 10 Tf 100 700 Td (Hi) Tj ET");
    assert_eq!(text(&p), "Hi");
    assert!(p.diagnostics.iter().any(|d| d.code == "font.missing"));
    let t3 = |_: &mut Document| {
        dictionary! {
            "Type" => "Font", "Subtype" => "Type3", "FontMatrix" => vec![0.001.into(), 0.into(), 0.into(), 0.001.into(), 0.into(), 0.into()],
            "FontBBox" => vec![0.into(), 0.into(), 1000.into(), 1000.into()], "FirstChar" => 65, "LastChar" => 66,
            "Widths" => vec![500.into(), 500.into()], "CharProcs" => Dictionary::new(),
            "Encoding" => dictionary! { "Differences" => vec![65.into(), Object::Name(b"eacute".to_vec()), Object::Name(b"glyph7".to_vec())] },
        }
    };
    let spec =
        PageSpec { content: b"BT /T3 10 Tf 100 700 Td (AB) Tj ET", fonts: vec![("T3", t3)], ..Default::default() };
    let p = extract_with(spec, &Limits::default());
    assert_eq!(text(&p), "é\u{FFFD}");
    assert!(close(p.glyphs[1].bbox[0], 105.0));
    let d = p.diagnostics.iter().find(|d| d.code == "font.no_unicode");
    assert!(d.is_some_and(|d| d.message.contains("/T3") && d.page == Some(1)), "{:?}", p.diagnostics);
}

#[test]
fn type0_identity_font_with_to_unicode() {
    let font = |doc: &mut Document| {
        let cmap = b"1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <0010> <0012> [<0048> <00ED> <FB01>] endbfrange";
        let tu = doc.add_object(Stream::new(Dictionary::new(), cmap.to_vec()));
        let desc = dictionary! { "Type" => "Font", "Subtype" => "CIDFontType2", "BaseFont" => "Foo-Bold", "DW" => 600,
        "CIDSystemInfo" => dictionary! { "Registry" => Object::string_literal("Adobe"), "Ordering" => Object::string_literal("Identity"), "Supplement" => 0 } };
        dictionary! { "Type" => "Font", "Subtype" => "Type0", "BaseFont" => "Foo-Bold", "Encoding" => "Identity-H",
        "DescendantFonts" => vec![Object::Dictionary(desc)], "ToUnicode" => tu }
    };
    let spec = PageSpec {
        content: b"BT /C0 10 Tf 100 700 Td <001000110012> Tj ET",
        fonts: vec![("C0", font)],
        ..Default::default()
    };
    let p = extract_with(spec, &Limits::default());
    assert_eq!(text(&p), "Hí\u{FB01}");
    assert!(close(p.glyphs[2].bbox[0], 112.0));
    assert!(p.fonts[0].bold);
}

/// A document of `n` pages, page `i` showing "Pagina i …" (each at its own height, so that
/// it is not a running header) from a content stream of about `pad` bytes (the text, then
/// a comment).
fn many_pages(n: usize, pad: usize) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let helv = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding",
    });
    let mut kids = Vec::new();
    for i in 1..=n {
        let y = 700 - 40 * i;
        let mut content =
            format!("BT /F1 12 Tf 72 {y} Td (Pagina {i} de un texto que cambia en cada hoja) Tj ET\n%").into_bytes();
        content.resize(pad.max(content.len()), b'x');
        let content_id = doc.add_object(Stream::new(Dictionary::new(), content));
        let page = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
            "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
            "Resources" => dictionary! { "Font" => dictionary! { "F1" => helv } },
        });
        kids.push(Object::Reference(page));
    }
    doc.objects
        .insert(pages_id, Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => n as i64 }));
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap_or_default();
    out
}

#[test]
fn pages_read_in_parallel_give_the_record_of_a_read_in_order() {
    // The per-document stream budget runs out on page 6 of 12: a read in order keeps pages
    // 1–5 whole, part of page 6 and nothing after, whatever the number of threads.
    let bytes = many_pages(12, 1000);
    let mut cfg = legajo::config::Config::default();
    cfg.limits.max_document_stream_bytes = 5500;
    let on = |jobs, cfg: &legajo::config::Config| match legajo::run::with_pool(jobs, || {
        legajo::pipeline::process("many.pdf", &bytes, cfg)
    }) {
        Ok(rec) => rec,
        Err(e) => panic!("no thread pool: {e}"),
    };
    let one = on(1, &cfg);
    let text = legajo::pipeline::render_text(&one);
    assert!(text.contains("Pagina 5"), "{text}");
    assert!(!text.contains("Pagina 7"), "{text}");
    assert!(one.diagnostics.iter().any(|d| d.code == "limit.document_stream_bytes"), "{:?}", one.diagnostics);
    for jobs in [2, 4] {
        let many = on(jobs, &cfg);
        assert_eq!(serde_json::to_string(&many).ok(), serde_json::to_string(&one).ok(), "{jobs} threads");
    }
    // Without the limit every page is there, and still the same on several threads.
    cfg.limits.max_document_stream_bytes = 1 << 20;
    let one = on(1, &cfg);
    assert!(legajo::pipeline::render_text(&one).contains("Pagina 12"));
    assert_eq!(serde_json::to_string(&on(4, &cfg)).ok(), serde_json::to_string(&one).ok());
}

#[test]
fn objects_on_one_line_without_a_cross_reference_table_are_read() {
    // A minimal hand-written file: no xref, every object after the previous one's `endobj`.
    let file = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj \
3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R/Resources<</Font<</F1<</Type/Font\
/Subtype/Type1/BaseFont/Helvetica>>>>>>>>endobj 4 0 obj<</Length 42>>stream\nBT /F1 12 Tf 72 700 Td (Hola mundo) Tj ET\n\
endstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
    let rec = legajo::pipeline::process("one-line.pdf", file, &legajo::config::Config::default());
    assert_eq!(legajo::pipeline::render_text(&rec).trim(), "Hola mundo", "{:?}", rec.diagnostics);
    assert_eq!(rec.diagnostics.iter().filter(|d| d.code == "pdf.repaired").count(), 1, "{:?}", rec.diagnostics);
}

#[test]
fn the_first_glyph_of_each_text_object_is_marked() {
    // Two runs in their own text objects, the second set 1 pt after the first; a run moved
    // with `Td` inside one object is no new object.
    let p = extract(b"BT /F1 10 Tf 100 700 Td (AB) Tj ET BT /F1 10 Tf 114.34 700 Td (CD) Tj 20 0 Td (EF) Tj ET BT ET");
    let marks: Vec<(String, bool)> = p.glyphs.iter().map(|g| (g.text.to_string(), g.object_start)).collect();
    let expect = [("A", true), ("B", false), ("C", true), ("D", false), ("E", false), ("F", false)];
    assert_eq!(marks, expect.iter().map(|(t, m)| (t.to_string(), *m)).collect::<Vec<_>>());
}
