//! Prints the glyph text of PDF pages, naively joined per baseline, for inspecting the
//! text layer. Usage: `cargo run --example glyphs -- FILE.pdf [PAGE] [--password PW] [--stats]`.
//! PAGE is 1-based; without it every page is printed. `--stats` prints per-page counts
//! (glyphs, fonts, rules, rectangles) and the diagnostics instead of the text.

use legajo::config::Limits;
use legajo::pdf::{self, TextPage};

fn line_text(page: &TextPage) -> String {
    let mut out = String::new();
    let mut last: Option<(f32, f32)> = None;
    for g in &page.glyphs {
        if g.invisible {
            continue;
        }
        if let Some((baseline, x1)) = last {
            let tol = (g.size * 0.5).max(1.0);
            if (g.baseline - baseline).abs() > tol || g.bbox[0] < x1 - g.size * 2.0 {
                out.push('\n');
            } else if g.bbox[0] - x1 > g.size * 0.2 && !out.ends_with(' ') && g.text != " " {
                out.push(' ');
            }
        }
        out.push_str(&g.text);
        last = Some((g.baseline, g.bbox[2]));
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: glyphs FILE.pdf [PAGE] [--password PW] [--stats]");
        std::process::exit(2);
    };
    let page_arg = args.get(1).and_then(|a| a.parse::<usize>().ok());
    let password = args.iter().position(|a| a == "--password").and_then(|i| args.get(i + 1)).cloned();
    let stats = args.iter().any(|a| a == "--stats");
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let limits = Limits::default();
    let doc = match pdf::load(&bytes, &limits, password.as_deref()) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let cache = pdf::DocCache::default();
    for i in 0..doc.pages.len() {
        if page_arg.is_some_and(|p| p != i + 1) {
            continue;
        }
        let page = pdf::extract_page_with(&doc, i, &limits, &cache, limits.max_document_stream_bytes);
        if stats {
            println!(
                "page {}: {:.0}x{:.0}, {} glyphs, {} fonts, {} rules, {} rects",
                page.number,
                page.width,
                page.height,
                page.glyphs.len(),
                page.fonts.len(),
                page.rules.len(),
                page.rects.len()
            );
            for d in &page.diagnostics {
                println!("  {:?} {}: {}", d.level, d.code, d.message);
            }
        } else {
            println!("=== page {} ===", page.number);
            println!("{}", line_text(&page));
        }
    }
}
