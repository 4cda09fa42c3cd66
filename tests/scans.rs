//! Scanned pages (`../shared/corpus/scans`): an invisible OCR layer is read as text, without
//! OCR; pages that are only images are recognised in a build with `--features ocr`, and
//! reported in one without it. One or two pages per file, so the tests stay quick.

use legajo::config::Config;
use legajo::eval::text_metrics::{bag_prf, words};
use legajo::model::Record;
use legajo::pipeline;

use crate::common;

/// The record of the first `pages` pages of `scans/<name>`.
fn record(name: &str, pages: usize) -> Option<Record> {
    let dir = common::shared("scans")?;
    let bytes = std::fs::read(dir.join(name)).expect("the scans set has the file");
    let mut cfg = Config::default();
    cfg.limits.max_pages = pages;
    Some(pipeline::process(name, &bytes, &cfg))
}

/// Text of page `n` of `rec`, without furniture.
fn page_text(rec: &Record, n: u32) -> String {
    let page = rec.pages.iter().find(|p| p.number == n).expect("the page is there");
    page.blocks.iter().filter(|b| !b.kind.is_furniture()).map(|b| b.text.as_str()).collect::<Vec<_>>().join("\n")
}

/// Bag-of-words F1 of `got` against `want`.
fn f1(want: &str, got: &str) -> f64 {
    bag_prf(&words(want), &words(got)).f1().unwrap_or(0.0)
}

#[test]
fn an_invisible_ocr_layer_reads_like_the_born_digital_page() {
    let (Some(layer), Some(digital)) = (record("seed001-ocr-layer.pdf", 2), record("seed001-digital.pdf", 2)) else {
        return;
    };
    assert!(layer.ocr_pages.is_empty(), "an OCR layer is read as text, not recognised again");
    let score = f1(&page_text(&digital, 2), &page_text(&layer, 2));
    assert!(score >= 0.97, "word F1 of the skewed OCR layer against the digital page: {score:.3}");
    // Its lines are whole: as many paragraphs as on the digital page, give or take one.
    let paras = |r: &Record| r.pages[1].blocks.iter().filter(|b| !b.kind.is_furniture()).count() as i64;
    assert!((paras(&layer) - paras(&digital)).abs() <= 1, "{} vs {}", paras(&layer), paras(&digital));
}

#[cfg(not(feature = "ocr"))]
#[test]
fn without_ocr_a_scanned_page_is_reported() {
    let Some(rec) = record("seed002-g4-300.pdf", 1) else { return };
    assert!(rec.diagnostics.iter().any(|d| d.code == "ocr.unavailable"), "{:?}", rec.diagnostics);
    assert!(rec.ocr_pages.is_empty());
}

#[cfg(feature = "ocr")]
#[test]
fn a_scanned_page_among_born_digital_ones_is_recognised_and_marked() {
    // Page 2 of the mixed file is a skewed 200 dpi JPEG scan; page 1 is born-digital.
    let (Some(mixed), Some(digital)) = (record("seed002-mixed.pdf", 2), record("seed002-digital.pdf", 2)) else {
        return;
    };
    assert_eq!(mixed.ocr_pages, vec![2], "{:?}", mixed.diagnostics);
    let score = f1(&page_text(&digital, 2), &page_text(&mixed, 2));
    assert!(score >= 0.9, "word F1 of the recognised page against the digital page: {score:.3}");
    assert!(mixed.pages[0].blocks.iter().all(|b| b.ocr_confidence.is_none()));
    let body: Vec<_> = mixed.pages[1].blocks.iter().filter(|b| !b.text.is_empty()).collect();
    assert!(!body.is_empty() && body.iter().all(|b| b.ocr_confidence.is_some_and(|c| c > 0.5)));
}
