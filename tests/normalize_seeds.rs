//! De-hyphenation measured against the seed truth: every line break of the damaged seed
//! texts (`../shared/corpus/seeds/text/*.txt`) is decided with the document's vocabulary
//! and checked against the truth paragraphs of the PDF rebuilt from that text.
//!
//! Counted: line-break hyphens left inside words (truth has the joined word only), real
//! compounds glued (truth has the hyphenated form only), words split by a hyphen-less
//! break left apart, and separate words glued. Skips when ../shared is missing. Set
//! `LEGAJO_SHARED_CORPUS=/path/to/shared/corpus` to point elsewhere.

use std::collections::HashMap;
use std::path::PathBuf;

use legajo::normalize::{self, dehyphen, BreakGlyph, JoinAction, Vocabulary};

use crate::common;

/// The seeds folder, if present.
pub fn seeds() -> Option<PathBuf> {
    if let Ok(p) = std::env::var("LEGAJO_SHARED_CORPUS") {
        let p = PathBuf::from(p).join("seeds");
        if p.is_dir() {
            return Some(p);
        }
    }
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
        std::fs::read_dir(dir.join("text")).map(|d| d.flatten().map(|e| e.path()).collect()).unwrap_or_default();
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
        let (Ok(text), Ok(tj)) = (std::fs::read_to_string(&path), std::fs::read_to_string(&truth_path)) else {
            continue;
        };
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&tj) else { continue };
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
