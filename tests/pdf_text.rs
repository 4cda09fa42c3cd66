//! Text-layer tests over real files: the seed PDFs in `corpus/` (truth-word recall of the
//! naive glyph text), the expected snippets of `../shared/corpus/real`, and survival of the
//! hostile files in `../shared/corpus/adversarial` (no panic, bounded work).
//!
//! `LEGAJO_SHARED` may point at the shared folder when it is not at `../shared`.

use std::collections::HashMap;
use std::path::Path;

use legajo::config::Limits;
use legajo::pdf::{self, TextPage};

use crate::common;

use common::shared;

/// The visible glyph text of a page, joined naively in content order with line breaks
/// where the baseline jumps.
pub fn naive_text(page: &TextPage) -> String {
    let mut out = String::new();
    let mut last: Option<(f32, f32)> = None;
    for g in page.glyphs.iter().filter(|g| !g.invisible) {
        if let Some((baseline, x1)) = last {
            if (g.baseline - baseline).abs() > (g.size * 0.5).max(1.0) {
                out.push('\n');
            } else if g.bbox[0] - x1 > g.size * 0.2 && !out.ends_with(' ') {
                out.push(' ');
            }
        }
        out.push_str(&g.text);
        last = Some((g.baseline, g.bbox[2]));
    }
    out.push('\n');
    out
}

fn document_text(path: &Path, password: Option<&str>) -> Option<(String, Vec<TextPage>)> {
    let bytes = std::fs::read(path).ok()?;
    let limits = Limits::default();
    let doc = pdf::load(&bytes, &limits, password).ok()?;
    let pages = pdf::extract_pages(&doc, &limits);
    let text = pages.iter().map(naive_text).collect::<String>();
    Some((text, pages))
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| c.is_whitespace())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Fraction of the truth words (paragraphs, headings, footnotes, table cells) found in
/// the text, counting multiplicity; line-end hyphens are joined first.
pub fn truth_recall(truth: &serde_json::Value, text: &str) -> f64 {
    let joined = text.replace("-\n", "").replace('\u{AD}', "");
    let mut have: HashMap<String, usize> = HashMap::new();
    for w in words(&joined).into_iter().chain(words(text)) {
        *have.entry(w).or_insert(0) += 1;
    }
    let mut want = Vec::new();
    let strs = |v: &serde_json::Value| -> Vec<String> {
        v.as_array().map(|a| a.iter().filter_map(|s| s.as_str().map(String::from)).collect()).unwrap_or_default()
    };
    for s in strs(&truth["paragraphs"]).iter().chain(strs(&truth["headings"]).iter()) {
        want.extend(words(s));
    }
    for f in truth["footnotes"].as_array().into_iter().flatten() {
        want.extend(words(f["text"].as_str().unwrap_or("")));
    }
    for t in truth["tables"].as_array().into_iter().flatten() {
        for row in t["rows"].as_array().into_iter().flatten() {
            for cell in strs(row) {
                want.extend(words(&cell));
            }
        }
    }
    if want.is_empty() {
        return 0.0;
    }
    let mut found = 0usize;
    for w in &want {
        if let Some(n) = have.get_mut(w) {
            if *n > 0 {
                *n -= 1;
                found += 1;
            }
        }
    }
    found as f64 / want.len() as f64
}

#[test]
fn seeds_give_their_truth_words() {
    let dir = common::repo().join("corpus");
    let mut seen = 0;
    for i in 0..5 {
        let pdf_path = dir.join(format!("seed00{i}_dev.pdf"));
        let truth_path = dir.join(format!("seed00{i}_dev.truth.json"));
        let (Some((text, pages)), Ok(truth)) = (document_text(&pdf_path, None), std::fs::read_to_string(&truth_path))
        else {
            continue;
        };
        seen += 1;
        let truth: serde_json::Value = serde_json::from_str(&truth).unwrap_or_default();
        let recall = truth_recall(&truth, &text);
        eprintln!("{}: truth-word recall {:.4}", pdf_path.display(), recall);
        assert!(recall > 0.97, "{}: recall {recall}", pdf_path.display());
        assert!(!text.contains('\u{FFFD}'), "{}: U+FFFD in the text", pdf_path.display());
        assert!(pages.iter().all(|p| p.diagnostics.is_empty()), "{}: diagnostics", pdf_path.display());
        // Tables are drawn with borders: there must be ruling lines.
        assert!(pages.iter().map(|p| p.rules.len()).sum::<usize>() > 10);
    }
    assert_eq!(seen, 5, "the five seed PDFs are in corpus/");
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn real_files_show_their_expected_snippets() {
    let Some(dir) = shared("real") else { return };
    let cases = [
        ("pl-faktura-identity-cmap", None),
        ("xref-stream-odd-widths", None),
        ("zh-contract-cid-cmap", None),
        ("cs-non-unicode-cmap", None),
        ("broken-zen-of-python-corrupted-zlib", None),
    ];
    let mut failures = Vec::new();
    for (stem, password) in cases {
        let snippet = std::fs::read_to_string(dir.join(format!("{stem}.expected-snippet.txt")))
            .unwrap_or_else(|e| panic!("{stem}.expected-snippet.txt: {e}"));
        let Some((text, _)) = document_text(&dir.join(format!("{stem}.pdf")), password) else {
            failures.push(format!("{stem}: could not be read"));
            continue;
        };
        // Each line of the snippet must appear (their order on the page is layout's business).
        for line in snippet.lines().filter(|l| !l.trim().is_empty()) {
            if !squash(&text).contains(&squash(line)) {
                failures.push(format!("{stem}: {line:?} not in {:?}", text.chars().take(300).collect::<String>()));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn hostile_files_do_not_break_extraction() {
    let Some(dir) = shared("adversarial") else { return };
    let entries = std::fs::read_dir(&dir).expect("the adversarial folder lists");
    let limits = Limits { max_stream_bytes: 8 << 20, ..Limits::default() };
    let mut seen = 0;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "pdf") {
            continue;
        }
        seen += 1;
        let Ok(bytes) = std::fs::read(&path) else { continue };
        if let Ok(doc) = pdf::load(&bytes, &limits, None) {
            let pages = pdf::extract_pages(&doc, &limits);
            for p in &pages {
                assert!(p.glyphs.len() <= limits.max_glyphs_per_page);
            }
        }
    }
    assert!(seen >= 10, "only {seen} hostile PDFs");
}
