//! Scanned pages built here: a table drawn only in an image's pixels, with an invisible text
//! layer over it (as ocrmypdf leaves a scan), is found as a table in every build — upright,
//! skewed by a degree, stored sideways and turned by the page, or stored in strips.

use std::io::Write;

use legajo::config::Config;
use legajo::model::Record;
use legajo::pipeline;
use lopdf::{dictionary, Dictionary, Document, Object, Stream};

use crate::common::set_one_page;

/// Page size in points.
const W: f32 = 400.0;
const H: f32 = 300.0;
/// Scan resolution.
const DPI: f32 = 150.0;
/// Column edges and row edges (PDF space, y up) of the drawn table.
const XS: [f32; 4] = [60.0, 160.0, 260.0, 340.0];
const YS: [f32; 5] = [230.0, 205.0, 180.0, 155.0, 130.0];
const CELLS: [[&str; 3]; 4] = [
    ["Región", "Población", "Superficie"],
    ["Lima", "9485405", "34802"],
    ["Arequipa", "1382730", "63345"],
    ["Piura", "1856809", "35892"],
];

/// How the scan's images are stored and placed.
#[derive(Clone, Copy)]
enum Layout {
    /// One upright image.
    Upright,
    /// One image stored sideways (landscape pixels), turned a quarter by its matrix.
    Sideways,
    /// Three horizontal strips.
    Strips,
}

/// `p` turned by `angle` (radians, counter-clockwise in PDF space) about the page centre.
fn turn(p: (f32, f32), angle: f32) -> (f32, f32) {
    let (c, s) = (angle.cos(), angle.sin());
    let (dx, dy) = (p.0 - W / 2.0, p.1 - H / 2.0);
    (W / 2.0 + dx * c - dy * s, H / 2.0 + dx * s + dy * c)
}

/// True where the table's rules (1 pt) are on the unturned page.
fn on_rule(p: (f32, f32)) -> bool {
    let (x, y) = p;
    let inside_x = (XS[0] - 0.5..=XS[3] + 0.5).contains(&x);
    let inside_y = (YS[4] - 0.5..=YS[0] + 0.5).contains(&y);
    (inside_x && YS.iter().any(|r| (y - r).abs() <= 0.5)) || (inside_y && XS.iter().any(|c| (x - c).abs() <= 0.5))
}

/// The grey pixels (`w × h`, rows from the top) of an image placed by `m` (PDF space) on a
/// page turned by `angle`: point-sampled, slightly grey paper, black rules.
fn render(w: usize, h: usize, m: [f32; 6], angle: f32) -> Vec<u8> {
    let mut out = vec![235u8; w * h];
    for j in 0..h {
        for i in 0..w {
            let (x, y) = ((i as f32 + 0.5) / w as f32, 1.0 - (j as f32 + 0.5) / h as f32);
            let p = (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]);
            if on_rule(turn(p, -angle)) {
                out[j * w + i] = 25;
            }
        }
    }
    out
}

/// A Flate-compressed grey image XObject.
fn image_object(doc: &mut Document, w: usize, h: usize, pixels: &[u8]) -> lopdf::ObjectId {
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
    z.write_all(pixels).expect("in memory");
    let data = z.finish().expect("in memory");
    let dict = dictionary! {
        "Type" => "XObject", "Subtype" => "Image", "Width" => w as i64, "Height" => h as i64,
        "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8, "Filter" => "FlateDecode",
    };
    doc.add_object(Stream::new(dict, data))
}

fn px(points: f32) -> usize {
    (points * DPI / 72.0).round() as usize
}

/// A one-page scan of the table, its words in an invisible text layer turned by `angle`.
fn scan(layout: Layout, angle: f32) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let helv = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding",
    });
    // Each image: its matrix in PDF space and its pixel size.
    let placements: Vec<([f32; 6], usize, usize)> = match layout {
        Layout::Upright => vec![([W, 0.0, 0.0, H, 0.0, 0.0], px(W), px(H))],
        // Image x runs down the page from the top-left corner, image y to the right.
        Layout::Sideways => vec![([0.0, -H, W, 0.0, 0.0, H], px(H), px(W))],
        Layout::Strips => {
            (0..3).map(|k| ([W, 0.0, 0.0, H / 3.0, 0.0, H * k as f32 / 3.0], px(W), px(H / 3.0))).collect()
        }
    };
    let mut xobjects = Dictionary::new();
    let mut content = String::new();
    for (k, (m, w, h)) in placements.iter().enumerate() {
        let id = image_object(&mut doc, *w, *h, &render(*w, *h, *m, angle));
        let name = format!("Im{k}");
        xobjects.set(name.as_bytes(), id);
        content.push_str(&format!("q {} {} {} {} {} {} cm /{name} Do Q\n", m[0], m[1], m[2], m[3], m[4], m[5]));
    }
    // The invisible words, one Tm each, turned with the page (as ocrmypdf sets them).
    let (c, s) = (angle.cos(), angle.sin());
    content.push_str("BT 3 Tr /F1 9 Tf\n");
    let mut line = |text: &str, x: f32, y: f32| {
        let (tx, ty) = turn((x, y), angle);
        content.push_str(&format!("{c} {s} {} {c} {tx} {ty} Tm ({text}) Tj\n", -s));
    };
    line("Cuadro 1: Regiones del Peru", 60.0, 250.0);
    for (r, row) in CELLS.iter().enumerate() {
        for (k, cell) in row.iter().enumerate() {
            line(&cell.replace('ó', "o"), XS[k] + 5.0, YS[r] - 16.0);
        }
    }
    content.push_str("ET\n");
    let content_id = doc.add_object(Stream::new(Dictionary::new(), content.into_bytes()));
    let page = dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
        "MediaBox" => vec![0.into(), 0.into(), Object::Real(W), Object::Real(H)],
        "Resources" => dictionary! { "Font" => dictionary! { "F1" => helv }, "XObject" => xobjects },
    };
    let page_id = doc.add_object(page);
    set_one_page(&mut doc, pages_id, page_id);
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("in memory");
    out
}

fn record(bytes: &[u8]) -> Record {
    let mut cfg = Config::default();
    cfg.ocr.mode = legajo::config::OcrMode::Never;
    pipeline::process("scan.pdf", bytes, &cfg)
}

/// The record's one table, as cell texts.
fn the_table(rec: &Record) -> Vec<Vec<String>> {
    assert_eq!(rec.tables.len(), 1, "tables: {:#?}\ndiagnostics: {:?}", rec.tables, rec.diagnostics);
    // Built from the rules in the pixels (the words alone could make an unruled table).
    assert_eq!(rec.tables[0].method, "lattice", "{:#?}", rec.tables[0]);
    rec.tables[0].rows.clone()
}

fn assert_grid(rows: &[Vec<String>]) {
    assert_eq!(rows.len(), 4, "{rows:?}");
    assert!(rows.iter().all(|r| r.len() == 3), "{rows:?}");
    assert_eq!(rows[0], vec!["Region", "Poblacion", "Superficie"]);
    assert_eq!(rows[2], vec!["Arequipa", "1382730", "63345"]);
}

#[test]
fn a_table_drawn_in_a_scan_is_found_under_its_ocr_layer() {
    assert_grid(&the_table(&record(&scan(Layout::Upright, 0.0))));
}

#[test]
fn a_skewed_scan_gives_its_table_straightened() {
    // Turned by 1.2° (rising to the right), as a scanner leaves a page.
    assert_grid(&the_table(&record(&scan(Layout::Upright, 1.2f32.to_radians()))));
    assert_grid(&the_table(&record(&scan(Layout::Upright, -0.8f32.to_radians()))));
}

#[test]
fn a_sideways_stored_scan_and_a_scan_in_strips_give_the_table() {
    assert_grid(&the_table(&record(&scan(Layout::Sideways, 0.0))));
    assert_grid(&the_table(&record(&scan(Layout::Strips, 0.0))));
}

#[test]
fn without_the_image_there_is_no_table() {
    // The same words with a blank scan: the words alone are not taken for a ruled table.
    let bytes = scan(Layout::Upright, 0.0);
    assert_eq!(the_table(&record(&bytes)).len(), 4);
    let blank: Vec<u8> = {
        let mut doc = Document::load_mem(&bytes).expect("our own file");
        let ids: Vec<lopdf::ObjectId> = doc
            .objects
            .iter()
            .filter(|(_, o)| {
                o.as_stream()
                    .is_ok_and(|s| s.dict.get(b"Subtype").is_ok_and(|t| t.as_name().is_ok_and(|n| n == b"Image")))
            })
            .map(|(id, _)| *id)
            .collect();
        for id in ids {
            let white = vec![235u8; px(W) * px(H)];
            let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
            z.write_all(&white).expect("in memory");
            if let Ok(Object::Stream(s)) = doc.get_object_mut(id) {
                s.set_content(z.finish().expect("in memory"));
            }
        }
        let mut out = Vec::new();
        doc.save_to(&mut out).expect("in memory");
        out
    };
    let rec = record(&blank);
    assert!(rec.tables.iter().all(|t| t.method != "lattice"), "{:#?}", rec.tables);
}
