//! Prints one page's lines as `page_lines` builds them (baseline, bbox, size, words with
//! their content-stream position), for inspecting line building and formulas.
//! Usage: `cargo run --example pagelines -- FILE.pdf PAGE`.

use legajo::config::Limits;
use legajo::pdf;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(path), Some(page_no)) = (args.get(1), args.get(2).and_then(|p| p.parse::<usize>().ok())) else {
        eprintln!("usage: pagelines FILE.pdf PAGE");
        std::process::exit(2);
    };
    let bytes = std::fs::read(path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1)
    });
    let limits = Limits::default();
    let doc = pdf::load(&bytes, &limits, None).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1)
    });
    let cache = pdf::DocCache::default();
    let Some(i) = page_no.checked_sub(1).filter(|&i| i < doc.pages.len()) else {
        eprintln!("no page {page_no}");
        std::process::exit(2);
    };
    let page = pdf::extract_page_with(&doc, i, &limits, &cache, limits.max_document_stream_bytes);
    for l in legajo::layout::page_lines(&page) {
        let words: Vec<String> = l.words.iter().map(|w| format!("{}#{}", w.text, w.seq)).collect();
        println!(
            "{:7.2} [{:6.1} {:6.1} {:6.1} {:6.1}] {:4.1} | {}",
            l.baseline,
            l.bbox[0],
            l.bbox[1],
            l.bbox[2],
            l.bbox[3],
            l.size,
            words.join(" ")
        );
    }
}
