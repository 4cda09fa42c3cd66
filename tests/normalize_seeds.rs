//! De-hyphenation measured against the seed truth: every line break of the damaged seed
//! texts (`../shared/corpus/seeds/text/*.txt`) is decided with the document's vocabulary
//! and checked against the truth paragraphs of the PDF rebuilt from that text.
//!
//! Counted: line-break hyphens left inside words (truth has the joined word only), real
//! compounds glued (truth has the hyphenated form only), words split by a hyphen-less
//! break left apart, and separate words glued. Skips when ../shared is missing (fails under
//! `CI=true`, `common::shared`). Set `LEGAJO_SHARED=/path/to/shared` to point elsewhere.

use std::collections::HashMap;
use std::path::PathBuf;

use legajo::normalize::{self, dehyphen, BreakGlyph, JoinAction, Vocabulary};

use crate::common;

/// The seeds folder, if present (see [`common::shared`]).
pub fn seeds() -> Option<PathBuf> {
    common::shared("seeds")
}

/// Words of the truth: lower-cased token cores and their hyphen parts, and adjacent pairs.
struct Truth {
    /// Tokens and hyphen parts of tokens.
    parts: HashMap<String, u32>,
    /// Consecutive hyphen parts inside tokens (`sur`, `sur` for `Sur-Sur`).
    hyphen_pairs: HashMap<(String, String), u32>,
    /// Adjacent tokens.
    pairs: HashMap<(String, String), u32>,
}

impl Truth {
    fn new(texts: &[String]) -> Self {
        let mut t = Truth { parts: HashMap::new(), hyphen_pairs: HashMap::new(), pairs: HashMap::new() };
        for text in texts {
            let mut prev: Option<String> = None;
            for tok in text.split_whitespace() {
                let c = dehyphen::core(tok);
                let key = dehyphen::word_key(c).into_owned();
                *t.parts.entry(key.clone()).or_insert(0) += 1;
                let parts: Vec<&str> = key.split('-').collect();
                if parts.len() > 1 {
                    for p in &parts {
                        *t.parts.entry(p.to_string()).or_insert(0) += 1;
                    }
                    for w in parts.windows(2) {
                        *t.hyphen_pairs.entry((w[0].to_string(), w[1].to_string())).or_insert(0) += 1;
                    }
                }
                if let Some(p) = prev.take() {
                    *t.pairs.entry((p, key.clone())).or_insert(0) += 1;
                }
                if c.len() == tok.len() {
                    prev = Some(key);
                }
            }
        }
        t
    }

    /// Tokens (or hyphen parts of tokens) equal to `w`.
    fn joined(&self, w: &str) -> u32 {
        self.parts.get(w).copied().unwrap_or(0)
    }

    /// Tokens with consecutive hyphen parts `l`, `r`.
    fn hyphenated(&self, l: &str, r: &str) -> u32 {
        self.hyphen_pairs.get(&(l.to_string(), r.to_string())).copied().unwrap_or(0)
    }
}

fn truth_texts(v: &serde_json::Value) -> Vec<String> {
    let mut out = Vec::new();
    let strs = |x: &serde_json::Value| -> Vec<String> {
        x.as_array().map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect()).unwrap_or_default()
    };
    out.extend(strs(&v["paragraphs"]));
    out.extend(strs(&v["headings"]));
    if let Some(f) = v["footnotes"].as_array() {
        out.extend(f.iter().filter_map(|x| x["text"].as_str().map(str::to_string)));
    }
    out
}

#[derive(Default, Debug)]
struct Score {
    hyphen_breaks: u32,
    hyphen_judged: u32,
    hyphens_left_in_words: u32,
    compounds_glued: u32,
    plain_judged: u32,
    split_words_left: u32,
    words_glued: u32,
    examples: Vec<String>,
}

fn score_seed(text: &str, truth: &Truth, s: &mut Score) {
    let lines: Vec<String> = text.lines().filter(|l| !l.trim().is_empty()).map(str::to_string).collect();
    let vocab = Vocabulary::from_lines(lines.iter().map(String::as_str));
    eprintln!("  breaks (plain, split, hyphen) = {:?}, drops hyphens: {}", vocab.break_stats(), vocab.drops_hyphens());
    for w in lines.windows(2) {
        let (_, ex) = normalize::join_lines_explained(w, &vocab);
        let Some(e) = ex.first() else { continue };
        if e.left.is_empty() || e.right.is_empty() || e.left.chars().any(|c| c.is_numeric()) {
            continue;
        }
        let (l, r) = (e.left.to_lowercase(), e.right.to_lowercase());
        let joined = truth.joined(&format!("{l}{r}"));
        match e.glyph {
            BreakGlyph::Hyphen | BreakGlyph::Soft => {
                s.hyphen_breaks += 1;
                let hyph = truth.hyphenated(&l, &r);
                if joined > 0 && hyph == 0 {
                    s.hyphen_judged += 1;
                    if e.action != JoinAction::Join {
                        s.hyphens_left_in_words += 1;
                        s.examples.push(format!("left hyphen: {}-{} ({:?})", e.left, e.right, e.rule));
                    }
                } else if hyph > 0 && joined == 0 {
                    s.hyphen_judged += 1;
                    if e.action == JoinAction::Join {
                        s.compounds_glued += 1;
                        s.examples.push(format!("glued compound: {}-{} ({:?})", e.left, e.right, e.rule));
                    }
                }
            }
            BreakGlyph::None => {
                let apart = truth.pairs.get(&(l.clone(), r.clone())).copied().unwrap_or(0);
                if joined > 0 && apart == 0 {
                    s.plain_judged += 1;
                    if e.action != JoinAction::Join {
                        s.split_words_left += 1;
                        s.examples.push(format!("split left: {} {} ({:?})", e.left, e.right, e.rule));
                    }
                } else if apart > 0 && joined == 0 {
                    s.plain_judged += 1;
                    if e.action == JoinAction::Join {
                        s.words_glued += 1;
                        s.examples.push(format!("glued words: {} {} ({:?})", e.left, e.right, e.rule));
                    }
                }
            }
        }
    }
}

#[test]
fn seed_texts_line_breaks_against_truth() {
    let Some(dir) = seeds() else { return };
    let mut total = Score::default();
    let mut names: Vec<PathBuf> =
        std::fs::read_dir(dir.join("text")).expect("seeds/text lists").flatten().map(|e| e.path()).collect();
    names.sort();
    // Optionally, lines of the seed PDFs as another extractor gives them (files named
    // `NNN_*.txt`), e.g. `pdftotext -raw`: a measurement aid, not needed for the test.
    if let Ok(extra) = std::env::var("LEGAJO_SEED_LINES") {
        let mut more: Vec<PathBuf> =
            std::fs::read_dir(extra).map(|d| d.flatten().map(|e| e.path()).collect()).unwrap_or_default();
        more.sort();
        names.extend(more);
    }
    for path in names {
        let Some(stem) = path.file_name().and_then(|n| n.to_str()).and_then(|n| n.get(..3)).map(str::to_string) else {
            continue;
        };
        let truth_path = dir.join(format!("seed{stem}_dev.truth.json"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let tj = std::fs::read_to_string(&truth_path).unwrap_or_else(|e| panic!("{}: {e}", truth_path.display()));
        let v: serde_json::Value = serde_json::from_str(&tj).expect("truth parses");
        let truth = Truth::new(&truth_texts(&v));
        let mut s = Score::default();
        score_seed(&text, &truth, &mut s);
        eprintln!(
            "seed {stem}: hyphen breaks {} (judged {}): hyphens left in words {}, compounds glued {}; \
             hyphen-less breaks judged {}: split words left {}, words glued {}",
            s.hyphen_breaks,
            s.hyphen_judged,
            s.hyphens_left_in_words,
            s.compounds_glued,
            s.plain_judged,
            s.split_words_left,
            s.words_glued
        );
        for e in &s.examples {
            eprintln!("    {e}");
        }
        total.hyphen_breaks += s.hyphen_breaks;
        total.hyphen_judged += s.hyphen_judged;
        total.hyphens_left_in_words += s.hyphens_left_in_words;
        total.compounds_glued += s.compounds_glued;
        total.plain_judged += s.plain_judged;
        total.split_words_left += s.split_words_left;
        total.words_glued += s.words_glued;
    }
    eprintln!("TOTAL {total:?}");
    assert!(total.hyphen_judged > 500, "too few judged breaks: {total:?}");
    assert!(total.hyphens_left_in_words <= 3, "{total:?}");
    assert!(total.compounds_glued <= 3, "{total:?}");
    assert!(total.words_glued <= 3, "{total:?}");
    assert!(total.split_words_left * 10 <= total.plain_judged, "{total:?}");
}

/// Debugging aid: prints the line-break decisions of every block of a PDF whose text holds
/// a given string. `LEGAJO_EXPLAIN_PDF=corpus/seed000_dev.pdf LEGAJO_EXPLAIN_WORD=transna
/// cargo test --test integration explain_pdf -- --ignored --nocapture`
#[test]
#[ignore]
fn explain_pdf() {
    let (Ok(path), Ok(word)) = (std::env::var("LEGAJO_EXPLAIN_PDF"), std::env::var("LEGAJO_EXPLAIN_WORD")) else {
        eprintln!("SKIPPED: set LEGAJO_EXPLAIN_PDF and LEGAJO_EXPLAIN_WORD");
        return;
    };
    let Ok(bytes) = std::fs::read(&path) else { return };
    let cfg = legajo::config::Config::default();
    let Ok(doc) = legajo::pdf::load(&bytes, &cfg.limits, None) else { return };
    let pages: Vec<_> = (0..doc.pages.len()).map(|i| legajo::pdf::extract_page(&doc, i, &cfg.limits)).collect();
    let lines: Vec<_> = pages.iter().map(legajo::layout::page_lines).collect();
    let page_tables: Vec<Vec<legajo::layout::tables::PageTable>> =
        pages.iter().zip(&lines).map(|(p, l)| legajo::layout::tables::find_tables(p, l)).collect();
    let parts: Vec<legajo::layout::tables::PageTable> = page_tables.iter().flatten().cloned().collect();
    let (_, part_index) = legajo::layout::tables::assemble(&parts);
    let mut k = 0;
    let mut indexed = Vec::new();
    for ts in page_tables {
        let mut v = Vec::new();
        for t in ts {
            v.push((part_index.get(k).copied().unwrap_or(0), t));
            k += 1;
        }
        indexed.push(v);
    }
    let laid = legajo::layout::build_document(&pages, lines, &indexed);
    let all: Vec<&str> = laid
        .pages
        .iter()
        .flat_map(|p| p.blocks.iter().flat_map(|b| b.lines.iter().map(String::as_str)))
        .chain(laid.footnotes.iter().flat_map(|f| f.lines.iter().map(String::as_str)))
        .collect();
    let vocab = Vocabulary::from_lines(all.iter().copied());
    for p in &laid.pages {
        for b in &p.blocks {
            if b.lines.iter().any(|l| l.contains(&word)) {
                let (text, ex) = normalize::join_lines_explained(&b.lines, &vocab);
                eprintln!("page {} {:?}: {:?}\n  {text}", p.number, b.kind, b.lines);
                for e in ex.iter().filter(|e| e.glyph != BreakGlyph::None || e.action == JoinAction::Join) {
                    eprintln!("  {e:?}");
                }
            }
        }
    }
}

/// Words of a text, lower case: runs of letters, hyphenated runs as one word.
fn words(text: &str) -> HashMap<String, u32> {
    let mut out = HashMap::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_alphabetic() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len()
            && (chars[i].is_alphabetic()
                || (chars[i] == '-' && chars.get(i + 1).is_some_and(|c| c.is_alphabetic()) && i > start))
        {
            i += 1;
        }
        let w: String = chars[start..i].iter().collect::<String>().to_lowercase();
        *out.entry(w).or_insert(0) += 1;
    }
    out
}

/// The seed PDFs of `corpus/` through the whole pipeline: no line-break hyphen left inside
/// a word of the body (a hyphenated word whose joined form is in the truth and whose
/// hyphenated form is not), and no real compound of the truth glued.
#[test]
fn seed_pdfs_have_no_hyphens_left_and_no_compounds_glued() {
    let dir = common::repo().join("corpus");
    let cfg = legajo::config::Config::default();
    let (mut left_total, mut glued_total, mut kept_total) = (0usize, 0usize, 0usize);
    for n in 0..5 {
        let pdf = dir.join(format!("seed{n:03}_dev.pdf"));
        let bytes = std::fs::read(&pdf).expect("the seed PDFs are in corpus/");
        let tj = std::fs::read_to_string(dir.join(format!("seed{n:03}_dev.truth.json"))).expect("truth in corpus/");
        let truth: serde_json::Value = serde_json::from_str(&tj).expect("truth parses");
        let rec = legajo::pipeline::process(&pdf.to_string_lossy(), &bytes, &cfg);
        let mut out = String::new();
        for b in rec.pages.iter().flat_map(|p| &p.blocks) {
            if !b.kind.is_furniture() && b.kind != legajo::model::BlockKind::Table {
                out.push_str(&b.text);
                out.push('\n');
            }
        }
        for f in &rec.footnotes {
            out.push_str(&f.text);
            out.push('\n');
        }
        let o = words(&out);
        let t = words(&truth_texts(&truth).join("\n"));
        let left: Vec<&String> = o
            .keys()
            .filter(|w| w.contains('-') && t.contains_key(&w.replace('-', "")) && !t.contains_key(*w))
            .collect();
        let glued: Vec<&String> = t
            .keys()
            .filter(|w| {
                let j = w.replace('-', "");
                w.contains('-') && !o.contains_key(*w) && o.contains_key(&j) && !t.contains_key(&j)
            })
            .collect();
        let kept = t.keys().filter(|w| w.contains('-') && o.contains_key(*w)).count();
        eprintln!(
            "seed{n:03}_dev.pdf: line-break hyphens left in words {} {left:?}; compounds glued {} {glued:?}; \
             truth compounds present {kept}; stats {:?}",
            left.len(),
            glued.len(),
            rec.normalization
        );
        left_total += left.len();
        glued_total += glued.len();
        kept_total += kept;
    }
    eprintln!("TOTAL hyphens left in words {left_total}, compounds glued {glued_total}, compounds kept {kept_total}");
    assert_eq!(left_total, 0);
    assert_eq!(glued_total, 0);
}
